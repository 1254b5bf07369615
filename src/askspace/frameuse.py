"""How a session uses the frame engine (askspace.frames): which reading answers a question, in order, and only
when that reading's phrases explain every word of the question.

In order: a ranked frame (or a follow-up of the last one), a rank or an aggregate over the last answer's
missions, a figure rank over them, a role, one property of a mission, a program named alone, a search-box
query. The session tries the clue readings (askspace.clueuse) after these, and keeps what the answer leaves
behind (its context, the ranked frame to follow up).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from askspace import attributes, coverage, figurerank, frames, matches, ranked, roles
from askspace.answers import FRAME
from askspace.entities import NAME_KINDS

if TYPE_CHECKING:
    from askspace.compose import Citations
    from askspace.context import Context
    from askspace.handlers.base import Reply
    from askspace.intents import Lexicon
    from askspace.model import KnowledgeBase
    from askspace.parse import Question

# Answers that list a set of missions, so "how many is that?" and "which of them were American?" take that
# set (a count of countries, or a yes with its first few missions, lists other things); "how many of them
# failed?" the intents count themselves, with the partial successes.
MISSION_SETS = frozenset({"list_missions", "count_missions"})


class Phrases(NamedTuple):
    """The phrases each frame reading explains, built with the bot (so the cache holds them)."""

    frame: frozenset[str]
    attribute: frozenset[str]
    role: frozenset[str]
    aggregate: frozenset[str]
    figure_rank: frozenset[str]
    select: frozenset[str]
    back_words: frozenset[str]


def phrases(lexicon: Lexicon) -> Phrases:
    return Phrases(
        coverage.shared_phrases(lexicon, frames.EXPLAINED_BY),
        coverage.shared_phrases(lexicon, frames.ATTRIBUTE_EXPLAINED_BY),
        coverage.shared_phrases(lexicon, frames.ROLE_EXPLAINED_BY),
        coverage.shared_phrases(lexicon, frames.AGGREGATE_EXPLAINED_BY),
        coverage.shared_phrases(lexicon, figurerank.EXPLAINED_BY),
        coverage.shared_phrases(lexicon, frames.SELECT_EXPLAINED_BY),
        frames.back_words(lexicon),
    )


class FrameReply(NamedTuple):
    reply: Reply
    described: dict[str, object] | None  # what the trace shows of the reading
    ranked: frames.Frame | None  # the ranked frame that answered: what "and the oldest?" will follow up


def answer(kb: KnowledgeBase, lexicon: Lexicon, words: Phrases, ctx: Context, last: frames.Frame | None,
           answered: str | None, read: Question, q: Question, citations: Citations) -> FrameReply | None:
    """The frame engine's answer, or None: the intents answer. ``last`` is the ranked frame of the last answer
    (when the frame engine gave it), ``answered`` the mission of the last answer (None past a question left
    unanswered or asked back)."""
    spans = [(m.start, m.end) for m in read.mentions if m.kind not in NAME_KINDS]  # frames read no rockets

    def explained(phrases: frozenset[str]) -> bool:
        return not coverage.unexplained(read.words, spans, phrases)
    frame = frames.read(q, lexicon)
    if frame is None and last is not None:
        frame = frames.follow_up(last, read, lexicon)
    reply: Reply | None = None
    described: dict[str, object] | None = None
    if frame is not None and explained(words.frame):
        reply, described = ranked.evaluate(kb, frame, citations), frame.describe()
        if reply is not None and reply.understood:
            return FrameReply(reply, described, frame)
    if reply is None and frame is None and ctx.facts \
            and (rank := frames.rank_over_last(read, lexicon, words.back_words)) is not None:
        events = read.events or (ctx.question.events if ctx.question else ())
        reply = ranked.over_last(kb, ctx.discussed, rank, events, citations, read.crewed)
        described = {"answer": "mission", "over": "the last answer", "rank": rank._asdict()}
    if reply is None and ctx.facts and (by := figurerank.read(read, lexicon)) is not None \
            and explained(words.figure_rank):  # "which one lasted longest on the surface?"
        reply, described = figurerank.evaluate(kb, ctx.discussed, by, citations), by.describe()
    if reply is None and ctx.facts and len(ctx.states) < 2 and explained(words.aggregate) \
            and (over := frames.aggregate_over_last(read, lexicon)) is not None \
            and (over.aggregate == "list" or ctx.intent == FRAME
                 or (ctx.intent in MISSION_SETS and not (over.outcome or over.events))):
        reply = ranked.aggregate_last(kb, ctx.facts, over, citations, ctx.before)
        described = {"answer": over.aggregate, "over": "the last answer", "outcome": over.outcome}
    if reply is None and (role := roles.read(q, lexicon, ctx.primary)) is not None and explained(words.role):
        reply, described = roles.evaluate(kb, role, citations), role.describe()
    if reply is None and (asked := frames.read_attribute(q, lexicon, answered)) is not None \
            and explained(words.attribute):
        reply, described = attributes.attribute(kb, asked, citations), asked.describe()
    if reply is None and (program := frames.program_alone(read)) is not None:
        reply, described = matches.program_card(kb, program, citations), {"answer": "card", "program": program}
    if reply is None and explained(words.select) and (select := frames.read_select(q, lexicon)) is not None:
        reply, described = matches.evaluate(kb, select, citations), select.describe()
    return None if reply is None else FrameReply(reply, described, None)
