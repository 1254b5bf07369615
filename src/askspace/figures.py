"""Figures of a mission: sourced quantities with a kind, such as how much it brought back.

A mission's ``figures`` list holds what its records measure: the sample mass it returned
(``sample-mass``, "101 g"), how long a lander worked on the surface (``surface-time``, "2h 7m"),
how far a rover drove (``distance``, "45 km") and how many orbits a flight made (``orbits``, "14").
Each value is written in one unit style so that answers can say it and rank by it.

>>> size(Figure("surface-time", "2h 7m"))
127.0
>>> said(Figure("surface-time", "2h 7m"))
'2 hours 7 minutes'
>>> said(Figure("sample-mass", "1,935.3 g"))
'1,935.3 g'
"""

from __future__ import annotations

import re
from typing import NamedTuple


class Figure(NamedTuple):
    """One sourced quantity of a mission; its mission's sources cover it."""

    kind: str
    value: str
    note: str | None = None


# kind -> the pattern its value must match and how to fix a value that does not
FORMATS = {
    "sample-mass": (re.compile(r"^\d{1,3}(,\d{3})*(\.\d+)? (g|kg)$"), 'a mass such as "101 g" or "21.5 kg"'),
    "surface-time": (re.compile(r"^(?=\d)(\d+h)? ?(\d+m)? ?(\d+(\.\d+)?s)?$"), 'a duration such as "2h 7m" or "20s"'),
    "distance": (re.compile(r"^\d+(\.\d+)? km$"), 'a distance such as "45 km"'),
    "orbits": (re.compile(r"^\d+$"), 'a whole number such as "14"'),
}
_PART = re.compile(r"(\d+(?:\.\d+)?)([hms])")
_UNITS = {"h": ("hour", 60.0), "m": ("minute", 1.0), "s": ("second", 1 / 60)}


def problem(kind: str, value: str) -> str | None:
    """What is wrong with a figure, or None."""
    if kind not in FORMATS:
        return f"unknown kind {kind!r}; use one of {', '.join(FORMATS)}"
    pattern, example = FORMATS[kind]
    return None if pattern.match(value) else f"{value!r} is not {example}"


def size(figure: Figure) -> float:
    """The figure as one number to rank by: grams, minutes, kilometres or orbits."""
    if figure.kind == "surface-time":
        return sum(float(n) * _UNITS[u][1] for n, u in _PART.findall(figure.value))
    number = float(figure.value.split()[0].replace(",", ""))
    return number * 1000 if figure.value.endswith(" kg") else number


def said(figure: Figure) -> str:
    """The value as an answer says it: "2 hours 7 minutes", "101 g"."""
    if figure.kind != "surface-time":
        return figure.value
    parts = []
    for n, u in _PART.findall(figure.value):
        word = _UNITS[u][0]
        parts.append(f"{n} {word}{'' if n == '1' else 's'}")
    return " ".join(parts)
