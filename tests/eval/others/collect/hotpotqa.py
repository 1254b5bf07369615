"""Collect HotpotQA questions about the history of spaceflight.

Reads the question files of github:ysymyth/ReAct (``data/hotpot_dev_v1_simplified.json``: the 7,405
dev questions, shared by the distractor and fullwiki settings, with answer and type;
``data/hotpot_test_v1_simplified.json``: the 7,405 fullwiki test questions, without answers).
The files carry no ``_id``, so ``id`` is the question's index in its file (from 0). Extract them
from the snapshot first, then::

    cd /work/main && .venv/bin/python -m tests.eval.others.collect.hotpotqa \\
        hotpot_dev_v1_simplified.json hotpot_test_v1_simplified.json > /work/candidates/hotpotqa.raw.yaml

A question is kept when ``casual_topic.on_topic`` accepts it; ``gold`` is the dataset's answer (dev
only). Deduplicated on the question text; no sampling.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from tests.eval.others.collect.casual_topic import on_topic
from tests.eval.others.collect.common import family_of, run_collector

ORIGIN = "github:ysymyth/ReAct"
DATASET = {
    "hotpot_dev_v1_simplified.json": "HotpotQA dev",
    "hotpot_test_v1_simplified.json": "HotpotQA test (fullwiki)",
}


def collect(paths: list[Path]) -> list[dict[str, Any]]:
    """The on-topic questions of the given HotpotQA files, in file order."""
    seen: set[str] = set()
    items: list[dict[str, Any]] = []
    for path in paths:
        rows = json.loads(path.read_text(encoding="utf-8"))
        for index, row in enumerate(rows):
            text = row["question"]
            if text in seen or not on_topic(text):
                continue
            seen.add(text)
            item: dict[str, Any] = {
                "q": text,
                "family": family_of(text),
                "source": {"dataset": DATASET.get(path.name, "HotpotQA"), "origin": ORIGIN,
                           "file": f"data/{path.name}", "id": index},
            }
            if row.get("answer"):
                item["gold"] = row["answer"]
            items.append(item)
    return items


def main(argv: list[str]) -> int:
    return run_collector(collect, argv, __doc__ or "")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
