"""Who flew on a flight the mission records do not hold, from the people's flight lists.

The people of the 2020s' orbital flights (and the Astronaut database's people who flew again) list
each flight with its launch date, their role and the flight's article (``flown`` in
``knowledge/people``). "Who flew on Shenzhou 15?" and "How many people flew on Soyuz MS-22?" are
answered from those lists: the people whose lists name the flight, commander first. The answer says
that the mission records do not hold the flight, so nothing else about it (its landing, its
outcome) is answered from here.

The Astronaut database's flights (to 2020) carry a year, not a date, and its flight names are not
checked against whole crews (a few are misspelt there): "Who flew on STS-115?" lists the people whose
lists name it, with the year, but "how many" is not counted from them.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from askspace.compose import capitalise, day, join, number_word, plural
from askspace.flightlog import ROLES, records_of, up_name
from askspace.handlers.base import Ask, Reply
from askspace.model import KnowledgeBase, Person, Source

_COMMAND = ("commander", "commanded", "command", "in command", "led")
_DATABASE = "Astronaut database"


class Aboard(NamedTuple):
    """One person of a flight, as their list gives it."""

    person: Person
    role: str
    date: dt.date | None  # None: a flight of the Astronaut database, dated by its year only
    year: int


def aboard(kb: KnowledgeBase, flight: str) -> list[Aboard]:
    """The people whose lists name ``flight`` (as the craft that carried them up), in the order of their roles,
    then names."""
    out = [Aboard(p, f.role, f.date, f.year) for p in kb.people.values() for f in records_of(p.flown)
           if up_name(f.name) == flight and not f.mission]
    return sorted(out, key=lambda a: (ROLES.index(a.role), a.person.name))


def _sources(flight: str, crew: list[Aboard]) -> list[Source]:
    """The flight's own article among the crew's sources (each cites it); for a flight the lists do not date, the
    Astronaut database that lists it (not the articles of the crew's later flights); else every crew source."""
    every = [s for a in crew for s in a.person.sources]
    own = [s for s in every if s.title.startswith(f"{flight} (")]
    listing = [s for s in every if s.title.startswith(_DATABASE)] if all(c.date is None for c in crew) else []
    return list(dict.fromkeys(own or listing or every))


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
    people = join([f"{c.person.name} ({c.role})" for c in crew])
    dated = next((c.date for c in crew if c.date), None)
    if dated is None:
        return _listed(a, r, flight, crew, cite)
    launched = f"launched {day(dated)}"
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


def _listed(a: Ask, r: Reply, flight: str, crew: list[Aboard], cite: str) -> Reply:
    """A flight of the Astronaut database: its people as the lists name them, not counted, and without roles (the
    database mixes a flight's roles with those of the station crews: STS-102 lists two commanders)."""
    if a.q.has("how many") or a.q.has("number of"):
        r.lines.append(f"My records do not hold {flight}'s whole crew, so I do not count it.")
        r.understood = False
        return r
    if any(a.q.has(w) for w in _COMMAND):
        r.lines.append(f"My records do not say who commanded {flight}: its people's roles there mix the flight's "
                       "and the station crews'.")
        r.understood = False
        return r
    people = join([c.person.name for c in crew])
    r.lines.append(f"{flight} ({crew[0].year}) carried, as my records list them{cite}: {people}.")
    r.lines.append(f"Listed: the people whose flight lists in the {_DATABASE} name {flight} as the craft "
                   "that carried them up; my mission records do not hold the flight itself.")
    return r
