"""Collect quiz-bowl questions about the history of spaceflight from NAQT sample-question JSON.

Reads the ``questions.json`` of the Cloudiz1/AQT-practice repository (NAQT's published sample
questions turned into JSON: ``{"singles": [{question, answer}], "multis": [{prompt, A, B, C}]}``,
each bonus part ``{question, answer}``; the file is UTF-16 or UTF-8) and writes the questions
about spaceflight and planetary exploration as candidate YAML (see ``tests/eval/others/README.md``)::

    cd /work/main && .venv/bin/python -m tests.eval.others.collect.quizbowl \\
        SNAPSHOT/data/questions.json > /work/candidates/quizbowl.raw.yaml

(The fetched snapshot is a bare git directory: extract the file first with
``git --git-dir SNAPSHOT show HEAD:data/questions.json > DIR/questions.json``.)

A question (a tossup, or one part of a bonus, whose text leaves the bonus's lead-in out) is kept
when ``common.is_space_topic`` accepts question + answer (+ lead-in) and the stricter
``jeopardy.CORE`` words (or ``EXTRA``, with the lead-in) name spaceflight. Pronunciation
guides and the power mark ``(*)`` stay in the text, verbatim. A multi-sentence tossup is a
``clue``; a bonus part or a one-sentence tossup gets ``common.family_of``. ``gold`` is the
official answer line, with its accept/prompt notes.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tests.eval.others.collect.common import family_of, is_space_topic, run_collector
from tests.eval.others.collect.jeopardy import CORE

# Spaceflight words that Jeopardy's CORE lacks but quiz-bowl questions use.
EXTRA = re.compile(
    r"\b(?:chang['’]e ?\d|luna \d|lunar (?:space )?probes?|pioneer (?:program|probes?|plaques?))\b", re.IGNORECASE
)
DATASET = "NAQT sample questions (via Cloudiz1/AQT-practice)"
ORIGIN = "github:Cloudiz1/AQT-practice"


def load(path: Path) -> Any:
    """The JSON document, whichever of UTF-16 (with BOM) or UTF-8 it is written in."""
    raw = path.read_bytes()
    text = raw.decode("utf-16") if raw[:2] in (b"\xff\xfe", b"\xfe\xff") else raw.decode("utf-8-sig")
    return json.loads(text)


def questions(document: dict[str, Any]) -> Iterator[tuple[str, str, str, str]]:
    """(id, question, answer, lead-in) for every tossup and every bonus part (a tossup's lead-in is empty)."""
    for number, single in enumerate(document.get("singles", [])):
        yield f"singles[{number}]", single.get("question", ""), single.get("answer", ""), ""
    for number, multi in enumerate(document.get("multis", [])):
        for part in ("A", "B", "C"):
            if isinstance(multi.get(part), dict):
                item = multi[part]
                leadin = multi.get("prompt", "")
                yield f"multis[{number}].{part}", item.get("question", ""), item.get("answer", ""), leadin


def family(ident: str, question: str) -> str:
    """A pyramidal tossup of several sentences is a 'clue'; a bonus part is typed by its form."""
    sentences = [s for s in re.split(r"(?<=[.?!])\s+(?=[A-Z])", question.strip()) if s]
    return "clue" if ident.startswith("singles") and len(sentences) > 1 else family_of(question)


def collect(paths: list[Path]) -> list[dict[str, Any]]:
    seen: set[str] = set()
    found: list[dict[str, Any]] = []
    for path in paths:
        for ident, question, answer, leadin in questions(load(path)):
            text = f"{question} {answer}"
            if not question or not is_space_topic(f"{text} {leadin}"):
                continue
            if not (CORE.search(text) or EXTRA.search(f"{text} {leadin}")):
                continue
            key = re.sub(r"\W+", " ", question.lower()).strip()
            if key in seen:
                continue
            seen.add(key)
            found.append({
                "q": question,
                "family": family(ident, question),
                "source": {"dataset": DATASET, "origin": ORIGIN, "file": f"data/{path.name}", "id": ident},
                "gold": answer,
            })
    return found


def main(argv: list[str]) -> int:
    return run_collector(collect, argv, __doc__ or "")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
