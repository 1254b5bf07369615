"""Quiz clues that name no mission but describe the missions they are about (askspace.cluesets): the one body
their missions went to, or the one state whose missions were at the body in the clue's year; several: declined."""

from __future__ import annotations

import pytest

from askspace.bot import Bot


def test_a_body_from_the_year_state_and_kind_of_its_missions(bot: Bot) -> None:
    answer = bot.session().ask("In 1976 two American landers reached this planet")
    assert answer.text == (
        "That describes Mars: Viking 1 and Viking 2 were there in 1976[1][2].\n"
        "Sources:\n"
        "[1] NSSDCA Master Catalog: Viking 1 Lander, https://nssdc.gsfc.nasa.gov/nmc/spacecraft/display.action?id=1975-075C\n"
        "[2] NSSDCA Master Catalog: Viking 2 Lander, https://nssdc.gsfc.nasa.gov/nmc/spacecraft/display.action?id=1975-083C")


def test_a_country_from_the_body_and_year_of_its_missions(bot: Bot) -> None:
    answer = bot.session().ask("In 1975, the first pictures from the surface of Venus were sent by a spacecraft of "
                               "this country")
    assert answer.text.splitlines()[0] == (
        "That describes the Soviet Union: Venera 9 and Venera 10 were at Venus in 1975, and no other state's mission "
        "fits in my records[1][2].")


def test_crewed_words_keep_the_crewed_missions(bot: Bot) -> None:
    answer = bot.session().ask("In 1969 this country put men on the Moon")
    assert answer.text.splitlines()[0].startswith(
        "That describes the United States: Apollo 10, Apollo 11 and Apollo 12")


@pytest.mark.parametrize("clue", [
    "In 1971 this country's probe orbited Mars",  # Mariner 9 and Mars 2 / Mars 3
    "In 1979 a NASA probe flew past this giant planet",  # Voyager at Jupiter, Pioneer 11 at Saturn, ...
])
def test_missions_of_several_bodies_or_states_are_not_guessed_between(bot: Bot, clue: str) -> None:
    answer = bot.session().ask(clue)
    assert not answer.understood
    assert "does not single one out" in answer.text


def test_a_launch_failure_was_never_there(bot: Bot) -> None:
    answer = bot.session().ask("In 1962 an American probe flew by this planet")
    assert answer.text.splitlines()[0] == "That describes Venus: Mariner 2 was there in 1962[1]."  # not Mariner 1


def test_the_one_robotic_mission_at_a_body_in_a_year(bot: Bot) -> None:
    answer = bot.session().ask("In 1962 this American space probe flew past Venus")
    assert answer.text.splitlines()[0] == (
        "That describes Mariner 2: it was at Venus in 1962, the only robotic mission of the United States there then "
        "in my records[1].")
