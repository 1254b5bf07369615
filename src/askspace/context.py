"""Conversation state: what the last answers were about, and how follow-ups use it.

- Pronouns: "they/their" take the last states; "it/that" the last answer's main
  mission; "he/she" the person the last answers were about.
- Ellipsis: "and on Mars?" or "what about China?" reuse the last intent with the new
  names in place of the old ones.
- Missing required slots (the body of "when did they land?") come from the last turn.
A question that names new things replaces the old ones, so a change of topic drops them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import NamedTuple

from askspace.answers import FRAME
from askspace.entities import Mention
from askspace.model import KnowledgeBase
from askspace.parse import Question

_CREW_TALK = frozenset({"crew", "crews", "astronauts", "cosmonauts", "aboard", "commander",
                        "pilot"})  # "they" then means the crew
_WHO_THEY = frozenset({"who", "names", "name"})  # "who were they?", "what were their names?": the crew's names
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
    before: tuple[str, ...] = ()  # the facts of the answer before the last one
    person: str | None = None  # the person the last answers were about: what "he" and "she" stand for
    topic: tuple[str, Question] | None = None  # the last question that was not only about "it": its intent and itself

    def for_names(self, q: Question) -> Context:
        """The context a follow-up that swaps a state or body replies to: after "first sample return from an
        asteroid?" and "when did it get back?", "did the US do one too?" swaps the state of the first question,
        not of the question about "it"."""
        swaps_place = any(m.kind in ("state", "body") for m in q.mentions) and not q.of_kind("mission")
        over_last = self.intent == FRAME and self.topic is not None and self.topic[0] != FRAME  # "the most recent?"
        if swaps_place and self.topic is not None and self.question is not None \
                and (about_it(self.question) or over_last or about_person(self.question, self.person)):
            return self._replace(intent=self.topic[0], question=self.topic[1])
        return self

    @property
    def discussed(self) -> tuple[str, ...]:
        """The missions "which one ...?" ranks: the last answer's, or the last two answers' single missions
        ("when was Voyager 1 launched?", "and Voyager 2?", "so which one went first?")."""
        if len(self.facts) == 1 and len(self.before) == 1 and self.before != self.facts:
            return (*self.before, *self.facts)
        return self.facts

    def after(self, intent: str, q: Question, states: list[str], bodies: list[str],
              primary: str | None, facts: list[str]) -> Context:
        """The context once an answer about these things has been given."""
        return Context(
            intent=intent, question=q,
            states=tuple(states) or (tuple(q.ids("state")) if q.ids("state") else self.states),
            bodies=tuple(bodies) or self.bodies,
            primary=primary or self.primary, facts=tuple(facts) or self.facts,
            before=self.facts if facts and tuple(facts) != self.facts else self.before, person=self.person,
            topic=self.topic if about_it(q) or about_person(q, self.person) else (intent, q),
        )


def about_it(q: Question) -> bool:
    """Whether a question is only about the mission "it" or "that" stands for ("when did it get back?")."""
    taken = [m for m in q.mentions if m.start < 0]
    own = [m for m in q.mentions if m.start >= 0 and m.kind in ("state", "body", "program", "mission", "year")]
    return bool(taken) and any(m.kind == "mission" for m in taken) and not own


def about_person(q: Question, person: str | None) -> bool:
    """Whether a question is only about the person "he" or "she" stands for ("was he on any other flight?" after
    "who made the first spacewalk?"): it names that person and nothing else."""
    if person is None or q.people != (person,):
        return False
    name = person.casefold()
    return all(m.kind in ("mission", "person") and m.text in name for m in q.mentions)


SATELLITE_INTENTS = frozenset({"first_satellite", "satellite_named"})  # answers about one state's first satellite


def _mention(kind: str, entry_id: str) -> Mention:
    """A mention taken from the context; position -1 puts it in the main clause."""
    return Mention(kind, (entry_id,), f"<{kind} from context>", -1, -1)


def resolve_pronouns(q: Question, ctx: Context) -> Question:
    """Fill "they/their" and "it/that" from the context when nothing else is named."""
    if is_bare_wh(q) and ctx.primary:
        return _bare_wh(q, ctx, ctx.primary)
    mentions = list(q.mentions)
    used = []
    about_crew = ctx.intent in ("crew", "people") or bool(ctx.question and _CREW_TALK & set(ctx.question.words))
    if q.refers_to_state and about_crew and ctx.primary and not q.of_kind("mission"):
        mentions.append(_mention("mission", ctx.primary))
        used.append(f"mission {ctx.primary} (from \"they\", the crew)")
        if _WHO_THEY & set(q.words) and "crew" not in q.words:
            q = q._replace(words=(*q.words, "crew"), phrases=q.phrases | {"crew"})
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
    if _locative_there(q.words) and not q.of_kind("body") and ctx.bodies:
        mentions.append(_mention("body", ctx.bodies[0]))
        used.append(f"body {ctx.bodies[0]} (from \"there\")")
    if not used:
        return q
    return q.with_mentions(mentions, "; ".join(used))


_BE = frozenset({"is", "are", "was", "were", "been", "be", "isn't", "aren't", "wasn't", "weren't"})


def _locative_there(words: tuple[str, ...]) -> bool:
    """Whether "there" is a place ("what did it do there?"), not "how many were there?" or "was there a ...?".

    >>> _locative_there(("how", "many", "were", "there")), _locative_there(("how", "long", "was", "it", "there"))
    (False, True)
    """
    return any(w == "there" and not (i and words[i - 1] in _BE) and not (i == 0 and words[1:2] and words[1] in _BE)
               for i, w in enumerate(words))


_DO_THAT = ("do one", "do that", "do it", "do so", "done that", "done it", "did one", "do the same", "did the same")
_BARE_WH = frozenset({"when", "where", "was", "were", "is", "that", "it", "did", "this", "happen", "happened",
                      "and", "so", "then", "exactly", "date", "ok", "okay"})


_BARE_EVENTS = frozenset({"launch", "launched", "land", "landed"})  # "launched when?": that event of the last one


def is_bare_wh(q: Question) -> bool:
    """ "when?", "when was that?", "and where?", "launched when?": a wh-word about the last answer and nothing
    else (but the launch or landing asked)."""
    words = set(q.words)
    only_event = words <= {"when", "where", "and", "so", "then", "exactly"} | _BARE_EVENTS  # no "it" nor "did"
    return bool(words & {"when", "where"}) and (words <= _BARE_WH or only_event) and not q.mentions


def _bare_wh(q: Question, ctx: Context, mission: str) -> Question:
    """ "when?" after "Who made the first spacewalk?": when the last answer's mission did what was asked."""
    last = ctx.question
    asked = q._replace(events=last.events, event_kinds=last.event_kinds, event_words=last.event_words,
                    crewed=last.crewed) if last is not None and not set(q.words) & _BARE_EVENTS else q
    place = [_mention("body", ctx.bodies[0])] if ctx.bodies else []  # where the last answer left it (Arrokoth)
    return asked.with_mentions([_mention("mission", mission), *place], f"mission {mission} (the last answer's)")


_CRAFT_NOUNS = frozenset({"probe", "spacecraft", "craft", "lander", "rover", "satellite", "mission", "ship"})


def brings_up_craft(q: Question) -> bool:
    """Whether a question speaks of a craft it does not name ("an old probe", "another lander"): after it, "that
    one" means that craft, which the bot could not tell."""
    words = q.words
    return any(w in _CRAFT_NOUNS and any(a in ("a", "an", "another") for a in words[max(0, i - 3):i])
               for i, w in enumerate(words))


def does_the_same(q: Question) -> bool:
    """ "first American to do one?", "was China the first to do that?": the last question's deed, with new names."""
    return not (q.events or q.event_kinds) and any(q.has(p) for p in _DO_THAT)


def is_ellipsis(q: Question) -> bool:
    """A short follow-up that only swaps a name or an ordinal: "and on Mars?", "and the second?"."""
    text = " ".join(q.words)
    has_names = any(m.kind in ("state", "body", "mission", "program", "person", "year") for m in q.mentions)
    swaps = has_names or q.ordinal is not None
    return swaps and (text.startswith(_ELLIPSIS_STARTS) or len(q.words) <= 3)


_FILLERS = frozenset({"and", "what", "about", "how", "the", "a", "an", "on", "in", "at", "for", "of", "to",
                      "one", "ones", "it", "that", "this", "then", "also", "there", "again", "same", "please",
                      "too", "with", "by", "from"})


def starts_like_follow_up(q: Question, also: tuple[str, ...] = ()) -> bool:
    """ "and the second?", "what about China?": only names or an ordinal after a follow-up opener (and the words
    ``also`` that the last intent's follow-ups may add)."""
    if not " ".join(q.words).startswith(_ELLIPSIS_STARTS):
        return False
    named = {i for m in q.mentions for i in range(m.start, m.end)}
    rest = [w for i, w in enumerate(q.words) if i not in named and w not in _FILLERS]
    return all(w in _RANKS or w in _FOLLOW_WORDS or w in also for w in rest)


_RANKS = frozenset({"first", "second", "third", "last", "next"})


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
    qualified = any(w not in _FILLERS and w not in _RANKS for w in q.words)  # "and the first colour ones?"
    if q.ordinal and not new_kinds and program_of and not qualified:  # "what about the second one?" after a mission
        kept = [m for m in kept if m.kind != "mission"]
        kept.append(Mention("program", (program_of,), "<program from context>", -1, -1))
    shifted = [m._replace(start=-1, end=-1) for m in q.mentions]
    relation = last.relation if not new_kinds & {"year"} else None
    if q.relation is not None:  # "and Russia after 1991?": its own time relation, at its place in the words
        offset = len(last.words)
        shifted = [m._replace(start=m.start + offset, end=m.end + offset) for m in q.mentions]
        relation = q.relation._replace(start=q.relation.start + offset, anchor_mentions=tuple(
            m._replace(start=m.start + offset, end=m.end + offset) for m in q.relation.anchor_mentions))
    merged = last._replace(
        text=q.text,
        mentions=tuple(kept) + tuple(shifted),
        events=q.events or last.events,
        crewed=q.crewed if q.crewed is not None else last.crewed,
        outcome=q.outcome or last.outcome,
        ordinal=q.ordinal or last.ordinal,
        relation=relation,
        words=last.words + q.words,
        phrases=last.phrases | q.phrases,
        people=q.people or (() if new_kinds else last.people),
    )
    return merged.with_mentions(list(merged.mentions), f"follow-up to intent {ctx.intent}")


_NEAR_EARTH_EVENTS = frozenset({"launch", "orbit"})


def fill_optional(q: Question, ctx: Context, fills: tuple[str, ...]) -> Question:
    """The slots an intent takes from the last turn when the question names none: after "how many countries
    have landed on Mars?", "when did China land?" is about Mars. A body is not taken when the question names
    a kind of body ("a moon") or a program, which choose the place themselves, nor for a launch or an orbit,
    which may be around the Earth ("when was the first Chinese satellite launched?")."""
    if "body" in fills and (q.body_kinds or q.of_kind("program") or not set(q.events) - _NEAR_EARTH_EVENTS
                            or ctx.bodies[:1] == ("earth",)):
        fills = tuple(f for f in fills if f != "body")
    return fill_needed(q, ctx, dict.fromkeys(fills, ""))


def fill_needed(q: Question, ctx: Context, needs: Mapping[str, str]) -> Question:
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


_PERSON_PRONOUNS = re.compile(r"\b(?:he|she|him)\b", re.IGNORECASE)
_POSSESSIVES = re.compile(r"\b(?:his|her)\b(?= (?:first|last|second|third|next|flights|missions)\b)",
                          re.IGNORECASE)  # "her first flight"; "his crew" and "how long was his flight?" stay


def with_person(text: str, ctx: Context) -> str:
    """The question with "he", "she" and "him" put as the person the conversation is about.

    >>> with_person("did he orbit the Earth?", Context(person="Alan Shepard"))
    'did Alan Shepard orbit the Earth?'
    """
    if ctx.person is None:
        return text
    return _POSSESSIVES.sub(f"{ctx.person}'s", _PERSON_PRONOUNS.sub(ctx.person, text))


def person_named(kb: KnowledgeBase, mission_id: str | None, line: str,
                 people: dict[tuple[str, ...], str]) -> str | None:
    """The person an answer's first line is about, or None: the one it starts with ("Peggy Whitson made three
    flights"), else the crew member of its mission named first ("The first American in space was Alan
    Shepard, on Freedom 7")."""
    words = line.split()
    for n in (3, 2):
        name = people.get(tuple(w.strip(",.:;").casefold() for w in words[:n]))
        if name is not None and " " in name:
            return name
    mission = kb.missions.get(mission_id) if mission_id else None
    if mission is None:
        return None
    found = [(line.find(c.name), c.name) for c in mission.crew if c.name in line]
    return min(found)[1] if found else None
