"""Load, validate and cross-check the knowledge base under ``knowledge/``.

>>> kb = load_knowledge(default_data_dir() / "knowledge")
>>> kb.missions["luna-9"].landing.date.isoformat()
'1966-02-03'
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

from askspace import model
from askspace.collector import Collector
from askspace.fields import DataError
from askspace.history import shared_sources
from askspace.packed import Packed


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
        notes=Packed.of({k: v for k, (v, _) in c.notes.items()}),  # read only when nothing else answers
    ).build_indexes()


def _by_date(table: dict[str, tuple[Any, str]]) -> list[Any]:
    return [v for _, (v, _) in sorted(table.items(), key=lambda kv: (kv[1][0].date, kv[0]))]
