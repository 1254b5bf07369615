"""Which space agency a named astronaut belongs to: the agency of the selection group that chose them.

"What space agency does Terry Virts work for?", "From what space agency is Paul Weitz?". The people data
records each person's selection; the astronaut groups (knowledge/astronaut_groups.yaml) name the agency that
announced each group. The answer is that agency, with the group as its reason; a person whose group is not
among the groups, or a group without an agency, is not answered (a nationality is not an agency).
"""

from __future__ import annotations

from askspace.groups import group_of
from askspace.handlers.base import Ask, Reply
from askspace.handlers.biography import person_of
from askspace.handlers.persons import people_asked


def person_agency(a: Ask) -> Reply:
    """The agency that selected the person named, and the group it selected them in."""
    names = people_asked(a)
    person = person_of(a, names[0]) if names else None
    if person is None:
        return a.reply(["Whom do you mean? Name the astronaut, for example \"Terry Virts\"."], clarify=True)
    group = group_of(a.kb, person)
    if group is None or not group.agency:
        return Reply([f"My records do not say which space agency selected {person.name}."], understood=False)
    r = a.reply([], states=[group.state])
    cite = "".join(a.citations.add(s) for s in group.sources[:1])
    r.lines.append(f"{person.name} was selected by {group.agency}, in {group.title()}, announced "
                   f"{'on' if group.date.day else 'in'} {group.date.text()}{cite}.")
    r.lines.append("Read from the selection group: the agency that chose them (a later move to another agency is "
                   "not followed).")
    return r
