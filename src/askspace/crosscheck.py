"""The checks of the knowledge base that need all of it: references between kinds, dates against the
knowledge base's date and the first launches, and names used by two entries.

``askspace.knowledge.load_knowledge`` runs :func:`cross_check` once every file is read; each problem is
reported with its file, key path and what to fix.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from askspace import model
from askspace.eventschema import check_events
from askspace.fields import DataError
from askspace.history import check_facts

if TYPE_CHECKING:
    from askspace.collector import Collector

FIRST_LAUNCH = dt.date(1957, 10, 4)  # Sputnik 1: nothing reached orbit before it
FIRST_IN_SPACE = dt.date(1944, 6, 20)  # V-2 MW 18014: the first rocket above 100 km (suborbital flights may be older)


def cross_check(c: Collector) -> None:
    """References, dates and aliases that need the whole knowledge base."""
    from askspace.craft import check_craft
    from askspace.crewlinks import check_people, link_crews  # only when loading
    from askspace.kindlinks import check_agencies, check_rockets, link_rockets
    from askspace.satschema import check_first_satellites

    def err(where: str, message: str) -> None:
        file, _, path = where.partition(": ")
        c.errors.append(DataError(file, path, message))

    states = {k: v for k, (v, _) in c.states.items()}
    for s, where in c.states.values():
        if s.successor and s.successor not in states:
            err(f"{where}.successor", f"unknown state {s.successor!r}")
    for b, where in c.bodies.values():
        if b.parent and b.parent not in c.bodies:
            err(f"{where}.parent", f"unknown body {b.parent!r}")
    for pr, where in c.programs.values():
        if pr.country not in states:
            err(f"{where}.country", f"unknown state {pr.country!r} (see states.yaml)")
    for m, where in c.missions.values():
        _check_mission(m, where, c, states, err)
    for table, kind in ((c.missions, "mission"), (c.programs, "program"), (c.states, "state"),
                        (c.people, "person"), (c.agencies, "agency"), (c.rockets, "rocket"), (c.topics, "topic"),
                        (c.engines, "engine"), (c.propellants, "propellant")):
        _check_aliases(table, kind, err)
    check_people(c.people, states, c.as_of, err)
    check_first_satellites(c.first_satellites, states, c.missions, c.as_of, err)
    link_crews(c.missions, c.people, err)
    from askspace.lorelinks import check_accidents, check_sayings

    check_sayings(c.famous_words, c.missions, c.people, c.as_of, err)
    check_accidents(c.accidents, c.missions, c.people, states, c.programs, c.as_of, err)
    check_agencies(c.agencies, states, c.as_of, err)
    check_rockets(c.rockets, c.agencies, states, c.as_of, err)
    link_rockets(c.missions, c.rockets, err)
    from askspace.groups import check_groups

    check_groups(c.astronaut_groups, states, c.people, err)
    from askspace.satsystems import check_systems

    check_systems(c.satellite_systems, states, c.missions, c.as_of, err)
    from askspace.explainers import check_explainers

    check_explainers(c.explainers, {"mission": c.missions, "program": c.programs, "rocket": c.rockets,
                                    "topic": c.topics}, err)
    from askspace.knownfor import check_known_for

    check_known_for(c.known_for, {"person": c.people, "mission": c.missions, "program": c.programs,
                                  "body": c.bodies, "craft": c.craft, "state": c.states}, err)
    check_facts(c.history, {"program": c.programs, "mission": c.missions, "person": c.people, "state": c.states,
                            "topic": c.topics}, err)
    from askspace.topicfacts import check_topics

    check_topics(c.topics, c.programs, err)
    from askspace.spacewalks import check_spacewalks

    check_spacewalks(c.spacewalks, c.people, c.missions, states, c.as_of, err)
    check_craft(c.craft, c.missions, states, c.as_of, err)
    from askspace.crewedflights import check_flights

    check_flights(c.crewed_flights, c, err)
    from askspace.enginelinks import check_engines

    check_engines(c.engines, c.propellants, {"agency": c.agencies, "rocket": c.rockets, "state": c.states},
                  c.as_of, err)
    from askspace.sitelinks import check_mission_places, check_places

    check_places(c.places, c.missions, states, c.agencies, c.as_of, err)
    check_mission_places(c.mission_places, c.places, c.missions, err)
    from askspace.rocketlinks import check_rocket_links

    check_rocket_links(c.rockets, c.agencies, c.places, err)
    _check_aliases(c.places, "place", err)


def _check_mission(m: model.Mission, where: str, c: Collector, states: dict[str, model.State],
                   err: Any) -> None:
    state = states.get(m.country)
    if state is None:
        err(f"{where}.country", f"unknown state {m.country!r} (see states.yaml)")
    elif (state.start and m.launch < state.start) or (state.end and m.launch > state.end):
        err(f"{where}.country",
            f"{state.name} did not exist on the launch date {m.launch.isoformat()}")
    if m.target not in c.bodies:
        err(f"{where}.target", f"unknown body {m.target!r} (see bodies.yaml)")
    if m.program and m.program not in c.programs:
        err(f"{where}.program", f"unknown program {m.program!r}")
    for i, other in enumerate(m.also_in):
        if other not in c.programs:
            err(f"{where}.also_in[{i}]", f"unknown program {other!r}")
        elif other == m.program:
            err(f"{where}.also_in[{i}]", f"{other!r} is already the mission's program; list only other programs")
    if m.part_of and m.part_of not in c.missions:
        err(f"{where}.part_of", f"unknown mission {m.part_of!r}")
    if m.twin and (m.twin not in c.missions or c.missions[m.twin][0].twin != m.id):
        err(f"{where}.twin", f"{m.twin!r} is no mission whose twin is {m.id!r} (name the twins both ways)")
    for i, e in enumerate(m.encounters):
        if e.body not in c.bodies:
            err(f"{where}.encounters[{i}].body", f"unknown body {e.body!r} (see bodies.yaml)")
        if e.date < m.launch:
            err(f"{where}.encounters[{i}].date",
                f"{e.date.isoformat()} is before the launch date {m.launch.isoformat()}")
    for i, member in enumerate(m.crew):
        if member.nationality and member.nationality not in states:
            err(f"{where}.crew[{i}].nationality", f"unknown state {member.nationality!r}")
        if member.landed and member.landed < m.launch:
            err(f"{where}.crew[{i}].landed", f"{member.landed.isoformat()} is before the launch date")
    if m.crew and not m.crewed:
        err(f"{where}.crew", "has a crew but 'crewed' is not among its types")
    if m.crewed and not m.crew:
        err(f"{where}.crew", "a crewed mission needs its crew")
    if m.launch < FIRST_LAUNCH and ("suborbital" not in m.types or m.launch < FIRST_IN_SPACE):
        first = "the first rocket to reach space (V-2 MW 18014)" if "suborbital" in m.types \
            else "the first launch to orbit (Sputnik 1); only a suborbital flight can be older"
        err(f"{where}.launch", f"{m.launch.isoformat()} is before {first}")
    dates = {"arrival": m.arrival, "end": m.end, "returned": m.returned,
             "landing.date": m.landing.date if m.landing else None}
    for key, value in dates.items():
        if value is not None and value < m.launch:
            err(f"{where}.{key}",
                f"{value.isoformat()} is before the launch date {m.launch.isoformat()}")
    check_events(m, where, c.bodies, c.missions, c.as_of, err)
    if m.end and m.status == "active":
        err(f"{where}.status", "an active mission cannot have an end date")
    if c.as_of:
        for key, value in {"launch": m.launch, **dates}.items():
            if value is not None and value > c.as_of:
                err(f"{where}.{key}",
                    f"{value.isoformat()} is after the knowledge base date {c.as_of.isoformat()}")


def _check_aliases(table: dict[str, Any], kind: str, err: Any) -> None:
    seen: dict[str, str] = {}
    for entry, where in table.values():
        names = [entry.name, *entry.aliases]
        for name in dict.fromkeys(n.casefold() for n in names):
            owner = seen.get(name)
            if owner is not None and owner != entry.id:
                err(f"{where}.aliases", f"alias {name!r} is also used by {kind} {owner!r}")
            seen.setdefault(name, entry.id)


