"""Questions about one mission: what it was, when, who built it, its crew, its outcome."""

from __future__ import annotations

from askspace import compose, queries
from askspace.compose import day, join, plural
from askspace.events import came_down, visits
from askspace.handlers.base import Ask, Reply, mission_label, missions_described, names_crew, note_for, walkers
from askspace.handlers.datedfirsts import dated_first
from askspace.handlers.eventtext import say
from askspace.missionindex import BY_LAUNCH
from askspace.model import Mission

_RESULT = {"soft": "landed", "impact": "hit the surface", "crash": "crashed",
           "lost": "was lost during its descent", "missed": "missed its target"}


_CARRIED = ("it carried", "its lander", "its probe", "its rover", "the probe it", "the lander it")


def _one(a: Ask) -> Mission | Reply:
    """The mission the question is about, or a reply saying which ones could be meant."""
    found = queries.once_each(a.kb, missions_described(a))  # a view at another body counts once, as itself
    if len(found) > 1 and a.q.crewed:  # "the Soyuz 10 crew ... Salyut 1": the crewed flight
        crewed = [m for m in found if m.crewed]
        found = crewed if len(crewed) == 1 else found
    if len(found) == 1:
        return _carried(a, found[0])
    if not found and a.context_facts and not (a.said_states or a.bodies or a.years):
        return _carried(a, a.kb.missions[a.context_facts[0]])  # "and what went wrong?": the last answer's mission
    if not found:
        return a.reply(["Which mission do you mean? Name it, for example \"Luna 9\" or \"Apollo 11\"."], clarify=True)
    names = compose.names_with_more([mission_label(a.kb, m) for m in found], 6)
    return a.reply([f"Several missions fit: {names}. Which one do you mean?"], clarify=True)


def _carried(a: Ask, m: Mission) -> Mission:
    """ "the probe it carried", "its lander": the craft that flew as part of ``m``, when there is one."""
    if not any(a.q.has(p) for p in _CARRIED):
        return m
    kids = sorted((c for c in a.kb.missions.values() if c.part_of == m.id), key=lambda c: (c.launch, c.id))
    wanted = [c for c in kids if any(a.q.has(w) and w in " ".join(c.types) for w in ("lander", "probe", "rover"))]
    return (wanted or kids or [m])[0]


def _what(a: Ask, m: Mission) -> str:
    kinds = join([t.replace("-", " ") for t in m.types if t not in ("crewed",)])
    crew = "crewed " if m.crewed else "robotic "
    owner = compose.state_name(a.kb, m.country)
    agency = f" ({m.agency})" if m.agency else ""
    return f"{m.name} was a {crew}{kinds} mission of {owner}{agency} to {a.kb.bodies[m.target].name}"


def _landing_text(m: Mission) -> str:
    if m.landing is None:
        return ""
    site = f" at {m.landing.site}" if m.landing.site else ""
    when = f" on {day(m.landing.date)}" if m.landing.date else ""
    note = f" ({m.landing.note})" if m.landing.note else ""
    return f"It {_RESULT[m.landing.result]}{site}{when}{note}."


def describe_mission(a: Ask) -> Reply:
    named = a.q.of_kind("mission")
    if a.q.people and named and all(names_crew(a.kb.missions[m.ids[0]], m.text) for m in named):
        from askspace.handlers.biography import person_facts  # "what is Neil Armstrong?": the person, not a flight

        return person_facts(a, card=True)
    m = _one(a)
    if isinstance(m, Reply):
        return m
    r = a.reply([], states=[m.country], bodies=[m.target])
    r.use(m)
    r.lines.append(f"{_what(a, m)}, launched {day(m.launch)}{r.citations.cite(m)}.")
    if m.summary:
        r.lines.append(f"What it was: {compose.lower_first(m.summary, a.kb.name_words)}")
    if m.landing:
        r.lines.append(_landing_text(m))
    if m.crew:
        r.lines.append("Crew: " + join([f"{c.name} ({c.role})" for c in m.crew]) + ".")
    r.lines.append(f"Outcome: {m.outcome}. {m.outcome_reason}")
    if m.firsts:
        r.lines.append("Firsts: " + "; ".join(m.firsts) + ".")
    _extras(a, m, r)
    return r


_END_WORDS = ("stop", "stopped", "end", "ended", "die", "died", "last", "lost", "until", "how long",
              "silent", "working", "finish", "finished", "over", "come down", "came down", "re enter",
              "reenter", "re entered", "reentered", "deorbit", "deorbited", "fall", "fell", "crash", "burn up",
              "explode", "exploded", "explosion", "break up", "broke up", "blew up", "disaster", "accident")


_ARRIVALS = ("docking", "crew-arrival")  # a crew's arrival at a station


_CAME_DOWN = ("reentry", "deorbit", "breakup", "impact")
_BACK_HOME = ("return to earth", "returned to earth", "come back to earth", "came back to earth", "come home",
              "came home", "get back to earth")


def mission_when(a: Ask) -> Reply:
    """The dates (and landing site) of one mission; the event asked about first."""
    m = _one(a)
    if isinstance(m, Reply):
        return m
    if a.q.has("how long"):
        return _how_long(a, m)
    r = a.reply([], states=[m.country], bodies=[m.target])
    r.use(m)
    if any(a.q.has(w) for w in _BACK_HOME) and not m.crewed and not m.returned and m.target != "earth" \
            and "sample-return" not in m.types:
        r.lines.append(f"No: {m.name} never came back to Earth; it carried no return capsule{r.citations.cite(m)}.")
        return r  # "when did Voyager 1 return to Earth?": a false premise, corrected
    fell = [e for e in m.events if e.kind in _CAME_DOWN and e.place]
    if a.q.has("where") and not (m.landing and m.landing.site) and fell:  # "Where did Skylab fall?": a place
        r.lines.append(f"{m.name} came down over {fell[0].place} on {day(fell[0].date)}{r.citations.cite(m)}.")
        return r
    body = a.kb.bodies[m.target].name
    cite = r.citations.cite(m)
    if (first := dated_first(a.q.words, m, cite)) is not None:  # "when did Ingenuity first fly?"
        r.lines.append(first)
        return r
    events = [e for e in a.q.events if e != "launch"]
    if "launch" in a.q.events and not events:
        r.lines.append(f"{m.name} was launched on {day(m.launch)}{cite}.")
        _extras(a, m, r)
        return r
    rule = queries.rule_for(events, a.q.crewed) if events else None
    asked = {b.ids[0] for b in a.q.of_kind("body")}
    met = [e for e in m.encounters if e.body in asked]
    if met:  # bodies it passed on the way, not its main target
        passes = [f"{'entered orbit around' if e.kind == 'orbit' else 'flew past'} {a.kb.bodies[e.body].name} "
                  f"on {day(e.date)}" for e in met]
        r.lines.append(f"{m.name} {join(passes)}{cite} (launched {day(m.launch)}).")
        return r
    back = m.returned or (m.end if m.crewed else None)
    if a.body == "earth" and m.target != "earth" and rule is not None and rule.name == "land" and back:
        # "When did Apollo 11 land back on Earth?": the return, not the landing at its target
        r.lines.append(f"{m.name} came back to Earth on {day(back)}{cite} (launched {day(m.launch)}).")
        return r
    if a.body is not None and a.body not in (m.target, "earth") and rule is not None:
        r.lines.extend(elsewhere(a, m, a.body, rule, cite))
        return r
    if rule is not None and not rule.test(m) and rule.name not in ("visit", "reach"):
        if a.q.has("where"):  # "Where does the James Webb Space Telescope orbit?": a place the records lack
            return a.reply([f"My records do not say where {m.name} {rule.base}s."], understood=False)
        r.lines.extend(did_not(a, m, rule, cite))
        return r
    parts = [f"{m.name} launched on {day(m.launch)}{cite}"]
    arrive = any(a.q.has(w) for w in ("arrive", "arrived", "arrival"))
    if m.arrival and (arrive or not (m.landing and m.landing.date)):
        parts.append(f"arrived at {body} on {day(m.arrival)}")
    elif arrive and (came := [(e.date, a.kb.missions[e.other]) for e in m.events
                              if e.kind in _ARRIVALS and e.other in a.kb.missions]):
        parts.append(f"arrived at the {came[0][1].name} on {day(came[0][0])}")  # a crew at a station
    if m.landing and m.landing.date:
        site = f" at {m.landing.site}" if m.landing.site else ""
        parts.append(f"{_RESULT[m.landing.result]} on {body} on {day(m.landing.date)}{site}")
    elif m.landing and not m.arrival:
        parts.append(_RESULT[m.landing.result])
    if m.landing and m.landing.is_soft and m.landing.operated != "yes":
        parts.append("was never heard from on the surface" if m.landing.operated == "none"
                     else (m.landing.note or "fell silent soon after"))
    if rule is not None and rule.name == "sample-return" and m.returned:
        parts.append(f"brought its samples back to Earth on {day(m.returned)}")
    if not events or any(a.q.has(w) for w in _END_WORDS):
        if m.end and "space-station" in m.types:
            parts.append(f"came down (re-entered the atmosphere) on {day(m.end)}")
        elif m.end:
            parts.append(f"ended on {day(m.end)}")
        elif m.status == "active":
            parts.append(f"was still working on {day(a.kb.as_of)}")
    r.lines.append(join(parts) + ".")
    _extras(a, m, r)
    return r


def _extras(a: Ask, m: Mission, r: Reply) -> None:
    """What else the question asks that a note, the launch vehicle or a visit answers."""
    if m.launch_vehicle and any(a.q.has(w) for w in ("rocket", "launcher", "launch vehicle", "booster")):
        article = "an" if m.launch_vehicle[0].upper() in "AEIOU" else "a"
        r.lines.append(f"It was launched on {article} {m.launch_vehicle}.")
    programs = [p for p in a.q.ids("program") if p != m.program]
    if programs:  # "... and on which Shuttle?": the flights of that program that visited it
        kinds = ("release",) if "launch" in a.q.events else ("release", "servicing", "docking", "crew-arrival")
        for f in visits(a.kb, m):
            if any(f.mission.in_program(p) for p in programs) and f.event.kind in kinds:
                r.use(f.mission)
                r.lines.append(say(a, r, f))
    note = note_for(a, m, r.lines)
    if note:
        r.lines.append(note)


def elsewhere(a: Ask, m: Mission, body_id: str, rule: queries.EventRule, cite: str) -> list[str]:
    """ "When did Voyager 1 fly past Neptune?": it never went there; what it did, and who did."""
    body = a.kb.bodies[body_id].name
    met = [e for e in m.encounters if e.body == body_id]
    if met:
        verb = "entered orbit around" if met[0].kind == "orbit" else "flew past"
        return [f"{m.name} {verb} {body} on {day(met[0].date)}{cite} but did not {rule.base} it."]
    lines = [f"{m.name} did not {rule.base} {body}{cite}."]
    did = what_it_did(a, m)
    end = came_down(m)
    if did:
        lines.append(did)
    if end is not None and end.note:
        lines.append(f"It ended on {day(end.date)}, {compose.lower_first(end.note)}.")
    others = {o.id: o for o in queries.events(a.kb, rule, body_id) if o.target == body_id and o.id != m.id}
    by_launch = sorted(others.values(), key=BY_LAUNCH)
    done = [f"{o.name} ({day(rule.when(o))}){a.citations.cite(o)}" for o in by_launch[:4]]
    lines.append(f"Missions that did: {join(done)}." if done else f"No mission in my records {rule.past} {body}.")
    return lines


def did_not(a: Ask, m: Mission, rule: queries.EventRule, cite: str) -> list[str]:
    """'X did not land on Y', what it did instead, and why when it failed."""
    body = a.kb.bodies[m.target].name
    lines = [f"{m.name} did not {rule.base} {body}{cite}."]
    did = what_it_did(a, m)
    if did:
        lines.append(did)
    if m.outcome != "success":
        lines.append(f"Outcome: {m.outcome}. {m.outcome_reason}")
    return lines


def what_it_did(a: Ask, m: Mission, subject: str = "It") -> str:
    body = a.kb.bodies[m.target].name
    if m.landing and m.landing.date:
        verb = {"soft": "landed on", "impact": "hit", "crash": "crashed on",
                "lost": "was lost while descending to"}.get(m.landing.result, "reached")
        return f"{subject} {verb} {body} on {day(m.landing.date)}."
    if m.arrival:
        verb = "entered orbit around" if queries.RULES["orbit"].test(m) else "flew past"
        return f"{subject} {verb} {body} on {day(m.arrival)}."
    return ""


def who_built(a: Ask) -> Reply:
    programs = a.q.ids("program")
    if not a.q.ids("mission") and programs:
        return _program_owner(a, programs[0])
    m = _one(a)
    if isinstance(m, Reply):
        return m
    r = a.reply([], states=[m.country], bodies=[m.target])
    r.use(m)
    state = a.kb.states[m.country]
    by = f"{m.agency} for {state.short}" if m.agency else state.short
    agency_note = f"; {state.short} is a multinational agency, not a state" if state.kind == "agency" else ""
    r.lines.append(f"{m.name} was built and flown by {by}{r.citations.cite(m)}{agency_note}.")
    if m.part_of:
        parent = a.kb.missions[m.part_of]
        r.lines.append(f"It flew as part of {parent.name} ({compose.state_name(a.kb, parent.country)}).")
    return r


def _program_owner(a: Ask, program_id: str) -> Reply:
    program = a.kb.programs[program_id]
    flights = queries.missions(a.kb, program=program_id)
    r = a.reply([], states=[program.country])
    r.use(*flights[:1])
    builders = list(dict.fromkeys(m.agency for m in flights if m.agency))
    state = compose.state_name(a.kb, program.country)
    by = f" ({join(builders[:3])})" if builders else ""
    cite = r.citations.cite(flights[0]) if flights else ""
    r.lines.append(f"The {program.name} missions belonged to {state}{by}{cite}.")
    return r


def crew(a: Ask) -> Reply:
    m = _one(a)
    if isinstance(m, Reply) and a.context_facts and not missions_described(a):  # "and who was aboard?"
        m = a.kb.missions[a.context_facts[0]]
    if isinstance(m, Reply):
        return m
    r = a.reply([], states=[m.country], bodies=[m.target])
    r.use(m)
    if not m.crew and "space-station" in m.types:
        from askspace.handlers.stations import crews_line  # stations builds on this module's neighbours

        r.lines.append(f"{m.name} was launched without a crew ({day(m.launch)}); it had no crew of its own"
                       f"{r.citations.cite(m)}.")
        r.lines.append(crews_line(a, r, m) or "My records name no crew that flew to it.")
        return r
    if not m.crew:
        r.lines.append(f"{m.name} was a robotic mission; it had no crew{r.citations.cite(m)}.")
        return r
    members = join([f"{c.name} ({c.role})" for c in m.crew])
    when = f", launched {day(m.launch)}," if "when" in a.q.words else ""
    r.lines.append(f"{m.name}{when} flew {compose.number_word(len(m.crew))}: {members}{r.citations.cite(m)}.")
    for craft in dict.fromkeys(c.landed_in for c in m.crew if c.landed_in):  # came home in another craft
        back = [c for c in m.crew if c.landed_in == craft]
        landed = f", landing on {day(back[0].landed)}" if back[0].landed else ""
        r.lines.append(f"{join([c.name for c in back])} came home in {craft}{landed}, not in {m.name}.")
    _extras(a, m, r)
    if m.landing and m.landing.crewed:
        r.lines.append(f"{join(walkers(m))} walked on {a.kb.bodies[m.target].name}.")
    return r



def explain_outcome(a: Ask) -> Reply:
    m = _one(a)
    if isinstance(m, Reply):
        return m
    r = a.reply([], states=[m.country], bodies=[m.target])
    r.use(m)
    word = {"success": "a success", "partial": "a partial success", "failure": "a failure"}[m.outcome]
    reason = compose.lower_first(m.outcome_reason.rstrip("."), a.kb.name_words)
    r.lines.append(f"{m.name} was {word}: {reason}{r.citations.cite(m, every=True)}.")
    if m.landing and m.landing.date:
        r.lines.append(_landing_text(m))
    r.lines.extend(m.notes)
    return r


_PART_OF_A_FLIGHT = ("take", "took", "surface", "transmit", "transmitted", "outside", "there", "orbit the", "around")


def _how_long(a: Ask, m: Mission) -> Reply:
    """ "How long did Salyut 1 stay in orbit?": from launch to the mission's end (or to the records' date while it
    still works). How long one part took (an orbit, the time on a surface) is not in the records: not answered."""
    if any(a.q.has(w) for w in _PART_OF_A_FLIGHT) or any(b != "earth" for b in a.q.ids("body")):
        # "how long did Apollo 11 stay on the Moon?" is its time there, not its flight
        return a.reply(["My records give a mission's dates, not how long one part of it took."], understood=False)
    r = a.reply([], states=[m.country], bodies=[m.target])
    r.use(m)
    cite = r.citations.cite(m)
    if m.status != "ended":
        years = (a.kb.as_of - m.launch).days // 365
        r.lines.append(f"{m.name} has been working for about {years} {plural(years, 'year')}: launched "
                       f"{day(m.launch)}{cite}, still working on {day(a.kb.as_of)}, the date my records end.")
        return r
    if m.end is None or m.end <= m.launch:
        return a.reply([f"My records do not give how long {m.name} lasted."], understood=False)
    days = (m.end - m.launch).days
    r.lines.append(f"{m.name} lasted {days} {plural(days, 'day')}, from its launch on {day(m.launch)}{cite} to "
                   f"{day(m.end)} (the date used for its end).")
    return r


def verify_robotic(a: Ask) -> Reply:
    m = _one(a)
    if isinstance(m, Reply):
        return m
    r = a.reply([], states=[m.country], bodies=[m.target])
    r.use(m)
    said_crewed = a.q.crewed is True
    right = m.crewed == said_crewed
    verdict = "Yes" if right else "No"
    kind = "a crewed flight" if m.crewed else "an uncrewed robotic spacecraft"
    types = join([t.replace("-", " ") for t in m.types if t != "crewed"])
    r.lines.append(f"{verdict}: {m.name}{a.state_note(m.country)} was {kind} ({types})"
                   f"{r.citations.cite(m)}.")
    if m.crew:
        r.lines.append("Crew: " + join([f"{c.name} ({c.role})" for c in m.crew]) + ".")
    if m.summary:
        r.lines.append(f"What it was: {compose.lower_first(m.summary, a.kb.name_words)}")
    if m.landing:
        r.lines.append(_landing_text(m))
    return r
