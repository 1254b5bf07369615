"""SimpleQuestions (v2, Freebase) and its Wikidata mapping: keep the questions about spaceflight.

SimpleQuestions questions were written by people for one knowledge-base fact each (subject, relation,
object). The snapshot github:askplatypus/wikidata-simplequestions carries the original Freebase test and
valid files (``SimpleQuestions_v2/annotated_fb_data_{test,valid}.txt``; the train file is over 4 MiB and
missing) and the Wikidata-mapped train file (``annotated_wd_data_train.txt``), which holds the train
questions that could be mapped. Lines are ``subject TAB relation TAB object TAB question``. A question is
kept when its text is about spaceflight (``_kb.space_text``) or its relation is in Freebase's
``spaceflight`` domain or is a Wikidata spaceflight property (crew member P1029, launch site P448, space
launch vehicle / vehicle P375, astronaut mission P450, time in space P2873). ``id`` is ``line N`` of the
file. The answer is only an entity id (Freebase mid or Wikidata Q-id), so it is written as ``gold`` only
when it is a Wikidata id (``wd:Q...``); Freebase mids are left out.

The family is ``_kb.kb_family`` (``common.family_of``, with "Give me all ..." / "Find ..." as list).

Run::

    cd /work/main && .venv/bin/python -m tests.eval.others.collect.simplequestions \\
        /work/.mirror/askplatypus+wikidata-simplequestions/repo > /work/candidates/simplequestions.raw.yaml
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.eval.others.collect import common
from tests.eval.others.collect._kb import git_show, kb_family, space_text

FILES = [
    ("SimpleQuestions_v2/annotated_fb_data_test.txt", "SimpleQuestions v2 test"),
    ("SimpleQuestions_v2/annotated_fb_data_valid.txt", "SimpleQuestions v2 valid"),
    ("annotated_wd_data_train.txt", "SimpleQuestions v2 train (Wikidata-mapped)"),
]
SPACE_RELATION = re.compile(r"freebase\.com/spaceflight/|^[PR](1029|448|375|450|2873)$")


def collect(paths: list[str]) -> list[dict[str, Any]]:
    """Candidates from the given snapshots, deduplicated on the question text."""
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for arg in paths:
        repo = Path(arg)
        for file, dataset in FILES:
            try:
                text = git_show(repo, file).decode("utf-8")
            except subprocess.CalledProcessError as err:
                print(f"skipped {arg}:{file}: {err}", file=sys.stderr)
                continue
            for number, line in enumerate(text.splitlines(), start=1):
                parts = line.split("\t")
                if len(parts) < 4:
                    continue
                _, relation, obj, q = parts[:4]
                key = " ".join(q.lower().split())
                if not q.strip() or key in seen or not (space_text(q) or SPACE_RELATION.search(relation)):
                    continue
                seen.add(key)
                row: dict[str, Any] = {"q": q, "family": kb_family(q),
                                       "source": {"dataset": dataset,
                                                  "origin": "github:askplatypus/wikidata-simplequestions",
                                                  "file": file, "id": f"line {number}"}}
                if re.fullmatch(r"Q\d+", obj):
                    row["gold"] = f"wd:{obj}"
                out.append(row)
    return out


def main(argv: list[str]) -> int:
    """Write the candidates of the snapshots named in argv to stdout."""
    return common.run_collector(lambda paths: collect([str(p) for p in paths]), argv, __doc__ or "")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
