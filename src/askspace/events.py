"""A mission's dated events, and look-ups of events across the knowledge base.

A mission's timeline is its own date fields (arrival, landing, encounters, returned) read as
events, merged with its ``events`` list; an event recorded in ``events`` replaces the one read
from a field on the same date and of the same kind, since it says more.

>>> from askspace.knowledge import default_data_dir, load_knowledge
>>> kb = load_knowledge(default_data_dir() / "knowledge")
>>> [(e.kind, e.date.isoformat()) for e in timeline(kb.missions["voyager-2"])][-2:]
[('flyby', '1989-08-25'), ('interstellar', '2018-11-05')]
>>> [f.mission.id for f in visits(kb, kb.missions["mir"])]
['sts-71', 'sts-71']
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from askspace.model import Event, KnowledgeBase, Mission

CAME_DOWN = ("reentry", "deorbit", "impact", "breakup")
"""Kinds that end a craft's flight: after one of them it is no longer in orbit."""


class Found(NamedTuple):
    """One event and the mission it belongs to."""

    mission: Mission
    event: Event

    @property
    def key(self) -> tuple[object, ...]:
        """Sort key: by date, ties broken by mission id."""
        return (self.event.date, self.mission.id)


def _from_fields(m: Mission) -> list[Event]:
    out = []
    if m.arrival is not None:
        kind = "orbit" if "orbiter" in m.types else "flyby" if "flyby" in m.types else "arrival"
        out.append(Event(date=m.arrival, kind=kind, body=m.target))
    if m.landing is not None and m.landing.date is not None and m.landing.result in ("soft", "impact"):
        out.append(Event(date=m.landing.date, kind="landing" if m.landing.is_soft else "impact",
                         body=m.target, place=m.landing.site))
    out += [Event(date=e.date, kind="orbit" if e.kind == "orbit" else "flyby", body=e.body) for e in m.encounters]
    if m.returned is not None:
        out.append(Event(date=m.returned, kind="sample-return"))
    return out


def timeline(m: Mission) -> tuple[Event, ...]:
    """Every dated event of ``m`` (fields and ``events``), by date."""
    recorded = {(e.date, e.kind) for e in m.events}
    merged = [e for e in _from_fields(m) if (e.date, e.kind) not in recorded] + list(m.events)
    return tuple(sorted(merged, key=lambda e: (e.date, e.kind)))


def index_events(kb: KnowledgeBase) -> None:
    """Remember, per knowledge base, which missions have events of each kind and which name each craft.

    Kept in ``kb.memo`` (the data never changes once loaded), so a question scans only those missions.
    """
    if ("events-indexed",) in kb.memo:
        return
    kinds: dict[str, list[Mission]] = {}
    named: dict[str, list[Mission]] = {}
    for m in kb.missions_sorted():
        for kind in dict.fromkeys(e.kind for e in timeline(m)):
            kinds.setdefault(kind, []).append(m)
        for other in dict.fromkeys(e.other for e in m.events if e.other):
            named.setdefault(other, []).append(m)
    kb.memo.update({("event-kind", k): tuple(v) for k, v in kinds.items()})
    kb.memo.update({("event-with", k): tuple(v) for k, v in named.items()})
    kb.memo[("events-indexed",)] = ()


def visits(kb: KnowledgeBase, m: Mission) -> list[Found]:
    """Events of other missions done with ``m`` (dockings, servicing, release), and its own servicing."""
    index_events(kb)
    found = [Found(other, e) for other in kb.memo.get(("event-with", m.id), ()) for e in other.events
             if e.other == m.id]
    found += [Found(m, e) for e in m.events if e.kind == "servicing"]
    return sorted(found, key=lambda f: f.key)


def of_kinds(kb: KnowledgeBase, kinds: Iterable[str], missions: Iterable[Mission] | None = None) -> list[Found]:
    """Events of these kinds among ``missions`` (default: all), by date then mission id."""
    index_events(kb)
    wanted = set(kinds)
    having = {m.id: m for k in wanted for m in kb.memo.get(("event-kind", k), ())}
    pool = having.values() if missions is None else [m for m in missions if m.id in having]
    found = [Found(m, e) for m in pool for e in timeline(m) if e.kind in wanted]
    return sorted(found, key=lambda f: f.key)


def came_down(m: Mission) -> Event | None:
    """The event that ended the craft's flight (re-entry, de-orbit, plunge, breakup), if recorded."""
    ends = [e for e in m.events if e.kind in CAME_DOWN]
    return ends[-1] if ends else None


def still_in_orbit(m: Mission) -> Event | None:
    """The latest record that ``m`` was still in orbit though no longer working."""
    marks = [e for e in m.events if e.kind == "in-orbit"]
    return marks[-1] if marks else None
