"""A stricter and wider topic filter for casual, search-box questions (WikiQA, HotpotQA, StrategyQA, BoolQ).

``common.is_space_topic`` matches its strong words as prefixes, so it also fires on "change"
(Chang'e), "nasal" (NASA), "Osiris" the god (OSIRIS-REx), the Ancient Mariner, Glenn Close or the
Houston Rockets, and on names such as Glenn Frey, Louis Armstrong, Mir Jafar or the Laika dog breeds.
``on_topic`` first blanks those false friends, then asks ``is_space_topic``; it also
accepts a few casual phrasings the shared list lacks ("first animal in space", "monkeys into space",
"moonwalk", "space suit"), still refusing the shared off-topic words (songs, films, sports ...).

>>> on_topic("does the internal resistance of a battery change")
False
>>> on_topic("what was the first animal in space")
True
>>> on_topic("who made hubble telescope")
True
>>> on_topic("did glenn die in the walking dead season 6")
False
"""

from __future__ import annotations

import re

from tests.eval.others.collect.common import NOT_SPACE, is_space_topic

FALSE_FRIENDS = re.compile(
    r"\bchang(?:e[ds]?|ing)\b|\bexchang\w*|\bnasal\w*|\bosiris\b(?!-? ?rex)|\b(?:rime of the )?ancient mariner|"
    r"\bmariners\b|\bglenn (?:close|beck|miller|rhee)|\b(?:sam|sara|derek|cybill|german) shep(?:h)?ard|"
    r"\b(?:louis|lance|billie joe) armstrong|\bhouston rockets?|\brocket (?:league|raccoon|man)\b|"
    r"\blunar (?:new year|calendar|eclipses?|months?|cycles?)|\brosetta stone|\bjuno (?:award|film)|"
    r"\bpenny on m\.?a\.?r\.?s\b",
    re.IGNORECASE,
)
# Names and phrases, matched with their case, whose spaceflight word belongs to someone or something else.
NAME_FRIENDS = re.compile(
    r"(?<!Neil )(?<!Louise )\b[A-Z][a-z]+ Armstrong\b|(?<!Alan )\b[A-Z][a-z]+ Shepard\b|(?<!John )\bGlenn (?=[A-Z])|"
    r"\b(?:Tirich )?Mir (?=[A-Z])|\bTirich Mir\b|\bLaika (?:Entertainment|dog)|\b(?:Siberian|European) Laika\b|"
    r"\bsatellite (?:suburb|television|town|city|campus|channel|radio|network|state)s?\b|\bcable and satellite\b|"
    r"\b(?:Glomar|mandatory) [Cc]hallenger\b|\bChallengers\b"
)
EXTRA = re.compile(
    r"\b(?:in|into|to|from|reach) (?:outer )?space\b|\bspace (?:mission|travel|exploration|suit|programme|tourism)|"
    r"\bspacesuit|\bmoon ?walk|\bspace (?:dog|monkey|chimp)|\bspace ?x\b|\bmoon rocks?\b|\bspace telescope",
    re.IGNORECASE,
)
# TV series and shows that borrow spaceflight words.
OFF_TOPIC = re.compile(r"\bwalking dead\b|\bgrey'?s anatomy\b|\bseason \d+\b|\bthat 70s show\b", re.IGNORECASE)
_NOT_SPACE = re.compile(NOT_SPACE, re.IGNORECASE)


def on_topic(text: str) -> bool:
    """True when the text is about spaceflight or planetary exploration once false friends are blanked."""
    if OFF_TOPIC.search(text):
        return False
    cleaned = FALSE_FRIENDS.sub(" ", NAME_FRIENDS.sub(" ", text))
    if is_space_topic(cleaned):
        return True
    return bool(EXTRA.search(cleaned)) and not _NOT_SPACE.search(cleaned)
