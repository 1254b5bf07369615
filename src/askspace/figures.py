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


class Kind(NamedTuple):
    """One kind of figure: the form of its values, how questions ask for it, and how answers say it."""

    pattern: re.Pattern[str]  # the form every value must match
    example: str  # how to fix a value that does not
    asked: str  # the reading of the lexicon group figures_asked that asks for it ("how much": amount)
    done: str  # what a mission did, for a ranking: "Venera 13 worked on the surface the longest"
    said: str  # the answer: "{name} brought back about {value} of samples"
    lacking: str  # what the records lack when a mission has no such figure


KINDS = {
    "sample-mass": Kind(re.compile(r"^\d{1,3}(,\d{3})*(\.\d+)? (g|kg)$"), 'a mass such as "101 g" or "21.5 kg"',
                        "amount", "brought back", "{name} brought back about {value} of samples",
                        "how much {name} brought back"),
    "surface-time": Kind(re.compile(r"^(?=\d)(\d+h)? ?(\d+m)? ?(\d+(\.\d+)?s)?$"),
                         'a duration such as "2h 7m" or "20s"', "duration", "worked on the surface",
                         "{name} worked on the surface of {body} for about {value}",
                         "how long {name} worked on the surface"),
    "distance": Kind(re.compile(r"^\d+(\.\d+)? km$"), 'a distance such as "45 km"', "distance", "drove",
                     "{name} drove about {value} on {body}", "how far {name} drove"),
    "orbits": Kind(re.compile(r"^\d+$"), 'a whole number such as "14"', "count", "orbited",
                   "{name} made {value} orbits of the Earth", "how many orbits {name} made"),
}
_PART = re.compile(r"(\d+(?:\.\d+)?)([hms])")
_UNITS = {"h": ("hour", 60.0), "m": ("minute", 1.0), "s": ("second", 1 / 60)}


def problem(kind: str, value: str) -> str | None:
    """What is wrong with a figure, or None."""
    if kind not in KINDS:
        return f"unknown kind {kind!r}; use one of {', '.join(KINDS)}"
    return None if KINDS[kind].pattern.match(value) else f"{value!r} is not {KINDS[kind].example}"


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
