"""A station's crews in a follow-up: "who were the first crew?" after an answer about the ISS.

A question that asks for the first (or last) crew and names nothing is about the space station
the last answer was about: "aboard" and the station's name are added, so the recorded firsts
("first crew to live aboard the International Space Station") answer it as if the user had
named the station.

>>> _asks_crew(("who", "were", "the", "first", "crew"))
True
>>> _asks_crew(("who", "was", "the", "commander"))
False
"""

from __future__ import annotations

import re

from askspace.entities import AliasIndex
from askspace.model import KnowledgeBase
from askspace.parse import Question

_CREW = frozenset({"crew", "crews"})
_RANK = frozenset({"first", "last", "earliest", "latest"})
_PAREN = re.compile(r"\s*\([^)]*\)")


def _asks_crew(words: tuple[str, ...]) -> bool:
    return bool(_CREW & set(words)) and bool(_RANK & set(words))


def with_station(text: str, q: Question, kb: KnowledgeBase, mission_id: str | None) -> str:
    """The question with "aboard <station>" added when it asks for a first or last crew, names nothing, and the
    last answer's mission is a space station; else the question unchanged."""
    mission = kb.missions.get(mission_id) if mission_id else None
    if mission is None or "space-station" not in mission.types or q.mentions or not _asks_crew(q.words):
        return text
    return f"{text.rstrip(' ?.!')} aboard the {_PAREN.sub('', mission.name)}?"


def state_station(q: Question, kb: KnowledgeBase, index: AliasIndex) -> str | None:
    """ "and China's station?": the question with the state's station put by the name of the one station that
    the alias index gives for "<adjective> space station" ("Chinese space station": Tianhe), or None
    when it names no such station."""
    for m in q.of_kind("state"):
        after = q.words[m.end:m.end + 2]
        span = 2 if after == ("space", "station") else 1 if after[:1] == ("station",) else 0
        state = kb.states.get(m.ids[0]) if m.start >= 0 and len(m.ids) == 1 else None
        if not span or state is None or q.of_kind("mission"):
            continue
        said = (*state.adjective.casefold().split(), "space", "station")
        targets = [t for t in index.entries.get(said, ()) if t.kind == "mission"]
        if len(targets) == 1:
            return " ".join((*q.words[:m.start], *said, *q.words[m.end + span:]))
    return None
