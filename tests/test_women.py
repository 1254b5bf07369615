"""Women in space: the crews' sex is complete, and computed firsts agree with the recorded firsts."""

from __future__ import annotations

import re

from askspace import persons
from askspace.bot import Bot
from askspace.model import SEXES

_RECORDED = re.compile(r"first (?:(?P<adj>[\w ]+?) )?woman in space \((?P<name>[^,)]+)")


def test_every_crew_member_has_a_sex(bot: Bot) -> None:
    members = [c for m in bot.kb.missions.values() for c in m.crew]
    assert {c.sex for c in members} == set(SEXES)
    assert (len(members), len({c.name for c in members})) == (270, 227)
    assert len({c.name for c in members if c.woman}) == 33


def test_computed_firsts_agree_with_recorded_firsts(bot: Bot) -> None:
    kb = bot.kb
    women = [f for f in persons.all_flights(kb) if f.member.woman and f.reached_space]
    checked = []
    for m in kb.missions_sorted():
        for phrase in m.firsts:
            found = _RECORDED.search(phrase)
            if not found:
                continue
            adj = (found["adj"] or "").casefold()
            states = [s.id for s in kb.states.values()
                      if adj and adj in {w.casefold() for w in (s.adjective, *s.aliases)}]
            pool = [f for f in women if persons.nationality(f) in states] if adj else women
            assert pool[0].name == found["name"], phrase
            checked.append(found["name"])
    assert sorted(set(checked)) == ["Helen Sharman", "Liu Yang", "Sally Ride", "Valentina Tereshkova"]


def test_challenger_did_not_reach_space(bot: Bot) -> None:
    short = {f.mission.id for f in persons.all_flights(bot.kb) if not f.reached_space}
    assert short == {"sts-51-l", "soyuz-ms-10"}


def test_first_woman_on_the_moon_is_a_false_premise(bot: Bot) -> None:
    answer = bot.session().ask("Who was the first woman to set foot on the Moon?")
    assert answer.intent == "women_first"
    assert answer.text.splitlines()[0] == (
        "No woman has walked on the Moon (my records run to 31 December 2025): the twelve people who did, on "
        "six flights from 20 July 1969 to 11 December 1972, were all men[1][2][3][4][5][6].")


def test_computed_roles_agree_with_recorded_firsts(bot: Bot) -> None:
    """ "first woman to command / pilot a Space Shuttle ..." is the first woman with that role on a Shuttle flight."""
    kb = bot.kb
    checked = []
    for m in kb.missions_sorted():
        for phrase in m.firsts:
            found = re.match(r"first woman to (command|pilot) a Space Shuttle[\w ]*\((?P<name>[^)]+)\)", phrase)
            if not found:
                continue
            role = "Commander" if found[1] == "command" else "Pilot"
            shuttle = [f for f in persons.all_flights(kb) if f.mission.program == m.program and f.member.woman
                       and f.member.role == role]
            assert (shuttle[0].name, shuttle[0].mission.id) == (found["name"], m.id), phrase
            checked.append(m.id)
    assert checked == ["sts-63", "sts-93"]
