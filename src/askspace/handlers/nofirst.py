"""What a state has not done at a body, and what it did instead: the answers to firsts that never happened ("The
Soviet Union has not sent people to orbit the Moon ... the first robotic orbit there by the Soviet Union was Luna
10"), and the events the first-answers read.
"""

from __future__ import annotations

from askspace import compose, queries
from askspace.compose import day
from askspace.handlers.base import Ask, Reply
from askspace.model import Mission


def events_at(a: Ask, rule: queries.EventRule, body: str, states: list[str]) -> list[Mission]:
    """The events at ``body`` by ``states`` (any), less those of states the question leaves out."""
    found = queries.events(a.kb, rule, body, states)
    programs = a.q.ids("program")  # "which Apollo mission first used the rover?": that program's only
    if programs:
        found = [m for m in found if any(m.in_program(p) for p in programs)]
    return [m for m in found if m.country not in a.excluded_states] if a.excluded_states else found


def by(a: Ask, states: list[str]) -> str:
    return f" by {compose.state_name(a.kb, states[-1] if a.named_russia else states[0])}" if states else ""


def never(a: Ask, rule: queries.EventRule, body: str, states: list[str], r: Reply) -> Reply:
    body_name = a.kb.bodies[body].name
    if states:
        who = ("The Soviet Union and Russia have never" if a.named_russia
               else compose.capitalise(compose.state_name(a.kb, states[0])) + " has not")
        r.lines.append(f"{who} {rule.verb} {body_name} in my records (to {day(a.kb.as_of)}).")
    else:
        r.lines.append(f"No one has {rule.verb} {body_name} in my records (to {day(a.kb.as_of)}).")
    if rule.name == "crewed-land":
        robotic = events_at(a, queries.RULES["land"], body, states)
        if robotic:
            m = robotic[0]
            r.use(m)
            whose = "its" if states and not a.named_russia else "the"
            r.lines.append(f"{compose.capitalise(whose)} first robotic soft landing there was {m.name} "
                           f"({compose.state_name(a.kb, m.country)}), {day(m.landing.date if m.landing else None)}"
                           f"{r.citations.cite(m)}.")
        crewed = events_at(a, rule, body, [])
        if states and crewed:
            m = crewed[0]
            r.use(m)
            r.lines.append(f"People have landed there only on {a.kb.states[m.country].adjective} flights, "
                           f"the first being {m.name}, {day(m.landing.date if m.landing else None)}"
                           f"{r.citations.cite(m)}.")
        return r
    robotic = events_at(a, queries.RULES[rule.name], body, states) if a.q.crewed else []
    if robotic:  # "the first cosmonaut to orbit the Moon": none, but Luna 10 orbited it
        m = robotic[0]
        r.use(m)
        r.lines.append(f"The first robotic {queries.RULES[rule.name].noun} there{by(a, states)} was {m.name}, "
                       f"{day(queries.RULES[rule.name].when(m))}{r.citations.cite(m)}.")
        return r
    best_other(a, body, states, r)
    return r


def best_other(a: Ask, body: str, states: list[str], r: Reply) -> None:
    """What the state did achieve at the body, and its failed landing attempts, with dates."""
    for name in ("land", "orbit", "flyby"):
        rule = queries.RULES[name]
        done = events_at(a, rule, body, states)
        if done and states:
            m = done[0]
            r.use(m)
            r.lines.append(f"Its first {rule.noun} there: {m.name}, {day(rule.when(m))}"
                           f"{r.citations.cite(m)}.")
            break
    if not states:
        return
    attempts = [m for m in queries.failed_landings(a.kb, body, queries.RULES["land"]) if m.country in states]
    if attempts:
        r.use(*attempts)
        r.lines.append("Failed landing attempts: " + "; ".join(
            f"{m.name} ({attempt(m)}){r.citations.cite(m)}" for m in attempts[:6]) + ".")
    elif not any(events_at(a, queries.RULES[n], body, states) for n in ("land", "orbit", "flyby")):
        sent = queries.missions(a.kb, body=body, states=states)
        if sent:
            r.use(*sent)
            r.lines.append("Its missions there: " + "; ".join(
                f"{m.name}, launched {day(m.launch)}{r.citations.cite(m)} ({m.outcome}: "
                f"{compose.lower_first(m.outcome_reason.rstrip('.'), a.kb.name_words)})" for m in sent[:3]) + ".")


def attempt(m: Mission) -> str:
    assert m.landing is not None
    when = f" on {day(m.landing.date)}" if m.landing.date else ""
    if m.landing.result == "soft":
        return f"landed{when} but was never heard from"
    return {"crash": f"crashed{when}", "lost": f"lost during descent{when}",
            "missed": "missed its target"}.get(m.landing.result, m.landing.result)


def never_in_orbit(a: Ask, state: str) -> Reply:
    """A state's first orbit of the Earth is its first satellite (the first-satellites table), not the first of
    its missions the records hold: those are notable missions only (China's was Dong Fang Hong 1, not BeiDou)."""
    entry = a.kb.first_satellites.get(state)
    if a.q.ordinal not in (None, "first") or entry is None:
        return a.reply([f"My records hold each country's first satellite, not its later orbital launches one by one"
                        f"{'' if entry else ', and none for ' + compose.state_name(a.kb, state)}."], understood=False)
    r = a.reply([], states=[state], bodies=["earth"])
    marks = "".join(r.citations.add(s) for s in entry.sources[:1])
    rocket = f", on a {entry.first.rocket}" if entry.first.rocket else ""
    r.lines.append(f"{compose.capitalise(compose.state_name(a.kb, state))} first put a satellite into orbit with "
                   f"{entry.first.satellite} on {day(entry.first.launch)}{rocket}{marks}.")
    return r
