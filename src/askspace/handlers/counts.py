"""How many / which countries did something at a body, with the rule and what was left out."""

from __future__ import annotations

from collections.abc import Callable

from askspace import compose, queries
from askspace.compose import day, join, number_word, plural
from askspace.handlers import anchors
from askspace.handlers.base import Ask, Reply
from askspace.model import Mission

_ATTEMPT_RESULT = {
    "crash": "crashed",
    "lost": "was lost during its descent",
    "missed": "missed its target",
    "impact": "hit the surface",
}


def _attempt_text(m: Mission) -> str:
    assert m.landing is not None
    if m.landing.result == "soft" and m.landing.operated == "none":
        return "landed but was never heard from"
    return _ATTEMPT_RESULT.get(m.landing.result, m.landing.result)


def _member(a: Ask, m: Mission, rule: queries.EventRule, r: Reply) -> str:
    note = f", though {m.landing.note}" if rule.is_landing and m.landing and m.landing.note else ""
    return f"{compose.state_name(a.kb, m.country)} ({m.name}, {day(rule.when(m))}{r.citations.cite(m)}{note})"


def _window(a: Ask, rule: queries.EventRule) -> tuple[Callable[[Mission], bool], str]:
    """A time relation's test on the event date ("before Apollo 11") and how to say it."""
    readings = anchors.resolve(a, [])
    if not readings or a.q.relation is None:
        return (lambda m: True), ""
    anchor, before = readings[0], a.q.relation.kind == "before"
    return (lambda m: ((rule.when(m) or m.launch) < anchor.date) == before), f" {a.q.relation.kind} {anchor.label}"


def countries(a: Ask) -> Reply:
    """How many / which states achieved an event on a body, with the rule and the rest."""
    body_id = a.body
    assert body_id is not None
    body = a.kb.bodies[body_id]
    rule = queries.rule_for(a.q.events, a.q.crewed)
    if a.q.outcome == "failure" and rule.is_landing:
        return _failed_states(a, body_id)
    inside, window = _window(a, rule)
    others = (" other than " + join([compose.state_name(a.kb, s) for s in a.q.excluded])
              if a.excluded_states else "")  # "countries other than the USSR and the USA"
    excluded = a.excluded_states

    def keep(m: Mission) -> bool:  # in the question's window, and of a state it does not leave out
        return inside(m) and m.country not in excluded

    firsts = queries.firsts_by_state(a.kb, rule, body_id, keep=keep)
    states = [sid for sid in firsts if a.kb.states[sid].kind == "state"]
    agencies = [sid for sid in firsts if a.kb.states[sid].kind != "state"]
    r = a.reply([], bodies=[body_id], states=states)
    r.use(*(firsts[s] for s in states))
    if not states:
        r.lines.append(f"No country{others} has {rule.verb} {body.name}{window} in my records "
                       f"(to {day(a.kb.as_of)}).")
    else:
        have = ("had" if window else "has" if len(states) == 1 else "have")
        lead = (f"{number_word(len(states), capital=True)} {plural(len(states), 'country', 'countries')}"
                f"{others} {have} {rule.verb} {body.name}{window}")
        if a.params.get("mode") == "list":
            lead = (f"{plural(len(states), 'The country', 'The countries')}{others} that {have} {rule.verb} "
                    f"{body.name}{window}")
        members = join([_member(a, firsts[s], rule, r) for s in states])
        r.lines.append(f"{lead}: {members}.")
    r.lines.append(f"Rule: {rule.rule}; each country is listed with its first.")
    if rule.name == "land":
        strict = [s for s in queries.firsts_by_state(a.kb, queries.RULES["land-worked"], body_id, keep=keep)
                  if a.kb.states[s].kind == "state"]
        if strict != states:
            names = join([compose.state_name(a.kb, s) for s in strict])
            r.lines.append(f"Counting only landers that went on working, {number_word(len(strict))}: {names}.")
    for sid in agencies:
        m = firsts[sid]
        r.lines.append(f"{compose.capitalise(compose.state_name(a.kb, sid))} is a multinational agency, "
                       f"not a country; it has also {rule.verb} {body.name} ({m.name}, {day(rule.when(m))}"
                       f"{r.citations.cite(m)}).")
    if rule.name in ("land", "crewed-land"):
        failed = [m for m in queries.failed_landings(a.kb, body_id, rule) if keep(m)]
        if failed:
            parts = [f"{m.name} ({compose.state_name(a.kb, m.country)}, {m.launch.year}) {_attempt_text(m)}"
                     for m in failed[:8]]
            more = f"; and {len(failed) - 8} more failed attempts" if len(failed) > 8 else ""
            r.lines.append(f"Not counted: {'; '.join(parts)}{more}.")
    return r


def _failed_states(a: Ask, body_id: str) -> Reply:
    """Countries whose landing attempts on a body failed, with each failure."""
    body = a.kb.bodies[body_id]
    landed = queries.RULES["land"]
    failed = queries.failed_landings(a.kb, body_id, landed)
    by_state: dict[str, list[Mission]] = {}
    for m in failed:
        by_state.setdefault(m.country, []).append(m)
    r = a.reply([], states=list(by_state), bodies=[body_id])
    r.use(*failed)
    if not by_state:
        r.lines.append(f"No landing attempt on {body.name} has failed in my records.")
        return r
    never = [s for s in by_state if not queries.firsts_by_state(a.kb, landed, body_id).get(s)]

    def attempt(m: Mission) -> str:
        when = day(m.landing.date) if m.landing and m.landing.date else str(m.launch.year)
        return f"{m.name} ({_attempt_text(m)}, {when}){r.citations.cite(m)}"

    groups = [f"{compose.state_name(a.kb, s)}: " + join([attempt(m) for m in ms[:4]])
              + (f" and {len(ms) - 4} more" if len(ms) > 4 else "") for s, ms in by_state.items()]
    r.lines.append(f"{number_word(len(by_state), capital=True)} {plural(len(by_state), 'country', 'countries')} "
                   f"or agencies have had landing attempts on {body.name} fail: " + "; ".join(groups) + ".")
    if never:
        names = join([compose.state_name(a.kb, s) for s in never])
        r.lines.append(f"Of these, never landed successfully: {names}.")
    return r
