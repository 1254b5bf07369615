"""GrailQA (Freebase): keep the crowd-paraphrased test questions about the history of spaceflight.

GrailQA's questions were generated from Freebase logical forms and then paraphrased by crowd workers;
the public test file holds only ``qid`` and ``question`` (answers are withheld for the leaderboard), so
there is no ``gold``. The file ``dataset/grailqa_v1.0_test_public.json`` (1.3 MB) is no longer in the
newest commit of github:dki-lab/GrailQA but is in its history at commit ``515bf59e``; the collector reads
it from there (or from a plain folder holding that path). A question is kept when its text is about
spaceflight (``_kb.space_text``); items are written in ``qid`` order.

The family is ``_kb.kb_family`` (``common.family_of``, with "Give me all ..." / "Find ..." as list).

Run::

    cd /work/main && .venv/bin/python -m tests.eval.others.collect.grailqa /work/.mirror/dki-lab+GrailQA/repo \\
        > /work/candidates/grailqa.raw.yaml
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

from tests.eval.others.collect import common
from tests.eval.others.collect._kb import git_show, kb_family, space_text

FILE = "dataset/grailqa_v1.0_test_public.json"
COMMIT = "515bf59e3daa35a499de19acdc2f517160964af2"


def collect(paths: list[str]) -> list[dict[str, Any]]:
    """Candidates from the given GrailQA snapshots, deduplicated on the question text."""
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for arg in paths:
        rows = json.loads(git_show(Path(arg), FILE, COMMIT))
        rows.sort(key=lambda r: int(re.sub(r"\D", "", str(r["qid"])) or 0))
        for row in rows:
            q = str(row["question"])
            key = " ".join(q.lower().split())
            if not q.strip() or key in seen or not space_text(q):
                continue
            seen.add(key)
            out.append({"q": q, "family": kb_family(q),
                        "source": {"dataset": "GrailQA v1.0 test (public)", "origin": "github:dki-lab/GrailQA",
                                   "file": FILE, "id": str(row["qid"])}})
    return out


def main(argv: list[str]) -> int:
    """Write the candidates of the snapshots named in argv to stdout."""
    return common.run_collector(lambda paths: collect([str(p) for p in paths]), argv, __doc__ or "")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
