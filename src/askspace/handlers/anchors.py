"""Resolve the anchor of a time relation ("before the first Mars probe") to dates.

An anchor may be a year, a mission, a program, or the start of missions to a body
("before starting the Mars probe missions"). The body reading also offers a second
reading: the first lander sent there, which is what people often mean by "the Mars
probe that landed".
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from askspace import compose, queries
from askspace.handlers.base import Ask, Reply

_DESCENT = {"lander", "atmospheric-probe", "impactor", "penetrator", "balloon", "rover"}


class Anchor(NamedTuple):
    date: dt.date
    label: str  # "its first Mars launch (Mars 1960A, 10 October 1960)"


def resolve(a: Ask, states: list[str]) -> list[Anchor]:
    """Readings of the question's time anchor, the main reading first."""
    rel = a.q.relation
    if rel is None:
        return []
    kinds = {m.kind: m for m in rel.anchor_mentions}
    if "body" in kinds and "mission" not in kinds and _anchor_events(a):  # "since the Americans landed on Venus"
        return _body_anchors(a, kinds["body"].ids[0], _anchor_states(a) or states)
    if "mission" in kinds:
        m = a.kb.missions[kinds["mission"].ids[0]]
        return [Anchor(m.launch, f"the launch of {m.name} ({compose.day(m.launch)})")]
    if "year" in kinds:
        year = int(kinds["year"].ids[0])
        if rel.kind == "before":
            return [Anchor(dt.date(year, 1, 1), str(year))]
        return [Anchor(dt.date(year + 1, 1, 1), str(year))]
    if "state" in kinds:
        state = a.kb.states[kinds["state"].ids[-1] if a.named_russia else kinds["state"].ids[0]]
        if state.end is not None:  # "since the Soviet Union ended"
            return [Anchor(state.end, f"the end of {state.short} ({compose.day(state.end)})")]
    if "program" in kinds:
        prog = a.kb.programs[kinds["program"].ids[0]]
        first = queries.missions(a.kb, program=prog.id)
        if first:
            m = first[0]
            return [Anchor(m.launch, f"the first {prog.name} launch ({m.name}, {compose.day(m.launch)})")]
    if "body" in kinds:
        return _body_anchors(a, kinds["body"].ids[0], states)
    if rel.anchor_events and a.body:  # "before the first landing": at the question's body
        return _body_anchors(a, a.body, _anchor_states(a))
    return []


def _anchor_events(a: Ask) -> list[str]:
    return [e for e in a.q.relation.anchor_events if e != "launch"] if a.q.relation else []


def _anchor_states(a: Ask) -> list[str]:
    """States named inside the anchor ("since the Americans landed ..."), Russia widened to the USSR."""
    rel = a.q.relation
    named = [m for m in rel.anchor_mentions if m.kind == "state"] if rel else []
    return queries.expand_states(a.kb, [i for m in named for i in m.ids[:1]])


def failed_premise(a: Ask) -> Reply | None:
    """When the anchor is an event that never happened ("since the Americans landed on Venus"): say so,
    with the missions that came closest."""
    rel = a.q.relation
    bodies = [m.ids[0] for m in rel.anchor_mentions if m.kind == "body"] if rel else []
    bodies = bodies or ([a.body] if a.body else [])  # "... after the Europeans landed there"
    events = _anchor_events(a)
    if not bodies or not events:
        return None
    body, states = a.kb.bodies[bodies[0]], _anchor_states(a)
    rule = queries.rule_for(events, a.q.crewed)
    who = f"{compose.state_name(a.kb, states[0])} has never" if states else "no one has ever"
    r = a.reply([], states=states, bodies=[body.id])
    text = (f"that did not happen: {who} {rule.verb} {body.name} in my records (to "
            f"{compose.day(a.kb.as_of)}), so I cannot count from it.")
    reached = queries.events(a.kb, queries.RULES["reach"], body.id, states)
    if reached and rule.name != "reach" and reached[0].landing is not None:
        m, landing = reached[0], reached[0].landing
        r.use(m)
        kind = {"impact": "an impact", "crash": "a crash"}.get(landing.result, "a landing")
        text += (f" The nearest: {m.name} reached the surface on {compose.day(landing.date)}"
                 f"{r.citations.cite(m)}, {kind}, not a soft landing.")
    elif states:
        sent = queries.missions(a.kb, body=body.id, states=states)
        descending = [m for m in sent if _DESCENT & set(m.types)]  # what came closest to the premise
        sent = (descending or sent)[:4]
        if sent:
            r.use(*sent)
            which = "missions that went down towards" if descending else "missions to"
            whose = compose.capitalise(compose.possessive(compose.state_name(a.kb, states[0])))
            text += f" {whose} {which} {body.name}: " + compose.join(
                [f"{m.name} ({', '.join(t.replace('-', ' ') for t in m.types)}, launched "
                 f"{compose.day(m.launch)}){r.citations.cite(m)}" for m in sent]) + "."
    r.lines.append(compose.capitalise(text))
    return r


def _body_anchors(a: Ask, body_id: str, states: list[str]) -> list[Anchor]:
    body = a.kb.bodies[body_id]
    events = _anchor_events(a)
    owner = _owner(a, states)
    if events:
        rule = queries.rule_for(events, a.q.crewed)  # "crewed missions before the first landing": a crewed one
        done = queries.by_event_date(
            [m for m in queries.missions(a.kb, body=body_id, states=states) if rule.test(m)], rule)
        if done:
            m = done[0]
            label = f"{owner} first {queries.event_phrase(rule, body.name)} ({m.name}, {compose.day(rule.when(m))})"
            return [Anchor(rule.when(m) or m.launch, label)]
        return []
    sent = queries.missions(a.kb, body=body_id, states=states)
    if not sent:
        return []
    first = sent[0]
    readings = [Anchor(first.launch, f"{owner} first {body.bare_name} launch ({first.name}, "
                                     f"{compose.day(first.launch)})")]
    landers = [m for m in sent if m.landing is not None and m.landing.reached_surface]
    if landers and landers[0].launch > first.launch:
        lander = landers[0]
        readings.append(Anchor(lander.launch, f"{owner} first lander to reach {body.name} ({lander.name}, "
                                              f"launched {compose.day(lander.launch)})"))
    return readings


def _owner(a: Ask, states: list[str]) -> str:
    if len(states) == 1 or (states and a.named_russia):
        return "its"
    return "the"
