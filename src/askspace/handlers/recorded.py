"""Firsts the data has no field for (first woman in space, first spacewalk, first far-side
landing), looked up in the ``firsts`` phrases of the knowledge entries.

A question's content words, with synonyms folded ("man" -> human, "US" -> american),
must be covered by one recorded phrase; ties go to the phrase with fewest extra words,
then the earliest date.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import NamedTuple

from askspace import compose
from askspace.compose import day
from askspace.model import KnowledgeBase, Mission
from askspace.parse import Question
from askspace.text import normalise

STOP = frozenset({
    "take", "took", "place", "happen", "happened", "occur", "occurred", "many", "years", "apart", "long",
    "country", "countries", "nation", "launch", "launched", "up", "inside", "carry", "carrying",
    "came", "come", "did", "do", "true", "correct", "right", "really", "fact",  # "is it true that ..."
    "a", "an", "the", "of", "to", "in", "on", "at", "for", "from", "by", "with", "and", "or", "is", "was",
    "were", "be", "been", "are", "does", "has", "have", "had", "who", "what", "which", "when",
    "where", "whose", "whom", "how", "first", "firsts", "ever", "earliest", "that", "this", "it", "its",
    "their", "they", "them", "there", "here", "made", "make", "makes", "send", "sent", "put", "go", "went", "gone",
    "get", "got", "become", "became", "one", "ones", "earth", "spacecraft", "mission", "missions", "craft",
    "probe", "probes", "object", "thing", "things", "vehicle", "history", "time", "date", "year", "into",
    "onto", "as", "any", "all", "about", "tell", "me", "please", "know", "i", "you", "your", "my"
})
_MONTH_WORDS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                          "october", "november", "december"})
STOP |= _MONTH_WORDS  # "December 1970": the date is checked with the year, not as a word a phrase must say
WEAK = frozenset({"human", "space", "successfully"})
_ANOTHER = frozenset({"another", "planet"})  # "another planet" in a phrase: the mission's own target
_RECORD_WORDS = ("first", "oldest", "youngest", "longest", "shortest", "last", "only", "record", "largest",
                 "most", "fastest", "farthest", "closest")
MIN_SCORE = 0.6
MIN_RECORD_COVER = 0.5  # a record the question covers less than this says something narrower than was asked
_PAREN = re.compile(r"\s*\([^)]*\)")


class Recorded(NamedTuple):
    mission: Mission
    phrase: str  # "first woman in space (Valentina Tereshkova)"
    score: float
    leftover: bool  # the question has words beyond events, bodies and states


class Folder:
    """Folds words to canonical forms with the lexicon's synonyms (phrases first)."""

    def __init__(self, synonyms: dict[str, tuple[str, ...]]) -> None:
        self.phrases: list[tuple[tuple[str, ...], str]] = []
        self.words: dict[str, str] = {}
        for canon, items in synonyms.items():
            for item in items:
                parts = tuple(item.split())
                if len(parts) > 1:
                    self.phrases.append((parts, canon))
                else:
                    self.words[item] = canon
        self.phrases.sort(key=lambda p: -len(p[0]))
        self.starting: dict[str, list[tuple[tuple[str, ...], str]]] = {}  # first word -> its phrases, longest first
        for parts, canon in self.phrases:
            self.starting.setdefault(parts[0], []).append((parts, canon))

    def fold(self, words: tuple[str, ...]) -> list[str]:
        out: list[str] = []
        i = 0
        while i < len(words):
            for parts, canon in self.starting.get(words[i], ()):
                if words[i:i + len(parts)] == parts:
                    out.append(canon)
                    i += len(parts)
                    break
            else:
                word = words[i]
                out.append(self.words.get(word, _stem(word)))
                i += 1
        return out


def _stem(word: str) -> str:
    """A light stemmer: "landings" -> "landing", "returned" -> "return"."""
    if len(word) > 5 and word.endswith("ed"):
        return word[:-2]
    return word[:-1] if len(word) > 4 and word.endswith("s") and not word.endswith("ss") else word


def plain_vocabulary(folder: Folder, words: set[str]) -> frozenset[str]:
    """Words that only name events, states and bodies, folded like questions are."""
    return frozenset(folder.fold(tuple(sorted(words))))


def _content(folder: Folder, words: tuple[str, ...]) -> set[str]:
    return {w for w in folder.fold(words) if w not in STOP and not w.isdigit()}


def _tie_break(m: Mission, phrase: str) -> tuple[dt.date, str]:
    """Between equally good phrases: the earliest launch, then id and phrase."""
    return m.launch, m.id + phrase


_NARROWING = frozenset({"american", "soviet", "chinese", "indian", "japanese", "french", "german", "british",
                        "canadian", "israeli", "emirati", "korean", "arab", "woman", "commercial",
                        "spacewalk", "abort", "dock", "docking", "flyby", "impact", "crash", "rover", "sample",
                        "picture", "farside"})
"""Folded words that make a first a first of some only: a question that does not say them asks another first."""
_ASKED_NARROWING = frozenset({"woman", "african", "black", "asian", "hispanic", "latino", "jewish", "muslim",
                              "commercial", "civilian", "tourist", "teacher", "disabled", "amputee", "child"})
"""Folded words of a question that ask for a first of some only: a first that does not say them is another one."""


class FirstsIndex:
    """Every recorded first, folded once, grouped by its content words, with a word -> groups index.

    Phrases that fold to the same words ("first soft landing on the Moon") score alike, so each
    group is scored once per question and answers with its earliest mission.
    """

    def __init__(self, kb: KnowledgeBase, folder: Folder) -> None:
        self.folder = folder
        groups: dict[frozenset[str], list[tuple[Mission, str]]] = {}
        for m in kb.missions_sorted():
            for phrase in m.firsts:
                if not phrase.casefold().startswith(_RECORD_WORDS):
                    continue
                said = frozenset(_content(folder, normalise(_PAREN.sub("", phrase)).words))
                if said:
                    groups.setdefault(said, []).append((m, phrase))
        self.groups: list[tuple[frozenset[str], tuple[Mission, str]]] = [
            (said, min(members, key=lambda e: _tie_break(*e))) for said, members in groups.items()]
        self.planet: dict[int, frozenset[str]] = {}  # group -> its target's name words, for "another planet"
        for i, (said, (m, _)) in enumerate(self.groups):
            if said >= _ANOTHER and m.target in kb.bodies:
                self.planet[i] = frozenset(_content(folder, normalise(kb.bodies[m.target].name).words))
        self.postings: dict[str, list[int]] = {}
        for i, (said, _) in enumerate(self.groups):
            for word in said:
                self.postings.setdefault(word, []).append(i)
        self.naming: dict[str, list[str]] = {}  # casefolded name in a phrase's parentheses -> those phrases
        for m in kb.missions_sorted():
            for phrase in m.firsts:
                for inside in re.findall(r"\(([^,)]+)", phrase):
                    self.naming.setdefault(inside.strip().casefold(), []).append(phrase)
        self.crewed: dict[str, Mission] = {}  # casefolded name or alias -> the first crewed mission so called
        for m in kb.missions_sorted():
            if m.crew:
                for n in (m.name, *m.aliases):
                    self.crewed.setdefault(n.casefold(), m)


def best(index: FirstsIndex, words: tuple[str, ...], plain_words: frozenset[str]) -> Recorded | None:
    """The recorded first that best covers the question's words (None below MIN_SCORE)."""
    question = _content(index.folder, words)
    if not question:
        return None
    weight = {w: (0.5 if w in WEAK else 1.0) for w in question}
    total = sum(weight.values())
    strong = question - WEAK
    # A phrase sharing only weak words cannot reach MIN_SCORE, so look candidates up by strong words alone.
    weak_only_reach = sum(weight[w] for w in question & WEAK) / total
    question_words = strong if strong and weak_only_reach < MIN_SCORE else question
    best_key: tuple[float, float, dt.date, str] | None = None
    chosen: tuple[Mission, str] | None = None
    for i in {i for w in question_words for i in index.postings.get(w, ())}:
        said, (m, phrase) = index.groups[i]
        if index.planet.get(i) and index.planet[i] <= question:  # "first pictures from Venus": Venera 9's
            said = (said - _ANOTHER) | index.planet[i]  # "first images from the surface of another planet"
        shared = question & said
        if (said & _NARROWING) - question or (question & _ASKED_NARROWING) - said:
            continue  # "the first US crew of three" is not the first crew of three, nor is "the first American in
            # space" the first African American
        if len(shared) < MIN_RECORD_COVER * len(said) or (len(question) == 1 and len(said - WEAK) > 1):
            continue  # "which landed first", "when did it land": not "the first spacecraft to land on an asteroid"
        key = (-sum(weight[w] for w in shared) / total, -len(shared) / len(said), *_tie_break(m, phrase))
        if best_key is None or key < best_key:
            best_key, chosen = key, (m, phrase)
    if best_key is None or chosen is None:
        return None
    score, (mission, phrase) = -best_key[0], chosen
    if score < MIN_SCORE:
        return None
    leftover = bool(question - plain_words) or bool(_MONTH_WORDS & set(words))  # a date: as said before
    return Recorded(mission, phrase, score, leftover)


_IN_PHRASE = re.compile(r"(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|"
                        r"November|December) (\d{4})")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def event_date(m: Mission, phrase: str) -> dt.date:
    """The date a recorded first happened: a date the phrase gives, sample return, landing, arrival,
    a recorded boarding or docking, or launch."""
    given = _IN_PHRASE.search(phrase)
    if given:
        try:
            return dt.date(int(given.group(3)), _MONTHS.index(given.group(2)) + 1, int(given.group(1)))
        except ValueError:
            pass
    text = phrase.casefold()
    if any(w in text for w in ("sample", "return", "material", "brought")):
        back = m.returned or (m.end if m.crewed else None)
        if back:
            return back
    if m.landing and m.landing.date and any(w in text for w in ("land", "touch", "rover", "surface")):
        return m.landing.date
    if m.arrival and any(w in text for w in ("orbit", "reach", "flyby", "fly past", "images",
                                             "pictures", "photograph", "far side")):
        return m.arrival
    for kind, words in (("crew-arrival", ("aboard", "live", "crew")), ("docking", ("dock",))):
        found = [e.date for e in m.events if e.kind == kind]
        if found and any(w in text for w in words):
            return found[0]  # "first crew to live aboard the ISS": the day they boarded
    return m.launch


_DATE_ONLY = re.compile(r"^(?:since )?(?:\d{1,2} )?[A-Z][a-z]+ \d{4}\b")  # "since February 1998, when ...": no one


def who(rec: Recorded) -> str:
    """The person a recorded first names in parentheses ("Valentina Tereshkova"), if any."""
    head = _PAREN.sub("", rec.phrase).strip()
    name = rec.phrase[len(head):].strip().strip("()") if "(" in rec.phrase else ""
    name = re.sub(r",\s*\d{1,2} \w+ \d{4}$", "", name)
    return "" if _DATE_ONLY.match(name) else name


def sentence(kb: KnowledgeBase, rec: Recorded, cite: str) -> str:
    m = rec.mission
    head = _PAREN.sub("", rec.phrase).strip()
    person = who(rec)  # "Alexei Leonov, 18 March 1965": the date is given anyway
    when = day(event_date(m, rec.phrase))
    owner = compose.state_name(kb, m.country)
    if m.agency and not any(w in m.agency for w in ("NASA", "OKB", "Lavochkin", "JAXA", "ISRO", "CNSA", "ESA")):
        owner = f"{m.agency}, {owner}"
    if m.target not in ("earth", "interplanetary") and kb.bodies[m.target].name.casefold() not in head.casefold():
        owner = f"{owner}, at {kb.bodies[m.target].name}"
    if person:
        return f"The {head} was {person}, on {m.name} ({owner}), {when}{cite}."
    return f"The {head} was {m.name} ({owner}), {when}{cite}."


def names_a_state(kb: KnowledgeBase, phrase: str) -> bool:
    """Whether a recorded phrase is about one state's first ("first US satellite"), not the first of all."""
    words = set(normalise(_PAREN.sub("", phrase)).words)
    return any(name <= words for name in _state_names(kb))


@lru_cache(maxsize=4)
def _state_names(kb: KnowledgeBase) -> tuple[frozenset[str], ...]:
    """The words of every state's adjective, short name and aliases, normalised once per knowledge base."""
    names = (normalise(n).words for s in kb.states.values() for n in (s.adjective, s.short, *s.aliases))
    return tuple(frozenset(w) for w in names if w)


def crewed_named(index: FirstsIndex, text: str) -> Mission | None:
    """The crewed mission a recorded first names in parentheses ("Soyuz 11, June 1971"), if any."""
    name = text.split(",")[0].strip().casefold()
    return index.crewed.get(name) if name else None


_STATE_ASKED = ("which country", "what country", "which nation", "what nation", "which state", "what state")


def asks_state(q: Question) -> bool:
    """The question asks for a country ("which country launched the first person into space?"): the answer
    starts with it."""
    return any(q.has(p) for p in _STATE_ASKED)
