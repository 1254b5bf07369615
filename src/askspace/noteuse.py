"""Which note answers a detail question that nothing else answers, read strictly (a wrong answer is worse than
"not known").

A note (:mod:`askspace.notes`) answers a question when:

- the question asks for the note's kind of answer (``who`` a person, group, organization or country; ``when``
  or "what year" a time; ``where`` a place; ``how many`` a number; "how long" an amount; ``why`` a reason);
- every content word of the question (not a filler, after folding synonyms and stemming) is a word of the note's
  ``says`` or ``also`` (a light word, "made" or "carried", counts when it is there and is not missed when it
  is not); one ordinary word may be missing when the question has five or more, never a name, a number or
  an ordinal ("first", "second"); with many notes, one matched word must be one few notes have, and a
  question whose matched words are all names ("What did Apollo 10 do?") asks about them, not for a detail;
  the question does not contain the whole answer, and the words of an answer that names something (a
  person, place, time, number) do not count ("Who was Samuel Phillips?" is not answered by a note naming him);
- no other note with a different answer covers the question as well (then it is declined).

>>> stem("launches"), stem("landed"), stem("stopped"), stem("selection"), stem("studies")
('launch', 'land', 'stop', 'select', 'study')
>>> sorted(asked_kinds(("in", "what", "year", "was", "it", "cancelled")))
['time']
>>> sorted(asked_kinds(("how", "many", "people", "flew")))
['number']
>>> asked_kinds(("was", "it", "a", "success")) is None
True
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from askspace.notes import NOTE_KINDS, Note, _words

if TYPE_CHECKING:
    from askspace.compose import Citations
    from askspace.handlers.base import Reply
    from askspace.intents import Lexicon
    from askspace.model import KnowledgeBase

_ANY = frozenset(NOTE_KINDS) - {"reason"}
# "what" or "which" with no noun that names a kind asks for a thing or a name, not a date, count, quantity or person
_WHATEVER = frozenset({"name", "thing", "place", "organization"})
_PEOPLE = frozenset({"person", "group", "organization", "country"})
_TIME = frozenset({"time"})
_AMOUNT = frozenset({"amount", "number"})
_WH = {"who": _PEOPLE, "whom": _PEOPLE, "whose": _PEOPLE, "when": _TIME, "where": frozenset({"place", "country"}),
       "why": frozenset({"reason"})}
_UNITS = frozenset({"kg", "kgs", "kilograms", "kilogram", "pounds", "lbs", "tons", "tonnes", "days", "hours",
                    "minutes", "seconds", "weeks", "months", "years", "miles", "km", "kilometers", "kilometres",
                    "feet", "meters", "metres", "inches", "degrees", "dollars", "times"})
_HOW = {"close": _AMOUNT, "many": frozenset({"number"}),
        "much": _AMOUNT, "long": _AMOUNT | _TIME, "far": _AMOUNT, "big": _AMOUNT,
        "high": _AMOUNT, "old": _AMOUNT, "fast": _AMOUNT, "heavy": _AMOUNT, "large": _AMOUNT, "tall": _AMOUNT,
        "soon": _AMOUNT | _TIME, "deep": _AMOUNT, "wide": _AMOUNT, "often": _AMOUNT | frozenset({"number"})}
_WHAT = {  # "what year", "which company": the word after "what" or "which" names the kind asked
    **dict.fromkeys(("year", "date", "month", "day", "time", "decade", "century", "hour"), _TIME),
    **dict.fromkeys(("country", "nation"), frozenset({"country"})),
    **dict.fromkeys(("city", "state", "place", "location", "site", "pad", "complex", "town", "region", "island",
                     "building", "facility", "base", "center", "centre", "area"), frozenset({"place", "country"})),
    **dict.fromkeys(("company", "agency", "organization", "organisation", "firm", "manufacturer", "contractor",
                     "committee", "office", "group", "team", "bureau", "corporation"),
                    frozenset({"organization", "group", "name"})),
    **dict.fromkeys(("person", "astronaut", "cosmonaut", "president", "man", "woman", "engineer", "scientist",
                     "pilot", "director", "administrator", "official", "leader", "general", "professor",
                     "commander", "crew", "people", "cosmonauts", "astronauts", "men", "women", "officer",
                     "senator", "designer", "manager", "chief"), _PEOPLE),
    **dict.fromkeys(("mission", "spacecraft", "probe", "rocket", "craft", "satellite", "program", "programme",
                     "project", "vehicle", "ship", "module", "capsule", "flight", "station", "lander", "rover",
                     "engine", "booster", "stage", "event", "speech", "operation", "material", "object", "thing",
                     "equipment", "instrument", "device", "camera"),
                    frozenset({"name", "thing"})),
    **dict.fromkeys(("name", "nickname", "word", "term", "title"), frozenset({"name"})),  # a name, not what happened
    **dict.fromkeys(("reason", "purpose", "cause", "motive", "goal", "aim"), frozenset({"reason", "thing"})),
    **dict.fromkeys(("percentage", "amount", "distance", "height", "weight", "mass", "speed", "diameter", "length",
                     "cost", "price", "temperature", "altitude", "thrust", "size", "age", "share", "fraction",
                     "proportion", "portion", "percent", "volume", "capacity", "duration", "payload"), _AMOUNT),
}
_FAMILIES = {  # nouns after "what" or "which" that name a kind of thing: the note must say one of its family or
    "craft": ("mission", "spacecraft", "probe", "craft", "satellite", "vehicle", "ship", "spaceship", "module",
              "capsule", "flight", "station", "lander", "rover", "orbiter"),  # answer a name of that kind
    "rocket": ("rocket", "booster", "launcher", "stage"),
    "program": ("program", "programme", "project"),
    "device": ("instrument", "device", "camera", "equipment"),
}
_FAMILY_OF = {noun: family for family, nouns in _FAMILIES.items() for noun in nouns}
_KIND_OF = frozenset({"kind", "type", "sort"})  # "what kind of material": the scaffolding of "what"
_DESCRIBED = frozenset({"thing", "reason"})  # answers that describe: their words may be the question's too
_QUALIFIERS = frozenset((
    "scheduled", "planned", "originally", "original", "intended", "proposed", "expected", "supposed", "initially",
    "later", "earlier", "previous", "next", "final", "only", "never", "not", "no", "without", "unmanned", "manned",
    "crewed", "uncrewed", "robotic", "failed", "successful", "cancelled", "canceled", "backup", "prime", "replaced",
    "instead", "official", "unofficial", "most", "least", "largest", "smallest", "longest", "shortest", "highest",
    "lowest", "heaviest", "fastest", "oldest", "youngest", "total", "each", "per", "average", "near", "front",
    "inner", "outer", "upper", "lower", "north", "south", "east", "west", "northern", "southern", "eastern",
    "western", "early", "late", "last", "died", "dead", "alive", "female", "male", "woman", "women"))
"""Words that say which of several facts is asked (scheduled or flown, prime or backup crew): never the one word a
note may leave unmatched."""
MIN_MATCHED = 2  # a question must share at least this many content words with a note
TOLERATED_FROM = 5  # a question with this many content words may leave one ordinary word unmatched
DISTINCT_MIN, DISTINCT_SHARE = 8, 40  # with many notes, one must share a word with the question that few notes have


@lru_cache(maxsize=8192)
def stem(word: str) -> str:
    """A light stemmer, the same for questions and notes."""
    w = word
    if len(w) > 4 and w.endswith("ies"):
        w = w[:-3] + "y"
    elif len(w) > 4 and w.endswith(("sses", "shes", "ches", "xes", "zes")):
        w = w[:-2]
    elif len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    for suffix in ("ing", "ion", "ed"):
        if len(w) > len(suffix) + (5 if suffix == "ion" else 3) and w.endswith(suffix):
            w = w[:-len(suffix)]
            if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "ls":
                w = w[:-1]  # "stopped" -> "stop"
            break
    return w[:-1] if len(w) > 4 and w.endswith("e") else w


_KIND_NOUNS = frozenset(stem(w) for w in _WHAT) - {stem(w) for w in (
    *_FAMILIES["program"], "mission", "rocket", "ship", "base", "state", "time", "date", "day", "hour", "man", "men",
    "people", "term", "word", "object", "thing", "event", "name", "title", "area", "group", "team", "office",
    "share", "age", "size", "operation", "crew", "flight")}
"""Nouns that name a kind of thing, place, date or amount ("the Saturn V first stage", "which launch complex"):
never the word a note leaves out; "program" and "rocket" after a name ("the Apollo program") may be."""


def asked_kinds(words: Sequence[str]) -> frozenset[str] | None:
    """The kinds of answer the question's first wh-word asks for, or None when it asks none (yes or no)."""
    for i, w in enumerate(words):
        after = words[i + 1] if i + 1 < len(words) else ""
        if w in _WH:
            return _WH[w]
        if w == "how":
            unit = words[i + 2] if i + 2 < len(words) else ""
            if after == "many" and unit in _UNITS:  # "how many kgs", "how many days": a quantity, or a count
                return _AMOUNT
            return _HOW.get(after, frozenset({"reason", "thing"}))
        if w in ("what", "which"):
            nxt = [x for x in words[i + 1:i + 5]  # "what was the date": the kind is in the noun
                   if x not in ("kind", "type", "sort", "of", "the", "a", "was", "is", "were", "are")]
            return (_WHAT.get(nxt[0]) or _WHAT.get(stem(nxt[0]), _WHATEVER)) if nxt else _WHATEVER  # "which missions"
    return None


_UNNAMED = ("the program", "the programme", "the project", "the mission", "the spacecraft", "the craft",
            "the rocket", "the probe", "the agency", "the company", "the station")
"""A definite "the X" with no name in the question refers to something said before, which a note cannot know."""


_LINKS = frozenset(("the", "a", "an", "kind", "type", "sort", "of"))


def _wh_phrase(words: Sequence[str], stop: frozenset[str]) -> tuple[tuple[str, ...], str | None]:
    """The words that describe the answer after the first "what" or "which" and the noun that names its kind,
    if one does within three words ("which Luna probe" -> (("luna",), "probe"); "which country" -> ((),
    "country")); a grammar word ends the phrase ("what did the command module ..." has none)."""
    for i, w in enumerate(words):
        if w in ("what", "which"):
            said = [x for x in words[i + 1:i + 6] if x not in _LINKS]
            phrase: list[str] = []
            for x in said[:3]:
                if x in stop:
                    break
                phrase.append(x)
            nouns = [k for k, x in enumerate(phrase) if x in _WHAT or stem(x) in _WHAT]
            if not nouns:  # the last kind noun heads the phrase: "which two-man program" asks a program
                return (), None
            return tuple(phrase[:nouns[-1]]), phrase[nouns[-1]]
        if w == "how" and tuple(words[i + 1:i + 2]) in (("much",), ("many",)):
            return tuple(words[i + 2:i + 3]), None  # "how much thrust": "twice the thrust needed"
        if w in _WH or w == "how":
            return (), None
    return (), None


_US = re.compile(r"\bU\.S\.(?:A\.)?|\bUSA?\b")  # written in capitals: the country, not the pronoun


class Entry(NamedTuple):
    """A note as the index reads it: its words and its answer's words, folded and stemmed."""

    note: Note
    words: frozenset[str]
    answer: frozenset[str]


class Index:
    """The notes' words, for finding the notes that share a question's words."""

    def __init__(self, notes: Mapping[str, Note], lexicon: Lexicon) -> None:
        from askspace.handlers.recorded import Folder

        self.folder = Folder(lexicon.groups.get("synonyms", {}))
        fillers = lexicon.groups.get("fillers", {})
        self.stop = frozenset(w for g in ("grammar", "asking", "months") for p in fillers.get(g, ())
                              for w in p.split())
        # single light words only: "for the first time" may go, but "first" alone is what a question asks
        self.light = frozenset(stem(p) for p in fillers.get("light", ()) if " " not in p) - self.stop
        # ordinals are like numbers: "the first stage" is not "the second stage", so never left unmatched
        self.ordinals = frozenset(stem(p) for ps in lexicon.groups.get("ordinals", {}).values() for p in ps
                                  if " " not in p)
        self.light -= self.ordinals  # "seconds" is light, "second" is not
        self.light |= _KIND_OF  # "what kind of material": matched when the note says it, never missed
        self.qualifiers = frozenset(stem(w) for w in _QUALIFIERS) | frozenset(  # events too: "return alive from
            stem(w) for w in self.folder.fold(("orbit",)))  # orbit" is
        # not "around the Moon"
        self.entries = [Entry(n, frozenset(self.content(f"{n.says} {' '.join(n.also)}")),
                              frozenset(self.content(n.answer))) for n in notes.values()]
        self.by_word: dict[str, list[int]] = {}
        for i, e in enumerate(self.entries):
            for w in e.words:
                self.by_word.setdefault(w, []).append(i)
        self.weight = {w: math.log(1 + len(self.entries) / len(ids)) for w, ids in self.by_word.items()}
        self.distinct = max(DISTINCT_MIN, len(self.entries) // DISTINCT_SHARE)  # notes a distinctive word is in

    def specific(self, words: Sequence[str]) -> bool:
        """Whether one of a question's ``words`` (its light ones left out) is in few notes."""
        return any(len(self.by_word.get(w, ())) <= self.distinct for w in words)

    def content(self, text: str) -> tuple[str, ...]:
        """The content words of ``text``, once each in order, folded and stemmed."""
        kept = tuple(w for w in _words(_US.sub(" usa ", text)) if w not in self.stop)  # "US" is no "us"
        return tuple(dict.fromkeys(stem(w) for w in self.folder.fold(kept)))


class Found(NamedTuple):
    """The note that answers a question, with the question's words it matched and the one it tolerated."""

    note: Note
    matched: tuple[str, ...]
    missed: tuple[str, ...]
    score: float

    @property
    def described(self) -> dict[str, object]:
        """What ``--why`` shows of the reading."""
        shown: dict[str, object] = {"answer": self.note.kind, "note": self.note.id, "matched": ", ".join(self.matched)}
        return {**shown, "unexplained": ", ".join(self.missed)} if self.missed else shown


_INDEXES: dict[tuple[int, int], tuple[Mapping[str, Note], Lexicon, Index]] = {}


def _index(notes: Mapping[str, Note], lexicon: Lexicon) -> Index:
    """The index of ``notes``, built on first use (the tables are read-only once loaded)."""
    key = (id(notes), id(lexicon))
    if key not in _INDEXES:
        _INDEXES[key] = (notes, lexicon, Index(notes, lexicon))  # keeps both alive, so their ids stay theirs
    return _INDEXES[key][2]


def _names(text: str) -> frozenset[str]:
    """Words written with a capital or digits past the question's first word: names and numbers."""
    tokens = text.split()
    return frozenset(w for t in tokens[1:] for w in _words(t) if t[:1].isupper() or any(c.isdigit() for c in w))


class Tied(NamedTuple):
    """Two notes with different answers that read a question equally well: it is declined, saying so."""

    notes: tuple[Note, Note]

    @property
    def described(self) -> dict[str, object]:
        return {"answer": "not evaluated", "why": "two notes read it as well", "notes": ", ".join(
            n.id for n in self.notes)}


def find(notes: Mapping[str, Note], lexicon: Lexicon, text: str,
         named: Mapping[str, frozenset[str]] | None = None) -> Found | Tied | None:
    """The one note that answers ``text``, the two that tie for it, or None; ``named`` gives the names in the
    records of each family of things, lower case (a note answering "Gemini" answers "what project ...")."""
    words = tuple(_words(text))
    kinds = asked_kinds(words)
    if kinds is None or not notes:
        return None
    said = f" {' '.join(words)} "
    if any(f" {g} " in said for g in _UNNAMED) and not _names(text):
        return None  # "what did the program bring back?" names no program: the notes cannot tell which
    index = _index(notes, lexicon)
    described, head = _wh_phrase(words, index.stop)  # "which country": the kind asked, the note's kind
    if head is not None and (head in _WHAT or stem(head) in _WHAT):  # "at which launch complex": a place
        kinds = _WHAT.get(head) or _WHAT[stem(head)]
    kind_words = set(index.content(head)) if head else set()
    asked = index.content(text)  # the kind's noun: matched if the note
    describing = set(index.content(" ".join(described)))  # "which Luna probe": "Luna 3" may share "Luna"
    units = {stem(w) for w in words if w in _UNITS}  # "how high in miles": "265.7 nautical miles"
    family = _FAMILY_OF.get(head or "") or _FAMILY_OF.get(stem(head or ""))  # "which probe": what it is
    family_words = {w for n in _FAMILIES[family] for w in index.content(n)} if family else set()
    hard = sum(w not in index.light and w not in kind_words for w in asked)  # says it, never missed
    names = set(index.content(" ".join(_names(text))))  # folded as the question's words are ("Aquarius")
    found: list[Found] = []  # every note that reads the question, of any kind: one of another kind that reads it
    for i in {i for w in asked for i in index.by_word.get(w, ())}:  # as well makes the question ambiguous
        e = index.entries[i]
        if e.answer and e.answer <= set(asked):
            continue
        # the answer's words are no matches ("Who was Samuel Phillips?"), nor misses where the answer describes
        # ("the canister burst open" for "the canister"), where the question's "which" phrase describes the
        # answer ("Luna 3" for "which Luna probe") or says a quantity's unit ("how high in miles"); never for a
        # person, group or country ("who led them after Korolev?")
        matched = [w for w in asked if w in e.words and w not in e.answer]
        shared = e.answer if e.note.kind in _DESCRIBED else e.answer & (describing | units) \
            if e.note.kind not in _PEOPLE else frozenset()
        missed = [w for w in asked if w not in matched and w not in index.light  # "made", "carried": if there
                  and w not in shared and w not in kind_words]
        tolerated = hard + len(kind_words & set(matched)) >= TOLERATED_FROM  # one word may be missed
        if sum(w not in index.light for w in matched) < MIN_MATCHED or len(missed) > tolerated \
                or any(w in names or w.isdigit() or w in index.ordinals or w in index.qualifiers
                       or w in _KIND_NOUNS for w in missed):  # "the Saturn V first stage": never left out
            continue
        if family and not (family_words & (e.words | e.answer) or _of_family(e.note.answer, family, named)):
            continue  # "what project put ...": a note about a capsule does not answer it, one about a program may
        if all(w in names or w.isdigit() for w in matched if w not in index.light):
            continue  # "What did Apollo 10 do?": a question that only names things asks about them, not a detail
        if not index.specific([w for w in matched if w not in index.light]):
            continue  # only words many notes share ("moon", "landed"): the question is not about this note
        score = sum(index.weight.get(w, 0.0) for w in matched) - 0.01 * len(e.words)
        found.append(Found(e.note, tuple(matched), tuple(missed), score))
    fitting = sorted((f for f in found if f.note.kind in kinds), key=lambda f: (len(f.missed), -f.score, f.note.id))
    if not fitting:
        return None
    best = fitting[0]
    rivals = found if len(kinds) > len(_PEOPLE) else fitting  # a bare "what" could ask any of several details
    rival = next((f for f in rivals if f is not best and f.note.answer != best.note.answer
                  and len(f.missed) <= len(best.missed) and len(f.matched) >= len(best.matched)), None)
    return best if rival is None else Tied((best.note, rival.note))  # which detail is asked is unclear


def _of_family(answer: str, family: str, named: Mapping[str, frozenset[str]] | None) -> bool:
    """Whether an answer names a thing of the family in the records, or a flight of a program ("Apollo 20")."""
    said = answer.lower()
    if named is None:
        return False
    if said in named.get(family, ()):
        return True
    program, _, number = said.rpartition(" ")
    return family == "craft" and number.isdigit() and program in named.get("program", ())


_NAMED: dict[int, tuple[KnowledgeBase, dict[str, frozenset[str]]]] = {}


def _named(kb: KnowledgeBase) -> dict[str, frozenset[str]]:
    """The names of the records' crafts and missions, rockets and programs, lower case, by family (built once per
    knowledge base: a large one has tens of thousands of missions)."""
    def names(items: Iterable[object]) -> frozenset[str]:
        return frozenset(n.lower() for x in items for n in (getattr(x, "name", ""), *getattr(x, "aliases", ())))
    if id(kb) not in _NAMED:  # the knowledge base is kept, so its id stays its own
        _NAMED[id(kb)] = (kb, {"craft": names([*kb.missions.values(), *kb.craft.values()]),
                               "rocket": names(kb.rockets.values()), "program": names(kb.programs.values())})
    return _NAMED[id(kb)][1]


def answer(kb: KnowledgeBase, lexicon: Lexicon, text: str,
           citations: Citations) -> tuple[Reply, Found | Tied] | None:
    """The answer from the one note that reads ``text``: the answer first, then the note and its sources; when
    two notes tie, a reply that declines and says which answers it could not choose between."""
    from askspace.handlers.base import Reply

    found = find(kb.notes, lexicon, text, _named(kb))
    if found is None:
        return None
    if isinstance(found, Tied):
        a, b = found.notes
        return Reply([f"My notes hold two answers that fit those words ({a.answer}: {a.says} / {b.answer}: "
                      f"{b.says}), and I cannot tell which you mean; ask with more detail."],
                     understood=False), found
    note = found.note
    marks = "".join(citations.add(s) for s in note.sources)
    first = f"{note.answer[:1].upper()}{note.answer[1:]}"
    says = note.says if note.says.startswith(note.answer) else f"{first}. {note.says}"
    return Reply([f"{says}{marks}"]), found
