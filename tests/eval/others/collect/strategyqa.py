"""Collect StrategyQA yes/no questions about the history of spaceflight.

Reads the StrategyQA train questions as re-split in github:bonmorz/6998PRJ (``data/strategyqa/train.json``
and ``data/strategyqa/test.json``: JSON lines with ``id``, the question in ``sent1``, endings
"yes"/"no" and ``label`` the index of the right ending; the two files together are the 2,290
questions of the official StrategyQA train set, with the repository's ids ``train-NNNNN`` and
``test-NNNNN``). Extract them from the snapshot first, then::

    cd /work/main && .venv/bin/python -m tests.eval.others.collect.strategyqa \\
        train.json test.json > /work/candidates/strategyqa.raw.yaml

A question is kept when ``casual_topic.on_topic`` accepts it; ``gold`` is "yes" or "no".
Deduplicated on the question text; no sampling.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from tests.eval.others.collect.casual_topic import on_topic
from tests.eval.others.collect.common import family_of, run_collector

ORIGIN = "github:bonmorz/6998PRJ"


def collect(paths: list[Path]) -> list[dict[str, Any]]:
    """The on-topic questions of the given StrategyQA files, in file order."""
    seen: set[str] = set()
    items: list[dict[str, Any]] = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            text = row["sent1"]
            if text in seen or not on_topic(text):
                continue
            seen.add(text)
            items.append({
                "q": text,
                "family": family_of(text),
                "source": {"dataset": "StrategyQA train", "origin": ORIGIN,
                           "file": f"data/strategyqa/{path.name}", "id": row["id"]},
                "gold": row[f"ending{row['label']}"],
            })
    return items


def main(argv: list[str]) -> int:
    return run_collector(collect, argv, __doc__ or "")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
