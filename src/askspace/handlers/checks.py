"""Yes/no about one mission: did it land, return samples, is it still working; and
statements such as "Luna 2 was the first soft landing on the Moon" checked against the data."""

from __future__ import annotations

from askspace import compose, queries
from askspace.compose import day
from askspace.handlers.base import FAR_SIDE, Ask, Reply, named_missions, note_for
from askspace.handlers.missions import did_not, elsewhere, what_it_did
from askspace.model import Mission

_OUTCOME_WORDS = {"success": "a success", "partial": "a partial success", "failure": "a failure"}
_CREW_BACK = ("make it back", "made it back", "get back", "got back", "come back", "came back", "get home", "got home",
              "make it home", "made it home", "survive", "survived", "return safely", "returned safely")
_STILL = ("still", "working", "active", "operating", "alive", "running", "functioning", "operational")


def did_mission(a: Ask) -> Reply:
    from askspace.handlers.aboard import aboard, walked

    if (on := aboard(a)) is not None:
        return on
    if (walk := walked(a)) is not None:
        return walk
    named = named_missions(a)
    if not named:
        return a.reply(["Which mission do you mean? Name it, for example \"Luna 9\" or \"Apollo 11\"."], clarify=True)
    m = named[0]
    r = a.reply([], states=[m.country], bodies=[m.target])
    r.use(m)
    cite = r.citations.cite(m)
    if a.q.has("still") or (any(a.q.has(w) for w in _STILL) and not a.q.events):
        if m.status == "active":
            r.lines.append(f"Yes: {m.name} was still working on {day(a.kb.as_of)}, the date my records end{cite}.")
        else:
            end = f" on {day(m.end)}" if m.end else ""
            r.lines.append(f"No: {m.name} stopped working{end}{cite}. {m.outcome_reason}")
        return r
    by_state = not a.q.events or (set(a.q.events) == {"launch"} and a.q.has("launched by"))  # "launched by the USSR"
    if a.said_states and by_state and not _only_describes(a):
        state = a.kb.states[m.country]
        right = m.country in a.said_states
        r.lines.append(f"{'Yes' if right else 'No'}: {m.name} was a mission of {state.short}{a.state_note(m.country)}"
                       f"{', a multinational agency' if state.kind == 'agency' else ''}{cite}.")
        return r
    if a.q.yes_no and (carried := _carried(a, m, r)) is not None:
        return carried
    if a.q.yes_no and m.crew and any(a.q.has(p) for p in _CREW_BACK):
        return _crew_back(m, r, cite)
    events = [e for e in a.q.events if e != "launch"]
    if not events:
        verdict = {"success": "Yes", "partial": "Partly", "failure": "No"}[m.outcome]
        r.lines.append(f"{verdict}: {m.name} was {_OUTCOME_WORDS[m.outcome]}{cite}. {m.outcome_reason}")
        return r
    rule = queries.rule_for(events, a.q.crewed)
    body = a.kb.bodies[a.body or m.target].name
    met = [e for e in m.encounters if a.body and e.body == a.body]
    if met and rule.name in ("visit", "flyby", "reach", "orbit"):
        verb = "entered orbit around" if met[0].kind == "orbit" else "flew past"
        r.lines.append(f"Yes: {m.name} {verb} {body} on {day(met[0].date)}{cite}.")
        return r
    if a.body is not None and a.body not in (m.target, "earth") and not met:
        lines = elsewhere(a, m, a.body, rule, cite)
        r.lines.extend([f"No. {lines[0]}", *lines[1:]])
        return r
    if rule.test(m) and (a.body is None or a.body == m.target):
        when = rule.when(m)
        r.lines.append(f"Yes: {m.name} {rule.past} {body}" + (f" on {day(when)}" if when else "") + f"{cite}.")
        if m.summary:
            r.lines.append(f"What it was: {compose.lower_first(m.summary, a.kb.name_words)}")
        return r
    lines = did_not(a, m, rule, cite)
    r.lines.extend([f"No. {lines[0]}", *lines[1:]])
    note = note_for(a, m, r.lines)  # "did Gagarin land inside his capsule?": the note on how he came down
    if note:
        r.lines.append(note)
    return r


def _only_describes(a: Ask) -> bool:
    """Every state named stands right before a mission name ("NASA's DART"): a description, not the question."""
    starts = {m.start for m in a.q.of_kind("mission")}
    return all(s.end in starts for s in a.q.of_kind("state"))


def _first_satellite_check(a: Ask, m: Mission) -> Reply:
    """Whether the named mission was the first satellite of all (the earliest state's first in the records)."""
    first = min(a.kb.first_satellites.values(), key=lambda e: e.first.launch)
    mine = next((e for e in a.kb.first_satellites.values() if e.first.mission == m.id
                 or m.name in (e.first.satellite, *e.first.aliases)), None)
    r = a.reply([], states=[first.id], bodies=["earth"])
    marks = "".join(r.citations.add(s) for s in first.sources[:1])
    verdict = "Yes" if mine is first else "No"
    r.lines.append(f"{verdict}: the first artificial satellite was {first.first.satellite}, launched by "
                   f"{compose.state_name(a.kb, first.id)} on {day(first.first.launch)}{marks}.")
    if mine is not None and mine is not first:
        r.lines.append(f"{m.name} was the first satellite of {compose.state_name(a.kb, mine.id)}, launched on "
                       f"{day(mine.first.launch)}{''.join(r.citations.add(s) for s in mine.sources[:1])}.")
    return r


def _recorded_check(a: Ask, m: Mission) -> Reply | None:
    """The verdict from a recorded first the statement names ("the first artificial satellite", "the first landing
    on the far side"), or None when none does."""
    from askspace.handlers.firsts import recorded_first

    cited = len(a.citations.sources)
    found = recorded_first(a)
    if found is None or not found.understood or found.clarify or not found.facts or not found.lines:
        del a.citations.sources[cited:]  # a reading not used cites nothing
        return None
    verdict = "Yes" if found.facts[0] == m.id else "No"
    found.lines[0] = f"{verdict}: {compose.lower_first(found.lines[0], a.kb.name_words)}"
    if verdict == "No":
        found.use(m)
        found.lines.insert(1, f"{m.name} launched on {day(m.launch)}{found.citations.cite(m)}.")
    return found


def check_first(a: Ask) -> Reply:
    """Is the named mission the first (or last) to do what the statement says?"""
    named = named_missions(a)
    if not named:
        return a.reply(["Which mission do you mean? Name it, for example \"Luna 9\" or \"Apollo 11\"."], clarify=True)
    m = named[0]
    if a.q.ordinal != "last" and a.q.has("satellite") and not a.q.events:
        return _first_satellite_check(a, m)  # "Was Sputnik 1 the first artificial satellite?"
    if a.q.ordinal != "last" and any(a.q.has(w) for w in FAR_SIDE):  # "Was Chang'e 3 the first to land on
        return _recorded_check(a, m) or a.reply([  # the far side?": a recorded first decides, not the landings
            "My records cannot check that first of the far side: ask, for example, \"What was the first landing on "
            "the far side of the Moon?\""], understood=False)
    body = a.body or m.target
    rule = queries.rule_for(a.q.events, a.q.crewed) if a.q.events else queries.RULES["launch"]
    done = queries.events(a.kb, rule, body)
    r = a.reply([], states=[m.country], bodies=[body])
    if not done:
        r.use(m)
        r.lines.append(f"No: no mission has made a {queries.event_phrase(rule, a.kb.bodies[body].name)} "
                       f"in my records{r.citations.cite(m)}.")
        return r
    last = a.q.ordinal == "last"
    actual = done[-1] if last else done[0]
    r.use(actual, m)
    word = "last" if last else "first"
    phrase = queries.event_phrase(rule, a.kb.bodies[body].name)
    verdict = "Yes" if actual.id == m.id else "No"
    r.lines.append(f"{verdict}: the {word} {phrase} was {actual.name} ({compose.state_name(a.kb, actual.country)}), "
                   f"{day(rule.when(actual))}{r.citations.cite(actual)}.")
    if actual.id != m.id:
        did = what_it_did(a, m, m.name) or f"{m.name} launched on {day(m.launch)}."
        r.lines.append(f"{did[:-1]}{r.citations.cite(m)}.")
        if rule.name == "land" and not last and actual.landing and actual.landing.operated == "brief":
            worked = [x for x in done if x.landing and x.landing.worked]
            if worked and worked[0].id == m.id:
                r.lines.append(f"{m.name} was the first lander that went on working there.")
    return r


def _carried(a: Ask, m: Mission, r: Reply) -> Reply | None:
    """ "Did Perseverance carry a helicopter?": yes, when a craft of the kind asked rode on it (a mission whose
    ``part_of`` is this one, with a named craft of that kind); otherwise None, and the other readings answer."""
    from askspace import craftnames

    groups = a.tools.lexicon.groups if a.tools and a.tools.lexicon else {}
    words = set(a.q.words)  # a kind that is a word of names ("helicopter") is not in the lexicon's craft kinds
    wanted = craftnames.kinds(a.kb, a.q, groups.get("craft_kinds", {})) | {
        k.kind for k in a.kb.craft.values() if k.kind in words or f"{k.kind}s" in words}
    if not wanted:
        return None
    for c in a.kb.missions.values():
        if c.part_of != m.id:  # only the missions that rode on this one: the craft table is decoded for those
            continue
        craft = [k for k in a.kb.craft.values() if c.id in k.missions and k.kind in wanted]
        if craft:
            r.use(c)
            r.primary = c.id  # "when did that fly?" is about the craft carried
            r.lines.append(f"Yes: {m.name}{r.citations.cite(m)} carried the {craft[0].kind} {c.name}"
                           f"{r.citations.cite(c)}."
                           + (f" {c.summary}" if c.summary else ""))
            return r
    return None


def _crew_back(m: Mission, r: Reply, cite: str) -> Reply:
    """ "Did they make it back?" about a crewed flight: whether its crew came home alive (``died`` in its crew)."""
    dead = [c.name for c in m.crew if c.died]
    home = f", landing on {day(m.end)}" if m.end else ""
    if not dead:
        r.lines.append(f"Yes: the crew of {m.name} came back alive{home}{cite}.")
    elif len(dead) == len(m.crew):
        r.lines.append(f"No: the crew of {m.name} ({compose.join(dead)}) died during the flight{cite}.")
    else:
        r.lines.append(f"Not all: {compose.join(dead)} of the crew of {m.name} died during the flight{cite}.")
    r.lines.append(f"Outcome: {m.outcome}. {m.outcome_reason}")
    return r

