"""People of the 2020s' orbital flights: later flights are listed but not counted to ``counted_to``; a flight
the mission records do not hold is answered from the people's flight lists, with its counting rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from askspace.bot import Bot
from askspace.flightlog import records_of
from askspace.handlers.flights import aboard
from tests.test_data_errors import run_check
from tests.test_people_errors import SOURCES, VOSTOK_6, WHERE, _broken, _write


def test_a_later_flight_is_not_counted_to_counted_to(small_data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    later = f"    flights: 1\n    counted_to: 1964-01-01\n    flown:\n      - {{{VOSTOK_6}}}\n" \
            f"      - {{name: Voskhod 3, year: 1966, date: 1966-03-01, role: pilot}}\n{SOURCES}"
    _write(small_data, _broken("    sources:\n", later))
    assert run_check(small_data, capsys)[0] == 0
    _write(small_data, _broken("    sources:\n", later.replace("flights: 1", "flights: 2")))
    code, _, err = run_check(small_data, capsys)
    assert code == 2
    assert f"{WHERE}.flights: 2, but 'flown' lists 1 flights that reached space by 1964-01-01" in err.splitlines()


def test_every_orbital_flight_of_the_2020s_has_its_whole_crew(bot: Bot) -> None:
    """Each flight the lists date (and the missions do not hold) names a whole crew: three on a Soyuz or a
    Shenzhou, four on a Crew Dragon, one commander."""
    kb = bot.kb
    flights = {f.name for p in kb.people.values() for f in records_of(p.flown)
               if f.date and not f.mission and f.date.year >= 2020 and f.line is None}  # orbital ones
    assert len(flights) == 35
    for name in flights:
        crew = aboard(kb, name)
        size = 3 if name.startswith(("Soyuz", "Shenzhou")) else 4
        assert (len(crew), [c.role for c in crew].count("commander")) == (size, 1), name
        assert len({c.date for c in crew}) == 1, name


@pytest.mark.parametrize(("question", "answer"), [
    ("How many people flew on Shenzhou 15?",
     "Three people flew on Shenzhou 15 (launched 29 November 2022)[1]: Fei Junlong (commander), Deng Qingming "
     "(crew member) and Zhang Lu (crew member).\n"
     "Counted: the people whose flight lists in my records name Shenzhou 15; my mission records do not hold the "
     "flight itself.\n"
     "Sources:\n"
     "[1] Shenzhou 15 (Wikipedia), https://en.wikipedia.org/wiki/Shenzhou_15"),
    ("Who commanded Crew-2?",
     "Robert Kimbrough commanded SpaceX Crew-2 (launched 23 April 2021)[1]; aboard: Robert Kimbrough (commander), "
     "Megan McArthur (pilot), Akihiko Hoshide (mission specialist) and Thomas Pesquet (mission specialist).\n"
     "Counted: the people whose flight lists in my records name SpaceX Crew-2; my mission records do not hold the "
     "flight itself.\n"
     "Sources:\n"
     "[1] SpaceX Crew-2 (Wikipedia), https://en.wikipedia.org/wiki/SpaceX_Crew-2"),
    ("How many spacewalks did Chen Dong make?",
     "Chen Dong made no spacewalks (counted to 15 January 2020)[1][2][3].\n"
     "Not counted there: Chen Dong's later flights in my records, Shenzhou 14 (5 June 2022) and Shenzhou 20 "
     "(24 April 2025).\n"
     "Sources:\n"
     "[1] Astronaut database (Stavnichuk & Corlett 2020, CC BY 4.0), https://data.mendeley.com/datasets/86tsnnbv2w/1\n"
     "[2] Shenzhou 14 (Wikipedia), https://en.wikipedia.org/wiki/Shenzhou_14\n"
     "[3] Shenzhou 20 (Wikipedia), https://en.wikipedia.org/wiki/Shenzhou_20"),
])
def test_answers(bot: Bot, question: str, answer: str) -> None:
    assert bot.session().ask(question).text == answer


def test_a_flight_known_only_from_the_lists_is_not_described(bot: Bot) -> None:
    """Only its crew and launch are answered: when it landed is not known (its flight record has its launch only)."""
    assert not bot.session().ask("When did Shenzhou 15 land?").understood
