"""Satellite systems and constellations (``knowledge/satellite_systems.yaml``): types, validation, references
and the ``satellite_systems`` list of ``--export-knowledge``.

A system's satellites that sources list one by one are mission entries; the system's ``members`` give their
order and what the mission entries cannot say (a satellite's role, orbit and inclination).

>>> from askspace.fields import DataError, Problems
>>> errors: list[DataError] = []
>>> parse_system({"id": "x", "name": "X", "kind": "navigation", "state": "usa", "began": 2001, "ended": 1999,
...               "satellites": {"count": 3}, "sources": []}, Problems("s.yaml", errors), "satellite_systems[x]")
>>> for e in errors: print(e)
s.yaml: satellite_systems[x].ended: 1999 is before began 2001
s.yaml: satellite_systems[x].satellites.counted: say what the count counts (the counting rule)
s.yaml: satellite_systems[x].sources: a satellite system needs at least one source
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, NamedTuple

from askspace.fields import Problems, _describe, _mapping, _opt, _sources, _text, _text_list, check_id
from askspace.history import HistoryDate
from askspace.model import KnowledgeBase, Source

KINDS = ("navigation", "communications", "internet", "weather", "earth-observation")
ENTRY_KEYS = {
    "id": True, "name": True, "aliases": False, "kind": True, "part_of": False, "state": True, "operator": False,
    "purpose": False, "named_after": False, "built_on": False, "began": False, "ended": False, "coverage": False,
    "satellites": False, "planned": False, "members": False, "notes": False, "sources": True,
}
COVERAGE_KEYS = {"scope": True, "date": True, "note": False}
COUNT_KEYS = {"count": True, "as_of": False, "counted": False, "qualifier": False, "in_service": False}
PLANNED_KEYS = {"count": True, "orbit": True, "note": False}
MEMBER_KEYS = {"mission": True, "role": False, "orbit": False, "inclination": False, "note": False, "site": False,
               "number": False}
Err = Callable[[str, str], None]


class Coverage(NamedTuple):
    """The area a system served from a date: "the Asia-Pacific region" from December 2012."""

    scope: str
    date: HistoryDate
    note: str | None = None


class Count(NamedTuple):
    """How many satellites, on what date, and what the number counts (the counting rule)."""

    number: int
    counted: str
    as_of: HistoryDate | None = None
    qualifier: str | None = None  # "more than", "about": said before the number
    in_service: int | None = None  # how many of them were working on that date


class Planned(NamedTuple):
    """How many satellites of one orbit (or in all) the system was planned to have."""

    number: int
    orbit: str
    note: str | None = None


class Member(NamedTuple):
    """One satellite of the system, in launch order: its mission entry and what that entry cannot say."""

    mission: str
    role: str | None = None
    orbit: str | None = None
    inclination: str | None = None
    note: str | None = None
    site: str | None = None  # where it was launched from
    number: int | None = None  # its number among all the satellites of the whole system, as its sources count them


class SatelliteSystem(NamedTuple):
    id: str
    name: str
    kind: str
    state: str
    sources: tuple[Source, ...]
    aliases: tuple[str, ...] = ()
    part_of: str | None = None
    operator: str | None = None
    purpose: str | None = None
    named_after: str | None = None
    built_on: str | None = None
    began: HistoryDate | None = None
    ended: HistoryDate | None = None
    coverage: tuple[Coverage, ...] = ()
    satellites: Count | None = None
    planned: tuple[Planned, ...] = ()
    members: tuple[Member, ...] = ()
    notes: tuple[str, ...] = ()


def _whole(value: Any, p: Problems, path: str) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    p.add(path, f"expected a whole number above 0, got {_describe(value)}")
    return None


def _rows(m: dict[str, Any], key: str, keys: dict[str, bool], p: Problems,
          path: str) -> list[tuple[dict[str, Any], str]]:
    raw = m.get(key)
    if raw is None:
        return []
    if not isinstance(raw, list):
        p.add(f"{path}.{key}", "expected a list")
        return []
    rows = [(_mapping(r, keys, p, f"{path}.{key}[{i}]"), f"{path}.{key}[{i}]") for i, r in enumerate(raw)]
    return [(r, where) for r, where in rows if r is not None]


def _coverage(m: dict[str, Any], p: Problems, path: str) -> tuple[Coverage, ...]:
    out = []
    for r, where in _rows(m, "coverage", COVERAGE_KEYS, p, path):
        scope = _opt(r, "scope", _text, p, where)
        date = HistoryDate.parse(r["date"], p, f"{where}.date") if r.get("date") is not None else None
        if scope and date:
            out.append(Coverage(scope, date, _opt(r, "note", _text, p, where)))
    return tuple(out)


def _count(m: dict[str, Any], p: Problems, path: str) -> Count | None:
    if m.get("satellites") is None:
        return None
    r = _mapping(m["satellites"], COUNT_KEYS, p, f"{path}.satellites")
    if r is None:
        return None
    where = f"{path}.satellites"
    count = _whole(r.get("count"), p, f"{where}.count")
    counted = _opt(r, "counted", _text, p, where)
    if counted is None:
        p.add(f"{where}.counted", "say what the count counts (the counting rule)")
    as_of = HistoryDate.parse(r["as_of"], p, f"{where}.as_of") if r.get("as_of") is not None else None
    qualifier = _opt(r, "qualifier", _text, p, where)
    working = _whole(r["in_service"], p, f"{where}.in_service") if r.get("in_service") is not None else None
    if working and count and working > count:
        p.add(f"{where}.in_service", f"{working} in service is more than the count {count}")
    return Count(count, counted, as_of, qualifier, working) if count and counted else None


def _planned(m: dict[str, Any], p: Problems, path: str) -> tuple[Planned, ...]:
    out = []
    for r, where in _rows(m, "planned", PLANNED_KEYS, p, path):
        count = _whole(r.get("count"), p, f"{where}.count")
        orbit = _opt(r, "orbit", _text, p, where)
        if count and orbit:
            out.append(Planned(count, orbit, _opt(r, "note", _text, p, where)))
    return tuple(out)


def _members(m: dict[str, Any], p: Problems, path: str) -> tuple[Member, ...]:
    out = []
    for r, where in _rows(m, "members", MEMBER_KEYS, p, path):
        mission = check_id(r["mission"], p.file, f"{where}.mission", p.errors) if r.get("mission") else None
        if mission:
            t = {k: _opt(r, k, _text, p, where) for k in ("role", "orbit", "inclination", "note", "site")}
            number = _whole(r["number"], p, f"{where}.number") if r.get("number") is not None else None
            out.append(Member(mission, t["role"], t["orbit"], t["inclination"], t["note"], t["site"], number))
    return tuple(out)


def parse_system(raw: Any, p: Problems, path: str) -> SatelliteSystem | None:
    """One system, or None when a required part is missing or wrong (each problem reported)."""
    m = _mapping(raw, ENTRY_KEYS, p, path)
    if m is None:
        return None
    ids = {k: check_id(m[k], p.file, f"{path}.{k}", p.errors) if m.get(k) is not None else None
           for k in ("id", "state", "part_of")}
    name = _opt(m, "name", _text, p, path)
    kind = m.get("kind")
    if kind not in KINDS:
        p.add(f"{path}.kind", f"expected one of {', '.join(KINDS)}, got {_describe(kind)}")
    began = HistoryDate.parse(m["began"], p, f"{path}.began") if m.get("began") is not None else None
    ended = HistoryDate.parse(m["ended"], p, f"{path}.ended") if m.get("ended") is not None else None
    if began and ended and ended < began:
        p.add(f"{path}.ended", f"{ended.iso()} is before began {began.iso()}")
    texts = {k: _opt(m, k, _text, p, path) for k in ("operator", "purpose", "named_after", "built_on")}
    coverage, count, planned, members = _coverage(m, p, path), _count(m, p, path), _planned(m, p, path), \
        _members(m, p, path)
    sources = _opt(m, "sources", _sources, p, path) or ()
    if not sources:
        p.add(f"{path}.sources", "a satellite system needs at least one source")
    if not (ids["id"] and ids["state"] and name and kind in KINDS and sources):
        return None
    return SatelliteSystem(ids["id"], name, kind, ids["state"], sources, _opt(m, "aliases", _text_list, p, path) or (),
                           ids["part_of"], texts["operator"], texts["purpose"], texts["named_after"], texts["built_on"],
                           began, ended, coverage, count, planned, members,
                           _opt(m, "notes", _text_list, p, path) or ())


def check_systems(table: dict[str, tuple[SatelliteSystem, str]], states: dict[str, Any], missions: dict[str, Any],
                  as_of: dt.date | None, err: Err) -> None:
    """Every state, system and mission a system names exists; its members are Earth satellites in launch order,
    each in one system only; no name is two systems'; no date is after ``as_of``."""
    names: dict[str, str] = {}
    member_of: dict[str, str] = {}
    for s, where in table.values():
        if s.state not in states:
            err(f"{where}.state", f"unknown state {s.state!r} (see states.yaml)")
        if s.part_of and (s.part_of not in table or s.part_of == s.id):
            err(f"{where}.part_of", f"unknown satellite system {s.part_of!r}")
        for name in dict.fromkeys(n.casefold() for n in (s.name, *s.aliases)):
            owner = names.setdefault(name, s.id)
            if owner != s.id:
                err(f"{where}.aliases", f"name {name!r} is also used by the satellite system {owner!r}")
        dates = [("began", s.began), ("ended", s.ended), *((f"coverage[{i}].date", c.date)
                                                          for i, c in enumerate(s.coverage))]
        for key, date in dates:
            if as_of and date and date.iso()[:4] > as_of.isoformat()[:4]:
                err(f"{where}.{key}", f"{date.iso()} is after the knowledge base date {as_of.isoformat()}")
        last: dt.date | None = None
        for i, member in enumerate(s.members):
            mission = missions.get(member.mission)
            mission = mission[0] if isinstance(mission, tuple) else mission
            if mission is None:
                err(f"{where}.members[{i}].mission", f"unknown mission {member.mission!r} (see knowledge/missions)")
                continue
            if mission.target != "earth" or "satellite" not in mission.types:
                err(f"{where}.members[{i}].mission", f"{member.mission!r} is not an Earth satellite (target earth, "
                                                     "type satellite)")
            if last and mission.launch < last:
                err(f"{where}.members[{i}].mission", "members are listed in launch order; move it up")
            last = mission.launch
            other = member_of.setdefault(member.mission, s.id)
            if other != s.id:
                err(f"{where}.members[{i}].mission", f"{member.mission!r} is already a member of {other!r}")


def export_systems(kb: KnowledgeBase) -> list[dict[str, Any]]:
    """The systems for ``--export-knowledge``, in file order (null where no source gives a value)."""
    from askspace.export import source_dict

    def date(d: HistoryDate | None) -> str | None:
        return d.iso() if d else None

    return [{"id": s.id, "name": s.name, "aliases": list(s.aliases), "kind": s.kind, "part_of": s.part_of,
             "state": s.state, "operator": s.operator, "purpose": s.purpose, "named_after": s.named_after,
             "built_on": s.built_on, "began": date(s.began), "ended": date(s.ended),
             "coverage": [{"scope": c.scope, "date": c.date.iso(), "note": c.note} for c in s.coverage],
             "satellites": None if s.satellites is None else {"count": s.satellites.number,
                                                              "as_of": date(s.satellites.as_of),
                                                              "counted": s.satellites.counted,
                                                              "qualifier": s.satellites.qualifier,
                                                              "in_service": s.satellites.in_service},
             "planned": [{"count": p.number, "orbit": p.orbit, "note": p.note} for p in s.planned],
             "members": [m._asdict() for m in s.members],
             "notes": list(s.notes), "sources": [source_dict(x) for x in s.sources]}
            for s in kb.satellite_systems.values()]
