"""The next or previous event relative to a mission: "the next Mars landing after Viking 2"."""

from __future__ import annotations

from askspace import compose, queries
from askspace.compose import day
from askspace.handlers.base import Ask, Reply, asks_place, named_missions, names_crew

_BEFORE = ("before", "previous", "preceding", "prior", "earlier")


def relative_event(a: Ask) -> Reply:
    named = named_missions(a, include_anchor=True)
    if not named:
        return a.reply(["Which mission should I count from? For example \"the next Moon landing after Apollo 17\"."],
                       clarify=True)
    anchor = named[0]
    if any(names_crew(a.kb.missions[m.ids[0]], m.text) for m in a.q.of_kind("mission", include_anchor=True)):
        # "had Jim Lovell been to the Moon before?" asks about a person, not about the missions before his
        return a.reply(["I cannot tell what a person did before or after one of their flights yet."],
                       understood=False)
    events = list(a.q.events) + list(a.q.relation.anchor_events if a.q.relation else ())
    events = [e for e in dict.fromkeys(events) if e != "launch"]
    if not events and a.q.crewed is not None:  # no launch rule tells crewed from robotic flights
        return a.reply(["I cannot tell the last or next crewed or robotic flight before or after a mission yet; "
                        "ask about landings, orbits or flybys."], understood=False)
    rule = queries.rule_for(events, a.q.crewed) if events else queries.RULES["launch"]
    bodies = [m.ids[0] for m in a.q.of_kind("body", include_anchor=True)]
    body = bodies[0] if bodies else anchor.target
    states = [i for m in a.q.of_kind("state", include_anchor=True) for i in queries.expand_states(a.kb, m.ids)]
    backwards = any(a.q.has(w) for w in _BEFORE)
    start = (rule.when(anchor) if rule.test(anchor) else None) or anchor.launch
    if asks_place(a):  # "Which planet did Voyager 1 visit after Saturn?": a place
        return a.reply(["I can tell the next landing, orbit or flyby after a mission, not the next place a mission "
                        f"went; ask \"Which planets did {anchor.name} visit?\""], understood=False)
    programs = a.q.ids("program")  # "which Apollo mission landed after Apollo 17?": Apollo's only
    chosen = queries.nearest_event(a.kb, rule, body, states, start, backwards, exclude=anchor.id, programs=programs)
    r = a.reply([], states=states, bodies=[body])
    phrase = queries.event_phrase(rule, a.kb.bodies[body].name)
    who = f" by {compose.state_name(a.kb, states[-1] if a.named_russia else states[0])}" if states else ""
    if programs:  # "the next Apollo soft landing on the Moon"
        phrase = f"{compose.join([a.kb.programs[p].name for p in programs if p in a.kb.programs])} {phrase}"
    word = "before" if backwards else "after"
    if chosen is None:
        r.use(anchor)
        r.lines.append(f"There was no {phrase}{who} {word} {anchor.name}{r.citations.cite(anchor)} in my records.")
        return r
    r.use(chosen, anchor)
    gap = abs(((rule.when(chosen) or chosen.launch) - start).days) // 365
    years = f", about {gap} {compose.plural(gap, 'year')} {word} it" if gap >= 1 else ""
    r.lines.append(f"The {'last' if backwards else 'next'} {phrase}{who} {word} {anchor.name} "
                   f"({day(start)}{r.citations.cite(anchor)}) was {chosen.name} "
                   f"({compose.state_name(a.kb, chosen.country)}), {day(rule.when(chosen))}"
                   f"{r.citations.cite(chosen)}{years}.")
    return r
