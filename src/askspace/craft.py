"""Craft with names of their own (``craft:``, knowledge/craft.yaml): capsules and call signs, Apollo command and
lunar modules, named landing sites, Space Shuttle orbiters, station modules, rovers and landers.

A craft links to the missions of the records it flew on (``missions``); a flight the records do not hold is
named in its ``first_flight``/``last_flight`` only.

>>> from askspace.fields import DataError, Problems
>>> errors: list[DataError] = []
>>> parse_craft({"id": "eagle", "name": "Eagle", "kind": "lander-module", "state": "usa", "sources": []},
...             Problems("c.yaml", errors), "craft[0]") is None
True
>>> for e in errors: print(e)
c.yaml: craft[0].kind: 'lander-module' is not one of: capsule, command-module, lunar-module, call-sign, orbiter, \
station, module, rover, lander, helicopter, landing-site
c.yaml: craft[0].sources: a craft needs at least one source
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any, NamedTuple

from askspace import model
from askspace.fields import (
    Problems,
    _date,
    _describe,
    _entry,
    _enum,
    _flag,
    _mapping,
    _opt,
    _sources,
    _text,
    _text_list,
    check_id,
)
from askspace.kindschema import _ids

KINDS = ("capsule", "command-module", "lunar-module", "call-sign", "orbiter", "station", "module", "rover", "lander",
         "helicopter", "landing-site")
KIND_NAMES = {"capsule": "capsule", "command-module": "command module", "lunar-module": "lunar module",
              "call-sign": "call sign", "orbiter": "Space Shuttle orbiter", "station": "space station",
              "module": "station module", "rover": "rover", "lander": "lander", "helicopter": "helicopter",
              "landing-site": "landing site"}
CRAFT_KEYS = {"id": True, "name": True, "kind": True, "named": False, "aliases": False, "state": True,
              "missions": False, "part_of": False, "crew": False, "first_flight": False, "last_flight": False,
              "flights": False, "lost": False, "launched_by": False, "meaning": False, "notes": False,
              "sources": True}
FLIGHT_KEYS = {"flight": True, "date": True, "mission": False, "landed": False}
LOST_KEYS = {"flight": True, "date": True, "mission": False, "note": True}


class Flight(NamedTuple):
    """One flight of a craft: its name ("STS-1"), launch date, mission id in the records, landing date."""

    flight: str
    date: dt.date
    mission: str | None = None
    landed: dt.date | None = None


class Loss(NamedTuple):
    """How a craft was lost: on which flight, when, and what happened (a clause)."""

    flight: str
    date: dt.date
    mission: str | None
    note: str


class Craft(NamedTuple):
    """A craft with a name of its own."""

    id: str
    name: str
    kind: str
    named: bool  # false: it flew under its mission's name (the Apollo 7 and 8 command modules)
    aliases: tuple[str, ...]
    state: str
    missions: tuple[str, ...]  # missions of the records it flew on or belongs to
    part_of: str | None  # the station (a mission id) a module belongs to
    crew: str | None  # who flew it or used the call sign
    first_flight: Flight | None  # its (first) launch; for a landing site, the landing
    last_flight: Flight | None
    flights: int | None  # flights to space
    lost: Loss | None
    launched_by: str | None  # the rocket or orbiter that carried a module
    meaning: str | None  # what the name means or honours
    notes: tuple[str, ...]
    sources: tuple[model.Source, ...]

    @property
    def kind_name(self) -> str:
        return KIND_NAMES[self.kind]


def _flight(value: Any, p: Problems, path: str) -> Flight | None:
    m = _mapping(value, FLIGHT_KEYS, p, path)
    if m is None:
        return None
    name = _opt(m, "flight", _text, p, path)
    date = _opt(m, "date", _date, p, path)
    mission = _opt(m, "mission", lambda v, p2, at: check_id(v, p2.file, at, p2.errors), p, path)
    if name is None or date is None:
        return None
    return Flight(name, date, mission, _opt(m, "landed", _date, p, path))


def _loss(value: Any, p: Problems, path: str) -> Loss | None:
    m = _mapping(value, LOST_KEYS, p, path)
    if m is None:
        return None
    name, date, note = (_opt(m, k, c, p, path) for k, c in (("flight", _text), ("date", _date), ("note", _text)))
    mission = _opt(m, "mission", lambda v, p2, at: check_id(v, p2.file, at, p2.errors), p, path)
    return Loss(name, date, mission, note) if name and date and note else None


def _count(value: Any, p: Problems, path: str) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    p.add(path, f"expected a whole number (0 or more), got {_describe(value)}")
    return None


def _id_list(value: Any, p: Problems, path: str) -> tuple[str, ...]:
    return _ids(value, p, path, "mission ids")  # the same check as the agencies' id lists


def parse_craft(raw: Any, p: Problems, path: str) -> Craft | None:
    """A ``craft:`` entry, or None after reporting what is wrong."""
    m, craft_id = _entry(raw, CRAFT_KEYS, p, path)
    if m is None or craft_id is None:
        return None
    name = _opt(m, "name", _text, p, path)
    kind = _opt(m, "kind", lambda v, p2, at: _enum(v, KINDS, p2, at), p, path)
    state = _opt(m, "state", lambda v, p2, at: check_id(v, p2.file, at, p2.errors), p, path)
    sources = _opt(m, "sources", _sources, p, path) or ()
    if m.get("sources") is not None and not sources:
        p.add(f"{path}.sources", "a craft needs at least one source")
    named = _flag(m, "named", p, path) if "named" in m else True
    part_of = _opt(m, "part_of", lambda v, p2, at: check_id(v, p2.file, at, p2.errors), p, path)
    rest = (_opt(m, "aliases", _text_list, p, path) or (), state, _opt(m, "missions", _id_list, p, path) or (),
            part_of, _opt(m, "crew", _text, p, path), _opt(m, "first_flight", _flight, p, path),
            _opt(m, "last_flight", _flight, p, path), _opt(m, "flights", _count, p, path),
            _opt(m, "lost", _loss, p, path), _opt(m, "launched_by", _text, p, path), _opt(m, "meaning", _text, p, path),
            _opt(m, "notes", _text_list, p, path) or (), sources)
    if None in (name, kind, state) or not sources:
        return None
    assert name is not None and kind is not None
    return Craft(craft_id, name, kind, named, *rest)


def check_craft(craft: dict[str, tuple[Craft, str]], missions: dict[str, tuple[model.Mission, str]],
                states: dict[str, Any], as_of: dt.date | None, err: Callable[[str, str], None]) -> None:
    """References to missions and states, flights in date order and on their missions' launch dates, names
    used twice by one kind, and orbiters linked only to missions their ``launch_vehicle`` says they flew."""
    seen: dict[tuple[str, str], str] = {}
    for c, where in craft.values():
        if c.state not in states:
            err(f"{where}.state", f"unknown state {c.state!r} (see states.yaml)")
        for i, mission_id in enumerate(c.missions):
            found = missions.get(mission_id)
            if found is None:
                err(f"{where}.missions[{i}]", f"unknown mission {mission_id!r} (see knowledge/missions/*.yaml)")
            elif c.kind == "orbiter" and c.name.casefold() not in (found[0].launch_vehicle or "").casefold():
                err(f"{where}.missions[{i}]", f"{mission_id!r} does not name {c.name} in its launch_vehicle")
        if c.part_of and c.part_of not in missions:
            err(f"{where}.part_of", f"unknown mission {c.part_of!r} (the station's mission id)")
        _check_flights(c, where, missions, as_of, err)
        for name in (c.name, *c.aliases) if c.named else ():
            key = (c.kind, name.casefold())
            if key in seen and seen[key] != c.id:
                err(f"{where}.name", f"{name!r} is already the name of {c.kind} {seen[key]!r}")
            seen[key] = c.id


def _check_flights(c: Craft, where: str, missions: dict[str, tuple[model.Mission, str]], as_of: dt.date | None,
                   err: Callable[[str, str], None]) -> None:
    flights: list[tuple[str, Flight | Loss | None]] = [("first_flight", c.first_flight),
                                                       ("last_flight", c.last_flight), ("lost", c.lost)]
    for key, flight in flights:
        if flight is None:
            continue
        if flight.mission is not None:
            found = missions.get(flight.mission)
            if found is None:
                err(f"{where}.{key}.mission", f"unknown mission {flight.mission!r}")
            elif key != "lost" and c.kind != "landing-site" and found[0].launch != flight.date:
                err(f"{where}.{key}.date", f"{flight.date} is not the launch date of {flight.mission} "
                                           f"({found[0].launch})")
        if as_of and flight.date > as_of:
            err(f"{where}.{key}.date", f"{flight.date} is after the records' as_of date {as_of}")
    if c.first_flight and c.last_flight and c.last_flight.date < c.first_flight.date:
        err(f"{where}.last_flight.date", "the last flight is before the first")
    if c.flights is not None and c.flights < len(c.missions) and c.kind == "orbiter":
        err(f"{where}.flights", f"{c.flights} flights, but {len(c.missions)} missions are linked")


def name_index(craft: Iterable[Craft]) -> dict[tuple[str, ...], tuple[str, ...]]:
    """Each name and alias of a craft with a name of its own, as normalised words, to the ids of the craft that
    have it ("columbia": the orbiter and Apollo 11's command module)."""
    from askspace.text import normalise

    names: dict[tuple[str, ...], list[str]] = {}
    for c in craft:
        for name in (c.name, *c.aliases) if c.named else ():
            ids = names.setdefault(normalise(name).words, [])
            if c.id not in ids:
                ids.append(c.id)
    return {k: tuple(v) for k, v in names.items()}


def export_craft(kb: model.KnowledgeBase) -> list[dict[str, Any]]:
    """The craft for ``--export-knowledge``, keys as in knowledge/README.md."""
    from askspace.export import source_dict

    def flight(f: Flight | None) -> dict[str, Any] | None:
        return None if f is None else {"flight": f.flight, "date": f.date.isoformat(), "mission": f.mission,
                                       "landed": f.landed.isoformat() if f.landed else None}

    return [{"id": c.id, "name": c.name, "kind": c.kind, "named": c.named, "aliases": list(c.aliases),
             "state": c.state, "missions": list(c.missions), "part_of": c.part_of, "crew": c.crew,
             "first_flight": flight(c.first_flight), "last_flight": flight(c.last_flight), "flights": c.flights,
             "lost": None if c.lost is None else {"flight": c.lost.flight, "date": c.lost.date.isoformat(),
                                                  "mission": c.lost.mission, "note": c.lost.note},
             "launched_by": c.launched_by, "meaning": c.meaning, "notes": list(c.notes),
             "sources": [source_dict(s) for s in c.sources]} for c in kb.craft.values()]
