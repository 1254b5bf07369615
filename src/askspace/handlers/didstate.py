"""Yes or no: has a state (or anyone) landed on, reached, orbited or sent missions (or people) to a body?"""

from __future__ import annotations

from askspace import compose, queries
from askspace.compose import day, join
from askspace.handlers.base import Ask, Reply
from askspace.handlers.firsts import WHICH_PLACE, brief
from askspace.handlers.nofirst import attempt, best_other, events_at


def did_state(a: Ask) -> Reply:
    """Has a state (or anyone) landed on, reached, orbited or sent missions to a body?"""
    body_id = a.body
    if body_id is None:  # "has anyone landed on a comet": the first such body in date order
        rule = queries.rule_for(a.q.events, a.q.crewed)
        done = queries.by_event_date([m for b in a.bodies for m in events_at(a, rule, b, a.said_states)], rule)
        body_id = done[0].target if done else (a.bodies[0] if a.bodies else None)
    if body_id is None:
        return a.reply([WHICH_PLACE], clarify=True)
    states = a.said_states
    rule = queries.rule_for(a.q.events, a.q.crewed)
    done = events_at(a, rule, body_id, states)
    people = bool(a.q.crewed) and rule.name != "crewed-land"
    if people:  # "did the Americans send people to the Moon?": crewed flights only
        done = [m for m in done if m.crewed]
    span = a.year_span
    if span is not None:
        return _did_in_years(a, rule, body_id, states, span, crewed=True if people else None)
    if not done and rule.name == "reach":
        rule = queries.RULES["visit"]
        done = events_at(a, rule, body_id, states)
    r = a.reply([], states=states, bodies=[body_id])
    who = compose.state_name(a.kb, states[0]) if states else "anyone"
    body = a.kb.bodies[body_id].name
    if not done and rule.is_landing:
        probes = [m for m in queries.missions(a.kb, body=body_id, states=states) if "atmospheric-probe" in m.types
                  and m.arrival]
        for m in probes[:2]:
            r.use(m)
            r.lines.append(f"Nothing can land on {body}, which has no solid surface in reach; {m.name}'s probe "
                           f"descended into its atmosphere on {day(m.arrival)}{r.citations.cite(m)}."
                           if body_id in ("jupiter", "saturn", "uranus", "neptune") else
                           f"{m.name} sent a probe into its atmosphere on {day(m.arrival)}{r.citations.cite(m)}.")
    if not done:
        verb = "sent people to" if people and rule.name == "launch" else rule.verb
        r.lines.append(f"No. {compose.capitalise(who) if states else 'No one'} has"
                       f"{' not' if states else ''} {verb} {body} in my records (to {day(a.kb.as_of)}).")
        if people:  # what its robots did there says nothing about people; say where its crews went
            crewed = queries.missions(a.kb, states=states, crewed=True)
            away = [m for m in crewed if m.target != "earth"]
            for m in (away or crewed)[:1]:
                r.use(m)
                where = (f"its crews have travelled to {a.kb.bodies[m.target].name}" if away
                         else "its crewed flights in my records stayed in Earth orbit")
                r.lines.append(f"{compose.capitalise(where)}; the first was {m.name}, {day(m.launch)}"
                               f"{r.citations.cite(m)}.")
        else:
            best_other(a, body_id, states, r)
        return r
    m = done[0]
    r.use(m)
    owner = compose.capitalise(compose.state_name(a.kb, m.country))
    verb = "sent people to" if people and rule.name == "launch" else queries.first_verb(rule)
    r.lines.append(f"Yes. {owner}{a.state_note(m.country)} first {verb} {body} with {m.name} on "
                   f"{day(rule.when(m))}{r.citations.cite(m)}{brief(m)}.")
    if rule.name == "rover" and m.rover:
        r.lines.append(f"The rover was {m.rover}.")
    after = [x for x in done[1:] if x.country == m.country]
    later = after[:3]
    if later:
        r.use(*later)
        more = [f"{len(after) - len(later)} more"] if len(after) > len(later) else []
        r.lines.append("Later: " + join([f"{x.name}, {day(rule.when(x))}{r.citations.cite(x)}" for x in later]
                                        + more) + ".")
    if a.named_russia and m.country == "ussr":
        own = queries.missions(a.kb, body=body_id, states=["russia"])
        if own:
            r.use(*own)
            r.lines.append("Today's Russia on its own: " + "; ".join(
                f"{x.name}, launched {day(x.launch)}{r.citations.cite(x)} ({x.outcome}: "
                f"{compose.lower_first(x.outcome_reason.rstrip('.'), a.kb.name_words)})" for x in own[:3]) + ".")
    return r


def _did_in_years(a: Ask, rule: queries.EventRule, body: str, states: list[str],
                  span: tuple[int, int], crewed: bool | None = None) -> Reply:
    """Yes/no limited to the years named: what the state's missions (crewed ones, if asked) did then."""
    tried = [m for m in queries.missions(a.kb, body=body, states=states, crewed=crewed)
             if span[0] <= ((rule.when(m) if rule.test(m) else None) or m.launch).year <= span[1]]
    r = a.reply([], states=states, bodies=[body])
    years = str(span[0]) if span[0] == span[1] else f"{span[0]} to {span[1]}"
    done = [m for m in tried if rule.test(m)]
    if done:
        r.use(*done)
        past = "carried people to" if crewed and rule.name == "launch" else rule.past
        r.lines.append("Yes: " + "; ".join(f"{m.name} {past} {a.kb.bodies[body].name} on "
                                            f"{day(rule.when(m))}{r.citations.cite(m)}" for m in done) + ".")
        return r
    base = "send people to" if crewed and rule.name == "launch" else rule.base
    if states:
        who = compose.state_name(a.kb, states[-1] if a.named_russia else states[0])
        r.lines.append(f"No: {who} did not {base} {a.kb.bodies[body].name} in {years}, in my records.")
    else:
        past = "sent people to" if crewed and rule.name == "launch" else rule.past
        r.lines.append(f"No: no one {past} {a.kb.bodies[body].name} in {years}, in my records.")
    ever = [m for m in queries.events(a.kb, rule, body) if (not states or m.country in states)
            and (not crewed or m.crewed)]
    if rule.name == "crewed-land" or crewed:  # people: the robots that tried then say nothing; when it first happened
        tried = [m for m in tried if m.crewed]
        if ever and (rule.when(ever[0]) or ever[0].launch).year > span[1]:  # it had not happened yet: when it did
            first = ever[0]
            r.use(first)
            r.lines.append(f"The first time was {first.name}, {day(rule.when(first))}{r.citations.cite(first)}.")
    for m in tried:
        r.use(m)
        did = m.landing and attempt(m) if m.landing and not m.landing.heard_from_surface else m.outcome
        r.lines.append(f"{m.name} ({compose.state_name(a.kb, m.country)}) {did}{r.citations.cite(m)}: "
                       f"{compose.lower_first(m.outcome_reason, a.kb.name_words)}")
    return r
