"""DBpedia-Entity v2 topics (QALD2, SemSearch ES/LS, INEX-LD, INEX-XER, ListSearch, TREC Entity): space topics.

DBpedia-Entity v2 gathers entity-search queries written by people for earlier campaigns: short
search-box queries (SemSearch, INEX-LD), list requests (SemSearch LS, INEX-XER, TREC Entity) and natural
questions (QALD-2). The snapshot github:castorini/anserini-tools carries the 400 test topics as BEIR
distributes them, ``topics/topics.beir-v1.0.0-dbpedia-entity.test.tsv.gz`` (``id TAB query``; the id
names the campaign, e.g. ``SemSearch_ES-12``). A topic is kept when its text is about spaceflight
(``_kb.space_text``). Topics carry no answer (only relevance judgements), so there is no ``gold``. The
dataset name is ``DBpedia-Entity v2 <campaign>``.

The family is ``_kb.kb_family`` (``common.family_of``, with "Give me all ..." / "Find ..." as list).

Run::

    cd /work/main && .venv/bin/python -m tests.eval.others.collect.dbpedia_entity \\
        /work/.mirror/castorini+anserini-tools/repo > /work/candidates/dbpedia_entity.raw.yaml
"""

from __future__ import annotations

import gzip
import re
import sys
from pathlib import Path
from typing import Any

from tests.eval.others.collect import common
from tests.eval.others.collect._kb import git_show, kb_family, space_text

FILE = "topics/topics.beir-v1.0.0-dbpedia-entity.test.tsv.gz"


def collect(paths: list[str]) -> list[dict[str, Any]]:
    """Candidates from the given snapshots, deduplicated on the query text."""
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for arg in paths:
        text = gzip.decompress(git_show(Path(arg), FILE)).decode("utf-8")
        for line in text.splitlines():
            tid, _, q = line.partition("\t")
            key = " ".join(q.lower().split())
            if not q.strip() or key in seen or not space_text(q):
                continue
            seen.add(key)
            campaign = re.sub(r"[-_]?\d+$", "", tid.split("-")[0])
            out.append({"q": q, "family": kb_family(q),
                        "source": {"dataset": f"DBpedia-Entity v2 {campaign}",
                                   "origin": "github:castorini/anserini-tools", "file": FILE, "id": tid}})
    return out


def main(argv: list[str]) -> int:
    """Write the candidates of the snapshots named in argv to stdout."""
    return common.run_collector(lambda paths: collect([str(p) for p in paths]), argv, __doc__ or "")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
