"""Strict validation of the ``agencies:`` and ``rockets:`` entries (``knowledge/agencies.yaml``,
``knowledge/rockets.yaml``).

>>> from askspace.fields import DataError, Problems
>>> errors: list[DataError] = []
>>> parse_rocket({"id": "n1", "name": "N1", "first_flight": "1969-02-31", "sources": []},
...              Problems("r.yaml", errors), "rockets[n1]") is None
True
>>> for e in errors: print(e)
r.yaml: rockets[n1].sources: needs at least one source
r.yaml: rockets[n1].first_flight: '1969-02-31' is not a date (write YYYY-MM-DD)
"""

from __future__ import annotations

from typing import Any

from askspace.fields import (
    Problems,
    _date,
    _describe,
    _entry,
    _flag,
    _one_of,
    _opt,
    _text,
    _text_list,
    check_id,
    date_or_year,
    needs_sources,
)
from askspace.kinds import AGENCY_KINDS, Agency, Rocket

AGENCY_KEYS = {
    "id": True, "name": True, "kind": True, "full_name": False, "native_name": False, "aliases": False,
    "state": False, "founded": False, "founded_by": False, "began": False, "ended": False,
    "predecessors": False, "successors": False, "notes": False, "sources": True,
}
ROCKET_KEYS = {
    "id": True, "name": True, "aliases": False, "variants": False, "builder": False, "makers": False,
    "designer": False, "state": False, "family": False, "first_flight": False, "last_flight": False,
    "launches": False, "retired": False, "summary": False, "firsts": False, "notes": False, "sources": True,
    "stages": False, "stages_counted": False, "height_m": False, "diameter_m": False, "liftoff_thrust_kn": False,
    "payload_leo_kg": False, "figures_note": False, "manufacturers": False, "pads": False, "mass_kg": False,
}


def _ids(value: Any, p: Problems, path: str, what: str = "ids") -> tuple[str, ...]:
    if not isinstance(value, list) or not value:
        p.add(path, f"expected a non-empty list of {what}, got {_describe(value)}")
        return ()
    out = [check_id(v, p.file, f"{path}[{i}]", p.errors) for i, v in enumerate(value)]
    return tuple(v for v in out if v is not None)


def _count(value: Any, p: Problems, path: str) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    p.add(path, f"expected a whole number above 0, got {_describe(value)}")
    return None


def _measure(value: Any, p: Problems, path: str) -> float | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0:
        return float(value)
    p.add(path, f"expected a number above 0 (in the unit its key names), got {_describe(value)}")
    return None


def _id(value: Any, p: Problems, path: str) -> str | None:
    return check_id(value, p.file, path, p.errors)



def parse_agency(raw: Any, p: Problems, path: str) -> Agency | None:
    """One agency entry, or None when a required part is missing or wrong (each problem reported)."""
    m, aid = _entry(raw, AGENCY_KEYS, p, path)
    if m is None:
        return None
    name = _opt(m, "name", _text, p, path)
    kind = _opt(m, "kind", _one_of(AGENCY_KINDS), p, path)
    founded, year = date_or_year(m["founded"], p, f"{path}.founded") if m.get("founded") is not None else (None, None)
    sources = needs_sources(m, p, path)
    values = {
        "full_name": _opt(m, "full_name", _text, p, path),
        "native_name": _opt(m, "native_name", _text, p, path),
        "aliases": _opt(m, "aliases", _text_list, p, path) or (),
        "state": _opt(m, "state", _id, p, path),
        "founded": founded, "founded_year": year,
        "founded_by": _opt(m, "founded_by", _text, p, path),
        "began": _opt(m, "began", _date, p, path),
        "ended": _opt(m, "ended", _date, p, path),
        "predecessors": _opt(m, "predecessors", _ids, p, path) or (),
        "successors": _opt(m, "successors", _ids, p, path) or (),
        "notes": _opt(m, "notes", _text_list, p, path) or (),
    }
    if aid is None or name is None or kind is None or not sources:
        return None
    return Agency(id=aid, name=name, kind=kind, sources=sources, **values)


def parse_rocket(raw: Any, p: Problems, path: str) -> Rocket | None:
    """One rocket entry, or None when a required part is missing or wrong (each problem reported)."""
    m, rid = _entry(raw, ROCKET_KEYS, p, path)
    if m is None:
        return None
    name = _opt(m, "name", _text, p, path)
    sources = needs_sources(m, p, path)
    values = {
        "aliases": _opt(m, "aliases", _text_list, p, path) or (),
        "variants": _opt(m, "variants", _text_list, p, path) or (),
        "builder": _opt(m, "builder", _id, p, path),
        "makers": _opt(m, "makers", _text, p, path),
        "designer": _opt(m, "designer", _text, p, path),
        "state": _opt(m, "state", _id, p, path),
        "family": _opt(m, "family", _id, p, path),
        "first_flight": _opt(m, "first_flight", _date, p, path),
        "last_flight": _opt(m, "last_flight", _date, p, path),
        "retired": _flag(m, "retired", p, path),
        "launches": _opt(m, "launches", _count, p, path),
        "summary": _opt(m, "summary", _text, p, path),
        "firsts": _opt(m, "firsts", _text_list, p, path) or (),
        "notes": _opt(m, "notes", _text_list, p, path) or (),
        "stages": _opt(m, "stages", _count, p, path),
        "stages_counted": _opt(m, "stages_counted", _text, p, path),
        "height_m": _opt(m, "height_m", _measure, p, path),
        "diameter_m": _opt(m, "diameter_m", _measure, p, path),
        "liftoff_thrust_kn": _opt(m, "liftoff_thrust_kn", _measure, p, path),
        "payload_leo_kg": _opt(m, "payload_leo_kg", _measure, p, path),
        "figures_note": _opt(m, "figures_note", _text, p, path),
        "manufacturers": _opt(m, "manufacturers", _ids, p, path) or (),
        "pads": _opt(m, "pads", _ids, p, path) or (),
        "mass_kg": _opt(m, "mass_kg", _measure, p, path),
    }
    if values["launches"] and not values["retired"]:
        p.add(f"{path}.launches", "a count of launches is given only for a retired rocket (add retired: true)")
    if values["last_flight"] and not values["retired"]:
        p.add(f"{path}.last_flight", "a last flight is given only for a retired rocket (add retired: true)")
    if rid is None or name is None or not sources:
        return None
    return Rocket(id=rid, name=name, sources=sources, **values)
