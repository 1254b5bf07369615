"""Conversation state: what the last answers were about, and how follow-ups use it.

- Pronouns: "they/their" take the last states; "it/that" the last answer's main
  mission.
- Ellipsis: "and on Mars?" or "what about China?" reuse the last intent with the new
  names in place of the old ones.
- Missing required slots (the body of "when did they land?") come from the last turn.
A question that names new things replaces the old ones, so a change of topic drops them.
"""

from __future__ import annotations

from dataclasses import replace
from typing import NamedTuple

from askspace.entities import Mention
from askspace.parse import Question

_CREW_TALK = frozenset({"crew", "crews", "astronauts", "cosmonauts", "aboard"})  # "they" then means the crew
_ELLIPSIS_STARTS = ("and", "what about", "how about", "and what about", "also", "same for",
                    "and for", "and on", "and the", "then")


class Context(NamedTuple):
    """What the conversation has been about so far."""

    intent: str | None = None
    question: Question | None = None
    states: tuple[str, ...] = ()
    bodies: tuple[str, ...] = ()
    primary: str | None = None
    facts: tuple[str, ...] = ()

    def after(self, intent: str, q: Question, states: list[str], bodies: list[str],
              primary: str | None, facts: list[str]) -> Context:
        """The context once an answer about these things has been given."""
        return Context(
            intent=intent, question=q,
            states=tuple(states) or (tuple(q.ids("state")) if q.ids("state") else self.states),
            bodies=tuple(bodies) or self.bodies,
            primary=primary or self.primary, facts=tuple(facts) or self.facts,
        )


SATELLITE_INTENTS = frozenset({"first_satellite", "satellite_named"})  # answers about one state's first satellite


def _mention(kind: str, entry_id: str) -> Mention:
    """A mention taken from the context; position -1 puts it in the main clause."""
    return Mention(kind, (entry_id,), f"<{kind} from context>", -1, -1)


def resolve_pronouns(q: Question, ctx: Context) -> Question:
    """Fill "they/their" and "it/that" from the context when nothing else is named."""
    mentions = list(q.mentions)
    used = []
    about_crew = ctx.intent in ("crew", "people") or bool(ctx.question and _CREW_TALK & set(ctx.question.words))
    if q.refers_to_state and about_crew and ctx.primary and not q.of_kind("mission"):
        mentions.append(_mention("mission", ctx.primary))
        used.append(f"mission {ctx.primary} (from \"they\", the crew)")
    elif q.refers_to_state and not q.of_kind("state") and ctx.states:
        mentions.append(_mention("state", ctx.states[0]))
        used.append(f"state {ctx.states[0]} (from \"their\"/\"they\")")
    elif (q.refers_back and not q.refers_to_state and not q.of_kind("mission") and ctx.primary
          and not q.of_kind("state") and not q.of_kind("body")):
        mentions.append(_mention("mission", ctx.primary))
        used.append(f"mission {ctx.primary} (from \"it\"/\"that\")")
    elif "it" in q.words and ctx.intent in SATELLITE_INTENTS and ctx.states and not q.mentions:
        mentions.append(_mention("satellite", ctx.states[0]))  # "who launched it?" after a first satellite
        used.append(f"the first satellite of {ctx.states[0]} (from \"it\")")
    if "there" in q.words and not q.of_kind("body") and ctx.bodies:
        mentions.append(_mention("body", ctx.bodies[0]))
        used.append(f"body {ctx.bodies[0]} (from \"there\")")
    if not used:
        return q
    return q.with_mentions(mentions, "; ".join(used))


def is_ellipsis(q: Question) -> bool:
    """A short follow-up that only swaps a name or an ordinal: "and on Mars?", "and the second?"."""
    text = " ".join(q.words)
    has_names = any(m.kind in ("state", "body", "mission", "program", "person", "year") for m in q.mentions)
    swaps = has_names or q.ordinal is not None
    return swaps and (text.startswith(_ELLIPSIS_STARTS) or len(q.words) <= 3)


_FILLERS = frozenset({"and", "what", "about", "how", "the", "a", "an", "on", "in", "at", "for", "of", "to",
                      "one", "ones", "it", "that", "this", "then", "also", "there", "again", "same", "please",
                      "too", "with", "by", "from"})


def starts_like_follow_up(q: Question) -> bool:
    """ "and the second?", "what about China?": only names or an ordinal after a follow-up opener."""
    if not " ".join(q.words).startswith(_ELLIPSIS_STARTS):
        return False
    named = {i for m in q.mentions for i in range(m.start, m.end)}
    rest = [w for i, w in enumerate(q.words) if i not in named and w not in _FILLERS]
    return all(w in ("first", "second", "third", "last", "next") or w in _FOLLOW_WORDS for w in rest)


# Words a follow-up may add besides names: what to count or look for ("and their first orbiter?").
_FOLLOW_WORDS = frozenset({"orbiter", "orbiters", "lander", "landers", "rover", "rovers", "landing", "landings",
                           "flyby", "flybys", "their", "its", "his", "her", "crewed", "robotic", "probe",
                           "probes", "mission", "missions", "successful", "failed", "when", "did"})


def merge_ellipsis(q: Question, ctx: Context, slots: tuple[str, ...], program_of: str | None = None) -> Question:
    """The last question with the new question's names put in place of the old ones."""
    assert ctx.question is not None
    last = ctx.question
    new_kinds = {m.kind for m in q.mentions}
    describes_another = bool(new_kinds & {"state", "year", "body", "program"})
    kept = [m for m in last.mentions if m.kind not in new_kinds and m.kind in (*slots, "year")
            and not (m.kind == "mission" and describes_another)]
    if q.ordinal and not new_kinds and program_of:  # "what about the second one?" after a mission
        kept = [m for m in kept if m.kind != "mission"]
        kept.append(Mention("program", (program_of,), "<program from context>", -1, -1))
    shifted = [replace(m, start=-1, end=-1) for m in q.mentions]
    merged = replace(
        last,
        text=q.text,
        mentions=tuple(kept) + tuple(shifted),
        events=q.events or last.events,
        crewed=q.crewed if q.crewed is not None else last.crewed,
        outcome=q.outcome or last.outcome,
        ordinal=q.ordinal or last.ordinal,
        relation=last.relation if not new_kinds & {"year"} else None,
        words=last.words + q.words,
        phrases=last.phrases | q.phrases,
        people=q.people or (() if new_kinds else last.people),
    )
    return merged.with_mentions(list(merged.mentions), f"follow-up to intent {ctx.intent}")


def fill_needed(q: Question, ctx: Context, needs: dict[str, str]) -> Question:
    """Required slots the question leaves out, taken from the last turn."""
    mentions = list(q.mentions)
    used = []
    if "body" in needs and not q.of_kind("body") and ctx.bodies:
        mentions.append(_mention("body", ctx.bodies[0]))
        used.append(f"body {ctx.bodies[0]}")
    if "state" in needs and not q.of_kind("state") and ctx.states:
        mentions.append(_mention("state", ctx.states[0]))
        used.append(f"state {ctx.states[0]}")
    if "mission" in needs and not q.of_kind("mission") and ctx.primary:
        mentions.append(_mention("mission", ctx.primary))
        used.append(f"mission {ctx.primary}")
    if not used:
        return q
    return q.with_mentions(mentions, "; ".join(used) + " (from the last answer)")
