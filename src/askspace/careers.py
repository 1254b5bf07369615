"""A person's career: every flight their entry lists, and the later ones the mission records hold.

The entry's ``flown`` list (the Astronaut database's rows to ``counted_to``, with the later
flights its corrections add, or a later person's sourced list) comes first; a crewed mission
that names the person and launched after ``counted_to`` is added from the records. The flights
after ``counted_to`` are ``later``: in launch order, and not in the entry's totals. A flight has
a launch date when a mission of the records is that flight (or the entry gives one), otherwise
only the year its source gives.

>>> from askspace.knowledge import default_data_dir, load_knowledge
>>> kb = load_knowledge(default_data_dir() / "knowledge")
>>> [(leg.name, leg.year, leg.role) for leg in career(kb, kb.people["john-glenn"])]
[('MA-6', 1962, 'pilot'), ('STS-95', 1998, 'payload specialist')]
>>> career(kb, kb.people["john-glenn"])[0].date
datetime.date(1962, 2, 20)
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from askspace.flightlog import records_of
from askspace.model import KnowledgeBase, Mission, Person
from askspace.persons import Flight


class Leg(NamedTuple):
    """One flight of a person's career."""

    name: str  # "STS-111", "Soyuz TM-31"
    year: int  # as the source gives it (a launch date, when known, is ``date``)
    role: str | None
    date: dt.date | None = None
    mission: Mission | None = None
    title: str | None = None  # "Expedition 5"
    down: str | None = None  # the craft they came back in, when another one
    reached_space: bool = True
    later: bool = False  # launched after the date the entry's flights are counted to (not in its totals)
    listed: bool = True  # in the entry's ``flown`` list (False: added from the mission records)
    line: str | None = None  # a suborbital flight's line, "100km" or "80km" (see askspace.spacelines)

    @property
    def label(self) -> str:
        return f"{self.name} ({self.title})" if self.title else self.name

    @property
    def above_100km(self) -> bool:
        return self.reached_space and self.line != "80km"

    @property
    def shuttle(self) -> bool:
        """A Space Shuttle flight (the database names them STS-...)."""
        return self.name.startswith("STS-")


def career(kb: KnowledgeBase, person: Person) -> list[Leg]:
    """The person's flights in order (see the module's docstring); launches that never reached space included."""
    legs, to = [], person.counted_to
    for f in records_of(person.flown):
        m = kb.missions.get(f.mission) if f.mission else None
        when = m.launch if m else f.date
        legs.append(Leg(f.name, f.year, f.role, when, m, f.title, f.down, f.reached_space,
                        later=bool(to and when and when > to), line=f.line))
    linked = {leg.mission.id for leg in legs if leg.mission}
    for mission_id in person.missions:
        m = kb.missions[mission_id]
        if mission_id in linked:
            continue
        member = next(c for c in m.crew if c.person == person.id)
        flight = Flight(m, member, person)
        legs.append(Leg(m.name, m.launch.year, member.role.casefold(), m.launch, m,
                        reached_space=flight.reached_space, later=bool(person.flown), listed=False))
    early = [leg for leg in legs if not leg.later]
    return early + sorted((leg for leg in legs if leg.later), key=lambda leg: leg.date or dt.date(leg.year, 1, 1))


def flown(legs: list[Leg]) -> list[Leg]:
    """The flights that reached space."""
    return [leg for leg in legs if leg.reached_space]
