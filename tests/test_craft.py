"""Craft with names of their own: their validation, their export, and the answers over them (knowledge/craft.yaml)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from askspace.bot import Bot
from askspace.wholeexport import export_knowledge
from tests.test_data_errors import run_check

BROKEN = """\
craft:
  - id: ok-craft
    name: Luna Lander
    kind: lander
    state: ussr
    missions: [luna-9]
    sources: [{title: "A book", ref: "p. 1"}]
  - id: bad-refs
    name: Nowhere
    kind: orbiter
    state: atlantis
    missions: [luna-9, luna-99]
    first_flight: {flight: Luna 9, date: 1966-02-01, mission: luna-9}
    last_flight: {flight: Luna 9, date: 1965-01-01}
    sources: [{title: "A book", ref: "p. 1"}]
  - id: bad-values
    name: Luna Lander
    kind: lander-module
    state: ussr
    flights: many
    sources: []
  - id: same-name
    name: Luna Lander
    kind: lander
    state: ussr
    sources: [{title: "A book", ref: "p. 1"}]
"""


def test_every_problem_of_a_craft_file_is_reported(small_data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (small_data / "knowledge" / "craft.yaml").write_text(BROKEN, encoding="utf-8")
    code, out, err = run_check(small_data, capsys)
    assert (code, out) == (2, "")
    where = "  knowledge/craft.yaml: craft"
    assert err.splitlines()[1:] == [
        f"{where}[bad-refs].first_flight.date: 1966-02-01 is not the launch date of luna-9 (1966-01-31)",
        f"{where}[bad-refs].last_flight.date: the last flight is before the first",
        f"{where}[bad-refs].missions[0]: 'luna-9' does not name Nowhere in its launch_vehicle",
        f"{where}[bad-refs].missions[1]: unknown mission 'luna-99' (see knowledge/missions/*.yaml)",
        f"{where}[bad-refs].state: unknown state 'atlantis' (see states.yaml)",
        f"{where}[bad-values].flights: expected a whole number (0 or more), got str 'many'",
        f"{where}[bad-values].kind: 'lander-module' is not one of: capsule, command-module, lunar-module, call-sign, "
        "orbiter, station, module, rover, lander, helicopter, landing-site",
        f"{where}[bad-values].sources: a craft needs at least one source",
        f"{where}[same-name].name: 'Luna Lander' is already the name of lander 'ok-craft'",
    ]


def test_the_export_lists_the_craft(bot: Bot) -> None:
    craft = {c["id"]: c for c in export_knowledge(bot.kb)["craft"]}
    assert (craft["apollo-11-lm"]["name"], craft["apollo-11-lm"]["missions"]) == ("Eagle", ["apollo-11"])
    assert craft["discovery"]["flights"] == 39 and craft["discovery"]["first_flight"]["date"] == "1984-08-30"
    assert craft["challenger"]["lost"]["mission"] == "sts-51-l"
    assert len(craft) >= 90 and all(c["sources"] for c in craft.values())
    json.dumps(craft)


@pytest.mark.parametrize(("question", "answer"), [
    ("What was the call sign of Apollo 16's lunar module?", "Apollo 16's lunar module was Orion[1]."),
    ("What was the name of Apollo 11's command module?", "Apollo 11's command module was Columbia[1]."),
    ("What was Gagarin's call sign?", "Yuri Gagarin's call sign on Vostok 1 was Kedr (\"cedar\")[1]."),
    ("When did Discovery first fly?", "Discovery first flew on 30 August 1984, on STS-41-D[1]."),
    ("Which shuttle flew the most missions?", "Discovery flew the most Space Shuttle missions: 39[1]."),
    ("What was the last flight of Atlantis?",
     "Atlantis's last flight was STS-135: launched 8 July 2011, landed 21 July 2011[1]."),
    ("When was Unity launched?", "Unity, a module of the International Space Station, was launched on STS-88 (Space "
                                 "Shuttle Endeavour) on 4 December 1998[1]."),
    ("Who flew Faith 7?", "Gordon Cooper flew Faith 7 on Mercury-Atlas 9[1]."),
    ("Which Apollo mission had the lunar module Snoopy?",
     "Snoopy was the lunar module of Apollo 10, launched 18 May 1969[1]."),
    ("Eagle", "Eagle was the lunar module of Apollo 11, launched 16 July 1969[1]."),
    ("When did Columbia first fly?", "Columbia first flew on 12 April 1981, on STS-1[1]."),
    ("When was Challenger lost?", "Challenger was lost on 28 January 1986, on STS-51-L[1]: it broke apart 73 seconds "
                                  "after lift-off and all seven crew were killed."),
    ("Which mission had the lunar module Challenger?",
     "Challenger was the lunar module of Apollo 17, launched 7 December 1972[1]."),
    ("Which shuttle carried Destiny?", "Atlantis carried Destiny up on STS-98, launched 7 February 2001[1]."),
    ("What was the name of Glenn's capsule?", "Mercury-Atlas 6's capsule was Friendship 7[1]."),
    ("What does Zhurong mean?",
     "Zhurong, the rover of Tianwen-1, was named for a god of fire in Chinese mythology[1]."),
])
def test_the_answer_starts_with_what_was_asked(bot: Bot, question: str, answer: str) -> None:
    reply = bot.session().ask(question)
    assert reply.understood and reply.text.splitlines()[0] == answer, reply.text


@pytest.mark.parametrize(("question", "answer"), [
    ("Columbia", "Which Columbia do you mean: the command module of Apollo 11 or the Space Shuttle orbiter?"),
    ("Challenger", "Which Challenger do you mean: the lunar module of Apollo 17 or the Space Shuttle orbiter?"),
    ("Endeavour", "Which Endeavour do you mean: the command module of Apollo 15, the SpaceX Crew Dragon capsule "
                  "first flown on Crew Dragon Demo-2 or the Space Shuttle orbiter?"),
])
def test_a_name_several_craft_share_is_asked_back(bot: Bot, question: str, answer: str) -> None:
    reply = bot.session().ask(question)
    assert reply.clarify and reply.text == answer


def test_a_kind_the_mission_did_not_have_is_not_named(bot: Bot) -> None:
    text = bot.session().ask("What was the call sign of Apollo 8?").text
    assert text.splitlines()[:2] == [
        "Apollo 8's command module had no name of its own[1].",
        "Apollo 8 carried no lunar module, so its command module was called by the name of the mission, Apollo 8."]
    assert not bot.session().ask("What was the name of Apollo 8's lunar module?").understood


def test_why_a_craft_was_lost_is_the_accident_records_answer(bot: Bot) -> None:
    """The craft records say when and on which flight an orbiter was lost, not why: the mission's answer stands."""
    text = bot.session().ask("Why did the Challenger explode?").text
    assert text.startswith("STS-51-L (Challenger disaster) was a failure") and "O-ring" in text, text


def test_it_after_a_loss_is_the_flight_lost(bot: Bot) -> None:
    session = bot.session()
    session.ask("When did Challenger explode?")
    assert session.ask("why").text.startswith("STS-51-L (Challenger disaster) was a failure")
