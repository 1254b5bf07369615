"""Twin craft in a follow-up: "and its twin?" after Opportunity asks about Spirit.

A mission's ``twin`` (knowledge/README.md) names the craft built to the same design and flown
as its pair. "its twin", "its sister ship" and the like are put as the twin's name of the last
answer's mission, so the question reads as if the user had named it ("and Spirit?").

>>> _TWIN.sub("Spirit", "and its twin?")
'and Spirit?'
"""

from __future__ import annotations

import re

from askspace.model import KnowledgeBase

_TWIN = re.compile(r"\b(?:its|the) (?:twin|sister)(?: (?:ship|craft|probe|rover|lander|spacecraft|mission))?\b",
                   re.IGNORECASE)


def with_twin(text: str, kb: KnowledgeBase, mission_id: str | None) -> str:
    """The question with "its twin" put as the name of the twin of ``mission_id``, when it has one."""
    mission = kb.missions.get(mission_id) if mission_id else None
    if mission is None or mission.twin is None or mission.twin not in kb.missions:
        return text
    return _TWIN.sub(kb.missions[mission.twin].name, text)
