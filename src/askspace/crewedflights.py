"""Crewed flights (``crewed_flights:``, knowledge/flights/*.yaml): every crewed orbital flight launched to the end
of 2025 (Vostok to Fram2: Shuttle, Soyuz, Shenzhou, Crew Dragon and the rest), with its dates, orbiter, rocket, the
stations it flew to and its outcome; the crewed suborbital flights that reached space (``line``: the X-15 above
50 miles, Mercury-Redstone 3 and 4, SpaceShipOne, VSS Unity, New Shepard) with their apogee; and the crewed flights
that never launched (``launched: false``: Apollo 1, Soyuz T-10-1), dated by the day they ended on the ground.

A flight either is a mission of the records (``mission``: loading checks that they agree) or is a lighter entry of
its own. Crews are not copied here: they are the people whose ``flown`` lists name the flight, and the crew rows of
its mission. Loading checks that every flight has such people (to the date the lists are counted to), that a dated
flight of a list has the flight's launch date, and that every flight of the lists of a program held (see
``PREFIXES``) is an entry.

>>> from askspace.fields import DataError, Problems
>>> errors: list[DataError] = []
>>> raw = {"id": "x", "name": "X", "launch": "1980-02-30", "outcome": "fine", "sources": []}
>>> parse_flight(raw, Problems("f.yaml", errors), "crewed_flights[x]") is None
True
>>> for e in errors: print(e)
f.yaml: crewed_flights[x].launch: '1980-02-30' is not a date (write YYYY-MM-DD)
f.yaml: crewed_flights[x].outcome: 'fine' is not one of: success, partial, failure
f.yaml: crewed_flights[x].sources: a flight needs at least one source
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, NamedTuple

from askspace import model
from askspace.fields import Problems, _date, _entry, _flag, _one_of, _opt, _sources, _text, _text_list

FLIGHT_KEYS = {"id": True, "name": True, "aliases": False, "program": False, "mission": False, "launch": True,
               "landing": False, "orbiter": False, "launch_vehicle": False, "stations": False, "outcome": True,
               "outcome_reason": False, "reached_orbit": False, "line": False, "apogee_km": False, "craft": False,
               "launched": False, "crew": False, "accident": False, "notes": False, "sources": True}
OUTCOMES = ("success", "partial", "failure")
LINES = ("100km", "80km")
US_LINE_KM = 80.47  # 50 miles
PREFIXES = ("STS-", "Soyuz ", "Vostok ", "Voskhod ", "MA-", "Mercury-Atlas ", "Gemini ", "Apollo ", "Skylab ",
            "Shenzhou ", "SpaceX Crew-", "Crew Dragon ", "Axiom Mission ", "ASTP", "Inspiration4", "Polaris Dawn",
            "Fram2", "X-15 Flight ", "SpaceShipOne flight ", "VSS Unity ", "Virgin Galactic Unity ", "Galactic 0",
            "Blue Origin NS-", "Freedom 7", "Liberty Bell 7")
"""The programs held completely: every flight of the people's lists whose name begins so is an entry (the
suborbital ones too: the X-15, SpaceShipOne, VSS Unity, New Shepard and the two Mercury-Redstone flights)."""
MISSPELT = ("STS-151-C", "Soyuz MS", "Soyuz TM-2/3", "Soyuz TMA-34")
"""Flight names of the Astronaut database's rows that name no flight (STS-51-C, Soyuz MS-01, Soyuz TM-2 and TM-3,
Soyuz TM-34 are meant); left as the import wrote them until ``corrections.py`` renames them."""


class CrewedFlight(NamedTuple):
    """One crewed flight: "STS-41-B", launched 3 February 1984 on Challenger, landed 11 February 1984."""

    id: str
    name: str
    aliases: tuple[str, ...]
    program: str | None  # a program id; None for a private flight of no program (Inspiration4, the Axiom missions)
    mission: str | None  # the mission of the records this flight is
    launch: dt.date  # UTC
    landing: dt.date | None  # the day the craft it went up in came back (crews may come back in another)
    orbiter: str | None  # a Shuttle flight's orbiter: "Challenger"
    launch_vehicle: str | None  # "Space Shuttle", "Soyuz-FG"
    stations: tuple[str, ...]  # mission ids of the stations it flew to ("zarya" stands for the ISS)
    outcome: str
    outcome_reason: str | None
    reached_orbit: bool  # False for STS-51-L, Soyuz 18a and Soyuz MS-10, the suborbital flights and Apollo 1
    notes: tuple[str, ...]
    sources: tuple[model.Source, ...]
    line: str | None = None  # a suborbital flight: "100km" (the Karman line) or "80km" (only the US 50-mile line)
    apogee_km: float | None = None  # a suborbital flight's highest point
    craft: str | None = None  # the craft flown when the name does not say it: "X-15 No. 3", "VSS Unity"
    launched: bool = True  # False for a crewed flight that never left the ground (Apollo 1, Soyuz T-10-1)
    crew: tuple[str, ...] = ()  # a flight that never launched: who was aboard (no person's list names it)
    accident: str | None = None  # the accident record that tells what happened (accidents.yaml)

    @property
    def suborbital(self) -> bool:
        return self.line is not None

    @property
    def days(self) -> int | None:
        """Whole days from the launch to the landing (UTC dates), when both are known."""
        return (self.landing - self.launch).days if self.landing else None


def parse_flight(raw: Any, p: Problems, path: str) -> CrewedFlight | None:
    """A ``crewed_flights:`` entry, or None after reporting what is wrong."""
    m, flight_id = _entry(raw, FLIGHT_KEYS, p, path)
    if m is None or flight_id is None:
        return None
    name = _opt(m, "name", _text, p, path)
    program = _opt(m, "program", _text, p, path)
    launch = _opt(m, "launch", _date, p, path)
    outcome = _opt(m, "outcome", _one_of(OUTCOMES), p, path)
    sources = _opt(m, "sources", _sources, p, path) or ()
    if m.get("sources") is not None and not sources:
        p.add(f"{path}.sources", "a flight needs at least one source")
    if name is None or launch is None or outcome is None or not sources:
        return None
    line = _opt(m, "line", _one_of(LINES), p, path)
    launched = _flag(m, "launched", p, path) if "launched" in m else True
    reached = _flag(m, "reached_orbit", p, path) if "reached_orbit" in m else line is None and launched
    apogee = _apogee(m, line, p, path)
    if (line or not launched) and reached:
        p.add(f"{path}.reached_orbit", "a suborbital flight, or one that never launched, did not reach orbit")
    if not launched and (line or m.get("landing") is not None):
        p.add(f"{path}.launched", "a flight that never launched has no line and no landing")
    crew = _opt(m, "crew", _text_list, p, path) or ()
    if bool(crew) == launched:
        p.add(f"{path}.crew", "a flight that never launched names its crew here; one that launched takes them from "
                              "the people's lists")
    return CrewedFlight(flight_id, name, _opt(m, "aliases", _text_list, p, path) or (), program,
                        _opt(m, "mission", _text, p, path), launch, _opt(m, "landing", _date, p, path),
                        _opt(m, "orbiter", _text, p, path), _opt(m, "launch_vehicle", _text, p, path),
                        _opt(m, "stations", _text_list, p, path) or (), outcome,
                        _opt(m, "outcome_reason", _text, p, path), reached,
                        _opt(m, "notes", _text_list, p, path) or (), sources, line, apogee,
                        _opt(m, "craft", _text, p, path), launched, crew, _opt(m, "accident", _text, p, path))


def _apogee(m: dict[str, Any], line: str | None, p: Problems, path: str) -> float | None:
    """``apogee_km``: a suborbital flight's, in km, on the side of the lines its ``line`` says."""
    value = m.get("apogee_km")
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
        p.add(f"{path}.apogee_km", f"{value!r} is not a positive number of km")
        return None
    if line is None:
        p.add(f"{path}.apogee_km", "only a suborbital flight (with a line) states its apogee")
    elif (line == "100km") != (value >= 100) or value < US_LINE_KM:
        p.add(f"{path}.apogee_km", f"{value} km is not on the {line} side of the lines")
    return float(value)


def crews(people: dict[str, tuple[model.Person, str]]) -> dict[str, list[tuple[model.Person, Any]]]:
    """The people whose ``flown`` lists name each flight (by its name or title), with their list's row."""
    from askspace.flightlog import records_of

    out: dict[str, list[tuple[model.Person, Any]]] = {}
    for person, _ in people.values():
        for f in records_of(person.flown):
            for name in dict.fromkeys(n for n in (f.name, f.title) if n):
                out.setdefault(name, []).append((person, f))
    return out


def check_flights(flights: dict[str, tuple[CrewedFlight, str]], c: Any, err: Callable[[str, str], None]) -> None:
    """Programs, missions and stations exist; dates are in order; a linked mission agrees; people name each flight."""
    named = crews(c.people)
    counted_to = max((p.counted_to for p, _ in c.people.values() if p.counted_to), default=None)
    names: dict[str, str] = {}
    for f, where in flights.values():
        for alias in {n.casefold() for n in (f.name, *f.aliases)}:
            other = names.setdefault(alias, f.id)
            if other != f.id:
                err(f"{where}.name", f"{alias!r} also names flight {other!r}")
        if f.program is not None and f.program not in c.programs:
            err(f"{where}.program", f"unknown program {f.program!r}")
        for s in f.stations:
            if s not in c.missions or "space-station" not in c.missions[s][0].types:
                err(f"{where}.stations", f"{s!r} is not a station of the mission records")
        if f.landing and f.landing < f.launch:
            err(f"{where}.landing", f"{f.landing.isoformat()} is before the launch {f.launch.isoformat()}")
        for key, value in (("launch", f.launch), ("landing", f.landing)):
            if value and c.as_of and value > c.as_of:
                err(f"{where}.{key}", f"{value.isoformat()} is after the knowledge base date {c.as_of.isoformat()}")
        if f.mission:
            _agree(f, where, c.missions, err)
        people = [row for n in dict.fromkeys((f.name, *f.aliases)) for row in named.get(n, [])]
        crew = c.missions[f.mission][0].crew if f.mission in c.missions else ()
        if f.accident is not None and f.accident not in c.accidents:
            err(f"{where}.accident", f"unknown accident {f.accident!r}")
        if not people and not crew and not f.crew and counted_to and f.launch <= counted_to:
            err(f"{where}.name", f"no person's flown list and no mission crew names {f.name!r}")
        for person, row in people:
            if row.date and row.name in (f.name, *f.aliases) and row.date != f.launch:
                err(f"{where}.launch", f"{person.name}'s list dates {f.name} {row.date.isoformat()}")
            if row.reached_space and f.launched and row.line != f.line:
                err(f"{where}.line", f"{person.name}'s list says {row.line or 'orbital'} for {f.name}")
    held = {n.casefold() for f, _ in flights.values() for n in (f.name, *f.aliases)}
    for name, people in sorted(named.items()) if flights else ():
        if name.startswith(PREFIXES) and name.casefold() not in held and name not in MISSPELT:
            err(f"knowledge/flights: {name}", f"named in {people[0][0].name}'s flown list but not a crewed flight")
    _orbiters(flights, c.craft, err)


def _agree(f: CrewedFlight, where: str, missions: dict[str, tuple[model.Mission, str]],
           err: Callable[[str, str], None]) -> None:
    if f.mission not in missions:
        err(f"{where}.mission", f"unknown mission {f.mission!r}")
        return
    m = missions[f.mission][0]
    if m.launch != f.launch:
        err(f"{where}.launch", f"{f.launch.isoformat()}, but mission {m.id!r} launched {m.launch.isoformat()}")
    if m.end and f.landing and m.end != f.landing:
        err(f"{where}.landing", f"{f.landing.isoformat()}, but mission {m.id!r} ended {m.end.isoformat()}")
    if m.outcome != f.outcome:
        err(f"{where}.outcome", f"{f.outcome}, but mission {m.id!r} is a {m.outcome}")


def _orbiters(flights: dict[str, tuple[CrewedFlight, str]], craft: dict[str, tuple[Any, str]],
              err: Callable[[str, str], None]) -> None:
    """Each orbiter's flights here number its ``flights`` in the craft records."""
    counts: dict[str, int] = {}
    for f, _ in flights.values():
        if f.orbiter:
            counts[f.orbiter] = counts.get(f.orbiter, 0) + 1
    orbiters = {k.name: k for k, _ in craft.values() if k.kind == "orbiter"}
    for name, n in sorted(counts.items()):
        k = orbiters.get(name)
        if k is None:
            err(f"knowledge/flights: orbiter {name}", "not an orbiter of the craft records")
        elif k.flights is not None and k.flights != n:
            err(f"knowledge/flights: orbiter {name}", f"{n} flights here, {k.flights} in the craft records")


def flight_dict(f: CrewedFlight) -> dict[str, Any]:
    """One flight as ``--export-knowledge`` writes it."""
    return {"id": f.id, "name": f.name, "aliases": list(f.aliases), "program": f.program, "mission": f.mission,
            "launch": f.launch.isoformat(), "landing": f.landing.isoformat() if f.landing else None,
            "orbiter": f.orbiter, "launch_vehicle": f.launch_vehicle, "stations": list(f.stations),
            "outcome": f.outcome, "outcome_reason": f.outcome_reason, "reached_orbit": f.reached_orbit,
            "line": f.line, "apogee_km": f.apogee_km, "craft": f.craft, "launched": f.launched, "crew": list(f.crew),
            "accident": f.accident, "notes": list(f.notes),
            "sources": [{"title": s.title, "url": s.url, "ref": s.ref} for s in f.sources]}
