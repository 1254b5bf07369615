"""Words the satellite-system answers read: what is asked, and which satellite of a system (its rank)."""

from __future__ import annotations

from askspace.handlers.base import Ask

ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5,
            "5th": 5, "sixth": 6, "6th": 6, "seventh": 7, "7th": 7, "eighth": 8, "8th": 8, "ninth": 9, "9th": 9,
            "tenth": 10, "10th": 10, "last": -1, "latest": -1, "final": -1}


def asks(a: Ask, phrase: str) -> bool:
    return a.q.has(phrase)


def asks_any(a: Ask, phrases: tuple[str, ...]) -> bool:
    return any(a.q.has(p) for p in phrases)


def ordinal_word(words: tuple[str, ...]) -> int | None:
    """The rank the words name: 1 for "first", 4 for "fourth" or "4th", -1 for "last"; None for none or several.

    >>> ordinal_word(("when", "was", "the", "fourth", "satellite", "launched")), ordinal_word(("the", "18th"))
    (4, None)
    """
    found = {ORDINALS[w] for w in words if w in ORDINALS}
    return found.pop() if len(found) == 1 else None


def nth_asked(words: tuple[str, ...]) -> bool:
    """Whether the words rank satellites with a number this reader does not take ("the 18th and 19th")."""
    return any(w[:-2].isdigit() and w[-2:] in ("st", "nd", "rd", "th") and w not in ORDINALS for w in words)
