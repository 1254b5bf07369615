"""How many / which countries did something at a body, with the rule and what was left out."""

from __future__ import annotations

from askspace import compose, queries
from askspace.compose import day, join, number_word, plural
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


def countries(a: Ask) -> Reply:
    """How many / which states achieved an event on a body, with the rule and the rest."""
    body_id = a.body
    assert body_id is not None
    body = a.kb.bodies[body_id]
    rule = queries.rule_for(a.q.events, a.q.crewed)
    firsts = queries.firsts_by_state(a.kb, rule, body_id)
    states = [sid for sid in firsts if a.kb.states[sid].kind == "state"]
    agencies = [sid for sid in firsts if a.kb.states[sid].kind != "state"]
    r = a.reply([], bodies=[body_id], states=states)
    r.use(*(firsts[s] for s in states))
    if not states:
        r.lines.append(f"No country has {rule.verb} {body.name} in my records (to {day(a.kb.as_of)}).")
    else:
        lead = (f"{number_word(len(states), capital=True)} {plural(len(states), 'country', 'countries')} "
                f"{'has' if len(states) == 1 else 'have'} {rule.verb} {body.name}")
        if a.params.get("mode") == "list":
            lead = f"{plural(len(states), 'The country that has', 'The countries that have')} {rule.verb} {body.name}"
        members = join([_member(a, firsts[s], rule, r) for s in states])
        r.lines.append(f"{lead}: {members}.")
    r.lines.append(f"Rule: {rule.rule}; each country is listed with its first.")
    if rule.name == "land":
        strict = [s for s in queries.firsts_by_state(a.kb, queries.RULES["land-worked"], body_id)
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
        _left_out(a, body_id, rule, r)
    return r


def _left_out(a: Ask, body_id: str, rule: queries.EventRule, r: Reply) -> None:
    failed = [m for m in queries.landing_attempts(a.kb, body_id)
              if not rule.test(m) and m.landing is not None and m.landing.result != "impact"
              and (rule.name != "crewed-land" or m.crewed)]
    if not failed:
        return
    parts = []
    for m in failed[:8]:
        parts.append(f"{m.name} ({compose.state_name(a.kb, m.country)}, {m.launch.year}) {_attempt_text(m)}")
    more = f"; and {len(failed) - 8} more failed attempts" if len(failed) > 8 else ""
    r.lines.append(f"Not counted: {'; '.join(parts)}{more}.")
