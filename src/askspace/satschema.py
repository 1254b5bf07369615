"""Strict validation of the ``first_satellites:`` entries (``knowledge/first_satellites.yaml``) and their
references to states and missions.

>>> from askspace.fields import DataError, Problems
>>> errors: list[DataError] = []
>>> parse_first_satellite({"state": "x", "satellite": "X-1", "launch": "1965-11-31", "rocket": "R",
...                        "site": "S", "launched_by": "x", "sources": []}, Problems("f.yaml", errors),
...                       "first_satellites[x]") is None
True
>>> for e in errors: print(e)
f.yaml: first_satellites[x].launch: '1965-11-31' is not a date (write YYYY-MM-DD)
f.yaml: first_satellites[x].sources: a first satellite needs at least one source
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from askspace import model
from askspace.fields import Problems, _date, _mapping, _opt, _sources, _text, _text_list, check_id
from askspace.satmodel import FirstSatellite, SatelliteLaunch

ENTRY_KEYS = {
    "state": True, "satellite": True, "aliases": False, "launch": True, "rocket": True, "site": True,
    "launched_by": True, "mission": False, "own_launch": False, "notes": False, "sources": True,
}
LAUNCH_KEYS = {"satellite": True, "aliases": False, "launch": True, "rocket": True, "site": True, "mission": False}

FIRST_LAUNCH = dt.date(1957, 10, 4)  # Sputnik 1: no satellite went up before it
Err = Callable[[str, str], None]
Table = dict[str, tuple[FirstSatellite, str]]


def _launch(m: dict[str, Any], p: Problems, path: str) -> SatelliteLaunch | None:
    """The satellite, date, rocket and site of one launch (an entry or its ``own_launch``)."""
    satellite = _opt(m, "satellite", _text, p, path)
    launch = _opt(m, "launch", _date, p, path)
    rocket = _opt(m, "rocket", _text, p, path)
    site = _opt(m, "site", _text, p, path)
    aliases = _opt(m, "aliases", _text_list, p, path) or ()
    mission = check_id(m["mission"], p.file, f"{path}.mission", p.errors) if m.get("mission") is not None else None
    if satellite is None or launch is None or rocket is None or site is None:
        return None
    return SatelliteLaunch(satellite, launch, rocket, site, aliases, mission)


def parse_first_satellite(raw: Any, p: Problems, path: str) -> FirstSatellite | None:
    """One state's entry, or None when a required part is missing or wrong (each problem reported)."""
    m = _mapping(raw, ENTRY_KEYS, p, path)
    if m is None:
        return None
    state = check_id(m["state"], p.file, f"{path}.state", p.errors) if m.get("state") is not None else None
    by = check_id(m["launched_by"], p.file, f"{path}.launched_by", p.errors) \
        if m.get("launched_by") is not None else None
    first = _launch(m, p, path)
    own = None
    if m.get("own_launch") is not None:
        own_raw = _mapping(m["own_launch"], LAUNCH_KEYS, p, f"{path}.own_launch")
        own = _launch(own_raw, p, f"{path}.own_launch") if own_raw is not None else None
    sources = _opt(m, "sources", _sources, p, path)
    if m.get("sources") is not None and not sources:
        p.add(f"{path}.sources", "a first satellite needs at least one source")
    notes = _opt(m, "notes", _text_list, p, path) or ()
    if state is None or by is None or first is None or not sources:
        return None
    if own is not None and by == state:
        p.add(f"{path}.own_launch", "the first satellite was already launched by the state itself; "
                                    "remove own_launch or correct launched_by")
        return None
    shared = tuple(_SHARED.setdefault(s, s) for s in sources)  # the timeline source is cited by eleven entries
    return FirstSatellite(state, first, by, shared, own, notes)


_SHARED: dict[model.Source, model.Source] = {}


def check_first_satellites(table: Table, states: dict[str, model.State], missions: dict[str, Any],
                           as_of: dt.date | None, err: Err) -> None:
    """Every state and mission a first satellite names exists; dates agree with each other and the records;
    no two states' satellites share a name."""
    names: dict[str, str] = {}
    for entry, where in table.values():
        state = states.get(entry.id)
        if state is None:
            err(f"{where}.state", f"unknown state {entry.id!r} (add it to states.yaml or fix the id)")
        elif state.end and entry.first.launch > state.end:
            err(f"{where}.launch", f"{state.name} did not exist on {entry.first.launch.isoformat()}")
        if entry.launched_by not in states:
            err(f"{where}.launched_by", f"unknown state or agency {entry.launched_by!r} (see states.yaml)")
        launches = [("", entry.first)] + ([(".own_launch", entry.own_launch)] if entry.own_launch else [])
        for key, launch in launches:
            if launch.mission and launch.mission not in missions:
                err(f"{where}{key}.mission", f"unknown mission {launch.mission!r} (see knowledge/missions)")
            if launch.launch < FIRST_LAUNCH:
                err(f"{where}{key}.launch", f"{launch.launch.isoformat()} is before the first launch (Sputnik 1)")
            if as_of and launch.launch > as_of:
                err(f"{where}{key}.launch",
                    f"{launch.launch.isoformat()} is after the knowledge base date {as_of.isoformat()}")
        for key, launch in launches:
            for name in dict.fromkeys(n.casefold() for n in (launch.satellite, *launch.aliases)):
                owner = names.setdefault(name, entry.id)
                if owner != entry.id:
                    err(f"{where}{key}.aliases", f"name {name!r} is also used by the first satellite of {owner!r}")
        if entry.own_launch and entry.own_launch.launch < entry.first.launch:
            err(f"{where}.own_launch.launch", "the first launch on the state's own rocket is before its first "
                                              "satellite; swap them")

