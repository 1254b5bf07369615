"""Crewed flights as a kind of their own (issue 13): every crewed orbital flight to 2025 (the Space Shuttle and Soyuz
flights first, then Vostok to Fram2), their validation, export, import and answers."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from askspace.bot import Bot
from askspace.knowledge import default_data_dir
from askspace.wholeexport import export_knowledge
from tests.importers.crewed_flights import build
from tests.importers.crewed_flights_others import build as build_others
from tests.test_data_errors import run_check

WIKI_LIST = ("[2] List of human spaceflights (Wikipedia), as tabulated in missions.csv of "
             "github.com/pilou-K75VJ/highest-human, https://github.com/pilou-K75VJ/highest-human/blob/master/missions.csv")
MCDOWELL = ("[3] Lansări cu echipaj uman (parsec.ro, after Jonathan McDowell's lists of crewed launches), "
            "https://github.com/ctanas/parsec.ro/blob/master/content/m/hsl.md")


def _cited(name: str) -> str:
    return f"Sources:\n[1] {name} (Wikipedia), https://en.wikipedia.org/wiki/{name.replace(' ', '_')}\n{WIKI_LIST}\n" \
        f"{MCDOWELL}"


ANSWERS = {
    "When did STS-41-B land?":
        "STS-41-B landed on 11 February 1984 (launched 3 February 1984)[1][2][3].\n" + _cited("STS-41-B"),
    "Which orbiter flew STS-61?":
        "The orbiter Endeavour flew STS-61 (launched 2 December 1993)[1][2][3].\n" + _cited("STS-61"),
    "How many Shuttle flights were there?":
        "The Space Shuttle program made 135 flights[1].\n"
        "Counted: missions launched from STS-1 (1981) to STS-135 (2011), including Challenger's last flight, which "
        "broke up during launch, and Columbia's, which broke up on re-entry.\n"
        "My flight records hold all 135; 134 reached orbit, and STS-51-L (28 January 1986) launched but did not, "
        "counted as a flight all the same.\n"
        "My records hold 19 of its missions in detail.\n"
        "Sources:\n"
        "[1] Wikipedia: Space Shuttle program, https://en.wikipedia.org/wiki/Space_Shuttle_program",
    "Which station did Soyuz TMA-12 visit?":
        "Soyuz TMA-12 visited the International Space Station (launched 8 April 2008)[1][2][3].\n"
        + _cited("Soyuz TMA-12"),
    "How long was STS-80?":
        "STS-80 flew from 19 November 1996 to 7 December 1996 (UTC dates, 18 calendar days apart)[1][2][3]; my "
        "records do not hold its exact time in flight.\n" + _cited("STS-80"),
    "When did STS-107 land?":
        "STS-107 did not land: it was lost on 1 February 2003 (launched 16 January 2003)[1][2][3].\n"
        "The crew carried out its research programme in orbit, but Columbia broke up during re-entry on 1 February "
        "2003 and all seven crew were killed.\n" + _cited("STS-107"),
    "When was STS-33 launched?": "STS-33 was launched on 23 November 1989[1][2][3].\n" + _cited("STS-33"),
    "Who flew on STS-80?":
        "STS-80 (1996) carried, as my records list them[1]: Kenneth Cockrell, Kent Rominger, Story Musgrave, Tamara "
        "Jernigan and Thomas Jones.\n"
        "Listed: the people whose flight lists in the Astronaut database name STS-80 as the craft that carried them "
        "up; my mission records do not hold the flight itself.\n"
        "Sources:\n"
        "[1] Astronaut database (Stavnichuk & Corlett 2020, CC BY 4.0), https://data.mendeley.com/datasets/86tsnnbv2w/1",
    "How many Soyuz flights were there?":
        "My flight records hold 153 crewed Soyuz flights, Soyuz 1 (1967) to Soyuz MS-28 (2025)[1][2].\n"
        "Counted: flights launched with a crew to 31 December 2025, Soyuz 18a (5 April 1975) and Soyuz MS-10 "
        "(11 October 2018) included, which launched but did not reach orbit; flights launched without a crew are not "
        "counted, nor Soyuz T-10-1 (26 September 1983), which never launched.\n"
        f"Sources:\n[1] {WIKI_LIST[4:]}\n[2] {MCDOWELL[4:]}",
    "When did Gemini 7 land?":
        "Gemini 7 landed on 18 December 1965 (launched 4 December 1965)[1][2][3].\n" + _cited("Gemini 7"),
    "When was MA-7 launched?":
        "Mercury-Atlas 7 (MA-7) was launched on 24 May 1962[1][2][3].\n" + _cited("Mercury-Atlas 7"),
    "Which station did Shenzhou 13 visit?":
        "Shenzhou 13 visited the Tiangong space station (launched 15 October 2021)[1].\n"
        "Sources:\n[1] Shenzhou 13 (Wikipedia), https://en.wikipedia.org/wiki/Shenzhou_13",
    "How many crewed Shenzhou flights were there?":
        "My flight records hold 16 crewed Shenzhou flights, Shenzhou 5 (2003) to Shenzhou 21 (2025)[1][2].\n"
        "Counted: flights launched with a crew to 31 December 2025; flights launched without a crew are not "
        f"counted.\nSources:\n[1] {WIKI_LIST[4:]}\n[2] {MCDOWELL[4:]}",
    "Fram2":
        "Fram2: a crewed flight, launched 1 April 2025[1].\n"
        "Launch date from the crew's flight lists (the flight's article); the two tables end in 2021.\n"
        "Sources:\n[1] Fram2 (Wikipedia), https://en.wikipedia.org/wiki/Fram2",
}


@pytest.mark.parametrize("question", list(ANSWERS))
def test_whole_answers(bot: Bot, question: str) -> None:
    answer = bot.session().ask(question)
    assert answer.understood and answer.text == ANSWERS[question]


def test_a_mission_without_a_flight_record_keeps_its_handler(bot: Bot) -> None:
    answer = bot.session().ask("When did Luna 9 land?")
    assert answer.text.startswith("Luna 9 launched on 31 January 1966[1] and landed on the Moon on 3 February 1966")


def test_the_records_hold_every_shuttle_and_soyuz_flight(bot: Bot) -> None:
    flights = list(bot.kb.crewed_flights.values())
    shuttle = [f for f in flights if f.program == "space-shuttle"]
    soyuz = [f for f in flights if f.program == "soyuz" and f.launched]  # Soyuz T-10-1 never left the pad
    assert (len(shuttle), len(soyuz)) == (135, 153)
    assert all(f.orbiter for f in shuttle) and not any(f.orbiter for f in soyuz)
    assert [f.name for f in flights if not f.reached_orbit and f.program in ("soyuz", "space-shuttle")] == [
        "Soyuz 18a", "Soyuz T-10-1", "STS-51-L", "Soyuz MS-10"]
    linked = [f for f in flights if f.mission]
    assert len(linked) == len({f.mission for f in linked}) >= 35


def test_the_other_programs_are_held_whole(bot: Bot) -> None:
    flights = list(bot.kb.crewed_flights.values())
    counts: dict[str | None, int] = {}
    for f in flights:
        counts[f.program] = counts.get(f.program, 0) + 1
    # with the suborbital flights (Mercury-Redstone 3 and 4 are Mercury's; the X-15, SpaceShipOne, VSS Unity and New
    # Shepard flights have no program) and the two that never launched (Apollo 1, Soyuz T-10-1)
    assert counts == {"vostok": 6, "voskhod": 2, "mercury": 6, "gemini": 10, "apollo": 12, "skylab": 3,
                      "shenzhou": 16, "commercial-crew": 13, None: 52, "space-shuttle": 135, "soyuz": 154}
    assert len(flights) == 409
    assert sorted(f.name for f in flights if f.program is None and not f.suborbital) == [
        "Apollo (Apollo-Soyuz)", "Axiom Mission 1", "Axiom Mission 2", "Axiom Mission 3", "Axiom Mission 4", "Fram2",
        "Inspiration4", "Polaris Dawn"]
    assert len([f for f in flights if f.suborbital]) == 47
    assert [f.name for f in flights if not f.launched] == ["Apollo 1", "Soyuz T-10-1"]


def test_a_flight_of_a_program_held_missing_from_the_records_is_reported(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The check that every flight a person's list names is an entry covers the new programs (and their aliases)."""
    data = tmp_path / "data"
    shutil.copytree(default_data_dir() / "intents", data / "intents")
    shutil.copytree(default_data_dir() / "knowledge", data / "knowledge")
    path = data / "knowledge" / "flights" / "mercury_gemini.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("- id: gemini-7\n")
    text = text[:start] + text[text.index("- id: ", start + 1):]
    path.write_text(text.replace("  - MA-7\n", "  - MA-77\n"), encoding="utf-8")
    code, out, err = run_check(data, capsys)
    assert (code, out) == (2, "")
    problems = err.splitlines()[1:]
    for line in ("  knowledge/flights: Gemini 7: named in Frank Borman's flown list but not a crewed flight",
                 "  knowledge/flights: MA-7: named in Scott Carpenter's flown list but not a crewed flight"):
        assert line in problems, problems


def test_orbiters_first_and_last_flights_agree_with_the_craft_records(bot: Bot) -> None:
    """A second source for launch and landing dates: the craft records' first and last flights of each orbiter."""
    by_name = {f.name: f for f in bot.kb.crewed_flights.values()}
    checked = 0
    for craft in bot.kb.craft.values():
        if craft.kind != "orbiter":
            continue
        for leg in (craft.first_flight, craft.last_flight):
            if leg is None or leg.flight not in by_name:
                continue
            f = by_name[leg.flight]
            assert (f.launch, f.orbiter) == (leg.date, craft.name), leg
            assert leg.landed is None or f.landing is None or f.landing == leg.landed, leg
            checked += 1
    assert checked >= 9


def test_the_export_has_the_flights(bot: Bot) -> None:
    flights = {f["id"]: f for f in export_knowledge(bot.kb)["crewed_flights"]}
    assert flights["sts-41-b"] == {
        "id": "sts-41-b", "name": "STS-41-B", "aliases": [], "program": "space-shuttle", "mission": "sts-41-b",
        "launch": "1984-02-03", "landing": "1984-02-11", "orbiter": "Challenger", "launch_vehicle": "Space Shuttle",
        "stations": [], "outcome": "success", "outcome_reason": None, "reached_orbit": True, "line": None,
        "apogee_km": None, "craft": None, "launched": True, "crew": [], "accident": None, "notes": [],
        "sources": flights["sts-41-b"]["sources"]}
    assert {k: flights["x-15-flight-90"][k] for k in ("line", "apogee_km", "craft", "reached_orbit")} == {
        "line": "100km", "apogee_km": 106.0, "craft": "X-15", "reached_orbit": False}
    assert {k: flights["apollo-1"][k] for k in ("launched", "crew", "accident")} == {
        "launched": False, "crew": ["Gus Grissom", "Ed White", "Roger Chaffee"], "accident": "apollo-1-fire"}
    assert flights["soyuz-tma-12"]["stations"] == ["zarya"]


CSV = """launch,touchdown,program,name,altitude,destination
1968-10-26,1968-10-30,Soyuz,Soyuz 3,241,
1984-02-03,1984-02-11,Shuttle,STS-41-B,317,
1996-11-19,1996-12-07,Shuttle,STS-80,375,
1979-06-06,1979-08-19,Soyuz,Soyuz 34,271,Salyut 6
1965-03-23,1965-03-23,Gemini,Gemini 3,225,
"""
TABLE = """| 29  | 1967.10.26 | Soyuz 11A511  | Soyuz-3          | Argon       | 1 |              |
| 200 | 1996.11.19 | STS           | Columbia         | STS-80      | 5 |              |
| 100 | 1984.02.03 | STS           | Challenger       | STS-41-B    | 5 |              |
"""


def test_the_import_on_a_small_sample(bot: Bot) -> None:
    entries, report = build(CSV, TABLE, bot.kb)
    by_name = {e["name"]: e for e in entries}
    assert "Soyuz 34" not in by_name and "Gemini 3" not in by_name  # went up uncrewed; not a program held
    assert by_name["STS-80"] == {
        "id": "sts-80", "name": "STS-80", "program": "space-shuttle", "launch": dt.date(1996, 11, 19),
        "landing": dt.date(1996, 12, 7), "orbiter": "Columbia", "launch_vehicle": "Space Shuttle",
        "outcome": "success", "sources": by_name["STS-80"]["sources"]}
    assert by_name["STS-41-B"]["mission"] == "sts-41-b"
    assert by_name["Soyuz 3"]["notes"] == ["McDowell's list (as parsec.ro gives it) dates the launch 1967-10-26."]
    assert "Soyuz 3: launch 1968-10-26 here, 1967-10-26 in the second table" in report
    assert "STS-51-L" in by_name and by_name["STS-51-L"]["reached_orbit"] is False


OTHERS_CSV = """launch,touchdown,program,name,altitude,destination
1961-05-05,1961-05-05,Mercury,Mercury-Redstone 3,188,
1963-06-14,1963-06-19,Vostok,Vostok 5,209,
1975-07-15,1975-07-24,Apollo,Apollo - Soyuz,231,Soyuz
2021-04-24,,Dragon,SpaceX Crew-2,426,ISS
"""
OTHERS_TABLE = """| 11  | 1962.06.14 | Vostok-K      | Vostok-5         | Yastreb     | 1 |              |
| 59  | 1975.07.15 | Saturn IB     | Apollo           | ASTP        | 3 |              |
| 328 | 2021.04.23 | Falcon-9      | Dragon/Crew-2    | Endeavour   | 4 | ISS          |
| 2   | 1961.05.05 | Redstone MRLV | Freedom-7        | MR3         | 1 |              |
"""


def test_the_import_of_the_other_programs_on_a_small_sample(bot: Bot) -> None:
    entries, report = build_others(OTHERS_CSV, OTHERS_TABLE, bot.kb)
    by_name = {e["name"]: e for e in entries}
    assert "Mercury-Redstone 3" not in by_name  # suborbital
    assert by_name["Vostok 5"]["notes"] == ["McDowell's list (as parsec.ro gives it) dates the launch 1962-06-14."]
    assert "Vostok 5: launch 1963-06-14 here, 1962-06-14 in the second table" in report
    astp = by_name["Apollo (Apollo-Soyuz)"]
    assert (astp["aliases"], "program" in astp, "mission" in astp) == (["ASTP"], False, False)
    assert by_name["SpaceX Crew-2"]["launch"] == dt.date(2021, 4, 23)  # the table and the crew's lists agree
    assert by_name["Shenzhou 21"]["stations"] == ["tianhe"] and "landing" not in by_name["Shenzhou 21"]
    cft = by_name["Boeing Starliner Crew Flight Test"]
    assert (cft["mission"], cft["outcome"], "landing" in cft) == ("boeing-crew-flight-test", "partial", False)


BROKEN = """\
crewed_flights:
  - id: f1
    name: F1
    program: nowhere
    mission: no-such-mission
    launch: 1990-05-01
    landing: 1990-04-01
    stations: [moon]
    outcome: success
    sources: [{title: "A list", ref: "p. 1"}]
  - id: f2
    name: F1
    program: apollo
    launch: 2030-01-01
    outcome: success
    sources: [{title: "A list", ref: "p. 1"}]
"""


def test_every_problem_of_flights_is_reported(small_data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (small_data / "knowledge" / "extra.yaml").write_text(BROKEN, encoding="utf-8")
    code, out, err = run_check(small_data, capsys)
    assert (code, out) == (2, "")
    where = "  knowledge/extra.yaml: "
    problems = err.splitlines()[1:]
    for line in (f"{where}crewed_flights[f1].program: unknown program 'nowhere'",
                 f"{where}crewed_flights[f1].stations: 'moon' is not a station of the mission records",
                 f"{where}crewed_flights[f1].landing: 1990-04-01 is before the launch 1990-05-01",
                 f"{where}crewed_flights[f1].mission: unknown mission 'no-such-mission'",
                 f"{where}crewed_flights[f2].name: 'f1' also names flight 'f1'",
                 f"{where}crewed_flights[f2].launch: 2030-01-01 is after the knowledge base date 2025-12-31"):
        assert line in problems, problems
