"""Load, validate and cross-check the knowledge base under ``knowledge/``.

>>> kb = load_knowledge(default_data_dir() / "knowledge")
>>> kb.missions["luna-9"].landing.date.isoformat()
'1966-02-03'
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

from askspace import model
from askspace.fields import DataError, Problems
from askspace.history import HistoryFact, Topic, parse_fact, parse_topic, shared_sources
from askspace.packed import Packed
from askspace.satmodel import FirstSatellite
from askspace.schema import parse_body, parse_mission, parse_program, parse_state

SECTIONS = ("meta", "states", "bodies", "programs", "missions", "people", "agencies", "rockets", "first_satellites",
            "famous_words", "accidents", "history", "topics", "spacewalks", "craft", "astronaut_groups",
            "crewed_flights", "propellants", "engines", "places", "mission_places", "explainers",
            "satellite_systems")


class DataFilesError(Exception):
    """The data files have problems; ``errors`` lists every one of them."""

    def __init__(self, errors: list[DataError]) -> None:
        self.errors = sorted(set(errors))
        super().__init__("\n".join(str(e) for e in self.errors))


@cache
def _loader() -> Any:
    """The fast safe loader, with dates left as text so that bad ones are reported."""
    import yaml

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    resolvers = {
        first: [(tag, regexp) for tag, regexp in items if tag != "tag:yaml.org,2002:timestamp"]
        for first, items in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    return type("DatesAsTextLoader", (base,), {"yaml_implicit_resolvers": resolvers})


def default_data_dir() -> Path:
    """The folder holding ``knowledge/`` and ``intents/``.

    An installed wheel carries them in ``askspace/data``; a source checkout has them at
    the repository root.
    """
    packaged = Path(__file__).resolve().parent / "data"
    if (packaged / "knowledge").is_dir():
        return packaged
    return Path(__file__).resolve().parents[2]


def data_files(folder: Path) -> list[Path]:
    """Every ``*.yaml`` file below ``folder``, in a fixed order."""
    return sorted(folder.rglob("*.yaml"), key=lambda p: p.relative_to(folder).as_posix())


def read_yaml(path: Path, label: str, errors: list[DataError]) -> Any:
    """Parse one YAML file; a syntax or encoding problem becomes a DataError.

    A FIFO, device or socket is reported without being opened: reading one could hang.
    """
    if path.exists() and not path.is_file():
        kind = "a folder" if path.is_dir() else "not a regular file (a FIFO, device or socket)"
        errors.append(DataError(label, "", f"{kind}; askspace reads only regular YAML files here"))
        return None
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        errors.append(DataError(label, "", f"not valid UTF-8 (byte {exc.start}); save it as UTF-8"))
        return None
    except OSError as exc:
        errors.append(DataError(label, "", f"cannot be read: {exc.strerror}"))
        return None
    import yaml  # only needed when the cache is cold

    try:
        return yaml.load(text, Loader=_loader())
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        errors.append(DataError(label, where, f"YAML syntax error: {problem}"))
        return None


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

    def add_file(self, doc: Any, label: str) -> None:
        from askspace.craft import parse_craft
        from askspace.crewedflights import parse_flight
        from askspace.engines import parse_engine, parse_propellant
        from askspace.explainers import parse_explainer
        from askspace.groups import parse_group
        from askspace.kindschema import parse_agency, parse_rocket
        from askspace.loreschema import parse_accident, parse_saying
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


def load_knowledge(folder: Path, files: Iterable[Path] | None = None) -> model.KnowledgeBase:
    """Load every YAML file of ``folder``; raise DataFilesError listing all problems."""
    from askspace.craft import name_index  # only when loading, not on a cached start

    c = Collector()
    base = folder.parent
    if not folder.is_dir():
        raise DataFilesError([DataError(str(folder), "", "knowledge folder not found")])
    for path in files if files is not None else data_files(folder):
        label = path.relative_to(base).as_posix()
        doc = read_yaml(path, label, c.errors)
        if doc is not None or not c.errors or c.errors[-1].file != label:
            c.add_file(doc, label)
    if c.as_of is None:
        c.errors.append(DataError("knowledge/meta.yaml", "meta.as_of", "missing required key"))
    from askspace.crosscheck import cross_check  # only when loading

    cross_check(c)
    if c.errors:
        raise DataFilesError(c.errors)
    assert c.as_of is not None
    from askspace.lore import pack  # only when loading, not on a cached start
    from askspace.spacewalks import pack as pack_spacewalks

    return model.KnowledgeBase(
        as_of=c.as_of,
        states={k: v for k, (v, _) in sorted(c.states.items())},
        bodies={k: v for k, (v, _) in sorted(c.bodies.items())},
        programs={k: v for k, (v, _) in sorted(c.programs.items())},
        missions={k: v for k, (v, _) in sorted(c.missions.items())},
        people={k: v for k, (v, _) in sorted(c.people.items())},
        lore=pack(_by_date(c.famous_words), _by_date(c.accidents)),
        first_satellites={k: v for k, (v, _) in sorted(c.first_satellites.items())},
        agencies=Packed.of({k: v for k, (v, _) in sorted(c.agencies.items())}),
        rockets=Packed.of({k: v for k, (v, _) in sorted(c.rockets.items())}),
        history=shared_sources([v for _, (v, _) in sorted(c.history.items())]),
        topics={k: v for k, (v, _) in sorted(c.topics.items())},
        spacewalks=pack_spacewalks([v for _, (v, _) in sorted(c.spacewalks.items())]),
        craft=Packed.of({k: v for k, (v, _) in c.craft.items()}),
        craft_names=name_index(v for v, _ in c.craft.values()),  # built at load, so the cache holds it
        astronaut_groups=Packed.of({k: v for k, (v, _) in sorted(c.astronaut_groups.items())}),
        crewed_flights=Packed.of({k: v for k, (v, _) in sorted(c.crewed_flights.items(),
                                                                 key=lambda kv: (kv[1][0].launch, kv[0]))}),
        engines=Packed.of({k: v for k, (v, _) in c.engines.items()}),
        propellants={k: v for k, (v, _) in c.propellants.items()},
        places=Packed.of({k: v for k, (v, _) in c.places.items()}),  # file order
        mission_places=Packed.of({k: v for k, (v, _) in sorted(c.mission_places.items())}),
        explainers=Packed.of({k: v for k, (v, _) in c.explainers.items()}),
        satellite_systems=Packed.of({k: v for k, (v, _) in c.satellite_systems.items()}),  # unread by most starts
    ).build_indexes()


def _by_date(table: dict[str, tuple[Any, str]]) -> list[Any]:
    return [v for _, (v, _) in sorted(table.items(), key=lambda kv: (kv[1][0].date, kv[0]))]
