"""Normalise what a user typed into comparable words.

Steps: control characters to spaces, NFKC, straighten quotes and dashes, keep "U.S." and
"US" apart from the pronoun "us", casefold, split into word tokens, write roman
numerals after a name as digits ("Apollo XI" -> "apollo 11") and small number words
as digits.

>>> normalise("When did the U.S. land on the Moon?").words
('when', 'did', 'the', 'usa', 'land', 'on', 'the', 'moon')
>>> " ".join(normalise("Apollo XI's crew").words)
'apollo 11 crew'
>>> " ".join(normalise(clean("Luna9, apollo-11 and Apollo\x0b12")).words)
'luna 9 apollo 11 and apollo 12'
>>> split_parts("When did they land? And when on Mars?")
['When did they land?', 'And when on Mars?']
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

MAX_QUESTION_CHARS = 1000

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_INVISIBLE = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2066-\u2069]")  # zero-width and direction marks
_ANSI = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b.")
_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"',
                         "„": '"', "–": "-", "—": "-", "−": "-", "´": "'", "`": "'"})
_US = re.compile(r"\bU\.\s?S\.(?!\s?S\.)(?:\s?A\.?)?|\bUSA\b|\bUS\b")
_TOKEN = re.compile(r"[^\W_]+(?:'[^\W_]+)?", re.UNICODE)
_ROMAN = {"ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9,
          "x": 10, "xi": 11, "xii": 12, "xiii": 13, "xiv": 14, "xv": 15, "xvi": 16,
          "xvii": 17, "xviii": 18, "xix": 19, "xx": 20, "xxi": 21, "xxii": 22,
          "xxiii": 23, "xxiv": 24}
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                 "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
                 "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
                 "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20}
# Words after which a roman numeral or number word is a mission number.
_NUMBERED = {"apollo", "luna", "mars", "venera", "ranger", "surveyor", "viking", "mariner",
             "pioneer", "zond", "vostok", "voskhod", "gemini", "soyuz", "chang'e", "change",
             "chandrayaan", "voyager", "lunokhod", "yutu", "hayabusa", "vega", "explorer",
             "sputnik", "shenzhou", "orbiter", "phobos", "tianwen", "artemis", "kosmos",
             "cosmos", "beagle", "sojourner", "queqiao", "mercury", "atlas", "redstone"}


_GLUED = re.compile(r"\b([^\W\d_]+)(\d+)\b")


def _unglue(match: re.Match[str]) -> str:
    name, number = match.groups()
    return f"{name} {number}" if name in _NUMBERED else match.group()


class Normalised(NamedTuple):
    """A question as words, plus the cleaned original for display."""

    original: str
    words: tuple[str, ...]

    @property
    def text(self) -> str:
        return " ".join(self.words)


def clean(raw: str) -> str:
    """Remove terminal escapes and control characters; fold whitespace."""
    raw = _ANSI.sub(" ", raw)
    raw = raw.replace("\t", " ").replace("\r", " ").replace("\n", " ")
    raw = _CONTROL.sub(" ", raw)  # "Apollo\x0011" is two words, not "Apollo11"
    raw = _INVISIBLE.sub("", raw)
    raw = "".join(ch for ch in raw if unicodedata.category(ch) not in ("Cs", "Co", "Cn"))
    return " ".join(raw.split())


def normalise(raw: str) -> Normalised:
    """Turn one cleaned question into casefolded word tokens."""
    text = unicodedata.normalize("NFKC", raw).translate(_QUOTES)
    text = _US.sub(" usa ", text)
    text = text.casefold()
    text = re.sub(r"'s\b", "", text)  # possessive: "apollo 11's" -> "apollo 11"
    text = re.sub(r"\s+'\s*s\b", "", text)  # tokenised "U.S. 's"
    text = text.replace("chang'e", "change")
    text = _GLUED.sub(_unglue, text)  # "apollo11" -> "apollo 11"
    words: list[str] = []
    for token in _TOKEN.findall(text):
        token = token.strip("'")
        if not token:
            continue
        prev = words[-1] if words else ""
        if prev in _NUMBERED and token in _ROMAN:
            token = str(_ROMAN[token])
        elif prev in _NUMBERED and token in ("i",):
            token = "1"
        elif prev in _NUMBERED and token in _NUMBER_WORDS:
            token = str(_NUMBER_WORDS[token])
        words.append(token)
    return Normalised(original=raw, words=tuple(words))


_PART_SPLIT = re.compile(r"(?<=[?!.])\s+(?=\S)")
_CONTINUES = re.compile(r"^(and|also|plus|then|what|when|where|who|how|which|why|did|does|"
                        r"was|were|is|are|has|have|i|i'm|im|tell|can|could)\b", re.I)


_AND_QUESTION = re.compile(r"(?:,\s*|\s+)and\s+(?=(?:what|when|where|who|why|how|which)\b)", re.I)
_QUESTION_WORD = re.compile(r"\b(what|when|where|who|why|how|which)\b", re.I)


def split_parts(text: str) -> list[str]:
    """Split a run of questions and statements into parts answered one by one.

    A full stop only splits before a new question or statement ("I'm assuming ..."),
    so abbreviations such as "U.S. land" stay in one part.
    """
    pieces = _PART_SPLIT.split(text.strip())
    parts: list[str] = []
    for piece in pieces:
        if parts and not parts[-1].endswith("?") and not _CONTINUES.match(piece):
            parts[-1] = f"{parts[-1]} {piece}"
        else:
            parts.append(piece)
    out: list[str] = []
    for part in parts:  # "Who flew Apollo 15, and where did they land?" is two questions
        pieces = _AND_QUESTION.split(part)
        if len(pieces) > 1 and _QUESTION_WORD.search(pieces[0]):
            out.extend(p.strip() for p in pieces)
        else:
            out.append(part)
    return [p for p in out if any(ch.isalnum() for ch in p)]


def stem(word: str) -> str:
    """Strip one common ending so word forms meet: "landing" -> "land", "crews" -> "crew".

    >>> [stem(w) for w in ("landing", "docked", "spacewalks", "moon")]
    ['land', 'dock', 'spacewalk', 'moon']
    """
    for end in ("ing", "ed", "es", "s"):
        if len(word) > len(end) + 3 and word.endswith(end):
            return word[: -len(end)]
    return word
