"""The knowledge base's lookup tables over its missions: all of them, or those to one body and its moons, of one
program or one state, in launch order; the words of every name; the answers to queries by their filters.

``KnowledgeBase`` (askspace.model) inherits them: they are ``cached_property`` values, built at load by
``build_indexes`` (so the cache file holds them) rather than on the first question.
"""

from __future__ import annotations

from collections import Counter
from functools import cached_property
from operator import attrgetter
from typing import TYPE_CHECKING, Self

if TYPE_CHECKING:
    from askspace.model import Body, Mission, Program, State

_FUNCTION_WORDS = frozenset({"the", "an", "of", "and", "for", "to", "on", "in", "at", "by", "with"})

BY_LAUNCH = attrgetter("launch", "id")
"""Sort key for missions: by launch date, ties broken by id (``sorted(ms, key=BY_LAUNCH)``)."""


class MissionIndexes:
    """The lookup tables of a knowledge base, read from the fields ``KnowledgeBase`` declares."""

    if TYPE_CHECKING:
        states: dict[str, State]
        bodies: dict[str, Body]
        programs: dict[str, Program]
        missions: dict[str, Mission]

    @cached_property
    def _by_launch(self) -> tuple[Mission, ...]:
        return tuple(sorted(self.missions.values(), key=BY_LAUNCH))

    @cached_property
    def _by_target(self) -> dict[str, tuple[Mission, ...]]:
        """Missions by body; a mission's other encounters appear as views aimed at that body."""
        grouped: dict[str, list[Mission]] = {}
        for m in self._by_launch:
            grouped.setdefault(m.target, []).append(m)
            for e in m.encounters:
                view = m._replace(target=e.body, arrival=e.date, landing=None, encounters=(),
                               types=("orbiter",) if e.kind == "orbit" else ("flyby",))
                grouped.setdefault(e.body, []).append(view)
        return {k: tuple(sorted(v, key=BY_LAUNCH)) for k, v in grouped.items()}

    @cached_property
    def _with_moons(self) -> dict[str, tuple[Mission, ...]]:
        """Missions to a body or to its moons (Phobos missions are Mars missions), not for Earth."""
        out: dict[str, tuple[Mission, ...]] = {}
        for body in self.bodies.values():
            found = list(self._by_target.get(body.id, ()))
            if body.id != "earth":
                for moon in self.bodies.values():
                    if moon.parent == body.id:
                        found += self._by_target.get(moon.id, ())
            out[body.id] = tuple(sorted(found, key=BY_LAUNCH))
        return out

    @cached_property
    def _by_program(self) -> dict[tuple[str | None, str], tuple[Mission, ...]]:
        """Missions by (body or None for all, program), in launch order: a program's pool without a scan."""
        return self._grouped("program")

    @cached_property
    def _by_country(self) -> dict[tuple[str | None, str], tuple[Mission, ...]]:
        """Missions by (body or None for all, state), in launch order."""
        return self._grouped("country")

    def _grouped(self, attribute: str) -> dict[tuple[str | None, str], tuple[Mission, ...]]:
        get = attrgetter(attribute)
        grouped: dict[tuple[str | None, str], list[Mission]] = {}
        for body in (None, *self._with_moons):
            for m in self.missions_sorted(body):
                values = (get(m), *(m.also_in if attribute == "program" else ()))
                for value in values:
                    if value is not None:
                        grouped.setdefault((body, value), []).append(m)
        return {k: tuple(v) for k, v in grouped.items()}

    @cached_property
    def memo(self) -> dict[tuple[object, ...], tuple[Mission, ...]]:
        """Answers to queries by their filters (the data never changes once loaded); ``queries.build_event_index``
        fills it at load, so the cache file carries those entries."""
        return {}

    @cached_property
    def name_words(self) -> frozenset[str]:
        """Every word of a name in the knowledge base, casefolded ("challenger", "luna", "mars").

        One-letter words ("Ranger A") and articles and prepositions ("the" of "the United States") are left
        out: at the start of a sentence they are not names.
        """
        names = [n for m in self.missions.values() for n in (m.name, *m.aliases)]
        names += [n for p in self.programs.values() for n in (p.name, *p.aliases)]
        names += [n for b in self.bodies.values() for n in (b.name, *b.aliases)]
        names += [n for s in self.states.values() for n in (s.name, s.short, s.adjective, *s.aliases)]
        words = (w.casefold().strip("()\"',.") for n in names for w in n.split())
        return frozenset(w for w in words if len(w) > 1) - _FUNCTION_WORDS

    def build_indexes(self) -> Self:
        """Build the lookup tables now (at load, so the cache holds them) rather than on first question."""
        _ = (self._by_launch, self._by_target, self._with_moons, self._by_program, self._by_country,
             self.name_words)  # cached_property: computed once
        return self

    def missions_sorted(self, target: str | None = None) -> tuple[Mission, ...]:
        """Every mission (or those to one body and its moons) by launch date, ties broken by id."""
        if target is None:
            return self._by_launch
        return self._with_moons.get(target, ())

    def missions_of(self, target: str | None, *, program: str | None = None,
                    country: str | None = None) -> tuple[Mission, ...]:
        """``missions_sorted(target)`` of one program or one state (both given: the program's)."""
        if program is not None:
            return self._by_program.get((target, program), ())
        if country is not None:
            return self._by_country.get((target, country), ())
        return self.missions_sorted(target)

    def program_body(self, program: str) -> str | None:
        """The body three in four of a program's missions went to (Luna's Moon, Apollo's), or None."""
        targets = Counter(m.target for m in self.missions_of(None, program=program))
        body, most = targets.most_common(1)[0] if targets else (None, 0)
        return body if body in self.bodies and most >= 0.75 * sum(targets.values()) else None
