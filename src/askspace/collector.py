"""The tables of one knowledge base as its files are read: each section's entries by id, with the file and
key path they came from, and the problems found so far.

:func:`askspace.knowledge.load_knowledge` feeds it every file, :mod:`askspace.crosscheck` checks the
references between its tables, and the loader builds the :class:`askspace.model.KnowledgeBase` from it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from askspace import model
from askspace.fields import DataError, Problems
from askspace.history import HistoryFact, Topic, parse_fact, parse_topic
from askspace.satmodel import FirstSatellite
from askspace.schema import parse_body, parse_mission, parse_program, parse_state

SECTIONS = ("meta", "states", "bodies", "programs", "missions", "people", "agencies", "rockets", "first_satellites",
            "famous_words", "accidents", "history", "topics", "spacewalks", "craft", "astronaut_groups",
            "crewed_flights", "propellants", "engines", "places", "mission_places", "explainers",
            "satellite_systems", "notes")


class Collector:
    """Gathers entries from all files before cross-checking them."""

    def __init__(self) -> None:
        self.errors: list[DataError] = []
        self.as_of: dt.date | None = None
        self.states: dict[str, tuple[model.State, str]] = {}
        self.bodies: dict[str, tuple[model.Body, str]] = {}
        self.programs: dict[str, tuple[model.Program, str]] = {}
        self.missions: dict[str, tuple[model.Mission, str]] = {}
        self.people: dict[str, tuple[model.Person, str]] = {}
        self.famous_words: dict[str, tuple[Any, str]] = {}
        self.accidents: dict[str, tuple[Any, str]] = {}
        self.first_satellites: dict[str, tuple[FirstSatellite, str]] = {}
        self.agencies: dict[str, tuple[Any, str]] = {}  # kinds.Agency, imported only when loading
        self.rockets: dict[str, tuple[Any, str]] = {}  # kinds.Rocket
        self.history: dict[str, tuple[HistoryFact, str]] = {}
        self.topics: dict[str, tuple[Topic, str]] = {}
        self.spacewalks: dict[str, tuple[Any, str]] = {}  # spacewalks.Spacewalk
        self.craft: dict[str, tuple[Any, str]] = {}  # craft.Craft, imported only when loading
        self.astronaut_groups: dict[str, tuple[Any, str]] = {}  # groups.AstronautGroup
        self.crewed_flights: dict[str, tuple[Any, str]] = {}  # crewedflights.CrewedFlight
        self.propellants: dict[str, tuple[Any, str]] = {}  # engines.Propellant
        self.engines: dict[str, tuple[Any, str]] = {}  # engines.Engine
        self.places: dict[str, tuple[Any, str]] = {}  # sites.Place
        self.mission_places: dict[str, tuple[Any, str]] = {}  # sites.MissionPlace, by mission id
        self.explainers: dict[str, tuple[Any, str]] = {}  # explainers.Explainer
        self.satellite_systems: dict[str, tuple[Any, str]] = {}  # satsystems.SatelliteSystem
        self.notes: dict[str, tuple[Any, str]] = {}  # notes.Note

    def add_file(self, doc: Any, label: str) -> None:
        from askspace.craft import parse_craft
        from askspace.crewedflights import parse_flight
        from askspace.engines import parse_engine, parse_propellant
        from askspace.explainers import parse_explainer
        from askspace.groups import parse_group
        from askspace.kindschema import parse_agency, parse_rocket
        from askspace.loreschema import parse_accident, parse_saying
        from askspace.notes import parse_note
        from askspace.peopleschema import parse_person  # only when loading, not on a cached start
        from askspace.satschema import parse_first_satellite
        from askspace.satsystems import parse_system
        from askspace.sites import parse_mission_place, parse_place
        from askspace.spacewalks import parse_spacewalk

        p = Problems(label, self.errors)
        if doc is None:
            p.add("", "the file is empty; expected a mapping with " + ", ".join(SECTIONS))
            return
        if not isinstance(doc, dict):
            p.add("", f"expected a mapping with sections {', '.join(SECTIONS)}")
            return
        for key in doc:
            if key not in SECTIONS:
                p.add(str(key), f"unknown section (allowed: {', '.join(SECTIONS)})")
        if "meta" in doc:
            self._meta(doc["meta"], p)
        parsers = (
            ("states", parse_state, self.states),
            ("bodies", parse_body, self.bodies),
            ("programs", parse_program, self.programs),
            ("missions", parse_mission, self.missions),
            ("people", parse_person, self.people),
            ("famous_words", parse_saying, self.famous_words),
            ("accidents", parse_accident, self.accidents),
            ("first_satellites", parse_first_satellite, self.first_satellites),
            ("agencies", parse_agency, self.agencies),
            ("rockets", parse_rocket, self.rockets),
            ("history", parse_fact, self.history),
            ("topics", parse_topic, self.topics),
            ("spacewalks", parse_spacewalk, self.spacewalks),
            ("craft", parse_craft, self.craft),
            ("astronaut_groups", parse_group, self.astronaut_groups),
            ("crewed_flights", parse_flight, self.crewed_flights),
            ("propellants", parse_propellant, self.propellants),
            ("engines", parse_engine, self.engines),
            ("places", parse_place, self.places),
            ("mission_places", parse_mission_place, self.mission_places),
            ("explainers", parse_explainer, self.explainers),
            ("satellite_systems", parse_system, self.satellite_systems),
            ("notes", parse_note, self.notes),
        )
        for section, parse, table in parsers:
            if section not in doc:
                continue
            items = doc[section]
            if not isinstance(items, list):
                p.add(section, "expected a list of entries")
                continue
            for i, raw in enumerate(items):
                path = _entry_path(section, i, raw)
                entry = parse(raw, p, path)
                if entry is None:
                    continue
                if entry.id in table:
                    p.add(f"{path}.id", f"duplicate id {entry.id!r} (also in {table[entry.id][1]})")
                    continue
                table[entry.id] = (entry, f"{label}: {path}")  # type: ignore[assignment]

    def _meta(self, raw: Any, p: Problems) -> None:
        if not isinstance(raw, dict) or set(raw) != {"as_of"}:
            p.add("meta", "expected a mapping with the single key as_of")
            return
        value = raw["as_of"]
        try:
            self.as_of = dt.date.fromisoformat(str(value))
        except ValueError:
            p.add("meta.as_of", f"{value!r} is not a date (write YYYY-MM-DD)")


def _entry_path(section: str, index: int, raw: Any) -> str:
    key = {"first_satellites": "state", "mission_places": "mission"}.get(section, "id")
    if isinstance(raw, dict) and isinstance(raw.get(key), str):
        return f"{section}[{raw[key]}]"
    return f"{section}[{index}]"
