"""Typed values of the knowledge base: states, bodies, programs, missions and people.

Everything here is immutable and built by :mod:`askspace.knowledge` from the validated YAML files;
handlers only ever see these types. They are NamedTuples, and ``KnowledgeBase`` a plain class: a
dataclass costs almost a millisecond to define at every start (and ``import dataclasses`` several more),
a tuple a tenth of that, and tuples unpickle faster.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING, NamedTuple

from askspace.figures import Figure
from askspace.missionindex import MissionIndexes

if TYPE_CHECKING:
    from askspace.craft import Craft
    from askspace.crewedflights import CrewedFlight
    from askspace.engines import Engine, Propellant
    from askspace.explainers import Explainer
    from askspace.groups import AstronautGroup
    from askspace.history import HistoryDate, HistoryFact, Topic
    from askspace.kinds import Agency, Rocket
    from askspace.notes import Note
    from askspace.satmodel import FirstSatellite
    from askspace.satsystems import SatelliteSystem
    from askspace.sites import MissionPlace, Place

LANDING_RESULTS = ("soft", "impact", "crash", "lost", "missed")
OPERATED = ("yes", "brief", "none")
OUTCOMES = ("success", "partial", "failure")
MISSION_TYPES = (
    "flyby",
    "orbiter",
    "impactor",
    "lander",
    "rover",
    "sample-return",
    "penetrator",
    "atmospheric-probe",
    "balloon",
    "relay",
    "crewed",
    "satellite",
    "suborbital",
    "technology",
    "space-station",
    "telescope",
)
EVENT_KINDS = (
    "spacewalk", "docking", "undocking", "crew-arrival", "servicing", "release", "reentry", "deorbit",
    "sample-return", "arrival", "flyby", "orbit", "landing", "impact", "interstellar", "breakup", "in-orbit",
)
BODY_KINDS = ("star", "planet", "dwarf-planet", "moon", "asteroid", "comet", "region")
STATE_KINDS = ("state", "agency")
SEXES = ("female", "male")


class Source(NamedTuple):
    """Where a fact comes from: a title plus a URL or a bibliographic reference."""

    title: str
    url: str | None = None
    ref: str | None = None

    def cite(self) -> str:
        """One-line citation: ``title, url`` or ``title, ref``."""
        where = self.url or self.ref
        return f"{self.title}, {where}" if where else self.title


class State(NamedTuple):
    id: str
    name: str
    short: str
    adjective: str
    kind: str
    aliases: tuple[str, ...] = ()
    loose_aliases: tuple[str, ...] = ()
    start: dt.date | None = None
    end: dt.date | None = None
    successor: str | None = None
    sources: tuple[Source, ...] = ()


class Body(NamedTuple):
    id: str
    name: str
    kind: str
    parent: str | None = None
    aliases: tuple[str, ...] = ()

    @property
    def bare_name(self) -> str:
        """The name without a leading article: "Moon" for "the Moon"."""
        return self.name[4:] if self.name.startswith("the ") else self.name


class Program(NamedTuple):
    id: str
    name: str
    country: str
    aliases: tuple[str, ...] = ()
    sources: tuple[Source, ...] = ()
    # What the program was (askspace.programinfo): its span, purpose and flight count, where sources give them.
    began: HistoryDate | None = None
    ended: HistoryDate | None = None
    ongoing: bool = False
    purpose: str | None = None
    flights: int | None = None
    flights_counted: str | None = None  # what the count counts: "crewed flights, Apollo 7 to 17"
    meaning: str | None = None  # what its name means, alternatives after ";": "union" (Soyuz)
    notes: tuple[str, ...] = ()


class CrewMember(NamedTuple):
    name: str
    role: str
    nationality: str | None = None
    died: bool = False  # died during the mission
    landed: dt.date | None = None  # back on Earth, when not with the mission's own end
    landed_in: str | None = None  # the craft that brought them back, when another one
    flight_time: str | None = None  # time in space on this flight: "437d 17h 58m"
    aliases: tuple[str, ...] = ()  # other names people use: "Captain Kirk"
    sex: str = ""  # female or male, required in the files (see SEXES)
    person: str = ""  # the id of the person (knowledge/people), set when the knowledge base is loaded

    @property
    def woman(self) -> bool:
        return self.sex == "female"


class Selection(NamedTuple):
    """The astronaut group a person was selected in: "NASA Astronaut Group 2", 1962."""

    group: str
    year: int | None = None


class Person(NamedTuple):
    """Someone who has flown in space (or died trying), with totals counted to ``counted_to``.

    ``flights``, ``time_in_space`` (minutes), ``spacewalks`` and ``eva_time`` (minutes) are None
    when no source gives them; ``missions`` (the knowledge base's missions with this person in the
    crew, in launch order) is filled at load. A NamedTuple, not a dataclass: hundreds are read
    from the cache on every start, and a tuple is both quicker to define and to unpickle.
    """

    id: str
    name: str
    sex: str
    sources: tuple[Source, ...]
    aliases: tuple[str, ...] = ()
    born: dt.date | None = None  # the full date, when a source gives it
    born_year: int | None = None  # always set when ``born`` is
    died: dt.date | None = None
    death_cause: str | None = None
    nationalities: tuple[str, ...] = ()  # state ids flown for, in flight order (ussr, then russia)
    selection: Selection | None = None
    flights: int | None = None
    time_in_space: int | None = None
    spacewalks: int | None = None
    eva_time: int | None = None
    counted_to: dt.date | None = None
    notes: tuple[str, ...] = ()
    missions: tuple[str, ...] = ()
    flown: str = ""  # the flights the entry lists, packed by askspace.flightlog (decoded on use)

    @property
    def woman(self) -> bool:
        return self.sex == "female"


class Landing(NamedTuple):
    result: str
    date: dt.date | None = None
    operated: str | None = None
    site: str | None = None
    crewed: bool = False
    note: str | None = None

    @property
    def is_soft(self) -> bool:
        return self.result == "soft"

    @property
    def heard_from_surface(self) -> bool:
        """Soft landing that sent a signal from the surface (the "landed" rule)."""
        return self.result == "soft" and self.operated in ("yes", "brief")

    @property
    def worked(self) -> bool:
        """Soft landing that went on working (the stricter rule)."""
        return self.result == "soft" and self.operated == "yes"

    @property
    def reached_surface(self) -> bool:
        return self.result in ("soft", "impact", "crash")


class Encounter(NamedTuple):
    """A body a mission also flew past or orbited, besides its main target."""

    body: str
    date: dt.date
    kind: str  # flyby or orbit


class Animal(NamedTuple):
    """An animal a flight carried (animals are not crew): Laika, Ham."""

    species: str  # "dog", "chimpanzee"
    survived: bool  # came back alive
    name: str | None = None  # "two steppe tortoises" has no names
    note: str | None = None  # how it died or came back


class Event(NamedTuple):
    """A dated event inside a mission: a spacewalk, a docking, the re-entry, a comet arrival."""

    date: dt.date
    kind: str  # one of EVENT_KINDS
    body: str | None = None  # where it happened, when not the mission's target
    other: str | None = None  # the mission it happened with (docked with, serviced, visited)
    people: tuple[str, ...] = ()
    place: str | None = None  # where on Earth or on the body ("South Pacific near Fiji")
    times: int | None = None  # how many (spacewalks of a servicing mission): the files' key "count"
    note: str | None = None
    sources: tuple[Source, ...] = ()


class Mission(NamedTuple):
    id: str
    name: str
    country: str
    target: str
    types: tuple[str, ...]
    launch: dt.date
    outcome: str
    outcome_reason: str
    sources: tuple[Source, ...]
    aliases: tuple[str, ...] = ()
    program: str | None = None
    agency: str | None = None
    launch_vehicle: str | None = None
    rocket: str | None = None  # the rocket family's id (knowledge/rockets.yaml)
    also_in: tuple[str, ...] = ()  # other programs it belonged to (Soyuz 28: Soyuz, and Interkosmos)
    commercial: bool = False  # owned and flown by a company or private group, not a government agency
    arrival: dt.date | None = None
    landing: Landing | None = None
    end: dt.date | None = None
    returned: dt.date | None = None
    status: str = "ended"
    part_of: str | None = None
    summary: str | None = None
    twin: str | None = None  # the mission id of its twin craft, built to the same design (Spirit, Opportunity)
    rover: str | None = None
    encounters: tuple[Encounter, ...] = ()
    crew: tuple[CrewMember, ...] = ()
    firsts: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    events: tuple[Event, ...] = ()
    animals: tuple[Animal, ...] = ()
    figures: tuple[Figure, ...] = ()  # sourced quantities: sample mass, time on the surface, ...
    file: str = ""  # the file it was read from, for messages

    @property
    def crewed(self) -> bool:
        return "crewed" in self.types

    @property
    def kinds(self) -> tuple[str, ...]:
        """Its ``types``, plus "commercial" for a company's mission (what "space stations",
        "telescopes" or "companies" in a question select)."""
        return (*self.types, "commercial") if self.commercial else self.types

    def in_program(self, program: str) -> bool:
        """Whether the mission belongs to ``program``, as its own or as one it was also part of."""
        return self.program == program or program in self.also_in


class KnowledgeBase(MissionIndexes):
    """The whole validated knowledge base; its lookup tables over missions are those of ``MissionIndexes``.

    Built once by ``askspace.knowledge.load_knowledge`` and never changed after (a plain class rather than a
    frozen dataclass: importing and defining dataclasses costs the one-shot start more than its whole budget's
    margin). Packed tables (agencies, rockets, craft, groups, crewed flights) are decoded on use.
    """

    def __init__(self, *, as_of: dt.date, states: dict[str, State], bodies: dict[str, Body],
                 programs: dict[str, Program], missions: dict[str, Mission], people: dict[str, Person],
                 lore: bytes, first_satellites: dict[str, FirstSatellite], agencies: Mapping[str, Agency],
                 rockets: Mapping[str, Rocket], history: tuple[HistoryFact, ...], topics: dict[str, Topic],
                 spacewalks: bytes, craft: Mapping[str, Craft], craft_names: dict[tuple[str, ...], tuple[str, ...]],
                 astronaut_groups: Mapping[str, AstronautGroup], crewed_flights: Mapping[str, CrewedFlight],
                 engines: Mapping[str, Engine], propellants: Mapping[str, Propellant],
                 places: Mapping[str, Place], mission_places: Mapping[str, MissionPlace],
                 explainers: Mapping[str, Explainer],
                 satellite_systems: Mapping[str, SatelliteSystem], notes: Mapping[str, Note]) -> None:
        self.as_of = as_of
        self.states = states
        self.bodies = bodies
        self.programs = programs
        self.missions = missions
        self.people = people
        self.lore = lore  # famous words and accidents, packed: read on first use (askspace.lore)
        self.first_satellites = first_satellites  # by state id
        self.agencies = agencies  # knowledge/agencies.yaml
        self.rockets = rockets  # knowledge/rockets.yaml
        self.history = history  # dated program-history facts (askspace.history)
        self.topics = topics
        self.spacewalks = spacewalks  # spacewalk firsts and records, packed (askspace.spacewalks.entries)
        self.craft = craft  # knowledge/craft.yaml in file order
        self.craft_names = craft_names  # name words -> craft ids
        self.astronaut_groups = astronaut_groups  # askspace.groups
        self.crewed_flights = crewed_flights  # askspace.crewedflights, by launch
        self.engines = engines  # askspace.engines.Engine in file order
        self.propellants = propellants  # askspace.engines.Propellant
        self.places = places  # knowledge/places.yaml (askspace.sites), in file order
        self.mission_places = mission_places  # by mission id
        self.explainers = explainers  # askspace.explainers
        self.satellite_systems = satellite_systems  # askspace.satsystems
        self.notes = notes  # askspace.notes, the last resort (askspace.noteuse)
