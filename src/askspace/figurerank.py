"""Rank the last answer's missions by a figure of their records: "which one lasted longest on the surface?".

The question names no mission; it says a superlative ("longest", "most", "farthest") and what the figure
is about ("on the surface", "brought back"). Missions of the last answer without that figure are named as
left out, never guessed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from askspace import compose, figures
from askspace.compose import Citations
from askspace.frames import _hits
from askspace.handlers.base import Reply
from askspace.intents import Lexicon
from askspace.model import KnowledgeBase
from askspace.parse import Question

EXPLAINED_BY = ("fillers", "ranks", "events", "figures", "figure_ranks")
# which figures a superlative can rank, and whether the highest wins
_RANKS = {"longest": (("surface-time",), True), "shortest": (("surface-time",), False),
          "most": (("sample-mass", "orbits"), True), "least": (("sample-mass", "orbits"), False),
          "farthest": (("distance",), True)}
_BACK = frozenset({"which", "one", "them", "those", "these", "of", "did", "was", "and"})


class FigureRank(NamedTuple):
    """The figure kind to rank by, and whether the highest wins."""

    kind: str
    highest: bool

    def describe(self) -> dict[str, object]:
        return {"answer": "mission", "over": "the last answer", "rank by": self.kind,
                "rank": "highest" if self.highest else "lowest"}


def read(q: Question, lexicon: Lexicon) -> FigureRank | None:
    """ "which one lasted longest on the surface?" -> FigureRank("surface-time", True); None otherwise."""
    if q.mentions or not _BACK & set(q.words):
        return None
    ranks = {t for _, _, t in _hits(q, lexicon, "figure_ranks")} - {"verb"}
    about = {t for _, _, t in _hits(q, lexicon, "figures")}
    if len(ranks) != 1:
        return None
    kinds, highest = _RANKS[ranks.pop()]
    fits = [k for k in kinds if k in about or len(kinds) == 1]
    return FigureRank(fits[0], highest) if len(fits) == 1 else None


def evaluate(kb: KnowledgeBase, facts: Sequence[str], asked: FigureRank, cite: Citations) -> Reply | None:
    """The last answer's mission with the highest (or lowest) figure, then the runner-up; None with fewer than two
    missions to rank."""
    found = [kb.missions[i] for i in dict.fromkeys(facts) if i in kb.missions]
    if len(found) < 2:
        return None
    measured = [(m, f) for m in found for f in m.figures if f.kind == asked.kind]
    if not measured:
        return Reply([f"My records do not have that figure for any of those {len(found)}."], citations=cite,
                     understood=False)
    measured.sort(key=lambda mf: figures.size(mf[1]), reverse=asked.highest)
    (best, figure), rest = measured[0], measured[1:]
    word = {True: "longest" if asked.kind == "surface-time" else "most", False: "least"}[asked.highest]
    lines = [f"Of those {len(found)}, {best.name} {figures.KINDS[asked.kind].done} the {word}: {figures.said(figure)}"
             f"{cite.cite(best)}."]
    if rest:
        lines.append(f"Next: {rest[0][0].name}, {figures.said(rest[0][1])}{cite.cite(rest[0][0])}.")
    left = [m.name for m in found if all(f.kind != asked.kind for f in m.figures)]
    if left:
        lines.append(f"Left out (no such figure in my records): {compose.join(left)}.")
    r = Reply(lines, citations=cite)
    r.use(best)
    r.facts = [m.id for m in found]
    return r
