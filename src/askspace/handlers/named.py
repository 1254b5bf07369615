"""The agencies and rockets a question names.

A name of its own ("NACA", "Saturn V") is a mention of kind ``agency`` or ``rocket``; a name an
agency shares with a state ("NASA", "ISRO", "ESA" are also names of their states) is read as the
state, so its words are looked up among the agencies' names too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from askspace.handlers.base import Ask
from askspace.kinds import Agency, Rocket
from askspace.text import normalise

_NAMES: dict[tuple[int, str], dict[tuple[str, ...], str]] = {}


def _names(key: tuple[int, str], entries: Iterable[Agency | Rocket]) -> dict[tuple[str, ...], str]:
    """Each name and alias, as normalised words, to its id (built once per loaded table)."""
    found = _NAMES.get(key)
    if found is None:
        found = {}
        for item in entries:
            for name in (item.name, *item.aliases):
                found.setdefault(normalise(name).words, item.id)
        _NAMES[key] = found
    return found


def _named(a: Ask, kind: str, table: dict[str, Agency] | dict[str, Rocket]) -> list[str]:
    names = _names((id(table), kind), table.values())
    own = [m.ids[0] for m in a.q.mentions if m.kind == kind]
    if own:  # "NASA's Jet Propulsion Laboratory" is about JPL: a name of its own comes before a state's name
        return list(dict.fromkeys(own))
    shared = [found for m in a.q.mentions if (found := names.get(tuple(m.text.split()))) is not None]
    return list(dict.fromkeys(shared))


def named_agencies(a: Ask) -> list[Agency]:
    """The agencies the question names, in question order, each once."""
    return [a.kb.agencies[i] for i in _named(a, "agency", a.kb.agencies)]


class NamedRocket(NamedTuple):
    """A rocket the question names, and the version it named ("Soyuz-FG" of the Soyuz rocket), if one."""

    rocket: Rocket
    variant: str | None


_VARIANTS: dict[int, dict[tuple[str, ...], str]] = {}


def _variants(table: dict[str, Rocket]) -> dict[tuple[str, ...], str]:
    found = _VARIANTS.get(id(table))
    if found is None:
        found = {normalise(v).words: v for r in table.values() for v in r.variants}
        _VARIANTS[id(table)] = found
    return found


def named_rockets(a: Ask) -> list[NamedRocket]:
    """The rockets the question names, in question order, each once, with the version named."""
    variants = _variants(a.kb.rockets)
    texts = {m.ids[0]: variants.get(tuple(m.text.split())) for m in a.q.mentions if m.kind == "rocket"}
    return [NamedRocket(a.kb.rockets[i], texts.get(i)) for i in _named(a, "rocket", a.kb.rockets)]


_NUMBERISH = re.compile(r"^(\d+[a-z]{0,2}|i|ii|iii|iv|v|vi|vii|viii|ix|x)$")
CARD_WORDS = frozenset({"what", "whats", "what's", "is", "was", "were", "are", "the", "a", "an", "tell", "me", "about",
                        "who", "please", "rocket", "launcher", "agency", "s", "it", "its"})
"""The only words besides the name of a question answered with a card ("Tell me about the N1")."""


def unknown_version(a: Ask, kind: str) -> str | None:
    """ "Atlas 3" when the question names a rocket followed by a number or numeral that is not part of any name
    in the records (the Atlas III is not the Atlas family): the text as asked, else None."""
    words = a.q.words
    for m in a.q.mentions:
        if m.kind == kind and m.end < len(words) and _NUMBERISH.match(words[m.end]):
            return f"{m.text} {words[m.end]}"
    return None


def card_only(a: Ask) -> bool:
    """Whether the question is only a name and card words ("What was NACA?", "Tell me about the N1")."""
    named = {i for m in a.q.mentions for i in range(m.start, m.end)}
    return all(w in CARD_WORDS for i, w in enumerate(a.q.words) if i not in named)
