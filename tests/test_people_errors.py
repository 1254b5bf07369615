"""Broken people files: each problem gives file, key path and what to fix, all in one run; exit 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_data_errors import CREWED, TERESHKOVA, run_check

WHERE = "  knowledge/people.yaml: people[valentina-tereshkova]"
SOURCES = "    sources:\n"
VOSTOK_6 = "name: Vostok 6, year: 1963, role: pilot"


def _write(data: Path, people: str, crew: str = "female") -> None:
    (data / "knowledge" / "missions" / "crewed.yaml").write_text(CREWED.replace("SEX", crew), encoding="utf-8")
    (data / "knowledge" / "people.yaml").write_text(people, encoding="utf-8")


def _broken(old: str, new: str) -> str:
    assert old in TERESHKOVA
    return TERESHKOVA.replace(old, new, 1)


CASES = [
    ("unknown key", "    sex: female\n", "    sex: female\n    hair: brown\n",
     f"{WHERE}.hair: unknown key (allowed: id, name, aliases, sex, born, died, death_cause, nationalities, "
     "selection, flights, flown, time_in_space, spacewalks, eva_time, counted_to, notes, sources)"),
    ("bad birth date", "born: 1937-03-06", "born: 1937-02-30",
     f"{WHERE}.born: '1937-02-30' is not a date or a year (write YYYY-MM-DD or YYYY)"),
    ("bad death date", "    sex: female\n", "    sex: female\n    died: soon\n",
     f"{WHERE}.died: 'soon' is not a date (write YYYY-MM-DD)"),
    ("died before born", "    sex: female\n", "    sex: female\n    died: 1930-01-01\n",
     f"{WHERE}.died: 1930-01-01 is not after the birth date 1937-03-06"),
    ("unknown state", "nationalities: [ussr]", "nationalities: [soviet-union]",
     f"{WHERE}.nationalities[0]: unknown state 'soviet-union' (see states.yaml)"),
    ("bad duration", "    sex: female\n", "    sex: female\n    time_in_space: three days\n",
     f"{WHERE}.time_in_space: 'three days' is not a duration (write for example 4d 23h 7m, or 0m)"),
    ("bad count", "    sex: female\n", "    sex: female\n    spacewalks: -1\n",
     f"{WHERE}.spacewalks: expected a whole number (0 or more), got int -1"),
    ("cause without date", "    sex: female\n", "    sex: female\n    death_cause: an accident\n",
     f"{WHERE}.death_cause: a death cause needs the date it happened ('died')"),
    ("bad selection", "    sex: female\n", "    sex: female\n    selection: {year: 1962}\n",
     f"{WHERE}.selection.group: missing required key"),
    ("no source", "    sources:\n", "    sources: []\n    old:\n",
     f"{WHERE}.sources: a person needs at least one source"),
    ("bad sex", "sex: female", "sex: woman", f"{WHERE}.sex: 'woman' is not one of: female, male"),
    ("flight without a role", "    sources:\n", f"    flown:\n      - {{name: Vostok 6, year: 1963}}\n{SOURCES}",
     f"{WHERE}.flown[0].role: missing required key"),
    ("unknown flight key", "    sources:\n", f"    flown:\n      - {{{VOSTOK_6}, seat: left}}\n{SOURCES}",
     f"{WHERE}.flown[0].seat: unknown key (allowed: name, year, role, title, station, down, reached_space, date, "
     "line)"),
    ("unknown line", "    sources:\n", f"    flown:\n      - {{{VOSTOK_6}, line: 50 miles}}\n{SOURCES}",
     f"{WHERE}.flown[0].line: '50 miles' is not one of: 100km, 80km"),
    ("a line on a launch that did not reach space", "    sources:\n",
     f"    flown:\n      - {{{VOSTOK_6}, reached_space: false, line: 80km}}\n{SOURCES}",
     f"{WHERE}.flown[0].line: a launch that did not reach space crossed no line: remove 'line' or 'reached_space'"),
    ("a line on an orbital flight", "    sources:\n", f"    flown:\n      - {{{VOSTOK_6}, line: 100km}}\n{SOURCES}",
     f"{WHERE}.flown[0].line: Vostok 6 is not suborbital: an orbital flight crossed both lines, remove 'line'"),
    ("a count that counts a flight below 100 km", "    sources:\n",
     f"    flights: 2\n    flown:\n      - {{name: X-15 Flight 62, year: 1962, role: pilot, line: 80km}}\n"
     f"      - {{{VOSTOK_6}}}\n{SOURCES}",
     f"{WHERE}.flights: 2, but 'flown' lists 1 flights that reached space above 100 km (and 1 only above 80 km)"),
    ("unknown role", "    sources:\n",
     f"    flown:\n      - {{name: Vostok 6, year: 1963, role: cosmonaut}}\n{SOURCES}",
     f"{WHERE}.flown[0].role: 'cosmonaut' is not one of: commander, pilot, flight engineer, mission specialist, "
     "payload specialist, spaceflight participant, journalist, medical officer, crew member"),
    ("date outside the year", "    sources:\n",
     f"    flown:\n      - {{{VOSTOK_6}, date: 1964-06-16}}\n{SOURCES}",
     f"{WHERE}.flown[0].date: 1964-06-16 is not in the flight's year 1963"),
    ("flights out of order", "    sources:\n",
     f"    flown:\n      - {{{VOSTOK_6}}}\n      - {{name: Vostok 5, year: 1962, role: pilot}}\n{SOURCES}",
     f"{WHERE}.flown[1].year: 1962 is before the flight above it (1963): list flights in order"),
    ("count disagrees with the list", "    sources:\n",
     f"    flights: 2\n    flown:\n      - {{{VOSTOK_6}}}\n{SOURCES}",
     f"{WHERE}.flights: 2, but 'flown' lists 1 flights that reached space"),
    ("a crewed mission missing from the list", "    sources:\n",
     f"    flown:\n      - {{name: Voskhod 3, year: 1966, role: pilot}}\n{SOURCES}",
     f"{WHERE}.flown: no flight is Vostok 6 (1963-06-16), whose crew names Valentina Tereshkova: add it, or "
     "its name as the flight's name or title"),
]


@pytest.mark.parametrize(("kind", "old", "new", "message"), CASES, ids=[c[0] for c in CASES])
def test_each_kind_of_people_error(small_data: Path, capsys: pytest.CaptureFixture[str], kind: str, old: str,
                                   new: str, message: str) -> None:
    _write(small_data, _broken(old, new))
    code, out, err = run_check(small_data, capsys)
    assert (code, out) == (2, "")
    assert message in err.splitlines(), err
    assert "Traceback" not in err


def test_unresolved_crew_name_and_duplicate_id_in_one_run(small_data: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    renamed = TERESHKOVA.replace("name: Valentina Tereshkova", "name: V. Tereshkova")
    twin = renamed.replace("people:\n", "").replace("name: V. Tereshkova", "name: Tereshkova Twin")
    _write(small_data, renamed + twin)
    code, _, err = run_check(small_data, capsys)
    assert code == 2
    assert err.splitlines() == [
        "askspace: the data files have 2 problems:",
        "  knowledge/missions/crewed.yaml: missions[vostok-6].crew[0].name: 'Valentina Tereshkova' is "
        "not a person in knowledge/people (add the person, or this name as an alias)",
        "  knowledge/people.yaml: people[valentina-tereshkova].id: duplicate id 'valentina-tereshkova' "
        "(also in knowledge/people.yaml: people[valentina-tereshkova])",
    ]


def test_duplicate_alias_between_people(small_data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = TERESHKOVA.replace("people:\n", "").replace("id: valentina-tereshkova", "id: someone-else").replace(
        "name: Valentina Tereshkova", "name: Someone Else\n    aliases: [valentina tereshkova]")
    _write(small_data, TERESHKOVA + other)
    code, _, err = run_check(small_data, capsys)
    assert code == 2
    assert ("  knowledge/people.yaml: people[someone-else].aliases: alias 'valentina tereshkova' is also used by "
            "person 'valentina-tereshkova'") in err.splitlines(), err


def test_crew_sex_must_match_the_person(small_data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _write(small_data, TERESHKOVA, crew="male")
    code, _, err = run_check(small_data, capsys)
    assert code == 2
    assert ("  knowledge/missions/crewed.yaml: missions[vostok-6].crew[0].sex: 'male', but Valentina Tereshkova "
            "(valentina-tereshkova) is 'female'") in err.splitlines(), err
