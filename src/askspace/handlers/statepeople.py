"""How many people, and which, flew in space for a state: "How many Chinese astronauts have flown?", "Give me all
taikonauts".

Counted over the people entries (``knowledge/people``): a person counts for a state when the state is one of the
``nationalities`` they flew for and one of their flights reached space (the US 80 km line, as for every count of
people). A Soviet cosmonaut who later flew for Russia counts for both; the answer names the state asked.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from askspace.compose import day, number_word, plural
from askspace.flightlog import records_of
from askspace.handlers.base import Ask, Reply
from askspace.model import KnowledgeBase, Person
from askspace.spacelines import US_LINE

_LISTED = 30  # people named one by one up to this many
_IMPLIED = {"taikonaut": "china", "taikonauts": "china", "spationaut": "france", "spationauts": "france"}
"""A word that names the state when none is named ("cosmonauts" does not: Soviet, Russian or both)."""
AGENCY = ("I count people by the country they flew for, not by an agency's astronaut corps; ask, for example, "
          "\"How many Americans have flown in space?\"")
_COUNTING = ("how many", "number of")


class First(NamedTuple):
    """A person's first flight that reached space, dated by its mission when the records have it."""

    flight: str
    on: dt.date | None
    year: int

    @property
    def order(self) -> dt.date:
        """When it flew, for ordering: a flight known only by its year goes at that year's end."""
        return self.on or dt.date(self.year, 12, 31)


def _first(kb: KnowledgeBase, p: Person) -> First | None:
    """The launch date of a linked mission wins over the entry's year (the Astronaut database gives Shenzhou 5 as
    2005; it flew in 2003)."""
    firsts = []
    for f in records_of(p.flown):
        if f.reached_space:
            m = kb.missions.get(f.mission) if f.mission else None
            on = m.launch if m is not None else f.date
            firsts.append(First(f.name, on, on.year if on else f.year))
    return min(firsts, key=lambda f: f.order) if firsts else None


def _names_agency(a: Ask) -> bool:
    """The question names an agency (ESA, or NASA read as the United States) rather than a country."""
    agency_names = {w.casefold() for g in a.kb.agencies.values() for w in (g.name, *g.aliases)}
    return any(m.kind == "state" and (m.text in agency_names or (m.ids[0] in a.kb.states and
                                                                 a.kb.states[m.ids[0]].kind == "agency"))
               for m in a.q.mentions)


def state_people(a: Ask) -> Reply:
    """The people who flew for the state the question names (or implies: "taikonauts"), in order of first flight."""
    if _names_agency(a):  # "How many astronauts does NASA have?" asks for a corps, not a nation's flyers
        return a.reply([AGENCY], understood=False)
    states = a.said_states or [s for w, s in _IMPLIED.items() if w in a.q.words][:1]
    if not states:
        return a.reply(["Which country's astronauts do you mean? For example \"How many Chinese astronauts have "
                        "flown?\""], clarify=True)
    state = states[0]
    flown = [(f, p) for p in a.kb.people.values() if state in p.nationalities and (f := _first(a.kb, p)) is not None]
    flown.sort(key=lambda fp: (fp[0].order, fp[1].name))
    name = a.kb.states[state].short if state in a.kb.states else state
    r = a.reply([], states=[state], bodies=["earth"])
    if not flown:
        r.lines.append(f"None: no one flew in space for {name} in my records (to {day(a.kb.as_of)}).")
        return r
    n = len(flown)
    counting = any(a.q.has(p) for p in _COUNTING)
    head = f"{number_word(n, capital=True)} {plural(n, 'person', 'people')} flew in space for {name} in my records"
    others = sorted({s for _, p in flown for s in p.nationalities if s != state})
    single = len(flown[0][1].nationalities) == 1  # "the first" for Russia is not a Soviet cosmonaut's first flight
    shown = flown[:_LISTED] if not counting or n <= 12 else flown[:1] if single else []
    people = [f"{p.name} ({f.flight}, {f.year}){r.citations.add(p.sources[0])}" for f, p in shown]
    more = f" and {n - _LISTED} more" if n > len(shown) > 1 else ""
    r.lines.append(f"{head}, in order of their first flight: {', '.join(people)}{more}." if len(shown) > 1
                   else f"{head}; the first was {people[0]}." if shown else f"{head}.")
    if others:
        also = [a.kb.states[s].short if s in a.kb.states else s for s in others]
        k = sum(len(p.nationalities) > 1 for _, p in flown)
        which = "; a first flight shown is their first flight for any country" if shown else ""
        r.lines.append(f"{number_word(k, capital=True)} of them also flew for {', '.join(also)}{which}.")
    r.lines.append(f"Counted: each person once, when {name} is among the countries they flew for and a flight of "
                   f"theirs reached space ({US_LINE}), over the people entries of my records (to {day(a.kb.as_of)}); "
                   "my records of orbital crews after January 2020 may be incomplete.")
    return r
