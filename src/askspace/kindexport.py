"""Agencies and rockets as plain JSON-ready dictionaries, for ``--export-knowledge``."""

from __future__ import annotations

from typing import Any

from askspace.export import source_dict
from askspace.kinds import Agency, Rocket


def agency_dict(g: Agency) -> dict[str, Any]:
    """One agency with every documented key; dates as YYYY-MM-DD (``founded`` a year when only that is known)."""
    return {
        "id": g.id, "name": g.name, "kind": g.kind, "full_name": g.full_name, "native_name": g.native_name,
        "aliases": list(g.aliases), "state": g.state,
        "founded": g.founded.isoformat() if g.founded else g.founded_year,
        "founded_by": g.founded_by, "began": g.began.isoformat() if g.began else None,
        "ended": g.ended.isoformat() if g.ended else None,
        "predecessors": list(g.predecessors), "successors": list(g.successors), "notes": list(g.notes),
        "sources": [source_dict(s) for s in g.sources],
    }


def rocket_dict(r: Rocket) -> dict[str, Any]:
    """One rocket with every documented key and ``launched``, the ids of the missions linked to it."""
    return {
        "id": r.id, "name": r.name, "aliases": list(r.aliases), "variants": list(r.variants), "builder": r.builder,
        "makers": r.makers, "designer": r.designer, "state": r.state, "family": r.family,
        "first_flight": r.first_flight.isoformat() if r.first_flight else None,
        "last_flight": r.last_flight.isoformat() if r.last_flight else None,
        "retired": r.retired, "launches": r.launches, "summary": r.summary, "firsts": list(r.firsts),
        "notes": list(r.notes), "launched": list(r.missions), "stages": r.stages, "stages_counted": r.stages_counted,
        "height_m": r.height_m, "diameter_m": r.diameter_m, "liftoff_thrust_kn": r.liftoff_thrust_kn,
        "payload_leo_kg": r.payload_leo_kg, "figures_note": r.figures_note,
        "manufacturers": list(r.manufacturers), "pads": list(r.pads), "mass_kg": r.mass_kg,
        "sources": [source_dict(s) for s in r.sources],
    }
