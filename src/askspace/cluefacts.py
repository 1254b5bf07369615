"""What a quiz clue states besides the names it mentions: decades, quoted words, the given name or nickname of the
person it describes, years counted back ("30 years since"), an ordinal right after "this", and words that say a
craft or station was lost or came down. ``askspace.clues`` reads them; the clue readers check each one against the
entry they answer with, and a clue whose stated facts the entry contradicts is not answered.

>>> decades_in("Astronauts were bouncing off the walls in this 1970s space station")
(1970,)
>>> quotes_in('On July 21, 1969 newspapers quoted his "The Eagle Has Landed"')
('The Eagle Has Landed',)
>>> given_names('Nicknamed "Gus", this second astronaut; Born Edwin in 1930')
('Gus', 'Edwin')
>>> years_back("On July 20, 1999 it was 30 years since this man said it", (1999,))
(1999, 1969)
>>> ordinal_after_this(("this", "fourth", "space", "shuttle"))
4
>>> nth_flight(("the", "11th", "mission", "of", "this", "program"))
11
>>> counted(("all", "3", "of", "these", "programs")), counted(("these", "two", "shuttles"))
(3, 2)
>>> age_in("He was 77 when he returned to space"), age_in("the oldest person to orbit, at age 77")
(77, 77)
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from askspace.flightlog import FlightRecord, records_of

if TYPE_CHECKING:
    from askspace.entities import Mention
    from askspace.model import KnowledgeBase, Person
    from askspace.parse import Question

_DECADE = re.compile(r"\b(1[89]|20)(\d)0'?s\b")
_QUOTE = re.compile(r"[\"“”]([^\"“”]{3,200})[\"“”]")
_NAMED = re.compile(r"\b(?:[Nn]amed|[Nn]icknamed|[Bb]orn)\s+[\"“]?([A-Z][a-z]{2,})\b")
_SINCE = re.compile(r"\b(\d{1,3}) years (?:since|after|ago|before)\b", re.IGNORECASE)
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5,
             "5th": 5, "sixth": 6, "6th": 6, "last": -1, "final": -1}
# "it broke apart", "crashed down", "fell to Earth": the entry must have been lost or brought down
LOSS_WORDS = frozenset({"broke", "exploded", "disintegrated", "destroyed", "crashed", "fell", "plunged", "burned",
                        "deorbited", "reentered", "lost"})
_MONTH_WORDS = frozenset({"January", "February", "March", "April", "May", "June", "July", "August", "September",
                          "October", "November", "December"})


def words_of(text: str) -> tuple[str, ...]:
    """Lower-case words without punctuation: "we've had" -> ("we", "ve", "had")."""
    return tuple(re.findall(r"[a-z0-9]+", text.lower()))


def decades_in(text: str) -> tuple[int, ...]:
    """The decades a text writes as "1970s" or "1960's", each once."""
    return tuple(dict.fromkeys(int(a + b + "0") for a, b in _DECADE.findall(text)))


def quotes_in(text: str) -> tuple[str, ...]:
    """The quoted passages of a text that hold a word."""
    return tuple(q for q in _QUOTE.findall(text) if words_of(q))


def given_names(text: str) -> tuple[str, ...]:
    """The given names or nicknames a clue writes after "named", "nicknamed" or "born": "Born Edwin in 1930"."""
    return tuple(dict.fromkeys(n for n in _NAMED.findall(text) if n not in _MONTH_WORDS))


def years_back(text: str, years: tuple[int, ...]) -> tuple[int, ...]:
    """The years a clue names, and those it counts back to: "In 1999 it was 30 years since" adds 1969."""
    back = [y - int(n) for n in _SINCE.findall(text) for y in years]
    return tuple(dict.fromkeys([*years, *back]))


def ordinal_after_this(words: tuple[str, ...]) -> int | None:
    """The ordinal right after "this" ("this fourth space shuttle": 4; "this final ...": -1), or None."""
    for i, word in enumerate(words[:-1]):
        if word == "this" and words[i + 1] in _ORDINALS:
            return _ORDINALS[words[i + 1]]
    return None


def says_lost(words: tuple[str, ...]) -> bool:
    """Whether the clue says its subject was lost, broke apart or came down."""
    return not LOSS_WORDS.isdisjoint(words) or any(words[i:i + 2] == ("came", "down") for i in range(len(words)))


_AGE = re.compile(r"\b(?:at (?:the )?age(?: of)?|aged|was|were) (\d{2})(?: years old)?(?: when|,|$| to)", re.IGNORECASE)


def age_in(text: str) -> int | None:
    """The age a clue gives its person at a flight: "He was 77 when he returned to space", "at age 77"."""
    found = _AGE.search(text)
    return int(found.group(1)) if found else None


_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6}


def nth_flight(words: tuple[str, ...]) -> int | None:
    """The number of a flight a clue counts ("the 11th mission of this program": 11), or None."""
    for i, word in enumerate(words[:-1]):
        if words[i + 1] in ("mission", "flight") and (m := re.fullmatch(r"(\d+)(?:st|nd|rd|th)", word)):
            return int(m.group(1))
    return None


def counted(words: tuple[str, ...]) -> int | None:
    """How many entries a clue asks for with "these" ("all 3 of these programs", "these two shuttles"), or None."""
    for i, word in enumerate(words):
        if word != "these":
            continue
        if i >= 2 and words[i - 1] == "of" and words[i - 2] in _NUMBERS:
            return _NUMBERS[words[i - 2]]
        if i + 1 < len(words) and words[i + 1] in _NUMBERS:
            return _NUMBERS[words[i + 1]]
    return None


def _flown(person: Person) -> tuple[FlightRecord, ...]:
    return tuple(f for f in records_of(person.flown) if f.reached_space) if person.flown else ()


def crewmates_named(text: str, kb: KnowledgeBase, people: list[str]) -> list[str]:
    """People a clue names by a surname several people share, each the one who flew with a person the clue names
    in full: "He teamed with Collins & Armstrong" names Michael Collins, not Eileen Collins."""
    if not people:
        return []
    flights = {(f.name, f.year) for p in people if p in kb.people for f in _flown(kb.people[p])}
    found: list[str] = []
    for word in dict.fromkeys(re.findall(r"\b[A-Z][a-z]{2,}\b", text)):
        same = [p for p in kb.people.values() if p.name.split()[-1] == word and p.id not in people]
        mates = [p.id for p in same if any((f.name, f.year) in flights for f in _flown(p))]
        if len(same) > 1 and len(mates) == 1:
            found.append(mates[0])
    return found


def own_states(q: Question, noun: str, this: frozenset[str], window: int) -> tuple[tuple[str, ...], ...]:
    """The states a clue says between "this" and the kind it asks for: "this U.S. space station"."""
    if not noun:
        return ()
    words, first = q.words, tuple(noun.split())
    for i, word in enumerate(words):
        ends = [j for j in range(i + 1, min(len(words), i + 1 + window)) if words[j:j + len(first)] == first]
        if word in this and ends:
            return tuple(m.ids for m in _states(q) if i < m.start < ends[0])
    return ()


def _states(q: Question) -> list[Mention]:
    """The state mentions of a clue but those the speller made ("Los Angeles": Laos)."""
    fixed = {f for _, f in q.corrections}
    return [m for m in q.of_kind("state") if fixed.isdisjoint(m.text.split())]


def state_mentions(q: Question) -> list[Mention]:
    """The state mentions of a clue but those the speller made."""
    return _states(q)


def states_said(q: Question) -> tuple[tuple[str, ...], ...]:
    """The states each state word of the clue can mean."""
    return tuple(m.ids for m in _states(q))
