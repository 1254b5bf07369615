"""Strict validation of the ``people:`` entries (``knowledge/people/*.yaml``).

>>> from askspace.fields import DataError, Problems
>>> errors: list[DataError] = []
>>> parse_person({"id": "x", "name": "X", "sex": "male", "born": "1934-13-01", "sources": []},
...              Problems("p.yaml", errors), "people[x]") is None
True
>>> for e in errors: print(e)
p.yaml: people[x].born: '1934-13-01' is not a date or a year (write YYYY-MM-DD or YYYY)
p.yaml: people[x].sources: a person needs at least one source
"""

from __future__ import annotations

from typing import Any

from askspace import model
from askspace.fields import (
    Problems,
    _date,
    _describe,
    _entry,
    _flag,
    _items,
    _mapping,
    _one_of,
    _opt,
    _sources,
    _text,
    _text_list,
    check_id,
    date_or_year,
)
from askspace.flightlog import LINES, ROLES, FlightRecord, pack
from askspace.persons import parse_flight_time
from askspace.schema import FLIGHT_TIME

PERSON_KEYS = {
    "id": True, "name": True, "aliases": False, "sex": True, "born": False, "died": False, "death_cause": False,
    "nationalities": False, "selection": False, "flights": False, "flown": False, "time_in_space": False,
    "spacewalks": False,
    "eva_time": False, "counted_to": False, "notes": False, "sources": True,
}
SELECTION_KEYS = {"group": True, "year": False}
FLOWN_KEYS = {"name": True, "year": True, "role": True, "title": False, "station": False, "down": False,
              "reached_space": False, "date": False, "line": False}


def _count(value: Any, p: Problems, path: str) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    p.add(path, f"expected a whole number (0 or more), got {_describe(value)}")
    return None


def _minutes(value: Any, p: Problems, path: str) -> int | None:
    text = _text(value, p, path)
    if text is None:
        return None
    if not FLIGHT_TIME.match(text):
        p.add(path, f"{text!r} is not a duration (write for example 4d 23h 7m, or 0m)")
        return None
    return parse_flight_time(text)


def _ids(value: Any, p: Problems, path: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not value:
        p.add(path, f"expected a non-empty list of state ids, got {_describe(value)}")
        return ()
    out = [check_id(v, p.file, f"{path}[{i}]", p.errors) for i, v in enumerate(value)]
    return tuple(v for v in out if v is not None)


def _selection(value: Any, p: Problems, path: str) -> model.Selection | None:
    m = _mapping(value, SELECTION_KEYS, p, path)
    if m is None:
        return None
    group = _opt(m, "group", _text, p, path)
    year = _opt(m, "year", _count, p, path)
    return model.Selection(group, year) if group else None


def _flight(m: dict[str, Any], p: Problems, path: str) -> FlightRecord | None:
    name, role = _opt(m, "name", _text, p, path), _opt(m, "role", _one_of(ROLES), p, path)
    year, date = _opt(m, "year", _count, p, path), _opt(m, "date", _date, p, path)
    if date and year is not None and date.year != year:
        p.add(f"{path}.date", f"{date.isoformat()} is not in the flight's year {year}")
    values = {k: _opt(m, k, _text, p, path) for k in ("title", "station", "down")}
    reached = _flag(m, "reached_space", p, path) if "reached_space" in m else True
    line = _opt(m, "line", _one_of(LINES), p, path)
    if line and not reached:
        p.add(f"{path}.line", "a launch that did not reach space crossed no line: remove 'line' or 'reached_space'")
    if name is None or role is None or year is None:
        return None
    return FlightRecord(name, year, role, reached_space=reached, date=date, line=line, **values)


def _flown(value: Any, p: Problems, path: str) -> tuple[FlightRecord, ...]:
    """The person's flights, in the order they flew (years may not go back)."""
    out: list[FlightRecord] = []
    for m, where in _items(value, "flights", FLOWN_KEYS, p, path):
        f = _flight(m, p, where)
        if f and out and f.year < out[-1].year:
            p.add(f"{where}.year", f"{f.year} is before the flight above it ({out[-1].year}): list flights in order")
        out += [f] if f else []
    return tuple(out)


def parse_person(raw: Any, p: Problems, path: str) -> model.Person | None:
    """One person entry, or None when a required part is missing or wrong (each problem reported)."""
    m, pid = _entry(raw, PERSON_KEYS, p, path)
    if m is None:
        return None
    name = _opt(m, "name", _text, p, path)
    sex = _opt(m, "sex", _one_of(model.SEXES), p, path)
    born, born_year = date_or_year(m["born"], p, f"{path}.born") if m.get("born") is not None else (None, None)
    sources = _opt(m, "sources", _sources, p, path)
    if m.get("sources") is not None and not sources:
        p.add(f"{path}.sources", "a person needs at least one source")
    values = {
        "aliases": _opt(m, "aliases", _text_list, p, path) or (),
        "born": born, "born_year": born_year,
        "died": _opt(m, "died", _date, p, path),
        "death_cause": _opt(m, "death_cause", _text, p, path),
        "nationalities": _opt(m, "nationalities", _ids, p, path) or (),
        "selection": _opt(m, "selection", _selection, p, path),
        "flights": _opt(m, "flights", _count, p, path),
        "time_in_space": _opt(m, "time_in_space", _minutes, p, path),
        "spacewalks": _opt(m, "spacewalks", _count, p, path),
        "eva_time": _opt(m, "eva_time", _minutes, p, path),
        "counted_to": _opt(m, "counted_to", _date, p, path),
        "notes": _opt(m, "notes", _text_list, p, path) or (),
    }
    flown = _opt(m, "flown", _flown, p, path) or ()
    to = values["counted_to"]
    counted = [f for f in flown if not (to and f.date and f.date > to)]  # later ones: not in the totals
    reached = sum(f.above_100km for f in counted)
    if flown and values["flights"] is not None and values["flights"] != reached:
        below = sum(f.reached_space and not f.above_100km for f in counted)
        by = f" by {to.isoformat()}" if to else ""
        p.add(f"{path}.flights", f"{values['flights']}, but 'flown' lists {reached} flights that reached space"
                                 f"{by}" + (f" above 100 km (and {below} only above 80 km)" if below else ""))
    if values["death_cause"] and not values["died"]:
        p.add(f"{path}.death_cause", "a death cause needs the date it happened ('died')")
    if pid is None or name is None or sex is None or not sources:
        return None
    shared = tuple(_SHARED.setdefault(s, s) for s in sources)  # hundreds of entries cite the same database
    return model.Person(id=pid, name=name, sex=sex, sources=shared, flown=pack(flown), **values)


_SHARED: dict[model.Source, model.Source] = {}
