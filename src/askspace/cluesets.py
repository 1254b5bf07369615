"""Quiz clues that name no mission but describe the missions they are about: where they went, when, whose and of
what kind. "In 2011 NASA will send a rover to this planet" names Mars: the one planet that the United States'
rovers at work in 2011 went to. "In 1975, the 1st close-up photo of the surface of Venus was taken by a spacecraft
of this country" names the Soviet Union: the one state with a mission at Venus in 1975. The set must single out
one body or one country; a clue whose missions went to several, or belong to several states, is not answered.
"""

from __future__ import annotations

import datetime as dt

from askspace import compose
from askspace.clues import Clue, _only
from askspace.compose import Citations
from askspace.handlers.base import Reply
from askspace.model import KnowledgeBase, Mission

# a kind of mission the clue says: "a rover", "2 NASA Mars landers"
_KIND_WORDS = {"rover": "rover", "rovers": "rover", "lander": "lander", "landers": "lander", "orbiter": "orbiter",
               "orbiters": "orbiter", "impactor": "impactor", "flyby": "flyby", "telescope": "telescope"}
# words that say people flew: the missions are crewed
_CREWED_WORDS = frozenset({"astronaut", "astronauts", "cosmonaut", "cosmonauts", "crew", "crewed", "manned", "men",
                           "man", "moonwalkers", "moonwalker"})


def _kinds(clue: Clue) -> set[str]:
    return {_KIND_WORDS[w] for w in clue.words if w in _KIND_WORDS}


def _fits(m: Mission, clue: Clue, span: tuple[dt.date, dt.date]) -> bool:
    """Whether a mission at a body fits the clue: each year in its stay there, its kind, crewed when said."""
    first, last = span
    kinds = _kinds(clue)
    crewed = not _CREWED_WORDS.isdisjoint(clue.words)
    return (all(first.year <= y <= last.year for y in clue.years) and (not kinds or kinds <= set(m.types))
            and (not crewed or "crewed" in m.types))


def _at(kb: KnowledgeBase, clue: Clue, bodies: set[str] | None) -> list[tuple[Mission, str]]:
    """The missions (with the body) that went to one of the bodies (any body, when None) and fit the clue."""
    from askspace.cluekinds import _visits

    found = []
    for m in kb.missions.values():
        reached = m.arrival or (m.landing.date if m.landing else None) or (m.encounters[0].date if m.encounters
                                                                             else None)
        if m.outcome == "failure" and reached is None:
            continue  # lost at launch or on the way: it was never there
        stay = (m.launch, m.end or (kb.as_of if m.status == "active" else reached or m.launch))
        for body, span in _visits(kb, m).items():
            span = stay if span == (m.launch, m.end or kb.as_of) else span  # an ended mission without an end date
            if (bodies is None or body in bodies) and _fits(m, clue, span):
                found.append((m, body))
    return found


def _states_fit(kb: KnowledgeBase, state: str, said: tuple[str, ...]) -> bool:
    return state in said or any(kb.states[s].successor == state for s in said if s in kb.states)


def body(kb: KnowledgeBase, clue: Clue, cite: Citations) -> Reply | None:
    """The one body that the missions the clue describes (a year, a state, a kind: "In 2011 NASA will send a rover
    to this planet") went to."""
    from askspace.cluekinds import BODY_KINDS

    if clue.missions or clue.people or clue.craft or not clue.years or not (clue.states or _kinds(clue)):
        return None
    kinds = BODY_KINDS.get(clue.noun)
    found = [(m, b) for m, b in _at(kb, clue, None) if b in kb.bodies and b not in clue.bodies
             and (not kinds or kb.bodies[b].kind in kinds)
             and all(_states_fit(kb, m.country, said) for said in clue.states)]
    answer = _only({b for _, b in found}, "bodies", lambda b: kb.bodies[b].name)
    if answer is None:
        return None
    went = [m for m, b in found if b == answer]
    return _said(kb.bodies[answer].name, went, f"{'was' if len(went) == 1 else 'were'} there in "
                 f"{compose.join([str(y) for y in clue.years])}", cite)


def country(kb: KnowledgeBase, clue: Clue, cite: Citations) -> Reply | None:
    """The one state whose missions were at the body the clue names in its years ("In 1975 ... the surface of Venus
    was taken by a spacecraft of this country")."""
    bodies = {b for b in clue.bodies if b != "earth"}
    if clue.missions or clue.people or clue.craft or not clue.years or not bodies:
        return None
    found = [m for m, _ in _at(kb, clue, bodies)]
    said = {s for states in clue.states for s in states}
    answer = _only({m.country for m in found} - said, "countries", lambda s: compose.state_name(kb, s))
    if answer is None or answer not in kb.states:
        return None
    went = [m for m in found if m.country == answer]
    where = compose.join([kb.bodies[b].name for b in sorted(bodies) if b in kb.bodies])
    return _said(kb.states[answer].short, went, f"{'was' if len(went) == 1 else 'were'} at {where} in "
                 f"{compose.join([str(y) for y in clue.years])}, and no other state's mission fits in my records", cite)


def mission(kb: KnowledgeBase, clue: Clue, cite: Citations) -> Reply | None:
    """The one robotic mission at the body the clue names in its years, of the states it says ("the first U.S.
    flyby of Venus was by this space probe in 1962")."""
    bodies = {b for b in clue.bodies if b != "earth"}
    if clue.craft or not clue.years or not bodies:
        return None
    found = {m.id: m for m, _ in _at(kb, clue, bodies) if "crewed" not in m.types
             and all(_states_fit(kb, m.country, said) for said in clue.states)}
    answer = _only(found, "missions", lambda m: found[m].name)
    if answer is None:
        return None
    where = compose.join([kb.bodies[b].name for b in sorted(bodies) if b in kb.bodies])
    m = found[answer]
    r = Reply([f"That describes {m.name}: it was at {where} in {compose.join([str(y) for y in clue.years])}, the only "
               f"robotic mission{_of(kb, clue)} there then in my records{cite.cite(m)}."], citations=cite)
    r.use(m)
    return r


def _of(kb: KnowledgeBase, clue: Clue) -> str:
    said = sorted({compose.state_name(kb, s) for states in clue.states for s in states[:1] if s in kb.states})
    return f" of {compose.join(said)}" if said else ""


def _said(name: str, went: list[Mission], how: str, cite: Citations) -> Reply:
    went = sorted(dict.fromkeys(went), key=lambda m: (m.launch, m.id))
    names = compose.join([m.name for m in went])
    r = Reply([f"That describes {name}: {names} {how}{''.join(cite.cite(m) for m in went)}."], citations=cite)
    r.use(*went)
    return r
