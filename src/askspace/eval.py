"""Measure understanding on other people's questions; or run one of our own regression sets.

``python -m askspace.eval`` judges every question in ``tests/eval/others/`` (the open part,
the sealed part and the conversations) as right, wrong or not known, and prints the counts
by family and by source. The sealed part is shown only as counts by family: its questions
and answers are never printed. ``--summary`` leaves out the lists of failures; either way
the output ends with exactly three lines that scripts can read::

    open: R right, W wrong, N not known of T
    sealed: R right, W wrong, N not known of T
    conversations: R right, W wrong, N not known of T turns

``python -m askspace.eval FILE`` runs one of our own phrasing sets (``tests/eval/regression/``),
kept as regression tests only (see ``askspace.regression``).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

import yaml

from askspace import measure, regression
from askspace.bot import Bot
from askspace.measure import Verdict


class Measured:
    """The three parts of the measure, judged."""

    def __init__(self, bot: Bot, folder: Path = measure.OTHERS_DIR) -> None:
        self.open = measure.run_questions(bot, measure.load_questions(folder / "open.yaml"))
        self.sealed = measure.run_questions(bot, measure.load_sealed(folder / "sealed.b64"))
        self.conversations = measure.run_conversations(bot, measure.load_conversations(folder / "conversations.yaml"))

    def summary(self) -> list[str]:
        return [measure.summary_line("open", self.open), measure.summary_line("sealed", self.sealed),
                measure.summary_line("conversations", self.conversations, " turns")]


def _failures(title: str, verdicts: Sequence[Verdict], verdict: str, limit: int) -> list[str]:
    chosen = [v for v in verdicts if v.verdict == verdict]
    if not chosen or not limit:
        return []
    lines = [f"{title} ({len(chosen)}):"]
    for v in chosen[:limit]:
        lines.append(f"- [{v.item.family} / {v.item.source}] {v.item.q}")
        lines.append("    expect: " + "; ".join(v.item.expect)
                     + ("  reject: " + "; ".join(v.item.reject) if v.item.reject else ""))
        lines.append("    answer: " + v.answer.replace("\n", " | ")[:300])
    return lines


def report(m: Measured, failures: int) -> str:
    lines = ["Other people's questions: right / wrong / not known (tests/eval/others)",
             "open, by family:", *measure.table(m.open, "family"),
             "open, by source:", *measure.table(m.open, "source"),
             "sealed, by family (its questions are never shown):", *measure.table(m.sealed, "family"),
             "conversations, by family:", *measure.table(m.conversations, "family")]
    lines += _failures("open: wrong answers", m.open, "wrong", failures)
    lines += _failures("open: not known", m.open, "not known", failures)
    lines += _failures("conversations: wrong answers", m.conversations, "wrong", failures)
    lines += _failures("conversations: not known", m.conversations, "not known", failures)
    return "\n".join([*lines, *m.summary()])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m askspace.eval", description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path,
                        help="one of our own regression sets (tests/eval/regression/*.yaml) instead of the measure")
    parser.add_argument("--summary", action="store_true", help="counts only, no lists of failures")
    parser.add_argument("--failures", type=int, default=50, help="how many failures of each kind to show")
    args = parser.parse_args(argv)
    try:
        bot = Bot.load()
        if args.file:
            text = regression.report(regression.evaluate(bot, args.file), args.failures)
        else:
            text = report(Measured(bot), 0 if args.summary else args.failures)
    except (OSError, ValueError, yaml.YAMLError) as exc:
        print(f"askspace.eval: {exc}", file=sys.stderr)
        return 2
    try:
        print(text, flush=True)
    except BrokenPipeError:  # python -m askspace.eval | head: the reader went away, stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


if __name__ == "__main__":
    sys.exit(main())
