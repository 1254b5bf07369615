"""Collect spaceflight-history questions from SQuAD (the Stanford Question Answering Dataset).

SQuAD's questions were written by crowdworkers about Wikipedia paragraphs. This collector keeps
the questions of the articles about spaceflight history (``CORE_ARTICLES``: every question) and
the spaceflight questions of articles that touch the subject in passing (``TOPICAL_ARTICLES``:
only questions that pass ``common.is_space_topic`` and none of ``_OFF_TOPIC``), skips v2.0
unanswerable questions, folds duplicates (same text after lowercasing and whitespace folding)
and writes candidates (see ``tests/eval/others/README.md``) to standard output.

It reads either form of the collection, given as paths on the command line:

- the official JSON files (``train-v1.1.json``, ``dev-v1.1.json``, ``train-v2.0.json``,
  ``dev-v2.0.json``), whose questions carry SQuAD's own ids;
- the per-article pages of the SQuAD explorer (``explore/1.1/train/Space_Race.html`` in
  github:rajpurkar/SQuAD-explorer, branch gh-pages for the dev pages and commit 0b3c8e82 of
  2016-08-24 for the train pages). The newer dev pages carry SQuAD's question ids; the 2016
  train pages carry none, so there the id is positional: ``TITLE/pN/qM`` (paragraph N,
  question M within it, both from 1, in page order).

Run::

    cd /work/main && .venv/bin/python -m tests.eval.others.collect.squad PATH... > squad.raw.yaml

``--origin`` names where the files came from (default ``github:rajpurkar/SQuAD-explorer``); a
file's ``source.file`` is its path from the ``explore/`` or ``dataset/`` folder on.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from tests.eval.others.collect.common import family_of, is_space_topic, write_candidates

# Articles about spaceflight history: every question is kept.
CORE_ARTICLES = ("Apollo_program", "Space_Race")

# Articles with a part about spaceflight: only questions that are themselves about it are kept.
TOPICAL_ARTICLES = (
    "BeiDou_Navigation_Satellite_System",
    "Neptune",
    "Nigeria",
    "Israel",
    "Dog",
    "Dwight_D._Eisenhower",
    "Modern_history",
    "Houston",
    "Hydrogen",
    "Oxygen",
    "University_of_Notre_Dame",
    "University_of_Chicago",
    "Russian_language",
    "Richard_Feynman",
    "Paris",
    "Computer_security",
    "Antarctica",
    "Amazon_rainforest",
    "University_of_Kansas",
    "Federal_Aviation_Administration",
)

# Senses of the topic words that are not spaceflight (satellite campuses, TV, rockets of war...).
_OFF_TOPIC = re.compile(
    r"satellite (campus|campuses|office|offices|state|states|nation|nations|dish|television|tv|broadcast|"
    r"receiver|internet|service|services|network|location|locations)|quasi-satellite|houston rockets|"
    r"\bmir osman\b|karen armstrong|louis armstrong|armstrong-jones|\bnasal\b|\bnasara\b",
    re.IGNORECASE,
)
# Extra spaceflight words that is_space_topic does not know but these articles use.
_EXTRA = re.compile(r"\b(rogers commission|o-rings?|genesis)\b", re.IGNORECASE)

_PARA = re.compile(r'<div class="para-wrap">(.*?)(?=<div class="para-wrap">|\Z)', re.DOTALL)
_QA = re.compile(r'<div class="qa-wrap"(?: data-id="([^"]*)")?>(.*?)</[ou]l>', re.DOTALL)
_QUESTION = re.compile(r'<strong class="question">(.*?)</strong>', re.DOTALL)
_ANSWER = re.compile(r'<span class="answer">(.*?)</span>', re.DOTALL)


def _split_of(path: Path) -> str:
    """'train' or 'dev', from the file's name or folder."""
    text = str(path).lower()
    return "dev" if "dev" in text else "train"


def _version_of(path: Path) -> str:
    """'1.1' or '2.0', from the file's name or folder."""
    text = str(path)
    return "2.0" if ("v2.0" in text or "/2.0/" in text) else "1.1"


def _relative(path: Path) -> str:
    """The file's path inside its repository: from 'explore/' or 'dataset/' on, else its name."""
    parts = path.parts
    for anchor in ("explore", "dataset"):
        if anchor in parts:
            return "/".join(parts[parts.index(anchor) :])
    return path.name


def _from_json(path: Path) -> Iterator[tuple[str, str, str, str]]:
    """(title, id, question, first answer) from an official SQuAD JSON file; unanswerables skipped."""
    data = json.loads(path.read_text(encoding="utf-8"))
    for article in data["data"]:
        for paragraph in article["paragraphs"]:
            for qa in paragraph["qas"]:
                if qa.get("is_impossible") or not qa.get("answers"):
                    continue
                yield article["title"], qa["id"], qa["question"], qa["answers"][0]["text"]


def _from_page(path: Path) -> Iterator[tuple[str, str, str, str]]:
    """(title, id, question, first answer) from a SQuAD explorer article page (positional id if none)."""
    title = unquote(path.stem)
    text = path.read_text(encoding="utf-8")
    for p_number, paragraph in enumerate(_PARA.findall(text), start=1):
        for q_number, (data_id, block) in enumerate(_QA.findall(paragraph), start=1):
            question = _QUESTION.search(block)
            answer = _ANSWER.search(block)
            if not question or not answer:
                continue
            gold = html.unescape(answer.group(1)).strip()  # older pages put a space before each answer
            qid = data_id or f"{title}/p{p_number}/q{q_number}"
            yield title, qid, html.unescape(question.group(1)), gold


def keep(title: str, question: str) -> bool:
    """True when a question of this article belongs in the candidates."""
    if title in CORE_ARTICLES:
        return True
    if title in TOPICAL_ARTICLES:
        return (is_space_topic(question) or bool(_EXTRA.search(question))) and not _OFF_TOPIC.search(question)
    return False


def collect(paths: list[Path], origin: str) -> list[dict[str, Any]]:
    """Candidates from the given files, in the order read, duplicates folded."""
    seen: set[str] = set()
    rows: list[dict[str, Any]] = []
    for path in paths:
        read = _from_json if path.suffix == ".json" else _from_page
        dataset = f"SQuAD {_version_of(path)} {_split_of(path)}"
        for title, qid, question, gold in read(path):
            key = " ".join(question.lower().split())
            if not key or key in seen or not keep(title, question):
                continue
            seen.add(key)
            rows.append(
                {
                    "q": question,
                    "family": family_of(question),
                    "source": {"dataset": dataset, "origin": origin, "file": _relative(path), "id": qid},
                    "gold": gold,
                }
            )
    return rows


def main(argv: list[str] | None = None) -> int:
    """Read the files named on the command line and write the candidates to standard output."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", type=Path, help="SQuAD JSON files or explorer article pages")
    parser.add_argument("--origin", default="github:rajpurkar/SQuAD-explorer", help="where the files came from")
    args = parser.parse_args(argv)
    rows = collect(args.paths, args.origin)
    write_candidates(rows, "/dev/stdout")
    print(f"{len(rows)} candidates", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
