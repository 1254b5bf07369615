"""Places and the missions' places: their validation, their export, and the answers over them
(knowledge/places.yaml, knowledge/mission_places.yaml)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from askspace.bot import Bot
from askspace.wholeexport import export_knowledge
from tests.test_data_errors import run_check

BROKEN = """\
places:
  - id: site
    name: Test Site
    kind: launch-site
    located: {province: Nowhere, country: ussr}
    first_launch: {date: 1966-02-01, what: "Luna 9", mission: luna-9}
    sources: [{title: "A book", ref: "p. 1"}]
  - id: pad
    name: Pad 1
    kind: launch-complex
    parent: pad-2
    sources: [{title: "A book", ref: "p. 1"}]
  - id: pad-2
    name: Pad 2
    aliases: [Pad 1]
    kind: launch-complex
    parent: pad
    operator: nasa
    sources: [{title: "A book", ref: "p. 1"}]
  - id: bad
    name: Bad
    kind: spaceport
    located: {country: atlantis}
    opened: 1970
    renamed: [{name: Worse, date: 1960}]
    sources: []
  - id: nowhere
    name: Nowhere
    kind: centre
    sources: [{title: "A book", ref: "p. 1"}]
mission_places:
  - mission: luna-99
    launch_site: nowhere
    sources: [{title: "A book", ref: "p. 1"}]
  - mission: luna-9
    launch_site: site
    landing: {kind: splashdown, place: "the sea", zone: atlantis, date: 1966-01-01}
    sources: [{title: "A book", ref: "p. 1"}]
"""


def test_every_problem_of_a_places_file_is_reported(small_data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (small_data / "knowledge" / "places.yaml").write_text(BROKEN, encoding="utf-8")
    code, out, err = run_check(small_data, capsys)
    assert (code, out) == (2, "")
    where = "  knowledge/places.yaml: "
    assert err.splitlines()[1:] == [f"{where}{line}" for line in [
        "mission_places[luna-99].launch_site: 'nowhere' is a centre, not a place rockets leave from",
        "mission_places[luna-99].mission: unknown mission 'luna-99' (see knowledge/missions/*.yaml)",
        "mission_places[luna-9].landing: only a crewed flight's landing place is recorded here",
        "mission_places[luna-9].landing.date: 1966-01-01 is before the launch (1966-01-31)",
        "mission_places[luna-9].landing.zone: unknown place 'atlantis' (see knowledge/places.yaml)",
        "places[bad].kind: 'spaceport' is not one of: launch-site, launch-complex, test-range, centre, landing-zone",
        "places[bad].sources: needs at least one source",
        "places[nowhere]: a place needs `located` (or a `parent` it lies in)",
        "places[pad-2].aliases: alias 'pad 1' is also used by place 'pad'",
        "places[pad-2].operator: unknown agency 'nasa' (see knowledge/agencies.yaml)",
        "places[pad-2].parent: 'pad' lies in 'pad-2': the parents go round in a circle",
        "places[pad].parent: 'pad-2' lies in 'pad': the parents go round in a circle",
        "places[site].first_launch.date: 1966-02-01 is not the launch date of luna-9 (1966-01-31)",
    ]]


def test_the_export_lists_the_places(bot: Bot) -> None:
    exported = export_knowledge(bot.kb)
    places = {p["id"]: p for p in exported["places"]}
    assert places["lc-39a"]["parent"] == "lc-39" and places["ksc"]["located"]["province"] == "Florida"
    assert places["cape-canaveral"]["renamed"][0] == {
        "name": "Cape Kennedy", "date": "1963-11-29",
        "note": "renamed in honour of President John F. Kennedy a week after his assassination"}
    held = {m["mission"]: m for m in exported["mission_places"]}
    assert held["apollo-11"]["launch_site"] == "lc-39a" and held["apollo-11"]["landing"]["kind"] == "splashdown"
    assert len(places) >= 60 and all(p["sources"] for p in places.values())
    json.dumps(exported["places"])


@pytest.mark.parametrize(("question", "answer"), [
    ("Cape Canaveral Air Force Station is located in what state?",
     "Cape Canaveral Space Force Station (Cape Canaveral Air Force Station) is in Florida, the United States[1][2]."),
    ("Where was the Space Task Group located?",
     "The Space Task Group was at the Langley Research Center, in Hampton, Virginia, the United States[1][2]."),
    ("Where was the Manned Spacecraft Center located?",
     "The Johnson Space Center (the Manned Spacecraft Center) is in Houston, Texas, the United States[1][2]."),
    ("The Army's new Redstone Arsenal is located in what city and state?",
     "The Redstone Arsenal is at Huntsville, Alabama, the United States[1]."),
    ("In what country is Baikonur?", "The Baikonur Cosmodrome is in Kazakhstan[1][2]."),
    ("Where is LC-39A?", "Launch Complex 39A (LC-39A) is at Launch Complex 39 of the Kennedy Space Center, on "
                         "Merritt Island, Brevard County, Florida, the United States[1]."),
    ("Where is JPL?", "The Jet Propulsion Laboratory (JPL) is at Pasadena (its grounds lie in La Cañada Flintridge), "
                      "Los Angeles County, California, the United States[1]."),
    ("When did Baikonur open?", "The Baikonur Cosmodrome was set up on 2 June 1955[1][2]."),
    ("What was Cape Canaveral renamed?",  # the history fact comes first
     "Cape Canaveral was renamed Cape Kennedy, from 29 November 1963 to 9 October 1973[1]."),
    ("What was Vandenberg renamed?",
     "Vandenberg Space Force Base was renamed Vandenberg Air Force Base in 1958 (Cooke Air Force Base (the Army's "
     "Camp Cooke until 1957) was named for General Hoyt Vandenberg) and then Vandenberg Space Force Base on 14 May "
     "2021[1]."),
    ("The Redstone Arsenal became the George C. Marshall Space Flight Center when?",
     "The Marshall Space Flight Center was set up at the Redstone Arsenal on 1 July 1960[1]."),
    ("Who operates the Baikonur Cosmodrome?", "The Baikonur Cosmodrome is run by Roscosmos[1][2]."),
    ("What was the first launch from Jiuquan?", "The first launch from the Jiuquan Satellite Launch Center was Dong "
                                                "Fang Hong 1, China's first satellite, on 24 April 1970[1][2]."),
    ("Where was Apollo 11 launched from?", "Apollo 11 was launched from Launch Complex 39A of the Kennedy Space Center "
                                          "(Florida, the United States) on 16 July 1969[1]."),
    ("Where did Apollo 13 splash down?", "Apollo 13 splashed down in the South Pacific Ocean, southeast of American "
                                         "Samoa on 17 April 1970; it was recovered by USS Iwo Jima[1]."),
    ("Where did Vostok 1 land?", "Vostok 1 came down in a field near Smelovka, southwest of Engels in the Saratov "
                                 "region on 12 April 1961[1]."),
    ("Where did STS-1 land?", "STS-1 landed at Edwards Air Force Base, California, on the dry lake bed on 14 April "
                              "1981[1]."),
    ("Where is Star City?", "Star City is in Moscow Oblast, Russia[1]."),
    ("Where did the Starliner crew flight test land?",
     "Boeing Starliner Crew Flight Test came down at White Sands Space Harbor, New Mexico, without its crew on 7 "
     "September 2024[1]."),
    ("Where did John Glenn land on Earth after coming back from orbit?",
     "Mercury-Atlas 6 (Friendship 7) splashed down in the Atlantic Ocean near Grand Turk Island on 20 February 1962; "
     "it was recovered by USS Noa[1]."),
])
def test_the_answer_starts_with_what_was_asked(bot: Bot, question: str, answer: str) -> None:
    reply = bot.session().ask(question)
    assert reply.understood and reply.text.splitlines()[0] == answer, reply.text


def test_where_a_rocket_was_launched_from_says_its_counting_rule(bot: Bot) -> None:
    lines = bot.session().ask("What state did the Saturn V rocket launch from?").text.splitlines()
    assert lines[:2] == [
        "The Saturn V launches of my records were from the Kennedy Space Center, in Florida, the United States: "
        "Launch Complex 39A (Apollo 8, Apollo 9, Apollo 11, Apollo 12, Apollo 13, Apollo 14, Apollo 15, Apollo 16, "
        "Apollo 17 and Skylab) and Launch Complex 39B (Apollo 10)[1][2][3][4][5][6][7][8][9][10][11].",
        "Counted: the 11 launches of my records by the Saturn V whose launch site they hold."]


def test_which_rockets_left_a_site_are_those_of_its_missions(bot: Bot) -> None:
    lines = bot.session().ask("Which rockets were launched from Baikonur?").text.splitlines()
    assert lines[0].startswith("The rockets of the missions of my records launched from the Baikonur Cosmodrome: "
                               "Sputnik rocket, Vostok rocket, Voskhod rocket and Soyuz rocket["), lines[0]
    assert lines[1] == ("Counted: the rockets that launched the 12 missions my records hold with that launch site "
                        "(they hold notable missions only).")


def test_a_lunar_landing_stays_the_missions(bot: Bot) -> None:
    """'Where did Apollo 11 land?' is its Moon landing, not its splashdown."""
    text = bot.session().ask("Where did Apollo 11 land?").text
    assert "Mare Tranquillitatis" in text and "Pacific" not in text, text


def test_which_missions_left_a_site_counts_its_pads(bot: Bot) -> None:
    text = bot.session().ask("Which missions were launched from the Kennedy Space Center?").text
    first = text.splitlines()[0]
    assert first.startswith("The missions of my records launched from the Kennedy Space Center: Apollo 8, Apollo 9, "
                            "Apollo 10, Apollo 11,"), first
    assert "Counted: the missions my records hold with that launch site" in text


@pytest.mark.parametrize("question", [
    "Which companies have launched a rocket from Cape Canaveral Air Force station?",
    "When did Star City first launch a rocket?",
    "Where was Luna 9 launched from?",
])
def test_what_the_records_do_not_hold_is_not_answered(bot: Bot, question: str) -> None:
    assert not bot.session().ask(question).understood


@pytest.mark.parametrize(("clue", "answer"), [
    ("This Florida cape was renamed for a president in 1963",
     "Cape Canaveral, in Florida, the United States: it was renamed Cape Kennedy on 29 November 1963[1][2]."),
    ("In 1957 Sputnik 1 was launched from this cosmodrome",
     "The Baikonur Cosmodrome, in Kazakhstan: Sputnik 1 was launched from it on 4 October 1957[1][2]."),
])
def test_a_clue_names_the_one_place_it_fits(bot: Bot, clue: str, answer: str) -> None:
    reply = bot.session().ask(clue)
    assert reply.understood and reply.text.splitlines()[0] == answer, reply.text


@pytest.mark.parametrize(("clue", "answer"), [
    ("At the Kennedy Space Center, I'm not on Cape Canaveral, but on this nearby island",
     "Merritt Island: the Kennedy Space Center is on Merritt Island[1][2]."),
    ("This Texas city is home to NASA's Johnson Space Center",
     "Houston: the Johnson Space Center is in Houston[1][2]."),
    ("The Jet Propulsion Laboratory is in this California city",
     "Pasadena: the Jet Propulsion Laboratory is in Pasadena[1]."),
])
def test_a_clue_asks_where_the_place_it_names_is(bot: Bot, clue: str, answer: str) -> None:
    reply = bot.session().ask(clue)
    assert reply.understood and reply.text.splitlines()[0] == answer, reply.text


def test_a_clue_whose_state_is_not_the_places_is_not_answered(bot: Bot) -> None:
    assert not bot.session().ask("This Texas city is home to the Jet Propulsion Laboratory").understood


def test_a_clue_that_fits_several_places_is_not_answered(bot: Bot) -> None:
    assert not bot.session().ask("This Florida launch complex was used in the 1960s").understood
