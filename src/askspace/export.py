"""Knowledge entries as plain JSON-ready dictionaries (``--export-knowledge``, ``--json``)."""

from __future__ import annotations

from typing import Any

from askspace.model import Event, KnowledgeBase, Mission, Source


def source_dict(s: Source) -> dict[str, str]:
    out = {"title": s.title}
    if s.url:
        out["url"] = s.url
    if s.ref:
        out["ref"] = s.ref
    return out


def mission_dict(m: Mission) -> dict[str, Any]:
    """One mission with the documented export fields; dates as YYYY-MM-DD."""
    landing = m.landing
    return {
        "id": m.id,
        "name": m.name,
        "aliases": list(m.aliases),
        "program": m.program,
        "also_in": list(m.also_in),
        "commercial": m.commercial,
        "country": m.country,
        "agency": m.agency,
        "target": m.target,
        "types": list(m.types),
        "launch_date": m.launch.isoformat(),
        "arrival_date": m.arrival.isoformat() if m.arrival else None,
        "landing_date": (landing.date.isoformat() if landing and landing.date
                         else m.arrival.isoformat() if m.arrival else None),
        "landing": None if landing is None else {
            "result": landing.result,
            "date": landing.date.isoformat() if landing.date else None,
            "operated": landing.operated,
            "site": landing.site,
            "crewed": landing.crewed,
        },
        "end_date": m.end.isoformat() if m.end else None,
        "returned_date": m.returned.isoformat() if m.returned else None,
        "status": m.status,
        "outcome": m.outcome,
        "outcome_reason": m.outcome_reason,
        "part_of": m.part_of,
        "twin": m.twin,
        "rover": m.rover,
        "encounters": [{"body": e.body, "date": e.date.isoformat(), "kind": e.kind} for e in m.encounters],
        "crew": [{"name": c.name, "role": c.role, "nationality": c.nationality, "sex": c.sex} for c in m.crew],
        "firsts": list(m.firsts),
        "notes": list(m.notes),
        "events": [event_dict(e) for e in m.events],
        "animals": [{"species": x.species, "name": x.name, "survived": x.survived, "note": x.note} for x in m.animals],
        "figures": [{"kind": f.kind, "value": f.value, "note": f.note} for f in m.figures],
        "sources": [source_dict(s) for s in m.sources],
    }


def event_dict(e: Event) -> dict[str, Any]:
    """One dated event of a mission; keys without a value are left out."""
    out: dict[str, Any] = {"date": e.date.isoformat(), "kind": e.kind}
    optional = {"body": e.body, "with": e.other, "people": list(e.people), "place": e.place,
                "count": e.times, "note": e.note, "sources": [source_dict(s) for s in e.sources]}
    out.update({k: v for k, v in optional.items() if v})
    return out


def export_missions(kb: KnowledgeBase) -> list[dict[str, Any]]:
    """Every mission, by launch date then id."""
    return [mission_dict(m) for m in kb.missions_sorted()]
