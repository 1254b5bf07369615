"""The measure of understanding (tests/eval/others): its size, its form, and today's rates as floors.

The floors hold the baseline measured when the measure was made (see README, "Measuring
understanding"): right may not fall and wrong may not rise. Raise them as the bot improves.
"""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from askspace import measure
from askspace.bot import Bot
from askspace.eval import Measured

OTHERS = measure.OTHERS_DIR
# (fewest right, most wrong) allowed, from the baseline.
FLOORS = {"open": (537, 0), "sealed": (119, 8), "conversations": (262, 0)}


@pytest.fixture(scope="module")
def measured(bot: Bot) -> Measured:
    return Measured(bot)


def test_the_measure_is_large_and_has_provenance() -> None:
    open_part = measure.load_questions(OTHERS / "open.yaml")
    sealed = measure.load_sealed(OTHERS / "sealed.b64")
    conversations = measure.load_conversations(OTHERS / "conversations.yaml")
    assert len(open_part) + len(sealed) >= 1000 and len(sealed) >= 300
    assert len(conversations) >= 40 and sum(len(c) for c in conversations) >= 160
    assert all(4 <= len(c) <= 6 for c in conversations)
    assert {i.family for i in open_part} <= set(measure.FAMILIES)


def test_rates_hold_their_floors(measured: Measured) -> None:
    for name, verdicts in (("open", measured.open), ("sealed", measured.sealed),
                           ("conversations", measured.conversations)):
        right, wrong, _, _ = measure.counts(verdicts)
        fewest_right, most_wrong = FLOORS[name]
        assert right >= fewest_right and wrong <= most_wrong, measure.summary_line(name, verdicts)


def test_summary_ends_with_the_three_lines_scripts_read() -> None:
    proc = subprocess.run([sys.executable, "-m", "askspace.eval", "--summary"], capture_output=True, timeout=300,
                          check=False)
    lines = proc.stdout.decode().splitlines()
    assert proc.returncode == 0
    assert re.fullmatch(r"open: \d+ right, \d+ wrong, \d+ not known of \d+", lines[-3])
    assert re.fullmatch(r"sealed: \d+ right, \d+ wrong, \d+ not known of \d+", lines[-2])
    assert re.fullmatch(r"conversations: \d+ right, \d+ wrong, \d+ not known of \d+ turns", lines[-1])
    sealed_questions = {i.q for i in measure.load_sealed(OTHERS / "sealed.b64")}
    assert not any(q in proc.stdout.decode() for q in sealed_questions if len(q) > 20)  # never shown


def test_sealing_round_trips_and_is_not_plain_text() -> None:
    text = "- q: Who was the first man on the Moon?\n"
    sealed = measure.seal(text)
    assert "Moon" not in sealed and measure.unseal(sealed) == text


@pytest.mark.parametrize(("reply", "verdict"), [
    (measure.Reply("Luna 9, 3 February 1966[1].\nSources:\n[1] NSSDCA", True), "right"),
    (measure.Reply("Luna 2, 1959.\nSources:\n[1] Luna 9, 3 February 1966", True), "wrong"),
    (measure.Reply("Which mission do you mean? Name it.", True), "not known"),
    (measure.Reply("Sorry, I did not understand that.", False), "not known"),
])
def test_judge(reply: measure.Reply, verdict: str) -> None:
    assert measure.judge(reply, ("Luna 9", "1966"), ("Luna 2 was first",)) == verdict


def test_a_bad_file_is_named_with_its_item(tmp_path: pytest.TempPathFactory) -> None:
    with pytest.raises(measure.FileProblem, match=r"^x.yaml: item 0.expect: bad regex '\('"):
        measure.parse_questions("- {q: a, family: who, expect: ['('], source: {dataset: d, origin: o, file: f, "
                                "id: 1}}\n", "x.yaml")
    with pytest.raises(measure.FileProblem, match=r"^x.yaml: item 0.source: needs dataset, file, id, origin$"):
        measure.parse_questions("- {q: a, family: who, expect: [a]}\n", "x.yaml")
