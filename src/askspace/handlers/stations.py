"""Space stations and their crews: who lived aboard an uncrewed station, how long crews stayed.

A station's crews are the crewed flights of its program launched after it (when it is the
program's only station: Skylab 2, 3 and 4 for Skylab) and the crewed flights whose events
say they docked with it or went aboard (Soyuz 10 and 11 for Salyut 1).
"""

from __future__ import annotations

from askspace import compose, queries
from askspace.compose import day, join
from askspace.events import visits
from askspace.handlers import firsts, recorded
from askspace.handlers.base import Ask, Reply, named_missions
from askspace.model import KnowledgeBase, Mission
from askspace.text import normalise

_TOTAL = ("in total", "total", "altogether", "combined", "sum", "all together")
_LONGEST = ("longest", "most", "stayed longest", "longer")
_SHORTEST = ("shortest", "least", "shorter")


def station_crews(kb: KnowledgeBase, m: Mission) -> list[Mission]:
    """The crewed flights that visited station ``m``, by launch date."""
    found: dict[str, Mission] = {}
    if m.program:
        program = queries.missions(kb, program=m.program)
        if [p.id for p in program if "space-station" in p.types] == [m.id]:
            found.update((c.id, c) for c in program if c.crewed and c.launch >= m.launch)
    for f in visits(kb, m):
        if f.mission.crewed and f.event.kind in ("docking", "crew-arrival"):
            found.setdefault(f.mission.id, f.mission)
    return sorted(found.values(), key=lambda c: (c.launch, c.id))


def crews_line(a: Ask, r: Reply, m: Mission) -> str | None:
    """ "Its crews flew on Skylab 2 (...), ..." for a station that had no crew of its own."""
    crews = station_crews(a.kb, m)
    if not crews:
        return None
    r.use(*crews)
    parts = [f"{c.name} ({join([p.name for p in c.crew])}; launched {day(c.launch)}){r.citations.cite(c)}"
             for c in crews]
    return f"The crews that flew to it: {join(parts)}."


def _flights(a: Ask) -> tuple[str, list[Mission]]:
    """What the question is about (a program or a station) and its crewed flights."""
    named = named_missions(a) if a.q.of_kind("mission") else []
    if named and "space-station" in named[0].types:
        return named[0].name, station_crews(a.kb, named[0])
    if named:
        return named[0].name, [m for m in named if m.crewed]
    programs = a.q.ids("program")
    if programs:
        program = a.kb.programs[programs[0]]
        return program.name, [m for m in queries.missions(a.kb, program=program.id) if m.crewed]
    return "", []


def _days(m: Mission) -> int:
    assert m.end is not None
    return (m.end - m.launch).days


def _each(r: Reply, timed: list[Mission]) -> list[str]:
    return [f"{m.name}: {_days(m)} days ({day(m.launch)} to {day(m.end)}){r.citations.cite(m)}" for m in timed]


def crew_durations(a: Ask) -> Reply:
    what, flights = _flights(a)
    timed = [m for m in flights if m.end is not None]
    if not timed:
        return a.reply([f"I have no crewed flights with their dates for {what}." if what else
                        "Which program or station do you mean? Name it, for example \"Skylab\"."], clarify=not what)
    r = a.reply([], states=list(dict.fromkeys(m.country for m in timed)))
    rule = "counted in calendar days (UTC) from launch to landing"
    if any(a.q.has(w) for w in _LONGEST + _SHORTEST):
        shortest = any(a.q.has(w) for w in _SHORTEST)
        best = sorted(timed, key=lambda m: (_days(m) if shortest else -_days(m), m.launch, m.id))[0]
        r.use(best, *timed)
        word = "shortest" if shortest else "longest"
        r.lines.append(f"The {word} was {best.name}: {_days(best)} days, {day(best.launch)} to {day(best.end)}"
                       f"{r.citations.cite(best)} ({rule}).")
        r.lines.append(f"All {len(timed)}: {join(_each(r, timed))}.")
        return r
    r.use(*timed)
    each = _each(r, timed)
    if any(a.q.has(w) for w in _TOTAL) or len(timed) > 1:
        total = sum(_days(m) for m in timed)
        r.lines.append(f"The {compose.number_word(len(timed))} crewed {compose.plural(len(timed), 'flight')} of "
                       f"{what} spent {total} days in total ({rule}): {join(each)}.")
    else:
        r.lines.append(f"{join(each)} ({rule}).")
    return r


_KIND_NOUNS = {"space-station": "space station", "telescope": "space telescope"}


def first_of_type(a: Ask) -> Reply:
    """ "What was the USSR's first space station?": the earliest (or latest) mission of a kind.

    A recorded first of that kind that fits the question's other words ("built from modules
    launched separately": Mir) answers instead.
    """
    kinds = [k for k in a.q.mission_types if k in _KIND_NOUNS]
    if not kinds:  # another kind of flight ("suborbital"): the firsts handler's reading
        return firsts.first_event(a)
    states = a.said_states
    if a.tools is not None:  # the words as typed too: the speller knows "separate", not "separately"
        rec = (recorded.best(a.tools.firsts, normalise(a.q.text).words, a.tools.plain_words)
               or recorded.best(a.tools.firsts, a.q.words, a.tools.plain_words))
        if rec is not None and rec.leftover and set(kinds) & set(rec.mission.types) and \
                (not states or rec.mission.country in states) and a.q.ordinal != "last":
            r = a.reply([], states=[rec.mission.country])
            r.use(rec.mission)
            r.lines.append(recorded.sentence(a.kb, rec, r.citations.cite(rec.mission)))
            return r
    program = next(iter(a.q.ids("program")), None)
    pool = [m for m in queries.missions(a.kb, states=states, program=program)
            if set(kinds) & set(m.types) and m.outcome != "failure"]
    if not pool:
        return a.reply(["None in my records."])
    last = a.q.ordinal == "last"
    m = pool[-1] if last else pool[0]
    r = a.reply([], states=[m.country])
    r.use(m)
    whose = compose.possessive(join([compose.state_name(a.kb, s) for s in dict.fromkeys(states)])) if states else "The"
    word = "last" if last else "first"
    noun = _KIND_NOUNS[next(k for k in kinds if k in m.types)]
    if program:
        noun = a.kb.programs[program].name.removesuffix(" programme").removesuffix(" program") + " " + noun
    r.lines.append(f"{compose.capitalise(whose)} {word} {noun} in my records was {m.name}{a.state_note(m.country)}"
                   f" ({compose.state_name(a.kb, m.country)}), launched {day(m.launch)}{r.citations.cite(m)}.")
    if m.summary:
        r.lines.append(f"What it was: {compose.lower_first(m.summary, a.kb.name_words)}")
    return r
