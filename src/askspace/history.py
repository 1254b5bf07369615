"""Dated program-history facts (``history:``) and the topics they are about (``topics:``).

A fact says who announced, approved, named, led, built, decided, cancelled or ended what,
and when: ``subject`` and ``object`` are references (``program:apollo``, ``topic:space-task-group``)
or, for the object, plain text ("North American Aviation"). Dates may be a year, a month or a day.

>>> from askspace.fields import DataError, Problems
>>> errors: list[DataError] = []
>>> HistoryDate.parse("1961-05", Problems("h.yaml", errors), "history[x].date").text()
'May 1961'
>>> HistoryDate.parse("1961-13", Problems("h.yaml", errors), "history[x].date") is None
True
>>> print(errors[0])
h.yaml: history[x].date: '1961-13' is not a date (write YYYY, YYYY-MM or YYYY-MM-DD)
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any, NamedTuple

from askspace import model
from askspace.fields import Problems, _entry, _opt, _sources, _text, _text_list
from askspace.topicfacts import TopicFacts

# The fixed vocabulary of relations (knowledge/README.md, history): what the subject had done to it, by the object.
RELATIONS = (
    "announced", "approved", "proposed", "named-by", "led-by", "contractor", "decided", "cancelled", "ended",
    "created-by", "began", "renamed", "first-success", "first-flight", "reviewed-by", "cause", "honoured",
    "appointed", "imprisoned",
)
REF_KINDS = ("program", "mission", "person", "state", "topic")
_REF = r"^(program|mission|person|state|topic):([a-z0-9]+(?:-[a-z0-9]+)*)$"  # compiled on first use, not at start-up
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
FACT_KEYS = {"id": True, "subject": True, "relation": True, "object": False, "date": True, "until": False,
             "note": True, "notes": False, "sources": True}
TOPIC_KEYS = {"id": True, "name": True, "aliases": False, "sources": False, "kind": False, "program": False,
              "crew": False, "crew_note": False, "propellant": False, "stands_for": False, "mass": False}


class HistoryDate(NamedTuple):
    """A date known to the year, the month or the day."""

    year: int
    month: int = 0
    day: int = 0

    @classmethod
    def parse(cls, value: Any, p: Problems, path: str) -> HistoryDate | None:
        text = str(value).strip()
        try:
            if re.fullmatch(r"\d{4}", text):
                return cls(int(text))
            if re.fullmatch(r"\d{4}-\d{2}", text):
                year, month = map(int, text.split("-"))
                dt.date(year, month, 1)
                return cls(year, month)
            d = dt.date.fromisoformat(text)
            return cls(d.year, d.month, d.day)
        except ValueError:
            p.add(path, f"{text!r} is not a date (write YYYY, YYYY-MM or YYYY-MM-DD)")
            return None

    def text(self) -> str:
        """'25 May 1961', 'November 1961' or '1960'."""
        if not self.month:
            return str(self.year)
        month = _MONTHS[self.month - 1]
        return f"{self.day} {month} {self.year}" if self.day else f"{month} {self.year}"

    def iso(self) -> str:
        return "-".join(f"{n:02d}" if i else str(n) for i, n in enumerate(self) if n or i == 0)


class HistoryFact(NamedTuple):
    """One dated fact: ``subject`` ``relation`` ``object`` on ``date`` (to ``until`` for a tenure)."""

    id: str
    subject: str  # a reference: "program:apollo", "topic:space-task-group"
    relation: str
    object: str | None  # a reference or text
    date: HistoryDate
    until: HistoryDate | None
    note: str
    notes: tuple[str, ...]
    sources: tuple[model.Source, ...]


class Topic(NamedTuple):
    """Something facts are about that has no entry of another kind: an office, a centre, a decision."""

    id: str
    name: str
    aliases: tuple[str, ...]
    sources: tuple[model.Source, ...]
    about: TopicFacts | None = None  # its kind and what it carried, burned, weighed or stands for (askspace.topicfacts)


def parse_fact(raw: Any, p: Problems, path: str) -> HistoryFact | None:
    """A ``history:`` entry, or None after reporting what is wrong."""
    m, fact_id = _entry(raw, FACT_KEYS, p, path)
    if m is None or fact_id is None:
        return None
    subject = _text(m.get("subject"), p, f"{path}.subject") if m.get("subject") is not None else None
    if subject is not None and not re.match(_REF, subject):
        p.add(f"{path}.subject", f"{subject!r} is not a reference; write kind:id with kind one of "
                                 f"{', '.join(REF_KINDS)} (add a topic for a name without an entry)")
        subject = None
    relation = m.get("relation")
    if relation is not None and relation not in RELATIONS:
        p.add(f"{path}.relation", f"{relation!r} is not one of: {', '.join(RELATIONS)}")
        relation = None
    date = HistoryDate.parse(m["date"], p, f"{path}.date") if m.get("date") is not None else None
    until = HistoryDate.parse(m["until"], p, f"{path}.until") if m.get("until") is not None else None
    if date and until and until < date:
        p.add(f"{path}.until", f"{until.iso()} is before the date {date.iso()}")
    note = _text(m.get("note"), p, f"{path}.note") if m.get("note") is not None else None
    sources = _opt(m, "sources", _sources, p, path) or ()
    if m.get("sources") is not None and not sources:
        p.add(f"{path}.sources", "a history fact needs at least one source")
    if None in (subject, relation, date, note) or not sources:
        return None
    assert subject is not None and relation is not None and date is not None and note is not None
    return HistoryFact(fact_id, subject, relation, _opt(m, "object", _text, p, path), date, until, note,
                       _opt(m, "notes", _text_list, p, path) or (), sources)


def parse_topic(raw: Any, p: Problems, path: str) -> Topic | None:
    """A ``topics:`` entry, or None after reporting what is wrong."""
    m, topic_id = _entry(raw, TOPIC_KEYS, p, path)
    if m is None or topic_id is None:
        return None
    name = _text(m.get("name"), p, f"{path}.name") if m.get("name") is not None else None
    if name is None:
        return None
    from askspace.topicfacts import parse_topic_facts

    return Topic(topic_id, name, _opt(m, "aliases", _text_list, p, path) or (),
                 _opt(m, "sources", _sources, p, path) or (), parse_topic_facts(m, p, path))


def reference(value: str | None) -> tuple[str, str] | None:
    """(kind, id) of a reference, or None for text.

    >>> reference("program:apollo"), reference("North American Aviation")
    (('program', 'apollo'), None)
    """
    found = re.match(_REF, value) if value else None
    return (found.group(1), found.group(2)) if found else None


def check_facts(facts: dict[str, tuple[HistoryFact, str]], tables: dict[str, dict[str, Any]],
                err: Callable[[str, str], None]) -> None:
    """Every reference of every fact names an entry of its kind (``tables``: kind -> ids)."""
    where_to_add = {"program": "a programs: section", "mission": "knowledge/missions/*.yaml",
                    "person": "knowledge/people/*.yaml", "state": "knowledge/states.yaml",
                    "topic": "a topics: section of knowledge/history/*.yaml"}
    for fact, where in facts.values():
        for key in ("subject", "object"):
            ref = reference(getattr(fact, key))
            if ref is not None and ref[1] not in tables[ref[0]]:
                err(f"{where}.{key}", f"unknown {ref[0]} {ref[1]!r}; fix the id or add it to {where_to_add[ref[0]]}")


def subject_name(kb: model.KnowledgeBase, ref: str) -> str:
    """The name an answer shows for a reference ("program:apollo" -> "Apollo"); text is shown as it is."""
    found = reference(ref)
    if found is None:
        return ref
    kind, entry_id = found
    tables: dict[str, dict[str, Any]] = {"program": kb.programs, "mission": kb.missions, "person": kb.people,
                                         "state": kb.states, "topic": kb.topics}
    table = tables[kind]
    entry = table.get(entry_id)
    if entry is None:
        return entry_id
    return str(entry.short if kind == "state" else entry.name)


def name_phrases(kb: model.KnowledgeBase) -> frozenset[str]:
    """Every topic's name and alias as normalised phrases: the words a history question names them with."""
    from askspace.text import normalise

    phrases = [normalise(n).words for t in kb.topics.values() for n in (t.name, *t.aliases)]
    # a name longer than the phrases coverage reads (six words) explains its words through its six-word windows
    return frozenset(" ".join(w[i:i + 6]) for w in phrases for i in range(max(len(w) - 5, 1)))


def export_history(kb: model.KnowledgeBase) -> list[dict[str, Any]]:
    """The history facts for ``--export-knowledge``: references as ``kind:id``, each with the name it stands for."""
    from askspace.export import source_dict

    def named(value: str | None) -> dict[str, str] | str | None:
        return {"ref": value, "name": subject_name(kb, value)} if value and reference(value) else value

    return [{"id": f.id, "subject": named(f.subject), "relation": f.relation, "object": named(f.object),
             "date": f.date.iso(), "until": f.until.iso() if f.until else None, "note": f.note,
             "notes": list(f.notes), "sources": [source_dict(s) for s in f.sources]} for f in kb.history]


def shared_sources(facts: list[HistoryFact]) -> tuple[HistoryFact, ...]:
    """``facts`` with equal sources as one object each: many facts cite the same book, and the cache stores it once."""
    seen: dict[model.Source, model.Source] = {}
    return tuple(f._replace(sources=tuple(seen.setdefault(s, s) for s in f.sources)) for f in facts)
