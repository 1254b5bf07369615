"""Collect ELI5 (r/explainlikeimfive) question titles about spaceflight, from the ELI5-Category release.

Reads the gzipped JSON splits of ELI5-Category as published in github:rexarski/ANLY580-final-project
(``data_creation/dataset/eli5-category-test.json.gz``, 5,411 questions, and
``eli5-category-validation-2.json.gz``, 2,375 questions; the train and validation-1 splits are over
the snapshot size limit). Each row has ``q_id`` (the Reddit id, used as ``id``), ``category``,
``title`` (the question as the user typed it), ``selftext`` and ``answers``. Extract the files from
the snapshot first, then::

    cd /work/main && .venv/bin/python -m tests.eval.others.collect.eli5 \\
        eli5-category-test.json.gz eli5-category-validation-2.json.gz > /work/candidates/eli5.raw.yaml

A title is kept when ``casual_topic.on_topic`` accepts it. Titles are kept verbatim. No ``gold``
is written: ELI5 answers are long Reddit comments, not short answers. Deduplicated on the title
text (the same question was often posted twice); no sampling.
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path
from typing import Any

from tests.eval.others.collect.casual_topic import on_topic
from tests.eval.others.collect.common import family_of, run_collector

ORIGIN = "github:rexarski/ANLY580-final-project"


def collect(paths: list[Path]) -> list[dict[str, Any]]:
    """The on-topic titles of the given ELI5-Category files, in file order."""
    seen: set[str] = set()
    items: list[dict[str, Any]] = []
    for path in paths:
        split = path.name.removeprefix("eli5-category-").removesuffix(".json.gz")
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            rows = json.load(handle)
        for row in rows:
            text = row["title"]
            key = " ".join(text.lower().split())
            if key in seen or not on_topic(text):
                continue
            seen.add(key)
            items.append({
                "q": text,
                "family": family_of(text),
                "source": {"dataset": f"ELI5-Category {split}", "origin": ORIGIN,
                           "file": f"data_creation/dataset/{path.name}", "id": row["q_id"]},
            })
    return items


def main(argv: list[str]) -> int:
    return run_collector(collect, argv, __doc__ or "")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
