"""Cross-checks of the agencies and rockets, and the links from missions to rockets.

References between kinds (a mission's rocket, a rocket's builder and family, an agency's state,
predecessors and successors) must name entries that exist; each broken one is reported with
its file, key path and what to fix. Loading sets each rocket's ``missions`` from the links.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from askspace import model
from askspace.kinds import Agency, Rocket
from askspace.missionindex import BY_LAUNCH

Err = Callable[[str, str], None]
Agencies = dict[str, tuple[Agency, str]]
Rockets = dict[str, tuple[Rocket, str]]


def check_agencies(agencies: Agencies, states: dict[str, model.State], as_of: dt.date | None, err: Err) -> None:
    """States, predecessors and successors that exist and agree both ways; dates in order."""
    for a, where in agencies.values():
        if a.state and a.state not in states:
            err(f"{where}.state", f"unknown state {a.state!r} (see states.yaml)")
        for key, back in (("predecessors", "successors"), ("successors", "predecessors")):
            for i, other in enumerate(getattr(a, key)):
                if other not in agencies:
                    err(f"{where}.{key}[{i}]", f"unknown agency {other!r} (see knowledge/agencies.yaml)")
                elif a.id not in getattr(agencies[other][0], back):
                    err(f"{where}.{key}[{i}]", f"{other!r} does not list {a.id!r} among its {back}; add it there")
        _in_order(where, ("founded", a.founded), ("began", a.began), err)
        _in_order(where, ("founded", a.founded), ("ended", a.ended), err)
        _not_after(where, as_of, err, founded=a.founded, began=a.began, ended=a.ended)


def check_rockets(rockets: Rockets, agencies: Agencies, states: dict[str, model.State], as_of: dt.date | None,
                  err: Err) -> None:
    """Builders, states and families that exist; first flight before last flight; versions named once."""
    names: dict[str, str] = {}
    for r, _ in rockets.values():
        for name in (r.name, *r.aliases):
            names.setdefault(name.casefold(), r.id)
    for r, where in rockets.values():
        for i, version in enumerate(r.variants):
            if (owner := names.get(version.casefold())) is not None:
                err(f"{where}.variants[{i}]",
                    f"{version!r} is already a name of rocket {owner!r}; keep it in one place")
            names[version.casefold()] = r.id
        if r.builder and r.builder not in agencies:
            err(f"{where}.builder", f"unknown agency {r.builder!r} (see knowledge/agencies.yaml)")
        if r.state and r.state not in states:
            err(f"{where}.state", f"unknown state {r.state!r} (see states.yaml)")
        if r.family and (r.family not in rockets or r.family == r.id):
            err(f"{where}.family", f"unknown rocket {r.family!r} (name another entry of knowledge/rockets.yaml)")
        _in_order(where, ("first_flight", r.first_flight), ("last_flight", r.last_flight), err)
        _not_after(where, as_of, err, first_flight=r.first_flight, last_flight=r.last_flight)


def link_rockets(missions: dict[str, tuple[model.Mission, str]], rockets: Rockets, err: Err) -> None:
    """Check each mission's ``rocket`` and give every rocket its missions, in launch order (in place)."""
    launched: dict[str, list[model.Mission]] = {}
    for m, where in missions.values():
        if m.rocket is None:
            continue
        found = rockets.get(m.rocket)
        if found is None:
            err(f"{where}.rocket", f"unknown rocket {m.rocket!r} (add it to knowledge/rockets.yaml or fix the id)")
            continue
        r = found[0]
        if r.first_flight and m.launch < r.first_flight:
            err(f"{where}.rocket", f"launched {m.launch.isoformat()}, before the {r.name}'s first flight "
                                   f"({r.first_flight.isoformat()} in knowledge/rockets.yaml)")
        if r.last_flight and m.launch > r.last_flight:
            err(f"{where}.rocket", f"launched {m.launch.isoformat()}, after the {r.name}'s last flight "
                                   f"({r.last_flight.isoformat()} in knowledge/rockets.yaml)")
        launched.setdefault(r.id, []).append(m)
    for rocket_id, flights in launched.items():
        r, where = rockets[rocket_id]
        flights.sort(key=BY_LAUNCH)
        rockets[rocket_id] = (r._replace(missions=tuple(m.id for m in flights)), where)


def _in_order(where: str, first: tuple[str, dt.date | None], then: tuple[str, dt.date | None], err: Err) -> None:
    if first[1] and then[1] and then[1] < first[1]:
        err(f"{where}.{then[0]}", f"{then[1].isoformat()} is before {first[0]} {first[1].isoformat()}")


def _not_after(where: str, as_of: dt.date | None, err: Err, **dates: dt.date | None) -> None:
    for key, value in dates.items():
        if as_of and value and value > as_of:
            err(f"{where}.{key}", f"{value.isoformat()} is after the knowledge base date {as_of.isoformat()}")
