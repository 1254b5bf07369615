"""Crewed flights that never left the ground (``launched: false`` in knowledge/flights): which crew escaped a fire
on the pad, which crew died before launch, what happened to them.

The flights are those of the flight records that never launched (Apollo 1, Soyuz T-10-1), with the crew they name
and the accident record they point to (its deaths tell who died and who escaped). A year asked about narrows them.
"""

from __future__ import annotations

from askspace import lore
from askspace.compose import day, join
from askspace.crewedflights import CrewedFlight
from askspace.handlers.base import Ask, Reply

_LIVED = ("escape", "escaped", "survive", "survived", "saved", "rescued", "lived")
_DIED = ("die", "died", "killed", "death", "deaths", "perished")


def ground_flights(a: Ask) -> Reply:
    """ "Which crew escaped a launch-pad fire in 1983?", "Which crewed flights never launched?", "What happened to
    Apollo 1?" (intent ``ground_flight_named``)."""
    years = {int(y) for y in a.q.ids("year")}
    named = set(a.q.ids("ground_flight"))
    states = set(a.q.ids("state"))
    deaths = {acc.id: acc.deaths for acc in lore.accidents(a.kb)}
    flights = [f for f in sorted(a.kb.crewed_flights.values(), key=lambda f: f.launch)
               if not f.launched and (not years or f.launch.year in years) and (not named or f.name in named)
               and (not states or _state(a, f) in states)]
    if any(a.q.has(w) for w in _LIVED):
        flights = [f for f in flights if deaths.get(f.accident or "", 0) == 0]
    elif any(a.q.has(w) for w in _DIED):
        flights = [f for f in flights if deaths.get(f.accident or "", 0) > 0]
    r = a.reply([], bodies=["earth"], states=sorted(states))
    if not flights:
        r.lines.append("My flight records have no crewed flight that ended on the ground like that"
                       + (f" in {join(sorted(str(y) for y in years))}." if years else "."))
        r.understood = False
        return r
    for f in flights:
        cite = "".join(r.citations.add(s) for s in f.sources)
        fate = "died" if deaths.get(f.accident or "", 0) else "survived"
        flew = _state(a, f)
        where = f" ({a.kb.states[flew].short or a.kb.states[flew].name})" if states and flew in a.kb.states else ""
        if named:  # what happened to it: that it never launched, first
            r.lines.append(f"{f.name} never launched: it ended on the ground on {day(f.launch)}{cite}, and its crew, "
                           f"{join(list(f.crew))}, {fate}.")
        else:
            r.lines.append(f"{_crew(f)} {fate}: {f.name}{where} never launched; it ended on the ground on "
                           f"{day(f.launch)}{cite}.")
        if f.outcome_reason:
            r.lines.append(f.outcome_reason)
    if named:
        return r
    r.lines.append("Counted: the crewed flights of my flight records that never left the ground, with their crew "
                   "aboard (" + join([f"{f.name} ({f.launch.year})" for f in sorted(
                       (g for g in a.kb.crewed_flights.values() if not g.launched), key=lambda g: g.launch)])
                   + "); launches that left the pad and failed are flights of their programs.")
    return r


def _state(a: Ask, f: CrewedFlight) -> str | None:
    """The state that flew it: its program's."""
    program = a.kb.programs.get(f.program) if f.program else None
    return program.country if program else None


def _crew(f: CrewedFlight) -> str:
    return f"The {f.name} crew, {join(list(f.crew))},"
