"""Questions of fact over the knowledge base: which missions did an event, when.

The event rules are the counting rules of ``knowledge/README.md``; each carries the
sentence an answer uses to state it.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from itertools import compress, repeat
from operator import attrgetter, eq
from typing import NamedTuple

from askspace.model import KnowledgeBase, Mission


class EventRule(NamedTuple):
    """What counts as an event, the date it happened, and how answers phrase it."""

    name: str
    test: Callable[[Mission], bool]
    when: Callable[[Mission], dt.date | None]
    verb: str  # after "have": "soft-landed on"
    past: str  # after "that": "soft-landed on", "flew past"
    base: str  # after "did not": "soft-land on", "fly past"
    noun: str  # "soft landing"
    rule: str  # the counting rule in one clause
    is_landing: bool = False


def _landing_date(m: Mission) -> dt.date | None:
    return m.landing.date if m.landing else None


def _arrived(m: Mission) -> bool:
    return m.arrival is not None and m.outcome != "failure"


def _in_earth_orbit(m: Mission) -> bool:
    """An Earth satellite or crewed orbital flight that reached orbit."""
    in_orbit_types = {"satellite", "space-station", "telescope"}
    return m.target == "earth" and bool(in_orbit_types & set(m.types)) and m.outcome != "failure"


def _sample_date(m: Mission) -> dt.date | None:
    """When the samples reached Earth (for crewed flights: the splashdown at the end)."""
    return m.returned or (m.end if m.crewed else None)


def _returned_samples(m: Mission) -> bool:
    crewed_landing = bool(m.landing and m.landing.crewed and m.landing.is_soft)
    return ("sample-return" in m.types and m.outcome != "failure") or crewed_landing


RULES: dict[str, EventRule] = {
    "land": EventRule(
        "land", lambda m: bool(m.landing and m.landing.heard_from_surface), _landing_date,
        "soft-landed on", "soft-landed on", "soft-land on", "soft landing",
        "a soft landing counts when the lander sent signals from the surface", True),
    "land-worked": EventRule(
        "land-worked", lambda m: bool(m.landing and m.landing.worked), _landing_date,
        "landed and worked on", "landed and worked on", "land and work on", "working landing",
        "counting only landers that went on working", True),
    "crewed-land": EventRule(
        "crewed-land", lambda m: bool(m.landing and m.landing.crewed and m.landing.is_soft),
        _landing_date, "landed people on", "landed people on", "land people on", "crewed landing",
        "only landings with people aboard count", True),
    "reach": EventRule(
        "reach", lambda m: bool(m.landing and m.landing.reached_surface), _landing_date,
        "reached the surface of", "reached the surface of", "reach the surface of",
        "arrival at the surface",
        "any craft that reached the surface counts: soft landings, impacts and crashes", True),
    "impact": EventRule(
        "impact", lambda m: bool(m.landing and m.landing.result in ("impact", "crash")),
        _landing_date, "hit", "hit", "hit", "impact", "deliberate impacts and crashes both count", True),
    "deliberate-impact": EventRule(
        "deliberate-impact", lambda m: bool(m.landing and m.landing.result == "impact"), _landing_date,
        "deliberately hit", "deliberately hit", "deliberately hit", "deliberate impact",
        "only craft sent to hit the surface on purpose count (impactors, and orbiters crashed at the end of "
        "their missions); accidental crashes do not"),
    "orbit": EventRule(
        "orbit", lambda m: ("orbiter" in m.types and _arrived(m)) or _in_earth_orbit(m),
        lambda m: m.arrival or (m.launch if _in_earth_orbit(m) else None),
        "orbited", "orbited", "orbit", "orbit", "a spacecraft counts when it entered orbit around the body"),
    "flyby": EventRule(
        "flyby", lambda m: "flyby" in m.types and _arrived(m), lambda m: m.arrival,
        "flown past", "flew past", "fly past", "flyby", "a spacecraft counts when it flew past the body"),
    "visit": EventRule(
        "visit", lambda m: _arrived(m) or bool(m.landing and m.landing.reached_surface),
        lambda m: m.arrival or _landing_date(m), "reached", "reached", "reach", "arrival",
        "a spacecraft counts when it flew past, orbited or reached the surface of the body"),
    "sample-return": EventRule(
        "sample-return", _returned_samples, _sample_date,
        "returned samples from", "returned samples from", "return samples from", "sample return",
        "missions that brought samples back to Earth count, crewed landings included"),
    "rover": EventRule(
        "rover", lambda m: "rover" in m.types and bool(m.landing and m.landing.worked),
        _landing_date, "driven a rover on", "drove a rover on", "drive a rover on", "rover",
        "a rover counts when its lander worked on the surface", True),
    "launch": EventRule(
        "launch", lambda m: True, lambda m: m.launch, "launched missions to", "were launched to",
        "launch to", "launch", "every launch toward the body counts, failures included"),
}


_PREPOSITIONS = {"reach": "of", "orbit": "of", "flyby": "of", "visit": "at", "sample-return": "from",
                 "launch": "to"}


def first_verb(rule: EventRule) -> str:
    """The verb after "first": 'soft-landed on', 'drove a rover on', 'sent a mission to'."""
    return "sent a mission to" if rule.name == "launch" else rule.past


def cosmonaut_states(said: Callable[[str], bool]) -> tuple[str, ...]:
    """The states a question's "cosmonaut" flew for, when it says the word (``said``: ``Question.has``)."""
    return ("ussr", "russia") if said("cosmonaut") or said("cosmonauts") else ()


def with_crew(rule: EventRule, crewed: bool | None) -> EventRule:
    """The rule phrased for the crewed events a question asks about: "sent people to orbit", "crewed orbit" (a
    crewed landing has its own rule; a robotic event is phrased as any: "the first flyby of Jupiter")."""
    if not crewed or rule.name == "crewed-land":
        return rule
    return rule._replace(verb=f"sent people to {rule.base}", past=f"sent people to {rule.base}",
                         noun=f"crewed {rule.noun}")


def event_phrase(rule: EventRule, body_name: str) -> str:
    """'soft landing on the Moon', 'orbit of Mars', 'sample return from the Moon'."""
    return f"{rule.noun} {_PREPOSITIONS.get(rule.name, 'on')} {body_name}"


def rule_for(events: Iterable[str], crewed: bool | None) -> EventRule:
    """The event rule a question asks about (soft landing when unclear)."""
    events = list(events)
    if crewed and ("land" in events or not events):
        return RULES["crewed-land"]
    for name in ("rover", "sample-return", "deliberate-impact", "impact", "land", "orbit", "flyby", "visit",
                 "reach", "launch"):
        if name in events:
            return RULES[name]
    return RULES["land"]


def having(found: Sequence[Mission], get: Callable[[Mission], object], value: object) -> list[Mission]:
    """The missions of ``found`` whose ``get`` equals ``value``, in order (one pass in C).

    >>> having([], attrgetter("outcome"), "success")
    []
    """
    return list(compress(found, map(eq, map(get, found), repeat(value))))


def once_each(kb: KnowledgeBase, found: Iterable[Mission]) -> list[Mission]:
    """A mission seen at two bodies counts once, as itself if it can (not as a view at another body)."""
    unique: dict[str, Mission] = {}
    for m in found:
        if m.id not in unique or m is kb.missions[m.id]:
            unique[m.id] = m
    return list(unique.values())


def missions(kb: KnowledgeBase, *, body: str | None = None, states: Iterable[str] = (),
             program: str | None = None, crewed: bool | None = None) -> list[Mission]:
    """Missions matching the filters, by launch date (remembered per knowledge base)."""
    wanted = frozenset(states)
    key = ("missions", body, wanted, program, crewed)
    found = kb.memo.get(key)
    if found is None and not (wanted or program or crewed is not None):
        found = kb.missions_sorted(body)
    elif found is None:
        if program:  # start from the smallest group the index holds
            chosen: Sequence[Mission] = kb.missions_of(body, program=program)
        elif len(wanted) == 1:
            chosen = kb.missions_of(body, country=next(iter(wanted)))
        else:
            chosen = kb.missions_sorted(body)
        if len(wanted) > 1 or (wanted and program):
            chosen = list(compress(chosen, map(wanted.__contains__, map(attrgetter("country"), chosen))))
        if crewed is not None:
            chosen = having(chosen, attrgetter("crewed"), crewed)
        found = tuple(chosen)
        kb.memo[key] = found
    return list(found)


def events(kb: KnowledgeBase, rule: EventRule, body: str | None, states: Iterable[str] = (),
           crewed: bool | None = None) -> list[Mission]:
    """Missions that satisfy ``rule`` at ``body``, by the event's date (remembered)."""
    wanted = frozenset(states)
    key = ("events", rule.name, body, wanted, crewed)
    found = kb.memo.get(key)
    if found is None:
        found = tuple(by_event_date([m for m in missions(kb, body=body, states=wanted, crewed=crewed)
                                     if rule.test(m)], rule))
        kb.memo[key] = found
    return list(found)


def by_event_date(found: Iterable[Mission], rule: EventRule) -> list[Mission]:
    """Missions ordered by the date of the event, ties broken by id."""
    far = dt.date.max
    return sorted(found, key=lambda m: (rule.when(m) or far, m.id))


def nearest_event(kb: KnowledgeBase, rule: EventRule, body: str | None, states: Iterable[str],
                  start: dt.date, backwards: bool, exclude: str, programs: Sequence[str] = ()) -> Mission | None:
    """The last event before ``start`` (or the first after it) at ``body``, other than mission ``exclude`` (and
    of one of ``programs``, when given: "the next Apollo landing after Apollo 12").

    A binary search over the remembered events, which are in event-date order (undated ones last).
    """
    found = events(kb, rule, body, states)
    if programs:
        found = [m for m in found if any(m.in_program(p) for p in programs)]
    n = _dated_count(found, rule)
    dated, undated = found[:n], found[n:]

    def when(m: Mission) -> dt.date:
        return rule.when(m) or m.launch
    if backwards:
        earlier = [m for m in undated if when(m) < start and m.id != exclude]
        if earlier:
            return earlier[-1]
        i = bisect_left(dated, start, key=when)
        return next((m for m in reversed(dated[:i]) if m.id != exclude), None)
    i = bisect_right(dated, start, key=when)
    later = [m for m in undated if when(m) > start and m.id != exclude]
    return next((m for m in dated[i:] if m.id != exclude), later[0] if later else None)


def _dated_count(found: list[Mission], rule: EventRule) -> int:
    """How many of ``found`` (in event-date order, undated last) have an event date."""
    n = len(found)
    while n and rule.when(found[n - 1]) is None:
        n -= 1
    return n


def firsts_by_state(kb: KnowledgeBase, rule: EventRule, body: str, crewed: bool | None = None,
                    keep: Callable[[Mission], bool] = lambda m: True) -> dict[str, Mission]:
    """Each state's first mission that satisfies ``rule`` on ``body``, in date order."""
    firsts: dict[str, Mission] = {}
    for m in events(kb, rule, body, crewed=crewed):
        if keep(m):
            firsts.setdefault(m.country, m)
    return firsts


def landing_attempts(kb: KnowledgeBase, body: str) -> list[Mission]:
    """Every mission that aimed at the surface of ``body`` and has a landing record."""
    return [m for m in missions(kb, body=body) if m.landing is not None]


def tried_to_land(m: Mission, bodies: tuple[str, ...] = ()) -> bool:
    """A lander (or crewed craft) that went down to the surface of one of ``bodies`` (any, if none):
    an impactor's hit is not a landing attempt."""
    return (m.landing is not None and m.landing.result != "impact" and (not bodies or m.target in bodies)
            and ("lander" in m.types or "penetrator" in m.types or m.crewed))


def failed_landings(kb: KnowledgeBase, body: str, rule: EventRule) -> list[Mission]:
    """Landers (not impactors) that tried to land on ``body`` and do not satisfy ``rule`` (remembered)."""
    key = ("failed-landings", body, rule.name)
    found = kb.memo.get(key)
    if found is None:
        found = tuple(m for m in landing_attempts(kb, body)
                      if tried_to_land(m, (body,)) and not rule.test(m) and (rule.name != "crewed-land" or m.crewed))
        kb.memo[key] = found
    return list(found)


def build_event_index(kb: KnowledgeBase) -> None:
    """At load: every rule's events at every body (and anywhere), so no question pays for the first scan."""
    targets = sorted({m.target for m in kb.missions.values()} | {e.body for m in kb.missions.values()
                                                                   for e in m.encounters})
    for rule in RULES.values():
        events(kb, rule, None)
        for body in targets:
            events(kb, rule, body)
            if rule.is_landing:
                failed_landings(kb, body, rule)


def expand_states(kb: KnowledgeBase, ids: Iterable[str]) -> list[str]:
    """State ids plus the states people name loosely by them (Russia -> Soviet Union)."""
    out: list[str] = []
    for sid in ids:
        out.append(sid)
        for s in kb.states.values():
            loose = {a.casefold() for a in s.loose_aliases}
            state = kb.states.get(sid)
            if state and {state.short.casefold(), state.name.casefold()} & loose:
                out.append(s.id)
    return list(dict.fromkeys(out))
