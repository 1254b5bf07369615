"""The facts people ask about most, pinned so that a data edit that breaks one fails loudly."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from askspace import queries
from askspace.bot import Bot


def firsts(bot: Bot, rule: str, body: str) -> dict[str, tuple[str, str]]:
    found = queries.firsts_by_state(bot.kb, queries.RULES[rule], body)
    return {state: (m.id, str(queries.RULES[rule].when(m))) for state, m in found.items()}


def test_soft_landings_on_the_moon(bot: Bot) -> None:
    assert firsts(bot, "land", "moon") == {
        "ussr": ("luna-9", "1966-02-03"),
        "usa": ("surveyor-1", "1966-06-02"),
        "china": ("change-3", "2013-12-14"),
        "india": ("chandrayaan-3", "2023-08-23"),
        "japan": ("slim", "2024-01-19"),
    }


def test_soft_landings_on_mars(bot: Bot) -> None:
    assert firsts(bot, "land", "mars") == {
        "ussr": ("mars-3", "1971-12-02"),
        "usa": ("viking-1", "1976-07-20"),
        "china": ("tianwen-1", "2021-05-14"),
    }
    assert firsts(bot, "land-worked", "mars") == {
        "usa": ("viking-1", "1976-07-20"),
        "china": ("tianwen-1", "2021-05-14"),
    }


@pytest.mark.parametrize(("mission", "result", "operated", "date"), [
    ("beagle-2", "soft", "none", "2003-12-25"),
    ("schiaparelli", "crash", None, "2016-10-19"),
    ("mars-2", "crash", None, "1971-11-27"),
    ("mars-3", "soft", "brief", "1971-12-02"),
    ("luna-2", "impact", None, "1959-09-13"),
    ("apollo-11", "soft", "yes", "1969-07-20"),
    ("apollo-17", "soft", "yes", "1972-12-11"),
    ("venera-7", "soft", "yes", "1970-12-15"),
    ("huygens", "soft", "yes", "2005-01-14"),
])
def test_landing_records(bot: Bot, mission: str, result: str, operated: str | None, date: str) -> None:
    landing = bot.kb.missions[mission].landing
    assert landing is not None
    assert (landing.result, landing.operated, str(landing.date)) == (result, operated, date)


def test_first_to_reach_the_moon_and_crewed_landings(bot: Bot) -> None:
    reach = queries.RULES["reach"]
    first = queries.by_event_date([m for m in queries.missions(bot.kb, body="moon") if reach.test(m)], reach)
    assert (first[0].id, str(first[0].landing.date if first[0].landing else None)) == ("luna-2", "1959-09-13")
    crewed = [m.id for m in queries.missions(bot.kb, body="moon") if queries.RULES["crewed-land"].test(m)]
    assert crewed == ["apollo-11", "apollo-12", "apollo-14", "apollo-15", "apollo-16", "apollo-17"]


def luna_before(bot: Bot, day: dt.date) -> tuple[list[str], list[str]]:
    luna = [m for m in queries.missions(bot.kb, program="luna") if m.launch < day]
    return ([m.id for m in luna if m.outcome == "success"], [m.id for m in luna if m.outcome == "partial"])


def test_luna_counts_at_soviet_mars_milestones(bot: Bot) -> None:
    soviet_mars = queries.missions(bot.kb, body="mars", states=["ussr"])
    assert (soviet_mars[0].id, str(soviet_mars[0].launch)) == ("mars-1960a", "1960-10-10")
    assert luna_before(bot, soviet_mars[0].launch) == (["luna-2", "luna-3"], ["luna-1"])
    mars_2 = bot.kb.missions["mars-2"]
    assert str(mars_2.launch) == "1971-05-19"
    successes, _ = luna_before(bot, mars_2.launch)
    assert successes == ["luna-2", "luna-3", "luna-9", "luna-10", "luna-12", "luna-13", "luna-14",
                         "luna-16", "luna-17"]


@pytest.mark.parametrize(("rule", "body", "mission", "date"), [
    ("flyby", "mars", "mariner-4", "1965-07-15"),
    ("orbit", "mars", "mariner-9", "1971-11-14"),
    ("orbit", "moon", "luna-10", "1966-04-03"),
    ("flyby", "venus", "mariner-2", "1962-12-14"),
    ("land", "venus", "venera-7", "1970-12-15"),
    ("sample-return", "moon", "apollo-11", "1969-07-24"),
    ("rover", "moon", "luna-17", "1970-11-17"),
    ("rover", "mars", "mars-pathfinder", "1997-07-04"),
])
def test_firsts_of_each_kind(bot: Bot, rule: str, body: str, mission: str, date: str) -> None:
    r = queries.RULES[rule]
    found = queries.by_event_date([m for m in queries.missions(bot.kb, body=body) if r.test(m)], r)
    assert (found[0].id, str(r.when(found[0]))) == (mission, date)


@pytest.mark.parametrize(("mission", "launch"), [
    ("sputnik-1", "1957-10-04"), ("vostok-1", "1961-04-12"), ("mercury-redstone-3", "1961-05-05"),
    ("mercury-atlas-6", "1962-02-20"), ("vostok-6", "1963-06-16"), ("voskhod-2", "1965-03-18"),
    ("shenzhou-5", "2003-10-15"), ("apollo-11", "1969-07-16"), ("luna-9", "1966-01-31"),
    ("viking-1", "1975-08-20"), ("tianwen-1", "2020-07-23"), ("mars-3", "1971-05-28"),
])
def test_launch_dates(bot: Bot, mission: str, launch: str) -> None:
    assert str(bot.kb.missions[mission].launch) == launch


def test_states_are_told_apart(bot: Bot) -> None:
    kb = bot.kb
    assert {m.country for m in kb.missions.values() if m.program == "luna"} == {"ussr"}
    assert kb.missions["luna-25"].country == "russia"
    assert kb.states["ussr"].end == dt.date(1991, 12, 26) and kb.states["ussr"].successor == "russia"
    assert kb.states["esa"].kind == "agency"
    assert kb.missions["im-1"].country == "usa" and kb.missions["hakuto-r-m1"].country == "japan"


def test_texts_people_read_name_missions_not_ids(bot: Bot) -> None:
    """Notes, summaries and outcomes are shown to users: 'see mercury-atlas-6' leaks an internal id."""
    kb = bot.kb
    leak = re.compile(r"\bsee ([a-z0-9]+(?:-[a-z0-9]+)+)\b")
    found = [(m.id, hit) for m in kb.missions.values()
             for text in (m.summary or "", m.outcome_reason, *m.notes, *m.firsts)
             for hit in leak.findall(text) if hit in kb.missions]
    assert found == []
