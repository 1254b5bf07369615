"""Dated events as sentences: "Mir was brought down on purpose on 23 March 2001[1], coming down over ..."."""

from __future__ import annotations

from askspace import compose
from askspace.compose import day, join
from askspace.events import Found
from askspace.handlers.base import Ask, Reply


def verb(a: Ask, f: Found) -> str:
    """What happened, as a verb phrase for the mission: "docked with Mir", "re-entered the atmosphere"."""
    e, kb = f.event, a.kb
    other = kb.missions[e.other].name if e.other else None
    body = kb.bodies[e.body].name if e.body else kb.bodies[f.mission.target].name
    n = e.times or 1
    phrases = {
        "spacewalk": f"made {compose.number_word(n)} spacewalks" if n > 1 else "made a spacewalk",
        "docking": f"docked with {other}" if other else "docked",
        "undocking": f"undocked from {other}" if other else "undocked",
        "crew-arrival": f"went aboard {other}" if other else "went aboard",
        "servicing": f"serviced {other}" if other else "was serviced",
        "release": f"released {other} into orbit" if other else "released a payload",
        "reentry": "re-entered the atmosphere",
        "deorbit": "was brought down on purpose",
        "impact": f"plunged into {body}",
        "breakup": "was destroyed",
        "interstellar": "crossed into interstellar space",
        "sample-return": "brought its sample capsule back to Earth",
        "in-orbit": "was still in orbit",
        "arrival": f"arrived at {body}",
        "flyby": f"flew past {body}",
        "orbit": f"entered orbit around {body}",
        "landing": f"landed on {body}",
    }
    return phrases.get(e.kind, e.kind)


_PLACE = {"reentry": ", coming down over {}", "deorbit": ", coming down over {}", "breakup": " over {}",
          "sample-return": ", landing in {}", "landing": " at {}"}


def cite(r: Reply, f: Found) -> str:
    if f.event.sources:
        return "".join(r.citations.add(s) for s in f.event.sources)
    return r.citations.cite(f.mission)


def say(a: Ask, r: Reply, f: Found, subject: str | None = None) -> str:
    """One event as a sentence: "Mir was brought down on purpose on 23 March 2001[1], coming down over ..."."""
    e = f.event
    who = subject or f.mission.name
    if e.people and e.kind in ("spacewalk", "docking", "crew-arrival"):
        who = f"{join(list(e.people))}, on {who},"
    place = _PLACE.get(e.kind, " ({})").format(e.place) if e.place else ""
    note = f": {e.note}" if e.note else ""
    return f"{who} {verb(a, f)} on {day(e.date)}{cite(r, f)}{place}{note}."
