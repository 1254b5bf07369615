"""Personal records computed from the crews: longest flight (also solo), oldest and youngest to fly."""

from __future__ import annotations

from typing import TYPE_CHECKING

from askspace import compose, persons
from askspace.compose import day
from askspace.handlers.base import Ask, Reply
from askspace.handlers.persons import cite_person
from askspace.persons import Flight

if TYPE_CHECKING:
    from askspace.launchages import Launch
from askspace.spacelines import US_LINE, crossed

_SOLO = ("solo", "alone", "by himself", "by herself", "on his own", "on her own", "one person flight")
_ORBIT = ("orbit", "orbital", "orbited", "in orbit", "into orbit")


def record(a: Ask) -> Reply:
    """The record the question names, computed over every crew member in the records."""
    if a.q.has("oldest") or a.q.has("youngest"):
        return _age_record(a, oldest=a.q.has("oldest"))
    if not a.q.has("longest") and a.q.people:  # "Does Polyakov still hold it?"
        return _holds(a, a.q.people[0])
    return _longest(a)


def _by_length(flights: list[Flight]) -> list[Flight]:
    """Longest time in space first; ties by launch, then name (one ranking for every record answer)."""
    return sorted(flights, key=lambda f: (-(f.time_in_space.minutes if f.time_in_space else 0),
                                          f.mission.launch, f.name))


def _by_age(pool: list[Flight], oldest: bool) -> Flight:
    """The oldest (or youngest) on the launch day; ties by launch, then name."""
    sign = -1 if oldest else 1
    return min(pool, key=lambda f: (sign * (f.age_days or 0), f.mission.launch, f.name))


def _holders(a: Ask) -> list[tuple[str, Flight]]:
    """Each record computed here with the flight that holds it."""
    timed = [f for f in persons.all_flights(a.kb) if f.time_in_space is not None]
    aged = [f for f in persons.all_flights(a.kb) if f.age_days is not None]
    out = []
    if timed:
        out.append(("longest single spaceflight", _by_length(timed)[0]))
        solo = [f for f in timed if len(f.mission.crew) == 1]
        if solo:
            out.append(("longest solo spaceflight", _by_length(solo)[0]))
    for word in ("oldest", "youngest"):
        for where, pool in (("in space", aged), ("in orbit", [f for f in aged if f.orbital])):
            if pool:
                out.append((f"{word} person to fly {where}", _by_age(pool, word == "oldest")))
    return out


def _holds(a: Ask, name: str) -> Reply:
    """Whether a person holds one of the records computed here, and which."""
    holders = _holders(a)
    r = a.reply([], bodies=["earth"])
    held = [(what, f) for what, f in holders if f.name == name]
    if held:
        r.use(*(f.mission for _, f in held))
        what, f = held[0]
        also = f" (also: {compose.join([w for w, _ in held[1:]])})" if len(held) > 1 else ""
        r.lines.append(f"Yes: {name} holds the record for the {what} in my records (to {day(a.kb.as_of)}), on "
                       f"{f.mission.name}, {day(f.mission.launch)}{cite_person(r, f.mission, name)}{also}.")
    else:
        r.use(*(f.mission for _, f in holders))
        r.lines.append(f"No: {name} holds none of the records I compute: " + "; ".join(
            f"{what}: {f.name} ({f.mission.name})" for what, f in holders) + ".")
    r.states = [a.kb.missions[r.facts[0]].country] if r.facts else []
    return r


def _verdict(a: Ask, holder: str) -> str:
    """ "Yes: " or "No: " when the question names a person ("Does Polyakov still hold ...")."""
    named = list(a.q.people)
    if not named:
        return ""
    return "Yes: " if holder in named else "No: "


def _what(f: Flight | Launch) -> str:
    return "in orbit" if f.orbital else f"a suborbital flight{', ' + crossed(f.line) if f.line else ''}"


def _longest(a: Ask) -> Reply:
    solo = any(a.q.has(p) for p in _SOLO)
    flights = [f for f in persons.all_flights(a.kb) if f.time_in_space is not None
               and (not solo or len(f.mission.crew) == 1)]
    r = a.reply([], bodies=["earth"])
    if not flights:
        r.lines.append("My records have no crewed flights with known dates.")
        return r

    ranked = _by_length(flights)
    best = ranked[0]
    m = best.mission
    r.use(m)
    r.states = [m.country]
    kind = "solo spaceflight (one person aboard)" if solo else "single spaceflight"
    back = f" in {best.member.landed_in}" if best.member.landed_in else ""
    duration = best.time_in_space
    r.lines.append(f"{_verdict(a, best.name)}the longest {kind} in my records is {best.name}'s: "
                   f"{duration.text if duration else ''}, launched on {m.name} on {day(m.launch)} and back on "
                   f"Earth on {day(best.down)}{back}{cite_person(r, m, best.name)}.")
    r.lines[0] = compose.capitalise(r.lines[0])
    runner = next((f for f in ranked[1:] if f.name != best.name), None)
    if runner is not None and runner.time_in_space is not None:
        r.use(runner.mission)
        r.lines.append(f"Next: {runner.name}, {runner.time_in_space.text} on {runner.mission.name} "
                       f"({day(runner.mission.launch)}){cite_person(r, runner.mission, runner.name)}.")
    people = {f.name for f in flights}
    r.lines.append(f"Counted: each person's time from launch to landing on one flight, over {len(flights)} "
                   f"flights of {len(people)} people in my records (to {day(a.kb.as_of)}).")
    return r


def _age_record(a: Ask, oldest: bool) -> Reply:
    from askspace import launchages  # the entries' dated flights are read only for an age record

    only_orbit = any(a.q.has(p) for p in _ORBIT)
    aged = launchages.launches(a.kb)
    r = a.reply([], bodies=["earth"])
    if not aged:
        r.lines.append("My records have no dates of birth, so I cannot tell.")
        return r
    word = "oldest" if oldest else "youngest"
    pools = [("in orbit", [x for x in aged if x.orbital])] if only_orbit else [("in space", aged)]
    top = launchages.pick(pools[0][1], oldest) if pools[0][1] else None
    if top is not None and not only_orbit and not top.orbital:
        pools.append(("in orbit", [x for x in aged if x.orbital]))
    lines = []
    for i, (where, pool) in enumerate(pools):
        if not pool:
            continue
        x = launchages.pick(pool, oldest)
        how = f" ({_what(x)})" if where == "in space" else ""
        lead = f"{_verdict(a, x.name)}the {word} person to fly {where} in my records" if i == 0 \
            else f"The {word} to fly in orbit"
        if x.mission is not None:
            r.use(x.mission)
            cited = cite_person(r, x.mission, x.name)  # the flight's sources, then the birth date's when another
        else:
            cited = "".join(r.citations.add(s) for s in x.sources())
        source = persons.birth_source(x.person)
        born = mark if source and (mark := r.citations.add(source)) not in cited else ""
        lines.append(f"{lead} was {x.name}, aged {x.age}, on {x.label}{how}, {day(x.day)}{cited}{born}.")
    first = launchages.pick(pools[0][1], oldest) if pools[0][1] else None
    states = list(first.person.nationalities[-1:]) if first else []
    r.states = [a.kb.missions[r.facts[0]].country] if r.facts else states
    r.lines.extend(compose.capitalise(line) for line in lines)
    people = launchages.flyers(a.kb)
    known = {x.name for x in aged}
    line = "" if only_orbit else f"; a suborbital flight counts when it crossed {US_LINE}"
    r.lines.append(f"Counted: age on the launch day, for the {compose.number_word(len(known))} of the "
                   f"{len(people)} people with a dated flight in my records (the crews of my mission records and "
                   f"the flights people's entries date) whose full date of birth I have{line}.")
    return r
