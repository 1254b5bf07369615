"""Quiz clues that ask for a space station, a body, a country or a named craft (``askspace.clues`` reads them).

"Parts of this U.S. space station crashed down ... July 11, 1979" names Skylab: the one station of the United States
whose records hold that date. "Voyager 2 flew by this giant in 1989" names Neptune: the one planet Voyager 2 passed
in 1989. "In 1981, on the Soyuz 40 mission, Dumitru Prunariu became the first person from this country in space"
names Romania: the one state of both Soyuz 40's crew and Prunariu. "This village was an appropriate name for Apollo
14's command module" names Kitty Hawk. Every fact a clue states (a state, a year, a decade, a date, a person, a
mission, a craft) must hold for the entry; a clue that states nothing to check, or that several entries fit, is not
answered.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from askspace import cluedates, compose
from askspace.cluefacts import says_lost
from askspace.clues import Clue, _only
from askspace.compose import Citations, day
from askspace.craft import Craft
from askspace.flightlog import FlightRecord, records_of
from askspace.handlers.base import Reply
from askspace.model import KnowledgeBase, Mission

# what the noun after "this" says of a body: "this planet", "this giant", "this dwarf planet"
BODY_KINDS = {"planet": ("planet",), "giant": ("planet",), "dwarf planet": ("dwarf-planet",), "moon": ("moon",),
              "comet": ("comet",), "asteroid": ("asteroid",)}
# what the noun after "this" says of a craft: "this space shuttle", "this lunar module"
CRAFT_KINDS = {"shuttle": ("orbiter",), "space shuttle": ("orbiter",), "orbiter": ("orbiter",),
               "lunar module": ("lunar-module",), "lunar lander": ("lunar-module",), "lm": ("lunar-module",),
               "lem": ("lunar-module",), "command module": ("command-module",), "capsule": ("capsule",),
               "rover": ("rover",)}


def evaluate(kb: KnowledgeBase, clue: Clue, cite: Citations) -> Reply | None:
    """The one station, body, country or craft the clue describes, or None."""
    reader = _READERS.get(clue.asks)
    return reader(kb, clue, cite) if reader else None


def station_of(kb: KnowledgeBase, flight: FlightRecord) -> str | None:
    """The station (a mission id) a flight went to: the one its record names, or the one of its program that was in
    orbit that year (Skylab 2: Skylab)."""
    stations = [m for m in kb.missions.values() if "space-station" in m.types]
    if flight.station:
        said = flight.station.lower()
        return next((m.id for m in stations if said in {m.name.lower(), *(a.lower() for a in m.aliases)}), None)
    program = kb.missions[flight.mission].program if flight.mission in kb.missions else None
    found = [m.id for m in stations if program and m.program == program and m.launch.year <= flight.year
             <= (m.end or kb.as_of).year]
    return found[0] if len(found) == 1 else None


def _span(kb: KnowledgeBase, m: Mission) -> tuple[dt.date, dt.date]:
    return m.launch, m.end or kb.as_of


def _in_span(span: tuple[dt.date, dt.date], year: int) -> bool:
    return span[0].year <= year <= span[1].year


def _decade_in(span: tuple[dt.date, dt.date], decade: int) -> bool:
    return span[0].year <= decade + 9 and decade <= span[1].year


def _state_fits(kb: KnowledgeBase, state: str, said: tuple[str, ...]) -> bool:
    """Whether a state is one a clue's state word names (the Soviet Union for "Russian")."""
    return state in said or any(kb.states[s].successor == state for s in said if s in kb.states)


def _states_fit(kb: KnowledgeBase, clue: Clue, state: str) -> bool:
    """Whether an entry's state fits the clue: every state said in the phrase after "this" ("this U.S. space
    station"), or else one of those the clue names elsewhere (the others may be where its parts fell)."""
    if clue.own_states:
        return all(_state_fits(kb, state, said) for said in clue.own_states)
    return not clue.states or any(_state_fits(kb, state, said) for said in clue.states)


def _missions_of_person(kb: KnowledgeBase, person: str, years: tuple[int, ...]) -> set[str]:
    flown = records_of(kb.people[person].flown) if kb.people[person].flown else ()
    return {f.mission for f in flown if f.mission and (not years or f.year in years)}


def _station(kb: KnowledgeBase, clue: Clue, cite: Citations) -> Reply | None:
    stations = {m.id: m for m in kb.missions.values() if "space-station" in m.types}
    parts = {m for m in clue.missions if m in stations} if "module" in clue.words else set()
    fits = parts or set(stations) - set(clue.missions)  # "the Tianhe core module of this station": its station
    went: dict[str, dict[str, FlightRecord]] = {}
    for person in clue.people:
        flown = records_of(kb.people[person].flown) if kb.people[person].flown else ()
        went[person] = {s: f for f in flown for s in [station_of(kb, f)]
                        if s and (not clue.years or f.year in clue.years)}
        fits &= set(went[person])
    for c in clue.craft:  # "its components are Zarya, Unity, Zvezda": the station the modules belong to
        fits &= {kb.craft[c].part_of}
    fits &= _checked(clue, {s: _span(kb, stations[s]) for s in fits})
    if not clue.people:  # "the last American to live aboard this": the person's state, not the station's
        fits = {s for s in fits if _states_fit(kb, clue, stations[s].country)}
    if says_lost(clue.words) and clue.years:
        fits = {s for s in fits if (end := stations[s].end) and end.year in clue.years}
    if not (clue.people or clue.craft or clue.states or clue.years or clue.decades or clue.dates):
        return None
    answer = _only(fits, "stations", lambda s: stations[s].name)
    if answer is None:
        return None
    m = stations[answer]
    if went:  # what matched: the named people's flights
        how = [f"{kb.people[p].name} ({w[answer].label}, {w[answer].year})" for p, w in went.items()]
        marks = "".join(dict.fromkeys(cite.add(kb.people[p].sources[0]) for p in went if kb.people[p].sources))
        return _said(f"{m.name}: {compose.join(how)} {'flew' if len(how) == 1 else 'each flew'} to it{marks}", cite, m)
    state = f"a space station of {compose.state_name(kb, m.country)}, " if clue.states else ""
    return _said(f"{m.name}: {state}{_when(kb, m)}{cite.cite(m)}", cite, m)


def _checked(clue: Clue, spans: dict[str, tuple[dt.date, dt.date]]) -> set[str]:
    """The entries whose span holds every year, decade and date the clue states."""
    return {e for e, span in spans.items() if all(_in_span(span, y) for y in clue.years)
            and all(_decade_in(span, d) for d in clue.decades) and all(d in span for d in clue.dates)}


def _when(kb: KnowledgeBase, m: Mission) -> str:
    if m.end:
        return f"in orbit from {day(m.launch)} to {day(m.end)}"
    return f"launched on {day(m.launch)}"


def _named_missions(kb: KnowledgeBase, clue: Clue) -> list[str]:
    """The missions a clue names, by their names, through a named craft that flew once, or by the date."""
    crafted = [kb.craft[c].missions[0] for c in clue.craft if len(kb.craft[c].missions) == 1]
    dated = [m.id for m in cluedates.missions_on(kb, clue.dates, clue.events)]
    return list(dict.fromkeys([*clue.missions, *crafted, *dated]))


def _visits(kb: KnowledgeBase, m: Mission) -> dict[str, tuple[dt.date, dt.date]]:
    """The bodies a mission went to (its target, other than Earth, and those it passed) with when."""
    flyby = "flyby" in m.types and m.arrival is not None  # Voyager 2 passed Jupiter in 1979, not after
    span = (m.arrival, m.arrival) if flyby and m.arrival else _span(kb, m)
    found = {m.target: span} if m.target != "earth" else {}
    for e in m.encounters:
        found.setdefault(e.body, (e.date, e.date))
    return found


def _body(kb: KnowledgeBase, clue: Clue, cite: Citations) -> Reply | None:
    missions = _named_missions(kb, clue)
    groups = [_visits(kb, kb.missions[m]) for m in missions]
    for person in clue.people:
        groups.append({b: s for m in _missions_of_person(kb, person, clue.years) for b, s in _visits(
            kb, kb.missions[m]).items() if m in kb.missions})
    if not groups:  # "In 2011 NASA will send a rover to this planet": the missions the clue describes
        from askspace import cluesets

        return cluesets.body(kb, clue, cite)
    fits = set.intersection(*(set(g) for g in groups)) - set(clue.bodies)
    fits = {b for b in fits if b in kb.bodies and all(b in _checked(clue, {b: g[b]}) for g in groups)}
    kinds = BODY_KINDS.get(clue.noun)
    if kinds:
        fits = {b for b in fits if kb.bodies[b].kind in kinds}
    moons = [kb.bodies[b] for b in clue.bodies if b in kb.bodies and kb.bodies[b].kind == "moon"]
    moons = [m for m in moons if m.id != "moon"] or moons  # "this planet's moon Phobos": the word, not the Moon
    if moons:  # "Titan & Enceladus, moons of this planet"
        fits = {b for b in fits if all(moon.parent == b for moon in moons)}
    answer = _only(fits, "bodies", lambda b: kb.bodies[b].name)
    if answer is None:
        return None
    found = [kb.missions[m] for m in missions]
    went = [f"{m.name} went to it" + (f" ({_year_of(kb, m, answer)})" if clue.years else "") for m in found]
    flew = [(kb.people[p], [kb.missions[m] for m in kb.people[p].missions if m in kb.missions
                            and answer in _visits(kb, kb.missions[m]) and (not clue.years or any(
                                _in_span(_span(kb, kb.missions[m]), y) for y in clue.years))]) for p in clue.people]
    went += [f"{p.name} flew to it on {compose.join([m.name for m in ms])}" for p, ms in flew]
    went += [f"{moon.name} is its moon" for moon in moons]
    marks = "".join([*(cite.cite(m) for m in found), *(cite.add(p.sources[0]) for p, _ in flew if p.sources)])
    return _said(f"{kb.bodies[answer].name}: {compose.join(went)}{marks}", cite, *found,
                 *(m for _, ms in flew for m in ms))


def _year_of(kb: KnowledgeBase, m: Mission, body: str) -> str:
    e = next((e for e in m.encounters if e.body == body), None)
    return f"{e.kind} on {day(e.date)}" if e else f"launched {day(m.launch)}"


def _country(kb: KnowledgeBase, clue: Clue, cite: Citations) -> Reply | None:
    groups: list[set[str]] = []
    why: list[str] = []
    for m in (kb.missions[i] for i in _named_missions(kb, clue)):
        if not all(_in_span(_span(kb, m), y) for y in clue.years):
            return None  # "met Halley's Comet in 1986": a year of the mission's flight
        groups.append({m.country, *(c.nationality for c in m.crew if c.nationality)})
        why.append(f"{m.name} ({m.launch.year})")
    for person in clue.people:
        p = kb.people[person]
        groups.append(set(p.nationalities))
        why.append(p.name)
    if not groups:  # "In 1975 ... Venus ... by a spacecraft of this country": the states of the missions there
        from askspace import cluesets

        return cluesets.country(kb, clue, cite)
    fits = set.intersection(*groups) - {s for said in clue.states for s in said}
    answer = _only(fits, "countries", lambda s: compose.state_name(kb, s))
    if answer is None or answer not in kb.states:
        return None
    state = kb.states[answer]
    marks = "".join(cite.add(kb.people[p].sources[0]) for p in clue.people if kb.people[p].sources)
    found = [kb.missions[i] for i in _named_missions(kb, clue)]
    marks += "".join(cite.cite(m) for m in found)
    return _said(f"{state.short}: {compose.join(why)} {'is' if len(why) == 1 else 'are'} {state.adjective}{marks}",
                 cite, *found)


def _craft(kb: KnowledgeBase, clue: Clue, cite: Citations) -> Reply | None:
    kinds = CRAFT_KINDS.get(clue.noun)
    every = [c for c in kb.craft.values() if c.named and (kinds is None or c.kind in kinds)]
    missions = set(_named_missions(kb, clue)) - {m for c in clue.craft for m in kb.craft[c].missions}
    for person in clue.people:
        missions |= _missions_of_person(kb, person, clue.years)
    fits = {c.id for c in every if c.id not in clue.craft}
    if missions:
        fits = {c for c in fits if missions & set(kb.craft[c].missions)}
    elif clue.ordinal is not None and kinds:
        flown = sorted((c for c in every if c.first_flight), key=lambda c: c.first_flight.date if c.first_flight
                       else dt.date.max)
        n = clue.ordinal
        fits &= {flown[n - 1 if n > 0 else n].id} if flown and len(flown) >= abs(n) else set()
    elif says_lost(clue.words) and clue.years and kinds:
        fits = {c for c in fits if (lost := kb.craft[c].lost) and lost.date.year in clue.years}
    else:
        return None
    fits = {c for c in fits if _craft_years(kb, kb.craft[c], clue.years)}
    fits = {c for c in fits if _states_fit(kb, clue, kb.craft[c].state)}
    answer = _only(fits, "craft", lambda c: kb.craft[c].name)
    if answer is None:
        return None
    c = kb.craft[answer]
    on = [kb.missions[m].name for m in c.missions if m in missions and m in kb.missions]
    facts = [f"the {c.kind_name}" + (f" of {compose.join(on)}" if on else "")]
    if c.first_flight and clue.ordinal is not None:
        facts.append(f"first flown on {c.first_flight.flight} ({day(c.first_flight.date)})")
    if c.lost and says_lost(clue.words):
        facts.append(f"lost on {c.lost.flight} ({day(c.lost.date)}): {c.lost.note}")
    if c.meaning:
        facts.append(f"named for {c.meaning}")
    return _said(f"{c.name}: {'; '.join(facts)}{cite.add(c.sources[0])}", cite,
                 *(kb.missions[m] for m in c.missions if m in missions and m in kb.missions))


def _craft_years(kb: KnowledgeBase, c: Craft, years: Iterable[int]) -> bool:
    """Whether the craft flew (or was lost) in each year the clue names."""
    flown = {kb.missions[m].launch.year for m in c.missions if m in kb.missions}
    flown |= {f.date.year for f in (c.first_flight, c.last_flight) if f}
    if c.lost:
        flown.add(c.lost.date.year)
    return all(y in flown for y in years)


def _rocket(kb: KnowledgeBase, clue: Clue, cite: Citations) -> Reply | None:
    """The one rocket that launched every mission the clue names (and every flight of the people it names)."""
    missions = [kb.missions[m] for m in _named_missions(kb, clue)]
    missions += [kb.missions[m] for p in clue.people for m in sorted(_missions_of_person(kb, p, clue.years))
                 if m in kb.missions]
    if not missions or any(not m.rocket for m in missions):
        return None
    fits = {str(m.rocket) for m in missions} if len({m.rocket for m in missions}) == 1 else set()
    fits = {r for r in fits if r in kb.rockets and _states_fit(kb, clue, kb.rockets[r].state or "")}
    answer = _only(fits, "rockets", lambda r: kb.rockets[r].name)
    if answer is None:
        return None
    rocket = kb.rockets[answer]
    flew = compose.join([f"{m.name} ({m.launch_vehicle or rocket.name}, {day(m.launch)})" for m in missions])
    return _said(f"{rocket.name}: it launched {flew}{''.join(cite.cite(m) for m in missions)}", cite, *missions)


def _site(kb: KnowledgeBase, clue: Clue, cite: Citations) -> Reply | None:
    """ "Armstrong flew the Apollo 11 lunar module to this "sea"": where the one mission named landed."""
    missions = [kb.missions[m] for m in _named_missions(kb, clue)]
    if any(not m.landing or not m.landing.date or m.landing.date.year not in clue.years
           for m in missions if clue.years):
        return None  # "Curiosity landed in this crater in 2013": not the year it landed
    sites = {m.landing.site for m in missions if m.landing and m.landing.site}
    answer = _only(sites, "landing sites") if len(sites) == len(missions) else None
    if answer is None:
        return None
    landed = [m for m in missions if m.landing and m.landing.site == answer]
    when = compose.join([f"{m.name} ({day(m.landing.date) if m.landing else ''})" for m in landed])
    return _said(f"{answer}: where {when} landed{''.join(cite.cite(m) for m in landed)}", cite, *landed)


def _said(text: str, cite: Citations, *found: Mission) -> Reply:
    r = Reply([f"That describes {text}."], citations=cite)
    r.use(*found)
    return r


_READERS: dict[str, Callable[[KnowledgeBase, Clue, Citations], Reply | None]] = {
    "station": _station, "body": _body, "country": _country, "craft": _craft, "rocket": _rocket,
    "site": _site}
