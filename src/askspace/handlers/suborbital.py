"""How many crewed suborbital flights reached space, on one craft or on all, by the line they crossed.

Counted over the flight records (knowledge/flights) that state a ``line``: a crewed suborbital flight reached
space by the US line (50 miles, about 80 km: the US Air Force, NASA and the FAA) when it is a record at all, and
by the 100 km Karman line (the FAI's) when its line is ``100km``. The craft a question names ("X-15", "New
Shepard") are the intent's ``craft <phrase>`` params, as for the people count (handlers/spacefarers.py): a
flight is on that craft when its name or an alias starts with one of the prefixes.
"""

from __future__ import annotations

from askspace.compose import join, number_word, plural
from askspace.crewedflights import CrewedFlight
from askspace.handlers.base import Ask, Reply
from askspace.handlers.spacefarers import Craft, crafts
from askspace.spacelines import KARMAN, US_LINE

_KARMAN = ("karman", "kármán", "100 km", "100 kilometers", "100 kilometres", "62 miles")
_US = ("80 km", "80 kilometers", "80 kilometres", "50 miles", "fifty miles")
_LISTED = 6  # flights named one by one up to this many


def _on(f: CrewedFlight, craft: Craft | None) -> bool:
    return craft is None or any(n.startswith(craft.prefixes) for n in (f.name, *f.aliases))


def _group(f: CrewedFlight) -> str:
    """The craft a flight is counted under: "X-15", "New Shepard", "Mercury-Redstone", else the flight's name."""
    if f.launch_vehicle == "Mercury-Redstone":
        return "Mercury-Redstone"
    return f.craft.removesuffix(" (crew capsule)") if f.craft else f.name


def suborbital_flights(a: Ask) -> Reply:
    """ "How many X-15 flights reached space?", "How many crewed suborbital flights crossed the Kármán line?"."""
    craft = next((c for phrase, c in crafts(a.params).items() if a.q.has(phrase)), None)
    flights = sorted((f for f in a.kb.crewed_flights.values() if f.suborbital and _on(f, craft)),
                     key=lambda f: (f.launch, f.name))
    label = f"{craft.label} flights" if craft else "crewed suborbital flights"
    r = a.reply([], bodies=["earth"])
    if not flights:
        r.lines.append(f"My flight records have no {label} that reached space.")
        r.understood = False
        return r
    high = [f for f in flights if f.line == "100km"]
    karman = any(a.q.has(w) for w in _KARMAN) and not any(a.q.has(w) for w in _US)
    counted = high if karman else flights
    cite = "".join(dict.fromkeys(r.citations.add(f.sources[0]) for f in counted[:_LISTED] or flights[:1]))
    n, k = len(flights), len(high)
    first, last = flights[0].launch.year, flights[-1].launch.year
    span = f"{first} to {last}" if first != last else f"in {first}"
    if karman:
        named = f": {join([f.name for f in high])}" if 0 < k <= _LISTED else ""
        r.lines.append(f"{number_word(k, capital=True)} {plural(k, label.removesuffix('s'), label)} in my records "
                       f"crossed {KARMAN}{named}{cite}; counting {US_LINE}, {number_word(n)} ({span}).")
    else:
        also = (f"all of them also crossed {KARMAN}" if k == n else f"none of them crossed {KARMAN}" if not k else
                f"{number_word(k)} of them also crossed {KARMAN}"
                + (f" ({join([f.name for f in high])})" if k <= _LISTED else ""))
        r.lines.append(f"My flight records hold {number_word(n)} {plural(n, label.removesuffix('s'), label)} that "
                       f"reached space by {US_LINE}, {span}{cite}; {also}.")
    if craft is None:
        by: dict[str, int] = {}
        for f in counted:
            by[_group(f)] = by.get(_group(f), 0) + 1
        r.lines.append("By craft: " + join([f"{name} {m}" for name, m in by.items()]) + ".")
    for f in counted:
        if f.outcome == "failure" and f.outcome_reason:
            r.lines.append(f"Counted with them, {f.name}: {f.outcome_reason}")
    r.lines.append(f"Counted: crewed flights that did not orbit and went above {US_LINE} (the US Air Force, NASA "
                   f"and the FAA count that as space), or above {KARMAN} (the FAI's line); lower flights are not in "
                   "my flight records, and orbital flights are counted apart.")
    return r
