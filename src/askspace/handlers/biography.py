"""Facts about one person from the people data: birth, death, nationality, selection, how many
flights and spacewalks, and the total time in space.

Totals come from the person's entry, counted to its ``counted_to`` date; flights in the
records after that date are named with it, so a count never silently misses them. A fact the
entry lacks is said to be missing, never replaced by another one.
"""

from __future__ import annotations

import datetime as dt

from askspace.compose import day, join, number_word, plural, possessive
from askspace.handlers.base import Ask, Reply
from askspace.model import Mission, Person
from askspace.persons import Duration, flights_of

_DIED = ("die", "died", "dead", "death", "alive", "living", "passed away", "pass away", "still with us")
_BORN = ("born", "birth", "birthday")
_WALKS = ("spacewalk", "spacewalks", "space walk", "space walks", "eva", "evas", "extravehicular",
          "walk in space", "walked in space")
_NATION = ("nationality", "citizen", "citizenship", "what country", "which country", "come from", "comes from",
           "where is", "fly for", "flew for", "what state", "which state")
FACT_WORDS = (*_DIED, *_BORN, *_WALKS, *_NATION, "selected", "how many times", "how many flights")
"""Words that ask for one of these facts (a follow-up about "he" or "she" is routed here by them)."""
_SELECTED = ("selected", "selection", "astronaut group", "cosmonaut group", "chosen", "recruited")
_WHO = ("who is", "who was", "tell me about", "who s")
_TOTAL = ("how long", "time in space", "days in space", "hours in space", "how much time", "in total", "total",
          "altogether", "in all", "combined")


def person_of(a: Ask, name: str) -> Person | None:
    """The person entry of a name from ``q.people``."""
    return next((p for p in a.kb.people.values() if p.name == name), None)


def person_facts(a: Ask, card: bool = False) -> Reply:
    """The fact the question asks about the person it names; with ``card``, who the person is."""
    from askspace.handlers.persons import people_asked

    names = people_asked(a)
    p = person_of(a, names[0]) if names else None
    if p is None:
        return a.reply(["Whom do you mean? Name the astronaut, for example \"Chris Hadfield\"."])
    missions = [a.kb.missions[i] for i in p.missions]
    r = a.reply([], states=list(p.nationalities[-1:]), bodies=["earth"])
    r.use(*missions)
    if card:
        _card(a, p, r)
    elif any(a.q.has(w) for w in _DIED):
        _death(a, p, r)
    elif any(a.q.has(w) for w in _BORN):
        _birth(a, p, r)
    elif any(a.q.has(w) for w in _WALKS):
        _spacewalks(a, p, r)
    elif any(a.q.has(w) for w in _NATION):
        _nationality(a, p, r)
    elif any(a.q.has(w) for w in _SELECTED):
        _selection(p, r)
    elif any(a.q.has(w) for w in _TOTAL):
        _time_in_space(a, p, missions, r)
    elif any(a.q.has(w) for w in ("how old", "age", "aged")):
        _birth(a, p, r)  # only without flights in the records (persons.py answers the others)
        r.lines.insert(0, f"My mission records do not include {possessive(p.name)} flights, so I cannot give "
                          f"{_his(p)} age at launch.")
    elif any(a.q.has(w) for w in _WHO):
        _card(a, p, r)
    else:
        flights(a, p, r)
    return r


def _card(a: Ask, p: Person, r: Reply) -> None:
    """Who the person is, in one sentence: birth, states, selection and the totals."""
    states = ", then ".join(a.kb.states[s].adjective for s in p.nationalities if s in a.kb.states)
    born = f"born {day(p.born)}" if p.born else f"born {p.born_year}" if p.born_year else ""
    died = f", died {day(p.died)}" if p.died else ""
    about = ", ".join(x for x in (states and f"{states} {_calling(p)}", born + died) if x)
    facts = []
    if p.selection:
        facts.append(f"selected {p.selection.year or ''} ({p.selection.group})".replace("selected  (", "selected ("))
    if p.flights is not None:
        facts.append(f"flew {_times(p.flights)}")
    if p.spacewalks:
        facts.append(f"made {number_word(p.spacewalks)} {plural(p.spacewalks, 'spacewalk')}")
    if p.time_in_space:
        facts.append(f"spent {Duration(p.time_in_space, exact=True).text} in space")
    counted = f" ({_counted(a, p)})" if facts else ""
    r.lines.append(f"{p.name}" + (f" ({about})" if about else "") + (": " + join(facts) if facts else "")
                   + f"{counted}{_cite(p, r)}.")
    if p.missions:
        r.lines.append(f"Flights in my records: {_later_text([a.kb.missions[i] for i in p.missions], r)}.")


def _calling(p: Person) -> str:
    """ "astronaut" (or "cosmonaut" for a Soviet or Russian one) for someone selected into a corps; "space
    traveller" for a participant who was not."""
    if p.selection is None:
        return "space traveller"
    return "cosmonaut" if set(p.nationalities) & {"ussr", "russia"} else "astronaut"


def _cite(p: Person, r: Reply) -> str:
    return "".join(r.citations.add(s) for s in p.sources)


def _counted(a: Ask, p: Person) -> str:
    return f"counted to {day(p.counted_to)}" if p.counted_to else f"in my records (to {day(a.kb.as_of)})"


def _later(a: Ask, p: Person) -> list[Mission]:
    """The person's flights in the records launched after their totals were counted."""
    return [m for i in p.missions if p.counted_to and (m := a.kb.missions[i]).launch > p.counted_to]


def _later_text(flights: list[Mission], r: Reply) -> str:
    return join([f"{m.name} ({day(m.launch)}){r.citations.cite(m)}" for m in flights])


def _he(p: Person) -> str:
    return "she" if p.woman else "he"


def _his(p: Person) -> str:
    return "her" if p.woman else "his"


def _birth(a: Ask, p: Person, r: Reply) -> None:
    if "where" in a.q.words:
        r.lines.append(f"My records do not have where {p.name} was born.")
    elif p.born:
        r.lines.append(f"{p.name} was born on {day(p.born)}{_cite(p, r)}.")
    elif p.born_year:
        r.lines.append(f"{p.name} was born in {p.born_year}{_cite(p, r)}; my records do not have the exact date.")
    else:
        r.lines.append(f"My records do not have {possessive(p.name)} birth date.")


def _age_at(p: Person, d: dt.date) -> str:
    if p.born is None:
        return ""
    return f", aged {d.year - p.born.year - ((d.month, d.day) < (p.born.month, p.born.day))}"


def _death(a: Ask, p: Person, r: Reply) -> None:
    asked_alive = any(a.q.has(w) for w in ("alive", "living", "still with us"))
    if p.died is None:
        born = f" (born {p.born_year})" if p.born_year else ""
        r.lines.append(f"My records do not have a death date for {p.name}{born}, so I cannot say whether "
                       f"{_he(p)} is still alive{_cite(p, r)}.")
        return
    cause = f": {p.death_cause}" if p.death_cause else ""
    verdict = "No: " if asked_alive else ""
    r.lines.append(f"{verdict}{p.name} died on {day(p.died)}{_age_at(p, p.died)}{cause}{_cite(p, r)}.")
    for i in p.missions:  # killed on a flight: what happened, from the mission's entry
        m = a.kb.missions[i]
        if any(c.person == p.id and c.died for c in m.crew):
            r.lines.append(f"What happened on {m.name}{r.citations.cite(m)}: {m.outcome_reason}")


def _spacewalks(a: Ask, p: Person, r: Reply) -> None:
    if p.spacewalks is None:
        r.lines.append(f"My records do not have how many spacewalks {p.name} made.")
        return
    verdict = ("Yes: " if p.spacewalks else "No: ") if a.q.yes_no else ""
    if p.spacewalks == 0:
        r.lines.append(f"{verdict}{p.name} made no spacewalks ({_counted(a, p)}){_cite(p, r)}.")
    else:
        time = f", {_hours(p.eva_time)} in all" if p.eva_time else ""
        r.lines.append(f"{verdict}{p.name} made {number_word(p.spacewalks)} {plural(p.spacewalks, 'spacewalk')}{time} "
                       f"({_counted(a, p)}){_cite(p, r)}.")
    _not_counted_later(a, p, r)
    from askspace.handlers.spacewalks import later_totals  # the spacewalk records, unpacked only when asked

    r.lines.extend(later_totals(a, p.id, p.counted_to, r))


def _not_counted_later(a: Ask, p: Person, r: Reply) -> None:
    """The flights in the mission records after the date the person's totals are counted to."""
    later = _later(a, p)
    if later:
        r.lines.append(f"Not counted there: {possessive(p.name)} later flights in my records, "
                       f"{_later_text(later, r)}.")


def _hours(minutes: int) -> str:
    """ "82 hours 22 minutes": spacewalk time is counted in hours, not days."""
    h, m = divmod(minutes, 60)
    parts = [f"{h} {plural(h, 'hour')}"] if h else []
    return " ".join([*parts, f"{m} {plural(m, 'minute')}"] if m or not parts else parts)


def _nationality(a: Ask, p: Person, r: Reply) -> None:
    states = [a.kb.states[s] for s in p.nationalities if s in a.kb.states]
    if not states:
        r.lines.append(f"My records do not have {possessive(p.name)} nationality.")
        return
    adjectives = ", then ".join(s.adjective for s in states)
    r.lines.append(f"{adjectives}: {p.name} flew for " + ", then for ".join(s.short for s in states)
                   + f"{_cite(p, r)}.")


def _selection(p: Person, r: Reply) -> None:
    s = p.selection
    if s is None:
        r.lines.append(f"My records do not have when {p.name} was selected.")
        return
    year = f" in {s.year}" if s.year else ""
    r.lines.append(f"{p.name} was selected{year} ({s.group}){_cite(p, r)}.")


def flights(a: Ask, p: Person, r: Reply) -> None:
    """How many times the person flew: the entry's count, plus flights in the records after it."""
    later = _later(a, p)
    if _all_in_records(a, p):
        from askspace.handlers.persons import flights_line  # each flight with its date

        flights_line(p.name, flights_of(a.kb, p.name), r)
        return
    if p.flown and {"when", "which", "what"} & set(a.q.words):  # each flight, with its year or date
        from askspace.handlers.careers import flight_list

        flight_list(a, p, r)
        return
    if p.flights is None:
        r.lines.append(f"My records do not have {possessive(p.name)} flights.")
        return
    total = p.flights + len(later)
    if later:
        by = f" by {day(p.counted_to)}" if p.counted_to else ""
        r.lines.append(f"{p.name} has flown {_times(total)}: {_times(p.flights)}{by}{_cite(p, r)}, "
                       f"and since then on {_later_text(later, r)}.")
    else:
        r.lines.append(f"{p.name} flew {_times(total)} ({_counted(a, p)}){_cite(p, r)}.")
    if not p.missions and {"when", "which", "what"} & set(a.q.words):
        r.lines.append(f"My mission records do not include {possessive(p.name)} flights, so I do not have "
                       "their dates.")


def _times(n: int) -> str:
    return {1: "once", 2: "twice"}.get(n, f"{number_word(n)} times")


def _all_in_records(a: Ask, p: Person) -> bool:
    """Whether the mission records hold every flight of the person (then they answer, flight by flight):
    as many flights that reached space by the date the entry's count was made as it counts."""
    if not p.missions or p.flights is None:
        return bool(p.missions)
    to = p.counted_to or a.kb.as_of
    return sum(f.reached_space and f.mission.launch <= to for f in flights_of(a.kb, p.name)) >= p.flights


def _time_in_space(a: Ask, p: Person, missions: list[Mission], r: Reply) -> None:
    if p.time_in_space is None or _all_in_records(a, p):
        from askspace.handlers.persons import how_long_flights  # each flight's time, and the sum

        how_long_flights(p.name, flights_of(a.kb, p.name), r)
        return
    n = p.flights or 0
    on = f", on {number_word(n)} {plural(n, 'flight')}" if n else ""
    r.lines.append(f"{p.name} spent {Duration(p.time_in_space, exact=True).text} in space in all{on} "
                   f"({_counted(a, p)}){_cite(p, r)}.")
    _not_counted_later(a, p, r)
