"""Who flew on a flight the mission records do not hold, from the people's flight lists.

The people of the 2020s' orbital flights (and the Astronaut database's people who flew again) list
each flight with its launch date, their role and the flight's article (``flown`` in
``knowledge/people``). "Who flew on Shenzhou 15?" and "How many people flew on Soyuz MS-22?" are
answered from those lists: the people whose lists name the flight, commander first. The answer says
that the mission records do not hold the flight, so nothing else about it (its landing, its
outcome) is answered from here.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from askspace.compose import capitalise, day, join, number_word, plural
from askspace.flightlog import ROLES, records_of
from askspace.handlers.base import Ask, Reply
from askspace.model import KnowledgeBase, Person, Source

_COMMAND = ("commander", "commanded", "command", "in command", "led")


class Aboard(NamedTuple):
    """One person of a flight, as their list gives it."""

    person: Person
    role: str
    date: dt.date


def aboard(kb: KnowledgeBase, flight: str) -> list[Aboard]:
    """The people whose lists name ``flight`` with a launch date, in the order of their roles, then names."""
    out = [Aboard(p, f.role, f.date) for p in kb.people.values() for f in records_of(p.flown)
           if f.name == flight and f.date and not f.mission]
    return sorted(out, key=lambda a: (ROLES.index(a.role), a.person.name))


def _sources(flight: str, crew: list[Aboard]) -> list[Source]:
    """The flight's own article among the crew's sources (each cites it), else every crew source."""
    own = [s for a in crew for s in a.person.sources if s.title.startswith(f"{flight} (")]
    return list(dict.fromkeys(own or [s for a in crew for s in a.person.sources]))


def flight_crew(a: Ask) -> Reply:
    """Who flew on the flight named, how many, or who commanded it."""
    named = a.q.of_kind("flight")
    if not named:
        return a.reply(["Which flight do you mean? Name it, for example \"Shenzhou 15\"."], clarify=True)
    flight = named[0].ids[0]
    crew = aboard(a.kb, flight)
    r = a.reply([], states=list(dict.fromkeys(s for c in crew for s in c.person.nationalities[-1:])),
                bodies=["earth"])
    if not crew:
        r.lines.append(f"My records do not have who flew on {flight}.")
        r.understood = False
        return r
    cite = "".join(r.citations.add(s) for s in _sources(flight, crew))
    launched = f"launched {day(crew[0].date)}"
    people = join([f"{c.person.name} ({c.role})" for c in crew])
    n = len(crew)
    commanders = [c.person.name for c in crew if c.role == "commander"]
    if any(a.q.has(w) for w in _COMMAND) and commanders:
        r.lines.append(f"{join(commanders)} commanded {flight} ({launched}){cite}; aboard: {people}.")
    elif a.q.has("how many") or a.q.has("number of"):
        r.lines.append(f"{capitalise(number_word(n))} {plural(n, 'person', 'people')} flew on {flight} "
                       f"({launched}){cite}: {people}.")
    else:
        r.lines.append(f"{flight} ({launched}) carried {number_word(n)} {plural(n, 'person', 'people')}{cite}: "
                       f"{people}.")
    r.lines.append(f"Counted: the people whose flight lists in my records name {flight}; my mission records do not "
                   "hold the flight itself.")
    return r
