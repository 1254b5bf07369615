"""People ranked by their first flight to space or to orbit: the order behind "the second American in space"
(:mod:`askspace.handlers.nthperson`) and the clue "this 1st U.S. astronaut in space" (:mod:`askspace.cluepeople`).

A first flight is dated by the person's entry, its mission, or the crewed flight records; one known only by its
year sorts at that year's end, and a rank it could change is not certain (:func:`certain`).
"""

from __future__ import annotations

import datetime as dt
from itertools import groupby
from typing import NamedTuple

from askspace.compose import day
from askspace.flightlog import FlightRecord, records_of
from askspace.model import KnowledgeBase, Person


class Up(NamedTuple):
    """A person's first flight of the kind asked: the flight, its launch (None: only the year is known)."""

    person: Person
    flight: str
    on: dt.date | None
    year: int
    mission: str | None = None  # the knowledge base's mission of that flight, when linked


def launch_dates(kb: KnowledgeBase) -> dict[tuple[str, int], tuple[dt.date, str]]:
    """The crewed flight records' launches and names by lower-case name (or alias) and year: ("ma-7", 1962) ->
    (24 May 1962, "Mercury-Atlas 7")."""
    return {(n.lower(), c.launch.year): (c.launch, c.name) for c in kb.crewed_flights.values()
            for n in (c.name, *c.aliases)}


def first_up(kb: KnowledgeBase, p: Person, dates: dict[tuple[str, int], tuple[dt.date, str]], *, orbital: bool,
             karman: bool) -> Up | None:
    """The person's first flight that reached space (above 100 km when ``karman``; in orbit when ``orbital``),
    dated by the entry, its mission or its crewed flight record (``dates``, from :func:`launch_dates`)."""
    def counts(f: FlightRecord) -> bool:
        return f.reached_space and (f.line is None if orbital else (f.above_100km or not karman))
    ups = []
    for f in records_of(p.flown):
        if counts(f):
            m = kb.missions.get(f.mission) if f.mission else None
            record = dates.get((f.name.lower(), f.year)) or dates.get(((f.title or "").lower(), f.year))
            on = f.date or (m.launch if m is not None else None) or (record[0] if record else None)
            name = m.name if m is not None else record[1] if record else f.label
            ups.append(Up(p, name, on, on.year if on else f.year, m.id if m is not None else None))
    return min(ups, key=lambda u: (u.on or dt.date(u.year, 12, 31))) if ups else None


def ranked(kb: KnowledgeBase, people: list[Person], *, orbital: bool, karman: bool) -> list[list[Up]]:
    """``people`` in order of their first flight, those launched together in one place."""
    dates = launch_dates(kb)
    ups = [u for p in people if (u := first_up(kb, p, dates, orbital=orbital, karman=karman)) is not None]
    ups.sort(key=lambda u: (u.on or dt.date(u.year, 12, 31), u.on is None, u.person.name))
    return [list(g) for _, g in groupby(ups, key=lambda u: (u.on, u.year if u.on is None else 0, u.flight))]


def at(places: list[list[Up]], n: int) -> list[Up] | None:
    """The people at rank ``n`` (1-based), counting each person; None when nobody is there."""
    seen = 0
    for place in places:
        if seen < n <= seen + len(place):
            return place
        seen += len(place)
    return None


def when(u: Up) -> str:
    return day(u.on) if u.on else str(u.year)


def certain(order: list[Up], start: int, end: int) -> bool:
    """Whether the people ``order[start:end]`` surely hold their place: no flight known only by its year has
    another flight of that year on the other side of ``start`` or ``end``."""
    for cut in (start, end):
        for u in order:
            if u.on is None and any(v.year == u.year for v in order[:cut]) \
                    and any(v.year == u.year for v in order[cut:]):
                return False
    return True
