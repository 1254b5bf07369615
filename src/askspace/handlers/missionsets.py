"""Sets of missions: how many, and which, by program, state, body, kind, year and outcome.

One :func:`select` applies every filter the question names; ``count_missions`` and
``list_missions`` only present the selection differently.
"""

from __future__ import annotations

from operator import attrgetter

from askspace import compose, queries
from askspace.compose import day, join, plural
from askspace.handlers import anchors, persons
from askspace.handlers.base import Ask, Reply, asks_place
from askspace.handlers.selection import Selection, select, split
from askspace.model import Mission
from askspace.persons import flights_of as persons_flights

_LISTED = 15
_PARTIAL_LISTED = 12  # partial successes named with their reasons, before "and N more"


def _dated(s: Selection, m: Mission, r: Reply) -> str:
    when = s.rule.when(m) if s.rule is not None else None
    rover = f"rover {m.rover}, " if s.rule is not None and s.rule.name == "rover" and m.rover \
        and m.rover != m.name else ""  # "what rover did China land?": the rover's own name too
    return f"{m.name} ({rover}{day(when or m.launch)}){r.citations.cite(m)}"


def _listing(s: Selection, r: Reply) -> str:
    if len(s.counted) <= _LISTED:
        return join([_dated(s, m, r) for m in s.counted])
    return compose.names_with_more([m.name for m in s.counted[:30]], 30, total=len(s.counted))


def _failed_landings(a: Ask, s: Selection) -> bool:
    return s.rule is not None and s.rule.is_landing and a.q.outcome == "failure"


def _owners(a: Ask, s: Selection) -> list[str]:
    """The states named in the question that flew missions of the selection, in order of first launch."""
    if len(a.said_states) == 1:  # the pool holds only that state's missions
        return list(a.said_states) if s.pool else []
    return list(dict.fromkeys(map(attrgetter("country"), s.pool))) if a.said_states else []


def _head(a: Ask, s: Selection, count: int) -> str:
    adjective = {"success": "successful ", "failure": "failed "}.get(s.filters.outcome or "", "")
    adjective += {True: "crewed ", False: "robotic "}.get(a.q.crewed, "") if a.q.crewed is not None else ""
    verb = f" that {s.rule.past} {s.target}" if s.rule else ""
    if _failed_landings(a, s):
        adjective, verb = "", f" that tried to land on {s.target} and failed"
    where = f" to {s.target}" if not s.rule and a.bodies and not a.q.ids("program") else ""
    owners = _owners(a, s)
    who = join([compose.state_name(a.kb, o) + a.state_note(o) for o in owners])
    noun = s.noun if count != 1 else s.noun[:-1]
    subject = f"{compose.capitalise(who)} flew" if who else "There " + ("was" if count == 1 else "were")
    return f"{subject} {count} {adjective}{noun}{verb}{where}{s.window}"


def _launched_and_arrived(a: Ask, s: Selection, r: Reply) -> str:
    """'Gone to Mars' read both ways: launched toward it, and got there."""
    owners = _owners(a, s)
    who = join([compose.state_name(a.kb, o) + a.state_note(o) for o in owners])
    n = len(s.pool)
    launched = (f"{compose.capitalise(who)} sent {n} {s.noun if n != 1 else s.noun[:-1]}" if who
                else f"{n} {s.noun if n != 1 else s.noun[:-1]} {'was' if n == 1 else 'were'} sent")
    arrived = (f"{len(s.counted)} of them got there (flew past, orbited or reached the surface)"
               if s.counted else "none of them got there")
    if n <= _LISTED:
        got = {m.id for m in s.counted}

        def fate(m: Mission) -> str:
            return f"reached it {day(s.rule.when(m))}" if m.id in got and s.rule else _short_fate(m)

        listing = ": " + join([f"{m.name} ({fate(m)}){r.citations.cite(m)}" for m in s.pool])
    else:
        listing = f": {_listing(s, r)}" if s.counted else ""
    return f"{launched} to (or past) {s.target}{s.window}; {arrived}{listing}."


def _short_fate(m: Mission) -> str:
    if m.status == "active" and m.arrival is None:
        return f"launched {day(m.launch)}, still on its way"
    return f"launched {day(m.launch)}, {m.outcome}"


def _carried_note(a: Ask, s: Selection) -> str:
    """Craft carried by another mission are counted with it; say what counting them apart gives."""
    if s.rule is not None and s.rule.name == "visit":
        extra, base = list(s.carried), len(s.pool)
    else:
        extra, base = split(s.filters, s.carried)[0], len(s.counted)
    if not extra:
        return ""
    names = join([f"{m.name} (with {a.kb.missions[m.part_of].name})" for m in extra if m.part_of])
    return f"Counting the craft carried by other missions as missions of their own, {base + len(extra)}: {names}."


def _details(a: Ask, s: Selection, r: Reply) -> None:
    if s.partial:
        names = compose.names_with_more(
            [f"{m.name} ({compose.lower_first(m.outcome_reason.rstrip('.'), a.kb.name_words)})"
             for m in s.partial[:_PARTIAL_LISTED]], _PARTIAL_LISTED, total=len(s.partial))
        r.lines.append(f"Counting partial successes, {len(s.counted) + len(s.partial)}: {names}.")
    left = s.failed_attempts if s.rule is not None and s.rule.is_landing else s.left
    if left and (a.q.outcome or s.rule) and not _failed_landings(a, s):
        label = {"success": plural(len(left), "failure"),
                 "failure": "missions that did not fail"}.get(a.q.outcome or "", "")
        if s.rule:
            tried = "landing attempt" if s.rule.is_landing else "mission"
            label = f"{plural(len(left), tried)} that did not {s.rule.base} {s.target}"
        r.lines.append(f"Not counted: {len(left)} {label} "
                       f"({compose.names_with_more([m.name for m in left[:8]], 8, total=len(left))}).")
    if not a.q.outcome and not s.rule and s.pool:
        tally = dict(s.tally)
        if tally["success"] == len(s.pool):
            r.lines.append(f"All {len(s.pool)} succeeded." if len(s.pool) > 1 else "It succeeded.")
        else:
            words = {"success": "succeeded", "partial": "partly succeeded", "failure": "failed"}
            if len(s.pool) == 1:
                r.lines.append(f"It {next(words[o] for o, n in tally.items() if n)}.")
            else:
                r.lines.append("Of these, " + join([f"{n} {words[o]}" for o, n in tally.items() if n]) + ".")


def _companies(s: Selection) -> str:
    """ "The companies: Intuitive Machines (IM-1 and IM-2) and Firefly Aerospace (Blue Ghost Mission 1)."."""
    flown: dict[str, list[str]] = {}
    for m in s.pool:
        flown.setdefault(m.agency or "an unnamed company", []).append(m.name)
    one = len(flown) == 1
    return (f"The {'company' if one else 'companies'} that flew them: "
            + join([f"{who} ({join(names)})" for who, names in flown.items()]) + ".")


_BACK_WORDS = frozenset({"them", "those", "these", "they"})
_ALL_WORDS = frozenset({"all", "every", "total", "altogether", "records", "everything", "overall"})


_SATELLITE_WORDS = frozenset({"satellite", "satellites"})
EARTH_SATELLITES = ("My records do not hold every satellite launched into Earth orbit (they have each country's "
                    "first satellite, the space stations and some telescopes, besides the missions to the Moon and "
                    "the planets), so I cannot count or list satellites. Ask about one country's first satellite, "
                    "or about missions beyond Earth.")


def _unlisted_flights(a: Ask, program: str, anchor: anchors.Anchor | None) -> list[str]:
    """The program's crewed flights in the question's years and time relation that are flight records but no
    mission entry: a count or list of its missions there cannot be complete."""
    span, rel = a.year_span, a.q.relation
    if (span is None and (anchor is None or rel is None)) or set(a.bodies) - {"earth"}:
        return []  # the flight records are flights in Earth orbit: a window of time is what they can fill
    found = []
    for f in a.kb.crewed_flights.values():
        if f.program != program or f.mission is not None or not f.launched:
            continue
        if span is not None and not span[0] <= f.launch.year <= span[1]:
            continue
        if anchor is not None and rel is not None \
                and not (f.launch < anchor.date if rel.kind == "before" else f.launch > anchor.date):
            continue
        found.append(f.name)
    return found


def _present(a: Ask) -> Reply:
    named = a.q.of_kind("mission")
    if named and a.q.has("how many times"):  # "How many times did Apollo 8 orbit the Moon?"
        name = a.kb.missions[named[0].ids[0]].name
        return a.reply([f"My records count missions, not how many times {name} did something."], understood=False)
    readings = anchors.resolve(a, a.said_states)
    if a.q.relation and not readings and not a.year_span:
        premise = anchors.failed_premise(a)
        if premise is not None:
            return premise
        return a.reply([f"I could not tell which date \"{a.q.relation.kind} "
                        f"{' '.join(a.q.relation.anchor_words)}\" means."], understood=False)
    s = select(a, readings[0] if readings else None)
    narrowed = (a.said_states, a.bodies, a.q.ids("program"), a.years, a.year_span, readings, a.q.events,
                a.q.mission_types, a.q.event_kinds, a.q.people, a.q.crewed is not None, a.q.outcome)
    if not any(narrowed) and not _ALL_WORDS & set(a.q.words):
        # nothing narrowed the question ("what was the mission called?"): every mission is not an answer
        return a.reply(["Which missions do you mean? Name a place, a country, a program or years, for example "
                        "\"Soviet missions to Venus\"."], clarify=True)
    if _SATELLITE_WORDS & set(a.q.words) and not (set(a.bodies) - {"earth"}) and not a.q.ids("program"):
        return a.reply([EARTH_SATELLITES], understood=False)  # "how many satellites were launched in 2010?"
    program = a.q.ids("program")
    unlisted = _unlisted_flights(a, program[0], readings[0] if readings else None) if program and not s.counted \
        else []
    if unlisted:  # "how many Mercury missions after Glenn's?": "none" would miss MA-7, a flight record, no mission
        return a.reply([f"My records of {a.kb.programs[program[0]].name} missions are not complete there: its "
                        f"crewed flights {', '.join(unlisted)} are in my flight records, but not its other launches, "
                        "so I cannot count or rule them out."], understood=False)
    r = a.reply([], states=a.said_states, bodies=a.bodies[:1])
    r.use_ids(s.counted_ids)
    if not s.pool:
        went = sorted({a.kb.bodies[m.target].name for m in queries.missions(a.kb, program=program[0])}) \
            if program and a.bodies else []
        if went and a.kb.bodies[a.bodies[0]].name not in went:  # else the program did go there: say no such
            r.lines.append(f"None: no {s.noun[:-1]} went to {a.kb.bodies[a.bodies[0]].name}; "
                           f"{s.noun} went to {join(went)}.")
        else:
            r.lines.append(f"None: I have no record of such {s.noun}{s.window} (my records end on "
                           f"{day(a.kb.as_of)}).")
        for name in a.q.people:  # "which Apollo mission carried Alan Shepard into orbit in 1961?"
            persons.flights_line(name, persons_flights(a.kb, name), r)
        return r
    if s.rule is not None and s.rule.name == "visit":
        r.lines.append(_launched_and_arrived(a, s, r))
    else:
        head = _head(a, s, len(s.counted))
        crewed_sample = s.counted and all(m.crewed and m.target == "earth" for m in s.counted)
        # with no place beyond Earth and no program, Earth-orbit launches count, and those are not all recorded
        sample = crewed_sample or (s.counted and not (set(a.bodies) - {"earth"}) and not a.q.ids("program")
                                   and not _BACK_WORDS & set(a.q.words))  # "how many of them": the last answer's
        head += " in my records" if sample and "in my records" not in head else ""
        r.lines.append(f"{head}: {_listing(s, r)}." if s.counted else f"{head}.")
        if crewed_sample:  # crewed flights in Earth orbit are recorded when notable, not all of them
            r.lines.append("My records hold the notable crewed flights in Earth orbit, not every one, so this "
                           "counts only those.")
        elif sample:
            r.lines.append("My records hold the missions beyond Earth orbit, notable crewed flights and some space "
                           "stations, telescopes and Earth satellites, not every launch, so this counts only those.")
        _details(a, s, r)
    if "commercial" in s.filters.types and s.pool:  # "which companies ...": who flew them
        r.lines.append(_companies(s))
    note = _carried_note(a, s)
    if note:
        r.lines.append(note)
    if a.body and (s.rule is None or s.rule.name == "visit"):
        elsewhere = s.elsewhere  # the pool may hold a mission's view at another body
        if elsewhere and len(elsewhere) < len(s.pool):
            names = join([f"{m.name} ({a.kb.bodies[m.target].name})" for m in elsewhere[:6]])
            r.lines.append(f"Counting only missions aimed at {a.kb.bodies[a.body].name} itself, "
                           f"{len(s.pool) - len(elsewhere)}; the others were aimed at one of its moons or "
                           f"passed it on the way elsewhere: {names}.")
    for other in readings[1:]:
        alt = select(a, other)
        extra = (f", and {len(alt.partial)} partial ({join([m.name for m in alt.partial])})"
                 if alt.partial else "")
        adjective = {"success": "successful ", "failure": "failed "}.get(a.q.outcome or "", "")
        names = compose.names_with_more([m.name for m in alt.counted[:12]], 12, total=len(alt.counted))
        r.lines.append(f"Read as{alt.window}: {len(alt.counted)} {adjective}"
                       f"{plural(len(alt.counted), 'mission')} ({names}){extra}.")
    return r


def count_missions(a: Ask) -> Reply:
    """How many missions of a program, state, body, kind, outcome or time window."""
    return _present(a)


def list_missions(a: Ask) -> Reply:
    """Which missions of a program, state, body, kind, outcome or time window (not a body they went to)."""
    if asks_place(a):  # "the Vega probes visited Venus and then which comet?"
        return a.reply(["I can list missions, but that asks which place they went to; ask, for example, \"Which "
                        "bodies did Vega 1 visit?\""], understood=False)
    return _present(a)
