"""Handlers: one function per kind of reasoning, named in ``intents/*.yaml``."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from importlib import import_module
from typing import cast

from askspace.handlers.base import Ask, Reply

Handler = Callable[[Ask], Reply]

# Where each handler lives ("module.function" under askspace.handlers). Modules are imported on
# first use, so a one-shot question imports the one it needs rather than all twenty.
HANDLERS: dict[str, str] = {
    "countries": "counts.countries",
    "count_missions": "missionsets.count_missions",
    "list_missions": "missionsets.list_missions",
    "first_event": "firsts.first_event",
    "compare": "compare.compare",
    "people": "people.people",
    "spacefarers": "spacefarers.spacefarers",
    "person": "persons.person",
    "how_long": "persons.how_long",
    "person_facts": "biography.person_facts",
    "person_flights": "careers.person_flights",
    "compare_people": "careers.compare_people",
    "record": "records.record",
    "first_other": "nations.first_other",
    "crewed_states": "nations.crewed_states",
    "state_in_space": "nations.state_in_space",
    "women_first": "women.women_first",
    "women_count": "women.women_count",
    "state_people": "statepeople.state_people",
    "relative_event": "relative.relative_event",
    "did_mission": "checks.did_mission",
    "check_first": "checks.check_first",
    "did_state": "didstate.did_state",
    "program_status": "programs.program_status",
    "describe_mission": "missions.describe_mission",
    "mission_when": "missions.mission_when",
    "who_built": "missions.who_built",
    "crew": "missions.crew",
    "explain_outcome": "missions.explain_outcome",
    "verify_robotic": "missions.verify_robotic",
    "sources": "sources.sources",
    "greeting": "talk.greeting",
    "help": "talk.help_reply",
    "out_of_scope": "talk.out_of_scope",
    "no_current_data": "talk.no_current_data",
    "mission_event": "events.mission_event",
    "crew_durations": "stations.crew_durations",
    "mission_bodies": "probes.mission_bodies",
    "program_when": "probes.program_when",
    "first_of_type": "stations.first_of_type",
    "animal_flights": "animals.animal_flights",
    "animal_check": "animals.animal_check",
    "mission_visits": "events.mission_visits",
    "body_visitors": "probes.body_visitors",
    "famous_words": "sayings.famous_words",
    "accident": "accidents.accident",
    "first_satellite": "satellites.first_satellite",
    "agency_facts": "agencies.agency_facts",
    "rocket_facts": "rockets.rocket_facts",
    "history_fact": "history.history_fact",
    "topic_facts": "topicfacts.topic_facts",
    "flight_crew": "flights.flight_crew",
    "spacewalk_record": "spacewalks.spacewalk_record",
    "craft_names": "craft.craft_names",
    "program_purpose": "programfacts.program_purpose",
    "satellite_system": "satsystems.satellite_system",
    "satellite_member": "satmembers.satellite_member",
    "satellite_end": "satmembers.satellite_end",
    "program_span": "programfacts.program_span",
    "program_flights": "programfacts.program_flights",
    "astronaut_group": "groups.astronaut_group",
    "explainer": "explainers.explainer",
    "person_agency": "personagency.person_agency",
    "person_sex": "personsex.person_sex",
    "crew_both": "crewboth.crew_both",
    "program_agency": "programagency.program_agency",
    "flight_facts": "crewedflights.flight_facts",
    "engine_facts": "engines.engine_facts",
    "engine_list": "enginelists.engine_list",
    "rocket_figures": "rocketfigures.rocket_figures",
    "rocket_list": "rocketfigures.rocket_list",
    "place_facts": "sites.place_facts",
    "mission_place": "sites.mission_place",
    "rocket_place": "rocketsites.rocket_place",
    "suborbital_flights": "suborbital.suborbital_flights",
    "ground_flights": "groundflights.ground_flights",
}


@cache
def handler(name: str) -> Handler:
    """The function of a handler named in an intent, its module imported now if not yet.

    >>> handler("greeting").__name__
    'greeting'
    """
    module, function = HANDLERS[name].split(".")
    return cast(Handler, getattr(import_module(f"askspace.handlers.{module}"), function))


# Which mention kinds each handler reads; the context fills these from earlier turns.
SLOTS: dict[str, tuple[str, ...]] = {
    "countries": ("body",),
    "count_missions": ("state", "body", "program"),
    "list_missions": ("state", "body", "program"),
    "first_event": ("state", "body"),
    "compare": ("mission", "state", "body"),
    "people": ("mission", "body", "state"),
    "person": ("mission",),
    "how_long": ("mission",),
    "person_facts": ("mission",),
    "record": (),
    "person_flights": (),
    "compare_people": (),
    "spacefarers": (),
    "first_other": ("state",),
    "crewed_states": (),
    "state_in_space": ("state",),
    "women_first": ("body",),  # a follow-up's new scope replaces the old one
    "women_count": ("body",),
    "state_people": ("state",),  # "and India?" after "how many Chinese astronauts have flown?"
    "relative_event": ("mission", "body", "state"),
    "did_mission": ("mission",),
    "check_first": ("mission", "body"),
    "did_state": ("state", "body"),
    "describe_mission": ("mission",),
    "mission_when": ("mission",),
    "who_built": ("mission",),
    "crew": ("mission",),
    "explain_outcome": ("mission",),
    "verify_robotic": ("mission", "state", "body"),
    "sources": ("mission",),
    "greeting": (),
    "help": (),
    "out_of_scope": (),
    "no_current_data": ("mission",),
    "program_status": ("program",),
    "mission_event": ("mission", "program", "state"),
    "crew_durations": ("mission", "program"),
    "mission_bodies": ("mission",),
    "program_when": ("program", "body"),
    "first_of_type": ("state",),
    "animal_flights": ("program",),
    "animal_check": ("mission",),
    "mission_visits": ("mission", "program"),
    "body_visitors": ("body",),
    "famous_words": ("mission",),
    "accident": ("mission",),
    "first_satellite": ("state",),
    "agency_facts": (),
    "rocket_facts": (),
    "history_fact": ("program",),
    "topic_facts": (),
    "flight_crew": (),
    "spacewalk_record": ("state",),
    "craft_names": ("mission",),
    "program_purpose": ("program",),
    "satellite_system": (),
    "satellite_member": ("mission",),
    "satellite_end": ("mission",),
    "program_span": ("program",),
    "program_flights": ("program",),
    "astronaut_group": ("state",),
    "explainer": (),
    "person_agency": (),
    "person_sex": (),
    "crew_both": (),
    "program_agency": ("program",),
    "flight_facts": ("mission",),
    "engine_facts": ("engine",),
    "engine_list": ("propellant", "agency", "state", "rocket"),
    "rocket_figures": ("rocket",),
    "rocket_list": ("propellant",),
    "place_facts": (),
    "mission_place": ("mission",),
    "rocket_place": (),
    "suborbital_flights": (),
    "ground_flights": ("year",),
}

__all__ = ["HANDLERS", "SLOTS", "Ask", "Handler", "Reply", "handler"]
