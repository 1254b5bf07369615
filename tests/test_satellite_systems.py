"""Satellite systems and the satellites they list (knowledge/satellite_systems.yaml, knowledge/missions/
earth_satellites.yaml): validation, export, and the answers over them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from askspace.bot import Bot
from askspace.wholeexport import export_knowledge
from tests.test_data_errors import run_check

BROKEN = """\
satellite_systems:
  - id: odd-system
    name: Odd System
    kind: navigation
    state: atlantis
    part_of: nowhere
    began: 2001
    ended: 1999
    satellites: {count: 0}
    members: [{mission: luna-9}, {mission: luna-99}]
    sources: []
  - id: bad-kind
    name: Odd System
    kind: television
    state: ussr
    sources: [{title: "A book", ref: "p. 1"}]
"""


def test_every_problem_of_a_systems_file_is_reported(small_data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (small_data / "knowledge" / "satellite_systems.yaml").write_text(BROKEN, encoding="utf-8")
    code, out, err = run_check(small_data, capsys)
    assert (code, out) == (2, "")
    where = "  knowledge/satellite_systems.yaml: satellite_systems"
    assert err.splitlines()[1:] == [
        f"{where}[bad-kind].kind: expected one of navigation, communications, internet, weather, earth-observation, "
        "got str 'television'",
        f"{where}[odd-system].ended: 1999 is before began 2001",
        f"{where}[odd-system].satellites.count: expected a whole number above 0, got int 0",
        f"{where}[odd-system].satellites.counted: say what the count counts (the counting rule)",
        f"{where}[odd-system].sources: a satellite system needs at least one source",
    ]


def test_references_of_a_system_are_checked(small_data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fixed = BROKEN.replace("sources: []", 'sources: [{title: "A book", ref: "p. 1"}]').replace(
        "    ended: 1999\n", "").replace("{count: 0}", "{count: 2, counted: both}").replace(
        "    kind: television\n", "    kind: navigation\n")
    (small_data / "knowledge" / "satellite_systems.yaml").write_text(fixed, encoding="utf-8")
    code, _, err = run_check(small_data, capsys)
    where = "  knowledge/satellite_systems.yaml: satellite_systems"
    assert code == 2 and err.splitlines()[1:] == [
        f"{where}[bad-kind].aliases: name 'odd system' is also used by the satellite system 'odd-system'",
        f"{where}[odd-system].members[0].mission: 'luna-9' is not an Earth satellite (target earth, type satellite)",
        f"{where}[odd-system].members[1].mission: unknown mission 'luna-99' (see knowledge/missions)",
        f"{where}[odd-system].part_of: unknown satellite system 'nowhere'",
        f"{where}[odd-system].state: unknown state 'atlantis' (see states.yaml)",
    ]


def test_the_export_lists_the_systems(bot: Bot) -> None:
    systems = {s["id"]: s for s in export_knowledge(bot.kb)["satellite_systems"]}
    beidou1 = systems["beidou-1"]
    assert (beidou1["part_of"], beidou1["began"], beidou1["ended"]) == ("beidou", "2000-10-30", "2012")
    assert [m["mission"] for m in beidou1["members"]] == ["beidou-1a", "beidou-1b", "beidou-1c", "beidou-1d"]
    assert systems["beidou-2"]["planned"][1] == {"count": 5, "orbit": "geostationary",
                                                 "note": "for compatibility with BeiDou-1"}
    assert systems["starlink"]["satellites"]["qualifier"] == "more than"
    assert systems["beidou-2"]["satellites"]["in_service"] == 14
    assert systems["beidou-3"]["members"][1]["number"] == 18
    assert all(s["sources"] for s in systems.values())
    json.dumps(systems)


@pytest.mark.parametrize(("question", "answer"), [
    ("How many satellites does the BeiDou-1 have?",
     "BeiDou-1 had 4 satellites (BeiDou-1A, BeiDou-1B, BeiDou-1C and BeiDou-1D)[1]."),
    ("When was the fourth satellite for the BeiDou-1 system launched?",
     "The fourth BeiDou-1 satellite, BeiDou-1D, was launched on 2 February 2007[1]."),
    ("What was the second satellite for the BeiDou-1 system called?",
     "The second BeiDou-1 satellite was BeiDou-1B, launched on 20 December 2000[1]."),
    ("When was the last satellite for the BeiDou-1 system launched?",
     "The last BeiDou-1 satellite, BeiDou-1D, was launched on 2 February 2007[1]."),
    ("What is the the first satellite for the BeiDou-2 system called?",
     "The first BeiDou-2 satellite was Compass-M1, launched on 13 April 2007[1]."),
    ("How many geostationary orbit satellites will the BeiDou-2 system have?",
     "BeiDou-2 (BeiDou-2 system) was planned to have 5 geostationary satellites[1], for compatibility with "
     "BeiDou-1."),
    ("How many non-geostationary orbit satellites will the BeiDou-2 system have?",
     "BeiDou-2 (BeiDou-2 system) was planned to have 30 non-geostationary satellites[1], 27 in medium Earth orbit "
     "and 3 in inclined geosynchronous orbit."),
    ("What is the purpose of the geostationary orbit satellites in the BeiDou-2 system?",
     "The 5 geostationary satellites planned for BeiDou-2 (BeiDou-2 system) were for compatibility with "
     "BeiDou-1[1]."),
    ("As of December 2012, how many satellites had been launched for the BeiDou-2 system?",
     "BeiDou-2 (BeiDou-2 system) had 16 satellites as of December 2012[1]."),
    ("What is the BeiDou Navigation Satellite System named after?",
     "BeiDou Navigation Satellite System is named after the Big Dipper, called Beidou (\"Northern Dipper\") in "
     "Chinese, the seven brightest stars of Ursa Major, long used to find the North Star[1]."),
    ("When did BeiDou reach global coverage?",
     "BeiDou Navigation Satellite System began to serve the whole world on 27 December 2018 (basic global service "
     "of BeiDou-3)[1]."),
    ("When was the first BDS-3 satellite launched?",
     "The first BeiDou-3 satellite, BeiDou I1-S, was launched on 30 March 2015[1]."),
    ("When was the first GLONASS satellite launched?",
     "The first GLONASS satellite was launched on 12 October 1982[1]; my records do not list its satellites one by "
     "one."),
    ("What does BeiDou mean?",
     "BeiDou Navigation Satellite System is named after the Big Dipper, called Beidou (\"Northern Dipper\") in "
     "Chinese, the seven brightest stars of Ursa Major, long used to find the North Star[1]."),
    ("When did the BeiDou system begin offering services to the Asia-Pacific region?",
     "BeiDou Navigation Satellite System (BeiDou system) began to serve the Asia-Pacific region in December 2012 "
     "(with BeiDou-2)[1]."),
    ("Which country operates BeiDou?",
     "BeiDou Navigation Satellite System is a system of China, run by the China National Space Administration "
     "(CNSA)[1]."),
    ("When was BeiDou-1 decommissioned?", "BeiDou-1 ended in 2012[1]."),
    ("Who operates GPS?",
     "Global Positioning System (GPS) is run by the United States Space Force (before it, the US Air Force)[1]."),
    ("How many satellites does Starlink have?", "Starlink had more than 5,000 satellites as of August 2023[1]."),
    ("What is the purpose of the BeiDou-1D satellite?",
     "BeiDou-1D was launched as a backup for the three satellites already in orbit[1]."),
    ("What is the inclination of the Compass-M1 satellite?", "Compass-M1's orbit is inclined at 55.5°[1]."),
    ("What is the BeiDou-1D satellite sometimes called?",
     "BeiDou-1D is also called Beidou-1 D, BeiDou-2A and Beidou 4[1]."),
    ("When was the Extreme Ultraviolet Explorer decommissioned?",
     "Extreme Ultraviolet Explorer was decommissioned (switched off) on 31 January 2001[1]."),
    ("Was the Dark Matter Particle Explorer satellite or the Extreme Ultraviolet Explorer telescope decommissioned "
     "January 31, 2001?", "Extreme Ultraviolet Explorer was decommissioned (switched off) on 31 January 2001[2]."),
    ("Which satellite was operational for longer, International Ultraviolet Explorer or EXOSAT?",
     "International Ultraviolet Explorer was operational for longer: about 18.7 years, from 26 January 1978 to "
     "30 September 1996[1], against about 2.9 years for EXOSAT (26 May 1983 to 9 April 1986)[2]."),
    ("What rocket launched TIROS-1?", "TIROS-1 was launched on a Thor-Able, on 1 April 1960[1]."),
    ("What was the first weather satellite?",
     "The first successful weather satellite was TIROS-1 (the United States), 1 April 1960[1]."),
    ("What was the first geostationary satellite?",
     "The first geostationary satellite was Syncom 3 (the United States), 19 August 1964[1]."),
])
def test_the_answer_starts_with_what_was_asked(bot: Bot, question: str, answer: str) -> None:
    reply = bot.session().ask(question)
    assert reply.understood and reply.text.splitlines()[0] == answer, reply.text


def test_a_count_says_what_it_counts(bot: Bot) -> None:
    lines = bot.session().ask("How many satellites does the BeiDou-1 have?").text.splitlines()
    assert lines[1] == ("Counted: the satellites launched for it: three (BeiDou-1A, 1B and the backup 1C) made up the "
                        "system, and BeiDou-1D followed in 2007 as a further backup.")


def test_an_nth_satellite_gives_the_beijing_date_and_the_counting_rule(bot: Bot) -> None:
    lines = bot.session().ask("When was the third satellite for the BeiDou-1 system launched?").text.splitlines()
    assert lines[:4] == [
        "The third BeiDou-1 satellite, BeiDou-1C, was launched on 24 May 2003[1].",
        "It was launched as a backup for BeiDou-1A and 1B.",
        "Launched on 24 May 2003 UTC, 25 May in Beijing (the date Wikipedia gives).",
        "Counted in launch order among the 4 satellites my records list for BeiDou-1."]


@pytest.mark.parametrize("question", [
    "When was the 20th satellite for the BeiDou system launched?",  # the records number only the 18th and 19th
    "When was the fifth satellite for the BeiDou-1 system launched?",  # only four
    "How did GPS start?",  # a "how" question is no card
    "How many satellite constellations does the BeiDou Navigation Satellite System have?",
    "What is the inclination of the BeiDou-1A satellite?",  # not in the records
    "Was the Dark Matter Particle Explorer or the Extreme Ultraviolet Explorer decommissioned on March 3, 2001?",
])
def test_what_the_records_do_not_hold_is_not_known(bot: Bot, question: str) -> None:
    assert not bot.session().ask(question).understood


def test_satellites_numbered_over_the_whole_system(bot: Bot) -> None:
    assert bot.session().ask("Where were the 18th and 19th satellites for the BeiDou system launched from?").text \
        .splitlines()[:3] == [
        "The 18th and 19th BeiDou satellites, BeiDou M1-S and BeiDou M2-S, were launched together from Xichang on "
        "25 July 2015[1].",
        "Rocket: Long March 3B with a Yuanzheng-1 (YZ-1) upper stage.",
        "Numbered as the sources count all the satellites of BeiDou Navigation Satellite System."]


def test_an_nth_satellite_of_the_whole_system_is_its_number(bot: Bot) -> None:
    assert bot.session().ask("When was the second BeiDou satellite launched?").text.splitlines()[:2] == [
        "The second BeiDou satellite, BeiDou-1B, was launched on 20 December 2000[1][2].",
        "Numbered as the sources count all the satellites of BeiDou Navigation Satellite System."]
    assert not bot.session().ask("When was the eighth BeiDou satellite launched?").understood  # not numbered


def test_a_quiz_clue_finds_a_satellite_by_its_launch_date(bot: Bot) -> None:
    text = bot.session().ask("This satellite was put into orbit July 10, 1962").text
    assert text.splitlines()[0] == "That describes Telstar 1 (the United States): it launched on 10 July 1962[1]."
