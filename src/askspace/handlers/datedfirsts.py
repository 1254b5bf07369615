"""A mission's own dated first: "when did Ingenuity fly for the first time?".

A question that asks when a named mission first did something is answered from that mission's
``firsts`` phrase that gives a date ("first powered, controlled flight of an aircraft on another
planet (19 April 2021)") when the phrase says the question's deed (fly -> flight).

>>> sorted(_deeds(("when", "did", "it", "fly", "for", "the", "first", "time")))
['flight', 'fly']
"""

from __future__ import annotations

import re

from askspace.compose import day
from askspace.handlers.recorded import event_date
from askspace.model import Mission
from askspace.text import normalise

_NOUNS = {"fly": "flight", "flew": "flight", "flown": "flight", "flying": "flight", "flights": "flight",
          "drive": "drive", "drove": "drive", "driven": "drive", "hop": "hop", "hopped": "hop",
          "spacewalk": "spacewalk", "refuel": "refuelling", "refuelled": "refuelling", "dock": "docking",
          "docked": "docking"}
_DATED = re.compile(r"\((\d{1,2} \w+ \d{4})\)")
_PAREN = re.compile(r"\s*\([^)]*\)")


def _deeds(words: tuple[str, ...]) -> set[str]:
    return {w for w in words if w in _NOUNS} | {_NOUNS[w] for w in words if w in _NOUNS}


def dated_first(words: tuple[str, ...], m: Mission, cite: str) -> str | None:
    """The sentence that answers when ``m`` first did the deed the words ask for, or None."""
    deeds = _deeds(words)
    if "first" not in words or not deeds:
        return None
    for phrase in m.firsts:
        if _DATED.search(phrase) and deeds & set(normalise(_PAREN.sub("", phrase)).words):
            return f"{day(event_date(m, phrase))}: {m.name}'s {_PAREN.sub('', phrase)}{cite}."
    return None
