"""What every collector shares: the topic filter, the family of a question, the output format.

A collector reads one public question collection (a fetched snapshot, given as a path on
the command line), keeps the questions about the history of spaceflight and planetary
exploration, and writes candidates as YAML (see ``tests/eval/others/README.md``)::

    - q: who was the first man to walk on the moon     # verbatim, typos and case kept
      family: first-nth
      source: {dataset: ..., origin: ..., file: ..., id: ...}
      gold: Neil Armstrong                              # the collection's own answer, if it has one
      expect: [Armstrong]                               # regexes, added by hand after checking sources

>>> family_of("Who was the first man on the Moon?")
'first-nth'
>>> family_of("apollo program")
'search-box'
>>> is_space_topic("When did Apollo 11 land on the moon?")
True
>>> is_space_topic("Who sang Fly Me to the Moon?")
False
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import yaml

# Words that on their own put a question in the history of spaceflight.
STRONG = (
    r"astronaut|cosmonaut|taikonaut|spacecraft|space ?craft|spaceflight|space flight|space ?walk|"
    r"space station|space shuttle|space race|space probe|space program|space agency|space capsule|"
    r"nasa|esa\b|roscosmos|isro|jaxa|cnsa|soviet space|spacex|blue origin|"
    r"apollo \d+|apollo program|apollo mission|project apollo|project mercury|project gemini|mercury seven|"
    r"gemini \d+|vostok|voskhod|soyuz|salyut|skylab|mir space|\bmir\b|international space station|\biss\b|"
    r"tiangong|shenzhou|chang'?e|chandrayaan|mangalyaan|tianwen|zhurong|yutu|"
    r"sputnik|explorer 1\b|luna \d+|lunokhod|venera|vega \d|mariner|viking \d|viking lander|pioneer \d+|"
    r"voyager|galileo probe|galileo spacecraft|cassini|huygens|juno|new horizons|messenger probe|"
    r"rosetta|philae|hayabusa|osiris|dawn spacecraft|magellan|surveyor \d|ranger \d|lunar orbiter|"
    r"mars rover|mars lander|mars pathfinder|sojourner|spirit rover|opportunity rover|curiosity rover|"
    r"perseverance|ingenuity|insight lander|phoenix lander|mars express|beagle 2|"
    r"hubble|james webb|kepler (space )?telescope|saturn v|saturn 5|n1 rocket|energia|buran|"
    r"launch vehicle|lunar module|command module|lunar lander|moon landing|landed on the moon|"
    r"walked on the moon|walk on the moon|man on the moon|men on the moon|first man in space|"
    r"first woman in space|in orbit around|orbited the earth|orbit the earth|gagarin|tereshkova|"
    r"armstrong|aldrin|glenn\b|shepard|leonov|korolev|von braun|challenger|columbia disaster|"
    r"mission control|kennedy space center|cape canaveral|baikonur|laika|"
    r"rocket|satellite|lunar|moon mission|mars mission|to the moon|on the moon|on mars|to mars|"
    r"on venus|to venus|orbiter|planetary probe"
)
# Words that make a spaceflight reading unlikely when nothing strong is there.
NOT_SPACE = (
    r"\bsong|\bsang|\bsinger|\balbum|\bband\b|\bfilm\b|\bmovie|\bactor|\bactress|\bnovel|\bpoem|"
    r"\bepisode|\bstar trek|\bstar wars|\bgod\b|\bgoddess|\bmytholog|\bcar\b|\bfootball|\bbasketball|"
    r"\bbaseball|\bsoccer|\bhoroscope|\bzodiac|\bfreddie mercury|\bmercury poisoning|\bhoney ?moon"
)
_STRONG = re.compile(rf"\b(?:{STRONG})", re.IGNORECASE)
_NOT_SPACE = re.compile(NOT_SPACE, re.IGNORECASE)

FAMILIES = ("who", "when", "where", "which", "how-many", "first-nth", "superlative", "yes-no", "list",
            "why-how", "clue", "search-box", "follow-up")

_ORDINAL = re.compile(
    r"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|latest|final|"
    r"most recent|\d+(st|nd|rd|th))\b", re.IGNORECASE)
_SUPERLATIVE = re.compile(
    r"\b(most|least|longest|shortest|youngest|oldest|largest|biggest|smallest|heaviest|farthest|furthest|"
    r"highest|lowest|fastest|slowest|closest|nearest|earliest|best|worst|deadliest)\b", re.IGNORECASE)
_AUX = re.compile(r"^(is|are|was|were|did|do|does|has|have|had|can|could|will|would|should)\b", re.IGNORECASE)
_WH = re.compile(r"\b(who|whom|whose|when|where|which|what|how|why)\b", re.IGNORECASE)


def is_space_topic(text: str) -> bool:
    """True when the text names something from the history of spaceflight and nothing off-topic."""
    return bool(_STRONG.search(text)) and not _NOT_SPACE.search(text)


def family_of(question: str) -> str:
    """The question's family, from its form (see FAMILIES); a collector may override it with a reason."""
    q = " ".join(question.split())
    low = q.lower()
    if not _WH.search(low) and not _AUX.match(low):
        declarative = len(q.split()) > 5 and not q.rstrip().endswith("?")
        return "clue" if declarative else "search-box"
    if _AUX.match(low):
        return "yes-no"
    if re.search(r"\bhow (many|much)\b", low):
        return "how-many"
    if _ORDINAL.search(low):
        return "first-nth"
    if _SUPERLATIVE.search(low):
        return "superlative"
    if re.search(r"^(list|name)\b|\b(what|which) (are|were) (the|all)\b", low):
        return "list"
    if re.search(r"\bwhy\b|^how\b|\bhow (did|does|do|was|were|is|are|can)\b", low):
        return "why-how"
    if re.search(r"\bwhen\b|\b(what|which|in what|in which) (year|date|month|day|decade|century)\b", low):
        return "when"
    if re.search(r"\bwhere\b|\b(what|which) (city|country|place|state|site|crater|location)\b", low):
        return "where"
    if re.search(r"\bwho(m|se)?\b", low):
        return "who"
    return "which"


def write_candidates(items: Iterable[dict[str, Any]], path: str) -> int:
    """Write candidate questions as YAML, in the order given; returns how many."""
    rows = list(items)
    with open(path, "w", encoding="utf-8") as out:
        yaml.safe_dump(rows, out, allow_unicode=True, sort_keys=False, width=120)
    return len(rows)


def run_collector(collect: Callable[[list[Path]], list[dict[str, Any]]], argv: list[str], usage: str) -> int:
    """The command line every collector shares: read the files given, write candidates to stdout."""
    if not argv:
        print(usage, file=sys.stderr)
        return 2
    items = collect([Path(arg) for arg in argv])
    write_candidates(items, "/dev/stdout")
    print(f"{len(items)} candidates", file=sys.stderr)
    return 0
