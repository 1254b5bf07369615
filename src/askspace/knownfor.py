"""What people, missions, programs and bodies are known for (knowledge/known_for.yaml): sourced facts beyond the
flight records, such as a later career ("elected to the Senate in 1974"), a nickname's story, a record or a
discovery, each with the cue words a quiz clue must say for the fact to be the one it states.

A fact applies to a clue only when the clue says one word (or phrase) of each of its ``cues`` groups; its years
(``years``: the first and last year it holds, or one) and its ``date`` say when it held, so that a year a clue
gives can be checked (:mod:`askspace.clueknown` reads clues with them).

>>> from askspace.fields import DataError, Problems
>>> errors: list[DataError] = []
>>> parse_known_for({"id": "x", "about": {"kind": "person", "id": "y"}, "fact": "was a senator", "cues": [],
...                  "sources": []}, Problems("k.yaml", errors), "known_for[x]") is None
True
>>> for e in errors: print(e)
k.yaml: known_for[x].cues: name at least two cue groups (or one with years or a date)
k.yaml: known_for[x].sources: needs at least one source
>>> cue_groups(["senate|senator", "Ohio"])
((('senate',), ('senator',)), (('ohio',),))
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from typing import Any, NamedTuple

from askspace.fields import Problems, _date, _entry, _flag, _mapping, _opt, _text, check_id, needs_sources
from askspace.model import Source

ABOUT_KINDS = ("person", "mission", "program", "body", "craft", "figure")
"""What a fact may be about: a person who flew, a mission, a program, a body, a named craft, or a figure (someone
who did not fly: a rocketry pioneer, an engineer, a mathematician), whom the fact itself names."""

KNOWN_KEYS = {"id": True, "about": True, "fact": True, "cues": True, "years": False, "date": False,
              "needs_year": False, "notes": False, "sources": True}
ABOUT_KEYS = {"kind": True, "id": True, "name": False, "sex": False, "born": False, "states": False}


class KnownFor(NamedTuple):
    """One sourced fact an entry is known for, with the cue words a clue must say to state it."""

    id: str
    kind: str  # one of ABOUT_KINDS
    about: str  # the entry's id
    fact: str  # a clause without its subject, in our words: "was elected a United States senator from Ohio in 1974"
    cues: tuple[tuple[tuple[str, ...], ...], ...]  # groups of alternatives, each a phrase as words
    sources: tuple[Source, ...]
    years: tuple[int, int] | None = None  # the first and the last year the fact holds
    date: dt.date | None = None
    notes: tuple[str, ...] = ()
    figure: Figure | None = None  # for kind "figure": who
    needs_year: bool = False  # the cues are common words: the clue must give a year, one of the fact's


class Figure(NamedTuple):
    """Someone who did not fly, named by the facts about them."""

    name: str
    sex: str  # male or female
    born: int | None = None
    states: tuple[str, ...] = ()  # the states they worked for (Wernher von Braun: Germany, then the United States)


def _figure(about: dict[str, Any], p: Problems, path: str) -> Figure | None:
    """The figure an ``about`` of kind "figure" describes (name and sex required), or None."""
    name, sex, born, states = about.get("name"), about.get("sex"), about.get("born"), about.get("states") or []
    if not isinstance(name, str) or sex not in ("male", "female"):
        p.add(path, "a figure needs its name and its sex (male or female)")
        return None
    if born is not None and (not isinstance(born, int) or isinstance(born, bool)):
        p.add(f"{path}.born", "expected a year")
        born = None
    if not isinstance(states, list) or not all(isinstance(x, str) for x in states):
        p.add(f"{path}.states", "expected a list of state ids")
        states = []
    return Figure(name, sex, born, tuple(states))


def cue_groups(value: list[str]) -> tuple[tuple[tuple[str, ...], ...], ...]:
    """Each group written "a|b c" as its alternatives, each as lower-case words."""
    return tuple(tuple(tuple(re.findall(r"[a-z0-9]+", alt.lower())) for alt in group.split("|") if alt.strip())
                 for group in value)


def _years(value: Any, p: Problems, path: str) -> tuple[int, int] | None:
    if isinstance(value, int) and not isinstance(value, bool):
        value = [value]
    if not isinstance(value, list) or not 1 <= len(value) <= 2 or not all(
            isinstance(v, int) and not isinstance(v, bool) and 1600 < v < 2100 for v in value):
        p.add(path, "expected a year or [first year, last year]")
        return None
    first, last = value[0], value[-1]
    if last < first:
        p.add(path, "the last year is before the first")
        return None
    return first, last


def parse_known_for(raw: Any, p: Problems, path: str) -> KnownFor | None:
    """One known-for fact, or None when a required part is missing or wrong (each problem reported)."""
    m, kid = _entry(raw, KNOWN_KEYS, p, path)
    if m is None:
        return None
    about = _opt(m, "about", lambda v, p, path: _mapping(v, ABOUT_KEYS, p, path), p, path)
    kind, ref = (about.get("kind"), about.get("id")) if about else (None, None)
    if about is not None and kind not in ABOUT_KINDS:
        p.add(f"{path}.about.kind", f"{kind!r} is not one of: {', '.join(ABOUT_KINDS)}")
        kind = None
    ref = check_id(ref, p.file, f"{path}.about.id", p.errors) if about is not None else None
    fact = _opt(m, "fact", _text, p, path)
    raw_cues = m.get("cues")
    cues = cue_groups(raw_cues) if isinstance(raw_cues, list) and all(isinstance(c, str) for c in raw_cues) else None
    if raw_cues is not None and cues is None:
        p.add(f"{path}.cues", "expected a list of cue groups (alternatives separated by '|')")
    years = _opt(m, "years", _years, p, path)
    date = _opt(m, "date", _date, p, path)
    if cues is not None and len(cues) < (1 if years or date else 2):
        p.add(f"{path}.cues", "name at least two cue groups (or one with years or a date)")
        cues = None
    figure = _figure(about, p, f"{path}.about") if about is not None and kind == "figure" else None
    if about is not None and kind != "figure" and set(about) - {"kind", "id"}:
        p.add(f"{path}.about", "name, sex, born and states are for a figure; the entry holds them")
    sources = needs_sources(m, p, path)
    notes = m.get("notes") or []
    if kid is None or kind is None or ref is None or fact is None or cues is None or not sources or (
            kind == "figure" and figure is None):
        return None
    needs_year = _flag(m, "needs_year", p, path)
    if needs_year and years is None and date is None:
        p.add(f"{path}.needs_year", "needs_year needs the fact's years or date")
    return KnownFor(kid, kind, ref, fact, cues, sources, years, date, tuple(str(n) for n in notes), figure, needs_year)


def check_known_for(facts: Mapping[str, tuple[KnownFor, str]], tables: Mapping[str, Mapping[str, Any]],
                    err: Callable[[str, str], None]) -> None:
    """Each fact's entry exists (``tables``: kind -> its entries, "state" for a figure's states); the facts about
    one figure name it alike."""
    figures: dict[str, Figure] = {}
    for f, where in facts.values():
        if f.figure is not None:
            if figures.setdefault(f.about, f.figure) != f.figure:
                err(f"{where}.about", f"figure {f.about!r} is described differently in another fact")
            for state in f.figure.states:
                if state not in tables.get("state", {}):
                    err(f"{where}.about.states", f"unknown state {state!r}")
        elif f.about not in tables.get(f.kind, {}):
            err(f"{where}.about", f"unknown {f.kind} {f.about!r}")


def export_known_for(facts: Mapping[str, KnownFor]) -> list[dict[str, Any]]:
    """The known-for facts for ``--export-knowledge``."""
    from askspace.export import source_dict

    return [{"id": f.id, "about": {"kind": f.kind, "id": f.about, **({"name": f.figure.name, "sex": f.figure.sex,
                                                                     "born": f.figure.born,
                                                                     "states": list(f.figure.states)}
                                                                    if f.figure else {})}, "fact": f.fact,
             "cues": ["|".join(" ".join(alt) for alt in group) for group in f.cues],
             "years": list(f.years) if f.years else None, "date": f.date.isoformat() if f.date else None,
             "needs_year": f.needs_year, "notes": list(f.notes), "sources": [source_dict(s) for s in f.sources]}
            for f in facts.values()]
