"""Spacewalk firsts and records (``spacewalks:``, knowledge/spacewalks.yaml): the typed entry, its strict
validation, the cross-checks against people, missions and states, and its export.

An entry is a first (the first spacewalk, the first untethered one, a state's first) or a record (the
longest spacewalk, the most spacewalks, the most time outside); ``topics`` says which, ``scope`` for whom:
``world``, ``women``, a state id, or a state id and ``women`` ("usa women"). A record names the date it is
counted to.

>>> from askspace.fields import DataError, Problems
>>> errors: list[DataError] = []
>>> parse_spacewalk({"id": "x", "kind": "record", "topics": ["tallest"], "scope": ["mars"], "flight": "F",
...                  "note": "n", "sources": [{"title": "t", "url": "https://example.org"}]},
...                 Problems("s.yaml", errors), "spacewalks[x]") is None
True
>>> for e in errors: print(e)
s.yaml: spacewalks[x].topics[0]: 'tallest' is not one of: spacewalk, untethered, all-woman, commercial, moon, \
deep-space, space-shuttle, iss, longest, most-spacewalks, most-time
s.yaml: spacewalks[x].counted_to: a record needs the date it is counted to
s.yaml: spacewalks[x]: name who made it: person ids in 'people' or names in 'people_names'
"""

from __future__ import annotations

import datetime as dt
import pickle
import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

from askspace import model
from askspace.fields import (
    Problems,
    _date,
    _describe,
    _entry,
    _enum,
    _one_of,
    _opt,
    _sources,
    _text,
    _text_list,
    check_id,
)

if TYPE_CHECKING:
    from askspace.model import KnowledgeBase

KINDS = ("first", "record")
FIRST_TOPICS = ("spacewalk", "untethered", "all-woman", "commercial", "moon", "deep-space", "space-shuttle", "iss")
RECORD_TOPICS = ("longest", "most-spacewalks", "most-time")
TOPICS = FIRST_TOPICS + RECORD_TOPICS
KEYS = {
    "id": True, "kind": True, "topics": True, "scope": True, "date": False, "counted_to": False, "people": False,
    "people_names": False, "flight": True, "mission": False, "duration": False, "spacewalks": False,
    "eva_time": False, "place": False, "note": True, "notes": False, "sources": True,
}


class Spacewalk(NamedTuple):
    """A spacewalk first or record: who, when, on which flight, how long, counted to when."""

    id: str
    kind: str  # first or record
    topics: tuple[str, ...]
    scope: tuple[str, ...]  # "world", "women", a state id, or "<state id> women"
    flight: str
    note: str
    sources: tuple[model.Source, ...]
    date: dt.date | None = None
    counted_to: dt.date | None = None
    people: tuple[str, ...] = ()  # person ids
    people_names: tuple[str, ...] = ()  # people who are not in the people records
    mission: str | None = None
    duration: int | None = None  # minutes, of the one spacewalk
    spacewalks: int | None = None  # how many, for a person's total
    eva_time: int | None = None  # minutes in all, for a person's total
    place: str | None = None
    notes: tuple[str, ...] = ()


def _minutes(value: Any, p: Problems, path: str) -> int | None:
    text = _text(value, p, path)
    if text is None:
        return None
    match = re.fullmatch(r"(?:(\d+)h)? ?(?:(\d+)m)?", text)
    if not match or not any(match.groups()):
        p.add(path, f"{text!r} is not a spacewalk time (write for example 8h 56m, or 12m)")
        return None
    hours, minutes = (int(g or 0) for g in match.groups())
    return hours * 60 + minutes


def _count(value: Any, p: Problems, path: str) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    p.add(path, f"expected a whole number above 0, got {_describe(value)}")
    return None


def _list(value: Any, p: Problems, path: str, check: Callable[[Any, Problems, str], str | None]) -> tuple[str, ...]:
    if not isinstance(value, list) or not value:
        p.add(path, f"expected a non-empty list, got {_describe(value)}")
        return ()
    out = [check(v, p, f"{path}[{i}]") for i, v in enumerate(value)]
    return tuple(v for v in out if v is not None)


def _scope(value: Any, p: Problems, path: str) -> str | None:
    text = _text(value, p, path)
    if text is None:
        return None
    words = text.split()
    if text in ("world", "women") or (len(words) in (1, 2) and words[1:] in ([], ["women"])
                                      and check_id(words[0], p.file, path, [])):
        return text
    p.add(path, f"{text!r} is not a scope: write world, women, a state id, or a state id and women ('usa women')")
    return None


def _ids(value: Any, p: Problems, path: str) -> tuple[str, ...]:
    return _list(value, p, path, lambda v, pp, at: check_id(v, pp.file, at, pp.errors))


def parse_spacewalk(raw: Any, p: Problems, path: str) -> Spacewalk | None:
    """One ``spacewalks:`` entry, or None when a required part is missing or wrong (each problem reported)."""
    m, sid = _entry(raw, KEYS, p, path)
    if m is None:
        return None
    kind = _opt(m, "kind", _one_of(KINDS), p, path)
    topics = _opt(m, "topics", lambda v, pp, at: _list(v, pp, at, lambda x, q, w: _enum(x, TOPICS, q, w)), p, path)
    scope = _opt(m, "scope", lambda v, pp, at: _list(v, pp, at, _scope), p, path)
    values = {"flight": _opt(m, "flight", _text, p, path), "note": _opt(m, "note", _text, p, path)}
    optional = {
        "date": _opt(m, "date", _date, p, path), "counted_to": _opt(m, "counted_to", _date, p, path),
        "people": _opt(m, "people", _ids, p, path) or (),
        "people_names": _opt(m, "people_names", _text_list, p, path) or (),
        "mission": _opt(m, "mission", lambda v, pp, at: check_id(v, pp.file, at, pp.errors), p, path),
        "duration": _opt(m, "duration", _minutes, p, path), "spacewalks": _opt(m, "spacewalks", _count, p, path),
        "eva_time": _opt(m, "eva_time", _minutes, p, path), "place": _opt(m, "place", _text, p, path),
        "notes": _opt(m, "notes", _text_list, p, path) or (),
    }
    sources = _opt(m, "sources", _sources, p, path)
    if m.get("sources") is not None and not sources:
        p.add(f"{path}.sources", "a spacewalk entry needs at least one source")
    ok = _consistent(kind, topics or (), optional, p, path)
    if sid is None or not (kind and topics and scope and sources and ok) or None in values.values():
        return None
    return Spacewalk(id=sid, kind=kind, topics=topics, scope=scope, sources=sources, **values, **optional)


def _consistent(kind: str | None, topics: tuple[str, ...], o: dict[str, Any], p: Problems, path: str) -> bool:
    """Firsts have a date and first topics; records have record topics, the date they are counted to, and the
    figure they are about; someone made each one."""
    ok = True
    wanted = FIRST_TOPICS if kind == "first" else RECORD_TOPICS
    for i, topic in enumerate(topics):
        if kind and topic not in wanted:
            p.add(f"{path}.topics[{i}]", f"{topic!r} is not a topic of a {kind} (use one of: {', '.join(wanted)})")
            ok = False
    if kind == "first" and o["date"] is None:
        p.add(f"{path}.date", "a first needs the date of the spacewalk")
        ok = False
    if kind == "record" and o["counted_to"] is None:
        p.add(f"{path}.counted_to", "a record needs the date it is counted to")
        ok = False
    if kind == "record" and "longest" in topics and o["duration"] is None:
        p.add(f"{path}.duration", "the longest spacewalk needs its duration")
        ok = False
    figures = {"most-spacewalks": "spacewalks", "most-time": "eva_time"}
    for topic, key in figures.items():
        if topic in topics and o[key] is None:
            p.add(f"{path}.{key}", f"a record of {topic} needs '{key}'")
            ok = False
    if o["date"] and o["counted_to"] and o["counted_to"] < o["date"]:
        p.add(f"{path}.counted_to", f"{o['counted_to'].isoformat()} is before the date {o['date'].isoformat()}")
        ok = False
    if not o["people"] and not o["people_names"]:
        p.add(path, "name who made it: person ids in 'people' or names in 'people_names'")
        ok = False
    return ok


def check_spacewalks(table: dict[str, tuple[Spacewalk, str]], people: dict[str, Any], missions: dict[str, Any],
                     states: dict[str, Any], as_of: dt.date | None, err: Callable[[str, str], None]) -> None:
    """People, missions and states the entries name, dates within the flight and the knowledge base, and no two
    entries answering the same topic for the same scope."""
    seen: dict[tuple[str, str], str] = {}
    for s, where in table.values():
        for i, pid in enumerate(s.people):
            if pid not in people:
                err(f"{where}.people[{i}]", f"unknown person {pid!r}: use an id from knowledge/people, or give the "
                                            "name in 'people_names'")
        for i, scope in enumerate(s.scope):
            state = scope.split()[0]
            if state not in ("world", "women") and state not in states:
                err(f"{where}.scope[{i}]", f"unknown state {state!r} (see states.yaml)")
            for topic in s.topics:
                other = seen.setdefault((topic, scope), s.id)
                if other != s.id:
                    err(f"{where}.scope[{i}]", f"{other!r} already answers {topic} for {scope!r}")
        mission = missions.get(s.mission or "")
        if s.mission is not None and mission is None:
            err(f"{where}.mission", f"unknown mission {s.mission!r}: use an id from knowledge/missions, or leave it "
                                    "out and name the flight in 'flight'")
        elif mission is not None and s.date is not None and (s.date < mission[0].launch or (
                mission[0].end and s.date > mission[0].end)):
            err(f"{where}.date", f"{s.date.isoformat()} is outside {mission[0].name}'s flight")
        for key in ("date", "counted_to"):
            day = getattr(s, key)
            if as_of and day and day > as_of:
                err(f"{where}.{key}", f"{day.isoformat()} is after the knowledge base date {as_of.isoformat()}")


def pack(found: Sequence[Spacewalk]) -> bytes:
    """The entries as the bytes ``KnowledgeBase.spacewalks`` keeps: a cached start copies them without importing
    this module; only a question about spacewalks unpacks them, once."""
    return pickle.dumps(tuple(found), protocol=pickle.HIGHEST_PROTOCOL)


@lru_cache(maxsize=4)
def _unpack(blob: bytes) -> tuple[Spacewalk, ...]:
    unpacked: tuple[Spacewalk, ...] = pickle.loads(blob) if blob else ()
    return unpacked


def entries(kb: KnowledgeBase) -> tuple[Spacewalk, ...]:
    """The spacewalk firsts and records of the knowledge base, by id."""
    return _unpack(kb.spacewalks)


def spacewalk_dict(s: Spacewalk) -> dict[str, Any]:
    """One entry for ``--export-knowledge``: the documented keys, dates as YYYY-MM-DD, times in minutes."""
    from askspace.export import source_dict

    def iso(day: dt.date | None) -> str | None:
        return day.isoformat() if day else None

    return {
        "id": s.id, "kind": s.kind, "topics": list(s.topics), "scope": list(s.scope), "date": iso(s.date),
        "counted_to": iso(s.counted_to), "people": list(s.people), "people_names": list(s.people_names),
        "flight": s.flight, "mission": s.mission, "duration_minutes": s.duration, "spacewalks": s.spacewalks,
        "eva_time_minutes": s.eva_time, "place": s.place, "note": s.note, "notes": list(s.notes),
        "sources": [source_dict(x) for x in s.sources],
    }
