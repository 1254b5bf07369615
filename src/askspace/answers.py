"""What the bot says: an ``Answer`` (text, sources, traces) and the ``Trace`` of how each part was read.

Also the fixed texts of answers that are not answers (too long, not understood, two ranks) and
``trace``, which records one part's reading for ``--why`` and ``--json``.
"""

from __future__ import annotations

from typing import NamedTuple

from askspace import matching
from askspace.handlers.talk import EXAMPLES, scope_line
from askspace.model import Source
from askspace.parse import Question
from askspace.text import MAX_QUESTION_CHARS

FRAME = "frame"  # the pseudo-intent of answers that the frame engine gave


class Trace(NamedTuple):
    """How one part of a question was understood (for /why and --json)."""

    text: str
    intent: str | None
    score: float
    runner_up: str | None
    runner_up_score: float
    entities: tuple[dict[str, str], ...]
    context_used: tuple[str, ...]
    corrections: tuple[tuple[str, str], ...]
    unexplained: tuple[str, ...] = ()  # words of the question that the chosen reading does not explain
    frame: dict[str, object] | None = None  # the question's frame when the frame engine answered it


class Answer(NamedTuple):
    """What the bot says to one input; ``clarify`` when it only asks back ("Which mission do you mean?")."""

    text: str
    understood: bool
    traces: tuple[Trace, ...] = ()
    facts: tuple[str, ...] = ()
    sources: tuple[Source, ...] = ()
    as_of: str = ""
    clarify: bool = False

    @property
    def intent(self) -> str | None:
        return next((t.intent for t in self.traces if t.intent), None)

    @property
    def score(self) -> float:
        return next((t.score for t in self.traces if t.intent), 0.0)


def not_understood_text() -> str:
    tries = "; ".join(f"\"{e}\"" for e in EXAMPLES)
    return f"Sorry, I did not understand that. {scope_line()} Try: {tries}."


def too_long(length: int) -> Answer:
    return Answer(f"That question is too long ({length:,} characters); please ask in at most "
                  f"{MAX_QUESTION_CHARS:,} characters.", understood=False)


CANNOT_EVALUATE = ("Sorry, I cannot answer that yet: I rank by one order at a time (first, second, last, youngest, "
                   "...), not by two. Try asking in other words.")


def trace_of(part: str, q: Question, match: matching.Match, unexplained: tuple[str, ...] = (),
           frame: dict[str, object] | None = None) -> Trace:
    best, runner = match.best, match.runner_up
    return Trace(
        text=part,
        intent=best.intent.id if best else (FRAME if frame else None),
        score=best.score if best else (1.0 if frame else 0.0),
        runner_up=runner.intent.id if runner else None,
        runner_up_score=runner.score if runner else 0.0,
        entities=tuple({"kind": m.kind, "id": m.ids[0], "text": m.text} for m in q.mentions),
        context_used=q.context_used,
        corrections=q.corrections,
        unexplained=unexplained,
        frame=frame,
    )
