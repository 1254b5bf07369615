"""Astronaut selection groups: who was in one, how many, when, and which group a person was in.

A group is named by its name, nickname or alias ("the Mercury Seven", "TFNG"), by its place in a state's series
("NASA's first group", "the first Soviet cosmonaut group"), or through a person ("Sally Ride's group"). Counts
say what they counted: the people the agency announced for the group.
"""

from __future__ import annotations

from askspace import compose
from askspace.compose import join
from askspace.groups import AstronautGroup, group_of, members
from askspace.handlers.base import Ask, Reply
from askspace.model import Person
from askspace.parse import ORDINAL_WORDS
from askspace.text import normalise

_ORDINALS = tuple(ORDINAL_WORDS[n] for n in range(1, 11))  # "first" to "tenth", as _NTH
_NTH = ("1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th")
_LISTED = 12  # members shown before "and N more"


def astronaut_group(a: Ask) -> Reply:
    """The group the question names (or the person's group) and what it asks of it."""
    person = _person(a)
    group = _named(a) or _by_order(a)
    if group is None and person is not None:
        group = group_of(a.kb, person)
        if group is None:
            return _selection_only(a, person)
        return _persons_group(a, person, group)
    if group is None:
        return Reply(["My records do not have that group."], understood=False)
    r = a.reply([], states=[group.state])
    cite = "".join(a.citations.add(s) for s in group.sources[:1])
    title = group.title()
    names = members(a.kb, group)
    if a.q.has("how many") or a.q.has("number of"):
        if group.selected is None:
            return Reply([f"My records do not have how many were in {title}."], understood=False)
        r.lines.append(f"{group.selected}: {title}, announced {_on(group)}, had {group.selected} members{cite}.")
        counted = f", {group.selected_counted}" if group.selected_counted else ""
        r.lines.append(f"Counted: everyone {group.agency or 'the agency'} announced for the group{counted}.")
        r.lines.extend(_members_line(group, names))
    elif _asks(a, ("when", "what year", "which year", "what date")):
        r.lines.append(f"{compose.capitalise(title)} was announced {_on(group)}{cite}.")
    else:
        r.lines.append(f"{compose.capitalise(title)}: {_who(group, names)}{cite}.")
        if group.selected is not None:
            r.lines.append(f"Announced {_on(group)}; {group.selected} selected"
                           f"{f' ({group.selected_counted})' if group.selected_counted else ''}.")
        else:
            r.lines.append(f"Announced {_on(group)}.")
    r.lines.extend(group.notes)
    return r


def _persons_group(a: Ask, person: Person, group: AstronautGroup) -> Reply:
    r = a.reply([], states=[group.state])
    cite = "".join(a.citations.add(s) for s in group.sources[:1])
    size = f", {group.selected} selected" if group.selected else ""
    r.lines.append(f"{person.name} was in {group.title()}, announced {_on(group)}{size}{cite}.")
    if person.id not in group.members + group.notable:
        r.lines.append(f"Matched by the selection the astronaut database records for {person.name}: "
                       f"{person.selection.group if person.selection else ''}.")
    r.lines.extend(group.notes)
    return r


def _selection_only(a: Ask, person: Person) -> Reply:
    """A person whose group is not among the groups: their selection as the people data records it."""
    selection = person.selection
    if selection is None:
        return Reply([f"My records do not say which selection group {person.name} was in."], understood=False)
    r = a.reply([])
    cite = "".join(a.citations.add(s) for s in person.sources[:1])
    year = f" in {selection.year}" if selection.year else ""
    r.lines.append(f"{person.name} was selected{year}, in the group the astronaut database calls "
                   f"\"{selection.group}\"{cite}; it is not among the selection groups in my records.")
    return r


def _who(group: AstronautGroup, names: list[str]) -> str:
    if group.complete:
        return f"{join(names)}"
    if not names:
        return "no member in my records"
    shown = names[:_LISTED]
    more = (group.selected or len(names)) - len(shown)
    return f"{', '.join(shown)} and {more} more" if more > 0 else join(shown)


def _members_line(group: AstronautGroup, names: list[str]) -> list[str]:
    if not names:
        return []
    return [f"They were {_who(group, names)}." if group.complete else f"Among them: {_who(group, names)}."]


def _on(group: AstronautGroup) -> str:
    text = group.date.text()
    return f"{'on' if group.date.day else 'in'} {text}"


def _asks(a: Ask, phrases: tuple[str, ...]) -> bool:
    return any(a.q.has(p) for p in phrases)


def _person(a: Ask) -> Person | None:
    for name in a.q.people:
        for p in a.kb.people.values():
            if p.name == name:
                return p
    return None


def _named(a: Ask) -> AstronautGroup | None:
    """The group whose name, nickname or alias the question holds (the longest match)."""
    words = a.q.words
    best: tuple[int, AstronautGroup] | None = None
    for g in a.kb.astronaut_groups.values():
        for alias in (g.name, g.nickname or "", *g.aliases):
            key = normalise(alias).words
            if key and key[0] == "the":
                key = key[1:]
            if not key:
                continue
            found = any(words[i:i + len(key)] == key for i in range(len(words) - len(key) + 1))
            if found and (best is None or len(key) > best[0]):
                best = (len(key), g)
    return best[1] if best else None


def _by_order(a: Ask) -> AstronautGroup | None:
    """ "NASA's first group", "the first Soviet cosmonaut group", "NASA group 8": a state's group by its place."""
    states = a.said_states
    if not states:
        return None
    order = next((i + 1 for i, w in enumerate(_ORDINALS) if w in a.q.words or _NTH[i] in a.q.words), None)
    if order is None:
        words = a.q.words
        order = next((int(words[i + 1]) for i, w in enumerate(words[:-1])
                      if w in ("group", "class") and words[i + 1].isdigit()), None)
    if order is None:  # "ESA's 2022 astronaut group": the state's group of that year, when it had one
        found = [g for g in a.kb.astronaut_groups.values() if g.state in states and g.date.year in a.years]
        return found[0] if len(found) == 1 else None
    return next((g for g in a.kb.astronaut_groups.values() if g.state in states and g.order == order), None)
