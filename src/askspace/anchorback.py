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


_DANGLING = re.compile(r"\b(before|after)(?:\s+(?:then|that|it))?\s*[?.!]*\s*$", re.IGNORECASE)


def with_dangling(text: str, kb: KnowledgeBase, mission_id: str | None) -> str:
    """ "had Jim Lovell been to the Moon before?" after Apollo 13: before <the last answer's mission>.

    >>> _DANGLING.sub(lambda m: f"{m.group(1)} Apollo 13", "had he been to the moon before?")
    'had he been to the moon before Apollo 13'
    """
    mission = kb.missions.get(mission_id) if mission_id else None
    return text if mission is None else _DANGLING.sub(lambda m: f"{m.group(1)} {mission.name}", text)


_ONE_OF_TWO = re.compile(r"\b(with|to|of|about|for|did|was|is|has|had) "
                         r"the (first|second|last|other|former|latter) one\b", re.IGNORECASE)
_SECOND = ("second", "last", "other", "latter")


def with_one_of_two(text: str, kb: KnowledgeBase, discussed: tuple[str, ...]) -> str:
    """ "when did we lose contact with the first one?" after Pioneer 10 and then Pioneer 11: the first of the two
    missions the last two answers were about, by name; "which was the first one to land?" ranks them instead.

    >>> _ONE_OF_TWO.sub(lambda m: f"{m.group(1)} Pioneer 10", "when did we lose contact with the first one")
    'when did we lose contact with Pioneer 10'
    """
    if len(discussed) != 2 or text.casefold().startswith(("which", "who")):
        return text
    return _ONE_OF_TWO.sub(lambda m: f"{m.group(1)} {kb.missions[discussed[m.group(2).casefold() in _SECOND]].name}",
                           text)
