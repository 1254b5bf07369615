"""A person's flights as their entry lists them (``flown`` in ``knowledge/people``).

Hundreds of people are read from the cache on every start, so a person keeps their flights
packed in one string (``Person.flown``); :func:`records` decodes it when an answer needs it.

>>> rec = FlightRecord("STS-111", 2002, "mission specialist", title="Expedition 5", station="ISS", down="STS-113")
>>> records_of(pack((rec,))) == (rec,)
True
>>> rec.label
'STS-111 (Expedition 5)'
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import NamedTuple

ROLES = ("commander", "pilot", "flight engineer", "mission specialist", "payload specialist",
         "spaceflight participant", "journalist", "medical officer", "crew member")
"""Roles as the Astronaut database gives them (its MSP and PSP spelt out), and as the later flights'
crew lists do ("crew member" where a source names no role)."""
LINES = ("100km", "80km")
"""The line a suborbital flight crossed: ``100km``, the Karman line the FAI uses (it crossed both), or ``80km``,
only the 50-mile (80 km) line of the US Air Force, NASA and the FAA. An orbital flight states none: it crossed both."""
_FIELD, _RECORD = "\x1f", "\x1e"


class FlightRecord(NamedTuple):
    """One flight of one person: the craft that carried them up, the year and their role."""

    name: str  # the flight that carried them up: "STS-111", "Soyuz TMA-11"
    year: int
    role: str
    title: str | None = None  # the mission's own name, when it says more: "Expedition 5", "Spacelab 1"
    station: str | None = None  # "ISS", "Mir", "Salyut 7"
    down: str | None = None  # the craft they came back in, when another one
    reached_space: bool = True  # False: a launch that never reached space (STS-51-L, Soyuz MS-10)
    date: dt.date | None = None  # launch date written in the entry (flights the missions do not hold)
    mission: str | None = None  # the knowledge base's mission of this flight, linked at load
    line: str | None = None  # a suborbital flight's line: "100km" (the Karman line) or "80km" (only the US line)

    @property
    def above_100km(self) -> bool:
        """Reached space by the 100 km (Karman) line: an orbital flight, or a suborbital one marked ``100km``."""
        return self.reached_space and self.line != "80km"

    @property
    def label(self) -> str:
        return f"{self.name} ({self.title})" if self.title else self.name


def pack(flights: tuple[FlightRecord, ...]) -> str:
    """The flights as one string (see the module's docstring)."""
    return _RECORD.join(_FIELD.join((
        f.name, str(f.year), f.role, f.title or "", f.station or "", f.down or "", "" if f.reached_space else "0",
        f.date.isoformat() if f.date else "", f.mission or "", f.line or "")) for f in flights)


def up_name(name: str) -> str:
    """The craft that carried a flight up: "Soyuz TM-2" of "Soyuz TM-2/3" (up in TM-2, down in TM-3).

    >>> up_name("Soyuz TM-2/3"), up_name("STS-115")
    ('Soyuz TM-2', 'STS-115')
    """
    return name.split("/", 1)[0]


@lru_cache(maxsize=64)
def records_of(packed: str) -> tuple[FlightRecord, ...]:
    """The flights packed by :func:`pack`."""
    out = []
    for text in packed.split(_RECORD) if packed else ():
        name, year, role, title, station, down, reached, date, mission, line = text.split(_FIELD)
        out.append(FlightRecord(name, int(year), role, title or None, station or None, down or None, reached != "0",
                                dt.date.fromisoformat(date) if date else None, mission or None, line or None))
    return tuple(out)
