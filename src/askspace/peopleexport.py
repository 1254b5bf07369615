"""People as plain JSON-ready dictionaries (the ``people`` list of ``--export-knowledge``)."""

from __future__ import annotations

from typing import Any

from askspace.export import source_dict
from askspace.flightlog import FlightRecord, records_of
from askspace.model import KnowledgeBase, Person


def _clock(minutes: int | None) -> str | None:
    """Minutes in the knowledge files' format: ``"165d 17h 20m"``."""
    if minutes is None:
        return None
    days, rest = divmod(minutes, 1440)
    hours, mins = divmod(rest, 60)
    return " ".join(f"{n}{u}" for n, u in ((days, "d"), (hours, "h"), (mins, "m")) if n) or "0m"


def flight_dict(f: FlightRecord, kb: KnowledgeBase) -> dict[str, Any]:
    """One flight of a person; ``launch_date`` from the linked mission, else the entry's own date."""
    mission = kb.missions.get(f.mission) if f.mission else None
    launch = mission.launch if mission else f.date
    return {"name": f.name, "title": f.title, "year": f.year, "launch_date": launch.isoformat() if launch else None,
            "role": f.role, "station": f.station, "down": f.down, "reached_space": f.reached_space,
            "mission": f.mission, "line": f.line, "above_100km": f.above_100km}


def person_dict(p: Person, kb: KnowledgeBase) -> dict[str, Any]:
    """One person with the documented export fields; ``flights`` is the list, ``flight_count`` the entry's count."""
    return {
        "id": p.id, "name": p.name, "aliases": list(p.aliases), "sex": p.sex,
        "born": p.born.isoformat() if p.born else p.born_year, "died": p.died.isoformat() if p.died else None,
        "death_cause": p.death_cause, "nationality": list(p.nationalities),
        "selection": {"group": p.selection.group, "year": p.selection.year} if p.selection else None,
        "flights": [flight_dict(f, kb) for f in records_of(p.flown)],
        "flight_count": p.flights, "time_in_space": _clock(p.time_in_space),
        "spacewalks": p.spacewalks, "eva_time": _clock(p.eva_time),
        "counted_to": p.counted_to.isoformat() if p.counted_to else None,
        "missions": list(p.missions), "notes": list(p.notes), "sources": [source_dict(s) for s in p.sources],
    }


def export_people(kb: KnowledgeBase) -> list[dict[str, Any]]:
    """Every person, by id."""
    return [person_dict(p, kb) for _, p in sorted(kb.people.items())]
