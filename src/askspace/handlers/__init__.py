"""Handlers: one function per kind of reasoning, named in ``intents/*.yaml``."""

from __future__ import annotations

from collections.abc import Callable

from askspace.handlers import (
                               checks,
                               compare,
                               counts,
                               firsts,
                               missions,
                               missionsets,
    nations,
                               people,
                               persons,
                               records,
                               relative,
                               sources,
                               talk,
                               women,
)
from askspace.handlers.base import Ask, Reply

Handler = Callable[[Ask], Reply]

HANDLERS: dict[str, Handler] = {
    "countries": counts.countries,
    "count_missions": missionsets.count_missions,
    "list_missions": missionsets.list_missions,
    "first_event": firsts.first_event,
    "compare": compare.compare,
    "people": people.people,
    "person": persons.person,
    "how_long": persons.how_long,
    "record": records.record,
    "first_other": nations.first_other,
    "crewed_states": nations.crewed_states,
    "women_first": women.women_first,
    "women_count": women.women_count,
    "relative_event": relative.relative_event,
    "did_mission": checks.did_mission,
    "check_first": checks.check_first,
    "did_state": firsts.did_state,
    "describe_mission": missions.describe_mission,
    "mission_when": missions.mission_when,
    "who_built": missions.who_built,
    "crew": missions.crew,
    "explain_outcome": missions.explain_outcome,
    "verify_robotic": missions.verify_robotic,
    "sources": sources.sources,
    "greeting": talk.greeting,
    "help": talk.help_reply,
    "out_of_scope": talk.out_of_scope,
    "no_current_data": talk.no_current_data,
}

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
    "record": (),
    "first_other": ("state",),
    "crewed_states": (),
    "women_first": ("body",),  # a follow-up's new scope replaces the old one
    "women_count": ("body",),
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
}

__all__ = ["HANDLERS", "SLOTS", "Ask", "Handler", "Reply"]
