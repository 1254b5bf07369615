"""Greetings and help: short replies that point at what askspace can answer."""

from __future__ import annotations

from askspace.compose import day
from askspace.handlers.base import Ask, Reply

EXAMPLES = (
    "How many countries have landed on Mars?",
    "When did the Soviets land their first probe on the Moon?",
    "What are your sources for Apollo 11?",
)


def scope_line() -> str:
    return ("I answer questions about the history of Moon, Mars and planetary missions: "
            "counts, firsts, dates, crews, outcomes and my sources.")


def greeting(a: Ask) -> Reply:
    if {"thanks", "thank", "cheers"} & set(a.q.words):
        return a.reply(["You're welcome. Ask me another question about space history any time."])
    if {"bye", "goodbye"} & set(a.q.words):
        return a.reply(["Goodbye."])
    return a.reply([f"Hello. {scope_line()} Try: \"{EXAMPLES[0]}\""])


def out_of_scope(a: Ask) -> Reply:
    tries = "; ".join(f"\"{e}\"" for e in EXAMPLES)
    return a.reply([f"That is outside what I know. {scope_line()} Try: {tries}."], understood=False)


_CREW_WORDS = ("people", "who", "crew", "astronauts", "cosmonauts", "aboard", "board", "living", "commanding",
               "command", "commander")


def no_current_data(a: Ask) -> Reply:
    """The present moment (who is aboard, where a craft is now): not in mission records; say what they hold."""
    as_of = day(a.kb.as_of)
    named = a.mission()
    if any(w in a.q.words for w in _CREW_WORDS):
        what, offer = "live crew rosters", "which missions flew, when, and who was aboard"
    else:
        what, offer = "live positions or observing schedules", "what a mission did and when"
    r = a.reply([f"I don't have that: my records are mission histories, not {what}, and they end on {as_of}. "
                 f"I can tell you {offer}."])
    if named is not None:
        r.use(named)
        state = (f"still operating on {as_of}" if named.status == "active"
                 else f"ended on {day(named.end)}" if named.end else "no longer operating")
        r.lines.append(f"In my records, {named.name} (launched {day(named.launch)}{r.citations.cite(named)}) "
                       f"was {state}.")
    return r


def help_reply(a: Ask) -> Reply:
    return a.reply([scope_line(), "For example: " + "; ".join(f"\"{e}\"" for e in EXAMPLES) + "."])
