"""Notes: one sourced detail each, in our words, for the questions no other kind answers (knowledge/notes/*.yaml).

A note says one fact (``says``) and names its short answer (``answer``) and the kind of that answer
(``kind``); :mod:`askspace.noteuse` answers a question from the one note whose words cover the question's.
The answer must be stated in ``says``, so that the answer shown is the sourced sentence's own.

>>> from askspace.fields import DataError, Problems
>>> errors: list[DataError] = []
>>> parse_note({"id": "x", "kind": "time", "answer": "1962", "says": "It flew in 1963.", "sources": []},
...            Problems("n.yaml", errors), "notes[x]") is None
True
>>> for e in errors: print(e)
n.yaml: notes[x].answer: the answer '1962' is not stated in 'says': say it there, in the same words
n.yaml: notes[x].sources: needs at least one source
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, NamedTuple

from askspace.fields import Problems, _entry, _one_of, _opt, _text, _text_list, needs_sources
from askspace.model import Source

NOTE_KINDS = ("person", "group", "organization", "country", "place", "time", "number", "amount", "name", "thing",
              "reason")
"""What a note's answer is: ``person`` (one person), ``group`` (several people, a crew), ``organization`` (an
agency, company, office or committee), ``country``, ``place``, ``time`` (a date, year, month or time of day),
``number`` (a count), ``amount`` (a quantity with its unit: mass, length, duration, speed, money, age), ``name``
(of a craft, rocket, program, event, nickname), ``thing`` (an object, material, type, action or outcome) and
``reason`` (why it happened)."""

NOTE_KEYS = {"id": True, "kind": True, "answer": True, "says": True, "also": False, "sources": True}


class Note(NamedTuple):
    """One sourced detail that answers one kind of question."""

    id: str
    kind: str  # one of NOTE_KINDS
    answer: str  # the short answer: "Samuel C. Phillips", "1967", "110 m (363 ft)"
    says: str  # one or two sentences, in our words, that state the answer in its context
    also: tuple[str, ...]  # other words a question may use for this fact (never the answer)
    sources: tuple[Source, ...]


_WORD = re.compile(r"[^\W_]+")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def stated(answer: str, says: str) -> bool:
    """Every word of ``answer`` is in ``says`` ("Samuel C. Phillips" in "... asked Samuel C. Phillips to ...").

    >>> stated("1967", "On 27 January 1967 the crew died."), stated("1968", "It flew in 1967.")
    (True, False)
    """
    said = set(_words(says))
    return all(w in said for w in _words(answer))


def parse_note(raw: Any, p: Problems, path: str) -> Note | None:
    """One note, or None when a required part is missing or wrong (each problem reported)."""
    m, nid = _entry(raw, NOTE_KEYS, p, path)
    if m is None:
        return None
    kind = _opt(m, "kind", _one_of(NOTE_KINDS), p, path)
    answer, says = _opt(m, "answer", _text, p, path), _opt(m, "says", _text, p, path)
    if answer is not None and says is not None and not stated(answer, says):
        p.add(f"{path}.answer", f"the answer {answer!r} is not stated in 'says': say it there, in the same words")
        answer = None
    sources = needs_sources(m, p, path)
    if nid is None or kind is None or answer is None or says is None or not sources:
        return None
    return Note(id=nid, kind=kind, answer=answer, says=says, also=_opt(m, "also", _text_list, p, path) or (),
                sources=sources)


def export_notes(notes: Mapping[str, Note]) -> list[dict[str, Any]]:
    """The notes for ``--export-knowledge``."""
    from askspace.export import source_dict

    return [{"id": n.id, "kind": n.kind, "answer": n.answer, "says": n.says, "also": list(n.also),
             "sources": [source_dict(s) for s in n.sources]} for n in notes.values()]
