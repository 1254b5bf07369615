"""The Apollo program notes (knowledge/notes/apollo_program.yaml) and the notes reader's refinements found with
them: ordinals, "first", plural and "what was the X" head nouns, names folded
like the question's words, and questions that only name things are not answered by a note."""

from __future__ import annotations

from pathlib import Path

import pytest

from askspace import noteuse, regression
from askspace.bot import Bot
from askspace.notes import Note

ROOT = Path(__file__).resolve().parents[1]
QUESTIONS = ROOT / "tests" / "eval" / "notes_apollo.yaml"


@pytest.fixture(scope="module")
def apollo_bot(bot: Bot) -> Bot:
    """The bot, with the Apollo notes loaded."""
    return bot


def _by_note(bot: Bot, question: str) -> str | None:
    answer = bot.session().ask(question)
    frame = answer.traces[0].frame if answer.traces and answer.traces[0].frame else {}
    return str(frame["note"]) if "note" in frame else None


def test_the_notes_load_and_pass_the_checks(apollo_bot: Bot) -> None:
    notes = [n for n in apollo_bot.kb.notes.values() if n.id.startswith("apollo-")]
    assert len(notes) >= 350
    assert all(n.sources for n in notes)


def test_questions_in_other_words_are_answered_by_the_notes(apollo_bot: Bot) -> None:
    outcomes = regression.evaluate(apollo_bot, QUESTIONS)
    assert len(outcomes) >= 30
    # two are declined since a note of another kind that reads them as well makes them ambiguous (noteuse.find)
    assert sum(o.passed for o in outcomes) >= 34, regression.report(outcomes, show_failures=20)


def test_a_note_answer_comes_first_with_its_sentence_and_source(apollo_bot: Bot) -> None:
    text = apollo_bot.session().ask("How did Apollo 12's color TV camera get damaged?").text
    assert text.splitlines()[0] == ("It was accidentally pointed into the Sun. Apollo 12 carried the first color "
                                    "television camera to the lunar surface, but it was damaged when it was "
                                    "accidentally pointed into the Sun.[1]")
    assert text.splitlines()[-1] == "[1] Wikipedia: Apollo program, https://en.wikipedia.org/wiki/Apollo_program"


@pytest.mark.parametrize("question", [
    "How much did the Little Joe II rocket cost?",      # a detail no note holds
    "What was the first spacecraft to orbit the Moon?",  # only words many notes share
    "Who flew Gemini 8?",                                # "Gemini" and "8" in different places of a note
    "What animal was carried aboard the Zond 5?",        # no note says which animals
    "Which company built the Saturn V first stage?",     # the note is on the second stage
    "What did Apollo 10 do?",                            # names only
])
def test_other_questions_are_not_answered_by_an_apollo_note(apollo_bot: Bot, question: str) -> None:
    note = _by_note(apollo_bot, question)
    assert note is None or not note.startswith("apollo-"), note


def _notes(*notes: Note) -> dict[str, Note]:
    return {n.id: n for n in notes}


def test_an_ordinal_is_never_the_word_left_out(bot: Bot) -> None:
    notes = _notes(Note("opened", "time", "1950", "The Cape's launch site opened in 1950 with a Bumper rocket.",
                        (), ()))
    assert noteuse.find(notes, bot.lexicon, "When did the Cape's first launch site open?") is None
    assert noteuse.find(notes, bot.lexicon, "When did the Cape's launch site open?") is not None


def test_a_plural_head_noun_asks_its_kind(bot: Bot) -> None:
    notes = _notes(Note("rocks", "amount", "382 kg", "The Apollo missions brought back 382 kg of Moon samples.",
                        (), ()))
    assert noteuse.find(notes, bot.lexicon, "Which missions brought back Moon samples?") is None
    assert noteuse.find(notes, bot.lexicon, "How much Moon samples were brought back by the Apollo missions?")


def test_what_was_the_date_asks_a_time(bot: Bot) -> None:
    notes = _notes(Note("reply", "thing", "a crewed landing", "Johnson wrote that the first human landing on the "
                        "Moon, a crewed landing, lay far ahead of anything the Soviets had reached.", (), ()))
    assert noteuse.find(notes, bot.lexicon, "What was the date that the first human reached the Moon?") is None


def test_a_name_is_folded_like_the_question_words(bot: Bot) -> None:
    notes = _notes(Note("loc", "place", "Merritt Island", "The launch site for the big rocket was on Merritt "
                        "Island.", (), ()))
    assert noteuse.find(notes, bot.lexicon, "What is the launch site of Aquarius (rocket)?") is None


def test_a_question_that_only_names_things_is_not_a_detail_question(bot: Bot) -> None:
    notes = _notes(Note("f", "thing", "a dress rehearsal", "Apollo 10 flew a dress rehearsal of the landing in "
                        "May 1969.", (), ()))
    assert noteuse.find(notes, bot.lexicon, "What did Apollo 10 do?") is None
    assert noteuse.find(notes, bot.lexicon, "What did Apollo 10 fly in May 1969?") is not None
