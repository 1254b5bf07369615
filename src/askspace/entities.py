"""Find missions, programs, states, bodies and years mentioned in a question.

Names are looked up in an alias index built from the knowledge base: exact word
sequences first (longest wins), then typo-tolerant matching with rapidfuzz for words
the index does not know.

>>> from askspace.knowledge import default_data_dir, load_knowledge
>>> index = AliasIndex.build(load_knowledge(default_data_dir() / "knowledge"))
>>> [(m.kind, m.ids) for m in index.find(("appolo", "11", "and", "luna", "9"))]
[('mission', ('apollo-11',)), ('mission', ('luna-9',))]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cached_property
from typing import NamedTuple

from askspace.model import KnowledgeBase
from askspace.text import normalise

# flight_record late: a name of a mission the flight records hold stays the mission's (``Mention.record``);
# ground_flight: a crewed flight that never launched (Apollo 1), its words masked like a mission's
KINDS = ("mission", "program", "state", "body", "person", "satellite", "agency", "rocket", "flight", "craft",
         "engine", "propellant", "place", "system",
         "flight_record", "ground_flight")  # flight_record: a name of a mission the flight records hold stays the
# mission's (``Mention.record``); ground_flight: a crewed flight that never launched (Apollo 1)
_KIND_RANK = {kind: i for i, kind in enumerate(KINDS)}
NAME_KINDS = frozenset({"agency", "rocket", "flight", "craft", "engine", "propellant", "place", "system"})
"""Mention kinds whose words are explained only for the intents that read them (an entity cue of that kind): a
rocket named in a question about something else ("the first astronaut on an Atlas") is not silently ignored.
A ``flight`` is a dated flight of people's ``flown`` lists that the mission records do not hold ("Shenzhou 15")."""
_YEAR = re.compile(r"^(19[5-9]\d|20[0-4]\d)$")
_FUZZY_CUTOFF = 86.0
_MAX_WORDS = 6


class Mention(NamedTuple):
    """A name found in the question: what it is, which entries it may mean, where."""

    kind: str  # mission, program, state, body, person (one without flights in the records), satellite, agency,
    # rocket, craft or year
    ids: tuple[str, ...]
    text: str
    start: int
    end: int
    loose: bool = False  # a state named loosely ("Russia" for the Soviet Union)
    fuzzy: bool = False
    record: bool = False  # a mission the flight records (knowledge/flights) hold: entity cues "flight_record" match it


class _Target(NamedTuple):
    kind: str
    id: str
    loose: bool
    order: int = 0  # a person's flights keep their date order


class AliasIndex:
    """Word-sequence index of every name in the knowledge base."""

    def __init__(self, entries: dict[tuple[str, ...], list[_Target]],
                 people: dict[tuple[str, ...], str] | None = None) -> None:
        self.entries = entries
        self.people = people or {}  # a person's name, surname or alias -> the name
        self.words = frozenset(w for key in entries for w in key)
        # Words found only in satellites' names: known to the speller, but explained only inside a mention.
        self.satellite_words = self.words - frozenset(
            w for key, targets in entries.items() if any(t.kind != "satellite" for t in targets) for w in key)
        # Words only in the names of agencies and rockets ("administration", "design", "bureau"): names when a whole
        # name matches, but never explained on their own, unlike fragments of mission names.
        self.kind_words = frozenset(w for key, targets in entries.items()
                                    if all(t.kind in NAME_KINDS for t in targets) for w in key) - frozenset(
            w for key, targets in entries.items() if any(t.kind not in NAME_KINDS for t in targets)
            for w in key)
        other = frozenset(w for key in entries if key not in self.people for w in key)
        self.name_words = frozenset(w for key in self.people for w in key) - other  # only in people's names

    @cached_property
    def _buckets(self) -> dict[tuple[str, int], list[str]]:
        """Fuzzy candidates by (first letter, length): a typo rarely changes either much. Built when a word is
        first unknown, so a cached start that meets none never builds (nor unpickles) them."""
        buckets: dict[tuple[str, int], list[str]] = {}
        for text in sorted(" ".join(k) for k in self.entries):
            if len(text) >= 5:
                buckets.setdefault((text[0], len(text)), []).append(text)
        return buckets

    @classmethod
    def build(cls, kb: KnowledgeBase, common_words: frozenset[str] = frozenset()) -> AliasIndex:
        entries: dict[tuple[str, ...], list[_Target]] = {}
        people: dict[tuple[str, ...], str] = {}

        made: dict[_Target, _Target] = {}  # one object per distinct target: a smaller, faster cache file

        def add(name: str, kind: str, entry_id: str, loose: bool = False, order: int = 0) -> None:
            key = normalise(name).words
            if not key:
                return
            targets = entries.setdefault(key, [])
            target = made.setdefault(_Target(kind, entry_id, loose, order), _Target(kind, entry_id, loose, order))
            if target not in targets:
                targets.append(target)

        for m in kb.missions.values():
            for name in (m.name, *m.aliases):
                add(name, "mission", m.id)
        for f in kb.crewed_flights.values():  # not a lunar mission: its "landing" is the Moon's, its own handlers
            if f.mission and kb.missions[f.mission].target == "earth":
                for name in (kb.missions[f.mission].name, *kb.missions[f.mission].aliases):
                    add(name, "flight_record", f.mission)
        _add_people(kb, add, common_words, people)
        for p in kb.programs.values():
            for name in (p.name, *p.aliases):
                add(name, "program", p.id)
        for s in kb.states.values():
            for name in (s.name, s.short, s.adjective, *s.aliases):
                add(name, "state", s.id)
            for name in s.loose_aliases:
                add(name, "state", s.id, loose=True)
        for b in kb.bodies.values():
            for name in (b.name, b.bare_name, *b.aliases):
                add(name, "body", b.id)
        _add_satellites(kb, add, entries)
        _add_flights(kb, add, entries)
        for kind, table in (("agency", kb.agencies), ("rocket", kb.rockets)):  # after the others: "NASA" stays a state
            for entry in table.values():
                for name in (entry.name, *entry.aliases, *getattr(entry, "variants", ())):
                    add(name, kind, entry.id)
        for engine in kb.engines.values():  # "Viking" stays the program
            for name in (engine.name, *engine.aliases, *engine.versions):
                add(name, "engine", engine.id)
        for propellant in kb.propellants.values():
            for name in (propellant.name, *propellant.aliases):
                add(name, "propellant", propellant.id)
        for system in kb.satellite_systems.values():  # satellite systems: "BeiDou-1", "GPS", "Compass"
            for name in (system.name, *system.aliases):
                add(name, "system", system.id)
        for craft in kb.craft.values():  # last: a name another entry has ("Columbia", "Zarya") stays that entry's
            for name in (craft.name, *craft.aliases) if craft.named else ():
                add(name, "craft", craft.id)
        for place in kb.places.values():  # after the craft: a name another entry has stays that entry's
            for name in (place.name, place.name.removeprefix("the "), *place.aliases):
                add(name, "place", place.id)
        for targets in entries.values():
            targets.sort(key=lambda t: (t.loose, _KIND_RANK[t.kind], t.order, t.id))
        return cls(entries, people)

    def find(self, words: tuple[str, ...], known_words: Iterable[str] = ()) -> list[Mention]:
        """Mentions in ``words``, left to right, never overlapping."""
        known = self.words | frozenset(known_words)
        found: list[Mention] = []
        i = 0
        while i < len(words):
            mention = self._exact(words, i) or self._fuzzy(words, i, known)
            if mention is None:
                if _YEAR.match(words[i]):
                    found.append(Mention("year", (words[i],), words[i], i, i + 1))
                i += 1
                continue
            found.append(mention)
            i = mention.end
        return found

    def _exact(self, words: tuple[str, ...], i: int) -> Mention | None:
        for n in range(min(_MAX_WORDS, len(words) - i), 0, -1):
            key = words[i:i + n]
            if key in self.entries:
                return _mention(self.entries[key], " ".join(key), i, i + n, fuzzy=False)
        return None

    def _fuzzy(self, words: tuple[str, ...], i: int, known: frozenset[str]) -> Mention | None:
        if words[i] in known or len(words[i]) < 4 or words[i].isdigit():
            return None
        for n in (3, 2, 1):
            if i + n > len(words):
                continue
            phrase = " ".join(words[i:i + n])
            candidates = [key for size in range(len(phrase) - 2, len(phrase) + 3)
                          for key in self._buckets.get((phrase[0], size), ())]
            from rapidfuzz import fuzz, process  # imported only when a word is unknown

            hit = process.extractOne(phrase, candidates, scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF)
            if hit is not None:
                key = tuple(hit[0].split())
                if len(key) == n:
                    return _mention(self.entries[key], hit[0], i, i + n, fuzzy=True)
        return None


def _add_people(kb: KnowledgeBase, add: Callable[..., None], common: frozenset[str],
                people: dict[tuple[str, ...], str]) -> None:
    """People's names, aliases (their crew rows' too) and distinctive surnames.

    A name means the person's flights in the records, in date order; for someone without one,
    the person. ``people`` maps each name to the person's name.
    """
    aliases: dict[str, set[str]] = {p.id: set(p.aliases) for p in kb.people.values()}
    for m in kb.missions.values():
        for member in m.crew:
            if member.person in aliases:
                aliases[member.person].update(member.aliases)
    surnames: dict[str, list[str]] = {}
    for p in kb.people.values():
        surnames.setdefault(normalise(p.name).words[-1], []).append(p.id)
    for p in kb.people.values():
        surname = normalise(p.name).words[-1]
        distinctive = len(surnames[surname]) == 1 and len(surname) >= 5 and surname not in common
        names = [p.name, *sorted(aliases[p.id])] + ([surname] if distinctive else [])
        for other in names:
            people.setdefault(normalise(other).words, p.name)
            if not p.missions:
                add(other, "person", p.id)
            for order, mission_id in enumerate(p.missions, 1):
                add(other, "mission", mission_id, order=order)


def _add_satellites(kb: KnowledgeBase, add: Callable[..., None], taken: dict[tuple[str, ...], list[_Target]]) -> None:
    """The names of states' first satellites (a mention of the state's id), unless the name is already another
    entry's (Sputnik 1 is a mission), a short word of one to three letters, or holds a word of one or two
    letters ("PW-Sat", "ST-1"), which would then be explained in every question."""
    for entry in kb.first_satellites.values():
        for launch in (entry.first, entry.own_launch):
            if launch is None or launch.mission:
                continue
            for name in (launch.satellite, *launch.aliases):
                key = normalise(name).words
                short = (len(key) == 1 and len(key[0]) < 4) or any(w.isalpha() and len(w) < 3 for w in key)
                if key and key not in taken and not short:
                    add(name, "satellite", entry.id)


def _add_flights(kb: KnowledgeBase, add: Callable[..., None], taken: dict[tuple[str, ...], list[_Target]]) -> None:
    """The flights of people's lists that no mission is ("Shenzhou 15", "SpaceX Crew-2", "STS-115"), by their
    name and a short form ("Crew-2", "Ax-2"); the id is the name as the lists write it. A flight up in one craft
    and down in another ("Soyuz TM-2/3") is named by the craft that carried them up ("Soyuz TM-2")."""
    from askspace.flightlog import records_of, up_name

    names = {up_name(f.name) for p in kb.people.values() for f in records_of(p.flown) if not f.mission}
    names -= {m.name for m in kb.missions.values()}
    names |= {n for f in kb.crewed_flights.values() if not f.mission and f.launched for n in (f.name, *f.aliases)}
    for f in kb.crewed_flights.values():  # one that never launched (Apollo 1) is a name like a mission's: masked
        for name in (f.name, *f.aliases) if not f.launched else ():
            add(name, "ground_flight", f.name)
    for name in sorted(names):
        short = re.sub(r"^SpaceX ", "", re.sub(r"^Axiom Mission (\d+)$", r"Ax-\1", name))
        for form in dict.fromkeys((name, short)):
            key = normalise(form).words
            if key and key not in taken:
                add(form, "flight", name)


def _mention(targets: list[_Target], text: str, start: int, end: int, fuzzy: bool) -> Mention:
    best = targets[0]
    same = [t for t in targets if t.kind == best.kind]
    ids = tuple(dict.fromkeys(t.id for t in same))
    loose = all(t.loose for t in same if t.id == ids[0])
    record = best.kind == "mission" and any(t.kind == "flight_record" and t.id == ids[0] for t in targets)
    return Mention(best.kind, ids, text, start, end, loose=loose, fuzzy=fuzzy, record=record)
