"""The agencies and rockets a question names.

A name of its own ("NACA", "Saturn V") is a mention of kind ``agency`` or ``rocket``; a name an
agency shares with a state ("NASA", "ISRO", "ESA" are also names of their states) is read as the
state, so its words are looked up among the agencies' names too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import NamedTuple

from askspace.handlers.base import Ask
from askspace.kinds import Agency, Rocket
from askspace.text import normalise

_MEMO: dict[tuple[int, str], tuple[object, dict[tuple[str, ...], str]]] = {}


def _memo(table: Mapping[str, Agency] | Mapping[str, Rocket], what: str,
          build: Callable[[], dict[tuple[str, ...], str]]) -> dict[tuple[str, ...], str]:
    """A lookup built once per loaded table (the table is kept with it, so its id cannot be reused)."""
    key = (id(table), what)
    found = _MEMO.get(key)
    if found is None or found[0] is not table:
        found = (table, build())
        _MEMO[key] = found
    return found[1]


def _names(entries: Iterable[Agency | Rocket]) -> dict[tuple[str, ...], str]:
    """Each name and alias, as normalised words, to its id."""
    found: dict[tuple[str, ...], str] = {}
    for item in entries:
        for name in (item.name, *item.aliases):
            found.setdefault(normalise(name).words, item.id)
    return found


def _named(a: Ask, kind: str, table: Mapping[str, Agency] | Mapping[str, Rocket]) -> list[str]:
    names = _memo(table, kind, lambda: _names(table.values()))
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


def named_rockets(a: Ask) -> list[NamedRocket]:
    """The rockets the question names, in question order, each once, with the version named."""
    rockets = a.kb.rockets
    variants = _memo(rockets, "variant", lambda: {normalise(v).words: v for r in rockets.values() for v in r.variants})
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
