"""Where space begins: the two lines a suborbital flight may have crossed, as answers word them.

A flight of a person's ``flown`` list reached space by the US line (50 miles, about 80 km: the US Air Force,
NASA and the FAA) when it reached space at all, and by the 100 km Karman line (the FAI's) unless it is
marked ``line: 80km``; orbital flights cross both. Answers that count people or flights say which line they
count.

>>> from askspace.flightlog import FlightRecord
>>> x15 = FlightRecord("X-15 Flight 90", 1963, "pilot", line="100km")
>>> sts = FlightRecord("STS-2", 1981, "commander")
>>> low = FlightRecord("X-15 Flight 77", 1963, "pilot", line="80km")
>>> tally((x15, sts, low))
Tally(above_80=3, above_100=2)
>>> crossed(low.line), crossed(x15.line), crossed(sts.line)
('above 80 km but not 100 km', 'above 100 km', '')
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from askspace.flightlog import FlightRecord

US_LINE = "the US 80 km (50-mile) line"
KARMAN = "the 100 km Kármán line"
RULE = (f"a flight reached space when it crossed {US_LINE}, the boundary of the US Air Force, NASA and the FAA; "
        f"{KARMAN} is the FAI's")


class Tally(NamedTuple):
    above_80: int  # flights that reached space by the US line (every flight that reached space)
    above_100: int  # of them, those above 100 km


def tally(flights: Iterable[FlightRecord]) -> Tally:
    """How many of the flights reached space, by each line."""
    done = [f for f in flights if f.reached_space]
    return Tally(len(done), sum(f.above_100km for f in done))


def crossed(line: str | None) -> str:
    """What a suborbital flight of this ``line`` crossed, as answers say it ("" for an orbital flight)."""
    return {"100km": "above 100 km", "80km": "above 80 km but not 100 km"}.get(line or "", "")
