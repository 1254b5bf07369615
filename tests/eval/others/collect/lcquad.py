"""LC-QuAD 1.0 and 2.0: keep the people-verbalised questions about the history of spaceflight.

LC-QuAD 1.0 (``train-data.json``, ``test-data.json``) gives each question as ``corrected_question``, the
template's output rewritten by a person; LC-QuAD 2.0 (``dataset/train.json``, ``dataset/test.json``) gives
``question`` (verbalised) and ``paraphrased_question``. The person's version is used, never the template
(``intermediary_question`` / ``NNQT_question``); a 2.0 item whose paraphrase is empty or a copy of the
template falls back to the verbalised question. A question is kept when its text is about spaceflight
(``common.is_space_topic`` less known false friends, ``_kb.space_text``) or its
SPARQL names a spaceflight class or resource (``_kb.kb_space``).
Neither version gives answers, so ``gold`` is left out. Items are written sorted by split and id.

The family is ``_kb.kb_family`` (``common.family_of``, with "Give me all ..." / "Find ..." as list).

Run::

    cd /work/main && .venv/bin/python -m tests.eval.others.collect.lcquad /work/.mirror/AskNowQA+LC-QuAD/repo \\
        > /work/candidates/lcquad.raw.yaml

Each PATH is a snapshot (bare git directory or folder) of github:AskNowQA/LC-QuAD or
github:AskNowQA/LC-QuAD2.0; files missing from a snapshot (2.0's are over 4 MiB) are skipped with a warning.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.eval.others.collect import common
from tests.eval.others.collect._kb import git_show, kb_family, kb_space, space_text

FILES = {
    "LC-QuAD": [("train-data.json", "LC-QuAD 1.0 train"), ("test-data.json", "LC-QuAD 1.0 test")],
    "LC-QuAD2.0": [("dataset/train.json", "LC-QuAD 2.0 train"), ("dataset/test.json", "LC-QuAD 2.0 test")],
}


def _text(row: dict[str, Any]) -> str:
    """The person-written question of one item ('' when there is none)."""
    if "corrected_question" in row:
        return str(row.get("corrected_question") or "")
    para = str(row.get("paraphrased_question") or "").strip()
    verbal = str(row.get("question") or "").strip()
    template = str(row.get("NNQT_question") or "").strip()
    if para and para != template and len(para) > 10:
        return str(row["paraphrased_question"])
    return str(row.get("question") or "") if verbal and verbal != template else ""


def collect(paths: list[str]) -> list[dict[str, Any]]:
    """Candidates from the given LC-QuAD snapshots, deduplicated on the question text."""
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for arg in paths:
        repo = Path(arg)
        name = "LC-QuAD2.0" if "2.0" in repo.as_posix() else "LC-QuAD"
        for file, dataset in FILES[name]:
            try:
                rows = json.loads(git_show(repo, file))
            except (subprocess.CalledProcessError, json.JSONDecodeError) as err:
                print(f"skipped {arg}:{file}: {err}", file=sys.stderr)
                continue
            rows.sort(key=lambda r: int(str(r.get("_id", r.get("uid", 0)))))
            for row in rows:
                q = _text(row)
                query = str(row.get("sparql_query") or row.get("sparql_wikidata") or "")
                key = " ".join(q.lower().split())
                if not q.strip() or key in seen or not (space_text(q) or kb_space(query)):
                    continue
                seen.add(key)
                out.append({"q": q, "family": kb_family(q),
                            "source": {"dataset": dataset, "origin": f"github:AskNowQA/{name}", "file": file,
                                       "id": str(row.get("_id", row.get("uid")))}})
    return out


def main(argv: list[str]) -> int:
    """Write the candidates of the snapshots named in argv to stdout."""
    return common.run_collector(lambda paths: collect([str(p) for p in paths]), argv, __doc__ or "")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
