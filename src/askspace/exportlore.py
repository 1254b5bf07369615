"""Famous words and accidents as plain JSON-ready dictionaries (``--export-knowledge``)."""

from __future__ import annotations

from typing import Any

from askspace.export import source_dict
from askspace.lore import Accident, Saying


def saying_dict(s: Saying) -> dict[str, Any]:
    """One famous-words entry with the documented keys; the date as YYYY-MM-DD."""
    return {
        "id": s.id, "speakers": list(s.speakers), "speaker_names": list(s.speaker_names), "mission": s.mission,
        "moment": s.moment, "date": s.date.isoformat(), "words": s.words, "translation": s.translation,
        "status": s.status, "transcript": s.transcript,
        "variants": [{"text": v.text, "note": v.note} for v in s.variants],
        "notes": list(s.notes), "sources": [source_dict(x) for x in s.sources],
    }


def accident_dict(a: Accident) -> dict[str, Any]:
    """One accident with the documented keys; the date as YYYY-MM-DD."""
    return {
        "id": a.id, "name": a.name, "aliases": list(a.aliases), "date": a.date.isoformat(), "place": a.place,
        "kind": a.kind, "country": a.country, "mission": a.mission, "program": a.program, "died": list(a.died),
        "died_names": list(a.died_names), "survivors": list(a.survivors), "deaths": a.deaths,
        "altitude": a.altitude, "cause": a.cause, "investigation": a.investigation, "notes": list(a.notes),
        "sources": [source_dict(x) for x in a.sources],
    }
