"""A time relation to the last answer: "the first mission to orbit Venus after it" after Magellan.

"after it", "before that" and the like in a question that asks for a first or next one are put as
"after <the last answer's mission>", so the relation reads its anchor as if the user had named it;
left alone, "after that" was dropped and the first of all was given.

>>> _BACK.sub(lambda m: f"{m.group(1)} Magellan", "the next mission to orbit Venus after it?")
'the next mission to orbit Venus after Magellan?'
"""

from __future__ import annotations

import re

from askspace.model import KnowledgeBase

_BACK = re.compile(r"\b(after|before|since)\s+(?:it|that|this|that one|this one|them)\b", re.IGNORECASE)
_RANKS = re.compile(r"\b(?:first|next|last|previous|earliest|latest)\b", re.IGNORECASE)


def with_anchor(text: str, kb: KnowledgeBase, mission_id: str | None) -> str:
    """The question with "after it" put as "after <mission>", when it asks for a first or next one."""
    mission = kb.missions.get(mission_id) if mission_id else None
    if mission is None or not _RANKS.search(text):
        return text
    return _BACK.sub(lambda m: f"{m.group(1)} {mission.name}", text)
