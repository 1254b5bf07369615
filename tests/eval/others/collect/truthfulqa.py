"""Collect TruthfulQA questions about the history of spaceflight.

Reads ``datasets/TruthfulQA.csv`` of github:benedictflorance/truthfulqa_experiments (a copy of the
817-question TruthfulQA.csv of sylinrl/TruthfulQA; columns Type, Category, Question, Best Answer,
Correct Answers, Incorrect Answers, Source). ``id`` is the question's index in the file (from 0).
Extract the file from the snapshot first, then::

    cd /work/main && .venv/bin/python -m tests.eval.others.collect.truthfulqa \\
        TruthfulQA.csv > /work/candidates/truthfulqa.raw.yaml

A question is kept when ``casual_topic.on_topic`` accepts it; ``gold`` is the Best Answer.
Deduplicated on the question text; no sampling.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path
from typing import Any

from tests.eval.others.collect.casual_topic import on_topic
from tests.eval.others.collect.common import family_of, run_collector

ORIGIN = "github:benedictflorance/truthfulqa_experiments"


def collect(paths: list[Path]) -> list[dict[str, Any]]:
    """The on-topic questions of the given TruthfulQA CSV files, in file order."""
    seen: set[str] = set()
    items: list[dict[str, Any]] = []
    for path in paths:
        with path.open(encoding="utf-8", newline="") as handle:
            for index, row in enumerate(csv.DictReader(handle)):
                text = row["Question"]
                if text in seen or not on_topic(text):
                    continue
                seen.add(text)
                items.append({
                    "q": text,
                    "family": family_of(text),
                    "source": {"dataset": "TruthfulQA", "origin": ORIGIN, "file": f"datasets/{path.name}",
                               "id": index},
                    "gold": row["Best Answer"],
                })
    return items


def main(argv: list[str]) -> int:
    return run_collector(collect, argv, __doc__ or "")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
