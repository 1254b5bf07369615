"""Quiz clues about the people who flew: the one program, station, flight or person that the named people and
missions share.

"In 1973, Owen Garriott spent 59 days aboard this" names Skylab: the one station of Garriott's 1973 flight.
"Apollo 11 astronauts Armstrong, Collins & Aldrin each also flew in this program" names Gemini: the one program
that each of them flew in, other than the one the clue names. "1968: Apollo 8 astronauts Anders, Borman & this
man who later commanded Apollo 13" names Jim Lovell: the one crew member of both flights that the clue does not
name. A clue reads as one when it asks for "this"/"these" + a kind (``clue_kinds`` in the lexicon), "aboard
this", or "he"/"she"; the rest of its words (the trivia around the names) are not read. What the named people and
missions share decides the answer: a clue that several entries fit, or none, is not answered (``None``).

The clue also carries what it states besides names (``askspace.cluefacts``: decades, quotes, a given name, "this
fourth"); the readers of the other kinds check them: ``askspace.cluepeople`` (a person), ``askspace.cluekinds`` (a
station, a body, a country, a named craft, a rocket, a landing site), ``askspace.cluedates`` (the mission of a date)
and ``askspace.cluewords`` (famous words quoted, a name's meaning). "This first American in space ..." is read by
``askspace.cluephrase``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from typing import NamedTuple

from askspace import cluedates, cluefacts, compose
from askspace.compose import Citations
from askspace.flightlog import FlightRecord, records_of
from askspace.handlers.base import Reply
from askspace.intents import Lexicon
from askspace.model import KnowledgeBase, Person
from askspace.parse import Question

_THIS = frozenset({"this", "these"})
# the words that end the phrase after "this": the kind is its last noun ("this 2-man NASA program": program)
_PHRASE_ENDS = frozenset({"who", "that", "which", "was", "is", "were", "did", "had", "has", "in", "on", "of", "with",
                          "to", "for", "and", "from", "by", "at", "as", "when", "after", "before", "it", "he", "she",
                          "where", "whose", "while", "but", "because", "then", "though", "although", "since", "until"})
_WINDOW = 5
_PRONOUNS = {"he": "male", "him": "male", "his": "male", "she": "female", "her": "female"}
_SEXES = {"man": "male", "men": "male", "woman": "female", "women": "female"}
_NOT_CLUES = frozenset({"tell", "name", "list", "show", "give", "please", "and", "so", "what", "which", "who"})


class Clue(NamedTuple):
    """What a clue asks for and what it names."""

    asks: str  # program, station, mission or person
    people: tuple[str, ...]  # person ids, in the clue's order
    missions: tuple[str, ...]  # missions named by their own names (not through a crew member's name)
    programs: tuple[str, ...]  # programs named
    years: tuple[int, ...]
    sex: str | None = None  # for a person: from "he", "she", "this man", "this woman"
    dates: tuple[dt.date, ...] = ()  # full dates written in the clue (askspace.cluedates)
    events: tuple[str, ...] = ()  # lexicon events: "land" makes a date a landing's
    role: str | None = None  # a crew role the clue names ("this Apollo 11 command module pilot"), crew_roles
    noun: str = ""  # the words that said the kind: "planet" in "this second-largest planet"
    bodies: tuple[str, ...] = ()  # bodies, craft and states named (each state word: the states it can mean)
    craft: tuple[str, ...] = ()
    states: tuple[tuple[str, ...], ...] = ()
    own_states: tuple[tuple[str, ...], ...] = ()  # those said between "this" and the kind: "this U.S. space station"
    decades: tuple[int, ...] = ()  # askspace.cluefacts: "1970s", quoted words, "named Edwin", "this fourth"
    quotes: tuple[str, ...] = ()
    names: tuple[str, ...] = ()
    ordinal: int | None = None
    words: tuple[str, ...] = ()
    nth_flight: int | None = None  # "the 11th mission of this program"
    how_many: int | None = None  # "all 3 of these programs": the clue asks for that many
    age: int | None = None  # "He was 77 when he returned to space": the person's age on a flight

    def describe(self) -> dict[str, object]:
        return {"answer": self.asks, "people": list(self.people), "missions": list(self.missions),
                "years": list(self.years), "aggregate": "the one"}


def _asked(words: tuple[str, ...], kinds: dict[str, tuple[str, ...]],
           owners: frozenset[str] = frozenset()) -> tuple[str, str | None, str] | None:
    """(kind, sex, the words that said the kind) of what the clue asks for, or None; a kind word the clue writes
    with "'s" ends the phrase: "this country's first astronaut" asks for a country."""
    phrases = {tuple(p.split()): kind for kind, items in kinds.items() if kind != "craft_named" for p in items}
    for i, word in enumerate(words):
        if word not in _THIS:
            continue
        found: tuple[str, str | None, str] | None = None
        j = i + 1
        while j < min(len(words), i + 1 + _WINDOW) and words[j] not in _PHRASE_ENDS:
            for n in (3, 2, 1):
                phrase = words[j:j + n]
                if (kind := phrases.get(phrase)) is not None:
                    found = (kind, _SEXES.get(phrase[-1]), " ".join(phrase))
                    break
            if found is not None and found[2].split()[-1] in owners:
                return found
            j += 1
        if found is not None:
            return found
        if i > 0 and words[i - 1] == "aboard" and (j == i + 1):
            return "station", None, ""  # "spent 59 days aboard this"
    pronouns = [_PRONOUNS[w] for w in words if w in _PRONOUNS]
    if pronouns and len(set(pronouns)) == 1:
        return "person", pronouns[0], ""
    if "here" in words and _THIS.isdisjoint(words):  # "The first wheeled vehicle used here was ... Lunokhod 1"
        return "body", None, "here"
    return _named_craft(words, kinds)


def _named_craft(words: tuple[str, ...], kinds: dict[str, tuple[str, ...]]) -> tuple[str, str | None, str] | None:
    """ "Nickname of the lunar module that landed ... Apollo 11", "a name for Apollo 14's command module": a clue
    that asks for a craft's name without "this"."""
    if {"name", "nickname", "named", "nicknamed", "called"}.isdisjoint(words):
        return None
    text = f" {' '.join(words)} "
    said = [p for p in kinds.get("craft_named", ()) if f" {p} " in text]
    return ("craft", None, said[0]) if len(said) == 1 else None


def read(q: Question, lexicon: Lexicon, kb: KnowledgeBase,
         is_person_name: Callable[[tuple[str, ...]], bool]) -> Clue | None:
    """The clue a statement is, or None (a question, a request, or a clue that names nobody and no flight)."""
    words = q.words
    if not words or q.wh_word is not None or q.yes_no or words[0] in _NOT_CLUES:
        return None
    owners = frozenset(re.findall(r"(\w+)['’]s\b", q.text.lower()))
    asked = _asked(words, lexicon.groups.get("clue_kinds", {}), owners)
    dates = cluedates.dates_in(q.text)
    if asked is None and dates and q.events and "it" in words:
        asked = ("it", None, "")  # "Launched Oct. 4th, 1957, it was ...": the mission of that day
    if asked is None and cluefacts.quotes_in(q.text) and not {"means", "meaning", "word", "name"}.isdisjoint(words):
        asked = ("name", None, "")  # "Russian word for "union", Apollo linked up with one"
    if asked is None:
        return None
    person_ids = {p.name: p.id for p in kb.people.values()}
    people = [person_ids[n] for n in q.people if n in person_ids]
    people += [i for m in q.mentions if m.kind == "person" for i in m.ids[:1]]
    spoken = set(cluefacts.words_of(q.text))  # a name the speller made ("her college paper": Piper) is not said
    people = [p for p in people if p in kb.people and any(
        set(cluefacts.words_of(n.split()[-1])) <= spoken for n in (kb.people[p].name, *kb.people[p].aliases) if n)]
    people += cluefacts.crewmates_named(q.text, kb, people)
    missions = [m.ids[0] for m in q.mentions if m.kind == "mission" and len(m.ids) == 1
                and not is_person_name(tuple(m.text.split()))]
    possessive = {int(y) for y in re.findall(r"\b(\d{4})'s\b", q.text)}  # "1998's book": not a flight's year
    years = tuple(int(y) for y in q.ids("year") if int(y) not in possessive)
    clue = Clue(asked[0], tuple(dict.fromkeys(people)), tuple(dict.fromkeys(missions)), tuple(q.ids("program")),
                cluefacts.years_back(q.text, years), asked[1], dates, q.events, _role(q, lexicon), noun=asked[2],
                bodies=tuple(q.ids("body")), craft=tuple(q.ids("craft")),
                states=cluefacts.states_said(q), own_states=cluefacts.own_states(q, asked[2], _THIS, _WINDOW),
                decades=cluefacts.decades_in(q.text), quotes=cluefacts.quotes_in(q.text),
                names=cluefacts.given_names(q.text), ordinal=cluefacts.ordinal_after_this(words), words=words,
                nth_flight=cluefacts.nth_flight(words), how_many=cluefacts.counted(words), age=cluefacts.age_in(q.text))
    if not people and not missions and not dates and not _states_more(clue):
        return None
    if asked[:2] == ("person", _PRONOUNS.get(words[said := _first_pronoun(words)], "")) and any(
            m.start < said for m in q.mentions if m.kind == "person" or is_person_name(tuple(m.text.split()))):
        return None  # "Sergei Krikalev made the news when he ...": "he" is the person named, not the answer
    return clue


def _states_more(clue: Clue) -> bool:
    """Whether a clue that names no person, mission or date still states something to check an entry against."""
    return bool(clue.quotes or clue.names or clue.craft or (clue.bodies and clue.asks == "body")
                or (clue.asks == "person" and ((clue.sex and clue.years) or clue.age or clue.ordinal))
                or (clue.asks in ("station", "craft", "body", "country")
                and (clue.states or clue.years or clue.decades or clue.ordinal))
                or (clue.asks == "probe" and bool(clue.bodies) and bool(clue.years)))  # a probe at a body, that year


def _role(q: Question, lexicon: Lexicon) -> str | None:
    """The one crew role a clue names, or None."""
    text = f" {' '.join(q.words)} "
    found = {r for r, phrases in lexicon.groups.get("crew_roles", {}).items() if any(f" {p} " in text for p in phrases)}
    return found.pop() if len(found) == 1 else None


def _first_pronoun(words: tuple[str, ...]) -> int:
    """The position of the first "he", "him" or "she" (the last word when there is none)."""
    return next((i for i, w in enumerate(words) if w in _PRONOUNS), len(words) - 1)


def _flights(person: Person, years: tuple[int, ...]) -> tuple[FlightRecord, ...]:
    flown = records_of(person.flown) if person.flown else ()
    return tuple(f for f in flown if f.reached_space and (not years or f.year in years))


def program_of(kb: KnowledgeBase, flight: FlightRecord) -> str | None:
    """The program of a flight: its mission's, or the program whose name its name starts with ("Gemini 11")."""
    if flight.mission and flight.mission in kb.missions:
        return kb.missions[flight.mission].program
    words = flight.name.lower().replace("-", " ").split()
    if len(words) < 2 or not any(c.isdigit() for c in words[-1]):
        words = ["", ""]
    head = " ".join(words[:-1])
    for program in kb.programs.values():
        if head in {program.name.lower(), *(a.lower() for a in program.aliases)}:
            return program.id
    said = flight.name.lower()  # "MA-8": the crewed flight records' Mercury-Atlas 8, of Project Mercury
    return next((c.program for c in kb.crewed_flights.values() if c.launch.year == flight.year and c.program
                 and said in {c.name.lower(), *(a.lower() for a in c.aliases)}), None)


class Several(Exception):
    """Several entries fit the clue: it is not answered with a guess."""

    def __init__(self, kind: str, names: list[str]) -> None:
        super().__init__(kind)
        self.kind, self.names = kind, names


def _only(found: Iterable[str], kind: str, name: Callable[[str], str] = str) -> str | None:
    """The one entry found; None when there is none; raises Several when there are more."""
    chosen = set(found)
    if len(chosen) > 1:
        raise Several(kind, sorted(name(c) for c in chosen))
    return chosen.pop() if chosen else None


def evaluate(kb: KnowledgeBase, clue: Clue, cite: Citations) -> Reply | None:
    """The one entry the clue describes; when several fit, a reply that names them and answers nothing (not
    understood); None when none fits (the intents try)."""
    try:
        return _evaluate(kb, clue, cite)
    except Several as several:
        return Reply([f"Several {several.kind} fit that clue in my records: {compose.join(several.names)}; "
                      "it does not single one out."], understood=False)


def _evaluate(kb: KnowledgeBase, clue: Clue, cite: Citations) -> Reply | None:
    if clue.quotes:
        from askspace import cluewords

        if (said := cluewords.said(kb, clue, cite) or cluewords.named_for(kb, clue, cite)) is not None:
            return said  # "he said, "Cape is go and I am go"", "Russian word for "union""
    people = [kb.people[p] for p in clue.people if p in kb.people]
    if clue.asks in ("station", "body", "country", "craft", "rocket", "site"):
        from askspace import cluekinds

        return cluekinds.evaluate(kb, clue, cite)
    flown = {p.id: _flights(p, clue.years) for p in people}
    if any(not f for f in flown.values()):
        return None  # a named person with no flight in the clue's year: the clue is about something else
    if clue.asks == "person":
        from askspace import cluepeople

        return cluepeople.person(kb, clue, people, flown, cite)
    if clue.asks in ("it", "probe", "mission") and not people and not clue.missions:
        if clue.asks == "probe" and not clue.dates:  # "the first U.S. flyby of Venus was by this space probe in 1962"
            from askspace import cluesets

            return cluesets.mission(kb, clue, cite)
        return cluedates.dated(kb, clue, cite)
    if not people:
        return None
    named_programs = {*clue.programs, *(kb.missions[m].program for m in clue.missions)}
    if clue.asks == "program":
        shared = set.intersection(*({program_of(kb, f) for f in flown[p.id]} - {None} for p in people))
        fits = {str(s) for s in shared - named_programs}
        if clue.nth_flight is not None:  # "the 11th mission of this program": a flight of them all, numbered so
            fits = {s for s in fits if all(any(program_of(kb, f) == s and f.name.split()[-1] == str(clue.nth_flight)
                                               for f in flown[p.id]) for p in people)}
        if clue.how_many is not None:  # "all 3 of these programs": exactly that many, all answered
            return _programs(kb, sorted(fits), people, flown, cite) if len(fits) == clue.how_many else None
        answer = _only(fits, "programs", lambda p: compose.program_phrase(kb.programs[p]))
        return _programs(kb, [answer], people, flown, cite) if answer is not None else None
    names = set.intersection(*({f.name for f in flown[p.id]} for p in people))
    named = {kb.missions[m].name for m in clue.missions}
    answer = _only(_ranked_flights(kb, clue, names - named, flown[people[0].id]), "flights")
    if answer is None:
        return None
    flight = next(f for f in flown[people[0].id] if f.name == answer)
    program = program_of(kb, flight)
    of = f"{kb.programs[program].name}, " if program else ""
    return _reply(kb, f"{flight.label} ({of}{flight.year}): {compose.join([p.name for p in people])} flew on it",
                  people, cite, flight.mission)


def _ranked_flights(kb: KnowledgeBase, clue: Clue, names: set[str], flights: tuple[FlightRecord, ...]) -> set[str]:
    """The flights a clue's program and rank keep: "flew on this last Apollo mission" is the last of the person's
    Apollo flights (ranked by year, and only where no two share one)."""
    by_name = {f.name: f for f in flights}
    if clue.programs:
        names = {n for n in names if n in by_name and program_of(kb, by_name[n]) in clue.programs}
    if len(names) < 2 or not clue.ordinal:  # "this last ...": -1, "this second ...": 2
        return names
    ordered = sorted(names, key=lambda n: by_name[n].year)
    if len({by_name[n].year for n in ordered}) < len(ordered):
        return names  # two flights in one year: no rank by year
    k = len(ordered) - 1 if clue.ordinal < 0 else clue.ordinal - 1
    return {ordered[k]} if 0 <= k < len(ordered) else names


def _programs(kb: KnowledgeBase, programs: list[str], people: list[Person],
              flown: dict[str, tuple[FlightRecord, ...]], cite: Citations) -> Reply:
    """The programs the people named each flew in, with their flights in each."""
    chosen = sorted(programs, key=lambda p: min(f.year for q in people for f in flown[q.id] if program_of(kb, f) == p))
    title = compose.capitalise(compose.join([compose.program_phrase(kb.programs[p]) for p in chosen]))
    how = [f"{p.name} ({', '.join(f.name for f in flown[p.id] if program_of(kb, f) in chosen)})" for p in people]
    return _reply(kb, f"{title}: {compose.join(how)} {_each(people)} in {'it' if len(chosen) == 1 else 'them'}",
                  people, cite)


def _each(people: list[Person]) -> str:
    return "flew" if len(people) == 1 else "each flew"


def _reply(kb: KnowledgeBase, text: str, people: list[Person], cite: Citations, *missions: str | None) -> Reply:
    found = [kb.missions[m] for m in missions if m and m in kb.missions]
    marks = "".join(dict.fromkeys([*(cite.add(p.sources[0]) for p in people if p.sources),
                                   *(cite.cite(m) for m in found)]))
    r = Reply([f"That describes {text}{marks}."], citations=cite)
    r.use(*found)
    return r
