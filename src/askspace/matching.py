"""Score every intent against a question and pick one, deterministically.

Each cue group of an intent that the question satisfies adds its weight; the score is
the matched share of all weights. A missing required group or a present forbidden
one scores 0. Ranking is by score, then the intent's priority, then its id. The
matcher abstains when the best score is below ``THRESHOLD`` or when the two best
intents tie on score and priority.
"""

from __future__ import annotations

from typing import NamedTuple

from askspace.intents import Cue, Intent, Lexicon
from askspace.parse import Question

THRESHOLD = 0.45


class Scored(NamedTuple):
    intent: Intent
    score: float


class Match(NamedTuple):
    """The chosen intent (or None when abstaining) and the runner-up."""

    best: Scored | None
    runner_up: Scored | None
    abstained_reason: str = ""
    tied: Scored | None = None  # when abstaining on a tie: the intent tied with runner_up


def _cue_matches(cue: Cue, q: Question, lexicon: Lexicon) -> bool:
    if "person" in cue.entity and len(q.people) >= cue.at_least:
        return True
    if cue.entity:  # missions and programs count together; states, bodies, years each on their own
        groups: dict[str, set[str]] = {}
        for m in q.mentions:
            if m.kind in cue.entity or (m.record and "flight_record" in cue.entity):
                groups.setdefault("craft" if m.kind in ("mission", "program") else m.kind, set()).add(m.ids[0])
        return any(len(ids) >= cue.at_least for ids in groups.values())
    if cue.lexicon is not None:
        return any(q.has(p) for p in lexicon.phrases(cue.lexicon))
    return any(q.has(p) for p in cue.phrases)


def score(intent: Intent, q: Question, lexicon: Lexicon) -> float:
    """Share of the intent's cue weight that the question satisfies (0 to 1)."""
    total = matched = 0.0
    for cue in intent.cues:
        hit = _cue_matches(cue, q, lexicon)
        if cue.forbid:
            if hit:
                return 0.0
            continue
        total += cue.weight
        if hit:
            matched += cue.weight
        elif cue.required:
            return 0.0
    return round(matched / total, 4) if total else 0.0


def rank(intents: tuple[Intent, ...], q: Question, lexicon: Lexicon) -> list[Scored]:
    scored = [Scored(i, score(i, q, lexicon)) for i in intents]
    return sorted(scored, key=lambda s: (-s.score, -s.intent.priority, s.intent.id))


def choose(intents: tuple[Intent, ...], q: Question, lexicon: Lexicon) -> Match:
    ranked = [s for s in rank(intents, q, lexicon) if s.score > 0]
    best = ranked[0] if ranked else None
    runner = ranked[1] if len(ranked) > 1 else None
    if best is None or best.score < THRESHOLD:
        return Match(None, best, "no intent scored high enough")
    if runner and runner.score == best.score and runner.intent.priority == best.intent.priority:
        return Match(None, best, f"{best.intent.id} and {runner.intent.id} tie", tied=runner)
    return Match(best, runner)
