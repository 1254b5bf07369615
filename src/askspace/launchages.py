"""Ages at launch: each dated launch of a person whose birth date the records have.

A launch is dated in two ways: a crewed mission of the records (its launch date), or a flight a
person's entry lists with its own ``date`` because no mission of the records is that flight (the
crews of 2020-2025, the New Shepard and Virgin Galactic flights, the database people's later
flights). The age records ("Who is the oldest person to have flown to space?") and a person's age
at launch count both; a flight known only by its year gives no age.

>>> from askspace.knowledge import default_data_dir, load_knowledge
>>> kb = load_knowledge(default_data_dir() / "knowledge")
>>> [(x.label, x.age) for x in of_person(kb, kb.people["jessica-watkins"])]
[('SpaceX Crew-4', 33)]
>>> oldest = pick(launches(kb), oldest=True)
>>> (oldest.name, oldest.label, oldest.age)
('Ed Dwight', 'Blue Origin NS-25', 90)
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from askspace import persons
from askspace.careers import career as career
from askspace.model import KnowledgeBase, Mission, Person, Source


class Launch(NamedTuple):
    """One person's dated launch: a mission of the records, or a dated flight of their entry."""

    name: str  # as the crew row or the entry writes it
    person: Person
    label: str  # the mission's name, or the flight's name in the entry ("SpaceX Crew-4")
    day: dt.date
    orbital: bool
    line: str | None  # a suborbital flight's line, "100km" or "80km"
    mission: Mission | None = None

    @property
    def age_days(self) -> int:
        born = self.person.born
        return (self.day - born).days if born else 0

    @property
    def age(self) -> int:
        born = self.person.born
        if born is None:
            return 0
        return self.day.year - born.year - ((self.day.month, self.day.day) < (born.month, born.day))

    def sources(self) -> list[Source]:
        """A dated flight's own sources in the entry (those naming it), else the entry's first one."""
        own = [s for s in self.person.sources if self.label.casefold() in s.title.casefold()]
        return own or list(self.person.sources[:1])


def _legs(kb: KnowledgeBase, p: Person) -> list[Launch]:
    """The dated flights of an entry that no mission of the records is (those count by their own date)."""
    return [Launch(p.name, p, leg.name, leg.date, leg.line is None, leg.line)
            for leg in career(kb, p) if leg.mission is None and leg.date and leg.reached_space]


def launches(kb: KnowledgeBase) -> list[Launch]:
    """Every dated launch of a person with a birth date: the crews of the records, then the entries' dated flights."""
    out = [Launch(f.name, f.person, f.mission.name, f.mission.launch, f.orbital, f.line, f.mission)
           for f in persons.all_flights(kb) if f.person is not None and f.person.born]
    for p in kb.people.values():
        if p.born:
            out.extend(_legs(kb, p))
    return out


def flyers(kb: KnowledgeBase) -> set[str]:
    """The people with a dated launch in the records (with or without a birth date): the pool counted from."""
    names = {f.name for f in persons.all_flights(kb)}
    for p in kb.people.values():
        if any(leg.mission is None and leg.date and leg.reached_space for leg in career(kb, p)):
            names.add(p.name)
    return names


def of_person(kb: KnowledgeBase, p: Person) -> list[Launch]:
    """The person's dated flights that no mission of the records is (their ages need ``p.born``)."""
    return _legs(kb, p)


def pick(pool: list[Launch], oldest: bool) -> Launch:
    """The oldest (or youngest) on the launch day; ties by launch, then name."""
    sign = -1 if oldest else 1
    return min(pool, key=lambda x: (sign * x.age_days, x.day, x.name))
