"""Which craft a question is about: the names it says, narrowed by its other words.

A craft's name may be another entry's name too ("Columbia" is also STS-107's alias, "Zarya" the ISS), and
several craft share names (Columbia: an orbiter and Apollo 11's command module; Endeavour: an orbiter, Apollo
15's command module and a Crew Dragon). The question's other words choose among them: the kind of craft it
names ("lunar module", "orbiter"), a mission it names ("Apollo 17"), and what it asks (only craft that flew
more than once have a first and a last flight; only a lost craft was lost). What is left is answered, or asked
back when more than one remains; it is never guessed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:  # not imported at start-up: the craft are read only when a question names one
    from askspace.craft import Craft
    from askspace.entities import Mention
    from askspace.handlers.base import Reply
    from askspace.intents import Intent, Lexicon
    from askspace.model import KnowledgeBase
    from askspace.parse import Question

Groups = dict[str, tuple[str, ...]]
"""A lexicon group: reading -> phrases (``craft`` and ``craft_kinds`` of intents/_lexicon.yaml)."""


class Named(NamedTuple):
    """A craft name said in the question, and the craft it may mean after the other words narrowed them."""

    text: str
    start: int
    end: int
    craft: tuple[Craft, ...]
    kind: str  # the kind of the mention: craft, or mission, rocket, program for a name another entry has too


def asks(q: Question, groups: Groups) -> str | None:
    """What the question asks about a craft (a reading of the lexicon group ``craft``, the first found in its
    order), or None for its card."""
    return next((what for what, phrases in groups.items() if any(q.has(p) for p in phrases)), None)


def kinds(kb: KnowledgeBase, q: Question, groups: Groups) -> frozenset[str]:
    """The kinds of craft the question's words name (lexicon group ``craft_kinds``); a phrase inside a longer
    one found ("module" in "lunar module") does not count. "Shuttle" is a name of the Space Shuttle program
    (so masked from the words): a program whose missions orbiters flew names the orbiters."""
    programs = {i for m in q.mentions if m.kind == "program" for i in m.ids[:1]}
    flown = {kb.missions[i].program for c in kb.craft.values() if c.kind == "orbiter" for i in c.missions
             if i in kb.missions}
    if programs & flown:
        return frozenset({"orbiter"})
    found = {p for phrases in groups.values() for p in phrases if q.has(p)}
    longest = {p for p in found if not any(p != o and f" {p} " in f" {o} " for o in found)}
    each = [frozenset(kind for kind, phrases in groups.items() if p in phrases) for p in sorted(longest)]
    common = frozenset.intersection(*each) if each else frozenset()
    return common or frozenset().union(*each)  # "the call sign of its lunar module": the lunar module


def said(kb: KnowledgeBase, q: Question) -> list[Named]:
    """The craft names the question says, each with every craft of that name.

    A name that is a mention of another kind counts when the mention is exactly the name ("Columbia" is
    STS-107's alias); one inside a longer name does not ("Challenger disaster", "Falcon 9").
    """
    index = kb.craft_names
    out: list[Named] = []
    for m in q.mentions:
        ids = m.ids if m.kind == "craft" else index.get(tuple(m.text.split()), ()) \
            if m.kind in ("mission", "rocket", "program") else ()
        if ids:
            out.append(Named(m.text, m.start, m.end, tuple(kb.craft[i] for i in ids if i in kb.craft), m.kind))
    return out


def narrow(q: Question, named: Named, asked: str | None, wanted: frozenset[str]) -> tuple[Craft, ...]:
    """The craft of ``named`` that the question's other words leave: the kinds it names (``wanted``), the
    missions it names, what it asks."""
    left = named.craft
    left = _keep(left, lambda c: c.kind in wanted) if wanted else left
    others = {i for m in q.mentions if m.kind == "mission" and not _same(m, named) for i in m.ids[:1]}
    left = _keep(left, lambda c: bool(others & set(c.missions))) if others else left
    if asked in ("first", "last", "count", "most"):
        left = _keep(left, lambda c: c.last_flight is not None or (c.flights or 0) > 1)
    if asked == "lost":
        left = _keep(left, lambda c: c.lost is not None)
    return left


def _same(m: Mention, named: Named) -> bool:
    return m.start == named.start and m.end == named.end


def _keep(found: Sequence[Craft], test: Callable[[Craft], bool]) -> tuple[Craft, ...]:
    """The craft that pass ``test``, or all of them when none does (the words then narrow nothing)."""
    kept = tuple(c for c in found if test(c))
    return kept or tuple(found)


def of_missions(kb: KnowledgeBase, q: Question, wanted: frozenset[str]) -> list[Craft]:
    """Craft of the kinds the question names that flew on, or used a call sign on, the missions it names
    ("Apollo 16's lunar module", "Gagarin's call sign": a person's name is a mention of their flights)."""
    missions = [i for m in q.mentions if m.kind == "mission" for i in m.ids]
    if not wanted or not missions:
        return []
    return [c for mission in dict.fromkeys(missions) for c in kb.craft.values()
            if mission in c.missions and c.kind in wanted]


def shadowed(kb: KnowledgeBase, q: Question, groups: Groups, alone: bool = False) -> bool:
    """Whether the question says a craft's name that is read as another entry's name, and the name is several
    craft's ("Columbia": STS-107's alias, also an orbiter and Apollo 11's command module), or the question asks
    what only the craft records say (what "Zhurong", Tianwen-1's alias, means), or a program's name that is
    also a craft's is said ``alone`` ("Buran": the orbiter's card, not the program's)."""
    meaning = any(q.has(p) for p in groups.get("meaning", ()))
    return any(n.kind != "craft" and (len(n.craft) > 1 or meaning or (alone and n.kind == "program"))
               for n in said(kb, q))


def as_craft(kb: KnowledgeBase, q: Question) -> Question:
    """``q`` with each name several craft share read as the craft instead of as another entry's name."""
    index = kb.craft_names
    mentions = [m._replace(kind="craft", ids=index[key]) if m.kind != "craft" and index.get(
        key := tuple(m.text.split())) else m for m in q.mentions]
    return q.with_mentions(mentions, "craft names")


def name_only(q: Question, card_words: frozenset[str]) -> bool:
    """Whether the question is a name and nothing but ``card_words`` ("Columbia", "tell me about Challenger")."""
    named = {i for m in q.mentions for i in range(m.start, m.end)}
    return all(w in card_words for i, w in enumerate(q.words) if i not in named)


class CraftReading(NamedTuple):
    """A question read with its craft name as the craft's: the intent that answers it, the question so read,
    what it asks of the craft (a reading of ``craft``) and whether it says the name ``alone``."""

    intent: Intent
    read: Question
    q: Question
    asks: str | None
    alone: bool

    def keeps(self, reply: Reply) -> bool:
        """Whether the craft intent's reply stands: it answers, or asks which craft is meant of a name said alone
        or of a name whose meaning is asked."""
        return reply.understood and not (reply.clarify and self.asks != "meaning" and not self.alone)


def reading(kb: KnowledgeBase, lexicon: Lexicon, intents: Sequence[Intent], read: Question,
            q: Question) -> CraftReading | None:
    """The craft reading of a craft's name that is also another entry's ("Columbia" is STS-107's alias), when the
    name is ``shadowed`` and the craft intent reads the question; None otherwise."""
    from askspace import matching
    from askspace.handlers.named import CARD_WORDS

    intent = next((i for i in intents if i.id == "craft_names"), None)
    groups = lexicon.groups.get("craft", {})
    alone = name_only(q, CARD_WORDS)
    if not shadowed(kb, q, groups, alone):
        return None
    read, q = as_craft(kb, read), as_craft(kb, q)
    if intent is None or not matching.score(intent, q, lexicon):  # "who flew on ...": a forbidden cue
        return None
    return CraftReading(intent, read, q, asks(q, groups), alone)
