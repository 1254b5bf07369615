"""Which missions a count or list question selects, and how its event or outcome test splits them.

The split of a filter set's missions is computed once and remembered on the knowledge base
(``kb.memo``); a question's years or time relation then cut each part by launch date with a
binary search, so a count over tens of thousands of missions costs a few look-ups, not
several passes over all of them.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from itertools import compress, repeat
from operator import attrgetter, eq, ne, not_
from typing import NamedTuple

from askspace import queries
from askspace.compose import day
from askspace.handlers import anchors
from askspace.handlers.base import Ask
from askspace.missionindex import BY_LAUNCH
from askspace.model import KnowledgeBase, Mission
from askspace.queries import having
from askspace.text import normalise

_LAUNCH, _OUTCOME, _TARGET, _ID, _PART_OF, _STATUS = map(
    attrgetter, ("launch", "outcome", "target", "id", "part_of", "status"))
_OUTCOMES = ("success", "partial", "failure")
_THEM = ("them", "those", "these", "of them", "of those", "which one", "which of the two", "either")


class Selection(NamedTuple):
    """Missions chosen by a question's filters, split by its event or outcome test."""

    filters: Filters
    pool: tuple[Mission, ...]
    counted: tuple[Mission, ...]
    partial: tuple[Mission, ...]
    left: tuple[Mission, ...]
    rule: queries.EventRule | None
    noun: str  # "Luna missions", "missions"
    target: str  # "Mars", "the Moon", "their targets"
    window: str  # " in 1971", " before its first Mars launch (...)"
    carried: tuple[Mission, ...] = ()  # craft carried by another mission, counted with it
    tally: tuple[tuple[str, int], ...] = ()  # (outcome, how many of the pool)
    failed_attempts: tuple[Mission, ...] = ()  # of ``left``: landers that tried and did not count
    elsewhere: tuple[Mission, ...] = ()  # of the pool: aimed at another body (as those originals)
    counted_ids: tuple[str, ...] = ()  # ids of ``counted``


class Window(NamedTuple):
    """A question's years and time relation; ``cut`` keeps the missions inside them.

    >>> Window(None, dt.date(1970, 1, 1), True, None).cut(())
    ()
    """

    span: tuple[int, int] | None
    anchor: dt.date | None
    before: bool
    rule: queries.EventRule | None
    floor: dt.date | None = None  # only missions launched after it ("between Apollo 17 and ...")

    @property
    def is_whole(self) -> bool:
        """No years and no time relation: every mission is inside."""
        return self.span is None and self.anchor is None and self.floor is None

    def cut(self, found: Sequence[Mission], by_launch: bool = True) -> tuple[Mission, ...]:
        """The missions of ``found`` in this window; ``by_launch``: ``found`` is in launch order."""
        kept = tuple(found)
        if self.anchor is not None:
            if by_launch:
                i = bisect_left(kept, self.anchor, key=_LAUNCH) if self.before \
                    else bisect_right(kept, self.anchor, key=_LAUNCH)  # "after Apollo 11" is not Apollo 11
                kept = kept[:i] if self.before else kept[i:]
            else:
                kept = tuple(m for m in kept if (m.launch < self.anchor if self.before else m.launch > self.anchor))
        if self.floor is not None:
            floor = self.floor
            kept = kept[bisect_right(kept, floor, key=_LAUNCH):] if by_launch else \
                tuple(m for m in kept if m.launch > floor)
        if self.span is not None:
            first, last = self.span
            if self.rule is None and by_launch:
                kept = kept[bisect_left(kept, dt.date(first, 1, 1), key=_LAUNCH):
                            bisect_left(kept, dt.date(last + 1, 1, 1), key=_LAUNCH)]
            else:
                rule = self.rule
                if by_launch:  # an event comes after its launch: nothing launched later can be inside
                    kept = kept[:bisect_left(kept, dt.date(last + 1, 1, 1), key=_LAUNCH)]
                kept = tuple(m for m in kept
                             if first <= ((rule.when(m) if rule else None) or m.launch).year <= last)
        return kept


def rule_of(a: Ask) -> queries.EventRule | None:
    """The event a count or list is about, or None when it is about launches and outcomes."""
    events = [e for e in a.q.events if e != "launch" and not (e == "orbit" and a.beyond_earth)]
    if events == ["visit"] and a.q.outcome:
        return None  # "missions to the Moon that failed": every launch toward it counts
    if events:
        rule = queries.rule_for(events, a.q.crewed)
        if rule.name == "reach" and not any(a.q.has(w) for w in ("surface", "hit", "ground")):
            return queries.RULES["visit"]  # "missions that reached the Moon": got there in any way
        return rule
    return None


def program_of(a: Ask) -> list[str]:
    """The program asked about; a mission named like its program ("Skylab") stands for it."""
    program = a.q.ids("program")
    if not program:
        program = [m.program for m in _named(a) if m.program and _names_program(a, m)][:1]
    return program


def _named(a: Ask) -> list[Mission]:
    return [a.kb.missions[i] for i in a.q.ids("mission")]


def between_missions(a: Ask) -> list[Mission]:
    """The two missions of "between Apollo 17 and Chang'e 3", in launch order (else none)."""
    named = _named(a)
    return sorted(named, key=BY_LAUNCH) if "between" in a.q.words and len(named) == 2 else []


def _names_program(a: Ask, m: Mission) -> bool:
    """Whether the question's words for ``m`` are also a name of its program ("Skylab", not "Starliner")."""
    program = a.kb.programs.get(m.program or "")
    if program is None:
        return False
    names = {_bare(n) for n in (program.name, *program.aliases)}
    return any(_bare(mention.text) in names for mention in a.q.of_kind("mission") if m.id in mention.ids)


def _bare(name: str) -> str:
    """A program's name without the word "program": "Skylab program" -> "skylab"."""
    return " ".join(w for w in normalise(name).words if w not in ("program", "programme", "missions"))


class Filters(NamedTuple):
    """Everything of a question that decides which missions it selects and how they split.

    Hashable: a selection is remembered on the knowledge base under its filters.
    """

    sources: tuple[str | None, ...]  # the bodies asked about, or (None,) for all
    body: str | None  # the one body named
    states: frozenset[str] = frozenset()
    program: str | None = None
    crewed: bool | None = None
    types: tuple[str, ...] = ()  # "space stations", "telescopes"
    still: bool = False  # "still working": as of the records' date
    rule: str | None = None  # the event rule's name
    outcome: str | None = None  # success or failure, when it decides the split
    named: tuple[str, ...] = ()  # missions named that do not stand for their program ("Starliner")

    @classmethod
    def of(cls, a: Ask) -> Filters:
        rule = rule_of(a)
        program = program_of(a)
        # The outcome splits only launches and failed landing attempts; elsewhere the event decides.
        decides = rule is None or (rule.is_landing and a.q.outcome == "failure")
        named = () if program or len(between_missions(a)) == 2 else tuple(m.id for m in _named(a))
        return cls(tuple(a.bodies) or (None,), a.body, frozenset(a.said_states), program[0] if program else None,
                   a.q.crewed, tuple(a.q.mission_types), a.q.has("still"), rule.name if rule else None,
                   a.q.outcome if decides else None, named)

    @property
    def event(self) -> queries.EventRule | None:
        return queries.RULES[self.rule] if self.rule else None

    @property
    def bodies(self) -> tuple[str, ...]:
        return tuple(b for b in self.sources if b is not None)

    @property
    def split_carried(self) -> bool:
        """A carried craft is part of its carrier's mission, except when counting landings."""
        event = self.event
        return event is None or not event.is_landing

    @property
    def pool_key(self) -> tuple[object, ...]:
        return ("pool", self.sources, self.states, self.program, self.crewed, self.types, self.still,
                self.split_carried, self.named)


def _pool(a: Ask, f: Filters) -> tuple[bool, Sequence[Mission], Sequence[Mission]]:
    """(whether remembered and in launch order, missions matching the filters, carried craft)."""
    named_states = [m for m in a.q.of_kind("state") if m.start >= 0]  # not "them" read as the last state
    if a.context_facts and any(a.q.has(w) for w in _THEM) and not (a.bodies or f.program or named_states):
        found = [a.kb.missions[f] for f in a.context_facts]  # "how many of them worked?"
        if a.q.crewed is not None:
            found = [m for m in found if m.crewed == a.q.crewed]
        return False, *_filtered(a.kb, f, found)
    return True, *pool(a.kb, f)


def pool(kb: KnowledgeBase, f: Filters) -> tuple[tuple[Mission, ...], tuple[Mission, ...]]:
    """(missions matching the filters in launch order, carried craft set apart), remembered."""
    key = f.pool_key
    if key not in kb.memo:
        found = []
        for body in f.sources:
            found += queries.missions(kb, body=body, states=f.states, program=f.program, crewed=f.crewed)
        if f.named:  # "how many crewed flights has Starliner made?": the missions that name means
            found = [m for m in found if m.id in f.named]
        chosen, carried = _filtered(kb, f, found)
        if len(f.sources) != 1:  # one body's missions come sorted already; a mission keeps its first place
            chosen.sort(key=BY_LAUNCH)
        kb.memo[key], kb.memo[(*key, "carried")] = tuple(chosen), tuple(carried)
    return kb.memo[key], kb.memo[(*key, "carried")]


def _filtered(kb: KnowledgeBase, f: Filters, found: list[Mission]) -> tuple[list[Mission], list[Mission]]:
    """(the missions of the kinds asked, each once; craft carried by another mission, set apart)."""
    if f.types:  # "space stations", "telescopes", "companies"
        found = [m for m in found if set(m.kinds) & set(f.types)]
    if f.still:
        found = having(found, _STATUS, "active")
    carried = [m for m in found if m.part_of is not None] if f.split_carried and any(map(_PART_OF, found)) else []
    if carried:
        found = having(found, _PART_OF, None)
    chosen = found if len(set(map(_ID, found))) == len(found) else queries.once_each(kb, found)
    return chosen, list({m.id: m for m in carried}.values())


class Parts(NamedTuple):
    """A pool's split under one question's tests, every part in the pool's order."""

    counted: tuple[Mission, ...]
    partial: tuple[Mission, ...]
    left: tuple[Mission, ...]
    failed_attempts: tuple[Mission, ...]
    tally: tuple[tuple[str, int], ...]  # (outcome, how many of the pool), when no test splits it
    elsewhere: tuple[Mission, ...]  # the originals of pool missions aimed at another body
    targets: frozenset[str]  # the bodies the counted missions (or, if none, the pool) were aimed at
    counted_ids: tuple[str, ...] = ()  # ids of ``counted``, read once (an answer's facts)


def parts(kb: KnowledgeBase, f: Filters, chosen: Sequence[Mission], remember: bool) -> Parts:
    """The split of ``chosen`` (the pool of ``f``, whole when ``remember``), remembered per filters."""
    key = ("parts", f)
    if remember and key in kb.memo:
        return kb.memo[key]  # type: ignore[return-value]
    rule = f.event
    counted, partial, left = split(f, chosen)
    bodies = f.bodies
    attempted = [m for m in left if queries.tried_to_land(m, bodies)] if rule is not None and rule.is_landing else []
    tally: tuple[tuple[str, int], ...] = ()
    if rule is None and not f.outcome:
        outcomes = Counter(map(_OUTCOME, chosen))
        tally = tuple((o, outcomes[o]) for o in _OUTCOMES)
    elsewhere: tuple[Mission, ...] = ()
    if f.body and (rule is None or rule.name == "visit"):
        aimed = tuple(map(kb.missions.__getitem__, map(_ID, chosen)))
        elsewhere = tuple(compress(aimed, map(ne, map(_TARGET, aimed), repeat(f.body))))
    targets = frozenset(map(_TARGET, counted or chosen))
    found = Parts(tuple(counted), tuple(partial), tuple(left), tuple(attempted), tally, elsewhere, targets,
                  tuple(map(_ID, counted)))
    if remember:
        kb.memo[key] = found  # type: ignore[assignment]
    return found


def split(f: Filters, chosen: Sequence[Mission]) -> tuple[list[Mission], list[Mission], list[Mission]]:
    """(counted, partial, left out) under the event and outcome tests of ``f``."""
    rule = f.event
    if rule is not None and rule.is_landing and f.outcome == "failure":
        bodies = f.bodies
        hits = [queries.tried_to_land(m, bodies) and not rule.test(m) for m in chosen]
    elif rule is not None:
        hits = list(map(rule.test, chosen))
    elif f.outcome == "success" and not f.still:
        outcome_of = list(map(_OUTCOME, chosen))  # read each mission once, then split the column
        success, partial, failure = (list(compress(chosen, map(eq, outcome_of, repeat(o)))) for o in _OUTCOMES)
        return success, partial, failure
    elif f.outcome == "failure":
        hits = list(map(eq, map(_OUTCOME, chosen), repeat("failure")))
    else:
        return list(chosen), [], []
    return list(compress(chosen, hits)), [], list(compress(chosen, map(not_, hits)))


def index_selections(kb: KnowledgeBase) -> None:
    """At load: every body's (and all missions') split under each event and outcome test."""
    for body in (None, *sorted({m.target for m in kb.missions.values()})):
        for rule in (None, *(r for r in queries.RULES.values() if r.name != "launch")):
            outcomes: tuple[str | None, ...] = (None, "success", "failure") if rule is None else \
                (None, "failure") if rule.is_landing else (None,)
            for outcome in outcomes:
                f = Filters((body,), body, rule=rule.name if rule else None, outcome=outcome)
                parts(kb, f, pool(kb, f)[0], remember=True)


def select(a: Ask, anchor: anchors.Anchor | None) -> Selection:
    """The missions a count or list question is about, within its years and time relation."""
    f = Filters.of(a)
    rule = f.event
    in_order, whole, carried = _pool(a, f)
    relation = a.q.relation if anchor is not None else None
    window = Window(a.year_span, anchor.date if anchor and relation else None,
                    bool(relation and relation.kind == "before"), rule)
    between = between_missions(a)
    if between and window.anchor is None:
        window = Window(a.year_span, between[1].launch, True, rule, floor=between[0].launch)
    # A remembered pool is in launch order (the last answer's may not be); the split of a whole
    # pool is remembered too, a window's is not (it is cut from the pool first, so it is small).
    chosen = window.cut(whole, by_launch=in_order)
    split_up = parts(a.kb, f, chosen, remember=in_order and window.is_whole)
    words = ""
    if a.year_span is not None:
        first, last = a.year_span
        words = f" in {first}" if first == last else f" from {first} to {last}"
    if anchor is not None and relation is not None:
        words += f" {relation.kind} {anchor.label}"
    elif window.floor is not None:
        words += f" between {between[0].name} and {between[1].name} (launched {day(between[0].launch)} and " \
                 f"{day(between[1].launch)})"
    noun = f"{a.kb.programs[f.program].name} missions" if f.program else "missions"
    if a.q.mission_types:
        noun = {"space-station": "space stations", "telescope": "space telescopes",
                "commercial": f"commercial {noun}", "balloon": f"{noun} with a balloon"}.get(a.q.mission_types[0], noun)
    target = (a.kb.bodies[next(iter(split_up.targets))].name if len(split_up.targets) == 1
              else a.kb.bodies[a.body].name if a.body else "their targets")
    carried_in = Window(a.year_span, window.anchor, window.before, None, window.floor).cut(carried, by_launch=False)
    return Selection(f, chosen, split_up.counted, split_up.partial, split_up.left, rule, noun, target, words,
                     carried_in, split_up.tally, split_up.failed_attempts, split_up.elsewhere, split_up.counted_ids)
