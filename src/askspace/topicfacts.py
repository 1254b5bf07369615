"""What a history topic was, when it is a person or a craft: the keys ``kind``, ``program``, ``crew``,
``crew_note``, ``propellant``, ``stands_for`` and ``mass`` of ``topics:`` (knowledge/README.md, topics).

A topic that is a person (``kind: person``: a manager or designer with no people entry) is named by history
questions about the facts it is the object of ("When was Mueller appointed?"); a craft topic says how many
people it was built to carry, what it burned, what it weighed and what its letters stand for. ``program`` ties a
craft to the program it served, so "How many people could the Gemini spacecraft carry?" finds it.

>>> from askspace.fields import DataError, Problems
>>> errors: list[DataError] = []
>>> parse_topic_facts({"kind": "craft", "crew": 1, "sources": [{"title": "a book"}]}, Problems("t.yaml", errors),
...                   "topics[lk]")
TopicFacts(kind='craft', program=None, crew=1, crew_note=None, propellant=None, stands_for=None, mass=None)
>>> parse_topic_facts({"crew": 0}, Problems("t.yaml", errors), "topics[x]") is None
True
>>> print(errors[0])
t.yaml: topics[x].crew: 0 is not a whole number above 0
"""

from __future__ import annotations

from typing import Any, NamedTuple

from askspace.fields import Problems, _text

KINDS = ("person", "craft", "office", "event", "collection")
ATTRIBUTES = ("crew", "propellant", "stands_for", "mass")  # what the intent topic_facts answers


class TopicFacts(NamedTuple):
    """The kind of a topic and the plain facts of a craft."""

    kind: str | None = None
    program: str | None = None  # a program id: the craft served it
    crew: int | None = None  # how many people it was built to carry
    crew_note: str | None = None  # who they were, or how the number changed
    propellant: str | None = None
    stands_for: str | None = None  # what its letters stand for ("Lunar Excursion Module")
    mass: str | None = None  # with its units as the source gives them

    def has(self, attribute: str) -> bool:
        return getattr(self, attribute) is not None


def parse_topic_facts(m: dict[str, Any], p: Problems, path: str) -> TopicFacts | None:
    """The topic's own facts, or None when it has none (or after reporting a bad one)."""
    if not any(k in m for k in TopicFacts._fields):
        return None
    kind = m.get("kind")
    if kind is not None and kind not in KINDS:
        p.add(f"{path}.kind", f"{kind!r} is not one of: {', '.join(KINDS)}")
        return None
    crew = m.get("crew")
    if crew is not None and (isinstance(crew, bool) or not isinstance(crew, int) or crew < 1):
        p.add(f"{path}.crew", f"{crew!r} is not a whole number above 0")
        return None
    texts = {k: _text(m[k], p, f"{path}.{k}") if m.get(k) is not None else None
             for k in ("program", "crew_note", "propellant", "stands_for", "mass")}
    if texts["crew_note"] is not None and crew is None:
        p.add(f"{path}.crew_note", "a crew_note needs crew")
    if any(k in m for k in ("crew", "propellant", "stands_for", "mass")) and not m.get("sources"):
        p.add(f"{path}.sources", "a topic's crew, propellant, stands_for or mass needs its sources")
    return TopicFacts(kind, texts["program"], crew, texts["crew_note"], texts["propellant"], texts["stands_for"],
                      texts["mass"])


def check_topics(topics: dict[str, Any], programs: dict[str, Any], err: Any) -> None:
    """Every topic's ``program`` is a program of the records."""
    for topic, where in topics.values():
        about = topic.about
        if about is not None and about.program is not None and about.program not in programs:
            err(f"{where}.program", f"unknown program {about.program!r} (see programs.yaml and the missions' programs)")


def export_topics(kb: Any) -> list[dict[str, Any]]:
    """The topics for ``--export-knowledge``: names, aliases, kind and the facts of craft."""
    from askspace.export import source_dict

    out = []
    for t in kb.topics.values():
        about = t.about or TopicFacts()
        out.append({"id": t.id, "name": t.name, "aliases": list(t.aliases), **about._asdict(),
                    "sources": [source_dict(s) for s in t.sources]})
    return out
