"""Greetings and help: short replies that point at what askspace can answer."""

from __future__ import annotations

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


def no_current_data(a: Ask) -> Reply:
    as_of = f"{a.kb.as_of.day} {a.kb.as_of.strftime('%B')} {a.kb.as_of.year}"
    return a.reply([f"I don't have that: my records are mission histories, not live crew rosters, and they "
                    f"end on {as_of}. I can tell you which missions flew, when, and who was aboard."])


def help_reply(a: Ask) -> Reply:
    return a.reply([scope_line(), "For example: " + "; ".join(f"\"{e}\"" for e in EXAMPLES) + "."])
