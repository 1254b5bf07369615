"""Firsts and lasts: when a state (or anyone) first landed on, reached or orbited a body.

When the reading changes the answer (crewed or robotic, impact or landing), both
readings are given briefly.
"""

from __future__ import annotations

from askspace import compose, persons, queries
from askspace.compose import day, join, number_word, plural
from askspace.handlers import recorded
from askspace.handlers.attempts import TRIED, nth_attempt
from askspace.handlers.base import FAR_SIDE, Ask, Reply, first_one_out, leaving_out, names_crew, ranks_other, walkers
from askspace.handlers.missions import what_it_did
from askspace.handlers.nofirst import by, events_at, never, never_in_orbit
from askspace.handlers.programs import program_status
from askspace.model import Mission
from askspace.parse import ORDINAL_INDEX

WHICH_PLACE = "Which place do you mean, for example the Moon or Mars?"


def _pick(found: list[Mission], ordinal: str | None) -> Mission | None:
    if not found:
        return None
    if ordinal == "last":
        return found[-1]
    index = ORDINAL_INDEX.get(ordinal or "first", 0)
    return found[index] if index < len(found) else None


def brief(m: Mission) -> str:
    """The landing's note after a first: ", though ..." for one that reached the surface, else in brackets
    (Luna 1 "passed the Moon at about 6,000 km ...")."""
    if not (m.landing and m.landing.note):
        return ""
    if m.landing.reached_surface:
        return f", though {m.landing.note}"
    note = m.landing.note.rstrip(".")
    return f" ({note[:1].lower()}{note[1:]})"


def recorded_first(a: Ask) -> Reply | None:
    """A first recorded in the data (first woman in space, first far-side landing)."""
    if a.tools is None or a.q.excluded:  # "other than the USSR": computed, not a recorded phrase
        return None
    if a.body is not None and TRIED & set(a.q.words) and "land" in a.q.events:
        return None  # "when did the US first try to land on the Moon?": attempts are counted, not recorded
    people = {i for m in a.q.mentions if m.kind == "mission" and names_crew(a.kb.missions[m.ids[0]], m.text)
              for i in range(m.start, m.end)}
    yes_no = a.q.yes_no
    if yes_no:  # "did the Americans launch the first satellite?": the state is checked, not searched for
        people |= {i for m in a.q.of_kind("state") for i in range(m.start, m.end)}
    words = tuple(w for i, w in enumerate(a.q.words) if i not in people)  # "...in space, Gagarin?"
    for m in a.q.of_kind("state") if a.body is None and not a.bodies else ():
        if m.start < 0 and m.ids[0] in a.kb.states:  # "who was their first astronaut?": their = Chinese
            words += tuple(a.kb.states[m.ids[0]].adjective.casefold().split())
    for m in a.q.of_kind("body"):
        if m.start < 0 and m.ids[0] in a.kb.bodies:  # "the first to send pictures from there": from Venus
            words += tuple(a.kb.bodies[m.ids[0]].name.casefold().split())
    rec = recorded.best(a.tools.firsts, words, a.tools.plain_words)
    if rec is None or not (rec.leftover or (a.body is None and not a.bodies)):
        return None
    if a.said_states and (a.body or a.bodies) and rec.mission.country not in a.said_states:
        return None  # a place-first of another state ("When did Europe land on a moon?")
    programs = [a.kb.programs[p] for p in a.q.ids("program") if p in a.kb.programs]
    if programs and not any(rec.mission.in_program(p.id) and p.name.casefold() in rec.phrase.casefold()
                            for p in programs):
        return None  # "the first Apollo mission to land" is not "the first US landing since Apollo 17"
    r = a.reply([], states=[rec.mission.country], bodies=[rec.mission.target])
    r.use(rec.mission)
    r.lines.append(recorded.sentence(a.kb, rec, r.citations.cite(rec.mission)))
    if a.said_states and yes_no and not recorded.names_a_state(a.kb, rec.phrase):
        right = rec.mission.country in a.said_states  # "is it true China landed on the far side first?"
        r.lines[0] = f"{'Yes' if right else 'No'}: {compose.lower_first(r.lines[0], a.kb.name_words)}"
    elif recorded.asks_state(a.q) and rec.mission.country in a.kb.states:  # "which country launched the first ..."
        state = compose.state_name(a.kb, rec.mission.country)
        r.lines[0] = f"{state[:1].upper()}{state[1:]}: {compose.lower_first(r.lines[0], a.kb.name_words)}"
    named = recorded.who(rec)
    crewed = recorded.crewed_named(a.tools.firsts, named) or rec.mission
    if crewed.crew and ("who" in a.q.words or a.q.has("crew")) and all(c.name not in named for c in crewed.crew):
        if crewed is not rec.mission:
            r.use(crewed)
        cite = r.citations.cite(crewed) if crewed is not rec.mission else ""
        r.lines.append("Crew: " + join([f"{c.name} ({c.role})" for c in crewed.crew]) + f"{cite}.")
    _first_in_orbit(a, rec, r)
    return r


def _first_in_orbit(a: Ask, rec: recorded.Recorded, r: Reply) -> None:
    """A person's first 'in space' that was a suborbital hop: also name the state's first in orbit."""
    if "suborbital" not in rec.mission.types or "orbit" in rec.phrase.casefold():
        return
    flown = [f for f in persons.flights_of(a.kb, recorded.who(rec)) if f.mission is rec.mission]
    if not flown:  # not a person's first ("first suborbital rocket plane")
        return
    state = persons.nationality(flown[0])
    orbital = next((f for f in persons.all_flights(a.kb) if f.orbital and f.reached_space
                    and persons.nationality(f) == state), None)
    if orbital is not None and orbital.mission.launch > rec.mission.launch:  # the state's orbital first came later
        m = orbital.mission
        r.use(m)
        r.lines.append(f"That was a suborbital flight; the first from {compose.state_name(a.kb, state)} to orbit "
                       f"the Earth was {orbital.name}, on {m.name}, {day(m.launch)}{r.citations.cite(m)}.")



def _first_sent(a: Ask, body_id: str) -> Reply:
    """With no event named: the first launch toward a body, and the first to get there."""
    states = a.said_states
    body = a.kb.bodies[body_id]
    sent = queries.missions(a.kb, body=body_id, states=states, crewed=a.q.crewed)
    if a.q.outcome == "success":
        sent = [m for m in sent if m.outcome == "success"]
    r = a.reply([], states=states, bodies=[body_id])
    if not sent:
        return never(a, queries.RULES["launch"], body_id, states, r)
    if a.q.ordinal not in (None, "first"):  # "last soviet moon mission": ranked launches, not the first one
        m = sent[-1] if a.q.ordinal == "last" else _pick(sent, a.q.ordinal)
        if m is None:
            return a.reply([f"My records have fewer missions launched toward {body.name}{by(a, states)}."],
                           understood=False)
        r.use(m)
        r.lines.append(f"The {a.q.ordinal} mission launched toward {body.name}{by(a, states)} in my records was "
                       f"{m.name}, {day(m.launch)}{r.citations.cite(m)} ({m.outcome}).")
        return r
    first = sent[0]
    r.use(first)
    owner = "" if states else f" ({compose.state_name(a.kb, first.country)})"
    verdict = {"success": "", "partial": "; it partly succeeded: ", "failure": "; it failed: "}[first.outcome]
    reason = compose.lower_first(first.outcome_reason.rstrip("."), a.kb.name_words) if verdict else ""
    success = "successful " if a.q.outcome == "success" else ""
    r.lines.append(f"The first {success}mission launched toward {body.name}{by(a, states)} was {first.name}{owner}, "
                   f"{day(first.launch)}{r.citations.cite(first)}{verdict}{reason}.")
    did = what_it_did(a, first)
    if did and first.outcome != "failure":
        r.lines.append(did)
    visit = queries.RULES["visit"]
    arrived = events_at(a, visit, body_id, states)
    if arrived and arrived[0].id != first.id:
        m = arrived[0]
        r.use(m)
        r.lines.append(f"The first to reach {body.name} was {m.name} ({compose.state_name(a.kb, m.country)}), "
                       f"{day(visit.when(m))}{r.citations.cite(m)}.")
        _earlier_failures(a, visit, m, body_id, states, r)
    return r


def first_event(a: Ask) -> Reply:
    """The first (or nth) time something happened at a body, leaving out any states the question excludes, and
    among one program's missions when the question names it."""
    r = leaving_out(a, _first_event(a))
    programs = [a.kb.programs[p].name for p in a.q.ids("program") if p in a.kb.programs]
    # "the first Luna rover" was Lunokhod 1, among the Luna missions, and the answer says so
    if programs and (a.body is not None or set(a.q.events) - {"launch"}) and r.lines and r.understood \
            and not r.clarify:
        r.lines[0] = f"Among the {compose.join(programs)} missions: {compose.lower_first(r.lines[0], a.kb.name_words)}"
    m = next((a.kb.missions[i] for i in r.facts[:1] if i in a.kb.missions), None) if r.understood else None
    out = first_one_out(a, m) if m is not None and (a.q.ordinal or "first") == "first" else []
    if out and out[0] not in r.lines[0]:  # "first man on the moon":
        r.lines[0] = f"{out[0]}, the first to step out: {compose.lower_first(r.lines[0], a.kb.name_words)}"  # who
    asked = _craft_asked(a, m) if m is not None else None
    if m is not None and asked is not None:
        craft, of = asked  # the craft, then its mission: "the first rover on Mars was Sojourner, of ..."
        said = f" was {m.name}"
        first = r.lines[0].replace(said, f" was {craft}, {of} {m.name}", 1) if said in r.lines[0] \
            else f"{craft}, {of} {m.name}: {compose.lower_first(r.lines[0], a.kb.name_words)}"
        r.lines = [first, *(x for x in r.lines[1:] if x != f"The rover was {craft}.")]
    return r


def _body_named(a: Ask) -> bool:
    """A body beyond Earth named as a place, not only in a craft's name ("the lunar module" names no place)."""
    words = a.q.words
    return any(m.ids[0] != "earth" and not (m.end < len(words) and words[m.end] in _CRAFT_NOUNS)
               for m in a.q.of_kind("body"))


_CRAFT_NOUNS = frozenset({"module", "modules", "lander", "landers", "rover", "rovers", "roving", "excursion"})


def _craft_asked(a: Ask, m: Mission) -> tuple[str, str] | None:
    """The rover or orbiter of ``m`` (and how it goes with the mission: "of", "on") when the question asks for it,
    not the mission: "which rover ...", "the name of the first rover", "this orbiter flew the first Shuttle ..."."""
    for noun in ("rover", "orbiter"):
        if a.q.has(f"which {noun}") or a.q.has(f"what {noun}") or a.q.has(f"this {noun}") or (
                a.q.has(noun) and any(a.q.has(w) for w in ("name", "called", "named"))):
            if noun == "rover":
                return (m.rover, "of") if m.rover else None
            return next(((c.name, "on") for c in a.kb.craft.values() if c.kind == "orbiter" and m.id in c.missions),
                        None)
    return None


def _first_event(a: Ask) -> Reply:
    cited = len(a.citations.sources)
    answer = recorded_first(a)
    cosmonauts = queries.cosmonaut_states(a.q.has)
    found = [a.kb.missions[m] for m in (answer.facts if answer is not None else ()) if m in a.kb.missions]
    if answer is not None and not (cosmonauts and not a.said_states and any(
            m.country not in cosmonauts for m in found)) \
            and not (_body_named(a) and found and found[0].target == "earth") \
            and not (not a.q.of_kind("body") and "orbit" in a.q.events and found and found[0].target != "earth"):
        return answer  # "the first cosmonaut to land on the Moon" is no American's first, nor is a first in
    # Earth orbit ("the first crewed flight of the lunar module", Apollo 9) one "into lunar orbit", nor one around
    # the Moon an orbit with no place named ("when did China first send an astronaut into orbit?")
    del a.citations.sources[cited:]  # the sources of a recorded first not used
    if any(a.q.has(w) for w in FAR_SIDE):  # "which Apollo mission first landed on the far side?": not ranked here
        return a.reply(["My records hold the first landing on the far side of the Moon as a whole, not by program or "
                        "country; ask \"What was the first landing on the far side of the Moon?\""], understood=False)
    body_id = a.body
    if body_id is None and a.bodies:  # "a moon", "an asteroid": the body of the earliest such event
        rule = queries.rule_for(a.q.events, a.q.crewed)
        done = queries.by_event_date([m for b in a.bodies for m in events_at(a, rule, b, a.said_states)], rule)
        body_id = done[0].target if done else None
    if body_id is None and "orbit" in a.q.events:  # "the first satellite in orbit": around the Earth
        body_id = "earth"
    if body_id is None and a.q.ordinal not in (None, "first") and a.q.ids("program"):  # "the second Explorer"
        return a.reply([f"I can tell a program's first flight, but not its {a.q.ordinal} one: ask about an event "
                        "(\"the second Apollo moon landing\") or name the mission."], understood=False)
    if body_id is None and set(a.q.events) - {"launch"} and a.q.ids("program"):  # "which Luna probe first landed"
        body_id = a.kb.program_body(a.q.ids("program")[0])
        if body_id is None:
            return a.reply([WHICH_PLACE], clarify=True)
    if body_id is None:  # "when did Gaganyaan first fly": the program's first flight
        return program_status(a) if a.q.ids("program") else a.reply([WHICH_PLACE], clarify=True)
    on_body = any(a.q.words[m.start - 1] == "on" for m in a.q.of_kind("body") if m.start > 0)
    if not a.q.events and not on_body:
        return _first_sent(a, body_id)
    if a.q.crewed is None and a.q.words[:1] == ("who",) and body_id == "earth":
        a = a.asking(a.q._replace(crewed=True))  # "who was the first American to orbit the Earth?"
    body = a.kb.bodies[body_id]
    states = a.said_states or list(queries.cosmonaut_states(a.q.has))  # "the first cosmonaut to"
    rule = queries.rule_for(a.q.events, a.q.crewed)
    if rule.name == "reach" and not any(a.q.has(w) for w in ("surface", "object", "hit", "touch", "ground")):
        rule = queries.RULES["visit"]  # "which probe reached Saturn first": got there in any way
    if body_id == "earth" and states and not a.q.crewed and rule.name in ("orbit", "visit", "reach"):
        if not any(a.q.has(w) for w in ("astronaut", "cosmonaut", "taikonaut", "crew", "person", "people")):
            return never_in_orbit(a, states[0])  # "When did China first orbit the Earth?": its first satellite
        a = a.asking(a.q._replace(crewed=True))  # "this spacecraft carried China's first astronaut into orbit"
        rule = queries.rule_for(a.q.events, True)
    r = a.reply([], states=states, bodies=[body_id])
    who = join([compose.state_name(a.kb, s) for s in dict.fromkeys(states)][:1]) if states else ""
    ordinal = a.q.ordinal or "first"
    if ordinal != "first" and ranks_other(a.q.words, ordinal):  # "the second man to walk on the Moon": a person
        return a.reply([f"This answer ranks missions, not people; ask \"Who was the {ordinal} ...?\"."],
                       understood=False)  # ranked here, which this answer (missions) does not do
    if rule.name == "land" and (tried := nth_attempt(a, body_id, states, ordinal)) is not None:
        return tried  # "when did Russia last try to land on the Moon?": failed attempts count
    if rule.name in ("land", "crewed-land") and a.q.crewed is None:
        crewed = _pick(events_at(a, queries.RULES["crewed-land"], body_id, states), ordinal)
        robotic = _pick([m for m in events_at(a, rule, body_id, states) if not m.crewed], ordinal)
        soft_first = robotic is not None and crewed is not None and any(a.q.has(w) for w in ("soft", "softly")) \
            and robotic.landing.date < crewed.landing.date  # type: ignore[union-attr, operator]
        if soft_first:  # "who made the first soft landing on the Moon?": the earliest one leads
            assert robotic is not None and crewed is not None
            r.use(robotic, crewed)
            whose = f" ({compose.state_name(a.kb, robotic.country)})" if not who else ""
            lead = f"{compose.capitalise(who)} {ordinal} soft-landed on {body.name} with" if who else \
                f"The {ordinal} soft landing on {body.name} was"
            r.lines.append(f"{lead} {robotic.name}{whose}, {day(robotic.landing.date)}"  # type: ignore[union-attr]
                           f"{r.citations.cite(robotic)}{brief(robotic)}, a robotic lander.")
            r.lines.append(f"The {ordinal} crewed landing there was {crewed.name} on "
                           f"{day(crewed.landing.date)}{r.citations.cite(crewed)} ({join(walkers(crewed))}).")  # type: ignore[union-attr]
            return r
        if crewed is not None:
            r.use(crewed)
            lead = f"{compose.capitalise(who)} {ordinal} landed people on {body.name} with" if who else \
                f"The {ordinal} crewed landing on {body.name} was"
            r.lines.append(f"{lead} {crewed.name} on {day(crewed.landing.date)}"  # type: ignore[union-attr]
                           f"{r.citations.cite(crewed)} ({join(walkers(crewed))}).")
            if robotic is not None:
                r.use(robotic)
                owner = "Its" if who else "The"
                extra = "" if who else f" ({compose.state_name(a.kb, robotic.country)})"
                r.lines.append(f"{owner} {ordinal} robotic soft landing was {robotic.name}{extra}, "
                               f"{day(robotic.landing.date)}{r.citations.cite(robotic)}{brief(robotic)}.")  # type: ignore[union-attr]
            return r
        rule = queries.RULES["land"]
    found = events_at(a, rule, body_id, states)
    if a.q.crewed is not None:
        found = [m for m in found if m.crewed == a.q.crewed or rule.name == "crewed-land"]
        rule = queries.with_crew(rule, a.q.crewed)  # "the first crewed orbit of the Moon"
    chosen = _pick(found, ordinal)
    if chosen is None and found:
        r.use(*found)
        who = compose.state_name(a.kb, found[0].country) if states else "Everyone together"
        r.lines.append(f"{compose.capitalise(who)} made only {number_word(len(found))} "
                       f"{plural(len(found), rule.noun)}"
                       f" there: " + join([f"{m.name}, {day(rule.when(m))}{r.citations.cite(m)}" for m in found]) + ".")
        return r
    if chosen is None:
        return never(a, rule, body_id, states, r)
    r.use(chosen)
    when = day(rule.when(chosen))
    note = a.state_note(chosen.country)
    who = compose.state_name(a.kb, chosen.country) if states else ""
    if who and ordinal != "first":
        r.lines.append(f"The {ordinal} {queries.event_phrase(rule, body.name)} by {who} was {chosen.name}, "
                       f"{when}{r.citations.cite(chosen)}{brief(chosen)}.")
    elif who:
        people = f" ({join([c.name for c in chosen.crew])})" if chosen.crew and len(chosen.crew) <= 3 else ""
        r.lines.append(f"{compose.capitalise(who)}{note} {ordinal} {queries.first_verb(rule)} {body.name} with "
                       f"{chosen.name}{people} on {when}{r.citations.cite(chosen)}"
                       f"{brief(chosen) if rule.is_landing else ''}.")
    else:
        r.lines.append(f"The {ordinal} {queries.event_phrase(rule, body.name)} was {chosen.name} "
                       f"({compose.state_name(a.kb, chosen.country)}), {when}"
                       f"{r.citations.cite(chosen)}{brief(chosen)}.")
    if a.q.crewed is None and chosen.crewed:
        robotic = _pick([m for m in found if not m.crewed], ordinal)
        if robotic is not None:
            r.use(robotic)
            r.lines.append(f"The {ordinal} robotic one was {robotic.name} "
                           f"({compose.state_name(a.kb, robotic.country)}), {day(rule.when(robotic))}"
                           f"{r.citations.cite(robotic)}.")
    if rule.name == "rover" and chosen.rover:
        r.lines.append(f"The rover was {chosen.rover}.")
    if rule.name == "land" and ordinal == "first":
        _also_impact(a, chosen, body_id, states, r)
        if chosen.landing and chosen.landing.operated == "brief":
            _first_working(a, body_id, states, r)
    if rule.name == "visit" and ordinal == "first" and a.q.events and "reach" in a.q.events:
        surface = events_at(a, queries.RULES["reach"], body_id, states)
        first_hit = surface[0] if surface else None
        if (first_hit and first_hit.landing and not first_hit.landing.is_soft
                and first_hit.landing.date != rule.when(chosen)):
            r.use(first_hit)
            r.lines.append(f"The first to reach its surface was {first_hit.name}, which hit it on "
                           f"{day(first_hit.landing.date)}{r.citations.cite(first_hit)} (an impact, not a landing).")
    if rule.name in ("reach", "visit") and ordinal == "first":
        landed = events_at(a, queries.RULES["land"], body_id, states)
        if landed and landed[0].id != chosen.id:
            m = landed[0]
            r.use(m)
            r.lines.append(f"The first soft landing{' by ' + who if who else ''} there was {m.name}, "
                           f"{day(m.landing.date if m.landing else None)}{r.citations.cite(m)}{brief(m)}.")
    if rule.name in ("flyby", "orbit", "visit") and ordinal == "first" and not a.q.crewed:
        _earlier_failures(a, rule, chosen, body_id, states, r)  # silent probes are no crewed firsts
    if a.q.crewed and not chosen.crewed:
        r.lines.append(f"No one from {who or 'any country'} has landed on {body.name}.")
    return r


def _earlier_failures(a: Ask, rule: queries.EventRule, chosen: Mission, body: str, states: list[str],
                      r: Reply) -> None:
    """Craft that got there earlier but had already failed (Venera 1 passed Venus, silent)."""
    when = rule.when(chosen)
    earlier = [m for m in queries.missions(a.kb, body=body, states=states)
               if m.arrival and when and m.arrival < when and m.outcome == "failure"]
    for m in earlier[:2]:
        r.use(m)
        reason = compose.lower_first(m.outcome_reason, a.kb.name_words)
        r.lines.append(f"Earlier, {m.name} passed {a.kb.bodies[body].name} on {day(m.arrival)}"
                       f"{r.citations.cite(m)}, but it had already failed: {reason}")


def _also_impact(a: Ask, landing: Mission, body: str, states: list[str], r: Reply) -> None:
    reach = queries.RULES["reach"]
    landed_on = reach.when(landing) or landing.launch
    earlier = [m for m in events_at(a, reach, body, states)
               if m.landing and m.landing.result != "soft" and (reach.when(m) or landed_on) < landed_on]
    if not earlier:
        return
    m = earlier[0]
    r.use(m)
    overall = events_at(a, reach, body, [])
    first_ever = " and became the first object to reach it" if overall and overall[0].id == m.id else ""
    r.lines.append(f"Earlier, {m.name} hit {a.kb.bodies[body].name} on {day(reach.when(m))}"
                   f"{r.citations.cite(m)}{first_ever}, but that was an impact, not a landing.")


def _first_working(a: Ask, body: str, states: list[str], r: Reply) -> None:
    worked = events_at(a, queries.RULES["land-worked"], body, states)
    if worked:
        m = worked[0]
        r.use(m)
        r.lines.append(f"The first lander that went on working there was {m.name} "
                       f"({compose.state_name(a.kb, m.country)}), {day(m.landing.date if m.landing else None)}"
                       f"{r.citations.cite(m)}.")
    else:
        r.lines.append("None of its landers went on working after that.")


