"""First satellites as plain JSON-ready dictionaries (the ``first_satellites`` list of ``--export-knowledge``)."""

from __future__ import annotations

from typing import Any

from askspace.export import source_dict
from askspace.model import KnowledgeBase
from askspace.satmodel import FirstSatellite, SatelliteLaunch


def launch_dict(launch: SatelliteLaunch) -> dict[str, Any]:
    """One launch: the satellite's name and aliases, the UTC date, rocket, site and mission entry (or None)."""
    return {"satellite": launch.satellite, "aliases": list(launch.aliases), "launch_date": launch.launch.isoformat(),
            "rocket": launch.rocket, "site": launch.site, "mission": launch.mission}


def first_satellite_dict(entry: FirstSatellite) -> dict[str, Any]:
    """One state's entry: its first satellite, who launched it, and its first on its own rocket (or None)."""
    own = entry.own
    return {
        "state": entry.id,
        **launch_dict(entry.first),
        "launched_by": entry.launched_by,
        "own_rocket": entry.launched_by == entry.id,
        "own_launch": None if own is None or own is entry.first else launch_dict(own),
        "notes": list(entry.notes),
        "sources": [source_dict(s) for s in entry.sources],
    }


def export_first_satellites(kb: KnowledgeBase) -> list[dict[str, Any]]:
    """Every state's entry, by the first satellite's launch date, then state id."""
    ordered = sorted(kb.first_satellites.values(), key=lambda e: (e.first.launch, e.id))
    return [first_satellite_dict(e) for e in ordered]
