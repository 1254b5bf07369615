"""Two named people compared on what their entries hold besides flight totals: who is older (or younger), which
of them flew more than once (or twice), and what a description in the question says of each ("Which ESA
astronaut flew more ..., X or Y?": whether each was in ESA's corps)."""

from __future__ import annotations

from askspace import persons
from askspace.careers import career, flown
from askspace.compose import day, join, number_word, plural
from askspace.handlers.base import Ask, Reply
from askspace.model import Person

OLDER = ("older", "oldest", "younger", "youngest", "born first", "born earlier", "born later", "elder")
_YOUNGER = ("younger", "youngest", "born later")
_TIMES = {"more than once": 1, "more than one flight": 1, "more than one mission": 1, "more than one time": 1,
          "more than twice": 2, "more than two flights": 2, "more than two missions": 2}


def asks_age(a: Ask) -> bool:
    return any(a.q.has(w) for w in OLDER)


def threshold(a: Ask) -> int | None:
    """ "more than once": 1; "more than twice": 2; None when the question asks neither."""
    return next((n for phrase, n in _TIMES.items() if a.q.has(phrase)), None)


def _born(p: Person, r: Reply) -> str:
    if p.born is not None:
        source = persons.birth_source(p)
        return f"{p.name}, born {day(p.born)}{r.citations.add(source) if source else ''}"
    if p.born_year is not None:
        return f"{p.name}, born in {p.born_year}{''.join(r.citations.add(s) for s in p.sources[:1])}"
    return f"{p.name}, no date of birth in my records"


def who_older(a: Ask, people: list[Person]) -> Reply:
    """Which of two people was born first (older) or last (younger), by full dates, else by different years."""
    p1, p2 = people[:2]
    if "when" in a.q.words or a.q.has("at launch") or a.q.has("at the time"):  # an age on a flight, not a birth
        return _older_on_flight(a, p1, p2)
    r = a.reply([], states=list(p1.nationalities[:1]), bodies=["earth"])
    shown = f"{_born(p1, r)}; {_born(p2, r)}"
    dated = p1.born is not None and p2.born is not None
    if not dated and (p1.born_year is None or p2.born_year is None or p1.born_year == p2.born_year):
        r.lines.append(f"I cannot tell who is older: {shown}.")
        r.understood = False
        return r
    k1, k2 = (p1.born, p2.born) if dated else (p1.born_year, p2.born_year)
    if k1 == k2:
        r.lines.append(f"Neither: they were born on the same day: {shown}.")
        return r
    elder, junior = (p1, p2) if k1 < k2 else (p2, p1)  # type: ignore[operator]
    if any(a.q.has(w) for w in _YOUNGER):
        r.lines.append(f"{junior.name} is the younger: {shown}.")
    else:
        r.lines.append(f"{elder.name} is the older: {shown}.")
    r.lines.append("Compared: the dates of birth in the people's entries." if dated else
                   "Compared: the years of birth in the people's entries (my records do not have both full dates).")
    return r


def _older_on_flight(a: Ask, p1: Person, p2: Person) -> Reply:
    """ "Who was older when they flew?": the age on the launch day of each one's first flight, in days."""
    firsts = [flown(career(a.kb, p))[:1] for p in (p1, p2)]
    legs = [f[0] if f else None for f in firsts]
    if any(p.born is None for p in (p1, p2)) or any(leg is None or leg.date is None for leg in legs):
        return a.reply([f"My records do not have both full dates of birth and both launch dates, so I cannot say "
                        f"which of {p1.name} and {p2.name} was older when they flew."], understood=False)
    r = a.reply([], states=list(p1.nationalities[:1]), bodies=["earth"])
    ages = []
    for p, leg in zip((p1, p2), legs, strict=True):
        assert p.born is not None and leg is not None and leg.date is not None
        years = leg.date.year - p.born.year - ((leg.date.month, leg.date.day) < (p.born.month, p.born.day))
        source = persons.birth_source(p)
        cite = (r.citations.cite(leg.mission) if leg.mission else "") + (r.citations.add(source) if source else "")
        ages.append(((leg.date - p.born).days, f"{p.name}, aged {years} on {leg.label} ({day(leg.date)}; born "
                                               f"{day(p.born)}){cite}"))
    if ages[0][0] == ages[1][0]:
        r.lines.append(f"Neither: they were the same age to the day: {ages[0][1]}; {ages[1][1]}.")
    else:
        lead = p1 if ages[0][0] > ages[1][0] else p2
        gap = abs(ages[0][0] - ages[1][0])
        r.lines.append(f"{lead.name} was older when they flew, by {gap} {plural(gap, 'day')}: {ages[0][1]}; "
                       f"{ages[1][1]}.")
    r.lines.append("Compared: the age on the launch day of each one's first flight.")
    return r


def more_than(a: Ask, people: list[Person], times: int) -> Reply:
    """Which of the people flew more than ``times`` times: the flights that reached space in their entries."""
    counts = [(p, len(flown(career(a.kb, p)))) for p in people[:2]]
    r = a.reply([], states=list(people[0].nationalities[:1]), bodies=["earth"])
    if any(n == 0 for _, n in counts):
        missing = [p.name for p, n in counts if n == 0]
        r.lines.append(f"My records do not have {join(missing)}'s flights, so I cannot tell.")
        r.understood = False
        return r
    shown = "; ".join(f"{p.name}, {number_word(n)} {plural(n, 'flight')}"
                      f"{''.join(r.citations.add(s) for s in p.sources)}" for p, n in counts)
    done = [p.name for p, n in counts if n > times]
    said = {1: "more than once", 2: "more than twice"}[times]
    if len(done) == 1:
        r.lines.append(f"{done[0]} flew to space {said}: {shown}.")
    elif done:
        r.lines.append(f"Both flew to space {said}: {shown}.")
    else:
        r.lines.append(f"Neither flew to space {said}: {shown}.")
    r.lines.append("Counted: flights that reached space, as the people's entries list them, and their later "
                   "flights in my records.")
    return r


def described(a: Ask, people: list[Person], r: Reply) -> None:
    """ "Which ESA astronaut ...": a line on whether each person fits the state or agency the question names."""
    from askspace.handlers.peoplecheck import AGENCY_WORDS, agency_finding

    mentions = a.q.of_kind("state")
    agency = AGENCY_WORDS.get(mentions[0].text.casefold()) if mentions else None
    if agency is None:
        return
    found = [agency_finding(a, p, agency, r) for p in people]
    r.lines.append(f"{agency}: " + "; ".join(f.why for f in found) + ".")
