"""Quiz clues that quote famous words (knowledge: famous_words): "On July 21, 1969 newspapers quoted his "The Eagle
Has Landed"" names Neil Armstrong, who said them; ""Houston, we've had a problem" was reported during this 1970 Moon
mission" names Apollo 13, the flight they were said on. A clue that quotes what a name means ("The name of these
Russian spacecraft means "union"") names the program whose ``meaning`` it is (``named_for``).

A quote fits a saying when its words stand in the saying's words (or a version people quote) in the same order,
each piece around a "..." together; a quote of fewer than three words fits nothing. The clue's years (with those it
counts back to: "30 years since") must hold the saying's year, its bodies the flight's target, and a person asked
for must be the only speaker, of the sex the clue says.
"""

from __future__ import annotations

import re

from askspace import compose, lore
from askspace.cluefacts import words_of
from askspace.clues import Clue, _only, _reply
from askspace.compose import Citations
from askspace.handlers.base import Reply
from askspace.lore import Saying
from askspace.model import KnowledgeBase

_LEAST = 3


def _within(piece: tuple[str, ...], words: tuple[str, ...]) -> int:
    """Where a run of words starts in another (-1 when it is not there)."""
    n = len(piece)
    return next((i for i in range(len(words) - n + 1) if words[i:i + n] == piece), -1)


def fits(quote: str, saying: Saying) -> bool:
    """Whether a quote is (part of) the saying or a version of it: each piece between "..." in order."""
    pieces = [w for part in re.split(r"\.\.\.|…", quote) if (w := words_of(part))]
    if sum(len(p) for p in pieces) < _LEAST:
        return False
    for text in (saying.words, saying.translation or "", *(v.text for v in saying.variants)):
        words, ok = words_of(text), True
        for piece in pieces:
            at = _within(piece, words)
            if at < 0:
                ok = False
                break
            words = words[at + len(piece):]
        if ok:
            return True
    return False


def said(kb: KnowledgeBase, clue: Clue, cite: Citations) -> Reply | None:
    """The speaker or the flight of the famous words a clue quotes, or None."""
    found = [s for s in lore.sayings(kb) if any(fits(q, s) for q in clue.quotes)]
    found = [s for s in found if not clue.years or s.date.year in clue.years]
    found = [s for s in found if s.mission in kb.missions
             and all(kb.missions[s.mission].target == b for b in clue.bodies)]
    if not found:
        return None
    if clue.asks == "person":
        speakers = {p for s in found for p in s.speakers} | {n for s in found for n in s.speaker_names}
        answer = _only(speakers, "people", lambda p: kb.people[p].name if p in kb.people else p)
        if answer is None or answer not in kb.people or clue.sex not in (None, kb.people[answer].sex):
            return None
        person = kb.people[answer]
        s = next(s for s in found if answer in s.speakers)
        m = kb.missions[s.mission]
        pronoun = {"female": "she", "male": "he"}.get(person.sex, "they")
        return _reply(kb, f"{person.name}: {pronoun} said \"{s.words}\" on {m.name}, {compose.day(s.date)}",
                      [person], cite, m.id)
    if clue.asks in ("mission", "it"):
        mission = _only({s.mission for s in found}, "flights", lambda m: kb.missions[m].name)
        if mission is None:
            return None
        s = next(s for s in found if s.mission == mission)
        names = compose.join([kb.people[p].name for p in s.speakers if p in kb.people] + list(s.speaker_names))
        m = kb.missions[mission]
        return _reply(kb, f"{m.name} ({m.launch.year}): {names} said \"{s.words}\" on it, {compose.day(s.date)}", [],
                      cite, m.id)
    return None


# the words that say a clue quotes what a name means: "means "union"", "Russian word for "union""
MEANING_CUES = frozenset({"means", "meaning", "mean", "meant", "word", "name", "named", "deriving", "derived",
                          "translates", "translated"})


def _plain(text: str) -> tuple[str, ...]:
    """Words compared without doubled l: "traveller" and "traveler" are one word."""
    return words_of(text.replace("ll", "l"))


def _years(kb: KnowledgeBase, program: str) -> tuple[int, int]:
    """The first and last year of a program: its dates, else those of its missions in the records."""
    p = kb.programs[program]
    flown = [m.launch.year for m in kb.missions.values() if m.program == program] or [0]
    last = kb.as_of.year if p.ongoing else p.ended.year if p.ended else max(flown)
    return (p.began.year if p.began else min(flown)), last


def named_for(kb: KnowledgeBase, clue: Clue, cite: Citations) -> Reply | None:
    """The program whose name means what the clue quotes, when the clue says it quotes a meaning; its years and
    states must fit the program (its country, the years of its missions)."""
    if MEANING_CUES.isdisjoint(clue.words):
        return None
    quoted = {_plain(q) for q in clue.quotes}
    fits = {p.id for p in kb.programs.values() if p.meaning
            and quoted & {_plain(m) for m in p.meaning.split(";")}}
    spans = {p: _years(kb, p) for p in fits}
    fits = {p for p in fits if all(spans[p][0] <= y <= spans[p][1] for y in clue.years)}
    fits = {p for p in fits if all(kb.programs[p].country in said or any(
        kb.states[s].successor == kb.programs[p].country for s in said if s in kb.states) for said in clue.states)}
    answer = _only(fits, "programs", lambda p: kb.programs[p].name)
    if answer is None:
        return None
    program = kb.programs[answer]
    said = next(m.strip() for m in str(program.meaning).split(";") if _plain(m) in quoted)
    marks = "".join(cite.add(s) for s in program.sources)
    name = re.sub(r"\s+(?:program|programme)$", "", program.name)
    r = Reply([f"That describes {name}: the name means \"{said}\" "
               f"({compose.program_phrase(program)} of {compose.state_name(kb, program.country)}){marks}."],
              citations=cite)
    return r
