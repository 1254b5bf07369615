"""Landing attempts ranked: "when did Russia last try to land on the Moon?" (Luna 25, which crashed).

A first or last that says "try", "tried" or "attempt" counts every landing attempt, failed or not
(``queries.tried_to_land``: landers and crewed craft that went down to the surface, not impactors),
in the order of their landing dates (launch dates where the records give none).
"""

from __future__ import annotations

import datetime as dt

from askspace import compose, queries
from askspace.compose import day
from askspace.handlers.base import Ask, Reply
from askspace.model import Mission
from askspace.parse import ORDINAL_INDEX

TRIED = frozenset({"try", "tried", "tries", "attempt", "attempted", "attempts"})


def _when(m: Mission) -> dt.date:
    return m.landing.date if m.landing and m.landing.date else m.launch


def _pick(found: list[Mission], ordinal: str) -> Mission | None:
    index = len(found) - 1 if ordinal == "last" else ORDINAL_INDEX.get(ordinal, 0)
    return found[index] if 0 <= index < len(found) else None


def _outcome(m: Mission) -> str:
    assert m.landing is not None
    if m.landing.result == "soft":
        return "landed softly" if m.landing.operated != "none" else "landed but was never heard from"
    return {"crash": "crashed", "lost": "was lost during its descent",
            "missed": "missed its target"}.get(m.landing.result, m.landing.result)


def nth_attempt(a: Ask, body_id: str, states: list[str], ordinal: str) -> Reply | None:
    """The first, nth or last landing attempt on ``body_id`` (by ``states``, if any), or None when the question
    does not speak of trying, says crewed or robotic, or has a time relation (answered elsewhere)."""
    if not TRIED & set(a.q.words) or a.q.relation is not None or a.q.crewed is not None:
        return None
    tried = sorted((m for m in queries.landing_attempts(a.kb, body_id) if queries.tried_to_land(m, (body_id,))
                    and (not states or m.country in states)), key=lambda m: (_when(m), m.id))
    chosen = _pick(tried, ordinal)
    if chosen is None:
        return None
    r = a.reply([], states=[chosen.country], bodies=[body_id])
    r.use(chosen)
    by = f" by {compose.join([compose.state_name(a.kb, s) for s in dict.fromkeys(states)])}" if states else ""
    r.lines.append(f"The {ordinal} landing attempt on {a.kb.bodies[body_id].name}{by} was {chosen.name} "
                   f"({compose.state_name(a.kb, chosen.country)}), {day(_when(chosen))}{r.citations.cite(chosen)}: "
                   f"it {_outcome(chosen)}.")
    r.lines.append(f"Counted: {len(tried)} landing attempts{by}, failed or not (impactors left out).")
    return r
