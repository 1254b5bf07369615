"""Explainers: a how or why question gets a note only when it names every concept the note requires and
nothing else; --check reports unknown concepts and entries."""

from __future__ import annotations

from pathlib import Path

import pytest

from askspace.bot import Bot
from askspace.cli import main


def test_named_concepts_answer_with_sources(bot: Bot) -> None:
    answer = bot.session().ask("How does the ISS get its oxygen?")
    assert answer.text == (
        "The ISS makes most of its oxygen by electrolysis, splitting water into oxygen and hydrogen in the Russian "
        "Elektron and the US Oxygen Generation System; carbon dioxide (CO2) is scrubbed from the air, and tanks of "
        "oxygen and nitrogen brought by cargo ships resupply and back them up.[1][2]\n"
        "Sources:\n"
        "[1] Wikipedia: ISS ECLSS, https://en.wikipedia.org/wiki/ISS_ECLSS\n"
        "[2] Wikipedia: Elektron (ISS), https://en.wikipedia.org/wiki/Elektron_(ISS)")
    assert answer.intent == "explainer"
    assert answer.traces[0].frame == {"explainer": "iss-oxygen", "concepts": "oxygen, station"}


@pytest.mark.parametrize("question", [
    "Why do rockets have purple fins?",  # a word no concept explains
    "How many rockets have fins?",  # a count, not a how or why
    "Why is the Moon grey?",  # no explainer's concepts
])
def test_other_questions_are_not_explained(bot: Bot, question: str) -> None:
    answer = bot.session().ask(question)
    assert answer.intent != "explainer" or not answer.understood


def test_unknown_concept_is_reported(small_data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (small_data / "knowledge" / "explainers.yaml").write_text(
        "explainers:\n  - id: x\n    topic: X\n    requires: [no-such-concept]\n    answer: A.\n"
        "    about: {kind: mission, id: nowhere}\n"
        "    sources:\n      - {title: T, url: 'https://example.org'}\n", encoding="utf-8")
    assert main(["--data", str(small_data), "--check"]) == 2
    err = capsys.readouterr().err
    assert "explainers[x].about: unknown mission 'nowhere'" in err
