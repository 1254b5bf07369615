"""Cross-checks of famous words and accidents against the rest of the knowledge base.

Every person id must be in ``knowledge/people``, every mission id in ``knowledge/missions``, every
state in ``states.yaml``; dates must fit the mission they belong to, and an accident on a mission must
name the same dead as the mission's crew rows. Each problem names the file, the key path and the fix.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from askspace import model
from askspace.lore import Accident, Saying

Err = Callable[[str, str], None]
Table = dict[str, tuple[Any, str]]


def _person(pid: str, people: Table, where: str, err: Err) -> None:
    if pid not in people:
        err(where, f"unknown person {pid!r}: use an id from knowledge/people (or give the name in the "
                   "'..._names' list when the person never flew)")


def _within(day: dt.date, m: model.Mission, where: str, err: Err) -> None:
    """A date that belongs to a mission must fall between its launch and its end."""
    if day < m.launch or (m.end and day > m.end):
        end = f" to {m.end.isoformat()}" if m.end else ""
        err(where, f"{day.isoformat()} is outside {m.name}'s flight ({m.launch.isoformat()}{end}); "
                   "fix the date or the mission")


def check_sayings(sayings: Table, missions: Table, people: Table, as_of: dt.date | None, err: Err) -> None:
    """Speakers, missions and dates of the famous words."""
    for s, where in sayings.values():
        assert isinstance(s, Saying)
        for i, pid in enumerate(s.speakers):
            _person(pid, people, f"{where}.speakers[{i}]", err)
        if s.mission not in missions:
            err(f"{where}.mission", f"unknown mission {s.mission!r}: use an id from knowledge/missions")
        elif s.status != "not-said":
            _within(s.date, missions[s.mission][0], f"{where}.date", err)
        if as_of and s.date > as_of:
            err(f"{where}.date", f"{s.date.isoformat()} is after the knowledge base date {as_of.isoformat()}")


def check_accidents(accidents: Table, missions: Table, people: Table, states: dict[str, Any],
                    programs: Table, as_of: dt.date | None, err: Err) -> None:
    """States, missions, the dead and dates of the accidents; aliases unique among them."""
    seen: dict[str, str] = {}
    for a, where in accidents.values():
        assert isinstance(a, Accident)
        if a.country not in states:
            err(f"{where}.country", f"unknown state {a.country!r} (see states.yaml)")
        for i, pid in enumerate(a.died):
            _person(pid, people, f"{where}.died[{i}]", err)
            person = people.get(pid, (None,))[0]
            if person is not None and person.died and abs((person.died - a.date).days) > 1:
                err(f"{where}.died[{i}]", f"{person.name} died on {person.died.isoformat()} in knowledge/people, "
                                          f"not on the accident's date {a.date.isoformat()}")
        if a.mission is not None:
            _mission_dead(a, missions, where, err)
        if a.program is not None and a.program not in programs:
            err(f"{where}.program", f"unknown program {a.program!r}: use an id from the programs of knowledge/missions")
        elif a.program is not None and a.mission is not None:
            err(f"{where}.program", "give a program only when the accident has no mission (the mission has one)")
        if as_of and a.date > as_of:
            err(f"{where}.date", f"{a.date.isoformat()} is after the knowledge base date {as_of.isoformat()}")
        for name in dict.fromkeys(n.casefold() for n in (a.name, *a.aliases)):
            if seen.setdefault(name, a.id) != a.id:
                err(f"{where}.aliases", f"alias {name!r} is also used by accident {seen[name]!r}")


def _mission_dead(a: Accident, missions: Table, where: str, err: Err) -> None:
    if a.mission not in missions:
        err(f"{where}.mission", f"unknown mission {a.mission!r}: use an id from knowledge/missions")
        return
    m: model.Mission = missions[a.mission][0]
    _within(a.date, m, f"{where}.date", err)
    crew_dead = {c.person for c in m.crew if c.died and c.person}
    if crew_dead != set(a.died):
        err(f"{where}.died", f"the crew rows of {m.name} mark {sorted(crew_dead) or 'nobody'} as killed; "
                             "list the same people here, or fix the crew rows' 'died'")
