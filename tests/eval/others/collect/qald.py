"""QALD (Question Answering over Linked Data), all editions: keep the English questions about spaceflight.

Reads every QALD data file (XML for editions 1-5, JSON for 5-10) in the snapshots given: github:ag-sc/QALD
(editions 1-9) and github:KGQA/QALD-10 (``data/qald_10/qald_10.json``). The MusicBrainz, biomedical and
data-cube tracks are skipped. The English ``string`` is the question, kept verbatim apart from the blank
lines around it. A question is kept when its text is about spaceflight (``_kb.space_text``) or its SPARQL
names a spaceflight class or resource (``_kb.kb_space``). QALD repeats questions from edition to edition:
the newest edition's copy is kept (editions newest first, then files with answers before files without),
and ``gold`` is its answer: labels where the file has them, else the readable tail of each URI, numbers,
dates or true/false (at most 12 values, joined by "; ").

The family is ``_kb.kb_family`` (``common.family_of``, with "Give me all ..." / "Find ..." as list).

Run::

    cd /work/main && .venv/bin/python -m tests.eval.others.collect.qald /work/.mirror/ag-sc+QALD/repo \\
        /work/.mirror/KGQA+QALD-10/repo > /work/candidates/qald.raw.yaml
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tests.eval.others.collect import common
from tests.eval.others.collect._kb import git_files, git_show, kb_family, kb_space, space_text, uri_tail

SKIP = re.compile(r"musicbrainz|biomedical|datacube|/DOI/|lexicon|classes_properties|README", re.IGNORECASE)
MAX_GOLD = 12


def _edition(path: str) -> int:
    """The QALD edition a data file belongs to (10 for the QALD-10 repository)."""
    m = re.match(r"(\d+)/", path)
    return int(m.group(1)) if m else 10


def _rank(path: str) -> tuple[int, int, str]:
    """Sort key: newest edition first, then files that carry answers, then by name."""
    low = path.lower()
    no_answers = any(w in low for w in ("withoutanswers", "questions.", "_questions", "-questions", "raw"))
    return (-_edition(path), int(no_answers), path)


def _value(binding: dict[str, Any]) -> str:
    """One answer value of a SPARQL JSON binding: a label if there is one, else the value itself."""
    for key, cell in binding.items():
        if "label" in key.lower() or key.lower() == "string":
            return str(cell.get("value", ""))
    for cell in binding.values():
        value = str(cell.get("value", ""))
        return uri_tail(value) if cell.get("type") == "uri" else value
    return ""


def _gold_json(answers: Any) -> str:
    """The gold answer of a JSON question, as text."""
    values: list[str] = []
    for ans in answers if isinstance(answers, list) else [answers]:
        if not isinstance(ans, dict):
            continue
        if "boolean" in ans:
            values.append(str(ans["boolean"]).lower())
        for binding in ans.get("results", {}).get("bindings", []):
            values.append(_value(binding))
    values = [v for v in dict.fromkeys(values) if v]
    return "; ".join(values[:MAX_GOLD]) + (" ..." if len(values) > MAX_GOLD else "")


def _from_json(data: dict[str, Any]) -> Iterator[tuple[str, str, str, str]]:
    """(id, English question, SPARQL, gold) of each question in a QALD JSON file."""
    for item in data.get("questions", []):
        strings = item.get("question") or item.get("body") or []
        if isinstance(strings, str | dict):  # the large-scale track gives one English string
            strings = [strings if isinstance(strings, dict) else {"language": "en", "string": strings}]
        english = [s.get("string", "") for s in strings if s.get("language") == "en"]
        query = item.get("query", "")
        sparql = query.get("sparql", "") if isinstance(query, dict) else str(query)
        if english:
            yield str(item.get("id")), str(english[0]), str(sparql), _gold_json(item.get("answers", []))


def _from_xml(text: bytes) -> Iterator[tuple[str, str, str, str]]:
    """(id, English question, SPARQL, gold) of each question in a QALD XML file."""
    root = ET.fromstring(text)
    for item in root.iter("question"):
        english = [s.text or "" for s in item.findall("string") if s.get("lang", "en") == "en"]
        query = item.findtext("query") or item.findtext("pseudoquery") or ""
        values: list[str] = []
        for ans in item.iter("answer"):
            label = (ans.findtext("string") or "").strip()
            whole = " ".join("".join(ans.itertext()).split())
            raw = label or whole
            values.append(uri_tail(raw) if raw.startswith("http") and not label else raw)
        values = [v for v in dict.fromkeys(values) if v]
        gold = "; ".join(values[:MAX_GOLD]) + (" ..." if len(values) > MAX_GOLD else "")
        if english:
            yield str(item.get("id")), english[0], query, gold


def collect(paths: list[str]) -> list[dict[str, Any]]:
    """Candidates from the given QALD snapshots, deduplicated on the question text."""
    files: list[tuple[tuple[int, int, str], Path, str]] = []
    for arg in paths:
        repo = Path(arg)
        for path in git_files(repo):
            if path.endswith((".json", ".xml")) and "/data/" in f"/{path}" and not SKIP.search(path):
                files.append((_rank(path), repo, path))
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for _, repo, path in sorted(files):
        origin = "github:KGQA/QALD-10" if "QALD-10" in repo.as_posix() else "github:ag-sc/QALD"
        try:
            raw = git_show(repo, path)
            rows = list(_from_json(json.loads(raw)) if path.endswith(".json") else _from_xml(raw))
        except (json.JSONDecodeError, ET.ParseError, subprocess.CalledProcessError) as err:
            print(f"skipped {path}: {err}", file=sys.stderr)
            continue
        dataset = f"QALD-{_edition(path)} {Path(path).stem}"
        for qid, text, query, gold in rows:
            q = text.strip()
            key = " ".join(q.lower().split())
            if not q or key in seen or not (space_text(q) or kb_space(query)):
                continue
            seen.add(key)
            row: dict[str, Any] = {"q": q, "family": kb_family(q),
                                   "source": {"dataset": dataset, "origin": origin, "file": path, "id": qid}}
            if gold:
                row["gold"] = gold
            out.append(row)
    return out


def main(argv: list[str]) -> int:
    """Write the candidates of the snapshots named in argv to stdout."""
    return common.run_collector(lambda paths: collect([str(p) for p in paths]), argv, __doc__ or "")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
