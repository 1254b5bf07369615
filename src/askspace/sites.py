"""Places (``places:``, knowledge/places.yaml): launch sites, launch complexes and pads, test ranges, centres and
landing zones; and where missions were launched from and came down (``mission_places:``, keyed by mission id).

The module is named ``sites`` because :mod:`askspace.places` is where askspace keeps its cache and history.

>>> from askspace.fields import DataError, Problems
>>> errors: list[DataError] = []
>>> parse_place({"id": "cape", "name": "Cape", "kind": "spaceport", "sources": []},
...             Problems("p.yaml", errors), "places[cape]") is None
True
>>> for e in errors: print(e)
p.yaml: places[cape].kind: 'spaceport' is not one of: launch-site, launch-complex, test-range, centre, landing-zone
p.yaml: places[cape].sources: needs at least one source
p.yaml: places[cape]: a place needs `located` (or a `parent` it lies in)
"""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple

from askspace import model
from askspace.fields import (
    Problems,
    _entry,
    _mapping,
    _one_of,
    _opt,
    _text,
    _text_list,
    check_id,
    date_or_year,
    needs_sources,
)

KINDS = ("launch-site", "launch-complex", "test-range", "centre", "landing-zone")
KIND_NAMES = {"launch-site": "launch site", "launch-complex": "launch complex", "test-range": "test range",
              "centre": "centre", "landing-zone": "landing zone"}
LANDING_KINDS = ("splashdown", "land", "runway")
PLACE_KEYS = {"id": True, "name": True, "aliases": False, "kind": True, "parent": False, "located": False,
              "operator": False, "operator_name": False, "opened": False, "renamed": False, "first_launch": False,
              "last_launch": False, "first_landing": False, "notable_launches": False, "summary": False,
              "notes": False, "sources": True}
LOCATED_KEYS = {"place": False, "region": False, "province": False, "country": True}
RENAME_KEYS = {"name": True, "date": True, "note": False}
EVENT_KEYS = {"date": True, "what": True, "mission": False}
MISSION_PLACE_KEYS = {"mission": True, "launch_site": True, "landing": False, "notes": False, "sources": True}
LANDING_KEYS = {"kind": True, "place": True, "date": False, "zone": False, "recovered_by": False}


class When(NamedTuple):
    """A date or, when the sources give only that, a year."""

    date: dt.date | None
    year: int

    @property
    def key(self) -> tuple[int, dt.date]:
        return self.year, self.date or dt.date(self.year, 1, 1)


class Located(NamedTuple):
    """Where a place is: the town, island or area, the county or region, the state or province, the country."""

    place: str | None
    region: str | None
    province: str | None
    country: str  # a state id


class Rename(NamedTuple):
    """A new name the place took, and when."""

    name: str
    when: When
    note: str | None


class Happening(NamedTuple):
    """A first or last launch or landing: when, what it was, the mission of the records when it is one."""

    date: dt.date
    what: str
    mission: str | None


class Place(NamedTuple):
    id: str
    name: str
    aliases: tuple[str, ...]
    kind: str
    parent: str | None  # the place id of the site a pad or a group belongs to
    located: Located | None
    operator: str | None  # an agency id
    operator_name: str | None  # an operator that is no agency of the records, as said in answers
    opened: When | None
    renamed: tuple[Rename, ...]
    first_launch: Happening | None
    last_launch: Happening | None
    first_landing: Happening | None
    notable_launches: tuple[str, ...]  # mission ids besides those of mission_places
    summary: str | None
    notes: tuple[str, ...]
    sources: tuple[model.Source, ...]

    @property
    def kind_name(self) -> str:
        return KIND_NAMES[self.kind]


class Landing(NamedTuple):
    kind: str  # splashdown, land or runway
    place: str  # as said in answers: "the Atlantic Ocean near Grand Turk Island"
    zone: str | None  # a landing-zone place id
    recovered_by: str | None  # the ship that picked the crew up
    date: dt.date | None = None  # when it is not the mission's end (a craft that came back without its crew)


class MissionPlace(NamedTuple):
    """Where a mission of the records was launched from and, for a crewed flight, where it came down."""

    id: str  # the mission id
    launch_site: str  # a place id (a pad where the sources name it)
    landing: Landing | None
    notes: tuple[str, ...]
    sources: tuple[model.Source, ...]


def _id(value: Any, p: Problems, path: str) -> str | None:
    return check_id(value, p.file, path, p.errors)


def _when(value: Any, p: Problems, path: str) -> When | None:
    day, year = date_or_year(value, p, path)
    return When(day, year) if year is not None else None


def _located(value: Any, p: Problems, path: str) -> Located | None:
    m = _mapping(value, LOCATED_KEYS, p, path)
    if m is None:
        return None
    country = _opt(m, "country", _id, p, path)
    place, region, province = (_opt(m, k, _text, p, path) for k in ("place", "region", "province"))
    return Located(place, region, province, country) if country else None


def _renames(value: Any, p: Problems, path: str) -> tuple[Rename, ...]:
    if not isinstance(value, list) or not value:
        p.add(path, "expected a non-empty list of {name, date, note}")
        return ()
    out = []
    for i, raw in enumerate(value):
        m = _mapping(raw, RENAME_KEYS, p, f"{path}[{i}]")
        if m is None:
            continue
        name, when = _opt(m, "name", _text, p, f"{path}[{i}]"), _opt(m, "date", _when, p, f"{path}[{i}]")
        if name and when:
            out.append(Rename(name, when, _opt(m, "note", _text, p, f"{path}[{i}]")))
    return tuple(out)


def _happening(value: Any, p: Problems, path: str) -> Happening | None:
    m = _mapping(value, EVENT_KEYS, p, path)
    if m is None:
        return None
    from askspace.fields import _date

    date, what = _opt(m, "date", _date, p, path), _opt(m, "what", _text, p, path)
    mission = _opt(m, "mission", _id, p, path)
    return Happening(date, what, mission) if date and what else None


def _ids(value: Any, p: Problems, path: str) -> tuple[str, ...]:
    from askspace.kindschema import _ids as ids

    return ids(value, p, path, "mission ids")



def parse_place(raw: Any, p: Problems, path: str) -> Place | None:
    """A ``places:`` entry, or None after reporting what is wrong."""
    m, place_id = _entry(raw, PLACE_KEYS, p, path)
    if m is None:
        return None
    name = _opt(m, "name", _text, p, path)
    kind = _opt(m, "kind", _one_of(KINDS), p, path)
    sources = needs_sources(m, p, path)
    rest = (_opt(m, "parent", _id, p, path), _opt(m, "located", _located, p, path),
            _opt(m, "operator", _id, p, path), _opt(m, "operator_name", _text, p, path),
            _opt(m, "opened", _when, p, path), _opt(m, "renamed", _renames, p, path) or (),
            _opt(m, "first_launch", _happening, p, path), _opt(m, "last_launch", _happening, p, path),
            _opt(m, "first_landing", _happening, p, path), _opt(m, "notable_launches", _ids, p, path) or (),
            _opt(m, "summary", _text, p, path), _opt(m, "notes", _text_list, p, path) or (), sources)
    if m.get("parent") is None and m.get("located") is None:
        p.add(path, "a place needs `located` (or a `parent` it lies in)")
    if place_id is None or name is None or kind is None or not sources:
        return None
    return Place(place_id, name, _opt(m, "aliases", _text_list, p, path) or (), kind, *rest)


def _landing(value: Any, p: Problems, path: str) -> Landing | None:
    m = _mapping(value, LANDING_KEYS, p, path)
    if m is None:
        return None
    kind, place = _opt(m, "kind", _one_of(LANDING_KINDS), p, path), _opt(m, "place", _text, p, path)
    zone, ship = _opt(m, "zone", _id, p, path), _opt(m, "recovered_by", _text, p, path)
    from askspace.fields import _date

    date = _opt(m, "date", _date, p, path)
    return Landing(kind, place, zone, ship, date) if kind and place else None


def parse_mission_place(raw: Any, p: Problems, path: str) -> MissionPlace | None:
    """A ``mission_places:`` entry, or None after reporting what is wrong."""
    m = _mapping(raw, MISSION_PLACE_KEYS, p, path)
    if m is None:
        return None
    mission, site = _opt(m, "mission", _id, p, path), _opt(m, "launch_site", _id, p, path)
    landing, notes = _opt(m, "landing", _landing, p, path), _opt(m, "notes", _text_list, p, path) or ()
    sources = needs_sources(m, p, path)
    if mission is None or site is None or not sources:
        return None
    return MissionPlace(mission, site, landing, notes, sources)
