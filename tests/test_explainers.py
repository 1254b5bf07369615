"""Explainers: a how or why question gets a note only when it names every concept the note requires and
nothing else is left; --check reports unknown concepts and entries; --why shows the concepts; the kind exports."""

from __future__ import annotations

from pathlib import Path

import pytest

from askspace import explainuse
from askspace.bot import Bot
from askspace.cli import main
from askspace.render import why
from askspace.wholeexport import export_knowledge

ISS_OXYGEN = (
    "The ISS makes most of its oxygen by electrolysis, splitting water into oxygen and hydrogen in the Russian "
    "Elektron and the US Oxygen Generation System; carbon dioxide (CO2) is scrubbed from the air, and tanks of "
    "oxygen and nitrogen brought by cargo ships resupply and back them up.[1][2]\n"
    "Sources:\n"
    "[1] Wikipedia: ISS ECLSS, https://en.wikipedia.org/wiki/ISS_ECLSS\n"
    "[2] Wikipedia: Elektron (ISS), https://en.wikipedia.org/wiki/Elektron_(ISS)")


def test_named_concepts_answer_first_then_sources(bot: Bot) -> None:
    answer = bot.session().ask("How does the ISS get its oxygen?")
    assert answer.text == ISS_OXYGEN
    assert answer.intent == "explainer"
    assert answer.traces[0].frame == {"explainer": "iss-oxygen", "concepts": "oxygen, station"}


def test_other_wordings_of_the_same_concepts(bot: Bot) -> None:
    answer = bot.session().ask("how do astronauts on a space station get breathable air")
    assert answer.text.splitlines()[0] == ISS_OXYGEN.splitlines()[0]


def test_why_shows_the_concepts_matched(bot: Bot) -> None:
    answer = bot.session().ask("Why do rockets roll after launch?")
    assert why(answer) == (
        "Question: \"Why do rockets roll after launch?\"\n"
        "  intent: explainer (score 1.00)\n"
        "  entities: none\n"
        "  frame: explainer roll-program, concepts rocket, roll, after-launch")


@pytest.mark.parametrize("question", [
    "Why do rockets have purple fins?",  # a word no concept explains
    "How many rockets have fins?",  # a count, not a how or why
    "Why is the Moon grey?",  # no explainer's concepts
    "How do engineers update the software?",  # the Voyager note needs Voyager named
    "Why is the ISS hot?",  # heat and the station, but no note requires only those
])
def test_other_questions_are_not_explained(bot: Bot, question: str) -> None:
    answer = bot.session().ask(question)
    assert not (answer.understood and answer.intent == "explainer"), answer.text


def test_a_note_is_taken_back_when_its_answer_leaves_a_name_out(bot: Bot) -> None:
    """The fins note is read whole, but the answer says nothing of Ariane 5: the take-back checks stop it."""
    q = bot.reader.read("Why does Ariane 5 have no fins?")
    found = explainuse.choose(bot.kb, bot.lexicon, q)
    assert found is not None and found.explainer.id == "rocket-no-fins"
    answer = bot.session().ask("Why does Ariane 5 have no fins?")
    assert not answer.understood


def test_the_most_specific_note_wins_and_a_tie_answers_nothing(bot: Bot) -> None:
    """Of two notes that read a question whole, the one that requires more concepts answers; two that require
    as many answer nothing (notes made here from the ISS oxygen note)."""
    note = bot.kb.explainers["iss-oxygen"]
    q = bot.reader.read("How does the ISS get its oxygen?")
    broader = note._replace(id="oxygen-only", requires=("oxygen",), covers=("station",))
    found = explainuse.choose(bot.kb, bot.lexicon, q, {"iss-oxygen": note, "oxygen-only": broader})
    assert found is not None and found.explainer.id == "iss-oxygen"
    twin = note._replace(id="iss-oxygen-twin")
    twins = {"iss-oxygen": note, "iss-oxygen-twin": twin}
    assert [f.explainer.id for f in explainuse.candidates(bot.kb, bot.lexicon, q, twins)] == ["iss-oxygen",
                                                                                            "iss-oxygen-twin"]
    assert explainuse.choose(bot.kb, bot.lexicon, q, twins) is None


def test_unknown_concept_and_entry_are_reported(small_data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (small_data / "knowledge" / "explainers.yaml").write_text(
        "explainers:\n  - id: x\n    topic: X\n    requires: [no-such-concept]\n    answer: A.\n"
        "    about: {kind: mission, id: nowhere}\n"
        "    sources:\n      - {title: T, url: 'https://example.org'}\n", encoding="utf-8")
    assert main(["--data", str(small_data), "--check"]) == 2
    err = capsys.readouterr().err.splitlines()
    assert "  knowledge/explainers.yaml: explainers[x].about: unknown mission 'nowhere'" in err
    (small_data / "knowledge" / "explainers.yaml").write_text(
        "explainers:\n  - id: x\n    topic: X\n    requires: [no-such-concept]\n    answer: A.\n"
        "    sources:\n      - {title: T, url: 'https://example.org'}\n", encoding="utf-8")
    assert main(["--data", str(small_data), "--check"]) == 2
    assert capsys.readouterr().err.splitlines()[1:] == [
        "  knowledge/explainers.yaml: explainers[x].requires: unknown concept 'no-such-concept' "
        "(see concepts: in intents/_lexicon.yaml)"]


def test_every_explainer_is_exported(bot: Bot) -> None:
    exported = {e["id"]: e for e in export_knowledge(bot.kb)["explainers"]}
    assert len(exported) == len(bot.kb.explainers)
    assert exported["apollo-13-failure"]["about"] == {"kind": "mission", "id": "apollo-13"}
    assert exported["apollo-13-failure"]["named"] is True
    assert exported["iss-oxygen"]["requires"] == ["oxygen", "station"]


def test_two_notes_with_the_same_concepts_are_reported(small_data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    note = ("  - id: {id}\n    topic: X\n    requires: [rocket, steering]\n    answer: A.\n"
            "    sources:\n      - {{title: T, url: 'https://example.org'}}\n")
    (small_data / "knowledge" / "explainers.yaml").write_text(
        "explainers:\n" + note.format(id="one") + note.format(id="two"), encoding="utf-8")
    assert main(["--data", str(small_data), "--check"]) == 2
    assert capsys.readouterr().err.splitlines()[1:] == [
        "  knowledge/explainers.yaml: explainers[two].requires: the same concepts as explainer 'one': "
        "a question could not choose"]


def test_we_is_people_in_general(bot: Bot) -> None:
    """In "why can't we ...", "we" is not read as the United States (whose name the answer would have to say)."""
    answer = bot.session().ask("Why can't we catapult rockets?")
    assert answer.understood and answer.intent == "explainer"
    assert answer.text.startswith("To reach orbit from a catapult, an object would have to leave it near orbital "
                                  "velocity (7.8 km/s)")
    assert answer.traces[0].context_used == ("'we' read as people in general",)


@pytest.mark.parametrize("question", ["What did Hubble see?", "What is on the Voyager golden record?"])
def test_what_asks_how_only_in_its_phrases(bot: Bot, question: str) -> None:
    """"What keeps ...", "what went wrong ..." ask how or why; "what did Hubble see?" asks something else."""
    assert explainuse.choose(bot.kb, bot.lexicon, bot.reader.read(question)) is None
