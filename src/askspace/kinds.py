"""Typed values of the agencies (space agencies, design bureaus, companies) and launch vehicles.

Both are NamedTuples, like people: they are read from the cache on every start and a tuple is
quick to define and to unpickle. ``Rocket.missions`` is filled at load from the missions' ``rocket``
links, in launch order.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from askspace.model import Source

AGENCY_KINDS = ("agency", "bureau", "company", "laboratory", "committee")


class Agency(NamedTuple):
    """A space agency, design bureau, laboratory or company, with its founding and succession."""

    id: str
    name: str  # the name used in answers: "NASA", "OKB-1"
    sources: tuple[Source, ...]
    kind: str = "agency"  # one of AGENCY_KINDS
    full_name: str | None = None  # what the acronym stands for: "National Aeronautics and Space Administration"
    native_name: str | None = None  # "Centre national d'études spatiales"
    aliases: tuple[str, ...] = ()
    state: str | None = None  # a state id; None for multinational bodies that are not a state entry
    founded: dt.date | None = None  # the full date, when a source gives it
    founded_year: int | None = None  # always set when ``founded`` is
    founded_by: str | None = None  # the act, decree or founders: "the National Aeronautics and Space Act"
    began: dt.date | None = None  # when it began to work, if later than ``founded``
    ended: dt.date | None = None  # when it ceased to exist (merged, renamed or dissolved)
    predecessors: tuple[str, ...] = ()  # agency ids
    successors: tuple[str, ...] = ()  # agency ids
    notes: tuple[str, ...] = ()

    @property
    def full(self) -> str:
        """The full name when there is one, else the name."""
        return self.full_name or self.name


class Rocket(NamedTuple):
    """A launch vehicle or rocket family: who built it, when it first (and last) flew, what it launched."""

    id: str
    name: str  # "Saturn V", "R-7 Semyorka"
    sources: tuple[Source, ...]
    aliases: tuple[str, ...] = ()
    variants: tuple[str, ...] = ()  # names of its versions ("Soyuz-FG"): answers say which entry they belong to
    builder: str | None = None  # the agency id of the designer or prime builder
    makers: str | None = None  # the companies or plants that built its stages, as a clause
    designer: str | None = None  # the chief designer (a person), when a source names one
    state: str | None = None  # a state id
    family: str | None = None  # the rocket id of the family it belongs to (the Luna rocket: r-7)
    first_flight: dt.date | None = None
    last_flight: dt.date | None = None  # None while it still flies (or when no source gives it)
    launches: int | None = None  # how many times it was launched in all, for a retired rocket whose sources count them
    retired: bool = False
    summary: str | None = None  # one sentence: what it was
    firsts: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    missions: tuple[str, ...] = ()  # the knowledge base's missions it launched, in launch order (set at load)
    stages: int | None = None  # how many stages, as its sources number them (see stages_counted)
    stages_counted: str | None = None  # how the stages are counted, where strap-on boosters or upper stages vary
    height_m: float | None = None
    diameter_m: float | None = None
    liftoff_thrust_kn: float | None = None  # all engines and boosters together at lift-off, at sea level
    payload_leo_kg: float | None = None  # to low Earth orbit
    figures_note: str | None = None  # which version the figures are for, or where sources disagree
    manufacturers: tuple[str, ...] = ()  # agency ids of the firms that built it or its stages (makers says which)
    pads: tuple[str, ...] = ()  # place ids of the pads (or sites) it was launched from, as its sources name them
    mass_kg: float | None = None  # its mass at lift-off, fuelled
