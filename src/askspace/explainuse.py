"""Which explainer answers a how or why question, read strictly (a wrong answer is worse than "not known").

An explainer applies when the question asks how or why (not how many, how long, when or who, unless the
explainer's concepts say so), names every concept the explainer ``requires`` (any synonym of each group in
``concepts:`` of intents/_lexicon.yaml), names its entry when it is ``named``, and has no word left that
neither the explainer's concepts (``requires`` and ``covers``), nor the plain asking words (the ``grammar``,
``asking`` and ``light`` fillers and the concept ``plain``: "exactly", "kinda"), nor the name of its entry
explain. When several apply, the one that requires the most concepts is chosen; a tie is no answer.

>>> words = ("why", "do", "rockets", "not", "have", "fins")
>>> sorted(named_concepts(words, {"rocket": ("rocket", "rockets"), "fins": ("fin", "fins"), "moon": ("moon",)}))
['fins', 'rocket']
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, NamedTuple

from askspace import coverage
from askspace.intents import Lexicon
from askspace.parse import Question

if TYPE_CHECKING:
    from askspace.explainers import Explainer
    from askspace.model import KnowledgeBase

INTENT = "explainer"
ASKING = frozenset({"how", "why"})  # a question an explainer answers has one of these words, or a phrase below
WHAT_ASKS = ("what makes", "what keeps", "what goes into", "what went wrong", "what exactly went wrong",
             "what happened", "what caused", "what causes", "what prevents", "what mechanical system",
             "what system", "what s the difference", "what is the difference", "what the difference",
             "what happens", "what would happen", "what will happen", "where does")
"""The "what" questions that ask how or why ("what keeps a rocket upright?"), not what a thing is or did."""
QUANTITIES = ("how many", "how much", "how long", "how far", "how old", "how big", "how fast", "what year",
              "which year", "when did", "when was", "who")  # another kind of question, unless a concept says so
_FILLERS = ("grammar", "asking", "light")
PLAIN = "plain"  # the concept of asking words every explainer explains ("exactly", "kinda", "work")
MAX_WORDS = 4  # the longest concept phrase
NAME_CONCEPTS = {"rocket": "rocket", "agency": "agency"}
"""A rocket's or an agency's name explains its words for the explainers whose concepts include these (the
answer must still show the name, or the take-back checks say it was left out)."""


_PEOPLE = frozenset({"we", "us", "our", "ours"})  # in a how or why question: people in general, not a state


def as_asked(q: Question) -> Question:
    """``q`` without the states that "we" and "us" were read as: "why can't we catapult rockets?" asks about
    people in general, and an answer need not name the United States; nor with what "they" was read as from the
    conversation ("what happens to old satellites when they run out of fuel?"): a note reads the question by its
    own words."""
    kept = [m for m in q.mentions if not (m.kind == "state" and m.text in _PEOPLE)]
    if len(kept) < len(q.mentions):
        q = q.with_mentions(kept, "'we' read as people in general")
    own = [m for m in q.mentions if m.start >= 0]
    return q if len(own) == len(q.mentions) else q.with_mentions(own, "a pronoun read as asked, not from context")


class Found(NamedTuple):
    """The explainer that answers a question, and the concepts the question named."""

    explainer: Explainer
    concepts: tuple[str, ...]  # the concepts named, required and covered, in the explainer's order

    @property
    def described(self) -> dict[str, object]:
        """What ``--why`` shows of the reading."""
        return {"explainer": self.explainer.id, "concepts": ", ".join(self.concepts)}


def _phrases(words: Sequence[str]) -> frozenset[str]:
    return frozenset(" ".join(words[i:i + n]) for n in range(1, MAX_WORDS + 1) for i in range(len(words) - n + 1))


def named_concepts(words: Sequence[str], concepts: Mapping[str, tuple[str, ...]]) -> frozenset[str]:
    """The concepts that the question's words name by any of their phrases."""
    said = _phrases(words)
    return frozenset(c for c, phrases in concepts.items() if any(p in said for p in phrases))


def _names_entry(kb: KnowledgeBase, q: Question, e: Explainer) -> tuple[tuple[int, int], ...]:
    """The spans of the question's mentions of the explainer's entry (a program's missions count)."""
    if e.about is None:
        return ()
    kind, ref = e.about
    spans = []
    for m in q.mentions:
        if m.start < 0:
            continue
        if (m.kind == kind and ref in m.ids) or (kind == "program" and m.kind == "mission" and any(
                kb.missions[i].program == ref for i in m.ids[:1] if i in kb.missions)):
            spans.append((m.start, m.end))
    return tuple(spans)


def _within(phrase: str, said: frozenset[str], phrases: Iterable[str]) -> bool:
    """``phrase`` is said only as part of a longer phrase of ``phrases`` that the question says ("how many
    months")."""
    return any(p in said and f" {phrase} " in f" {p} " for p in phrases)


def _asks(words: Sequence[str], said: frozenset[str]) -> bool:
    return bool(ASKING & set(words)) or any(p in said for p in WHAT_ASKS)


def _asks_how_or_why(words: Sequence[str], said: frozenset[str], explaining: frozenset[str]) -> bool:
    if not _asks(words, said):
        return False
    return not any(p in said and not _within(p, said, explaining) for p in QUANTITIES)


def candidates(kb: KnowledgeBase, lexicon: Lexicon, q: Question,
               notes: Mapping[str, Explainer] | None = None) -> list[Found]:
    """Every explainer (of ``notes``, by default the knowledge base's) that reads the question whole, the most
    specific first."""
    concepts = lexicon.groups.get("concepts", {})
    words = q.words
    said = _phrases(words)
    if not concepts or not _asks(words, said):  # before the notes are unpacked: most questions end here
        return []
    if any(p in said and not any(_within(p, said, phrases) for phrases in concepts.values()) for p in QUANTITIES):
        return []  # "how many", "when did": no note answers those
    named = (named_concepts(words, concepts) - {PLAIN}) | {NAME_CONCEPTS[m.kind] for m in q.mentions
                                                           if m.kind in NAME_CONCEPTS and m.start >= 0}
    if not named:
        return []
    table: Mapping[str, Explainer] = kb.explainers if notes is None else notes
    missions_named = q.wh_word == "where" and any(m.kind == "mission" and m.start >= 0 for m in q.mentions)
    plain = frozenset(p for g in _FILLERS for p in lexicon.groups.get("fillers", {}).get(g, ())) \
        | frozenset(concepts.get(PLAIN, ()))
    found = []
    for e in table.values():
        if not set(e.requires) <= named:
            continue
        spans = _names_entry(kb, q, e)
        if (e.named or missions_named) and not spans:
            continue  # "Where does the James Webb Space Telescope orbit?": a place of it, not telescopes in general
        spans += tuple((m.start, m.end) for m in q.mentions if m.start >= 0 and NAME_CONCEPTS.get(m.kind) in
                       (*e.requires, *e.covers))
        own = frozenset(p for c in (*e.requires, *e.covers) for p in concepts.get(c, ()))
        if not _asks_how_or_why(words, said, own):
            continue
        if coverage.unexplained(words, spans, own, plain, numbers=True):
            continue
        used = tuple(c for c in (*e.requires, *e.covers) if c in named)
        found.append(Found(e, used))
    return sorted(found, key=lambda f: -len(f.explainer.requires))


def choose(kb: KnowledgeBase, lexicon: Lexicon, q: Question,
           notes: Mapping[str, Explainer] | None = None) -> Found | None:
    """The one explainer that answers ``q``, or None (none reads it whole, or two read it equally well)."""
    found = candidates(kb, lexicon, q, notes)
    if not found or (len(found) > 1 and len(found[1].explainer.requires) == len(found[0].explainer.requires)):
        return None
    return found[0]
