"""Which note answers a detail question that nothing else answers, read strictly (a wrong answer is worse than
"not known").

A note (:mod:`askspace.notes`) answers a question when:

- the question asks for the note's kind of answer (``who`` a person, group, organization or country; ``when``
  or "what year" a time; ``where`` a place; ``how many`` a number; "how long" an amount; ``why`` a reason);
- every content word of the question (not a filler, after folding synonyms and stemming) is a word of the note's
  ``says`` or ``also`` (a light word, "made" or "carried", counts when it is there and is not missed when it
  is not); one ordinary word may be missing when the question has four or more, never a name or a
  number; the question does not contain the whole answer, and the words of an answer that names something (a
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
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, NamedTuple

from askspace.notes import NOTE_KINDS, Note, _words

if TYPE_CHECKING:
    from askspace.compose import Citations
    from askspace.handlers.base import Reply
    from askspace.intents import Lexicon
    from askspace.model import KnowledgeBase

_ANY = frozenset(NOTE_KINDS) - {"reason"}
_PEOPLE = frozenset({"person", "group", "organization", "country"})
_TIME = frozenset({"time"})
_AMOUNT = frozenset({"amount", "number"})
_WH = {"who": _PEOPLE, "whom": _PEOPLE, "whose": _PEOPLE, "when": _TIME, "where": frozenset({"place", "country"}),
       "why": frozenset({"reason"})}
_HOW = {"many": frozenset({"number"}), "much": _AMOUNT, "long": _AMOUNT | _TIME, "far": _AMOUNT, "big": _AMOUNT,
        "high": _AMOUNT, "old": _AMOUNT, "fast": _AMOUNT, "heavy": _AMOUNT, "large": _AMOUNT, "tall": _AMOUNT,
        "soon": _AMOUNT | _TIME, "deep": _AMOUNT, "wide": _AMOUNT, "often": _AMOUNT | frozenset({"number"})}
_WHAT = {  # "what year", "which company": the word after "what" or "which" names the kind asked
    **dict.fromkeys(("year", "date", "month", "day", "time", "decade", "century", "hour"), _TIME),
    **dict.fromkeys(("country", "nation"), frozenset({"country"})),
    **dict.fromkeys(("city", "state", "place", "location", "site", "pad", "town", "region", "island", "building",
                     "facility", "base", "center", "centre", "area"), frozenset({"place", "country"})),
    **dict.fromkeys(("company", "agency", "organization", "organisation", "firm", "manufacturer", "contractor",
                     "committee", "office", "group", "team", "bureau", "corporation"),
                    frozenset({"organization", "group"})),
    **dict.fromkeys(("person", "astronaut", "cosmonaut", "president", "man", "woman", "engineer", "scientist",
                     "pilot", "director", "administrator", "official", "leader", "general"), _PEOPLE),
    **dict.fromkeys(("mission", "spacecraft", "probe", "rocket", "craft", "satellite", "program", "programme",
                     "project", "vehicle", "ship", "module", "capsule", "flight", "station", "lander", "rover",
                     "engine", "booster", "stage", "event", "speech", "operation", "nickname", "name", "word",
                     "term", "material", "object", "thing", "equipment", "instrument", "device", "camera"),
                    frozenset({"name", "thing"})),
    **dict.fromkeys(("reason", "purpose", "cause", "motive", "goal", "aim"), frozenset({"reason", "thing"})),
    **dict.fromkeys(("percentage", "amount", "distance", "height", "weight", "mass", "speed", "diameter", "length",
                     "cost", "price", "temperature", "altitude", "thrust", "size", "age"), _AMOUNT),
}
_DESCRIBED = frozenset({"thing", "reason"})  # answers that describe: their words may be the question's too
MIN_MATCHED = 2  # a question must share at least this many content words with a note
TOLERATED_FROM = 4  # a question with this many content words may leave one ordinary word unmatched


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


def asked_kinds(words: Sequence[str]) -> frozenset[str] | None:
    """The kinds of answer the question's first wh-word asks for, or None when it asks none (yes or no)."""
    for i, w in enumerate(words):
        after = words[i + 1] if i + 1 < len(words) else ""
        if w in _WH:
            return _WH[w]
        if w == "how":
            return _HOW.get(after, frozenset({"reason", "thing"}))
        if w in ("what", "which"):
            nxt = [x for x in words[i + 1:i + 4] if x not in ("kind", "type", "sort", "of", "the", "a")]
            return _WHAT.get(nxt[0], _ANY) if nxt else _ANY
    return None


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
        self.light = frozenset(stem(w) for p in fillers.get("light", ()) for w in p.split()) - self.stop
        self.entries = [Entry(n, frozenset(self.content(f"{n.says} {' '.join(n.also)}")),
                              frozenset(self.content(n.answer))) for n in notes.values()]
        self.by_word: dict[str, list[int]] = {}
        for i, e in enumerate(self.entries):
            for w in e.words:
                self.by_word.setdefault(w, []).append(i)
        self.weight = {w: math.log(1 + len(self.entries) / len(ids)) for w, ids in self.by_word.items()}

    def content(self, text: str) -> tuple[str, ...]:
        """The content words of ``text``, once each in order, folded and stemmed."""
        kept = tuple(w for w in _words(text) if w not in self.stop)
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


def find(notes: Mapping[str, Note], lexicon: Lexicon, text: str) -> Found | None:
    """The one note that answers ``text``, or None."""
    kinds = asked_kinds(tuple(_words(text)))
    if kinds is None or not notes:
        return None
    index = _index(notes, lexicon)
    asked = index.content(text)
    names = {stem(w) for w in _names(text)}
    found: list[Found] = []
    for i in {i for w in asked for i in index.by_word.get(w, ())}:
        e = index.entries[i]
        if e.note.kind not in kinds or (e.answer and e.answer <= set(asked)):
            continue
        named = e.note.kind not in _DESCRIBED  # "Who was Samuel Phillips?" is no question a note on him answers
        matched = [w for w in asked if w in e.words and not (named and w in e.answer)]
        missed = [w for w in asked if w not in matched and w not in index.light]  # "made", "carried": if there
        hard = sum(w not in index.light for w in asked)
        if sum(w not in index.light for w in matched) < MIN_MATCHED or len(missed) > (hard >= TOLERATED_FROM) \
                or any(w in names or w.isdigit() for w in missed):
            continue
        score = sum(index.weight.get(w, 0.0) for w in matched) - 0.01 * len(e.words)
        found.append(Found(e.note, tuple(matched), tuple(missed), score))
    if not found:
        return None
    found.sort(key=lambda f: (len(f.missed), -f.score, f.note.id))
    best = found[0]
    if any(f.note.answer != best.note.answer and len(f.missed) == len(best.missed)
           and len(f.matched) == len(best.matched) for f in found[1:]):
        return None  # two notes with different answers read the question equally well
    return best


def answer(kb: KnowledgeBase, lexicon: Lexicon, text: str, citations: Citations) -> tuple[Reply, Found] | None:
    """The answer from the one note that reads ``text``: the answer first, then the note and its sources."""
    from askspace.handlers.base import Reply

    found = find(kb.notes, lexicon, text)
    if found is None:
        return None
    note = found.note
    marks = "".join(citations.add(s) for s in note.sources)
    first = f"{note.answer[:1].upper()}{note.answer[1:]}"
    says = note.says if note.says.startswith(note.answer) else f"{first}. {note.says}"
    return Reply([f"{says}{marks}"]), found
