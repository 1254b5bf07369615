"""Collect WikiQA questions (Bing query logs) about the history of spaceflight.

Reads the files of the official WikiQACorpus release as copied in github:JasonRui/WikiQA-LSTM-Keras
(``WikiQACorpus/``): ``WikiQA-dev.tsv`` and ``WikiQA-test.tsv`` (every question of those splits,
one row per candidate sentence, column ``Label`` 1 on a correct sentence) and
``WikiQASent.pos.ans.tsv`` (every question of all splits that has a correct sentence; the train
questions come only from here, since ``WikiQA-train.tsv`` is over the snapshot size limit and the
other train files are re-tokenised). Extract them from the snapshot first, then::

    cd /work/main && .venv/bin/python -m tests.eval.others.collect.wikiqa \\
        WikiQA-dev.tsv WikiQA-test.tsv WikiQASent.pos.ans.tsv > /work/candidates/wikiqa.raw.yaml

A question is kept when ``casual_topic.on_topic`` accepts its text (the Wikipedia title is not
used). ``gold`` is the first sentence labelled correct, if any. Deduplicated on QuestionID, in
order of QuestionID number; no sampling (few questions pass).
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path
from typing import Any

from tests.eval.others.collect.casual_topic import on_topic
from tests.eval.others.collect.common import family_of, run_collector

ORIGIN = "github:JasonRui/WikiQA-LSTM-Keras"
SPLIT_OF_FILE = {"WikiQA-dev.tsv": "WikiQA dev", "WikiQA-test.tsv": "WikiQA test"}


def collect(paths: list[Path]) -> list[dict[str, Any]]:
    """The on-topic questions of the given WikiQA files, one per QuestionID."""
    questions: dict[str, dict[str, Any]] = {}
    for path in paths:
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
                qid, text = row["QuestionID"], row["Question"]
                entry = questions.setdefault(
                    qid, {"q": text, "dataset": SPLIT_OF_FILE.get(path.name, "WikiQA train"),
                          "file": f"WikiQACorpus/{path.name}", "gold": None})
                if path.name in SPLIT_OF_FILE and entry["file"] != f"WikiQACorpus/{path.name}":
                    entry.update(dataset=SPLIT_OF_FILE[path.name], file=f"WikiQACorpus/{path.name}")
                correct = row.get("Label", "1") == "1"
                if correct and entry["gold"] is None:
                    entry["gold"] = row["Sentence"]
    items: list[dict[str, Any]] = []
    for qid in sorted(questions, key=lambda key: int(key.lstrip("Q"))):
        entry = questions[qid]
        if not on_topic(entry["q"]):
            continue
        item: dict[str, Any] = {
            "q": entry["q"],
            "family": family_of(entry["q"]),
            "source": {"dataset": entry["dataset"], "origin": ORIGIN, "file": entry["file"], "id": qid},
        }
        if entry["gold"]:
            item["gold"] = entry["gold"]
        items.append(item)
    return items


def main(argv: list[str]) -> int:
    return run_collector(collect, argv, __doc__ or "")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
