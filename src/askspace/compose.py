"""Sentence building blocks: dates, lists, counts and numbered citations.

>>> import datetime as dt
>>> day(dt.date(1969, 7, 20))
'20 July 1969'
>>> join(["the Soviet Union", "the United States", "China"])
'the Soviet Union, the United States and China'
>>> number_word(3, capital=True)
'Three'
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from askspace.model import KnowledgeBase, Mission, Program, Source

_NUMBER_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight",
                 "nine", "ten", "eleven", "twelve")


def day(date: dt.date | None) -> str:
    """A date as people read it: '2 December 1971' ('unknown date' when missing)."""
    if date is None:
        return "an unknown date"
    return f"{date.day} {date.strftime('%B')} {date.year}"


def join(items: Sequence[str], conj: str = "and") -> str:
    items = [i for i in items if i]
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return f"{', '.join(items[:-1])} {conj} {items[-1]}"


def number_word(n: int, capital: bool = False) -> str:
    word = _NUMBER_WORDS[n] if 0 <= n < len(_NUMBER_WORDS) else str(n)
    return word[0].upper() + word[1:] if capital else word


def plural(n: int, singular: str, plural_form: str | None = None) -> str:
    return singular if n == 1 else (plural_form or singular + "s")


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def lower_first(text: str, names: frozenset[str] = frozenset()) -> str:
    """'The lander ...' -> 'the lander ...' for use mid-sentence; names keep their capital.

    >>> lower_first("Challenger broke apart", frozenset({"challenger"}))
    'Challenger broke apart'
    >>> lower_first("A leak crippled it", frozenset({"challenger"}))
    'a leak crippled it'
    """
    first = text.split(" ", 1)[0]
    if first.casefold().strip(",.;:") in names:
        return text
    if text[1:2].islower() or (text[:1] == "A" and text[1:2] == " "):
        return text[:1].lower() + text[1:]
    return text


def state_name(kb: KnowledgeBase, state_id: str) -> str:
    state = kb.states.get(state_id)
    return state.short if state else state_id


def possessive(name: str) -> str:
    """ "China's", "the United States'".

    >>> possessive("the United States"), possessive("China")
    ("the United States'", "China's")
    """
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def program_phrase(program: Program) -> str:
    """A program's name as a noun phrase: "the Apollo program", "the Skylab program", "Project Mercury"."""
    name = program.name
    if name.startswith("Project "):
        return name
    return f"the {name}" if "program" in name.casefold() else f"the {name} program"


def names_with_more(names: Sequence[str], limit: int = 6, total: int | None = None) -> str:
    """'A, B and C' or 'A, B, C and 4 more' when the list is long.

    ``total`` is the full length when ``names`` holds only the first ``limit`` (to skip formatting the rest).
    """
    total = len(names) if total is None else total
    if total <= limit:
        return join(names)
    return f"{', '.join(names[:limit])} and {total - limit} more"


class Citations:
    """Numbers sources in order of first use; ``cite`` returns the marker ``[n]``."""

    def __init__(self) -> None:
        self.sources: list[Source] = []

    def cite(self, mission: Mission, every: bool = False) -> str:
        chosen: Iterable[Source] = mission.sources if every else mission.sources[:1]
        return "".join(self.add(s) for s in chosen)

    def add(self, source: Source) -> str:
        if source not in self.sources:
            self.sources.append(source)
        return f"[{self.sources.index(source) + 1}]"

    def lines(self) -> list[str]:
        if not self.sources:
            return []
        return ["Sources:", *(f"[{i}] {s.cite()}" for i, s in enumerate(self.sources, 1))]
