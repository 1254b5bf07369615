"""Strict validation of the core kinds' raw YAML mappings (states, bodies, programs, missions) into typed
knowledge values, with the field readers of :mod:`askspace.fields`.

Each problem becomes a :class:`DataError` naming the file, the key path and what to
fix; validation never stops at the first problem.
"""

from __future__ import annotations

import re
from typing import Any

from askspace import figures, model
from askspace.fields import (
    Problems,
    _date,
    _describe,
    _entry,
    _enum,
    _flag,
    _items,
    _mapping,
    _one_of,
    _opt,
    _sources,
    _text,
    _text_list,
)

STATE_KEYS = {
    "id": True, "name": True, "short": True, "adjective": True, "kind": True,
    "aliases": False, "loose_aliases": False, "from": False, "to": False,
    "successor": False, "sources": False,
}
BODY_KEYS = {"id": True, "name": True, "kind": True, "parent": False, "aliases": False}
PROGRAM_KEYS = {"id": True, "name": True, "country": True, "aliases": False, "sources": False, "began": False,
                "ended": False, "ongoing": False, "purpose": False, "flights": False, "flights_counted": False,
                "notes": False, "meaning": False}
MISSION_KEYS = {
    "id": True, "name": True, "aliases": False, "program": False, "also_in": False, "commercial": False,
    "country": True,
    "agency": False, "target": True, "types": True, "launch": True,
    "launch_vehicle": False, "rocket": False, "arrival": False, "landing": False, "end": False, "returned": False,
    "status": False, "outcome": True, "outcome_reason": True, "part_of": False, "twin": False,
    "summary": False, "rover": False, "encounters": False, "crew": False, "firsts": False, "notes": False,
    "sources": True, "events": False, "animals": False, "figures": False,
}
LANDING_KEYS = {"date": False, "result": True, "operated": False, "site": False, "crewed": False,
                "note": False}
CREW_KEYS = {"name": True, "role": True, "nationality": False, "died": False, "landed": False,
             "landed_in": False, "flight_time": False, "aliases": False, "sex": True}
FLIGHT_TIME = re.compile(r"^(?=\d)(\d+d)?(?: ?\d+h)?(?: ?\d+m)?$")


def parse_state(raw: Any, p: Problems, path: str) -> model.State | None:
    m, sid = _entry(raw, STATE_KEYS, p, path)
    if m is None:
        return None
    name = _opt(m, "name", _text, p, path)
    short = _opt(m, "short", _text, p, path)
    adjective = _opt(m, "adjective", _text, p, path)
    kind = _opt(m, "kind", _one_of(model.STATE_KINDS), p, path)
    if sid is None or name is None or short is None or adjective is None or kind is None:
        return None
    return model.State(
        id=sid, name=name, short=short, adjective=adjective, kind=kind,
        aliases=_opt(m, "aliases", _text_list, p, path) or (),
        loose_aliases=_opt(m, "loose_aliases", _text_list, p, path) or (),
        start=_opt(m, "from", _date, p, path), end=_opt(m, "to", _date, p, path),
        successor=_opt(m, "successor", _text, p, path),
        sources=_opt(m, "sources", _sources, p, path) or (),
    )


def parse_body(raw: Any, p: Problems, path: str) -> model.Body | None:
    m, bid = _entry(raw, BODY_KEYS, p, path)
    if m is None:
        return None
    name = _opt(m, "name", _text, p, path)
    kind = _opt(m, "kind", _one_of(model.BODY_KINDS), p, path)
    if bid is None or name is None or kind is None:
        return None
    return model.Body(
        id=bid, name=name, kind=kind, parent=_opt(m, "parent", _text, p, path),
        aliases=_opt(m, "aliases", _text_list, p, path) or (),
    )


def parse_program(raw: Any, p: Problems, path: str) -> model.Program | None:
    m, pid = _entry(raw, PROGRAM_KEYS, p, path)
    if m is None:
        return None
    name = _opt(m, "name", _text, p, path)
    country = _opt(m, "country", _text, p, path)
    if pid is None or name is None or country is None:
        return None
    from askspace.programinfo import parse_details  # its keys are read only when the files are loaded

    program = model.Program(
        id=pid, name=name, country=country,
        aliases=_opt(m, "aliases", _text_list, p, path) or (),
        sources=_opt(m, "sources", _sources, p, path) or (),
    )
    return parse_details(program, m, p, path)


def _landing(raw: Any, p: Problems, path: str) -> model.Landing | None:
    m = _mapping(raw, LANDING_KEYS, p, path)
    if m is None:
        return None
    result = _opt(m, "result", _one_of(model.LANDING_RESULTS), p, path)
    date = _opt(m, "date", _date, p, path)
    raw_operated = m.get("operated")
    if isinstance(raw_operated, bool):  # YAML 1.1 reads unquoted yes/no as booleans
        raw_operated = "yes" if raw_operated else "none"
    operated = (None if raw_operated is None
                else _enum(raw_operated, model.OPERATED, p, f"{path}.operated"))
    if result is not None and result != "missed" and m.get("date") is None:
        p.add(f"{path}.date", f"missing required key (a {result!r} landing needs its date)")
    if result == "soft" and m.get("operated") is None:
        p.add(f"{path}.operated", "missing required key (a soft landing needs yes, brief or none)")
    if result not in (None, "soft") and m.get("operated") is not None:
        p.add(f"{path}.operated", f"only a soft landing has 'operated' (result is {result!r})")
    crewed = _flag(m, "crewed", p, path)
    if result is None:
        return None
    return model.Landing(result=result, date=date, operated=operated,
                         site=_opt(m, "site", _text, p, path), crewed=crewed,
                         note=_opt(m, "note", _text, p, path))


def _crew(value: Any, p: Problems, path: str) -> tuple[model.CrewMember, ...]:
    out = []
    for m, cp in _items(value, "crew members", CREW_KEYS, p, path):
        name, role = _opt(m, "name", _text, p, cp), _opt(m, "role", _text, p, cp)
        died = _flag(m, "died", p, cp)
        flight_time = _opt(m, "flight_time", _text, p, cp)
        if flight_time and not FLIGHT_TIME.match(flight_time):
            p.add(f"{cp}.flight_time", f"{flight_time!r} is not a flight time (write for example 4d 23h 7m)")
            flight_time = None
        sex = _opt(m, "sex", _one_of(model.SEXES), p, cp)
        if name and role and sex:
            out.append(model.CrewMember(
                name, role, _opt(m, "nationality", _text, p, cp), died,
                landed=_opt(m, "landed", _date, p, cp), landed_in=_opt(m, "landed_in", _text, p, cp),
                flight_time=flight_time, aliases=_opt(m, "aliases", _text_list, p, cp) or (), sex=sex))
    return tuple(out)


def _encounters(value: Any, p: Problems, path: str) -> tuple[model.Encounter, ...]:
    out = []
    for m, ep in _items(value, "encounters", {"body": True, "date": True, "kind": False}, p, path):
        body, date = _opt(m, "body", _text, p, ep), _opt(m, "date", _date, p, ep)
        kind = _opt(m, "kind", _one_of(("flyby", "orbit")), p, ep) or "flyby"
        if body and date:
            out.append(model.Encounter(body, date, kind))
    return tuple(out)


def _types(value: Any, p: Problems, path: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not value:
        p.add(path, f"expected a non-empty list of mission types, got {_describe(value)}")
        return ()
    out = [_enum(v, model.MISSION_TYPES, p, f"{path}[{i}]") for i, v in enumerate(value)]
    return tuple(v for v in out if v is not None)


def _animals(value: Any, p: Problems, path: str) -> tuple[model.Animal, ...]:
    out = []
    for m, ap in _items(value, "animals", {"species": True, "survived": True, "name": False, "note": False}, p, path):
        species, survived = _opt(m, "species", _text, p, ap), m.get("survived")
        if survived is not None and not isinstance(survived, bool):
            p.add(f"{ap}.survived", f"expected true or false, got {_describe(survived)}")
        elif species and survived is not None:
            out.append(model.Animal(species, survived, _opt(m, "name", _text, p, ap), _opt(m, "note", _text, p, ap)))
    return tuple(out)


def _figures(value: Any, p: Problems, path: str) -> tuple[figures.Figure, ...]:
    from askspace.figureschema import parse_figures  # imported here: figureschema builds on this module

    return parse_figures(value, p, path)


def _parse_events(value: Any, p: Problems, path: str) -> tuple[model.Event, ...]:
    from askspace.eventschema import parse_events  # imported here: eventschema builds on this module

    return parse_events(value, p, path)


def parse_mission(raw: Any, p: Problems, path: str) -> model.Mission | None:
    m, mid = _entry(raw, MISSION_KEYS, p, path)
    if m is None:
        return None
    values = {
        "name": _opt(m, "name", _text, p, path),
        "country": _opt(m, "country", _text, p, path),
        "target": _opt(m, "target", _text, p, path),
        "types": _opt(m, "types", _types, p, path),
        "launch": _opt(m, "launch", _date, p, path),
        "outcome": _opt(m, "outcome", _one_of(model.OUTCOMES), p, path),
        "outcome_reason": _opt(m, "outcome_reason", _text, p, path),
        "sources": _opt(m, "sources", _sources, p, path),
    }
    if m.get("sources") is not None and not values["sources"]:
        p.add(f"{path}.sources", "a mission needs at least one source")
    status = _opt(m, "status", _one_of(("ended", "active")), p, path)
    optional = {
        "aliases": _opt(m, "aliases", _text_list, p, path) or (),
        "program": _opt(m, "program", _text, p, path),
        "also_in": _opt(m, "also_in", _text_list, p, path) or (),
        "commercial": _flag(m, "commercial", p, path),
        "agency": _opt(m, "agency", _text, p, path),
        "launch_vehicle": _opt(m, "launch_vehicle", _text, p, path),
        "rocket": _opt(m, "rocket", _text, p, path),
        "arrival": _opt(m, "arrival", _date, p, path),
        "landing": _opt(m, "landing", _landing, p, path),
        "end": _opt(m, "end", _date, p, path),
        "returned": _opt(m, "returned", _date, p, path),
        "status": status or "ended",
        "part_of": _opt(m, "part_of", _text, p, path),
        "summary": _opt(m, "summary", _text, p, path),
        "twin": _opt(m, "twin", _text, p, path),
        "rover": _opt(m, "rover", _text, p, path),
        "encounters": _opt(m, "encounters", _encounters, p, path) or (),
        "crew": _opt(m, "crew", _crew, p, path) or (),
        "firsts": _opt(m, "firsts", _text_list, p, path) or (),
        "notes": _opt(m, "notes", _text_list, p, path) or (),
        "events": _opt(m, "events", _parse_events, p, path) or (),
        "animals": _opt(m, "animals", _animals, p, path) or (),
        "figures": _opt(m, "figures", _figures, p, path) or (),
    }
    if mid is None or any(not v for v in values.values()):
        return None
    return model.Mission(id=mid, file=p.file, **values, **optional)
