"""The Apollo program and the Space Race, second pass: the command and service modules as craft of their own, the
lunar module's mass (knowledge/history/apollo_modules.yaml, intent topic_facts), and the history readings' new words
(confirmed, building, associate, the United Nations, WWII)."""

from __future__ import annotations

import pytest

from askspace.bot import Bot


def first_line(bot: Bot, question: str) -> str:
    return bot.session().ask(question).text.splitlines()[0]


def test_the_halves_of_the_csm_have_their_own_mass_and_crew(bot: Bot) -> None:
    assert first_line(bot, "How much did the CM weigh in kgs?") == (
        "The Apollo command module weighed about 5,560 kg (12,250 lb); NASA's Block II fact sheet gives about "
        "12,800 lb (5,800 kg) at launch[1][2].")
    assert first_line(bot, "How much did the initial version of the SM weigh in pounds?") == (
        "The Apollo service module weighed about 23,300 kg (51,300 lb) in its first version, most of it propellant; "
        "NASA's Block II fact sheet gives about 54,200 lb (24,600 kg) at launch[1][2].")
    assert first_line(bot, "How many people was the CM designed to carry in the end?") == \
        "The Apollo command module was built to carry three people[1][2]."
    assert first_line(bot, "The initial LM weighed how much in kgs?") == (
        "The Apollo lunar module weighed about 15,100 kg (33,300 lb) in its first version, which allowed about 34 "
        "hours on the surface; the extended lunar module of Apollo 15 to 17 weighed over 16,400 kg (36,200 lb) and "
        "allowed stays of more than three days[1][2].")


def test_the_command_module_keeps_its_builder_and_first_flight(bot: Bot) -> None:
    assert first_line(bot, "Which company built the Apollo command module?") == \
        "North American Aviation built the Apollo command module, chosen on 28 November 1961[1]."
    assert first_line(bot, "Who was rewarded with building the CSM?") == \
        "North American Aviation built the Apollo command and service module (CSM), chosen on 28 November 1961[1]."
    assert first_line(bot, "When did the command module first fly?") == (
        "On 26 February 1966[1]: the Apollo command module first flew with AS-201, an uncrewed suborbital test of a "
        "Block I command and service module on a Saturn IB.")


def test_the_history_readings_take_more_words(bot: Bot) -> None:
    assert first_line(bot, "What year was the Gemini project confirmed?") == \
        "On 7 December 1961[1]: NASA approved Project Gemini."
    assert first_line(bot, "When was Mueller announced and appointed as Deputy Associate Administrator?") == (
        "On 23 July 1963[1]: George E. Mueller was appointed Deputy Associate Administrator for Manned Space Flight "
        "(announced by James E. Webb).")
    assert first_line(bot, "What year was established as the International Day of Human Space Flight by the "
                           "United Nations?") == (
        "On 7 April 2011[1]: the United Nations General Assembly created the International Day of Human Space Flight.")
    assert first_line(bot, "During WWII, who led the German army's rocket program?").startswith(
        "Walter Dornberger (the Army officer in charge) led the German Army's rocket program, from 1932 to 1945[1].")


@pytest.mark.parametrize("question", [
    "What does SM stand for?",  # the service module has no letters in the records
    "How many people could the SM carry?",  # it carried no one
    "What did the command module use as propellant?",
])
def test_a_fact_the_modules_lack_is_not_known(bot: Bot, question: str) -> None:
    assert not bot.session().ask(question).understood


def test_in_charge_and_starting_date_stay_with_the_other_readings(bot: Bot) -> None:
    # Not history words: "in charge" of a mission is its crew, the "starting date" of a program its first flight.
    assert first_line(bot, "Who was in charge of the Apollo 11 mission?").startswith("Apollo 11 flew three:")
    assert first_line(bot, "What was the starting date of Project Mercury?").startswith(
        "The first flight of Project Mercury in my records was Mercury-Redstone 2")


def test_the_first_holder_of_a_post_is_the_earliest_tenure(bot: Bot) -> None:
    assert first_line(bot, "Who was the first director of the Marshall Space Flight Center?") == \
        "Wernher von Braun led the Marshall Space Flight Center, from 1 July 1960 to February 1970[1]."
    assert first_line(bot, "Who was the first administrator of NASA?") == \
        "T. Keith Glennan led NASA, from 19 August 1958 to 20 January 1961[1]."
    # Without "first" every tenure is named; a centre's director is no film's.
    assert bot.session().ask("Who was the director of the Marshall Space Flight Center?").text.splitlines()[1] == \
        "Eberhard Rees led the Marshall Space Flight Center, from March 1970 to January 1973[2]."


def test_a_craft_fact_may_be_asked_as_a_type(bot: Bot) -> None:
    assert first_line(bot, "What kind of fuel did the SM burn?").startswith(
        "The Apollo service module burned Aerozine 50 with nitrogen tetroxide")
    assert not bot.session().ask("What type of fuel did the LK use?").understood  # the LK's propellant is not known
