"""``askspace --export-knowledge``: the whole knowledge base as one JSON-ready object.

Each kind has its own exporter (missions in :mod:`askspace.export`, people, agencies and rockets,
first satellites, famous words and accidents in theirs); this module only puts them together, so
that none of them imports another.
"""

from __future__ import annotations

from typing import Any

from askspace import lore
from askspace.craft import export_craft
from askspace.crewedflights import flight_dict
from askspace.enginelinks import engine_dict, propellant_dict
from askspace.explainers import export_explainers
from askspace.export import export_missions
from askspace.exportlore import accident_dict, saying_dict
from askspace.groups import export_groups
from askspace.history import export_history
from askspace.kindexport import agency_dict, rocket_dict
from askspace.model import KnowledgeBase
from askspace.notes import export_notes
from askspace.peopleexport import export_people
from askspace.programinfo import export_programs
from askspace.satexport import export_first_satellites
from askspace.satsystems import export_systems
from askspace.sitelinks import export_places
from askspace.spacewalks import entries, spacewalk_dict
from askspace.topicfacts import export_topics


def export_knowledge(kb: KnowledgeBase) -> dict[str, Any]:
    """The whole knowledge base for ``--export-knowledge``: its date, then one list per kind, missions first
    (each with its ``rocket`` id)."""
    missions = export_missions(kb)
    for m in missions:
        m["rocket"] = kb.missions[m["id"]].rocket
    return {
        "as_of": kb.as_of.isoformat(),
        "missions": missions,
        "people": export_people(kb),
        "agencies": [agency_dict(g) for g in kb.agencies.values()],
        "rockets": [rocket_dict(r) for r in kb.rockets.values()],
        "first_satellites": export_first_satellites(kb),
        "famous_words": [saying_dict(s) for s in lore.sayings(kb)],
        "accidents": [accident_dict(a) for a in lore.accidents(kb)],
        "history": export_history(kb),
        "topics": export_topics(kb),
        "spacewalks": [spacewalk_dict(s) for s in entries(kb)],
        "craft": export_craft(kb),
        "programs": export_programs(kb),
        "astronaut_groups": export_groups(kb),
        "crewed_flights": [flight_dict(f) for f in kb.crewed_flights.values()],
        "propellants": [propellant_dict(p) for p in kb.propellants.values()],
        "engines": [engine_dict(e) for e in kb.engines.values()],
        **export_places(kb),
        "explainers": export_explainers(kb.explainers),
        "satellite_systems": export_systems(kb),
        "notes": export_notes(kb.notes),
    }
