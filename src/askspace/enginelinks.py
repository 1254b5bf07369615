"""Cross-checks of the engines and propellants, and their ``--export-knowledge`` lists.

An engine's builder and manufacturer must be agencies, its state a state, its fuel and oxidizer propellants of
that role, and each rocket it is used on a rocket entry, named once per stage; its first flight may not be after
the knowledge base's date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from askspace.engines import Engine, Propellant

Err = Callable[[str, str], None]


def check_engines(engines: dict[str, tuple[Engine, str]], propellants: dict[str, tuple[Propellant, str]],
                  others: Mapping[str, Mapping[str, Any]], as_of: dt.date | None, err: Err) -> None:
    """Every reference of every engine; ``others`` holds the agencies, rockets and states tables by kind."""
    for e, where in engines.values():
        for key in ("builder", "manufacturer"):
            agency = getattr(e, key)
            if agency and agency not in others["agency"]:
                err(f"{where}.{key}", f"unknown agency {agency!r} (see knowledge/agencies.yaml)")
        if e.state and e.state not in others["state"]:
            err(f"{where}.state", f"unknown state {e.state!r} (see states.yaml)")
        for role in ("fuel", "oxidizer"):
            for i, pid in enumerate(getattr(e, role)):
                found = propellants.get(pid)
                if found is None:
                    err(f"{where}.{role}[{i}]",
                        f"unknown propellant {pid!r} (see propellants: in knowledge/engines.yaml)")
                elif found[0].role != role:
                    err(f"{where}.{role}[{i}]", f"{pid!r} is a propellant of role {found[0].role}, not {role}")
        seen: set[tuple[str, str]] = set()
        for i, use in enumerate(e.used_on):
            if use.rocket not in others["rocket"]:
                err(f"{where}.used_on[{i}].rocket", f"unknown rocket {use.rocket!r} (see knowledge/rockets.yaml)")
            if (use.rocket, use.stage) in seen:
                err(f"{where}.used_on[{i}]", f"{use.rocket} {use.stage} stage is listed twice; give it once")
            seen.add((use.rocket, use.stage))
        if as_of and e.first_flight and e.first_flight > as_of:
            err(f"{where}.first_flight",
                f"{e.first_flight.isoformat()} is after the knowledge base date {as_of.isoformat()}")


def _source(s: Any) -> dict[str, Any]:
    from askspace.export import source_dict

    return source_dict(s)


def engine_dict(e: Engine) -> dict[str, Any]:
    """One engine with every documented key (null where no source gives it)."""
    first = e.first_flight.isoformat() if e.first_flight else e.first_flight_year
    return {
        "id": e.id, "name": e.name, "aliases": list(e.aliases), "versions": list(e.versions), "builder": e.builder,
        "manufacturer": e.manufacturer,
        "makers": e.makers, "designer": e.designer, "state": e.state, "fuel": list(e.fuel),
        "fuel_grade": e.fuel_grade, "oxidizer": list(e.oxidizer), "cycle": e.cycle,
        "thrust_sl_kn": e.thrust_sl_kn, "thrust_vac_kn": e.thrust_vac_kn,
        "expansion_ratio": e.expansion_ratio, "chamber_pressure_mpa": e.chamber_pressure_mpa, "first_flight": first,
        "status": e.status, "status_year": e.status_year,
        "used_on": [{"rocket": u.rocket, "stage": u.stage, "count": u.number, "stage_name": u.stage_name}
                    for u in e.used_on],
        "also_used_on": list(e.also_used_on), "summary": e.summary, "notes": list(e.notes),
        "sources": [_source(s) for s in e.sources],
    }


def propellant_dict(p: Propellant) -> dict[str, Any]:
    return {"id": p.id, "name": p.name, "role": p.role, "aliases": list(p.aliases),
            "sources": [_source(s) for s in p.sources]}
