"""A person's flights from the people data, and two people compared: who flew first, who flew more
(Shuttle) missions, made more spacewalks or spent longer in space.

Each answer states its rule: the entry's flights as its source lists them to the date they are
counted to (the Astronaut database: 15 January 2020), and the later flights the mission records
hold. A figure the records lack is said to be missing, and then nothing is compared.
"""

from __future__ import annotations

from typing import NamedTuple

from askspace.careers import Leg, career, flown
from askspace.compose import day, join, number_word, plural, possessive
from askspace.handlers.base import Ask, Reply
from askspace.model import Person
from askspace.persons import Duration
from askspace.spacelines import US_LINE, crossed

_FIRST = ("first flight", "first mission", "first spaceflight", "first trip", "first time")
_LAST = ("last flight", "last mission", "latest flight", "latest mission", "final flight", "final mission",
         "most recent flight", "most recent mission", "last spaceflight", "last time")
_SHUTTLE = ("shuttle", "sts")
_WALKS = ("spacewalk", "spacewalks", "space walk", "space walks", "eva", "evas")
_TIME = ("longer", "more time", "most time", "time in space", "days in space", "hours in space")
_EARLIER = ("first", "earlier", "sooner")


def _people(a: Ask) -> list[Person]:
    from askspace.handlers.persons import people_asked

    by_name = {p.name: p for p in a.kb.people.values()}
    return [by_name[n] for n in people_asked(a) if n in by_name]


def _cite(p: Person, r: Reply) -> str:
    return "".join(r.citations.add(s) for s in p.sources)


def _he(p: Person) -> str:
    return "She" if p.woman else "He"


def _leg(leg: Leg, r: Reply) -> str:
    """ "Soyuz TM-31 (Expedition 1), launched 31 October 2000[4], as flight engineer, back on STS-102"."""
    when = f"launched {day(leg.date)}" if leg.date else f"in {leg.year}"
    cite = r.citations.cite(leg.mission) if leg.mission else ""
    role = f", as {leg.role}" if leg.role else ""
    back = f", back on {leg.down}" if leg.down else ""
    line = f", suborbital, {crossed(leg.line)}" if leg.line else ""
    return f"{leg.label}, {when}{cite}{role}{back}{line}"


def _rule(a: Ask, p: Person, legs: list[Leg]) -> str:
    if p.counted_to:
        later = _later_rule([leg for leg in legs if leg.later])
        return (f"Counted: flights that reached space, as the Astronaut database lists them to {day(p.counted_to)} "
                f"(its years, checked against each flight's other crew; launch dates from my mission records where "
                f"they hold the flight){later}.")
    return f"Counted: the flights in my records (to {day(a.kb.as_of)}), from the sources cited; there may be others."


def _later_rule(later: list[Leg]) -> str:
    """ " and the later flights in my mission records", or from the sources the entry cites for them."""
    where = [w for w, found in (("the sources cited", any(leg.listed for leg in later)),
                                ("my mission records", any(not leg.listed for leg in later))) if found]
    if not where:
        return ""
    return " and the later flights " + ("in " if where == ["my mission records"] else "from ") + " and ".join(where)


def _not_reached(p: Person, legs: list[Leg], r: Reply) -> None:
    for leg in legs:
        if not leg.reached_space:
            r.lines.append(f"{_he(p)} was also aboard {_leg(leg, r)}, which did not reach space (not counted as a "
                           "flight).")


def person_flights(a: Ask) -> Reply:
    """Which flights a person made, in order; or their first or last flight."""
    people = _people(a)
    if not people:
        return a.reply(["Whom do you mean? Name the astronaut, for example \"Peggy Whitson\"."], clarify=True)
    p = people[0]
    legs = career(a.kb, p)
    done = flown(legs)
    r = a.reply([], states=list(p.nationalities[-1:]), bodies=["earth"])
    r.use(*(leg.mission for leg in legs if leg.mission))
    if not done:
        r.lines.append(f"My records do not have {possessive(p.name)} flights.")
        r.understood = False
        return r
    if len(done) == 1 and any(a.q.has(w) for w in (*_FIRST, *_LAST)):
        r.lines.append(f"{p.name} flew once{_cite(p, r)}: {_leg(done[0], r)}.")
        r.lines.append(_rule(a, p, legs))
    elif any(a.q.has(w) for w in _FIRST):
        r.lines.append(f"{possessive(p.name)} first flight{_cite(p, r)} was {_leg(done[0], r)}.")
        r.lines.append(_rule(a, p, legs))
    elif any(a.q.has(w) for w in _LAST):
        r.lines.append(f"{possessive(p.name)} last flight in my records{_cite(p, r)} was {_leg(done[-1], r)}.")
        r.lines.append(_rule(a, p, legs))
    else:
        flight_list(a, p, r)
    return r


def flight_list(a: Ask, p: Person, r: Reply) -> None:
    """ "X made three flights[1]: A, in 2002, as mission specialist; B, launched ...", and the rule."""
    legs = career(a.kb, p)
    done = flown(legs)
    n, high = len(done), sum(leg.above_100km for leg in done)
    above = f"{number_word(high)} of them" if high else "none of them" if n > 1 else "not"
    by_line = f" counting {US_LINE}, {above} above 100 km" if high < n else ""
    r.lines.append(f"{p.name} made {number_word(n)} {plural(n, 'flight')}{by_line}{_cite(p, r)}: "
                   + "; ".join(_leg(leg, r) for leg in done) + ".")
    _not_reached(p, legs, r)
    r.lines.append(_rule(a, p, legs))


def who_flew_first(a: Ask, people: list[Person]) -> Reply:
    """Which of two people reached space first: by launch dates, or by years when a date is missing."""
    firsts = [(p, flown(career(a.kb, p))[:1]) for p in people]
    missing = [p.name for p, legs in firsts if not legs]
    if missing:
        return a.reply([f"My records do not have {join(missing)}'s flights, so I cannot tell who flew first."],
                       understood=False)
    (p1, (l1,)), (p2, (l2,)) = firsts[0], firsts[1]
    r = a.reply([], states=list(p1.nationalities[:1]), bodies=["earth"])
    r.use(*(leg.mission for leg in (l1, l2) if leg.mission))
    dated = l1.date is not None and l2.date is not None
    k1, k2 = (l1.date, l2.date) if dated else (l1.year, l2.year)
    shown = f"{p1.name} on {_leg(l1, r)}{_cite(p1, r)}; {p2.name} on {_leg(l2, r)}{_cite(p2, r)}"
    if k1 == k2:
        same = "on the same day" if dated else f"in the same year, {l1.year}, and my records do not have both dates"
        r.lines.append(f"Neither can be said to be first: they first flew {same}: {shown}.")
        r.understood = dated
        return r
    lead, other = (p1, p2) if k1 < k2 else (p2, p1)  # type: ignore[operator]
    verdict = ("Yes: " if lead is p1 else "No: ") if "before" in a.q.words and a.q.yes_no else ""
    r.lines.append(f"{verdict}{lead.name} flew first, before {other.name}: {shown}.")
    r.lines.append("Compared: the launch dates of their first flights that reached space." if dated else
                   "Compared: the years of their first flights that reached space, as their entries give them; my "
                   "mission records do not have both launch dates.")
    return r


class _Figure(NamedTuple):
    what: str  # "spacewalks"
    verb: str  # "made more spacewalks"
    tie: str  # "made as many spacewalks"
    value: int | None
    text: str  # "16 spacewalks"


def _figure(a: Ask, p: Person) -> _Figure:
    """The person's figure on the measure the question's words ask for."""
    if any(a.q.has(w) for w in _WALKS):
        n = p.spacewalks
        return _Figure("spacewalks", "made more spacewalks", "made as many spacewalks", n,
                       "no figure" if n is None else f"{number_word(n)} {plural(n, 'spacewalk')}")
    if any(a.q.has(w) for w in _TIME):
        t = p.time_in_space
        return _Figure("time in space", "spent longer in space", "spent as long in space", t,
                       "no figure" if t is None else Duration(t, exact=True).text)
    legs = flown(career(a.kb, p))
    if "space-shuttle" in a.q.ids("program") or any(a.q.has(w) for w in _SHUTTLE):
        n = sum(leg.shuttle for leg in legs)
        return _Figure("Space Shuttle flights", "flew more Space Shuttle missions",
                       "flew as many Space Shuttle missions", n,
                       f"{number_word(n)} Space Shuttle {plural(n, 'flight')}")
    n = len(legs)
    return _Figure("flights", "flew more times", "flew as many times", n if legs else None,
                   f"{number_word(n)} {plural(n, 'flight')}")


def compare_people(a: Ask) -> Reply:
    """Two people on one measure (flights, Shuttle flights, spacewalks, time in space), or who flew first."""
    people = _people(a)
    if len(people) < 2:
        return a.reply(["Whom do you want to compare? Name two astronauts."], clarify=True)
    people = people[:2]
    from askspace.handlers import peoplecompare as more

    if more.asks_age(a):
        return more.who_older(a, people)
    if (times := more.threshold(a)) is not None:
        return more.more_than(a, people, times)
    if any(w in a.q.words for w in _EARLIER) and not a.q.has("more") and not a.q.has("longer"):
        return who_flew_first(a, people)
    (p1, f1), (p2, f2) = ((p, _figure(a, p)) for p in people)
    r = a.reply([], states=list(p1.nationalities[:1]), bodies=["earth"])
    r.use(*(leg.mission for p in people for leg in career(a.kb, p) if leg.mission and leg.later))
    shown = f"{p1.name}, {f1.text}{_cite(p1, r)}; {p2.name}, {f2.text}{_cite(p2, r)}"
    if f1.value is None or f2.value is None:
        missing = [possessive(p.name) for p, f in ((p1, f1), (p2, f2)) if f.value is None]
        r.lines.append(f"My records do not have {join(missing)} {f1.what}, so I cannot compare them ({shown}).")
        r.understood = False
        return r
    low = f1.what == "flights" and any(leg.line == "80km" for p in people for leg in career(a.kb, p))
    by_line = f", counting {US_LINE}" if low else ""
    if f1.value == f2.value:
        r.lines.append(f"Neither: {p1.name} and {p2.name} {f1.tie}{by_line}: {shown}.")
    else:
        lead = p1 if f1.value > f2.value else p2
        r.lines.append(f"{lead.name} {f1.verb}{by_line}: {shown}.")
    if low:
        high = [(p, sum(leg.above_100km for leg in flown(career(a.kb, p)))) for p in people]
        r.lines.append("Above 100 km only: " + "; ".join(f"{p.name}, {number_word(n)} {plural(n, 'flight')}"
                                                        for p, n in high) + ".")
    more.described(a, people, r)
    dates = {p.counted_to for p in people}
    to = f"to {day(p1.counted_to)}" if len(dates) == 1 and p1.counted_to else "to the dates their sources give"
    flights = f1.what.endswith("flights")
    rule = "flights that reached space, as the people's entries list them" if flights \
        else "the totals of the people's entries"
    later = flights and any(leg.later for p in people for leg in career(a.kb, p))
    r.lines.append(f"Counted: {rule}, {to}" + (", and their later flights" if later else "") + ".")
    return r
