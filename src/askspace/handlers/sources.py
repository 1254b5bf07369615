"""Where the facts come from: the sources of a mission's entry, listed in full."""

from __future__ import annotations

from askspace import compose
from askspace.compose import day
from askspace.handlers.base import Ask, Reply, mission_label, missions_described
from askspace.model import Mission


def _event_clause(m: Mission) -> str:
    if m.landing and m.landing.date:
        verb = "landed" if m.landing.result == "soft" else "reached the surface"
        return f"{verb} {day(m.landing.date)}"
    return f"launched {day(m.launch)}"


def sources(a: Ask) -> Reply:
    found = missions_described(a)
    if not found:
        return a.reply(["Which mission's sources do you want? Name it, for example "
                      "\"sources for Luna 9\"."])
    if len(found) > 3:
        names = compose.names_with_more([mission_label(a.kb, m) for m in found], 6)
        return a.reply([f"Several missions fit: {names}. Which one do you mean?"])
    r = a.reply([], states=[m.country for m in found], bodies=[m.target for m in found])
    r.use(*found)
    for m in found:
        state = a.kb.states[m.country]
        note = ""
        if a.named_russia and m.country == "ussr":
            note = "; it was a Soviet mission, flown by the Soviet Union before today's Russia existed"
        r.lines.append(f"My sources for {m.name} ({state.adjective}, {_event_clause(m)}{note}) "
                       f"are {r.citations.cite(m, every=True)}.")
    return r
