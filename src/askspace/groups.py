"""Astronaut and cosmonaut selection groups (``astronaut_groups:``): who was chosen together, when and how many.

A group's members are ids of ``people`` (``members`` when the sources name them all, ``notable`` for a few of a
large group) and names of those who never flew (``member_names``). A person whose entry names no group is
matched through ``selections``: the spellings the people files use for the group, read with its year.

>>> from askspace.fields import DataError, Problems
>>> errors: list[DataError] = []
>>> raw = {"id": "g", "name": "G", "state": "usa", "date": "1959-13", "sources": []}
>>> parse_group(raw, Problems("g.yaml", errors), "x")
>>> for e in errors: print(e)
g.yaml: x.date: '1959-13' is not a date (write YYYY, YYYY-MM or YYYY-MM-DD)
g.yaml: x.sources: a group needs at least one source
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

from askspace import model
from askspace.fields import Problems, _describe, _entry, _opt, _sources, _text, _text_list
from askspace.history import HistoryDate

GROUP_KEYS = {"id": True, "name": True, "nickname": False, "aliases": False, "state": True, "agency": False,
              "order": False, "date": True, "selected": False, "selected_counted": False, "members": False,
              "member_names": False, "notable": False, "selections": False, "notes": False, "sources": True,
              "transfer": False, "never_members": False}


class AstronautGroup(NamedTuple):
    """One selection group: "NASA Astronaut Group 1", the Mercury Seven, 9 April 1959, 7 selected."""

    id: str
    name: str
    nickname: str | None
    aliases: tuple[str, ...]
    state: str
    agency: str | None
    order: int | None  # its place in the agency's series: 1 for NASA's first group
    date: HistoryDate
    selected: int | None
    selected_counted: str | None  # what the number includes, when more than the agency's own astronauts
    members: tuple[str, ...]  # person ids
    member_names: tuple[str, ...]
    notable: tuple[str, ...]  # person ids
    selections: tuple[str, ...]
    notes: tuple[str, ...]
    sources: tuple[model.Source, ...]
    transfer: bool = False  # members moved into the agency's corps from other corps: not a selection
    never_members: tuple[str, ...] = ()  # person ids the sources name as never in the agency's corps

    @property
    def complete(self) -> bool:
        """The members listed are the whole group."""
        return self.selected is not None and len(self.members) + len(self.member_names) == self.selected

    def title(self) -> str:
        """ "the Mercury Seven (NASA Astronaut Group 1)" or "NASA Astronaut Group 9"."""
        return f"{self.nickname} ({self.name})" if self.nickname else self.name


def _whole(value: Any, p: Problems, path: str) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    p.add(path, f"expected a whole number above 0, got {_describe(value)}")
    return None


def parse_group(raw: Any, p: Problems, path: str) -> AstronautGroup | None:
    """An ``astronaut_groups:`` entry, or None after reporting what is wrong."""
    m, group_id = _entry(raw, GROUP_KEYS, p, path)
    if m is None or group_id is None:
        return None
    name = _opt(m, "name", _text, p, path)
    state = _opt(m, "state", _text, p, path)
    date = HistoryDate.parse(m["date"], p, f"{path}.date") if m.get("date") is not None else None
    sources = _opt(m, "sources", _sources, p, path) or ()
    if m.get("sources") is not None and not sources:
        p.add(f"{path}.sources", "a group needs at least one source")
    if name is None or state is None or date is None or not sources:
        return None
    texts = {k: _opt(m, k, _text_list, p, path) or () for k in
             ("aliases", "members", "member_names", "notable", "selections", "notes", "never_members")}
    transfer = m.get("transfer", False)
    if not isinstance(transfer, bool):
        p.add(f"{path}.transfer", f"expected true or false, got {_describe(transfer)}")
    return AstronautGroup(group_id, name, _opt(m, "nickname", _text, p, path), texts["aliases"], state,
                          _opt(m, "agency", _text, p, path), _opt(m, "order", _whole, p, path), date,
                          _opt(m, "selected", _whole, p, path), _opt(m, "selected_counted", _text, p, path),
                          texts["members"], texts["member_names"], texts["notable"], texts["selections"],
                          texts["notes"], sources, transfer is True, texts["never_members"])


def check_groups(groups: dict[str, tuple[AstronautGroup, str]], states: dict[str, Any], people: dict[str, Any],
                 err: Callable[[str, str], None]) -> None:
    """States and people exist, counts hold the members named, and no order is used twice by one state."""
    orders: dict[tuple[str, int], str] = {}
    names: dict[str, str] = {}
    for g, where in groups.values():
        for alias in {n.casefold() for n in (g.name, g.nickname or "", *g.aliases) if n}:
            other = names.setdefault(alias, g.id)
            if other != g.id:
                err(f"{where}.aliases", f"{alias!r} also names group {other!r}")
        if g.state not in states:
            err(f"{where}.state", f"unknown state {g.state!r} (see states.yaml)")
        for key in ("members", "notable", "never_members"):
            for person in getattr(g, key):
                if person not in people:
                    err(f"{where}.{key}", f"unknown person {person!r}; use an id of knowledge/people or member_names")
        if g.selected is not None and len(g.members) + len(g.member_names) > g.selected:
            err(f"{where}.selected", f"{g.selected} selected but {len(g.members) + len(g.member_names)} members named")
        if g.order is not None:
            other = orders.setdefault((g.state, g.order), g.id)
            if other != g.id:
                err(f"{where}.order", f"order {g.order} of {g.state} is also {other!r}'s")


def group_of(kb: model.KnowledgeBase, person: model.Person) -> AstronautGroup | None:
    """The group a person was selected in: named in a group, else by the spelling and year of their selection
    (the same year, or the next for a group announced at a year's end)."""
    groups = [g for g in kb.astronaut_groups.values() if not g.transfer]
    for g in groups:
        if person.id in g.members or person.id in g.notable:
            return g
    selection = person.selection
    if selection is None or selection.year is None:
        return None
    for delta in (0, 1):
        for g in groups:
            if selection.group in g.selections and selection.year - g.date.year == delta:
                return g
    return None


def corps_of(kb: model.KnowledgeBase, person: model.Person) -> list[AstronautGroup]:
    """Every group that puts the person in an agency's corps: the selection group, then transfers into corps."""
    chosen = group_of(kb, person)
    moved = [g for g in kb.astronaut_groups.values() if g.transfer and person.id in g.members]
    return ([chosen] if chosen else []) + moved


def never_in(kb: model.KnowledgeBase, person: model.Person, agency: str) -> AstronautGroup | None:
    """A group of the agency whose sources name the person as never in its corps."""
    return next((g for g in kb.astronaut_groups.values() if g.agency == agency and person.id in g.never_members),
                None)


def members(kb: model.KnowledgeBase, group: AstronautGroup) -> list[str]:
    """The names of the members the records know: those listed, then people matched by their selection."""
    named = [kb.people[i].name for i in group.members if i in kb.people] + list(group.member_names)
    if group.complete:
        return named
    listed = set(group.members) | set(group.notable)
    known = [kb.people[i].name for i in group.notable if i in kb.people]
    known += sorted(p.name for p in kb.people.values()
                    if p.id not in listed and p.selection and group_of(kb, p) == group)
    return list(dict.fromkeys(named + known))


def export_groups(kb: model.KnowledgeBase) -> list[dict[str, Any]]:
    """The groups for ``--export-knowledge``."""
    from askspace.export import source_dict

    return [{"id": g.id, "name": g.name, "nickname": g.nickname, "aliases": list(g.aliases), "state": g.state,
             "agency": g.agency, "order": g.order, "date": g.date.iso(), "selected": g.selected,
             "selected_counted": g.selected_counted, "members": list(g.members), "member_names": list(g.member_names),
             "notable": list(g.notable), "notes": list(g.notes), "sources": [source_dict(s) for s in g.sources],
             "transfer": g.transfer, "never_members": list(g.never_members)}
            for g in kb.astronaut_groups.values()]
