"""Counts and lists: how many (which) countries did something, how many missions."""

from __future__ import annotations

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


def count_missions(a: Ask) -> Reply:
    """How many missions of a program, state, body, outcome or time window."""
    states = a.said_states
    program = a.q.ids("program")
    body = a.body
    pool = queries.missions(a.kb, body=body, states=states,
                            program=program[0] if program else None, crewed=a.q.crewed)
    readings = anchors.resolve(a, states)
    if a.q.relation and not readings:
        return a.reply([f"I could not tell which date \"{a.q.relation.kind} "
                      f"{' '.join(a.q.relation.anchor_words)}\" means."], understood=False)
    if not pool:
        return a.reply([f"I have no record of {_describe(a, states, program, body)}."])
    r = a.reply([], states=states, bodies=[body] if body else [])
    main = readings[0] if readings else None
    in_window = _window(pool, a, main.date if main else None)
    _count_lines(a, in_window, states, program, body, main.label if main else "", r)
    for other in readings[1:]:
        subset = _window(pool, a, other.date)
        counted, partial, _ = _split(a, subset)
        word = "successful " if a.q.outcome == "success" else ""
        extra = (f", and {len(partial)} partial ({join([m.name for m in partial])})"
                 if partial and a.q.outcome == "success" else "")
        r.lines.append(f"Read as {a.q.relation.kind if a.q.relation else 'before'} {other.label}: "
                       f"{len(counted)} {word}{plural(len(counted), 'mission')} "
                       f"({compose.names_with_more([m.name for m in counted], 12)}){extra}.")
    return r


def _window(pool: list[Mission], a: Ask, date: object) -> list[Mission]:
    if date is None or a.q.relation is None:
        return pool
    if a.q.relation.kind == "before":
        return [m for m in pool if m.launch < date]  # type: ignore[operator]
    return [m for m in pool if m.launch >= date]  # type: ignore[operator]


def _split(a: Ask, pool: list[Mission]) -> tuple[list[Mission], list[Mission], list[Mission]]:
    """(counted, partial, left out) under the question's outcome and event filter."""
    events = [e for e in a.q.events if e != "launch"]
    if events:
        rule = queries.rule_for(events, a.q.crewed)
        counted = [m for m in pool if rule.test(m)]
        return counted, [], [m for m in pool if not rule.test(m)]
    if a.q.outcome == "success":
        return ([m for m in pool if m.outcome == "success"],
                [m for m in pool if m.outcome == "partial"],
                [m for m in pool if m.outcome == "failure"])
    if a.q.outcome == "failure":
        return [m for m in pool if m.outcome == "failure"], [], [m for m in pool if m.outcome != "failure"]
    return pool, [], []


def _describe(a: Ask, states: list[str], program: list[str], body: str | None) -> str:
    what = f"{a.kb.programs[program[0]].name} missions" if program else "missions"
    who = f" by {join([compose.state_name(a.kb, s) for s in states[:1]])}" if states else ""
    where = f" to {a.kb.bodies[body].name}" if body else ""
    return f"{what}{who}{where}"


def _count_lines(a: Ask, pool: list[Mission], states: list[str], program: list[str],
                 body: str | None, anchor: str, r: Reply) -> None:
    counted, partial, left = _split(a, pool)
    r.use(*counted)
    owners = list(dict.fromkeys(m.country for m in pool))
    who = join([compose.state_name(a.kb, s) + a.state_note(s) for s in owners]) if states else ""
    adjective = {"success": "successful ", "failure": "failed "}.get(a.q.outcome or "", "")
    events = [e for e in a.q.events if e != "launch"]
    rule = queries.rule_for(events, a.q.crewed) if events else None
    noun = f"{a.kb.programs[program[0]].name} " if program else ""
    where = f" to {a.kb.bodies[body].name}" if body and not program else ""
    window = f" {a.q.relation.kind} {anchor}" if anchor and a.q.relation else ""
    listing = join([f"{m.name} ({day(m.launch)}){r.citations.cite(m)}" for m in counted]) \
        if len(counted) <= 12 else compose.names_with_more([m.name for m in counted], 12)
    targets = {m.target for m in (counted or pool)}
    target = a.kb.bodies[body or next(iter(targets))].name if body or len(targets) == 1 else "their targets"
    verb = f" that {rule.past} {target}" if rule else ""
    where = "" if rule else where
    subject = f"{compose.capitalise(who)} flew" if who else "There were"
    head = (f"{subject} {len(counted)} {adjective}{noun}{plural(len(counted), 'mission')}"
            f"{verb}{where}{window}")
    r.lines.append(f"{head}: {listing}." if counted else f"{head}.")
    if partial:
        names = join([f"{m.name} ({compose.lower_first(m.outcome_reason.rstrip('.'))})" for m in partial])
        r.lines.append(f"Counting partial successes, {len(counted) + len(partial)}: {names}.")
    if left and (a.q.outcome or rule):
        label = {"success": "failures", "failure": "missions that did not fail"}.get(a.q.outcome or "", "")
        if rule:
            label = f"{plural(len(left), 'mission')} that did not {rule.base} {target}"
        r.lines.append(f"Not counted: {len(left)} {label} "
                       f"({compose.names_with_more([m.name for m in left], 8)}).")
        if rule and body:
            r.lines.append(f"In all, {len(pool)} {plural(len(pool), 'mission was', 'missions were')} "
                           f"launched toward {target}.")
    if not a.q.outcome and not rule and pool:
        tally = {o: sum(m.outcome == o for m in pool) for o in ("success", "partial", "failure")}
        r.lines.append(f"Of these, {tally['success']} succeeded, {tally['partial']} partly "
                       f"succeeded and {tally['failure']} failed.")
