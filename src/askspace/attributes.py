"""One property of one mission, asked first: its rocket, its rover, its target, its name, how it ended.

"What rocket launched Mariner 4?", "what was its rover called?", "which comet?" (after an answer about
Philae), "how did Cassini end?". The mission is named or comes from the conversation; when the records do
not have the property, the answer says so and is not counted as understood.
"""

from __future__ import annotations

from askspace import compose, figures
from askspace.compose import Citations, day
from askspace.frames import Attribute
from askspace.handlers.base import Reply
from askspace.model import KnowledgeBase, Mission

_ENDINGS = frozenset({"impact", "deorbit", "reentry", "breakup", "landing", "in-orbit", "interstellar"})


def attribute(kb: KnowledgeBase, asked: Attribute, cite: Citations) -> Reply:
    """The one property asked of a mission, first; said plainly when the records do not have it."""
    m = kb.missions[asked.mission]
    if asked.attribute == "rocket":
        return _rocket(kb, m, cite)
    if asked.attribute == "next-visit":
        return _next_visit(kb, m, asked.body, cite)
    if asked.attribute in figures.KINDS:
        return _figure(kb, m, asked.attribute, cite)
    if asked.attribute == "target" and m.encounters:
        return Reply([f"{m.name} went to more than one body; ask about one of them, for example \"when did "
                      f"{m.name} reach {kb.bodies[m.target].bare_name}?\""], citations=cite, understood=False)
    if asked.attribute == "target":
        body = kb.bodies[m.target]
        kind = "" if body.kind in body.name.casefold() else f" ({body.kind})"
        r = Reply([f"{compose.possessive(m.name)} target was {body.name}{kind}, launched "
                   f"{day(m.launch)}{cite.cite(m)}."], citations=cite, bodies=[body.id])
    elif asked.attribute == "name":
        aliases = [a for a in m.aliases if a.isascii()][:2]
        also = f" (also called {compose.join(aliases, 'or')})" if aliases else ""
        r = Reply([f"It was {m.name}{also}, launched {day(m.launch)}{cite.cite(m)}."], citations=cite)
    elif asked.attribute == "end":
        r = _end(kb, m, cite)
    elif m.rover:
        r = Reply([f"{compose.possessive(m.name)} rover was {m.rover}{cite.cite(m)}."], citations=cite)
    elif "rover" in m.types:
        return Reply([f"My records do not name {compose.possessive(m.name)} rover."], citations=cite,
                     understood=False)
    else:
        r = Reply([f"{m.name} carried no rover ({compose.state_name(kb, m.country)}, launched "
                   f"{day(m.launch)}{cite.cite(m)})."], citations=cite)
    r.use(m)
    return r


def _figure(kb: KnowledgeBase, m: Mission, kind: str, cite: Citations) -> Reply:
    """A figure of the mission ("Venera 13 worked on the surface of Venus for about 2 hours 7 minutes")."""
    found = [f for f in m.figures if f.kind == kind]
    said = figures.KINDS[kind].said
    if not found:
        return Reply([f"My records do not have {figures.KINDS[kind].lacking.format(name=m.name)}."], citations=cite,
                     understood=False)
    figure = found[0]
    value = figures.said(figure)
    if kind == "orbits" and value == "1":
        said = "{name} made one orbit of the Earth"
    line = said.format(name=m.name, value=value, body=kb.bodies[m.target].name) + f"{cite.cite(m)}"
    r = Reply([line + (f" ({figure.note})." if figure.note else ".")], citations=cite)
    r.use(m)
    return r


def _next_visit(kb: KnowledgeBase, m: Mission, after: str | None, cite: Citations) -> Reply:
    """The body the mission reached next after ``after`` (else after its target), from its arrival and encounters."""
    visits = sorted([*([(m.arrival, m.target, "arrival")] if m.arrival else []),
                     *((e.date, e.body, e.kind) for e in m.encounters)])
    ref = after or m.target
    seen = [date for date, body, _ in visits if body == ref]
    if not seen:
        return Reply([f"My records do not have {m.name} at {kb.bodies[ref].name}."], citations=cite,
                     understood=False)
    later = [v for v in visits if v[0] > seen[0]]
    place = kb.bodies[ref].name
    if not later:
        r = Reply([f"After {place}, {m.name} reached no other body in my records{cite.cite(m)}."], citations=cite)
    else:
        date, body, kind = later[0]
        verb = {"orbit": "went into orbit around", "flyby": "flew past"}.get(kind, "reached")
        r = Reply([f"After {place}, {m.name} {verb} {kb.bodies[body].name} on {day(date)}{cite.cite(m)}."],
                  citations=cite, bodies=[body])
    r.use(m)
    return r


def _rocket(kb: KnowledgeBase, m: Mission, cite: Citations) -> Reply:
    if not m.launch_vehicle:
        return Reply([f"My records do not have the rocket that launched {m.name}."], citations=cite,
                     understood=False)
    article = "an" if m.launch_vehicle[0].upper() in "AEIOU" else "a"
    r = Reply([f"{m.name} was launched on {article} {m.launch_vehicle}, on {day(m.launch)}{cite.cite(m)}."],
              citations=cite)
    from askspace.handlers.rockets import rocket_clause  # the rockets' records, read only for this answer

    if (clause := rocket_clause(kb, m, cite)) is not None:
        r.lines.append(clause)
    r.use(m)
    return r


def _end(kb: KnowledgeBase, m: Mission, cite: Citations) -> Reply:
    """ "how did it end?": the end date and the last ending event, then the outcome and its reason."""
    if m.status == "active":
        lead = f"{m.name} has not ended: it was still working on {day(kb.as_of)}{cite.cite(m)}."
    elif m.end is None:
        return Reply([f"My records do not have how or when {m.name} ended."], citations=cite, understood=False)
    else:
        last = [e for e in m.events if e.kind in _ENDINGS and e.note]
        how = f": {last[-1].note}" if last and last[-1].date == m.end else ""
        lead = f"{m.name} ended on {day(m.end)}{cite.cite(m)}{how}."
    reason = compose.lower_first(m.outcome_reason.rstrip("."), kb.name_words)
    return Reply([lead, f"Outcome: {m.outcome}; {reason}."], citations=cite)
