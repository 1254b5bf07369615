"""Follow-up readings in conversations (branch followups2): each asserts the whole first line of the answer."""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

import pytest

from askspace.bot import Bot
from askspace.cli import main
from askspace.render import plain
from tests.conftest import GOOD_MISSION


def first_lines(bot: Bot, *questions: str) -> list[str]:
    session = bot.session()
    return [plain(session.ask(q)).splitlines()[0] for q in questions]


def test_time_outside_is_spacewalk_time(bot: Bot) -> None:
    assert first_lines(bot, "who did the first spacewalk", "how long was he outside")[1] == (
        "Alexei Leonov made one spacewalk, 12 minutes in all (counted to 15 January 2020)[1][2].")
    assert first_lines(bot, "how long was ed white outside") == [
        "Ed White made one spacewalk, 20 minutes in all (counted to 15 January 2020)[1]."]


def test_their_names_after_crew_talk_are_the_crew(bot: Bot) -> None:
    lines = first_lines(bot, "what was the first space station", "what happened to its crew", "what were their names")
    assert lines[2] == "Salyut 1 was launched without a crew (19 April 1971); it had no crew of its own[1]."
    assert first_lines(bot, "who was the crew of apollo 13", "who were they")[1] == (
        "Apollo 13 flew three: Jim Lovell (Commander), Jack Swigert (Command Module Pilot) and Fred Haise "
        "(Lunar Module Pilot)[1].")


def test_its_twin_is_the_twin_of_the_last_mission(bot: Bot) -> None:
    lines = first_lines(bot, "when did opportunity land", "and its twin?", "which landed first")
    assert lines[1:] == [
        "Spirit launched on 10 June 2003[1] and landed on Mars on 4 January 2004 at Gusev crater.",
        "Of those 2, the first soft landing was Spirit's (the United States), on 4 January 2004[1]."]


def test_twin_must_name_a_mission_that_names_it_back(small_data: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    path = small_data / "knowledge" / "missions" / "moon.yaml"
    path.write_text(GOOD_MISSION.replace("    outcome: success\n", "    twin: luna-13\n    outcome: success\n"),
                    encoding="utf-8")
    assert main(["--data", str(small_data), "--check"]) == 2
    assert "missions[luna-9].twin: 'luna-13' is no mission whose twin is 'luna-9' (name the twins both ways)" \
        in capsys.readouterr().err


def test_twin_is_exported() -> None:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["--export-knowledge"]) == 0
    missions = {m["id"]: m for m in json.loads(out.getvalue())["missions"]}
    assert (missions["spirit"]["twin"], missions["opportunity"]["twin"]) == ("opportunity", "spirit")


def test_none_of_the_last_set_looks_at_the_wider_set_before(bot: Bot) -> None:
    lines = first_lines(bot, "which mars probes did the soviets send in 1973", "how many of them failed?",
                        "which one actually got into orbit")
    assert lines[2] == ("None of those 2 orbited their target; of the 4 before them, that was Mars 5 "
                        "(the Soviet Union, partial[1]).")


def test_did_it_carry_a_helicopter_reads_the_carried_craft(bot: Bot) -> None:
    assert first_lines(bot, "when did perseverance land", "did it carry a helicopter?")[1] == (
        "Yes: Perseverance[1] carried the helicopter Ingenuity[2]. Small solar-powered helicopter carried by "
        "Perseverance to test powered flight in the thin Martian air.")


def test_and_mars_after_a_ranking_swaps_the_sets_question(bot: Bot) -> None:
    lines = first_lines(bot, "how many countries have landed on the moon", "which was the most recent", "and mars?")
    assert lines[2].startswith("Three countries have soft-landed on Mars: the Soviet Union (Mars 3, 2 December 1971[1]")


def test_launched_when_is_the_last_missions_launch(bot: Bot) -> None:
    assert first_lines(bot, "hayabusa2 sample return date", "launched when")[1] == (
        "Hayabusa2 was launched on 3 December 2014[1].")


def test_do_one_after_a_question_about_him_keeps_the_deed(bot: Bot) -> None:
    lines = first_lines(bot, "who did the first spacewalk", "was he on any other flight", "first american to do one?")
    assert lines[2] == ("Ed White made the first spacewalk by a US astronaut on 3 June 1965, on Gemini 4, "
                        "for 23 minutes[1][2].")


def test_how_long_did_it_keep_working_is_how_long_it_lasted(bot: Bot) -> None:
    lines = first_lines(bot, "who made the first soft landing on the moon", "and the americans?",
                        "how long did it keep working")
    assert lines[2] == ("Surveyor 1 lasted 222 days, from its launch on 30 May 1966[1] to 7 January 1967 "
                        "(the date used for its end).")


def test_crews_that_went_to_a_station(bot: Bot) -> None:
    assert first_lines(bot, "how many crews went to skylab") == [
        "Three crewed flights in my records went to Skylab[1]: Skylab 2 (launched 25 May 1973)[2], Skylab 3 "
        "(launched 28 July 1973)[3] and Skylab 4 (launched 16 November 1973)[4]."]
    assert first_lines(bot, "how many crews went to tiangong-1") == [
        "My records do not list the crews that went to Tiangong-1."]


def test_did_they_make_it_back_reads_the_crews_deaths(bot: Bot) -> None:
    lines = first_lines(bot, "what went wrong on apollo 13", "who was the commander", "did they make it back")
    assert lines[2] == "Yes: the crew of Apollo 13 came back alive, landing on 17 April 1970[1]."
    assert first_lines(bot, "did the soyuz 1 crew make it back") == [
        "No: the crew of Soyuz 1 (Vladimir Komarov) died during the flight[1]."]


def test_the_next_one_after_it_is_anchored_on_the_last_mission(bot: Bot) -> None:
    lines = first_lines(bot, "what did magellan do at venus", "what was the first mission to orbit venus after that")
    assert lines[1] == ("The next orbit of Venus after Magellan (10 August 1990[1]) was Venus Express "
                        "(the European Space Agency), 11 April 2006[2], about 15 years after it.")
