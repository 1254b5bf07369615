"""One crewed flight's facts from the flight records (knowledge/flights): when it landed, how long it flew, which
orbiter flew it, which station it went to, which rocket launched it.

The flight is named by its own name ("STS-80", "Soyuz MS-22") or by the mission of the records it is ("STS-41-B").
The intent matches only a flight's name or a mission the flight records hold (entity ``flight_record``): other
missions are answered as before (their dates by ``mission_when``). The records hold the crewed orbital flights to
the end of 2025, the crewed suborbital flights that reached space (with the line they crossed and their apogee) and
the crewed flights that never launched (Apollo 1, Soyuz T-10-1); a flight of the people's lists that they lack is
said not to be known here.
"""

from __future__ import annotations

from askspace.compose import day, number_word, plural
from askspace.crewedflights import CrewedFlight
from askspace.handlers.base import Ask, Reply
from askspace.spacelines import KARMAN, US_LINE

_ORBITER = ("orbiter", "which shuttle", "what shuttle", "which space shuttle", "what space shuttle")
_STATION = ("station", "space station", "visit", "visited", "docked", "dock", "go to", "went to", "fly to", "flew to")
_LANDING = ("land", "landed", "landing", "come back", "came back", "return", "returned", "touch down", "touched down")
_LENGTH = ("how long", "how many days", "duration", "last", "lasted")
_ROCKET = ("rocket", "launch vehicle", "launcher")
_LAUNCH = ("when", "what year", "which year", "what date", "date", "launched", "launch", "lift off")
_HEIGHT = ("how high", "altitude", "apogee", "how far up", "highest point", "peak")
_STATION_NAMES = {"zarya": "the International Space Station", "tianhe": "the Tiangong space station"}


def find(a: Ask) -> CrewedFlight | None:
    """The flight the question names: a flight's own name, else the mission a flight is."""
    flights = a.kb.crewed_flights
    for m in a.q.of_kind("flight"):
        hit = next((f for f in flights.values() if m.ids[0] in (f.name, *f.aliases)), None)
        if hit is not None:
            return hit
    for mission_id in a.q.ids("mission"):
        hit = next((f for f in flights.values() if f.mission == mission_id), None)
        if hit is not None:
            return hit
    return None


def _asked(a: Ask) -> str:
    """What the question asks about the flight."""
    for facet, words in (("height", _HEIGHT), ("orbiter", _ORBITER), ("station", _STATION), ("length", _LENGTH),
                         ("landing", _LANDING), ("rocket", _ROCKET), ("launch", _LAUNCH)):
        if any(a.q.has(w) for w in words):
            return facet
    return "card"


def station_name(a: Ask, mission_id: str) -> str:
    """ "the International Space Station", "Mir", "Salyut 6"."""
    return _STATION_NAMES.get(mission_id) or a.kb.missions[mission_id].name


def flight_facts(a: Ask) -> Reply:
    """The landing, length, orbiter, station or rocket of the flight named (see the module's docstring)."""
    flight = find(a)
    facet = _asked(a)
    if flight is None:
        named = a.q.of_kind("flight")
        what = named[0].ids[0] if named else "that flight"
        return a.reply([f"My flight records do not have that for {what}; they hold the crewed orbital "
                        "flights."], understood=False)
    program = a.kb.programs.get(flight.program) if flight.program else None
    r = a.reply([], states=[program.country] if program else [], bodies=["earth"])
    if flight.mission:
        r.use(a.kb.missions[flight.mission])
    cite = "".join(r.citations.add(s) for s in flight.sources)
    first = _first(a, flight, facet, cite)
    alias = next((m.ids[0] for m in a.q.of_kind("flight") if m.ids[0] in flight.aliases), None)
    r.lines.append(first.replace(flight.name, f"{flight.name} ({alias})", 1) if alias else first)
    r.understood = not first.startswith("My records do not have") and not (  # what was asked is not known, nor
        facet == "length" and "the same day" in first)  # a flight's length when it came down the day it went up
    if flight.outcome != "success" and flight.outcome_reason:
        r.lines.append(flight.outcome_reason)
    elif flight.mission and flight.outcome != "success":
        r.lines.append(a.kb.missions[flight.mission].outcome_reason)
    shown = ("card", "height") if flight.suborbital else ("landing", "length", "card")
    r.lines.extend(note for note in flight.notes
                   if facet in shown or (not flight.suborbital and "date" not in note))
    return r


def crossed(f: CrewedFlight) -> str:
    """ "above the 100 km Kármán line", "above the US 80 km (50-mile) line but below 100 km" ("" when orbital)."""
    if f.line == "100km":
        return f"above {KARMAN}"
    return f"above {US_LINE} but below 100 km" if f.line else ""


def _height(f: CrewedFlight, cite: str) -> str:
    """How high a suborbital flight went, and which line it crossed."""
    if not f.launched:
        return f"{f.name} never left the ground{cite}."
    if not f.suborbital:
        return f"{f.name} was an orbital flight; my flight records do not hold its altitude ({day(f.launch)}){cite}."
    if f.apogee_km is None:
        return f"My records do not have how high {f.name} went; it flew {crossed(f)} ({day(f.launch)}){cite}."
    return f"{f.name} reached about {f.apogee_km:g} km, {crossed(f)} ({day(f.launch)}){cite}."


def _first(a: Ask, f: CrewedFlight, facet: str, cite: str) -> str:
    """The answer's first sentence: what was asked."""
    launched = f"launched {day(f.launch)}"
    if not f.launched:
        return f"{f.name} never launched: its crew's flight ended on the ground on {day(f.launch)}{cite}."
    if facet == "height":
        return _height(f, cite)
    if facet == "orbiter":
        if f.orbiter is None:
            return f"{f.name} was not a Space Shuttle flight; it flew in its own spacecraft ({launched}){cite}."
        return f"The orbiter {f.orbiter} flew {f.name} ({launched}){cite}."
    if facet == "station":
        if not f.stations:
            return f"{f.name} flew to no space station ({launched}){cite}."
        names = " and ".join(station_name(a, s) for s in f.stations)
        tried = "was sent to" if f.outcome == "partial" else "visited"
        return f"{f.name} {tried} {names} ({launched}){cite}."
    if facet in ("landing", "length") and f.suborbital and f.landing is None:
        return f"{f.name} did not land: the craft was lost during the flight on {day(f.launch)}{cite}."
    if facet in ("landing", "length") and not f.reached_orbit and f.landing is None:
        return f"{f.name} did not land: it was lost during its launch on {day(f.launch)}{cite}."
    end = a.kb.missions[f.mission].end if f.mission else None
    if facet in ("landing", "length") and f.landing is None and f.outcome != "success" and end:
        return f"{f.name} did not land: it was lost on {day(end)} ({launched}){cite}."
    if facet in ("landing", "length") and f.landing is None:
        return f"My records do not have when {f.name} landed ({launched}){cite}."
    if facet == "landing" and f.landing is not None:
        verb = "came down" if f.outcome == "failure" else "landed"
        return f"{f.name} {verb} on {day(f.landing)} ({launched}){cite}."
    if facet == "length" and f.landing is not None:
        n = (f.landing - f.launch).days
        span = "the same day" if n == 0 else f"{number_word(n)} calendar {plural(n, 'day', 'days')} apart"
        return (f"{f.name} flew from {day(f.launch)} to {day(f.landing)} (UTC dates, {span}){cite}; my records do "
                "not hold its exact time in flight.")
    if facet == "rocket":
        if f.launch_vehicle is None:
            return f"My records do not have the rocket that launched {f.name} ({launched}){cite}."
        if f.orbiter:
            return (f"{f.name} was launched on {day(f.launch)} by the Space Shuttle itself: the orbiter {f.orbiter} "
                    f"with its external tank and two solid rocket boosters{cite}.")
        return f"{f.name} was launched on a {f.launch_vehicle} rocket on {day(f.launch)}{cite}."
    if facet == "launch":
        return f"{f.name} was launched on {day(f.launch)}{cite}."
    parts = [launched]
    if f.landing:
        parts.append(f"landed {day(f.landing)}")
    if f.orbiter:
        parts.append(f"orbiter {f.orbiter}")
    if f.stations:
        parts.append("to " + " and ".join(station_name(a, s) for s in f.stations))
    program = f" {a.kb.programs[f.program].name}" if f.program in a.kb.programs else ""
    if f.suborbital:
        craft = f" in {f.craft}" if f.craft and f.craft not in f.name else ""
        top = f", reaching about {f.apogee_km:g} km" if f.apogee_km else ""
        return f"{f.name}: a crewed{program} suborbital flight{craft}, {', '.join(parts)}{top}, {crossed(f)}{cite}."
    return f"{f.name}: a crewed{program} flight, {', '.join(parts)}{cite}."
