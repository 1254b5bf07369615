"""A person's age on the flights their entry dates (flights that no mission of the records is).

"How old was Jessica Watkins when she flew?" is answered from her entry's dated flight and birth
date; the flights of the mission records are answered with their missions (``handlers.persons``).
"""

from __future__ import annotations

from askspace import launchages
from askspace.compose import day, join, possessive
from askspace.handlers.base import Ask, Reply
from askspace.model import Person
from askspace.persons import birth_source


def dated_ages(a: Ask, p: Person, r: Reply) -> list[str]:
    """ "33 on SpaceX Crew-4 (launched 27 April 2022)[1]" for each of the entry's dated flights."""
    return [f"{x.age} on {x.label} (launched {day(x.day)})" + "".join(r.citations.add(s) for s in x.sources())
            for x in launchages.of_person(a.kb, p)]


def ages_on_dated_flights(a: Ask, p: Person, r: Reply) -> bool:
    """The person's age on each dated flight of their entry, with the birth date's source; False when none."""
    if p.born is None and p.born_year and launchages.of_person(a.kb, p):  # the flights are dated, the birth not
        year = "".join(r.citations.add(s) for s in p.sources[-1:])  # the entry's own page comes last
        flights = join([f"{x.label} (launched {day(x.day)})" + "".join(r.citations.add(s) for s in x.sources())
                        for x in launchages.of_person(a.kb, p)])
        his = "her" if p.woman else "his"
        r.lines.append(f"My records give only the year of {possessive(p.name)} birth, {p.born_year}{year}, so I "
                       f"cannot give {his} exact age on {flights}.")
        return True
    ages = dated_ages(a, p, r) if p.born else []
    if not ages:
        return False
    source = birth_source(p)
    born = r.citations.add(source) if source else ""
    r.lines.append(f"{p.name} was aged {join(ages)}; born {day(p.born)}{born}.")
    undated = [leg for leg in launchages.career(a.kb, p) if leg.reached_space and not leg.date]
    if undated:
        r.lines.append(f"My records have only the years of {possessive(p.name)} other flights "
                       f"({join([f'{leg.name}, {leg.year}' for leg in undated])}), so no age on them.")
    return True
