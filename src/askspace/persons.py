"""People in the knowledge base: each crew member's flights, time in space and age.

A person is an entry of ``knowledge/people`` that crew rows name; their flights are the
crewed missions that list them, in launch order. Ages come from the person's birth date.
Time in space comes from the member's ``flight_time`` when the entry records it, otherwise
from the launch date to the day they landed (``landed``, or the mission's ``end``), counted
in whole days.

>>> from askspace.knowledge import default_data_dir, load_knowledge
>>> kb = load_knowledge(default_data_dir() / "knowledge")
>>> [f.mission.id for f in flights_of(kb, "John Glenn")]
['mercury-atlas-6', 'sts-95']
>>> flights_of(kb, "Valeri Polyakov")[0].time_in_space.text
'437 days 17 hours 58 minutes'
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple, cast

from askspace.model import CrewMember, KnowledgeBase, Mission, Person, Source

_PART = re.compile(r"(\d+)([dhm])")
_UNITS = {"d": ("day", 1440), "h": ("hour", 60), "m": ("minute", 1)}


class Duration(NamedTuple):
    """Time in space: minutes, and whether it is exact (recorded) or counted from dates."""

    minutes: int
    exact: bool

    @property
    def text(self) -> str:
        """ "437 days 17 hours 58 minutes", "21 hours 23 minutes", "about 5 days", "less than a day"."""
        if not self.exact:
            days = self.minutes // 1440
            if days == 0:
                return "less than a day"
            return f"about {days} day{'s' if days != 1 else ''}"
        left, parts = self.minutes, []
        for name, size in _UNITS.values():
            amount, left = divmod(left, size)
            if amount:
                parts.append(f"{amount} {name}{'s' if amount != 1 else ''}")
        return " ".join(parts) or "less than a minute"


def parse_flight_time(text: str) -> int:
    """Minutes in a flight time such as ``"4d 23h 7m"``."""
    return sum(int(n) * _UNITS[unit][1] for n, unit in _PART.findall(text))


class Flight(NamedTuple):
    """One person on one mission."""

    mission: Mission
    member: CrewMember
    person: Person | None = None

    @property
    def name(self) -> str:
        return self.member.name

    @property
    def born(self) -> dt.date | None:
        return self.person.born if self.person else None

    @property
    def down(self) -> dt.date | None:
        """The day this person landed: their own ``landed`` date or the mission's end."""
        return self.member.landed or self.mission.end

    @property
    def time_in_space(self) -> Duration | None:
        if self.member.flight_time:
            return Duration(parse_flight_time(self.member.flight_time), exact=True)
        if self.down is None:
            return None
        return Duration((self.down - self.mission.launch).days * 1440, exact=False)

    @property
    def age(self) -> int | None:
        """Age in whole years on the launch date, when the birth date is recorded."""
        born, day = self.born, self.mission.launch
        if born is None:
            return None
        return day.year - born.year - ((day.month, day.day) < (born.month, born.day))

    @property
    def age_days(self) -> int | None:
        """Age in days on the launch date (to rank people born in the same year)."""
        return (self.mission.launch - self.born).days if self.born else None

    @property
    def orbital(self) -> bool:
        return "suborbital" not in self.mission.types

    @property
    def line(self) -> str | None:
        """A suborbital flight's line as the person's entry gives it, "100km" or "80km" (see askspace.spacelines)."""
        if self.orbital or self.person is None:
            return None
        from askspace.flightlog import records_of

        return next((f.line for f in records_of(self.person.flown) if f.mission == self.mission.id), None)

    @property
    def reached_space(self) -> bool:
        """False for a launch failure that ended on its launch day (Challenger, STS-51-L; Soyuz MS-10)."""
        m = self.mission
        return not (m.outcome == "failure" and m.end == m.launch and self.orbital)


def all_flights(kb: KnowledgeBase) -> tuple[Flight, ...]:
    """Every person's every flight, in launch order (ties by mission id, then crew order)."""
    return _grouped(kb)[None]


def of_sex(kb: KnowledgeBase, sex: str) -> tuple[Flight, ...]:
    """The flights of people of one sex (``female``, ``male``), in launch order."""
    return _grouped(kb).get(f"sex:{sex}", ())


def index_people(kb: KnowledgeBase) -> None:
    """Build the flight groups now (``Bot`` calls it at load, so the cache holds them)."""
    _grouped(kb)


def _grouped(kb: KnowledgeBase) -> dict[str | None, tuple[Flight, ...]]:
    """All flights (key None), by sex ("sex:female") and by person ("name:Yuri Gagarin"); kept in ``kb.memo``."""
    cached = kb.memo.get(("flight-groups",))
    if cached is not None:
        return cast(dict[str | None, tuple[Flight, ...]], cached)
    flights = tuple(Flight(m, c, kb.people.get(c.person)) for m in kb.missions_sorted() if m.crewed for c in m.crew)
    groups: dict[str | None, list[Flight]] = {None: list(flights)}
    for f in flights:
        groups.setdefault(f"sex:{f.member.sex}", []).append(f)
        groups.setdefault(f"name:{f.name}", []).append(f)
    found = {k: tuple(v) for k, v in groups.items()}
    kb.memo[("flight-groups",)] = found  # type: ignore[assignment]
    return found


def flights_of(kb: KnowledgeBase, name: str) -> list[Flight]:
    """One person's flights in launch order."""
    return list(_grouped(kb).get(f"name:{name}", ()))


def birth_source(person: Person | None) -> Source | None:
    """Where a full birth date comes from: the entry's last source (a correction's second source is
    listed after the database, which gives only years; a drafted entry's own page comes last)."""
    return person.sources[-1] if person and person.born and person.sources else None


def crewmates(flight: Flight) -> list[str]:
    """The others aboard the same mission."""
    return [c.name for c in flight.mission.crew if c.name != flight.name]


def nationality(flight: Flight) -> str:
    """The state a person flew for: their own nationality, else the mission's state."""
    return flight.member.nationality or flight.mission.country
