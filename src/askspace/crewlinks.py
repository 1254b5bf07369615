"""Cross-checks of the people and the links from each mission's crew rows to them.

Each crew row names a person (``knowledge/people``) by name or alias; loading sets the
row's ``person`` id, each person's ``missions``, and, for someone whose crew row says they
died on the flight and whose entry gives no death date, the date and cause from the mission.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from askspace import model
from askspace.flightlog import pack, records_of
from askspace.missionindex import BY_LAUNCH

Err = Callable[[str, str], None]
Table = dict[str, tuple[model.Person, str]]


def check_people(people: Table, states: dict[str, model.State], as_of: dt.date | None, err: Err) -> None:
    """References to states, and dates that contradict each other or the knowledge base date."""
    for person, where in people.values():
        for i, state in enumerate(person.nationalities):
            if state not in states:
                err(f"{where}.nationalities[{i}]", f"unknown state {state!r} (see states.yaml)")
        if person.died and person.born and person.died <= person.born:
            err(f"{where}.died", f"{person.died.isoformat()} is not after the birth date {person.born.isoformat()}")
        for key in ("died", "counted_to"):
            value = getattr(person, key)
            if as_of and value and value > as_of:
                err(f"{where}.{key}", f"{value.isoformat()} is after the knowledge base date {as_of.isoformat()}")


def name_index(people: Table) -> dict[str, str]:
    """Each name and alias, casefolded, to the person's id (aliases are unique, as checked elsewhere)."""
    index: dict[str, str] = {}
    for person, _ in people.values():
        for name in (person.name, *person.aliases):
            index.setdefault(name.casefold(), person.id)
    return index


def link_crews(missions: dict[str, tuple[model.Mission, str]], people: Table, err: Err) -> None:
    """Resolve every crew row to a person (in place); unresolved names and contradictions are errors."""
    index = name_index(people)
    flown: dict[str, list[model.Mission]] = {}
    for mission_id, (m, where) in missions.items():
        if not m.crew:
            continue
        crew, linked = [], []
        for i, member in enumerate(m.crew):
            found = next((index[n.casefold()] for n in (member.name, *member.aliases) if n.casefold() in index), None)
            if found is None:
                err(f"{where}.crew[{i}].name",
                    f"{member.name!r} is not a person in knowledge/people (add the person, or this name as an alias)")
                crew.append(member)
                continue
            person = people[found][0]
            if person.sex != member.sex:
                err(f"{where}.crew[{i}].sex", f"{member.sex!r}, but {person.name} ({found}) is {person.sex!r}")
            if person.born and person.born >= m.launch:
                err(f"{where}.crew[{i}].name", f"{person.name} was born after the launch date")
            linked.append(found)
            crew.append(member._replace(person=found))
        missions[mission_id] = (m._replace(crew=tuple(crew)), where)
        for person_id in dict.fromkeys(linked):
            flown.setdefault(person_id, []).append(missions[mission_id][0])
    lines: dict[str, tuple[str, str]] = {}
    for person_id, flights in flown.items():
        person, where = people[person_id]
        flights.sort(key=BY_LAUNCH)
        people[person_id] = (person := _with_flights(person, flights), where)
        if person.flown:
            _check_flown(person, where, flights, err)
            _check_lines(person, where, flights, lines, err)


def _check_flown(person: model.Person, where: str, missions: list[model.Mission], err: Err) -> None:
    """Every mission that names the person, to the date their flights are counted to, is one of ``flown``."""
    linked = {f.mission for f in records_of(person.flown)}
    for m in missions:
        if m.id not in linked and not (person.counted_to and m.launch > person.counted_to):
            err(f"{where}.flown", f"no flight is {m.name} ({m.launch.isoformat()}), whose crew names "
                                  f"{person.name}: add it, or its name as the flight's name or title")


def _check_lines(person: model.Person, where: str, missions: list[model.Mission],
                 lines: dict[str, tuple[str, str]], err: Err) -> None:
    """A flight linked to a suborbital mission says which line it crossed, the same for the whole crew; a flight
    linked to an orbital one says none (it crossed both)."""
    by_id = {m.id: m for m in missions}
    for i, f in enumerate(records_of(person.flown)):
        m = by_id.get(f.mission or "")
        if m is None or not f.reached_space:
            continue
        if "suborbital" not in m.types and f.line:
            err(f"{where}.flown[{i}].line", f"{m.name} is not suborbital: an orbital flight crossed both lines, "
                                            "remove 'line'")
        elif "suborbital" in m.types and not f.line:
            err(f"{where}.flown[{i}]", f"{m.name} is suborbital: say which line it crossed (line: 100km or 80km)")
        elif f.line and lines.setdefault(m.id, (f.line, person.name))[0] != f.line:
            other, who = lines[m.id]
            err(f"{where}.flown[{i}].line", f"{f.line}, but {who}'s flight on {m.name} says {other}")


def _with_flights(person: model.Person, flights: list[model.Mission]) -> model.Person:
    """The person with their missions (each flight of ``flown`` linked to its mission), and a death on
    one of them when the entry has none."""
    person = person._replace(missions=tuple(m.id for m in flights), flown=_linked(person.flown, flights))
    died = next(((m, c) for m in flights for c in m.crew if c.person == person.id and c.died), None)
    if died is None or person.died:
        return person
    m = died[0]
    return person._replace(died=m.end or m.launch, death_cause=f"killed on {m.name}")


def _plain(name: str) -> str:
    return re.sub(r"[\s\-–]", "", name).casefold()


def _linked(packed: str, missions: list[model.Mission]) -> str:
    """The flights with the ids of the missions they are: by name ("STS-111", or the title "Expedition 5"),
    else the one mission left in the flight's year when one flight is left in it ("MA-6" is Friendship 7)."""
    flights = list(records_of(packed))
    names = {_plain(n): m for m in missions for n in (m.name, *m.aliases)}
    left = list(missions)
    for i, f in enumerate(flights):
        m = next((names[k] for n in (f.name, f.title) if n and (k := _plain(n)) in names), None)
        if m is not None and m in left:
            flights[i] = f._replace(mission=m.id)
            left.remove(m)
    for i, f in enumerate(flights):
        same = [m for m in left if m.launch.year == f.year]
        if f.mission is None and len(same) == 1 and sum(g.mission is None and g.year == f.year for g in flights) == 1:
            flights[i] = f._replace(mission=same[0].id)
            left.remove(same[0])
    return pack(tuple(flights)) if flights else packed

