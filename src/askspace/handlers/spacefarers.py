"""How many people reached space, by the line their flights crossed, on all flights or on one suborbital craft.

Counted over the people entries (``knowledge/people``): a person reached space by the US line (50 miles,
about 80 km) when one of their flights reached space, and by the 100 km Karman line when one of them is
orbital or marked ``line: 100km`` (askspace.spacelines). The craft a question names ("X-15", "New
Shepard") are the intent's ``craft <phrase>`` params, ``"<label>=<flight-name prefix>|<prefix>"``: a
flight is on that craft when its name starts with one of the prefixes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import NamedTuple

from askspace.compose import day, join, number_word, plural
from askspace.flightlog import FlightRecord, records_of
from askspace.handlers.base import Ask, Reply
from askspace.model import Person
from askspace.spacelines import KARMAN, US_LINE

_KARMAN = ("karman", "kármán", "100 km", "100 kilometers", "100 kilometres", "62 miles")
_US = ("80 km", "80 kilometers", "80 kilometres", "50 miles", "fifty miles")
_PILOTS = ("pilot", "pilots")
_LISTED = 20  # people named one by one up to this many


class Craft(NamedTuple):
    label: str  # "X-15"
    prefixes: tuple[str, ...]  # "X-15 Flight "

    def flew(self, f: FlightRecord) -> bool:
        return f.name.startswith(self.prefixes)


def crafts(params: Mapping[str, str]) -> dict[str, Craft]:
    """The intent's crafts by the phrase that names them.

    >>> crafts({"craft x 15": "X-15=X-15 Flight ", "mode": "x"})
    {'x 15': Craft(label='X-15', prefixes=('X-15 Flight ',))}
    """
    out = {}
    for key, value in params.items():
        if key.startswith("craft ") and "=" in value:
            label, prefixes = value.split("=", 1)
            out[key.removeprefix("craft ")] = Craft(label, tuple(prefixes.split("|")))
    return out


def _flights(p: Person, craft: Craft | None) -> list[FlightRecord]:
    return [f for f in records_of(p.flown) if f.reached_space and (craft is None or craft.flew(f))]


def spacefarers(a: Ask) -> Reply:
    """ "How many people have been to space?", "How many X-15 pilots crossed 50 miles?"."""
    known = crafts(a.params)
    craft = next((c for phrase, c in known.items() if a.q.has(phrase)), None)
    flown = {p.id: fs for p in a.kb.people.values() if (fs := _flights(p, craft))}
    high = {pid for pid, fs in flown.items() if any(f.above_100km for f in fs)}
    r = a.reply([], bodies=["earth"], states=a.said_states)
    if craft is not None:
        _on_craft(a, craft, flown, high, r)
        return r
    people = a.kb.people
    n, k = len(flown), len(high)
    only = [pid for pid in flown if pid not in high]
    by_craft = {c.label: sum(any(c.flew(f) for f in flown[pid]) for pid in only) for c in known.values()}
    split = join([f"{number_word(m)} on {label} flights" for label, m in by_craft.items() if m])
    database = next((p.sources[0] for p in people.values() if p.counted_to), None)
    cite = r.citations.add(database) if database else ""
    also = f" ({split})" if split else ""
    if _asked_karman(a):
        r.lines.append(f"{number_word(k, capital=True)} people in my records reached space above {KARMAN}{cite}; "
                       f"counting {US_LINE}, {number_word(n)}: {number_word(n - k)} more crossed only that line{also}.")
    else:
        r.lines.append(f"{number_word(n, capital=True)} people in my records reached space, counting {US_LINE}{cite}: "
                       f"{number_word(k)} of them above 100 km and {number_word(n - k)} who crossed only the 80 km "
                       f"line{also}.")
    r.lines.append(f"Counted: each person once, over the people entries of my records (to {day(a.kb.as_of)}): the "
                   "Astronaut database (everyone who flew in space to January 2020, without the X-15 and SpaceShipOne "
                   "pilots), those pilots, and the later orbital and suborbital crews I have; my records of orbital "
                   "crews after January 2020 may be incomplete.")
    return r


def _asked_karman(a: Ask) -> bool:
    return any(a.q.has(w) for w in _KARMAN) and not any(a.q.has(w) for w in _US)


def _cite_all(people: list[Person], r: Reply) -> str:
    return "".join(dict.fromkeys(r.citations.add(p.sources[0]) for p in people))


def _on_craft(a: Ask, craft: Craft, flown: dict[str, list[FlightRecord]], high: set[str], r: Reply) -> None:
    """Who reached space on one craft: each person with their flights, and which crossed 100 km."""
    karman = _asked_karman(a)
    shown = {pid: [f for f in fs if f.above_100km or not karman] for pid, fs in flown.items()}
    people = sorted((a.kb.people[pid] for pid, fs in shown.items() if fs),
                    key=lambda p: (min(_when(f) for f in shown[p.id]), p.name))
    if not people:
        r.lines.append(f"My records have no {craft.label} flights that reached space"
                       + (" above 100 km." if karman else "."))
        r.understood = not flown
        return
    flights = {f.name for p in people for f in shown[p.id]}
    who = "pilot" if any(a.q.has(w) for w in _PILOTS) else "person"
    n = len(people)
    line = f"above {KARMAN}" if karman else f"above {US_LINE}"
    many = "pilots" if who == "pilot" else "people"
    head = (f"{number_word(n, capital=True)} {plural(n, who, many)} flew {craft.label} flights {line} in my records, "
            f"on {number_word(len(flights))} {plural(len(flights), 'flight')}")
    mixed = not karman and len({f.above_100km for p in people for f in shown[p.id]}) > 1
    if n <= _LISTED:
        r.lines.append(f"{head}: " + "; ".join(_person(p, shown[p.id], r, mixed) for p in people) + ".")
    else:
        r.lines.append(f"{head}{_cite_all(people, r)}.")
    if not karman:
        k = sum(p.id in high for p in people)
        r.lines.append("All of them also crossed 100 km." if k == n else
                       f"None of these flights crossed {KARMAN}." if not k else
                       f"Of them, {number_word(k)} also crossed 100 km: "
                       + join([p.name for p in people if p.id in high]) + ".")
    r.lines.append(f"Counted: each person once, the flights of the people entries of my records (to "
                   f"{day(a.kb.as_of)}) whose names are {craft.label} flights.")


def _when(f: FlightRecord) -> tuple[int, str]:
    return (f.year, f.date.isoformat() if f.date else "")


def _person(p: Person, flights: list[FlightRecord], r: Reply, mixed: bool) -> str:
    """ "Joe Walker[2] (X-15 Flight 77 on 17 January 1963 and X-15 Flight 90 above 100 km on 19 July 1963)";
    ``mixed``: some of the craft's flights crossed 100 km and some did not, so those that did say it."""
    return f"{p.name}{r.citations.add(p.sources[0])} (" + join([
        f.name + (" above 100 km" if mixed and f.above_100km else "")
        + (f" on {day(f.date)}" if f.date else f" in {f.year}") for f in flights]) + ")"


def by_sex(a: Ask, sex: str, one: str, many: str) -> Reply:
    """ "How many women have flown in space?": the people entries of one sex who reached space, each once, with
    the first of them; the same rule as :func:`spacefarers` (the US 80 km line, 100 km said apart)."""
    flown = {p.id: fs for p in a.kb.people.values() if p.sex == sex and (fs := _flights(p, None))}
    high = sum(any(f.above_100km for f in fs) for fs in flown.values())
    n = len(flown)
    r = a.reply([], bodies=["earth"])
    if not n:
        r.lines.append(f"None: no {one} reached space in my records.")
        return r
    def launched(f: FlightRecord) -> tuple[int, str]:  # the entry's date, else its mission's: Vostok 1 before Freedom 7
        m = a.kb.missions.get(f.mission) if f.mission else None
        on = f.date or (m.launch if m is not None else None)
        return (f.year, on.isoformat() if on else "9999")

    first_id = min(flown, key=lambda pid: min(launched(f) for f in flown[pid]))
    first, f0 = a.kb.people[first_id], min(flown[first_id], key=launched)
    on = launched(f0)[1]
    when = day(dt.date.fromisoformat(on)) if on != "9999" else str(f0.year)
    r.lines.append(f"{number_word(n, capital=True)} {plural(n, one, many)} in my records reached space, counting "
                   f"{US_LINE}{r.citations.add(first.sources[0])}: {number_word(high)} of them above 100 km and "
                   f"{number_word(n - high)} who crossed only the 80 km line. The first was {first.name} "
                   f"({f0.name}, {when}).")
    r.lines.append(f"Counted: each {one} once, over the people entries of my records (to {day(a.kb.as_of)}): the "
                   "Astronaut database (to January 2020) and the later orbital and suborbital crews I have; my records "
                   "of orbital crews after January 2020 may be incomplete.")
    return r
