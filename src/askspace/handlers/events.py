"""Questions about dated events inside missions: re-entries, dockings, spacewalks, servicing.

"When did Skylab come down?", "Did pieces of Skylab land in Australia?", "Is Vanguard 1 still
in orbit?", "How many spacewalks were made on the first Hubble servicing mission?", "What was
the first docking?". What a mission did not record is left to the mission handlers.
"""

from __future__ import annotations

import datetime as dt

from askspace import compose, queries
from askspace.compose import day, join
from askspace.events import CAME_DOWN, Found, came_down, of_kinds, still_in_orbit, timeline, visits
from askspace.handlers import checks, firsts, missions, recorded
from askspace.handlers.base import Ask, Reply, named_missions
from askspace.handlers.eventtext import cite as _cite
from askspace.handlers.eventtext import say
from askspace.model import EVENT_KINDS, Mission
from askspace.text import normalise, stem

_STOP = frozenset({
    "cross", "crossed", "crossing", "reach", "reached", "reaching", "enter", "entered", "entering", "into",
    "a", "an", "the", "of", "to", "in", "on", "at", "for", "from", "by", "with", "and", "or", "is", "was",
    "were", "be", "been", "are", "does", "did", "do", "has", "have", "had", "who", "what", "which", "when",
    "where", "how", "many", "much", "first", "earliest", "last", "ever", "made", "make", "happen", "happened",
    "take", "place", "year", "date", "day", "time", "times", "it", "its", "their", "they", "that", "this",
    "there", "two", "one", "spacecraft", "craft", "mission", "missions", "flight", "flights", "space", "orbit",
    "earth", "back", "person", "people", "someone", "anyone", "man", "human", "astronaut", "astronauts",
    "cosmonaut", "crew", "station", "stations", "performed", "carried", "out", "conducted", "go", "went", "get",
    "got", "your", "you", "records", "record", "know", "tell", "me", "about", "still", "any", "all", "list",
    "name", "whose", "part", "parts", "land", "landed", "fall", "fell", "come", "came", "down", "sources",
    "source",
})


def _qualifiers(a: Ask, kinds: tuple[str, ...] = ("mission", "program", "state", "body", "year")) -> set[str]:
    """Content words of the question beyond names of ``kinds``, event words and common words ("untethered")."""
    named = {w for m in a.q.mentions if m.kind in kinds for w in a.q.words[m.start:m.end]}
    return {stem(w) for w in a.q.words if w not in _STOP and w not in named and w not in a.q.event_words
            and not w.isdigit() and len(w) > 2}


def _text_words(f: Found) -> set[str]:
    """The stemmed words an event's note, place and people say."""
    e = f.event
    text = " ".join(x for x in (e.note, e.place, *e.people) if x)
    return {stem(w) for w in normalise(text).words}


def _start(a: Ask, m: Mission, r: Reply) -> None:
    """The launch first when the question also asks when it was launched."""
    if "launch" in a.q.events:
        r.lines.append(f"{m.name} was launched on {day(m.launch)}{r.citations.cite(m)}.")


def mission_event(a: Ask) -> Reply:
    """Events of the named mission (or the last answer's), else of that kind across missions."""
    named = named_missions(a) if a.q.of_kind("mission") else []
    if named:
        return _about(a, named[0])
    if a.context_facts and not (a.q.ordinal or _is_list(a) or a.q.of_kind("program")):
        return _about(a, a.kb.missions[a.context_facts[0]])  # "... and where did the debris fall?"
    return _across(a)


def _is_list(a: Ask) -> bool:
    return any(a.q.has(w) for w in ("how many", "which", "what", "list", "name"))


def _about(a: Ask, m: Mission) -> Reply:
    """The events of one mission of the kinds asked, its visitors', or why it has none."""
    kinds = list(a.q.event_kinds)
    if "launch" in a.q.events and a.q.event_words <= {"piece", "pieces", "debris"}:
        return missions.mission_when(a)  # "the first piece of the ISS launched": a launch question
    own = [Found(m, e) for e in timeline(m) if e.kind in kinds]
    seen = [f for f in visits(a.kb, m) if f.event.kind in kinds]
    if seen and a.q.ordinal in ("first", "last"):  # "the first Hubble servicing mission": that visit
        chosen = seen[0] if a.q.ordinal == "first" else seen[-1]
        rest = [k for k in kinds if k != chosen.event.kind]
        if rest and chosen.mission.id != m.id:
            inner = [Found(chosen.mission, e) for e in timeline(chosen.mission) if e.kind in rest]
            if inner:
                return _tell(a, chosen.mission, inner, lead=f"{chosen.mission.name} was the {a.q.ordinal} "
                             f"{_visit_word(chosen)} of {m.name} ({day(chosen.event.date)}).")
        seen = [chosen]
    if a.q.yes_no and any(k in CAME_DOWN or k == "in-orbit" for k in kinds):
        return _down_yes_no(a, m)
    placed = [f for f in own if f.event.place]
    if a.q.words[:1] == ("where",) and placed:  # "where did the debris fall?": the place, not the whole event
        r = a.reply([], states=[m.country], bodies=[m.target])
        r.use(m)
        r.lines.extend(f"What was left of {m.name} came down over {f.event.place}{_cite(r, f)}."
                       if f.event.kind in CAME_DOWN else say(a, r, f) for f in placed)
        return r
    if own or seen:
        return _tell(a, m, own + [f for f in seen if f not in own])
    if any(k in CAME_DOWN for k in kinds) and m.status == "active":
        r = a.reply([], states=[m.country], bodies=[m.target])
        r.use(m)
        r.lines.append(f"{m.name} has not come down: it was still in service on {day(a.kb.as_of)}, "
                       f"the date my records end{r.citations.cite(m)}.")
        plan = [n for n in m.notes if any(w in normalise(n).text for w in ("de orbit", "deorbit", "re enter"))]
        r.lines.extend(plan[:1])
        return r
    if not set(kinds) & _CREW_WORK:  # an end date or a return is in the mission's own fields
        return checks.did_mission(a) if a.q.yes_no else missions.mission_when(a)
    r = a.reply([], states=[m.country], bodies=[m.target])
    r.use(m)
    kind = min(kinds, key=EVENT_KINDS.index)  # "dock" reads as docking before crew arrival
    r.lines.append(f"My records hold no {kind.replace('-', ' ')} of {m.name}{r.citations.cite(m)}; not every flight's "
                   "dockings, spacewalks and visits are recorded, so I cannot say it had none.")
    return r


_CREW_WORK = frozenset({"spacewalk", "docking", "undocking", "crew-arrival", "servicing"})


def _visit_word(f: Found) -> str:
    return {"servicing": "servicing visit", "docking": "docking", "crew-arrival": "crew",
            "release": "release"}.get(f.event.kind, f.event.kind)




def _tell(a: Ask, m: Mission, found: list[Found], lead: str | None = None) -> Reply:
    """The events found, by date; with "how many", their total first (a spacewalk event may count five)."""
    found = sorted(found, key=lambda f: f.key)
    r = a.reply([], states=[m.country], bodies=[m.target])
    r.use(m, *[f.mission for f in found])
    if lead:
        r.lines.append(lead)
    else:
        _start(a, m, r)
    if a.q.has("how many") or a.q.has("how often"):
        total = sum(f.event.times or 1 for f in found)
        kind = found[0].event.kind
        what = {"spacewalk": "spacewalk", "servicing": "servicing visit", "docking": "docking"}.get(kind, "event")
        r.lines.append(f"{compose.number_word(total, capital=True)} {compose.plural(total, what)} in my records:")
    for f in found:
        r.lines.append(say(a, r, f, subject=None))
    return r


def _down_yes_no(a: Ask, m: Mission) -> Reply:
    """ "Is X still in orbit?", "Did pieces of X land in Australia?": from re-entry records, not from
    whether the craft still works."""
    r = a.reply([], states=[m.country], bodies=[m.target])
    r.use(m)
    end, mark = came_down(m), still_in_orbit(m)
    in_orbit_asked = "in-orbit" in a.q.event_kinds or a.q.has("still")
    if end is not None:
        f = Found(m, end)
        asked = _qualifiers(a, ("mission", "program"))
        if in_orbit_asked:
            r.lines.append(f"No: {say(a, r, f)}")
        elif end.place and asked:  # "did pieces land in Australia?": the place recorded
            r.lines.append(f"{'Yes' if asked & _text_words(f) else 'No'}: {say(a, r, f)}")
        else:
            r.lines.append(f"Yes: {say(a, r, f)}")
        return r
    if "space-station" in m.types and m.end is not None:  # a station's end is its re-entry (stations file)
        r.lines.append(f"{'No' if in_orbit_asked else 'Yes'}: {m.name} came down (re-entered the atmosphere) on "
                       f"{day(m.end)}{r.citations.cite(m)}.")
        return r
    if m.target != "earth":
        state = f"was still working on {day(a.kb.as_of)}" if m.status == "active" else "stopped working" + (
            f" on {day(m.end)}" if m.end else "")
        r.lines.append(f"{m.name} was never an Earth satellite: it was sent to {a.kb.bodies[m.target].name}, and it "
                       f"{state}{r.citations.cite(m)}.")
        return r
    if mark is not None:
        f = Found(m, mark)
        stopped = f" It stopped working on {day(m.end)}." if m.end else ""
        r.lines.append(f"Yes: {m.name} was still in orbit on {day(mark.date)}{_cite(r, f)}, though no longer "
                       f"working: {mark.note}.{stopped}" if mark.note else
                       f"Yes: {m.name} was still in orbit on {day(mark.date)}{_cite(r, f)}.{stopped}")
        return r
    if m.status == "active":
        r.lines.append(f"Yes: {m.name} was still in service on {day(a.kb.as_of)}, the date my records end"
                       f"{r.citations.cite(m)}.")
        return r
    r.lines.append(f"My records do not say whether {m.name} is still in orbit; they say it stopped working"
                   f"{' on ' + day(m.end) if m.end else ''}{r.citations.cite(m)}.")
    return r


def _across(a: Ask) -> Reply:
    """Events of a kind across missions: the first docking, every crossing into interstellar space."""
    pool: list[Mission] | None = None
    programs = a.q.ids("program")
    if programs:
        pool = list(queries.missions(a.kb, program=programs[0]))
    elif a.said_states:
        pool = list(queries.missions(a.kb, states=a.said_states))
    found = of_kinds(a.kb, a.q.event_kinds, pool)
    if "space-station" in a.q.mission_types:
        found = [f for f in found if f.event.other and "space-station" in a.kb.missions[f.event.other].types]
    asked = _qualifiers(a)
    if asked:  # "the first untethered spacewalk": only events that say so; a list keeps all when none does
        fitting = [f for f in found if asked <= _text_words(f) | _name_words(f)]
        found = fitting if fitting or a.q.ordinal else found
    if not found:
        return firsts.first_event(a)
    r = a.reply([])
    if a.q.ordinal in ("first", "last"):
        f = found[0] if a.q.ordinal == "first" else found[-1]
        if a.q.ordinal == "first" and _recorded_earlier(a, f):
            return firsts.first_event(a)
        r.use(f.mission)
        r.states.append(f.mission.country)
        r.lines.append(f"The {a.q.ordinal} in my records: {say(a, r, f, _label(a, f.mission))}")
        return r
    r.use(*[f.mission for f in found])
    missions_seen = list(dict.fromkeys(f.mission.id for f in found))
    r.lines.append(f"{compose.number_word(len(missions_seen), capital=True)} "
                   f"{compose.plural(len(missions_seen), 'mission')} in my records:")
    r.lines.extend(say(a, r, f, _label(a, f.mission)) for f in found)
    return r


def _recorded_earlier(a: Ask, f: Found) -> bool:
    """A recorded first fits the question better and is earlier: events are not recorded for every flight."""
    if a.tools is None:
        return False
    rec = recorded.best(a.tools.firsts, a.q.words, a.tools.plain_words)
    return rec is not None and rec.mission.id != f.mission.id and rec.mission.launch < f.mission.launch


def _name_words(f: Found) -> set[str]:
    return {stem(w) for n in (f.mission.name, *f.mission.aliases) for w in normalise(n).words}


def _label(a: Ask, m: Mission) -> str:
    return f"{m.name} ({compose.state_name(a.kb, m.country)})"


def compare_events(a: Ask, first: Mission, second: Mission) -> Reply | None:
    """Two missions compared by an event kind both recorded ("the Challenger and Columbia disasters")."""
    for kind in a.q.event_kinds:
        alike = CAME_DOWN if kind in CAME_DOWN else (kind,)  # a re-entry and a de-orbit both ended a flight
        e1 = next((e for e in timeline(first) if e.kind in alike), None)
        e2 = next((e for e in timeline(second) if e.kind in alike), None)
        if e1 is None or e2 is None:
            continue
        (early, ee), (late, el) = sorted([(first, e1), (second, e2)], key=lambda p: (p[1].date, p[0].id))
        r = a.reply([], states=[first.country, second.country])
        r.use(first, second)
        f_early, f_late = Found(early, ee), Found(late, el)
        r.lines.append(say(a, r, f_early))
        r.lines.append(say(a, r, f_late))
        r.lines.append(f"{_span(ee.date, el.date)} apart; {early.name} came first." if ee.date != el.date
                       else "Both on the same day.")
        return r
    return None


def _span(early: dt.date, late: dt.date) -> str:
    """ "17 years and 4 days" between two dates, counted by anniversaries.

    >>> _span(dt.date(1986, 1, 28), dt.date(2003, 2, 1))
    '17 years and 4 days'
    >>> _span(dt.date(2000, 2, 29), dt.date(2001, 3, 1))
    '1 year'
    """
    years = late.year - early.year - ((late.month, late.day) < (early.month, early.day))
    anniversary = early.replace(year=early.year + years) if not (early.month == 2 and early.day == 29) \
        else dt.date(early.year + years, 3, 1)
    days = (late - anniversary).days
    parts = [f"{years} {compose.plural(years, 'year')}"] if years else []
    if days or not parts:
        parts.append(f"{days} {compose.plural(days, 'day')}")
    return join(parts)


def mission_visits(a: Ask) -> Reply:
    """ "Which Shuttle flights went to Hubble?": the flights whose events name the craft, and its servicing."""
    named = named_missions(a) if a.q.of_kind("mission") else []
    if not named:
        return a.reply(["Which spacecraft or station do you mean? Name it, for example \"Hubble\" or \"Mir\"."],
                       clarify=True)
    m = named[0]
    programs = a.q.ids("program")
    seen = [f for f in visits(a.kb, m)
            if not programs or any(f.mission.in_program(p) for p in programs) or f.mission.id == m.id]
    if a.q.event_kinds:  # "visited for servicing": those visits only
        seen = [f for f in seen if f.event.kind in a.q.event_kinds]
    r = a.reply([], states=[m.country], bodies=[m.target])
    r.use(m, *[f.mission for f in seen])
    if not seen and "space-station" in m.types and not a.q.event_kinds and not programs:
        from askspace.handlers.stations import station_crews  # Skylab's crews: its program's crewed flights

        crews = station_crews(a.kb, m)
        if not crews:  # a station's crews missing from the records is no sign that none went
            return a.reply([f"My records do not list the crews that went to {m.name}."], understood=False)
        r.use(*crews)
        cite = r.citations.cite(m)
        parts = [f"{c.name} (launched {day(c.launch)}){r.citations.cite(c)}" for c in crews]
        r.lines.append(f"{compose.number_word(len(crews), capital=True)} crewed {compose.plural(len(crews), 'flight')}"
                       f" in my records went to {m.name}{cite}: {join(parts)}.")
        return r
    if not seen:
        r.lines.append(f"My records have no flight that visited {m.name}{r.citations.cite(m)}.")
        return r
    flights = len({f.mission.id for f in seen if f.mission.id != m.id}) + sum(f.mission.id == m.id for f in seen)
    purpose = f" for {join(sorted({f.event.kind for f in seen}))}" if a.q.event_kinds else ""
    r.lines.append(f"{compose.number_word(flights, capital=True)} {compose.plural(flights, 'flight')} in my records "
                   f"visited {m.name}{purpose}:")
    r.lines.extend(say(a, r, f) for f in seen)
    return r
