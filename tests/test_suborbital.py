"""Suborbital flights: each flight says which line it crossed (the US 80 km line or the 100 km Karman line),
loading checks the key against the linked mission, and every count of people or flights says which line it
counts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from askspace.bot import Bot
from askspace.cli import main
from tests.test_data_errors import CREWED, TERESHKOVA, run_check

SUBORBITAL = CREWED.replace("types: [crewed]", "types: [crewed, suborbital]").replace("SEX", "female")
FLOWN = "    flown:\n      - {name: Vostok 6, year: 1963, role: pilot LINE}\n    sources:\n"


def _people(data: Path, line: str, mission: str = SUBORBITAL) -> None:
    (data / "knowledge" / "missions" / "crewed.yaml").write_text(mission, encoding="utf-8")
    (data / "knowledge" / "people.yaml").write_text(TERESHKOVA.replace("    sources:\n", FLOWN.replace("LINE", line)),
                                                    encoding="utf-8")


def test_a_suborbital_flight_must_say_its_line(small_data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _people(small_data, "")
    code, out, err = run_check(small_data, capsys)
    assert (code, out) == (2, "")
    assert ("  knowledge/people.yaml: people[valentina-tereshkova].flown[0]: Vostok 6 is suborbital: say which line "
            "it crossed (line: 100km or 80km)") in err.splitlines(), err


def test_the_line_is_loaded_and_exported(small_data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _people(small_data, ", line: 80km")
    assert run_check(small_data, capsys)[0] == 0
    assert main(["--data", str(small_data), "--export-knowledge"]) == 0
    person = json.loads(capsys.readouterr().out)["people"][0]
    assert person["flights"][0] | {"launch_date": None} == {
        "name": "Vostok 6", "title": None, "year": 1963, "launch_date": None, "role": "pilot", "station": None,
        "down": None, "reached_space": True, "mission": "vostok-6", "line": "80km", "above_100km": False}


@pytest.fixture(scope="module")
def bot() -> Bot:
    return Bot.load()


def _answer(bot: Bot, question: str) -> str:
    answer = bot.session().ask(question)
    assert answer.understood and not answer.clarify, answer.text
    return answer.text.split("\nSources:")[0]


def test_x15_pilots_above_50_miles(bot: Bot) -> None:
    assert _answer(bot, "How many X-15 pilots crossed 50 miles?") == (
        "Eight pilots flew X-15 flights above the US 80 km (50-mile) line in my records, on 13 flights: Robert "
        "White[1] (X-15 Flight 62 on 17 July 1962); Joe Walker[1] (X-15 Flight 77 on 17 January 1963, X-15 Flight "
        "90 above 100 km on 19 July 1963 and X-15 Flight 91 above 100 km on 22 August 1963); Robert Rushworth[1] "
        "(X-15 Flight 87 on 27 June 1963); Joe Engle[2] (X-15 Flight 138 on 29 June 1965, X-15 Flight 143 on 10 "
        "August 1965 and X-15 Flight 153 on 14 October 1965); John McKay[1] (X-15 Flight 150 on 28 September 1965); "
        "William Dana[1] (X-15 Flight 174 on 1 November 1966 and X-15 Flight 197 on 21 August 1968); William "
        "Knight[1] (X-15 Flight 190 on 17 October 1967); Michael Adams[1] (X-15 Flight 191 on 15 November 1967).\n"
        "Of them, one also crossed 100 km: Joe Walker.\n"
        "Counted: each person once, the flights of the people entries of my records (to 31 December 2025) whose "
        "names are X-15 flights.")


def test_a_count_over_both_lines(bot: Bot) -> None:
    first = _answer(bot, "How many people have crossed the Kármán line?").splitlines()[0]
    assert first.startswith("731 people in my records reached space above the 100 km Kármán line[1]; counting the "
                            "US 80 km (50-mile) line, 772: 41 more crossed only that line"), first


def test_a_persons_flights_by_line(bot: Bot) -> None:
    assert _answer(bot, "How many flights did Joe Engle make?") == (
        "Joe Engle flew twice above 100 km (counted to 15 January 2020)[1][2][3]; counting the US 80 km (50-mile) "
        "line, five times: also X-15 Flight 138 (29 June 1965), X-15 Flight 143 (10 August 1965) and X-15 Flight 153 "
        "(14 October 1965), above 80 km but not 100 km.")
    assert _answer(bot, "How many times did Beth Moses fly?") == (
        "Beth Moses flew six times in my records, counting the US 80 km (50-mile) line[1][2][3][4][5][6][7][8][9][10]; "
        "above 100 km, never.")


def test_who_flew_first_says_the_line(bot: Bot) -> None:
    assert _answer(bot, "Did Branson fly before Bezos?").splitlines()[1] == (
        "That counts the US 80 km (50-mile) line; counting only flights above 100 km, Richard Branson had not "
        "reached space in my records.")


@pytest.mark.parametrize("question", [
    "How many X-15 pilots died?",  # deaths are the accidents' kind, not a count of people in space
    "How many people flew on the X-20?",  # no such craft in the records
])
def test_not_known_is_said(bot: Bot, question: str) -> None:
    answer = bot.session().ask(question)
    assert not answer.understood or answer.clarify, answer.text
