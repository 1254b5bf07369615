"""Read one question part into a typed :class:`Question`.

Corrects typos against the known vocabulary, finds mentions, and reads the lexicon:
which event is asked about (land, orbit, ...), crewed or robotic, success or failure,
an ordinal (first, last) and a time relation ("before the first Mars probe").
"""

from __future__ import annotations

import re
from functools import cached_property
from typing import NamedTuple

from askspace.entities import AliasIndex, Mention
from askspace.intents import Lexicon
from askspace.text import normalise

_MAX_PHRASE = 5
_REFERS = {"it", "its", "they", "their", "them", "theirs", "that", "this", "those", "these",
           "he", "she", "his", "her", "him", "same"}
_YES_NO_STARTS = frozenset({"did", "was", "is", "were", "has", "have", "had", "does", "do", "are"})
_STATE_REFERS = {"they", "their", "them", "theirs"}
_WH_WORDS = frozenset({"what", "which", "who", "whom", "whose", "when", "where", "why", "how", "whats", "what's"})
_OPENERS = frozenset({"and", "so", "ok", "okay", "then", "but", "also"})


ORDINAL_WORDS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
                 8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth"}
ORDINAL_INDEX = {word: n - 1 for n, word in ORDINAL_WORDS.items()}  # "third": 2, for indexing a list


class Relation(NamedTuple):
    """A time relation: ``kind`` before/after, anchored on the words that follow it."""

    kind: str
    start: int
    anchor_words: tuple[str, ...]
    anchor_mentions: tuple[Mention, ...]
    anchor_events: tuple[str, ...]


class Question(NamedTuple):
    text: str
    words: tuple[str, ...]
    mentions: tuple[Mention, ...]
    phrases: frozenset[str]
    events: tuple[str, ...]
    crewed: bool | None
    outcome: str | None
    ordinal: str | None
    relation: Relation | None
    body_kinds: tuple[str, ...] = ()
    mission_types: tuple[str, ...] = ()
    event_kinds: tuple[str, ...] = ()  # kinds of dated events inside missions ("docking", "reentry")
    event_words: frozenset[str] = frozenset()  # the words that named them
    corrections: tuple[tuple[str, str], ...] = ()
    excluded: tuple[str, ...] = ()  # states after "other than", "besides", "except" (not mentions)
    context_used: tuple[str, ...] = ()
    people: tuple[str, ...] = ()  # crew members named (by name, surname or alias), in question order

    def of_kind(self, kind: str, include_anchor: bool = False) -> list[Mention]:
        """Mentions of one kind; those inside a time relation's anchor only if asked."""
        limit = self.relation.start if self.relation and not include_anchor else len(self.words)
        return [m for m in self.mentions if m.kind == kind and m.start < limit]

    def ids(self, kind: str) -> list[str]:
        return [i for m in self.of_kind(kind) for i in m.ids[:1]]

    @property
    def yes_no(self) -> bool:
        """Asked to be answered yes or no: it starts "did", "was", "is", "has", "does" and the like."""
        return bool(self.words) and self.words[0] in _YES_NO_STARTS

    @property
    def wh_asked(self) -> str | None:
        """The wh-word a question asks with, at its start or later when it does not start as a yes/no question
        ("In which mare did it land?": "which"), or None."""
        return self.wh_word or (None if self.yes_no else next((w for w in self.words if w in _WH_WORDS), None))

    @property
    def wh_word(self) -> str | None:
        """The wh-word a question opens with ("and how much ...": "how"), or None (yes/no, statements, clues)."""
        for word in self.words:
            if word not in _OPENERS:
                return word if word in _WH_WORDS else None
        return None

    @property
    def refers_back(self) -> bool:
        return bool(_REFERS & set(self.words))

    @property
    def refers_to_state(self) -> bool:
        return bool(_STATE_REFERS & set(self.words))

    def has(self, phrase: str) -> bool:
        return phrase in self.phrases

    def with_mentions(self, mentions: list[Mention], used: str) -> Question:
        ordered = tuple(sorted(mentions, key=lambda m: (m.start, m.kind)))
        return self._replace(mentions=ordered, context_used=(*self.context_used, used))


class Speller:
    """Corrects misspelt words to the nearest known word with the same first letter.

    On a tie, a word of the vocabulary wins over one of ``names`` (the hundreds of people's
    names): "frist" is "first", not "Faris".
    """

    def __init__(self, vocabulary: frozenset[str], names: frozenset[str] = frozenset(),
                 name_words: frozenset[str] = frozenset()) -> None:
        self.vocabulary = vocabulary
        self.names = names
        self.name_words = name_words

    @cached_property
    def _letters(self) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
        """The candidates by first letter, and those of names only (for words typed as names); built when a word
        is first unknown, so a cached start that meets none never builds (nor unpickles) them."""
        by_letter: dict[str, list[str]] = {}
        names_by_letter: dict[str, list[str]] = {}
        for word in sorted(self.vocabulary, key=lambda w: (w in self.names, w)):
            if len(word) >= 3 and word.isalpha():
                by_letter.setdefault(word[0], []).append(word)
                if word in self.name_words:
                    names_by_letter.setdefault(word[0], []).append(word)
        return by_letter, names_by_letter

    def correct(self, words: tuple[str, ...], typed_as_names: frozenset[str] = frozenset()
                ) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
        """The words with misspellings fixed; a word in ``typed_as_names`` (capitalised inside a sentence:
        "what is Astrosat?") may only become the word of a name, never a common word ("astronaut")."""
        out, fixes = [], []
        for word in words:
            if word in self.vocabulary or len(word) < 3 or not word.isalpha() or len(word) > 30:
                out.append(word)
                continue
            by_letter, names_by_letter = self._letters
            fixed = self._fix(word, names_by_letter if word in typed_as_names else by_letter)
            if fixed != word:
                fixes.append((word, fixed))
            out.append(fixed)
        return tuple(out), tuple(fixes)

    def _fix(self, word: str, candidates: dict[str, list[str]]) -> str:
        if word in self.vocabulary or len(word) < 3 or not word.isalpha() or len(word) > 30:
            return word
        swapped = _swapped(word, candidates.get(word[0], []))
        if swapped is not None:  # "Niel" is "Neil" (two letters swapped), not "Nield" (one letter more)
            return swapped
        from rapidfuzz import fuzz, process  # imported only when a word is unknown

        hit = process.extractOne(word, candidates.get(word[0], []), scorer=fuzz.ratio,
                                 score_cutoff=80.0)
        return hit[0] if hit is not None else word


def _swapped(word: str, candidates: list[str]) -> str | None:
    """The first candidate that is ``word`` with two neighbouring letters swapped, if any.

    >>> _swapped("niel", ["nield", "neil"]), _swapped("teh", ["then"])
    ('neil', None)
    """
    for w in candidates:
        if len(w) != len(word) or w == word:
            continue
        diff = [i for i, (a, b) in enumerate(zip(w, word, strict=True)) if a != b]
        if len(diff) == 2 and diff[1] == diff[0] + 1 and w[diff[0]] == word[diff[1]] and w[diff[1]] == word[diff[0]]:
            return w
    return None


def _phrases(words: tuple[str, ...]) -> frozenset[str]:
    out = set()
    for n in range(1, _MAX_PHRASE + 1):
        for i in range(len(words) - n + 1):
            out.add(" ".join(words[i:i + n]))
    return frozenset(out)


def _starts(words: tuple[str, ...]) -> dict[str, int]:
    """Where each word sequence of up to five words first starts."""
    out: dict[str, int] = {}
    for n in range(1, _MAX_PHRASE + 1):
        for i in range(len(words) - n + 1):
            out.setdefault(" ".join(words[i:i + n]), i)
    return out


def _found(lexicon: Lexicon, group: str, words: tuple[str, ...] | dict[str, int]) -> list[tuple[int, str]]:
    """(position, reading) of each lexicon reading of ``group`` present in ``words``."""
    starts = words if isinstance(words, dict) else _starts(words)
    hits = []
    for reading, items in lexicon.groups.get(group, {}).items():
        found = [starts[phrase] for phrase in items if phrase in starts]
        if found:
            hits.append((min(found), reading))
    return sorted(hits)


def _position(words: tuple[str, ...], phrase: str) -> int | None:
    target = tuple(phrase.split())
    n = len(target)
    for i in range(len(words) - n + 1):
        if words[i:i + n] == target:
            return i
    return None


_INSIDE_CAPITALISED = re.compile(r"(?<![.!?:\"(]\s)(?<!^)(?<=\s)([A-Z][a-z]+)\b")


def typed_as_names(text: str) -> frozenset[str]:
    """Words typed with a capital inside a sentence: names, unless the whole text is in capitals or title case.

    >>> sorted(typed_as_names("Gaia is an ESA observatory, what is Astrosat?"))
    ['astrosat']
    """
    found = _INSIDE_CAPITALISED.findall(text)
    if len(found) * 2 > len(text.split()):  # "When Did Apollo 11 Land": title case says nothing
        return frozenset()
    return frozenset(w.lower() for w in found)


class Reader:
    """Turns a cleaned question part into a :class:`Question`."""

    def __init__(self, index: AliasIndex, lexicon: Lexicon, extra_words: frozenset[str],
                 program_of: dict[str, str] | None = None) -> None:
        self.index = index
        self.lexicon = lexicon
        self.program_of = program_of or {}  # mission id -> its program id
        self.known = index.words | lexicon.vocabulary() | extra_words
        self.speller = Speller(self.known, index.name_words, index.words)

    def read(self, text: str) -> Question:
        words, fixes = self.speller.correct(normalise(text).words, typed_as_names(text))
        mentions = self._programs_not_bodies(self.index.find(words, self.known))
        mentions, excluded = self._exclusions(words, mentions)
        relation = self._relation(words, mentions)
        # Words inside mission and program names ("Mars Polar Lander", "Crew Flight Test") are names,
        # not cues: they are masked before the lexicon and the intents read the question.
        named = {i for m in mentions if m.kind in ("mission", "program", "person", "ground_flight")
                 for i in range(m.start, m.end)}
        masked = tuple("<name>" if i in named else w for i, w in enumerate(words))
        main_words = masked[:relation.start] if relation else masked
        main = _starts(main_words)
        events = tuple(r for _, r in _found(self.lexicon, "events", main))
        nouns_only = not (set(main_words) & {"land", "landed", "landing", "landings", "lands", "touchdown"})
        if "land" in events and len(events) > 1 and nouns_only and set(main_words) & {"lander", "landers"}:
            events = tuple(e for e in events if e != "land")  # "which lander reached ...": the verb decides
        if "orbit" in events and _found(self.lexicon, "orbit_changes", words):  # unmasked: "change" may read as Chang'e
            events = tuple(e for e in events if e != "orbit")  # the orbit is what changed, not an arrival
        crewed_hits = _found(self.lexicon, "crewed", main)
        robotic_hits = _found(self.lexicon, "robotic", main)
        crewed = None
        if crewed_hits and not robotic_hits:
            crewed = True
        elif robotic_hits and not crewed_hits:
            crewed = False
        success = _found(self.lexicon, "success", main)
        failure = _found(self.lexicon, "failure", main)
        outcome = "success" if success and not failure else "failure" if failure and not success else None
        ordinals = _found(self.lexicon, "ordinals", main)
        phrases = _phrases(masked)
        if len(words) > 2 and words[-1] == "for" and words[0] in ("what", "whats"):
            phrases |= {"what is it for"}  # "What is the ISS for?" asks its purpose, like "what is it for"
        return Question(
            text=text, words=words, mentions=tuple(mentions), excluded=excluded, phrases=phrases,
            events=events, crewed=crewed, outcome=outcome,
            ordinal=ordinals[0][1] if ordinals else None, relation=relation, corrections=fixes,
            body_kinds=tuple(r for _, r in _found(self.lexicon, "body_kinds", main)),
            mission_types=tuple(r for _, r in _found(self.lexicon, "mission_types", main)),
            event_kinds=tuple(r for _, r in _found(self.lexicon, "event_kinds", main)),
            event_words=frozenset(w for p in self.lexicon.phrases("event_kinds") if p in main for w in p.split()),
            people=tuple(dict.fromkeys(self.index.people[k] for m in mentions
                                       if (k := tuple(m.text.split())) in self.index.people)),
        )

    def _programs_not_bodies(self, mentions: list[Mention]) -> list[Mention]:
        """A body whose id is also a program's ("mercury") is the program when the question names one of that
        program's flights: "How many more Mercury missions were there after John Glenn's?"."""
        programs = {self.program_of.get(i) for m in mentions if m.kind == "mission" for i in m.ids[:1]}
        return [m._replace(kind="program") if m.kind == "body" and m.ids == (m.ids[0],) and m.ids[0] in programs
                else m for m in mentions]

    def _exclusions(self, words: tuple[str, ...], mentions: list[Mention]) -> tuple[list[Mention], tuple[str, ...]]:
        """States after "other than", "besides", "except" are set apart: (the other mentions, their ids)."""
        hits = _found(self.lexicon, "exclusions", words)
        if not hits:
            return mentions, ()
        start = hits[0][0]
        out = [m for m in mentions if m.kind == "state" and start < m.start <= start + 8]
        return [m for m in mentions if m not in out], tuple(i for m in out for i in m.ids[:1])

    def _relation(self, words: tuple[str, ...], mentions: list[Mention]) -> Relation | None:
        hits = _found(self.lexicon, "relations", words)
        if not hits:
            return None
        start, kind = hits[0]
        phrase_len = 1
        for item in self.lexicon.groups["relations"][kind]:
            if _position(words, item) == start:
                phrase_len = max(phrase_len, len(item.split()))
        anchor = words[start + phrase_len:]
        if not anchor:
            return None
        return Relation(
            kind=kind, start=start, anchor_words=anchor,
            anchor_mentions=tuple(m for m in mentions if m.start >= start),
            anchor_events=tuple(r for _, r in _found(self.lexicon, "events", anchor)),
        )
