"""Facts about one person from the people data: birth, death, nationality, selection, how many
flights and spacewalks, and the total time in space.

Totals come from the person's entry, counted to its ``counted_to`` date; flights in the
records after that date are named with it, so a count never silently misses them. A fact the
entry lacks is said to be missing, never replaced by another one.
"""

from __future__ import annotations

import datetime as dt

from askspace.careers import Leg, career
from askspace.compose import day, join, number_word, plural, possessive
from askspace.flightlog import FlightRecord, records_of
from askspace.handlers.base import Ask, Reply
from askspace.model import Mission, Person
from askspace.persons import Duration, flights_of
from askspace.spacelines import US_LINE, Tally, tally

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


def asks_walks(a: Ask) -> bool:
    """Spacewalk words, the lexicon's spacewalk phrases ("was he outside") or a bare "outside" about a person."""
    return (any(a.q.has(w) for w in _WALKS) or "spacewalk" in a.q.events
            or ("outside" in a.q.words and not a.q.has("outside of") and not a.q.has("solar system")))


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
    elif asks_walks(a):
        _spacewalks(a, p, r)
    elif any(a.q.has(w) for w in _NATION):
        _nationality(a, p, r)
    elif any(a.q.has(w) for w in _SELECTED):
        _selection(p, r)
    elif any(a.q.has(w) for w in _TOTAL):
        _time_in_space(a, p, missions, r)
    elif any(a.q.has(w) for w in ("how old", "age", "aged")):
        from askspace.handlers.ages import ages_on_dated_flights  # flights the entry dates, no mission of mine

        if not ages_on_dated_flights(a, p, r):  # only without flights in the records (persons.py answers the others)
            _birth(a, p, r)
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
    died = f"died {day(p.died)}" if p.died else ""
    about = ", ".join(x for x in (states and f"{states} {_calling(p)}", born, died) if x)
    facts = []
    if p.selection:
        facts.append(f"selected {p.selection.year or ''} ({p.selection.group})".replace("selected  (", "selected ("))
    to = p.counted_to
    n = tally(f for f in records_of(p.flown) if not (to and f.date and f.date > to))  # as the totals count
    low = n.above_80 - n.above_100
    legs = [leg for leg in career(a.kb, p) if leg.reached_space]
    if p.flights is not None:
        facts.append(f"flew {_times(p.flights)}" + (f" above 100 km ({_times(p.flights + low)} counting "
                                                     f"{US_LINE})" if low else ""))
    elif low:
        high = _times(n.above_100) if n.above_100 else "never"
        facts.append(f"flew {_times(n.above_80)} counting {US_LINE}, {high} above 100 km")
    elif legs:  # a later person's sourced list: every flight in my records
        facts.append(f"flew {_times(len(legs))}")
    if p.spacewalks:
        facts.append(f"made {number_word(p.spacewalks)} {plural(p.spacewalks, 'spacewalk')}")
    if p.time_in_space:
        facts.append(f"spent {Duration(p.time_in_space, exact=True).text} in space")
    counted = f" ({_counted(a, p)})" if facts else ""
    r.lines.append(f"{p.name}" + (f" ({about})" if about else "") + (": " + join(facts) if facts else "")
                   + f"{counted}{_cite(p, r)}.")
    if p.missions:
        r.lines.append(f"Flights in my records: {_later_text([a.kb.missions[i] for i in p.missions], r)}.")
    listed = [leg for leg in legs if leg.listed and not leg.mission and leg.date and (leg.later or not p.counted_to)]
    if listed and facts:
        label = "Later flights, not counted there" if p.counted_to else "Other flights" if p.missions else "Flights"
        r.lines.append(f"{label}: {_later_legs(listed, r)}.")


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


def _later(a: Ask, p: Person) -> list[Leg]:
    """The person's flights launched after their totals were counted: the entry's later flights and the
    records' missions."""
    return [leg for leg in career(a.kb, p) if leg.later and leg.reached_space] if p.counted_to else []


def _later_legs(legs: list[Leg], r: Reply) -> str:
    return join([f"{leg.name} ({day(leg.date) if leg.date else leg.year})"
                 f"{r.citations.cite(leg.mission) if leg.mission else ''}" for leg in legs])


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
    if "where" in a.q.words:  # "Where did Gagarin die?": the place first, from the accident that killed him
        from askspace.lore import accidents

        place = next((acc for acc in accidents(a.kb) if p.id in acc.died), None)
        if place is None:
            r.lines.append(f"My records do not have where {p.name} died (on {day(p.died)}{_cite(p, r)}).")
            r.understood = False
            return
        r.lines.append(f"{p.name} died {place.place}, on {day(place.date)}{_age_at(p, p.died)}"
                       f"{r.citations.add(place.sources[0])}{cause}.")
        return
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
                       f"{_later_legs(later, r)}.")


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
    low = [f for f in records_of(p.flown) if f.reached_space and not f.above_100km]
    if p.flights is None and p.flown:
        _flights_by_line(p, tally(records_of(p.flown)), r)
        return
    if p.flights is None:
        r.lines.append(f"My records do not have {possessive(p.name)} flights.")
        return
    total = p.flights + len(later)
    to = p.counted_to
    early_low = [f for f in low if not (to and f.date and f.date > to)]
    if later and (early_low or any(not leg.above_100km for leg in later)):  # both lines and later flights
        _flights_by_line_and_date(a, p, early_low, later, r)
    elif low and not later:
        also = join([f"{f.name} ({day(f.date) if f.date else f.year})" for f in low])
        r.lines.append(f"{p.name} flew {_times(p.flights)} above 100 km ({_counted(a, p)}){_cite(p, r)}; counting "
                       f"{US_LINE}, {_times(p.flights + len(low))}: also {also}, above 80 km but not 100 km.")
    elif later:
        by = f" by {day(p.counted_to)}" if p.counted_to else ""
        r.lines.append(f"{p.name} has flown {_times(total)}: {_times(p.flights)}{by}{_cite(p, r)}, "
                       f"and since then on {_later_legs(later, r)}.")
    else:
        r.lines.append(f"{p.name} flew {_times(total)} ({_counted(a, p)}){_cite(p, r)}.")
    if not p.missions and {"when", "which", "what"} & set(a.q.words):
        r.lines.append(f"My mission records do not include {possessive(p.name)} flights, so I do not have "
                       "their dates.")


def _flights_by_line_and_date(a: Ask, p: Person, early_low: list[FlightRecord], later: list[Leg], r: Reply) -> None:
    """ "Frederick Sturckow has flown ten times counting the US 80 km line, four of them above 100 km: ..." """
    assert p.flights is not None
    high = p.flights + sum(leg.above_100km for leg in later)
    every = p.flights + len(early_low) + len(later)
    by = f" by {day(p.counted_to)}" if p.counted_to else ""
    parts = [f"{_times(p.flights)} above 100 km{by}{_cite(p, r)}"]
    if early_low:
        parts.append("also " + join([f"{f.name} ({day(f.date) if f.date else f.year})" for f in early_low])
                     + ", above 80 km but not 100 km")
    parts.append(f"since then {_later_legs(later, r)}")
    r.lines.append(f"{p.name} has flown {_times(every)} counting {US_LINE}, {_times(high)} above 100 km: "
                   + "; ".join(parts) + ".")
    lows = [leg.name for leg in later if not leg.above_100km]
    if lows:
        r.lines.append(f"Above 80 km but not 100 km: {join(lows)}.")


def _flights_by_line(p: Person, n: Tally, r: Reply) -> None:
    """ "X flew three times, counting the US 80 km (50-mile) line; above 100 km, once", from the entry's list."""
    if n.above_80 == n.above_100:
        line = " (all above 100 km)" if any(f.line for f in records_of(p.flown)) else ""
        r.lines.append(f"{p.name} flew {_times(n.above_80)} in my records{line}{_cite(p, r)}.")
    else:
        high = f"{_times(n.above_100)}" if n.above_100 else "never"
        r.lines.append(f"{p.name} flew {_times(n.above_80)} in my records, counting {US_LINE}{_cite(p, r)}; "
                       f"above 100 km, {high}.")


def _times(n: int) -> str:
    return {1: "once", 2: "twice"}.get(n, f"{number_word(n)} times")


def _all_in_records(a: Ask, p: Person) -> bool:
    """Whether the mission records hold every flight of the person (then they answer, flight by flight):
    as many flights that reached space by the date the entry's count was made as it counts."""
    if not p.missions or p.flights is None:  # an entry without a count: every flight it lists is a mission
        return bool(p.missions) and all(f.mission for f in records_of(p.flown) if f.reached_space)
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
