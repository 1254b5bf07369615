"""Spacewalk firsts and records (knowledge/spacewalks.yaml): --check reports broken entries with file and key
path; answers start with what was asked, fall back to the world's entry only for its makers' state, and say
"not known" for a first the records do not hold."""

from __future__ import annotations

from pathlib import Path

import pytest

from askspace.bot import Bot
from askspace.cli import main

GOOD = """spacewalks:
  - id: first-spacewalk
    kind: first
    topics: [spacewalk]
    scope: [world]
    date: 1965-03-18
    people_names: [Alexei Leonov]
    flight: Voskhod 2
    duration: 12m
    note: Leonov floated on a tether for about 12 minutes.
    sources:
      - {title: "NSSDCA Master Catalog: Voskhod 2", url: "https://nssdc.gsfc.nasa.gov/nmc/spacecraft/display.action?id=1965-022A"}
"""


def check(data: Path, text: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    (data / "knowledge" / "spacewalks.yaml").write_text(text, encoding="utf-8")
    code = main(["--data", str(data), "--check"])
    captured = capsys.readouterr()
    return code, [line.strip() for line in (*captured.out.splitlines(), *captured.err.splitlines())]


def test_good_entry_is_counted(small_data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, lines = check(small_data, GOOD, capsys)
    assert code == 0
    assert "1 spacewalk firsts and records" in lines[0]


@pytest.mark.parametrize(("old", "new", "message"), [
    ("topics: [spacewalk]", "topics: [longest]",
     "spacewalks[first-spacewalk].topics[0]: 'longest' is not a topic of a first (use one of: spacewalk, "
     "untethered, all-woman, commercial, moon, deep-space, space-shuttle, iss)"),
    ("scope: [world]", "scope: [atlantis]", "spacewalks[first-spacewalk].scope[0]: unknown state 'atlantis' "
                                            "(see states.yaml)"),
    ("date: 1965-03-18", "date: 2031-01-01",
     "spacewalks[first-spacewalk].date: 2031-01-01 is after the knowledge base date 2025-12-31"),
    ("people_names: [Alexei Leonov]", "people: [alexei-leonov]",
     "spacewalks[first-spacewalk].people[0]: unknown person 'alexei-leonov': use an id from knowledge/people, "
     "or give the name in 'people_names'"),
    ("flight: Voskhod 2", "flight: Voskhod 2\n    mission: voskhod-2",
     "spacewalks[first-spacewalk].mission: unknown mission 'voskhod-2': use an id from knowledge/missions, or "
     "leave it out and name the flight in 'flight'"),
    ("duration: 12m", "duration: 12 minutes",
     "spacewalks[first-spacewalk].duration: '12 minutes' is not a spacewalk time (write for example 8h 56m, or 12m)"),
    ("kind: first", "kind: record",
     "spacewalks[first-spacewalk].counted_to: a record needs the date it is counted to"),
])
def test_broken_entries_are_reported(small_data: Path, capsys: pytest.CaptureFixture[str], old: str, new: str,
                                     message: str) -> None:
    code, lines = check(small_data, GOOD.replace(old, new), capsys)
    assert code == 2
    assert f"knowledge/spacewalks.yaml: {message}" in lines, lines


@pytest.mark.parametrize(("question", "first_line"), [
    ("Who made the first spacewalk?",
     "Alexei Leonov made the first spacewalk on 18 March 1965, on Voskhod 2, for 12 minutes[1][2]."),
    ("When did China make its first spacewalk?",
     "The first spacewalk by a Chinese astronaut was on 27 September 2008: Zhai Zhigang, on Shenzhou 7[1][2]."),
    ("What was the longest spacewalk?",
     "The longest single spacewalk lasted 9 hours 6 minutes: Cai Xuzhe and Song Lingdong, on Shenzhou 19 "
     "(Tiangong station) on 17 December 2024 (counted to 23 April 2025)[1][2]."),
    ("What is the longest spacewalk by a woman?",
     "The longest single spacewalk by a woman lasted 8 hours 56 minutes: Susan Helms (with James Voss), on "
     "STS-102 on 11 March 2001 (counted to 17 December 2024)[1][2]."),
    ("Who has made the most spacewalks?",
     "Anatoly Solovyev has made the most spacewalks: 16 spacewalks, 82 hours 22 minutes in all (counted to "
     "8 July 2023)[1][2]."),
    ("Who was the first Soviet woman to walk in space?",
     "Svetlana Savitskaya made the first spacewalk by a Soviet woman on 25 July 1984, on Soyuz T-12 (Salyut 7), "
     "for 3 hours 35 minutes[1][2]."),
])
def test_answers_start_with_what_was_asked(bot: Bot, question: str, first_line: str) -> None:
    answer = bot.session().ask(question)
    assert answer.understood and not answer.clarify
    assert answer.text.splitlines()[0] == first_line


def test_the_world_first_stands_for_its_makers_state_only(bot: Bot) -> None:
    answer = bot.session().ask("Who was the first Soviet woman to walk in space?")
    assert answer.text.splitlines()[1] == ("Svetlana Savitskaya made the first spacewalk by any woman, so also the "
                                           "first by a Soviet woman.")


@pytest.mark.parametrize("question", [
    "Who made the first Indian spacewalk?",  # no entry, and Leonov was not Indian
    "Who was the first Japanese woman to walk in space?",  # no entry, and Savitskaya was not Japanese
])
def test_not_known_is_said(bot: Bot, question: str) -> None:
    answer = bot.session().ask(question)
    assert not answer.understood
    assert answer.text.endswith("They hold notable firsts and records only, so this does not mean there was none.")


def test_follow_up_keeps_to_spacewalks(bot: Bot) -> None:
    session = bot.session()
    session.ask("Who was the first woman to walk in space?")
    answer = session.ask("and the first American woman?")
    assert answer.text.splitlines()[0] == ("Kathryn Sullivan made the first spacewalk by a US woman on 11 October "
                                           "1984, on STS-41-G, for 3 hours 29 minutes[1][2].")


def test_a_persons_count_names_later_record_figures(bot: Bot) -> None:
    answer = bot.session().ask("How many spacewalks did Sunita Williams make?")
    assert answer.text.splitlines()[2] == ("Later, counted to 18 March 2025: nine spacewalks, 62 hours 6 minutes in "
                                           "all, the record for most time spacewalking by a woman[4][5].")
