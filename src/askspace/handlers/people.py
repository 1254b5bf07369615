"""People: how many and who walked on, landed on or flew to a body, or flew on a mission."""

from __future__ import annotations

from askspace import compose, queries
from askspace.compose import join, number_word, plural
from askspace.handlers.base import Ask, Reply, named_missions, walkers
from askspace.model import Mission

_DIED = ("died", "die", "killed", "death", "deaths", "dead", "lost their lives", "fatalities", "perished", "lost")


_TRAVELLED = ("flown to", "flew to", "fly to", "been to", "gone to", "went to", "go to", "travelled to",
              "traveled to", "travel to", "visited", "orbited", "around the moon")
"""Going to a body, not landing on it: "How many people have flown to the Moon?" counts 24, not the 12 walkers."""


def people(a: Ask) -> Reply:
    """Crew of one mission, or the people who landed on (or travelled to) a body, or who died."""
    named = named_missions(a)
    if named:
        return _crew_of(a, named[0])
    if any(a.q.has(w) for w in ("carry", "carried", "could carry", "hold", "seat", "seats")):
        return a.reply(["My records give each flight's crew, not how many people a craft could carry; name a "
                        "flight (\"How many people did Apollo 11 carry?\")."], understood=False)
    if a.q.ordinal is not None and a.q.ordinal != "first":  # "the second orbiter": no rank this answer evaluates
        return a.reply([f"I cannot tell which one the \"{a.q.ordinal}\" of your question is in my records, so I "
                        "will not answer for all of them."], understood=False)
    if any(a.q.has(w) for w in _DIED):
        return _deaths(a)
    body = a.body or "moon"
    events = [e for e in a.q.events if e not in ("launch",)]
    travelled = any(a.q.has(w) for w in _TRAVELLED) and not any(a.q.has(w) for w in ("walk", "walked", "landed"))
    landing = not travelled and (not events or any(e in ("land", "reach") for e in events))
    rule = queries.RULES["crewed-land"] if landing else queries.RULES["visit"]
    # Travelling there counts even when the mission failed (Apollo 13 went round the Moon).
    flights = [m for m in queries.missions(a.kb, body=body, states=a.said_states, crewed=True)
               if rule.test(m) or (not landing and m.arrival is not None)]
    r = a.reply([], bodies=[body], states=a.said_states)
    body_name = a.kb.bodies[body].name
    if not flights:
        r.lines.append(f"No one has {'landed on' if landing else 'travelled to'} {body_name} in my records "
                       f"(to {compose.day(a.kb.as_of)}).")
        return r
    r.use(*flights)
    names: dict[str, list[str]] = {}
    for m in flights:
        for person in (walkers(m) if landing else [c.name for c in m.crew]):
            names.setdefault(person, []).append(m.name)
    verb = "walked on" if landing else "travelled to"
    groups = [f"{join(walkers(m) if landing else [c.name for c in m.crew])} ({m.name}, "
              f"{compose.day(rule.when(m))}){r.citations.cite(m)}" for m in flights]
    count = len(names)
    r.lines.append(f"{number_word(count, capital=True)} {plural(count, 'person has', 'people have')} {verb} "
                   f"{body_name}, on {number_word(len(flights))} {plural(len(flights), 'flight')}: "
                   + "; ".join(groups) + ".")
    twice = [p for p, ms in names.items() if len(ms) > 1]
    if twice:
        r.lines.append(f"{join(twice)} made the trip twice, so they are counted once.")
    if not landing:
        walked = {p for m in flights if m.landing and m.landing.crewed for p in walkers(m)}
        r.lines.append(f"Of them, {number_word(len(walked))} walked on the surface.")
    return r


def _deaths(a: Ask) -> Reply:
    """People killed during spaceflights, by program or state when named."""
    program = a.q.ids("program")
    flights = [m for m in queries.missions(a.kb, states=a.said_states, program=program[0] if program else None,
                                           crewed=True) if any(c.died for c in m.crew)]
    r = a.reply([], states=a.said_states)
    scope = f" on {a.kb.programs[program[0]].name} flights" if program else ""
    if not flights:
        r.lines.append(f"No one has died during a spaceflight{scope} in my records.")
        return r
    r.use(*flights)
    count = sum(c.died for m in flights for c in m.crew)
    groups = [f"{m.name}, {compose.day(m.end or m.launch)}{r.citations.cite(m)}: "
              f"{join([c.name for c in m.crew if c.died])}" for m in flights]
    r.lines.append(f"{number_word(count, capital=True)} {plural(count, 'person', 'people')} died during "
                   f"spaceflights{scope} in my records: " + "; ".join(groups) + ".")
    r.lines.append("Counted: crew killed during the mission itself; deaths in ground tests and training "
                   "(such as the Apollo 1 fire) are not counted.")
    return r


def _crew_of(a: Ask, m: Mission) -> Reply:
    r = a.reply([], states=[m.country], bodies=[m.target])
    r.use(m)
    if not m.crew and "space-station" in m.types:  # crews came to it on other flights, which are not all counted here
        return a.reply([f"{m.name} is a space station: its crews came on other flights, and I do not count everyone "
                        "who went aboard; ask about one flight or expedition."], understood=False)
    if not m.crew:
        r.lines.append(f"{m.name} carried no people: it was a robotic mission{r.citations.cite(m)}.")
        return r
    n = len(m.crew)
    members = join([f"{c.name} ({c.role})" for c in m.crew])
    r.lines.append(f"{m.name} carried {number_word(n)} {plural(n, 'person', 'people')}: {members}"
                   f"{r.citations.cite(m)}.")
    if any(a.q.has(w) for w in _DIED):
        dead = [c.name for c in m.crew if c.died]
        when = compose.day(m.end or m.launch)
        r.lines.append(f"{number_word(len(dead), capital=True)} died ({when}): {join(dead)}." if dead
                       else "None of them died on the flight.")
        r.lines.append(f"What happened: {m.outcome_reason}")
        if dead and any(a.q.has(w) for w in _CAUSE):  # "what killed the Soyuz 11 crew?": the cause first
            cause = compose.lower_first(m.outcome_reason, a.kb.name_words)
            r.lines = [f"{m.name}: {cause}", *r.lines[:2]]
    return r


_CAUSE = ("what killed", "how did", "why did", "cause", "caused", "what happened")
