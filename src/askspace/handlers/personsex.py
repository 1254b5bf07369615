"""A named person's sex, as the people data records it ("what is John Glenn's biological sex?")."""

from __future__ import annotations

from askspace.handlers.base import Ask, Reply
from askspace.handlers.biography import person_of
from askspace.handlers.persons import people_asked


def person_sex(a: Ask) -> Reply:
    """The sex of the person named, from their entry (every entry records one)."""
    names = people_asked(a)
    person = person_of(a, names[0]) if names else None
    if person is None or not person.sex:
        return a.reply(["Whom do you mean? Name the astronaut, for example \"John Glenn\"."], clarify=True)
    r = a.reply([], states=list(person.nationalities[-1:]))
    cite = "".join(r.citations.add(s) for s in person.sources)
    r.lines.append(f"{person.name} {'was' if person.died else 'is'} {person.sex}{cite}.")
    return r
