"""Which came first: two missions (or people's flights), or two states at one body."""

from __future__ import annotations

import datetime as dt

from askspace import compose, queries
from askspace.compose import day
from askspace.handlers import missionpair, recorded
from askspace.handlers.base import Ask, Reply, named_missions
from askspace.model import Mission


def _event_date(m: Mission, rule: queries.EventRule | None) -> tuple[dt.date, str]:
    """The date to compare and the verb that names it."""
    if rule is not None and rule.name not in ("launch", "reach", "visit"):
        when = rule.when(m)
        if when is not None:
            return when, rule.past
    if rule is not None and rule.name in ("reach", "visit"):
        landed = m.landing.date if m.landing and rule.name == "reach" else None
        when = landed or m.arrival or (m.landing.date if m.landing else None)
        if when is not None:
            return when, "reached the surface of" if landed else "reached"
    return m.launch, "launched"


def compare(a: Ask) -> Reply:
    missions = named_missions(a, include_anchor=True)
    if len(missions) >= 2 and not missionpair.asks_order(a):  # "Is X or Y still operating?": no order asked
        return missionpair.pair_attribute(a, missions) or a.reply(
            [f"I can say which of {missions[0].name} and {missions[1].name} came first, or check one thing my "
             "records hold of each (still working, in orbit around a body, whose mission); ask, for example, "
             f"\"Which came first, {missions[0].name} or {missions[1].name}?\""], understood=False)
    if len(missions) >= 2:
        return _two_missions(a, missions[0], missions[1])
    programs = [a.kb.programs[m.ids[0]] for m in a.q.of_kind("program", include_anchor=True)]
    rule = queries.rule_for(a.q.events, a.q.crewed) if a.q.events else None
    firsts = []
    for p in programs:  # a program stands for its first flight (that did what was asked)
        flights = [m for m in queries.missions(a.kb, program=p.id) if rule is None or rule.test(m)]
        if flights:
            firsts.append(queries.by_event_date(flights, rule)[0] if rule else flights[0])
    if len(missions) + len(firsts) >= 2:  # "Sputnik or Explorer 1": a program stands for its first flight
        both = [*missions, *firsts]
        if both[0].id == both[1].id:  # "Apollo missions ... after Apollo 11": the program's first is the other side
            return a.reply([f"I would be comparing {both[0].name} with itself; name two different missions."],
                           understood=False)
        return _two_missions(a, both[0], both[1])
    states = list(dict.fromkeys(m.ids[0] for m in a.q.of_kind("state", include_anchor=True)))
    if len(states) >= 2:
        return _two_states(a, states[0], states[1])
    bodies = list(dict.fromkeys(m.ids[0] for m in a.q.of_kind("body", include_anchor=True)))
    if len(bodies) >= 2:  # "the first Venus landing or the first Mars landing"
        rule = queries.rule_for(a.q.events, a.q.crewed)
        picks = [queries.events(a.kb, rule, b) for b in bodies[:2]]
        if all(picks):
            return _two_missions(a, picks[0][0], picks[1][0])
    halves = _recorded_halves(a)
    if halves is not None:
        labels = {rec.mission.id: f"{recorded.who(rec) or rec.mission.name} ({rec.mission.name})"
                  if recorded.who(rec) else rec.mission.name for rec in halves}
        return _two_missions(a, halves[0].mission, halves[1].mission, labels)
    return a.reply(["Name the two missions or countries to compare, for example "
                    "\"Which came first, Luna 9 or Surveyor 1?\""], clarify=True)


def _recorded_halves(a: Ask) -> tuple[recorded.Recorded, recorded.Recorded] | None:
    """ "the first woman in space or the first spacewalk": two recorded firsts compared."""
    if a.tools is None:
        return None
    words = a.q.words
    for joint in ("or", "and"):
        if joint in words:
            i = words.index(joint)
            left, right = words[:i], words[i + 1:]
            found = [recorded.best(a.tools.firsts, half, frozenset()) for half in (left, right)]
            if found[0] is not None and found[1] is not None and found[0].mission.id != found[1].mission.id:
                return found[0], found[1]
    return None


def _main_rule(first: Mission, second: Mission) -> queries.EventRule | None:
    """With no event asked: compare landings, else arrivals, else launches."""
    if first.landing and second.landing and first.landing.date and second.landing.date:
        return queries.RULES["reach"] if not (first.landing.is_soft and second.landing.is_soft) \
            else queries.RULES["land"]
    if first.arrival and second.arrival:
        return queries.RULES["visit"]
    return None


def _two_missions(a: Ask, first: Mission, second: Mission, labels: dict[str, str] | None = None) -> Reply:
    from askspace.handlers.events import compare_events  # events builds on handlers that import this one

    by_events = compare_events(a, first, second)
    if by_events is not None:
        return by_events
    rule = queries.rule_for(a.q.events, a.q.crewed) if a.q.events else _main_rule(first, second)
    if rule is not None and rule.name == "reach" and not (first.landing and second.landing):
        rule = queries.RULES["visit"]  # an orbiter and a lander: compare their arrivals
    r = a.reply([], states=[first.country, second.country], bodies=[first.target])
    r.use(first, second)
    d1, d2 = _event_date(first, rule)[0], _event_date(second, rule)[0]
    early, late = (first, second) if (d1, first.id) <= (d2, second.id) else (second, first)
    de, ve = _event_date(early, rule)
    dl, vl = _event_date(late, rule)
    target = a.kb.bodies[early.target].name if ve != "launched" else ""
    where = f" {target}" if target else ""
    e_name = (labels or {}).get(early.id) or _label(a, early)
    l_name = (labels or {}).get(late.id) or _label(a, late)
    detail = (f"{e_name} {ve}{where} on {day(de)}{r.citations.cite(early)}, "
              f"{l_name} {'on' if vl == ve else vl + ' on'} {day(dl)}{r.citations.cite(late)}")
    if de == dl:
        r.lines.append(f"Both on the same day: {detail}.")
    elif a.q.has("before or after") or a.q.has("after or before"):
        r.lines.append(f"{'Before' if early is first else 'After'}: {detail}.")
    elif a.q.yes_no and a.q.relation is not None:
        asked_before = a.q.relation.kind == "before"
        right = (early is first) == asked_before
        r.lines.append(f"{'Yes' if right else 'No'}: {detail}.")
    else:
        gap = _gap(de, dl)
        r.lines.append(f"{e_name} came first: {detail.replace(e_name, 'it', 1)} ({gap} later).")
    if not a.q.events and rule is not None:
        by_launch = sorted((first, second), key=lambda m: (m.launch, m.id))
        r.lines.append(f"By launch: {by_launch[0].name} on {day(by_launch[0].launch)}, "
                       f"{by_launch[1].name} on {day(by_launch[1].launch)}.")
    return r


def _label(a: Ask, m: Mission) -> str:
    """ "Rakesh Sharma (Soyuz T-11)" when the question named a person, else the mission's name."""
    for mention in a.q.of_kind("mission", include_anchor=True):
        if m.id in mention.ids:
            said = mention.text.split()
            for member in m.crew:
                if [w.casefold() for w in member.name.split()][-len(said):] == said:
                    return f"{member.name} ({m.name})"
    return m.name


def _gap(early: dt.date, late: dt.date) -> str:
    days = (late - early).days
    years, rest = divmod(days, 365)
    if years >= 1:
        return f"about {years} {compose.plural(years, 'year')}" + (
            f" and {rest // 30} {compose.plural(rest // 30, 'month')}" if rest >= 30 and years < 5 else "")
    if days >= 60:
        return f"about {days // 30} months"
    return f"{days} {compose.plural(days, 'day')}"


def _two_states(a: Ask, s1: str, s2: str) -> Reply:
    body = a.body or "moon"
    rule = queries.rule_for(a.q.events, a.q.crewed)
    readings = [rule]
    if rule.name != "land" and rule.name != "crewed-land":
        readings.append(queries.RULES["land"])
    if a.q.crewed is None and queries.events(a.kb, queries.RULES["crewed-land"], body):
        readings.append(queries.RULES["crewed-land"])
    r = a.reply([], states=[s1, s2], bodies=[body])
    body_name = a.kb.bodies[body].name
    yes_no = a.q.yes_no and a.q.relation is not None
    for i, reading in enumerate(readings):
        firsts = {}
        for state in (s1, s2):
            group = set(queries.expand_states(a.kb, [state]))
            first = next((m for m in queries.events(a.kb, reading, body) if m.country in group), None)
            if first is not None:  # the events are in date order: the first of the group is its first
                firsts[state] = first
        line = _state_line(a, reading, body_name, s1, s2, firsts, r)
        if yes_no and i == 0 and a.q.relation is not None:
            order = sorted(firsts, key=lambda s: (reading.when(firsts[s]) or dt.date.max, firsts[s].id))
            first_said = s1 if a.q.relation.kind == "before" else s2
            line = f"{'Yes' if order and order[0] == first_said else 'No'}. {line}"
        r.lines.append(line)
    return r


def _state_line(a: Ask, rule: queries.EventRule, body: str, s1: str, s2: str,
                firsts: dict[str, Mission], r: Reply) -> str:
    def name(sid: str) -> str:
        m = firsts.get(sid)
        if m is None and sid == "russia" and a.named_russia:
            return "neither the Soviet Union nor Russia"
        return compose.state_name(a.kb, m.country if m else sid)

    phrase = queries.event_phrase(rule, body)
    if not firsts:
        return f"Neither has made a {phrase}."
    done = sorted(firsts.items(), key=lambda kv: (rule.when(kv[1]) or dt.date.max, kv[1].id))
    winner, m = done[0]
    r.use(m)
    text = (f"{compose.capitalise(name(winner))} made the first {phrase} of the two: {m.name}, "
            f"{day(rule.when(m))}{r.citations.cite(m)}")
    other = s2 if winner == s1 else s1
    if other in firsts:
        o = firsts[other]
        r.use(o)
        return f"{text}; {name(other)} with {o.name}, {day(rule.when(o))}{r.citations.cite(o)}."
    loser = name(other)
    return f"{text}; {loser} {'has' if loser.startswith('neither') else 'has not'} made one."
