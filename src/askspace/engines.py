"""Rocket engines and the propellants they burn (``knowledge/engines.yaml``): types and strict validation.

An engine names its designing bureau or company (``builder``, an agency id) and, where another firm built it,
its ``manufacturer``; what it burns (``fuel`` and ``oxidizer``: propellant ids); its ``cycle``; its thrust per
engine in kilonewtons at sea level and in vacuum; its first flight (a date or a year); its ``status``; and the
stages of the rockets of ``knowledge/rockets.yaml`` it powers (``used_on``). NamedTuples, like the other kinds.

>>> from askspace.fields import DataError, Problems
>>> errors: list[DataError] = []
>>> parse_engine({"id": "f-1", "name": "F-1", "fuel": ["Coal"], "oxidizer": [], "status": "flying",
...               "used_on": [{"rocket": "saturn-v", "stage": "zeroth", "count": 5}], "sources": []},
...              Problems("e.yaml", errors), "engines[f-1]") is None
True
>>> for e in errors: print(e)
e.yaml: engines[f-1].fuel[0]: expected a propellant id, got str 'Coal'
e.yaml: engines[f-1].oxidizer: expected a non-empty list of propellant ids, got list []
e.yaml: engines[f-1].sources: needs at least one source
e.yaml: engines[f-1].status: 'flying' is not one of: in-use, retired, development, cancelled
e.yaml: engines[f-1].used_on[0].stage: 'zeroth' is not one of: first, second, third, fourth, fifth, boosters
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, NamedTuple

from askspace.fields import (
    Problems,
    _describe,
    _entry,
    _items,
    _one_of,
    _opt,
    _text,
    _text_list,
    check_id,
    date_or_year,
    needs_sources,
)
from askspace.model import Source

STATUSES = ("in-use", "retired", "development", "cancelled")
STAGES = ("first", "second", "third", "fourth", "fifth", "boosters")
CYCLES = {  # id -> how answers name it
    "gas-generator": "gas-generator cycle", "staged-combustion": "staged-combustion (closed) cycle",
    "full-flow-staged-combustion": "full-flow staged-combustion cycle", "expander": "expander cycle",
    "tap-off": "combustion tap-off cycle", "pressure-fed": "pressure-fed (no pumps)",
    "electric-pump": "electric-pump-fed (battery-driven pumps)",
}
ROLES = ("fuel", "oxidizer")
_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


class Propellant(NamedTuple):
    """A fuel or oxidizer, with the names people use for it ("RP-1", "kerosene")."""

    id: str
    name: str
    role: str  # fuel or oxidizer
    sources: tuple[Source, ...]
    aliases: tuple[str, ...] = ()


class Use(NamedTuple):
    """One stage of one rocket that an engine powers: how many of it, and the stage's own name."""

    rocket: str  # a rocket id
    stage: str  # one of STAGES
    number: int = 1  # how many of the engine the stage has (the YAML key ``count``)
    stage_name: str | None = None  # "S-IC", "the four strap-on boosters"


class Engine(NamedTuple):
    """A liquid-fuel rocket engine."""

    id: str
    name: str
    sources: tuple[Source, ...]
    fuel: tuple[str, ...]  # propellant ids; more than one when versions differed (said in notes)
    oxidizer: tuple[str, ...]
    status: str  # one of STATUSES
    aliases: tuple[str, ...] = ()
    versions: tuple[str, ...] = ()  # names of its versions ("RD-107A"): facts of one version are not in the entry
    builder: str | None = None  # the agency id of the bureau or company that designed it
    manufacturer: str | None = None  # the agency id of another firm that built it
    makers: str | None = None  # who designed or built it, in words, when that is no agency entry
    designer: str | None = None  # a person, when sources name one
    state: str | None = None
    fuel_grade: str | None = None  # "RP-1", "75% ethanol and 25% water"
    cycle: str | None = None  # a key of CYCLES
    thrust_sl_kn: float | None = None  # per engine, at sea level
    thrust_vac_kn: float | None = None  # per engine, in vacuum
    expansion_ratio: float | None = None  # nozzle exit area over throat area
    chamber_pressure_mpa: float | None = None  # combustion chamber pressure, in megapascals
    first_flight: dt.date | None = None
    first_flight_year: int | None = None  # always set when first_flight is
    status_year: int | None = None  # the year it was retired (or cancelled)
    used_on: tuple[Use, ...] = ()
    also_used_on: tuple[str, ...] = ()  # vehicles that are not rocket entries, in words
    summary: str | None = None
    notes: tuple[str, ...] = ()


def pairs(e: Engine) -> list[tuple[str, str]]:
    """The (fuel, oxidizer) pairs the engine burned: lists of the same length above one pair up by position, one
    pair per version (the LR87: Aerozine 50 with nitrogen tetroxide, kerosene with liquid oxygen); else every fuel
    with every oxidizer."""
    if len(e.fuel) == len(e.oxidizer) > 1:
        return list(zip(e.fuel, e.oxidizer, strict=True))
    return [(f, o) for f in e.fuel for o in e.oxidizer]


def burns_all(e: Engine, propellants: list[str]) -> bool:
    """Whether one version of the engine burns every propellant named (a fuel and an oxidizer together)."""
    return any(all(p in pair for p in propellants) for pair in pairs(e))


PROPELLANT_KEYS = {"id": True, "name": True, "role": True, "aliases": False, "sources": True}
ENGINE_KEYS = {
    "id": True, "name": True, "aliases": False, "versions": False, "builder": False, "manufacturer": False,
    "makers": False,
    "designer": False, "state": False, "fuel": True, "fuel_grade": False, "oxidizer": True, "cycle": False,
    "thrust_sl_kn": False, "thrust_vac_kn": False, "expansion_ratio": False, "chamber_pressure_mpa": False,
    "first_flight": False, "status": True, "status_year": False,
    "used_on": False, "also_used_on": False, "summary": False, "notes": False, "sources": True,
}
USE_KEYS = {"rocket": True, "stage": True, "count": False, "stage_name": False}



def parse_propellant(raw: Any, p: Problems, path: str) -> Propellant | None:
    """One propellant entry, or None when a required part is missing or wrong (each problem reported)."""
    m, pid = _entry(raw, PROPELLANT_KEYS, p, path)
    if m is None:
        return None
    name = _opt(m, "name", _text, p, path)
    role = _opt(m, "role", _one_of(ROLES), p, path)
    aliases = _opt(m, "aliases", _text_list, p, path) or ()
    sources = needs_sources(m, p, path)
    if pid is None or name is None or role is None or not sources:
        return None
    return Propellant(pid, name, role, sources, aliases)


def _propellants(value: Any, p: Problems, path: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not value:
        p.add(path, f"expected a non-empty list of propellant ids, got {_describe(value)}")
        return ()
    out = []
    for i, v in enumerate(value):
        if not isinstance(v, str) or not _ID.match(v):
            p.add(f"{path}[{i}]", f"expected a propellant id, got {_describe(v)}")
        else:
            out.append(v)
    return tuple(out)


def _kilonewtons(value: Any, p: Problems, path: str) -> float | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 0 < value < 100_000:
        return float(value)
    p.add(path, f"expected a thrust in kilonewtons (a number above 0), got {_describe(value)}")
    return None


def _positive(value: Any, p: Problems, path: str) -> float | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 0 < value < 1000:
        return float(value)
    p.add(path, f"expected a number above 0 (an expansion ratio, or a pressure in MPa), got {_describe(value)}")
    return None


def _year(value: Any, p: Problems, path: str) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool) and 1900 < value < 2100:
        return value
    p.add(path, f"expected a year (YYYY), got {_describe(value)}")
    return None


def _count(value: Any, p: Problems, path: str) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    p.add(path, f"expected a whole number above 0, got {_describe(value)}")
    return None


def _uses(value: Any, p: Problems, path: str) -> tuple[Use, ...]:
    out = []
    for m, where in _items(value, "stages", USE_KEYS, p, path):
        rocket = check_id(m.get("rocket"), p.file, f"{where}.rocket", p.errors)
        stage = _opt(m, "stage", _one_of(STAGES), p, where)
        count = _opt(m, "count", _count, p, where) or 1
        if rocket is not None and stage is not None:
            out.append(Use(rocket, stage, count, _opt(m, "stage_name", _text, p, where)))
    return tuple(out)


def parse_engine(raw: Any, p: Problems, path: str) -> Engine | None:
    """One engine entry, or None when a required part is missing or wrong (each problem reported)."""
    m, eid = _entry(raw, ENGINE_KEYS, p, path)
    if m is None:
        return None
    name = _opt(m, "name", _text, p, path)
    fuel = _propellants(m["fuel"], p, f"{path}.fuel") if "fuel" in m else ()
    oxidizer = _propellants(m["oxidizer"], p, f"{path}.oxidizer") if "oxidizer" in m else ()
    sources = needs_sources(m, p, path)
    status = _opt(m, "status", _one_of(STATUSES), p, path)
    first, year = date_or_year(m["first_flight"], p, f"{path}.first_flight") if m.get("first_flight") else (None, None)
    values = {
        "aliases": _opt(m, "aliases", _text_list, p, path) or (),
        "versions": _opt(m, "versions", _text_list, p, path) or (),
        "builder": _opt(m, "builder", _an_id, p, path),
        "manufacturer": _opt(m, "manufacturer", _an_id, p, path),
        "makers": _opt(m, "makers", _text, p, path),
        "designer": _opt(m, "designer", _text, p, path),
        "state": _opt(m, "state", _an_id, p, path),
        "fuel_grade": _opt(m, "fuel_grade", _text, p, path),
        "cycle": _opt(m, "cycle", _one_of(tuple(CYCLES)), p, path),
        "thrust_sl_kn": _opt(m, "thrust_sl_kn", _kilonewtons, p, path),
        "thrust_vac_kn": _opt(m, "thrust_vac_kn", _kilonewtons, p, path),
        "expansion_ratio": _opt(m, "expansion_ratio", _positive, p, path),
        "chamber_pressure_mpa": _opt(m, "chamber_pressure_mpa", _positive, p, path),
        "first_flight": first, "first_flight_year": year,
        "status_year": _opt(m, "status_year", _year, p, path),
        "used_on": _opt(m, "used_on", _uses, p, path) or (),
        "also_used_on": _opt(m, "also_used_on", _text_list, p, path) or (),
        "summary": _opt(m, "summary", _text, p, path),
        "notes": _opt(m, "notes", _text_list, p, path) or (),
    }
    if values["status_year"] and status not in ("retired", "cancelled"):
        p.add(f"{path}.status_year", "a status year is the year it was retired or cancelled (status retired)")
    if eid is None or name is None or not fuel or not oxidizer or status is None or not sources:
        return None
    return Engine(id=eid, name=name, sources=sources, fuel=fuel, oxidizer=oxidizer, status=status, **values)


def _an_id(value: Any, p: Problems, path: str) -> str | None:
    return check_id(value, p.file, path, p.errors)
