"""Crew roles: "who stayed in the command module?", "when was the commander born?".

A role is a reading of the lexicon group ``crew_roles`` (commander, command module pilot, ...);
the mission is the one the question names or the last answer's. ``read`` gives the frame of a "who"
question and ``evaluate`` answers it with the crew member who held the role; ``with_role`` puts the
person's name in place of "the commander" so that the person intents answer the rest.

>>> _holds("commander", "Command Pilot") and not _holds("commander", "Command Module Pilot")
True
"""

from __future__ import annotations

from typing import NamedTuple

from askspace.compose import Citations, day
from askspace.handlers import Reply
from askspace.intents import Lexicon
from askspace.model import CrewMember, KnowledgeBase, Mission
from askspace.parse import Question
from askspace.text import normalise

_COMMAND = ("commander", "command pilot", "spacecraft commander", "soyuz commander")
_TITLES = {"commander": ("the commander",), "command module pilot": ("the command module pilot", "the cmp"),
           "lunar module pilot": ("the lunar module pilot", "the lmp")}


class Role(NamedTuple):
    """Who held one role on one mission."""

    role: str  # a reading of crew_roles
    mission: str

    def describe(self) -> dict[str, object]:
        return {"answer": "person", "relation": "held role", "role": self.role, "mission": self.mission}


def _holds(role: str, title: str) -> bool:
    title = title.casefold()
    return title in _COMMAND if role == "commander" else title == role


def holders(m: Mission, role: str) -> list[CrewMember]:
    return [c for c in m.crew if _holds(role, c.role)]


def _roles(words: tuple[str, ...], lexicon: Lexicon) -> set[str]:
    text = f" {' '.join(words)} "
    return {r for r, phrases in lexicon.groups.get("crew_roles", {}).items() if any(f" {p} " in text for p in phrases)}


def read(q: Question, lexicon: Lexicon, last_mission: str | None) -> Role | None:
    """A "who" question about one role on one mission (named, or the last answer's), or None."""
    asks_person = "who" in q.words or ("which" in q.words and ("them" in q.words or "astronaut" in q.words))
    if not asks_person or q.relation is not None:
        return None
    missions = set(q.ids("mission"))
    if len(missions) > 1 or any(m.kind not in ("mission", "body") for m in q.mentions):
        return None
    roles = _roles(q.words, lexicon)
    mission = missions.pop() if missions else last_mission
    if len(roles) != 1 or mission is None:
        return None
    return Role(roles.pop(), mission)


def evaluate(kb: KnowledgeBase, asked: Role, cite: Citations) -> Reply:
    m = kb.missions[asked.mission]
    held = holders(m, asked.role)
    if len(held) != 1:
        return Reply([f"My records do not name one {asked.role} of {m.name}."], citations=cite, understood=False)
    person = held[0]
    r = Reply([f"{person.name} was the {person.role} of {m.name} (launched {day(m.launch)}){cite.cite(m)}."],
              citations=cite)
    if asked.role == "command module pilot" and m.landing is not None and m.landing.crewed:
        others = [c.name for c in m.crew if c is not person]
        r.lines.append(f"{person.name} stayed in the command module in orbit while {' and '.join(others)} "
                       "landed.")
    r.use(m)
    r.states = [m.country]
    return r


def with_role(text: str, kb: KnowledgeBase, mission_id: str | None) -> str:
    """The question with "the commander" (or another role's title) put as the name of the last answer's crew
    member who held it: "when was the commander born?" -> "when was Neil Armstrong born?"."""
    m = kb.missions.get(mission_id) if mission_id else None
    if m is None or not m.crew:
        return text
    folded = " ".join(normalise(text).words)
    for role, titles in _TITLES.items():
        held = holders(m, role)
        for title in titles:
            if f" {title} " in f" {folded} " and len(held) == 1:
                return f" {folded} ".replace(f" {title} ", f" {held[0].name} ").strip()
    return text
