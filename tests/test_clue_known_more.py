"""Known-for facts, second round (knowledge/known_for_more.yaml): the facts quiz writers state about the famous
entries, read by the clue reader (askspace.clueknown); a state the fact itself names is no nationality asked, a
fact's cues do not fit a clue about another entry, and facts shared by several entries (West Point, Purdue) are
told apart by the clue's year or declined."""

from __future__ import annotations

import pytest

from askspace.bot import Bot


def test_a_birthplace_abroad_is_no_nationality(bot: Bot) -> None:
    answer = bot.session().ask("This astronaut was born in Rome, Italy, in 1930")
    assert answer.text == (
        "That describes Michael Collins: he was born in Rome, Italy, on 31 October 1930, where his father, an Army "
        "officer, was posted[1].\n"
        "Sources:\n"
        "[1] Michael Collins (astronaut) (Wikipedia), https://en.wikipedia.org/wiki/Michael_Collins_(astronaut)")


def test_a_school_shared_by_several_is_told_apart_by_the_year(bot: Bot) -> None:
    answer = bot.session().ask("In 1951 this Air Force pilot graduated third in his class at West Point")
    assert answer.text.splitlines()[0] == (
        "That describes Buzz Aldrin: he graduated third in his class from the United States Military Academy at West "
        "Point in 1951 and flew in the Air Force[1].")
    shared = bot.session().ask("This astronaut graduated from West Point")
    assert not shared.understood
    assert shared.text.startswith("Several entries fit that clue in my records: Buzz Aldrin, David Scott, Ed White")


def test_a_mission_known_for_what_it_did(bot: Bot) -> None:
    answer = bot.session().ask("Its harpoons failed and it bounced on the comet in 2014")
    assert answer.text == (
        "That describes Philae: it made the first landing on a comet on 12 November 2014; its harpoons failed to "
        "fire, so it bounced twice and came to rest in a shadow, where its batteries ran down[1].\n"
        "Sources:\n"
        "[1] Philae (spacecraft) (Wikipedia), https://en.wikipedia.org/wiki/Philae_(spacecraft)")


def test_a_body_known_for_a_property(bot: Bot) -> None:
    answer = bot.session().ask("It would float in a bathtub big enough to hold it")
    assert answer.text.splitlines()[0] == (
        "That describes Saturn: it is the least dense planet, less dense than water, so it would float in a large "
        "enough bathtub[1].")


def test_a_figure_known_for_a_film(bot: Bot) -> None:
    answer = bot.session().ask("This German advised Fritz Lang on the film Woman in the Moon")
    assert answer.text.splitlines()[0] == (
        "That describes Hermann Oberth: he wrote \"The Rocket into Planetary Space\" (1923) and advised Fritz Lang on "
        "the film \"Woman in the Moon\" (1929), for which he tried to build a rocket[1].")


@pytest.mark.parametrize(("clue", "entry"), [
    ("Its name is Russian for \"peace\"", "Mir"),
    ("This program was named for the twins Castor and Pollux", "Project Gemini"),
    ("This probe is the only spacecraft to visit Uranus and Neptune", "Voyager 2"),
    ("In 1979 it fell on Western Australia", "Skylab"),
    ("She was one of the Mercury 13 and flew to space at 82", "Wally Funk"),
])
def test_the_entry_comes_first(bot: Bot, clue: str, entry: str) -> None:
    assert bot.session().ask(clue).text.startswith(f"That describes {entry}: ")


@pytest.mark.parametrize("clue", [
    "It's the profession derived from 2 Greek words meaning star sailor",  # a word's meaning is no craft's name
    "NASA's Constellation program was named for it",  # Gemini is named for the twins, not for a constellation
    "This Oklahoma native flew Faith 7",  # Cooper and Stafford were both born in Oklahoma
    "In 1961 this Russian was born in Rome",  # Collins is no Russian
])
def test_near_misses_are_not_answered(bot: Bot, clue: str) -> None:
    assert not bot.session().ask(clue).text.startswith("That describes")


def test_a_first_of_a_robotic_mission_with_its_year(bot: Bot) -> None:
    answer = bot.session().ask("In 2019 it made the first landing on the far side of the Moon")
    assert answer.text.splitlines()[0] == (
        "That describes Chang'e 4: it made the first soft landing on the far side of the Moon, in the Von Karman "
        "crater on 3 January 2019, with the rover Yutu-2[1].")
    assert "Chang'e 4" not in bot.session().ask("In 1959 it took the first pictures of the far side of the Moon").text
