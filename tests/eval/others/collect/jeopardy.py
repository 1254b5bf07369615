"""Collect Jeopardy! clues about the history of spaceflight from J! Archive season files.

Reads the per-season TSV files of the jwolle1/jeopardy_clue_dataset repository (a J! Archive
scrape; columns ``round, clue_value, daily_double_value, category, comments, answer, question,
air_date, notes``, where ``answer`` is the clue shown and ``question`` the correct response) and
writes the clues about spaceflight and planetary exploration as candidate YAML (see
``tests/eval/others/README.md``)::

    cd /work/main && .venv/bin/python -m tests.eval.others.collect.jeopardy \\
        SNAPSHOT/seasons/season*.tsv > /work/candidates/jeopardy.raw.yaml

(The fetched snapshot is a bare git directory: extract the season files first, e.g.
``git --git-dir SNAPSHOT show HEAD:seasons/season1.tsv > DIR/seasons/season1.tsv``.)

A clue is kept when ``common.is_space_topic`` accepts clue + category + response and either
its category hints at spaceflight (SPACE, ASTRONAUT, NASA, MOON, MARS, ROCKET, ...) or the clue
and response themselves name spaceflight in the stricter sense of ``CORE`` below (the shared
filter also fires on words such as "rocket", "satellite", "Armstrong" or "change"). Clues whose
category is wordplay (letter changes, rhymes, "before & after", anagrams, crossword clues, quoted
letters) or whose text needs a picture, video or audio are dropped, as are films, songs, TV and
pure astronomy categories without a spaceflight word in the clue. Clues are deduplicated on their
normalised text.

When more than ``LIMIT`` clues pass, a deterministic sample is written: the clues are sorted by
(air date, round, value, file, row) and every k-th is taken, with k = ceil(passed / LIMIT), so the
whole span of seasons stays represented. On the snapshot of 2025 (seasons 1-41, 529,939 clues)
2,169 clues pass, so k = 5 and 434 candidates are written.

Each candidate's ``id`` is ``AIR_DATE/rROUND/$VALUE/row N`` (the row number in its file, header
excluded, counting from 1): this dataset has no show numbers.
"""

from __future__ import annotations

import csv
import math
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tests.eval.others.collect.common import family_of, is_space_topic, run_collector

DATASET = "J! Archive (via jwolle1/jeopardy_clue_dataset)"
ORIGIN = "github:jwolle1/jeopardy_clue_dataset"
LIMIT = 480  # raw candidates at most; a person then drops some and keeps 250-450

# Category words that put a clue in spaceflight when the shared filter also agrees.
CATEGORY_HINT = re.compile(
    r"SPACE|ASTRONAUT|COSMONAUT|NASA|\bMOON|LUNAR|\bMARS\b|ROCKET|APOLLO|SATELLITE|SHUTTLE|ORBIT|SPUTNIK|"
    r"MISSION CONTROL|CAPE CANAVERAL|KENNEDY SPACE|MERCURY 7|RIGHT STUFF|LAUNCH",
    re.IGNORECASE,
)
# Words that on their own (in clue or response) name spaceflight, stricter than common.STRONG.
CORE = re.compile(
    r"\b(?:astronaut|cosmonaut|taikonaut|spacecraft|space ?craft|space ?flight|space ?walk|"
    r"space station|space shuttle|space race|space probe|space program|space agency|space capsule|"
    r"nasa|roscosmos|isro|jaxa|spacex|blue origin|sputnik|vostok|voskhod|soyuz|salyut|skylab|"
    r"mir\b|international space station|tiangong|shenzhou|chandrayaan|lunokhod|venera|mariner \d|"
    r"viking (?:\d|lander|probe|mission)|pioneer \d+|voyager \d|voyager (?:probe|spacecraft)|cassini-huygens|"
    r"cassini (?:spacecraft|probe|mission|orbiter)|huygens probe|"
    r"new horizons|rosetta (?:probe|spacecraft|mission|orbiter)|philae|hayabusa|mars rover|mars lander|pathfinder|"
    r"sojourner rover|curiosity rover|"
    r"opportunity rover|spirit rover|perseverance rover|ingenuity helicopter|hubble (?:space )?telescope|"
    r"james webb|saturn v\b|saturn 5|lunar module|command module|lunar lander|lunar rover|moon landing|"
    r"landed on the moon|walked on the moon|walk on the moon|man on the moon|men on the moon|"
    r"first (?:man|woman|american|person|human|black|african-american) (?:in|into) (?:space|orbit)|"
    r"gagarin|tereshkova|neil armstrong|buzz aldrin|john glenn|alan shepard|leonov|korolev|von braun|"
    r"sally ride|christa mcauliffe|gus grissom|challenger (?:disaster|explosion|astronaut|crew|shuttle)|"
    r"shuttle challenger|shuttle columbia|columbia (?:disaster|astronaut|crew)|mission control|"
    r"kennedy space center|cape canaveral|baikonur|laika|apollo (?:\d+|program|mission|astronaut)|"
    r"project (?:mercury|gemini|apollo)|mercury (?:7|seven|astronaut|capsule|program)|gemini \d+|"
    r"friendship 7|eagle has landed|sea of tranquility|tranquility base|explorer (?:1|i)\b|"
    r"telstar|echo (?:1|i) satellite|vanguard (?:rocket|satellite)|goddard|tsiolkovsky|oberth|"
    r"launch ?pad|lift-?off|countdown|re-?entry|splash ?down|orbited|orbiting|earth orbit|"
    r"space tourist|space ?suit|space ?ship|landed on (?:mars|venus|the moon|a comet|an asteroid|titan)|"
    r"probe (?:to|reached|landed|flew)|flyby|fly-by)\b",
    re.IGNORECASE,
)
# Categories whose clues only make sense with the category's wordplay, or are off-topic media.
WORDPLAY = re.compile(
    r"CHANGE (?:A|ONE|THE) (?:LETTER|VOWEL)|LETTER|RHYME|BEFORE & AFTER|ANAGRAM|SCRAMBLE|CROSSWORD|"
    r"HIDDEN|\bWORDS?\b.*\bIN\b|\"[A-Z]\"|\"[A-Z]{1,3}\"|\bSOUNDS? LIKE|HOMOPHONE|PALINDROME|SPELL|"
    r"ABBREV|INITIAL|STARTS WITH|ENDS WITH|QUOTATION MARK|\bPUNS?\b|\bTHE \"",
)
MEDIA = re.compile(
    r"\b(?:seen|shown|heard|pictured|displayed) (?:here|below|above)|\bpictured\b|\[|video clue|\bthis clip|"
    r"\bon the monitor|\bon the board\b",
    re.IGNORECASE,
)
OFF_TOPIC_CATEGORY = re.compile(
    r"MOVIE|FILM|\bSONG|MUSIC|\bTV\b|TELEVISION|SITCOM|BROADWAY|OPERA|ROCK|POP |LYRIC|STAR TREK|STAR WARS|"
    r"SCI-FI|SCIENCE FICTION|CARTOON|COMIC|ZODIAC|MYTH|GODS?\b|BIBLE|NURSERY|ACTOR|ACTRESS|HORSE",
)
# Categories about astronomy itself: kept only when the clue names spaceflight (CORE).
ASTRONOMY_CATEGORY = re.compile(r"ASTRONOM|PLANET|SOLAR SYSTEM|UNIVERSE|STARS?\b|CONSTELLATION|COMET", re.IGNORECASE)


def _clean(text: str) -> str:
    """The cell's text: the dataset escapes nothing, but some cells carry stray backslashes."""
    return text.replace("\\'", "'").replace('\\"', '"').strip()


def rows(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """The file's rows as dicts, numbered from 1 after the header."""
    csv.field_size_limit(1 << 24)
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        yield from enumerate(reader, start=1)


def keep(category: str, clue: str, response: str) -> bool:
    """True when the clue is about the history of spaceflight and stands without the category's wordplay."""
    if WORDPLAY.search(category) or OFF_TOPIC_CATEGORY.search(category) or MEDIA.search(clue):
        return False
    text = f"{clue} {category} {response}"
    if not is_space_topic(text):
        return False
    core = bool(CORE.search(f"{clue} {response}"))
    if ASTRONOMY_CATEGORY.search(category):
        return core
    return core or bool(CATEGORY_HINT.search(category))


QUESTION_START = re.compile(
    r"^(?:who|whom|whose|when|where|which|what|how|why|is|are|was|were|did|do|does|has|have|had|can|could)\b",
    re.IGNORECASE,
)


def family(clue: str) -> str:
    """A Jeopardy clue is a 'clue' unless it is a real question: opening with a question word and ending in '?'."""
    if clue.rstrip().endswith("?") and QUESTION_START.match(clue.lstrip()):
        found = family_of(clue)
        return "clue" if found == "search-box" else found
    return "clue"


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def collect(paths: list[Path]) -> list[dict[str, Any]]:
    """The candidates from the given season files, deduplicated, sorted and sampled."""
    seen: set[str] = set()
    found: list[tuple[tuple[str, int, int, str, int], dict[str, Any]]] = []
    for path in paths:
        for number, row in rows(path):
            clue = _clean(row.get("answer") or "")
            response = _clean(row.get("question") or "")
            category = _clean(row.get("category") or "")
            if not clue or not keep(category, clue, response):
                continue
            key = _norm(clue)
            if key in seen:
                continue
            seen.add(key)
            air_date = (row.get("air_date") or "").strip()
            round_ = int(row.get("round") or 0)
            value = int(float(row.get("clue_value") or 0))
            item = {
                "q": clue,
                "family": family(clue),
                "source": {
                    "dataset": DATASET,
                    "origin": ORIGIN,
                    "file": f"seasons/{path.name}" if path.parent.name == "seasons" else path.name,
                    "id": f"{air_date}/r{round_}/${value}/row {number}",
                    "category": category,
                },
                "gold": response,
            }
            found.append(((air_date, round_, value, path.name, number), item))
    found.sort(key=lambda pair: pair[0])
    step = max(1, math.ceil(len(found) / LIMIT))
    return [item for _, item in found[::step]]


def main(argv: list[str]) -> int:
    return run_collector(collect, argv, __doc__ or "")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
