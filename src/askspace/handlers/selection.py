"""Which missions a count or list question selects, and how its event or outcome test splits them.

The split of a filter set's missions is computed once and remembered on the knowledge base
(``kb.memo``); a question's years or time relation then cut each part by launch date with a
binary search, so a count over tens of thousands of missions costs a few look-ups, not
several passes over all of them.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import compress, repeat
from operator import attrgetter, eq, ne

from askspace import queries
from askspace.handlers import anchors
from askspace.handlers.base import Ask
from askspace.model import BY_LAUNCH, Mission
from askspace.queries import having

_LAUNCH, _OUTCOME, _TARGET, _ID, _PART_OF = map(attrgetter, ("launch", "outcome", "target", "id", "part_of"))
_OUTCOMES = ("success", "partial", "failure")
_THEM = ("them", "those", "these", "of them", "of those", "which one", "which of the two", "either")


@dataclass(frozen=True)
class Selection:
    """Missions chosen by a question's filters, split by its event or outcome test."""

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


@dataclass(frozen=True)
class Window:
    """A question's years and time relation; ``cut`` keeps the missions inside them.

    >>> Window(None, dt.date(1970, 1, 1), True, None).cut(())
    ()
    """

    span: tuple[int, int] | None
    anchor: dt.date | None
    before: bool
    rule: queries.EventRule | None

    @property
    def is_whole(self) -> bool:
        """No years and no time relation: every mission is inside."""
        return self.span is None and self.anchor is None

    def cut(self, found: Sequence[Mission], by_launch: bool = True) -> tuple[Mission, ...]:
        """The missions of ``found`` in this window; ``by_launch``: ``found`` is in launch order."""
        kept = tuple(found)
        if self.anchor is not None:
            if by_launch:
                i = bisect_left(kept, self.anchor, key=_LAUNCH)
                kept = kept[:i] if self.before else kept[i:]
            else:
                kept = tuple(m for m in kept if (m.launch < self.anchor) == self.before)
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
        named = [a.kb.missions[i] for i in a.q.ids("mission")]
        program = [m.program for m in named if m.program][:1]
    return program


def _pool(a: Ask) -> tuple[tuple[object, ...] | None, list[Mission], list[Mission]]:
    """(memo key or None for the last answer's missions, missions matching the filters, carried craft)."""
    program = program_of(a)
    rule = rule_of(a)
    split_carried = rule is None or not rule.is_landing  # a carried craft is part of its carrier's mission
    if a.context_facts and any(a.q.has(w) for w in _THEM) and not (a.bodies or program or a.said_states):
        found = [a.kb.missions[f] for f in a.context_facts]  # "how many of them worked?"
        if a.q.crewed is not None:
            found = [m for m in found if m.crewed == a.q.crewed]
        return None, *_filtered(a, found, split_carried)
    sources: list[str | None] = [*a.bodies] or [None]
    key = ("pool", tuple(sources), frozenset(a.said_states), tuple(program), a.q.crewed,
           tuple(a.q.mission_types), a.q.has("still"), split_carried)
    if key not in a.kb.memo:
        found = []
        for body in sources:
            found += queries.missions(a.kb, body=body, states=a.said_states,
                                      program=program[0] if program else None, crewed=a.q.crewed)
        pool, carried = _filtered(a, found, split_carried)
        if len(sources) != 1:  # one body's missions come sorted already; a mission keeps its first place
            pool.sort(key=BY_LAUNCH)
        a.kb.memo[key], a.kb.memo[(*key, "carried")] = tuple(pool), tuple(carried)
    return key, list(a.kb.memo[key]), list(a.kb.memo[(*key, "carried")])


def _filtered(a: Ask, found: list[Mission], split_carried: bool) -> tuple[list[Mission], list[Mission]]:
    """(the missions of the kinds asked, each once; craft carried by another mission, set apart)."""
    if a.q.mission_types:  # "space stations", "telescopes"
        found = [m for m in found if set(m.types) & set(a.q.mission_types)]
    if a.q.has("still"):  # "which telescopes are still working?": as of the records' date
        found = [m for m in found if m.status == "active"]
    carried = [m for m in found if m.part_of is not None] if split_carried and any(map(_PART_OF, found)) else []
    if carried:
        found = having(found, _PART_OF, None)
    pool = found if len(set(map(attrgetter("id"), found))) == len(found) else _once_each(a, found)
    return pool, list({m.id: m for m in carried}.values())


def _once_each(a: Ask, found: list[Mission]) -> list[Mission]:
    """A mission seen at two bodies counts once, as itself if it can (not as a view at another body)."""
    unique: dict[str, Mission] = {}
    for m in found:
        if m.id not in unique or m is a.kb.missions[m.id]:
            unique[m.id] = m
    return list(unique.values())


@dataclass(frozen=True)
class _Parts:
    """A pool's split under one question's tests, every part in the pool's order."""

    counted: tuple[Mission, ...]
    partial: tuple[Mission, ...]
    left: tuple[Mission, ...]
    failed_attempts: tuple[Mission, ...]
    tally: tuple[tuple[str, int], ...]  # (outcome, how many of the pool), when no test splits it
    elsewhere: tuple[Mission, ...]  # the originals of pool missions aimed at another body
    targets: frozenset[str]  # the bodies the counted missions (or, if none, the pool) were aimed at


def _parts(a: Ask, key: tuple[object, ...] | None, pool: list[Mission], rule: queries.EventRule | None) -> _Parts:
    """The split of ``pool``, remembered per filter set (``key``; None: not to be remembered)."""
    memo_key = (*key, "parts", rule.name if rule else None, a.q.outcome, a.body) if key else None
    if memo_key is not None and memo_key in a.kb.memo:
        return a.kb.memo[memo_key]  # type: ignore[return-value]
    counted, partial, left = split(a, pool, rule)
    attempted = [m for m in left if m.landing is not None and m.landing.result != "impact"
                 and (not a.bodies or m.target in a.bodies)
                 and ("lander" in m.types or "penetrator" in m.types or m.crewed)] \
        if rule is not None and rule.is_landing else []
    tally: tuple[tuple[str, int], ...] = ()
    if rule is None and not a.q.outcome:
        outcomes = Counter(map(_OUTCOME, pool))
        tally = tuple((o, outcomes[o]) for o in _OUTCOMES)
    body, originals = a.body, a.kb.missions
    elsewhere: tuple[Mission, ...] = ()
    if body and (rule is None or rule.name == "visit"):
        aimed = tuple(map(originals.__getitem__, map(_ID, pool)))
        elsewhere = tuple(compress(aimed, map(ne, map(_TARGET, aimed), repeat(body))))
    targets = frozenset(map(_TARGET, counted or pool))
    parts = _Parts(tuple(counted), tuple(partial), tuple(left), tuple(attempted), tally, elsewhere, targets)
    if memo_key is not None:
        a.kb.memo[memo_key] = parts  # type: ignore[assignment]
    return parts


def split(a: Ask, pool: list[Mission], rule: queries.EventRule | None
           ) -> tuple[list[Mission], list[Mission], list[Mission]]:
    """(counted, partial, left out) under the question's event and outcome tests."""
    if rule is not None and rule.is_landing and a.q.outcome == "failure":
        hits = [m.landing is not None and not rule.test(m) and m.landing.result != "impact"
                and (not a.bodies or m.target in a.bodies)
                and ("lander" in m.types or "penetrator" in m.types or m.crewed) for m in pool]
    elif rule is not None:
        hits = list(map(rule.test, pool))
    elif a.q.outcome == "success" and not a.q.has("still"):
        success, partial, failure = (having(pool, _OUTCOME, o) for o in _OUTCOMES)
        return success, partial, failure
    elif a.q.outcome == "failure":
        hits = list(map(eq, map(_OUTCOME, pool), repeat("failure")))
    else:
        return pool, [], []
    return list(compress(pool, hits)), [], [m for m, h in zip(pool, hits, strict=True) if not h]


def select(a: Ask, anchor: anchors.Anchor | None) -> Selection:
    """The missions a count or list question is about, within its years and time relation."""
    rule = rule_of(a)
    key, pool, carried = _pool(a)
    relation = a.q.relation if anchor is not None else None
    window = Window(a.year_span, anchor.date if anchor and relation else None,
                    bool(relation and relation.kind == "before"), rule)
    # A remembered pool is in launch order (the last answer's may not be); the split of a whole
    # pool is remembered too, a window's is not (it is cut from the pool first, so it is small).
    chosen = window.cut(pool, by_launch=key is not None)
    parts = _parts(a, key if window.is_whole else None, list(chosen), rule)
    words = ""
    if a.year_span is not None:
        first, last = a.year_span
        words = f" in {first}" if first == last else f" from {first} to {last}"
    if anchor is not None and relation is not None:
        words += f" {relation.kind} {anchor.label}"
    program = program_of(a)
    noun = f"{a.kb.programs[program[0]].name} missions" if program else "missions"
    if a.q.mission_types:
        noun = {"space-station": "space stations", "telescope": "space telescopes"}.get(a.q.mission_types[0], noun)
    target = (a.kb.bodies[next(iter(parts.targets))].name if len(parts.targets) == 1
              else a.kb.bodies[a.body].name if a.body else "their targets")
    carried_in = Window(a.year_span, window.anchor, window.before, None).cut(carried, by_launch=False)
    return Selection(chosen, parts.counted, parts.partial, parts.left, rule, noun, target, words,
                     carried_in, parts.tally, parts.failed_attempts, parts.elsewhere)
