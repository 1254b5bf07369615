"""Quiz clues that ask for a person: the one person who fits every fact the clue states.

The facts come from ``askspace.clues``: the flights and craft the clue names ("his Aurora 7 capsule": Scott
Carpenter), the people named beside the answer ("He teamed with Collins & Armstrong": a person who flew with each),
a role, a date, a given name or nickname ("this moon-walking man named Edwin"), a program ("this Apollo
astronaut"), a state ("this Russian woman") and, for "she" or "he" with nothing else named, the year of a flight
("in 1983 became the first American woman in space"). A clue that several people fit, or none, is not answered.
"""

from __future__ import annotations

from askspace import cluedates, compose, flightlog, roles, spacerank
from askspace.clues import Clue, _flights, _only, _reply, program_of
from askspace.compose import Citations, day
from askspace.flightlog import FlightRecord
from askspace.handlers.base import Reply
from askspace.model import KnowledgeBase, Person


def _named(person: Person, name: str) -> bool:
    """Whether a person's name or one of their other names begins with a given name: "Edwin Aldrin"."""
    return any(n.split()[0] == name for n in (person.name, *person.aliases) if n)


def _flew_for(kb: KnowledgeBase, person: Person, said: tuple[str, ...]) -> bool:
    return any(s in said or any(kb.states[x].successor == s for x in said if x in kb.states)
               for s in person.nationalities)


def _nth(kb: KnowledgeBase, clue: Clue, cite: Citations) -> Reply | None:
    """ "This 1st U.S. astronaut in space", "this first American to orbit the Earth": the person whose first flight
    to space (or to orbit) was the nth of those of their state (and sex), by launch date; a place that several
    people share (one flight) or a flight without a date in the records before it is not answered."""
    orbital = not {"orbit", "orbited", "orbiting"}.isdisjoint(clue.words)
    states = clue.own_states or clue.states
    if clue.ordinal is None or not states or not (orbital or "space" in clue.words):
        return None
    people = [who for who in kb.people.values() if who.flown and clue.sex in (None, who.sex)
              and all(_flew_for(kb, who, said) for said in states)]
    places = spacerank.ranked(kb, people, orbital=orbital, karman=True)
    place = spacerank.at(places, clue.ordinal)
    order = [u for p in places for u in p]
    if place is None or len(place) > 1 or place[0].on is None \
            or not spacerank.certain(order, order.index(place[0]), order.index(place[0]) + 1):
        return None  # a place several people share (one flight), or one a flight dated by its year could take
    up = place[0]
    found = up.person
    state = compose.join([compose.state_name(kb, s) for s in found.nationalities])
    rank = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth"}[clue.ordinal]
    to = "to orbit" if orbital else "in space"
    return _reply(kb, f"{found.name}: the {rank} person of {state} {to}, on {up.flight} ({day(up.on)})", [found],
                  cite, up.mission)


def _aged(kb: KnowledgeBase, who: Person, age: int, years: tuple[int, ...] = ()) -> bool:
    """Whether a person flew at an age (in one of the years, when given): from the birth date and the launch date
    where both are known."""
    if who.born is None or not who.flown:
        return False
    for f in _flights(who, years):
        launch = f.date or (kb.missions[f.mission].launch if f.mission in kb.missions else None)
        if launch is not None and launch.year - who.born.year - (
                (launch.month, launch.day) < (who.born.month, who.born.day)) == age:
            return True
    return False


def person(kb: KnowledgeBase, clue: Clue, people: list[Person], flown: dict[str, tuple[FlightRecord, ...]],
           cite: Citations) -> Reply | None:
    """The one crew member of every named flight and alongside every named person, whom the clue does not name."""
    crafted = tuple(kb.craft[c].missions[0] for c in clue.craft if len(kb.craft[c].missions) == 1)
    missions = tuple(dict.fromkeys([*clue.missions, *crafted]))
    groups = [{c.person for c in kb.missions[m].crew if c.person} for m in missions]
    by_name = {n: p.id for p in kb.people.values() for n in (p.name, *p.aliases) if n}
    flown_in = [kb.craft[c] for c in clue.craft if not kb.craft[c].missions and kb.craft[c].crew in by_name]
    groups += [{by_name[str(c.crew)]} for c in flown_in]  # "his Aurora 7 capsule": Scott Carpenter flew it
    if clue.role and len(clue.missions) == 1:  # "As commander of the Apollo 11 mission, he ..."
        groups.append({c.person for c in roles.holders(kb.missions[clue.missions[0]], clue.role) if c.person})
    if dated := cluedates.missions_on(kb, clue.dates, clue.events):
        groups.append({c.person for m in dated for c in m.crew if c.person})
    for p in people:  # someone who flew with each person named
        shared = {(f.name, f.year) for f in flown[p.id]}
        groups.append({o.id for o in kb.people.values() if o.flown
                       and any((f.name, f.year) in shared for f in _flights(o, clue.years))})
    for name in clue.names:  # "this moon-walking man named Edwin"
        groups.append({o.id for o in kb.people.values() if _named(o, name)})
    if clue.age is not None:  # "He was 77 when he returned to space": someone who flew at that age
        groups.append({o.id for o in kb.people.values() if _aged(kb, o, clue.age, clue.years)})
    if not groups and clue.ordinal is not None and clue.ordinal > 0:  # "this 1st U.S. astronaut in space"
        return _nth(kb, clue, cite)
    by_year = not groups and clue.sex is not None and bool(clue.years)
    if by_year:  # "in 1983 she became the first American woman in space"
        groups.append({o.id for o in kb.people.values() if o.sex == clue.sex and _flights(o, clue.years)})
    if not groups:
        return None
    fits = set.intersection(*groups) - set(clue.people)
    fits = {p for p in fits if p in kb.people and (clue.sex is None or kb.people[p].sex == clue.sex)}
    if clue.programs and (clue.names or by_year):  # "this Apollo astronaut": one who flew in the program
        fits = {p for p in fits if any(program_of(kb, f) in clue.programs for f in _flights(kb.people[p], ()))}
    if clue.names or by_year:
        for states in clue.states:
            fits = {p for p in fits if _flew_for(kb, kb.people[p], states)}
        fits = {p for p in fits if all(y >= (kb.people[p].born_year or 0) for y in clue.years)}
    answer = _only(fits, "people", lambda p: kb.people[p].name)
    if answer is None:
        return None
    found = kb.people[answer]
    on_day = [m for m in dated if m.id not in missions and any(c.person == answer for c in m.crew)]
    landed = "land" in clue.events
    as_role = f" as its {clue.role}" if clue.role and len(clue.missions) == 1 else ""
    along = [kb.missions[m].name + as_role for m in missions] + [
        f"{c.first_flight.flight} ({c.name})" if c.first_flight else c.name for c in flown_in] + [
        f"{m.name} ({'landed' if landed else 'launched'} {day(m.landing.date if landed and m.landing else m.launch)})"
        for m in on_day]
    if by_year:
        along += [f"{f.label} ({f.year})" for f in _flights(found, clue.years)]
    if clue.age is not None:
        along += [f"{f.label} ({f.year}) at {clue.age}" for f in _flights(found, ()) if _aged(
            kb, found._replace(flown=flightlog.pack((f,))), clue.age)]
    together = [f.label for f in _flights(found, clue.years)
                if people and all((f.name, f.year) in {(g.name, g.year) for g in flown[p.id]} for p in people)]
    with_ = [compose.join([p.name for p in people]) + (f" on {compose.join(together)}" if together else "")]
    with_ = with_ if people else []
    said = ([f"flew on {compose.join(along)}"] if along else []) + ([f"flew with {compose.join(with_)}"]
                                                                    if with_ else [])
    said += [f"is called {name}" + (f" ({n})" if n != found.name else "") for name in clue.names
             for n in [next(n for n in (found.name, *found.aliases) if n and n.split()[0] == name)]]
    if (clue.names or by_year) and clue.states:
        said.append(f"flew for {compose.join([compose.state_name(kb, s) for s in found.nationalities])}")
    if clue.programs and (clue.names or by_year):
        said += [f"flew in {compose.join([f.name for f in _flights(found, ()) if program_of(kb, f) in clue.programs])}"]
    pronoun = {"female": "she", "male": "he"}.get(found.sex, "they")
    besides = " besides those the clue names" if people else ""
    return _reply(kb, f"{found.name}: {pronoun} {' and '.join(said)}, the only one in my records{besides}",
                  [found], cite, *missions, *(m.id for m in on_day))
