""" "In 1971 this first American in space served ...": the question a clue's "this first ..." phrase asks, used
(by ``askspace.clueuse``) only when its answer restates the phrase."""

from __future__ import annotations

from askspace.parse import Question

_NOT_CLUES = frozenset({"tell", "name", "list", "show", "give", "please", "and", "so", "what", "which", "who"})

_ORDINALS = {"first": "first", "1st": "first", "second": "second", "2nd": "second", "third": "third",
             "3rd": "third"}
# the words a described phrase may end with ("this first American in space", "this 1st artificial satellite")
_DESCRIBED_ENDS = frozenset({"space", "orbit", "earth", "moon", "satellite", "station"})
_THINGS = frozenset({"satellite", "station", "spacecraft", "probe", "rocket", "mission"})
_DESCRIBED_WINDOW = 8


def described(q: Question) -> tuple[str, tuple[str, ...]] | None:
    """ "In 1971 this first American in space served ...": the question that the phrase after "this" (or "it was
    the") answers
    ("who was the first american in space") and the phrase itself, or None. Only a phrase that opens with an
    ordinal and ends with space, orbit, the Earth, the Moon, a satellite or a station is read."""
    words = q.words
    if not words or q.wh_word is not None or q.yes_no or words[0] in _NOT_CLUES:
        return None
    for i, word in enumerate(words[:-1]):
        person = words[i - 2:i - 1] in (("he",), ("she",))  # "He was the second man to walk on the Moon"
        if word == "the" and words[i - 1:i] in (("was",), ("became",)) and (words[i - 2:i - 1] == ("it",) or person):
            word = "this"  # "Launched May 14, 1973, it was the first US space station"
        if word != "this" or words[i + 1] not in _ORDINALS:
            continue
        window = words[i + 1:i + 1 + _DESCRIBED_WINDOW]
        ends = [j for j, w in enumerate(window) if w in _DESCRIBED_ENDS]
        if not ends:
            return None
        if person and i + 1 + ends[-1] + 1 != len(words):
            return None  # "he was the first person in space to celebrate a birthday": the rest narrows the first
        phrase = (_ORDINALS[window[0]], *window[1:ends[-1] + 1])
        wh = "who" if person else "what" if _THINGS & set(phrase) else "who"
        return f"{wh} was the {' '.join(phrase)}", phrase
    return None


def restates(answer_words: tuple[str, ...], phrase: tuple[str, ...]) -> bool:
    """Whether an answer opens by restating the phrase asked about ("The first American in space was ..."):
    an answer that opens otherwise answers a nearby question and is not used for the clue."""
    said = tuple(_SAME.get(w, w) for w in answer_words[:len(phrase) + 1])
    return said == ("the", *(_SAME.get(w, w) for w in phrase))


_SAME = {"man": "person", "human": "person", "men": "people"}  # "the second man" is restated by "the second
# person"; "woman" stays itself, so a woman's first is never taken for the restatement of a man's
