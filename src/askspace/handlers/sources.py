"""Where the facts come from: the sources of a mission's entry, listed in full."""

from __future__ import annotations

from askspace import compose
from askspace.compose import day, join
from askspace.handlers import recorded
from askspace.handlers.base import Ask, Reply, mission_label, missions_described
from askspace.model import Mission

_SOURCE_WORDS = frozenset({"source", "sources", "your", "reference", "references", "cite", "know", "come", "comes"})


def _event_clause(m: Mission, body: str) -> str:
    if m.landing and m.landing.date:
        verb = "landed on" if m.landing.result == "soft" else "reached the surface of"
        return f"{verb} {body} on {day(m.landing.date)}"
    return f"launched on {day(m.launch)}"


def sources(a: Ask) -> Reply:
    found = missions_described(a)
    from_context = any(m.text.startswith("<") for m in a.q.of_kind("mission"))
    if not found and a.tools is not None:  # "your source for the first spacewalk": the recorded first
        words = tuple(w for w in a.q.words if w not in _SOURCE_WORDS)
        rec = recorded.best(a.tools.firsts, words, a.tools.plain_words)
        found = [rec.mission] if rec is not None else []
    if (not found or from_context) and a.context_facts:
        found = [a.kb.missions[f] for f in a.context_facts[:6]]
    if not found:
        return a.reply(["Which mission's sources do you want? Name it, for example "
                      "\"sources for Luna 9\"."], clarify=True)
    if len(found) > 6:
        names = compose.names_with_more([mission_label(a.kb, m) for m in found], 6)
        return a.reply([f"Several missions fit: {names}. Which one do you mean?"], clarify=True)
    r = a.reply([], states=[m.country for m in found], bodies=[m.target for m in found])
    r.use(*found)
    for m in found:
        state = a.kb.states[m.country]
        owner = f"a {state.adjective} mission"
        if a.named_russia and m.country == "ussr":
            owner = "a Soviet mission: the Soviet Union, not today's Russia, flew it"
        marks = [r.citations.add(s) for s in m.sources]
        r.lines.append(f"My sources for {m.name} ({owner}), which {_event_clause(m, a.kb.bodies[m.target].name)}, are "
                       f"{join(marks)}, listed below.")
    return r
