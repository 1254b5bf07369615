"""Crewed suborbital flights and crewed flights that never launched as flight records (issue 13): their keys, checks,
export and answers (the line each crossed, the apogee, the counts by both lines, the crews that never left the pad)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from askspace.bot import Bot
from askspace.knowledge import default_data_dir
from tests.test_data_errors import run_check

ANSWERS = {
    'How many X-15 flights reached space?':
        'My flight records hold 13 X-15 flights that reached space by the US 80 km (50-mile) line, 1962 to '
        '1968[1][2]; two of them also crossed the 100 km Kármán line (X-15 Flight 90 and X-15 Flight 91).\n'
        'Counted with them, X-15 Flight 191: After reaching about 81 km the X-15 went into a hypersonic '
        'spin and broke apart during its descent, killing Michael Adams.\nCounted: crewed flights that did '
        'not orbit and went above the US 80 km (50-mile) line (the US Air Force, NASA and the FAA count '
        "that as space), or above the 100 km Kármán line (the FAI's line); lower flights are not in my "
        'flight records, and orbital flights are counted apart.\nSources:\n[1] OurAirports.biz: X-15 '
        'flights over 50 miles, http://ourairports.biz/?p=1989\n[2] whel.de: Summary of suborbital '
        'astronaut wings flights, https://whel.de/Aerospace/astronaut_wings.html',
    'How high did X-15 Flight 91 go?':
        'X-15 Flight 91 reached about 108 km, above the 100 km Kármán line (22 August 1963)[1][2][3][4].\n'
        '354,200 ft (about 108.0 km), the highest X-15 flight; OurAirports.biz gives 107.40 km and the '
        'highest-human table 107 km.\nSources:\n[1] OurAirports.biz: X-15 flights over 50 miles, '
        'http://ourairports.biz/?p=1989\n[2] List of human spaceflights (Wikipedia), as tabulated in '
        'missions.csv of github.com/pilou-K75VJ/highest-human, '
        'https://github.com/pilou-K75VJ/highest-human/blob/master/missions.csv\n[3] whel.de: Summary of '
        'suborbital astronaut wings flights, https://whel.de/Aerospace/astronaut_wings.html\n[4] '
        'Spaceline.org: The X-15 Astronauts (Cliff Lethbridge), '
        'http://spaceline.org/astronauts/x15pilots.html',
    'How many crewed suborbital flights crossed the Kármán line?':
        '24 crewed suborbital flights in my records crossed the 100 km Kármán line[1][2][3][4][5][6]; '
        'counting the US 80 km (50-mile) line, 47 (1961 to 2025).\nBy craft: Mercury-Redstone 2, X-15 2, '
        "Soyuz 18a 1, SpaceShipOne 3 and New Shepard 16.\nCounted with them, Soyuz 18a: The rocket's "
        'stages failed to separate properly; the capsule was pulled away on a suborbital arc and the crew '
        'landed safely.\nCounted: crewed flights that did not orbit and went above the US 80 km (50-mile) '
        'line (the US Air Force, NASA and the FAA count that as space), or above the 100 km Kármán line '
        "(the FAI's line); lower flights are not in my flight records, and orbital flights are counted "
        'apart.\nSources:\n[1] Mercury-Redstone 3 (Wikipedia), '
        'https://en.wikipedia.org/wiki/Mercury-Redstone_3\n[2] Mercury-Redstone 4 (Wikipedia), '
        'https://en.wikipedia.org/wiki/Mercury-Redstone_4\n[3] whel.de: Summary of suborbital astronaut '
        'wings flights, https://whel.de/Aerospace/astronaut_wings.html\n[4] OurAirports.biz: X-15 flights '
        'over 50 miles, http://ourairports.biz/?p=1989\n[5] Soyuz 18a (Wikipedia), '
        'https://en.wikipedia.org/wiki/Soyuz_18a\n[6] SpaceShipOne flight 15P (Wikipedia), '
        'https://en.wikipedia.org/wiki/SpaceShipOne_flight_15P',
    'When did X-15 Flight 191 land?':
        'X-15 Flight 191 did not land: the craft was lost during the flight on 15 November '
        '1967[1][2][3][4].\nAfter reaching about 81 km the X-15 went into a hypersonic spin and broke '
        'apart during its descent, killing Michael Adams.\nSources:\n[1] whel.de: Summary of suborbital '
        'astronaut wings flights, https://whel.de/Aerospace/astronaut_wings.html\n[2] OurAirports.biz: '
        'X-15 flights over 50 miles, http://ourairports.biz/?p=1989\n[3] Spaceline.org: The X-15 '
        'Astronauts (Cliff Lethbridge), http://spaceline.org/astronauts/x15pilots.html\n[4] NASA Langley '
        'fact sheet: X-15 Test Pilots, '
        'https://www.nasa.gov/centers/langley/news/factsheets/x-15_2006_2.html',
    'Which crew escaped a launch-pad fire in 1983?':
        'The Soyuz T-10-1 crew, Vladimir Titov and Gennady Strekalov, survived: Soyuz T-10-1 never '
        'launched; it ended on the ground on 26 September 1983[1][2].\nFuel spilled at the base of the '
        'rocket caught fire about a minute before lift-off; the launch escape system pulled the capsule '
        'away seconds before the rocket exploded on the pad, and both cosmonauts survived.\nCounted: the '
        'crewed flights of my flight records that never left the ground, with their crew aboard (Apollo 1 '
        '(1967) and Soyuz T-10-1 (1983)); launches that left the pad and failed are flights of their '
        'programs.\nSources:\n[1] Soyuz 7K-ST No.16L (Wikipedia), '
        'https://en.wikipedia.org/wiki/Soyuz_7K-ST_No.16L\n[2] Soyuz T-10-1 (Encyclopedia Astronautica), '
        'http://www.astronautix.com/s/soyuzt-10-1.html',
    'How many flights did the Mercury program make?':
        'Project Mercury made 6 flights[1].\nCounted: crewed flights, Freedom 7 to Faith 7 (two '
        'suborbital, four orbital); uncrewed tests and animal flights not counted.\nMy flight records hold '
        'all 6: Mercury-Redstone 3 and Mercury-Redstone 4 suborbital by design, 4 orbital.\nMy records '
        'hold 4 of its missions in detail.\nSources:\n[1] Wikipedia: Project Mercury, '
        'https://en.wikipedia.org/wiki/Project_Mercury',
}


@pytest.mark.parametrize("question", list(ANSWERS))
def test_whole_answers(bot: Bot, question: str) -> None:
    answer = bot.session().ask(question)
    assert answer.understood and answer.text == ANSWERS[question]


def test_an_apogee_the_records_lack_is_not_known(bot: Bot) -> None:
    answer = bot.session().ask("What was the apogee of Galactic 05?")
    assert not answer.understood
    assert answer.text == ("My records do not have how high Galactic 05 went; it flew above the US 80 km (50-mile) "
                           "line but below 100 km (2 November 2023).")


def test_every_suborbital_flight_of_the_lists_is_a_record_with_their_line(bot: Bot) -> None:
    flights = [f for f in bot.kb.crewed_flights.values() if f.suborbital]
    assert len(flights) == 47 and sum(f.line == "100km" for f in flights) == 24
    assert all(f.apogee_km is None or (f.apogee_km >= 100) == (f.line == "100km") for f in flights)
    never = {f.name: f for f in bot.kb.crewed_flights.values() if not f.launched}
    assert sorted(never) == ["Apollo 1", "Soyuz T-10-1"]
    assert never["Apollo 1"].crew == ("Gus Grissom", "Ed White", "Roger Chaffee")
    assert not any(f.landing or f.line or f.reached_orbit for f in never.values())


def _data(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    shutil.copytree(default_data_dir() / "intents", data / "intents")
    shutil.copytree(default_data_dir() / "knowledge", data / "knowledge")
    return data


def test_a_line_or_apogee_that_disagrees_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = _data(tmp_path)
    path = data / "knowledge" / "flights" / "suborbital.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("  line: 100km\n  apogee_km: 106.0\n", "  line: 80km\n  apogee_km: 106.0\n", 1)
    never = data / "knowledge" / "flights" / "never_launched.yaml"
    path.write_text(text, encoding="utf-8")
    wrong = never.read_text(encoding="utf-8").replace("  accident: apollo-1-fire\n",
                                                      "  accident: apollo-one\n  landing: 1967-01-27\n")
    never.write_text(wrong, encoding="utf-8")
    code, out, err = run_check(data, capsys)
    assert (code, out) == (2, "")
    problems = err.splitlines()[1:]
    for line in ("  knowledge/flights/suborbital.yaml: crewed_flights[x-15-flight-90].apogee_km: 106.0 km is not on "
                 "the 80km side of the lines",
                 "  knowledge/flights/suborbital.yaml: crewed_flights[x-15-flight-90].line: Joe Walker's list says "
                 "100km for X-15 Flight 90",
                 "  knowledge/flights/never_launched.yaml: crewed_flights[apollo-1].launched: a flight that never "
                 "launched has no line and no landing",
                 "  knowledge/flights/never_launched.yaml: crewed_flights[apollo-1].accident: unknown accident "
                 "'apollo-one'"):
        assert line in problems, problems


def test_a_quiz_clue_about_a_pad_fire_names_the_crew(bot: Bot) -> None:
    """A J! Archive-style clue ("In 1983 this Soviet crew escaped ...") reads the flights that never launched."""
    answer = bot.session().ask("In 1983 this Soviet crew escaped when their rocket caught fire on the pad")
    assert answer.understood
    assert answer.text.split("\n")[0] == (
        "The Soyuz T-10-1 crew, Vladimir Titov and Gennady Strekalov, survived: Soyuz T-10-1 (the Soviet Union) never "
        "launched; it ended on the ground on 26 September 1983[1][2].")
    american = bot.session().ask("Which American crew died in a fire on the launch pad?")
    assert american.text.startswith("The Apollo 1 crew, Gus Grissom, Ed White and Roger Chaffee, died: Apollo 1 (the "
                                    "United States) never launched")
