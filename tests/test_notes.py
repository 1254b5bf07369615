"""Notes (knowledge/notes/*.yaml): a detail question nothing else answers gets the one note whose words cover
the question's, answer first; a question that asks another kind of answer, names the answer, or leaves a word
out stays "not known"; --check reports notes whose answer is not stated; the kind exports."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from askspace import noteuse
from askspace.bot import Bot
from askspace.cli import main
from askspace.notes import Note
from askspace.render import why
from askspace.wholeexport import export_knowledge

ROOSA = (
    "Stuart Roosa. The Moon tree seeds flew around the Moon in the personal kit of Stuart Roosa, the Apollo 14 "
    "command module pilot, who had been a U.S. Forest Service smokejumper before he became an astronaut.[1][2]\n"
    "Sources:\n"
    "[1] NASA NSSDCA: Stuart Roosa and the Moon Tree Seeds, "
    "https://nssdc.gsfc.nasa.gov/planetary/lunar/moon_trees/roosa_moon_tree_seeds.html\n"
    "[2] Wikipedia: Moon tree, https://en.wikipedia.org/wiki/Moon_tree")


def test_the_note_that_covers_the_question_answers_it_first(bot: Bot) -> None:
    answer = bot.session().ask("Who carried the moon tree seeds?")
    assert answer.text == ROOSA
    assert answer.understood
    assert answer.traces[0].frame == {"answer": "person", "note": "moon-trees-carrier",
                                      "matched": "carri, moon, tree, seed"}


def test_why_shows_the_note_and_the_words_it_matched(bot: Bot) -> None:
    answer = bot.session().ask("On which mission did the Moon tree seeds fly?")
    assert answer.text.splitlines()[0].startswith("Apollo 14. The Moon tree seeds went to the Moon and back")
    assert why(answer) == (
        "Question: \"On which mission did the Moon tree seeds fly?\"\n"
        "  intent: frame (score 1.00)\n"
        "  entities: body moon <- \"the moon\"\n"
        "  frame: answer name, note moon-trees-mission, matched mission, moon, tree, seed, spac")


@pytest.mark.parametrize("question", [
    "When did the moon trees fly?",  # a time: no note gives one
    "Why were moon tree seeds taken?",  # a reason: no note gives one
    "Who carried the moon tree seeds to Mars?",  # "Mars" is in no note: a name is never left out
    "Who carried the seeds of the moon trees in 1969?",  # nor a number
    "Who carried moon rocks?",  # "rocks" is in no note
    "Were the moon tree seeds carried by Roosa?",  # yes or no: notes answer no such question
])
def test_other_questions_are_not_answered_by_a_note(bot: Bot, question: str) -> None:
    answer = bot.session().ask(question)
    assert not (answer.traces and answer.traces[0].frame and "note" in answer.traces[0].frame), answer.text


def _note(nid: str, kind: str, answer: str, says: str) -> Note:
    return Note(nid, kind, answer, says, (), ())


def test_two_notes_that_read_a_question_equally_with_different_answers_are_declined(bot: Bot) -> None:
    notes = {"a": _note("a", "person", "Ann Smith", "Ann Smith painted the lunar module trim red."),
             "b": _note("b", "person", "Bob Jones", "Bob Jones painted the lunar module trim blue.")}
    tied = noteuse.find(notes, bot.lexicon, "Who painted the lunar module trim?")
    assert isinstance(tied, noteuse.Tied) and {n.id for n in tied.notes} == {"a", "b"}
    found = noteuse.find(notes, bot.lexicon, "Who painted the lunar module trim red?")
    assert isinstance(found, noteuse.Found) and found.note.id == "a"


def test_a_tie_declines_saying_which_answers_it_could_not_choose_between(bot: Bot) -> None:
    answer = bot.session().ask("How much did the Apollo program cost?")
    assert not answer.understood
    assert answer.text.startswith("My notes hold two answers that fit those words ($25.4 billion: NASA reported to "
                                  "Congress in 1973 that Apollo had cost $25.4 billion. / $28 billion: ")


def test_a_question_naming_a_notes_answer_is_not_answered_by_it(bot: Bot) -> None:
    notes = {"a": _note("a", "person", "Ann Smith", "Ann Smith painted the lunar module trim red.")}
    assert noteuse.find(notes, bot.lexicon, "Who was Ann Smith who painted it?") is None


def test_one_ordinary_word_may_be_missing_from_a_long_question(bot: Bot) -> None:
    notes = {"a": _note("a", "time", "1967", "The lunar module trim was painted red in 1967.")}
    found = noteuse.find(notes, bot.lexicon, "In what year was the lunar module trim painted bright red?")
    assert isinstance(found, noteuse.Found) and found.missed == ("bright",)
    assert noteuse.find(notes, bot.lexicon, "In what year was the trim painted bright?") is None


def test_check_reports_an_answer_the_note_does_not_state(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = Path(__file__).resolve().parents[1]
    data = tmp_path / "data"
    shutil.copytree(root / "knowledge", data / "knowledge", ignore=shutil.ignore_patterns("notes"))
    (data / "intents").symlink_to(root / "intents")
    (data / "knowledge" / "notes").mkdir()
    (data / "knowledge" / "notes" / "bad.yaml").write_text(
        "notes:\n  - {id: bad, kind: time, answer: '1968', says: It flew in 1967.,"
        " sources: [{title: T, url: 'https://t'}]}\n"
        "  - {id: worse, kind: when, answer: '1967', says: It flew in 1967.}\n")
    assert main(["--check", "--data", str(data)]) == 2
    err = capsys.readouterr().err
    assert "knowledge/notes/bad.yaml: notes[bad].answer: the answer '1968' is not stated in 'says'" in err
    assert "knowledge/notes/bad.yaml: notes[worse].kind: 'when' is not one of: person, group," in err
    assert "knowledge/notes/bad.yaml: notes[worse].sources: missing required key" in err


def test_notes_export(bot: Bot) -> None:
    notes = export_knowledge(bot.kb)["notes"]
    first = next(n for n in notes if n["id"] == "moon-trees-carrier")
    assert first["kind"] == "person" and first["answer"] == "Stuart Roosa" and first["also"][0] == "moon tree"
