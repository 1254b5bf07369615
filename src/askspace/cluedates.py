"""Full dates in quiz clues: "Launched Oct. 4th, 1957, it was Earth's 1st artificial satellite" names the mission
launched that day, "On June 16, 1963 she became ..." the woman who flew on it.

A date says which missions it can be about: those launched that day, or, when the clue says they landed, those
that landed that day. Whether one of them is the answer is for ``askspace.clues`` to decide (only one may fit).

>>> dates_in("Launched Oct. 4th, 1957, it was ...")
(datetime.date(1957, 10, 4),)
>>> dates_in("On February 20, 1962, he said ... and on Feb. 30, 1962")
(datetime.date(1962, 2, 20),)
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from askspace.model import KnowledgeBase, Mission

if TYPE_CHECKING:
    from askspace.clues import Clue
    from askspace.compose import Citations
    from askspace.handlers.base import Reply

_MONTHS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10,
           "nov": 11, "dec": 12}
_DATE = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?:[a-z]*)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?"
                   r"\s+(\d{4})\b", re.IGNORECASE)


def dates_in(text: str) -> tuple[dt.date, ...]:
    """The full dates a text writes month first ("July 4, 1997", "Oct. 4th, 1957"), each once, in order."""
    found: list[dt.date] = []
    for month, day, year in _DATE.findall(text):
        try:
            date = dt.date(int(year), _MONTHS[month.lower()[:3]], int(day))
        except ValueError:
            continue  # "Feb. 30": not a date
        if date not in found:
            found.append(date)
    return tuple(found)


def missions_on(kb: KnowledgeBase, dates: tuple[dt.date, ...], events: tuple[str, ...]) -> list[Mission]:
    """The missions launched on one of the dates, or that landed on one when the clue says "landed"."""
    chosen = set(dates)
    if "land" in events:
        return [m for m in kb.missions.values() if m.landing is not None and m.landing.date in chosen]
    return [m for m in kb.missions.values() if m.launch in chosen]


def dated(kb: KnowledgeBase, clue: Clue, cite: Citations) -> Reply | None:
    """The one mission launched (or landed) on the clue's date."""
    from askspace import compose
    from askspace.clues import _only
    from askspace.handlers.base import Reply

    found = {m.id: m for m in missions_on(kb, clue.dates, clue.events)}
    answer = _only(found, "missions", lambda m: f"{found[m].name} ({found[m].launch.year})")
    if answer is None:
        return None
    m = found[answer]
    landed = "land" in clue.events and m.landing is not None
    day = compose.day
    when = f"landed on {day(m.landing.date)}" if landed and m.landing else f"launched on {day(m.launch)}"
    r = Reply([f"That describes {m.name} ({compose.state_name(kb, m.country)}): it {when}{cite.cite(m)}."],
              citations=cite)
    r.use(m)
    return r
