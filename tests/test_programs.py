"""Programs' dates, purpose and flight counts, how they ended, and astronaut selection groups (issue 13)."""

from __future__ import annotations

from pathlib import Path

import pytest

from askspace.bot import Bot
from askspace.wholeexport import export_knowledge
from tests.test_data_errors import run_check

BROKEN = """\
programs:
  - id: odd
    name: Odd
    country: usa
    began: 1970
    ended: 1965
    ongoing: true
    flights: 0
  - id: nosource
    name: Nosource
    country: usa
    flights: 3
astronaut_groups:
  - id: g1
    name: Group One
    state: narnia
    order: 1
    date: 1959
    selected: 1
    members: [nobody]
    member_names: [Someone Else]
    sources: [{title: "A book", ref: "p. 1"}]
  - id: g2
    name: Group Two
    state: usa
    order: 1
    date: 1960-13
    sources: [{title: "A book", ref: "p. 1"}]
"""


def test_every_problem_of_programs_and_groups_is_reported(small_data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (small_data / "knowledge" / "extra.yaml").write_text(BROKEN, encoding="utf-8")
    code, out, err = run_check(small_data, capsys)
    assert (code, out) == (2, "")
    where = "  knowledge/extra.yaml: "
    assert err.splitlines()[1:] == [
        f"{where}astronaut_groups[g1].members: unknown person 'nobody'; use an id of knowledge/people or member_names",
        f"{where}astronaut_groups[g1].selected: 1 selected but 2 members named",
        f"{where}astronaut_groups[g1].state: unknown state 'narnia' (see states.yaml)",
        f"{where}astronaut_groups[g2].date: '1960-13' is not a date (write YYYY, YYYY-MM or YYYY-MM-DD)",
        f"{where}programs[nosource].flights_counted: say what the flight count counts (the counting rule)",
        f"{where}programs[nosource].sources: a program with dates, a purpose or a flight count needs a source",
        f"{where}programs[odd].ended: 1965 is before began 1970",
        f"{where}programs[odd].flights: expected a whole number above 0, got int 0",
        f"{where}programs[odd].ongoing: a program that has ended is not ongoing; remove one of the two",
        f"{where}programs[odd].sources: a program with dates, a purpose or a flight count needs a source",
    ]


def test_the_export_has_programs_and_groups(bot: Bot) -> None:
    data = export_knowledge(bot.kb)
    programs = {p["id"]: p for p in data["programs"]}
    assert (programs["apollo"]["began"], programs["apollo"]["ended"], programs["apollo"]["flights"]) == \
        ("1961", "1972", 11)
    assert programs["iss"]["ongoing"] and programs["iss"]["ended"] is None
    groups = {g["id"]: g for g in data["astronaut_groups"]}
    assert groups["nasa-1"]["selected"] == 7 and "john-glenn" in groups["nasa-1"]["members"]
    assert sum(1 for p in programs.values() if p["purpose"]) >= 27 and len(groups) >= 30


ANSWERS = {
    "Why was the Space Shuttle retired?":
        "Atlantis landed after the 135th flight; after the Columbia accident, whose board had asked for the orbiters "
        "to be recertified before flying beyond 2010, President Bush's 2004 Vision for Space Exploration ordered the "
        "Shuttle retired once the space station was built, to pay for a new crewed craft and a return to the Moon "
        "(on 21 July 2011[1]).\n"
        "Sources:\n"
        "[1] Wikipedia: Space Shuttle program, https://en.wikipedia.org/wiki/Space_Shuttle_program",
    "Why was the Apollo program cancelled?":
        "Apollo's lunar flights ended with Apollo 17's splashdown; budget cuts had cancelled the three flights after "
        "it (on 19 December 1972[1]).\n"
        "Sources:\n"
        "[1] Wikipedia: Apollo program, https://en.wikipedia.org/wiki/Apollo_program",
    "What was the purpose of the Gemini program?":
        "Project Gemini (1961 to 1966): NASA's second crewed program, a two-man spacecraft to practise what Apollo "
        "needed: flights of up to two weeks, rendezvous and docking in orbit, and spacewalks[1].\n"
        "Sources:\n"
        "[1] Wikipedia: Project Gemini, https://en.wikipedia.org/wiki/Project_Gemini",
    "How many missions were in the Mercury program?":
        "Project Mercury made 6 flights[1].\n"
        "Counted: crewed flights, Freedom 7 to Faith 7 (two suborbital, four orbital); uncrewed tests and animal "
        "flights not counted.\n"
        "My flight records hold all 6: Mercury-Redstone 3 and Mercury-Redstone 4 suborbital by design, 4 orbital.\n"
        "My records hold 4 of its missions in detail.\n"
        "Sources:\n"
        "[1] Wikipedia: Project Mercury, https://en.wikipedia.org/wiki/Project_Mercury",
    "Who were the Mercury Seven?":
        "The Mercury Seven (NASA Astronaut Group 1): Scott Carpenter, Gordon Cooper, John Glenn, Gus Grissom, Wally "
        "Schirra, Alan Shepard and Deke Slayton[1].\n"
        "Announced on 9 April 1959; 7 selected.\n"
        "All seven were military test pilots, a requirement set by President Eisenhower; all of them flew in space, "
        "Slayton only in 1975 on Apollo-Soyuz after a heart condition grounded him.\n"
        "Sources:\n"
        "[1] Wikipedia: Mercury Seven, https://en.wikipedia.org/wiki/Mercury_Seven",
    "Which astronaut group was Sally Ride in?":
        "Sally Ride was in the Thirty-Five New Guys (NASA Astronaut Group 8), announced on 16 January 1978, "
        "35 selected[1].\n"
        "The first group selected for the Space Shuttle and the first with women and with African and Asian "
        "Americans: Sally Ride became the first American woman in space and Guion Bluford the first African "
        "American in space.\n"
        "Sources:\n"
        "[1] Wikipedia: NASA Astronaut Group 8, https://en.wikipedia.org/wiki/NASA_Astronaut_Group_8",
}


@pytest.mark.parametrize("question", list(ANSWERS))
def test_whole_answers(bot: Bot, question: str) -> None:
    answer = bot.session().ask(question)
    assert answer.understood and answer.text == ANSWERS[question]


@pytest.mark.parametrize(("question", "start"), [
    ("When did the Apollo program end?", "On 19 December 1972[1]: Apollo ended with Apollo 17."),
    ("When did the Mir program end?", "On 23 March 2001[1]: Mir programme ended with the station's controlled"),
    ("Why was the Constellation program cancelled?", "The 2011 budget request dropped Constellation"),
    ("How long did Project Apollo run?", "The Apollo program ran from 1961 to 1972[1], about 11 years."),
    ("Is the Artemis program still going?", "Yes: the Artemis program, begun on 11 December 2017, was still under"),
    ("How many astronauts were in NASA's first group?", "7: the Mercury Seven (NASA Astronaut Group 1), announced"),
    ("What is the purpose of the International Space Station?", "The International Space Station programme (since"),
    ("When did the Soyuz program end?", "It has not ended: the Soyuz program, begun on 23 April 1967, was still"),
    ("Which group was Neil Armstrong in?", "Neil Armstrong was in the New Nine (NASA Astronaut Group 2)"),
    ("Which group was Chris Hadfield in?",
     'Chris Hadfield was selected in 1992, in the group the astronaut database calls "1992 CSA Group"[1]; it is'),
])
def test_the_answer_starts_with_what_was_asked(bot: Bot, question: str, start: str) -> None:
    answer = bot.session().ask(question)
    assert answer.understood and answer.text.startswith(start), answer.text


@pytest.mark.parametrize("question", [
    "What was the purpose of Apollo 11?",  # a mission, not its program
    "What was the purpose of the Interkosmos program?",  # no purpose in the records
    "Which astronaut group was Jared Isaacman in?",  # no selection of his in the records
    "When did the Venera program end?",  # no ending recorded: not a nearby fact
])
def test_what_the_records_lack_is_not_known(bot: Bot, question: str) -> None:
    answer = bot.session().ask(question)
    assert not answer.understood, answer.text
