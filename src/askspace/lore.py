"""Typed values of two kinds told around the missions: famous words and accidents.

The knowledge base keeps them packed (``KnowledgeBase.lore``, pickled bytes): a cached start copies
the bytes without building an object, and only a question about famous words or accidents unpacks
them, once (:func:`sayings`, :func:`accidents`).
"""

from __future__ import annotations

import datetime as dt
import pickle
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from askspace.model import Source

if TYPE_CHECKING:
    from askspace.model import KnowledgeBase

SAYING_STATUS = ("recorded", "disputed", "not-said")
"""``recorded``: on a transcript or recording; ``disputed``: told by witnesses, not recorded;
``not-said``: attributed to the flight but never said during it."""

ACCIDENT_KINDS = ("spaceflight", "ground", "training", "test-flight")
"""``spaceflight``: crew aboard a flight launched toward space; ``ground``: on the pad or in a ground
test; ``training``: in training (aircraft, chambers); ``test-flight``: rocket-plane test flights."""


class Variant(NamedTuple):
    """A version of famous words that people quote, and how it differs from the record."""

    text: str
    note: str


class Saying(NamedTuple):
    """Famous words: who said them, on which flight, at what moment, as recorded."""

    id: str
    speakers: tuple[str, ...]  # person ids
    speaker_names: tuple[str, ...]  # speakers who are not in the people records
    mission: str
    moment: str
    date: dt.date
    words: str
    transcript: str
    sources: tuple[Source, ...]
    status: str = "recorded"
    translation: str | None = None
    variants: tuple[Variant, ...] = ()
    notes: tuple[str, ...] = ()


class Accident(NamedTuple):
    """An accident in spaceflight, its testing or training: when, where, who died, why."""

    id: str
    name: str
    date: dt.date
    place: str
    kind: str
    country: str
    deaths: int
    cause: str
    sources: tuple[Source, ...]
    aliases: tuple[str, ...] = ()
    mission: str | None = None
    program: str | None = None  # when the accident has no mission of its own (the Apollo 1 fire)
    died: tuple[str, ...] = ()  # person ids of the dead who are in the people records
    died_names: tuple[str, ...] = ()  # the other dead, by name
    survivors: tuple[str, ...] = ()  # names of those aboard or involved who lived
    altitude: str | None = None
    investigation: str | None = None
    notes: tuple[str, ...] = ()


def pack(sayings: Sequence[Saying], accidents: Sequence[Accident]) -> bytes:
    """The two kinds as the bytes that ``KnowledgeBase.lore`` keeps."""
    return pickle.dumps((tuple(sayings), tuple(accidents)), protocol=pickle.HIGHEST_PROTOCOL)


@lru_cache(maxsize=4)
def _unpack(blob: bytes) -> tuple[tuple[Saying, ...], tuple[Accident, ...]]:
    if not blob:
        return (), ()
    unpacked: tuple[tuple[Saying, ...], tuple[Accident, ...]] = pickle.loads(blob)
    return unpacked


def sayings(kb: KnowledgeBase) -> tuple[Saying, ...]:
    """The famous words of the knowledge base, by date then id."""
    return _unpack(kb.lore)[0]


def accidents(kb: KnowledgeBase) -> tuple[Accident, ...]:
    """The accidents of the knowledge base, by date then id."""
    return _unpack(kb.lore)[1]
