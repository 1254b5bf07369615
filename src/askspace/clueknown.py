"""Quiz clues answered by what an entry is known for (knowledge/known_for.yaml, :mod:`askspace.knownfor`).

"Air Force officer & astronaut who became president of Eastern Airlines in 1975" is no flight record: it is what
Frank Borman did later. A clue states such a fact when it says one word of each cue group of the fact; the entry is
the answer only when it is also what the clue asks for ("he" a man, "she" a woman, "this space station" a
station, "this planet" a planet), the clue does not name it, every year, decade or date the clue gives is one the
fact or the entry holds (a flight's year, a mission's span), the states said with "this" are its own, and the
missions the clue names are its flights (for a person) or went to it (for a body). When facts of two entries fit,
the clue is not answered: it names them and answers nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable

from askspace import cluedates, cluefacts, compose
from askspace.compose import Citations
from askspace.flightlog import records_of
from askspace.handlers.base import Reply
from askspace.intents import Lexicon
from askspace.knownfor import KnownFor
from askspace.model import KnowledgeBase
from askspace.parse import Question

# what a clue's "this ..." kind (clue_kinds in the lexicon) lets the answer be
_KINDS = {"person": ("person", "figure"), "station": ("mission",), "mission": ("mission",), "probe": ("mission",),
          "program": ("program",), "body": ("body",), "craft": ("craft", "mission", "program")}
_BODY_KINDS = {"planet": ("planet",), "giant": ("planet",), "dwarf planet": ("dwarf-planet",), "moon": ("moon",),
               "comet": ("comet",), "asteroid": ("asteroid",)}
_NOT_PERSON = ("mission", "program", "body", "craft")
_ASKING = frozenset({"wasn", "wasnt", "weren", "werent", "isn", "isnt", "didn", "didnt", "was", "were", "is", "are",
                     "did", "does", "do", "can", "could", "has", "have", "had", "and", "so", "but"})
_MISSION_WORDS = frozenset({"telescope", "observatory"})  # what the clue kinds do not list
# nouns for a person that the clue kinds do not list: "this Ohio senator", "this N.H. teacher"
_PERSON_WORDS = frozenset({"senator", "native", "teacher", "parachutist", "engineer", "officer", "admiral",
                           "veteran", "moonwalker", "aviator", "scientist", "physicist", "doctor", "german", "genius",
                           "pioneer", "designer", "administrator", "director", "astronomer", "mathematician", "marine",
                           "geologist", "businessman", "businesswoman", "tourist", "billionaire", "millionaire",
                           "graduate", "alumnus", "crewman", "chemist", "founder", "actor", "physician"})


def stated(f: KnownFor, text: str) -> bool:
    """Whether a clue (its words joined by single spaces, with a space at each end) says one cue of each group."""
    return all(any(f" {' '.join(alt)} " in text for alt in group) for group in f.cues)


def _asked(read: Question, lexicon: Lexicon) -> tuple[tuple[str, ...], str | None, str] | None:
    """The kinds of entry the clue asks for, the sex a pronoun gives, the kind's words; None for no clue shape."""
    from askspace.clues import _asked as clue_kind

    words = read.words
    if "here" in words and "this" not in words:  # "he was left stranded here": a place, not the person
        return _NOT_PERSON, None, "here"
    written = cluefacts.words_of(read.text)  # as written: the speller read "this former Marine" as "formed mariner"
    if any(w == "this" and _PERSON_WORDS & set(_phrase(said, i)) for said in (words, written)
           for i, w in enumerate(said)):
        return ("person", "figure"), None, ""  # "this Ohio senator", "this amateur parachutist", "this rocket genius"
    if any(w == "this" and _MISSION_WORDS & set(_phrase(words, i)) for i, w in enumerate(words)):
        return ("mission",), None, ""  # "this space telescope", "this X-ray observatory"
    owners = frozenset(re.findall(r"(\w+)['’]s\b", read.text.lower()))
    kinds_said = lexicon.groups.get("clue_kinds", {})
    found = clue_kind(words, kinds_said, owners) or clue_kind(written, kinds_said, owners)
    if found is not None:
        kinds = _KINDS.get(found[0], ())
        return (kinds, found[1], found[2]) if kinds else None
    from askspace.clues import _PHRASE_ENDS

    bare = any(w in ("this", "these") and (i + 1 == len(words) or words[i + 1] in _PHRASE_ENDS | {"one", "name"})
               for i, w in enumerate(words))
    if "it" in words or bare:  # "it may not be repaired until 1994", "the first 2 pieces of this": not "this ship"
        return _NOT_PERSON, None, ""
    return None


def _robotic(types: tuple[str, ...]) -> bool:
    """Whether a mission is no crewed flight and no station: what "this probe" or "this satellite" can be."""
    return not {"crewed", "space-station"} & set(types)


def _told_before(read: Question, is_person_name: Callable[[tuple[str, ...]], bool]) -> bool:
    """Whether a person is named before the clue's first "he", "him", "she" or "her"."""
    first = next((i for i, w in enumerate(read.words) if w in ("he", "him", "she", "her")), None)
    return first is not None and any(m.start < first for m in read.mentions
                                     if m.kind == "person" or is_person_name(tuple(m.text.split())))


def _sex(kb: KnowledgeBase, f: KnownFor) -> str | None:
    """A person's or a figure's sex; None for any other entry."""
    return f.figure.sex if f.figure else kb.people[f.about].sex if f.kind == "person" else None


def _phrase(words: tuple[str, ...], at: int) -> tuple[str, ...]:
    """The words after "this" up to a word that ends its phrase (at most six)."""
    from askspace.clues import _PHRASE_ENDS

    out: list[str] = []
    for w in words[at + 1:at + 7]:
        if w in _PHRASE_ENDS:
            break
        out.append(w)
    return tuple(out)


def _entry_name(kb: KnowledgeBase, f: KnownFor) -> str:
    if f.figure is not None:
        return f.figure.name
    if f.kind == "person":
        return kb.people[f.about].name
    if f.kind == "mission":
        return kb.missions[f.about].name
    if f.kind == "program":
        return compose.program_phrase(kb.programs[f.about])
    if f.kind == "body":
        return kb.bodies[f.about].name
    return kb.craft[f.about].name


def _entry_years(kb: KnowledgeBase, f: KnownFor) -> tuple[set[int], list[tuple[int, int]]]:
    """The years the entry itself holds: a person's flights and birth year, a mission's span (only its launch year
    when the fact is dated: a year in the middle of Mir's life is not the year it fell), a craft's flights."""
    years: set[int] = set()
    spans: list[tuple[int, int]] = []
    dated = f.years is not None or f.date is not None
    if f.kind == "person":
        p = kb.people[f.about]
        years |= {r.year for r in records_of(p.flown)} if p.flown else set()
        years |= {p.born_year} if p.born_year else set()
    elif f.kind == "mission":
        m = kb.missions[f.about]
        spans.append((m.launch.year, m.launch.year if dated else (m.end or kb.as_of).year))
    elif f.kind == "craft":
        c = kb.craft[f.about]
        spans += [(kb.missions[m].launch.year, (kb.missions[m].end or kb.missions[m].launch).year)
                  for m in c.missions if m in kb.missions]
        years |= {x.date.year for x in (c.first_flight, c.last_flight) if x}
    elif f.figure is not None:
        years |= {f.figure.born} if f.figure.born else set()
    elif f.kind == "program":
        pr = kb.programs[f.about]
        if pr.began and not dated:
            spans.append((pr.began.year, pr.ended.year if pr.ended else kb.as_of.year))
    if f.years:
        spans.append(f.years)
    if f.date:
        years.add(f.date.year)
    return years, spans


def _holds_years(kb: KnowledgeBase, f: KnownFor, years: Iterable[int], decades: Iterable[int],
                 missions: list[str]) -> bool:
    """Each year and decade of the clue is one the fact or the entry holds (for a body: or a span of a mission
    named that went to it, "from 1990 to 1994 it was explored by the Magellan probe")."""
    own, spans = _entry_years(kb, f)
    if f.kind == "body":
        spans += [(m.launch.year, (m.end or kb.as_of).year) for m in (kb.missions[i] for i in missions)]
    ranges = [*spans, *((y, y) for y in own)]
    return all(any(a <= y <= b for a, b in ranges) for y in years) and all(
        any(a <= d + 9 and d <= b for a, b in ranges) for d in decades)


def _year_of_fact(f: KnownFor, years: Iterable[int]) -> bool:
    """Whether the clue gives a year of the fact itself (a fact whose cues are common words needs one)."""
    first, last = f.years or ((f.date.year, f.date.year) if f.date else (0, -1))
    return any(first <= y <= last for y in years)


def _holds_dates(kb: KnowledgeBase, f: KnownFor, dates: Iterable[dt.date]) -> bool:
    """Each full date the clue gives is the fact's date, or a day of the mission's span, or a flight's launch."""
    for d in dates:
        if f.date == d:
            continue
        if f.kind == "mission" and f.date is None and kb.missions[f.about].launch <= d <= (
                kb.missions[f.about].end or kb.as_of):
            continue
        if f.kind == "person" and any(c.person == f.about for m in cluedates.missions_on(kb, (d,), ()) for c in m.crew):
            continue
        return False
    return True


def _states_of(kb: KnowledgeBase, f: KnownFor) -> set[str]:
    if f.figure is not None:
        return set(f.figure.states)
    if f.kind == "person":
        return set(kb.people[f.about].nationalities)
    if f.kind == "mission":
        return {kb.missions[f.about].country}
    if f.kind == "program":
        return {kb.programs[f.about].country}
    if f.kind == "craft":
        return {kb.craft[f.about].state}
    return set()


def _fits_states(kb: KnowledgeBase, f: KnownFor, own: tuple[tuple[str, ...], ...]) -> bool:
    """Every state said with "this" ("this U.S. craft") is the entry's (the Soviet Union for "Russian")."""
    states = _states_of(kb, f)
    return all(any(s in said or any(kb.states[x].successor == s for x in said if x in kb.states) for s in states)
               for said in own) if states else not own


def _of_states_said(kb: KnowledgeBase, f: KnownFor, said: list[tuple[tuple[str, ...], str]]) -> bool:
    """A person is of one of the states the clue says, but a state the fact itself names ("born in Rome, Italy")."""
    own = [ids for ids, text in said if not any(" ".join(alt) == text for group in f.cues for alt in group)]
    return not own or any(_fits_states(kb, f, (ids,)) for ids in own)


def _fits_missions(kb: KnowledgeBase, f: KnownFor, missions: list[str]) -> bool:
    """A person flew on every crewed mission the clue names; a body is where every mission named went."""
    if f.kind == "person":
        return all(any(c.person == f.about for c in kb.missions[m].crew) for m in missions if kb.missions[m].crew)
    if f.kind == "body":
        from askspace.cluekinds import _visits

        return all(f.about in _visits(kb, kb.missions[m]) for m in missions)
    return True


def _fits_bodies(kb: KnowledgeBase, f: KnownFor, bodies: tuple[str, ...]) -> bool:
    """A mission went to every body the clue names but the Earth ("this probe to Jupiter")."""
    if f.kind != "mission" or not bodies:
        return True
    from askspace.cluekinds import _visits

    went = set(_visits(kb, kb.missions[f.about])) | {kb.missions[f.about].target}
    return all(b in went for b in bodies if b != "earth")


def _named(kb: KnowledgeBase, read: Question) -> set[tuple[str, str]]:
    """The entries the clue names itself (never its answer)."""
    by_name = {p.name: p.id for p in kb.people.values()}
    named = {("person", by_name[n]) for n in read.people if n in by_name}
    for m in read.mentions:
        kind = {"person": "person", "mission": "mission", "program": "program", "body": "body",
                "craft": "craft"}.get(m.kind)
        named |= {(kind, i) for i in m.ids} if kind else set()
    return named


def _span_text(kb: KnowledgeBase, mission: str) -> str:
    m = kb.missions[mission]
    return f"{m.launch.year} to {(m.end or kb.as_of).year}" if m.end else f"launched {m.launch.year}"


def _also(kb: KnowledgeBase, chosen: list[KnownFor], years: Iterable[int], missions: list[str]) -> list[str]:
    """What else the clue states that the entry holds: a person's flight in a year the facts do not span ("In 1962
    he went into space"), a named mission that went to a body."""
    first = chosen[0]
    if first.kind == "body":
        return [f"{kb.missions[m].name} went to it" + (f" ({_span_text(kb, m)})" if years else "") for m in missions]
    if first.kind != "person" or not kb.people[first.about].flown:
        return []
    spans = [f.years for f in chosen if f.years] + [(f.date.year, f.date.year) for f in chosen if f.date]
    left = [y for y in dict.fromkeys(years) if not any(a <= y <= b for a, b in spans)]
    flown = [r for r in records_of(kb.people[first.about].flown) if r.year in left and r.reached_space]
    pronoun = "she" if kb.people[first.about].sex == "female" else "he"
    return [f"{pronoun} flew {compose.join([f'{r.label} ({r.year})' for r in flown])}"] if flown else []


def evaluate(kb: KnowledgeBase, lexicon: Lexicon, read: Question, cite: Citations,
             is_person_name: Callable[[tuple[str, ...]], bool], several: str | None = None,
             person: bool = False) -> Reply | None:
    """The one entry whose known-for fact the clue states, or None; a reply that answers nothing when facts of
    several entries fit. ``several``: what another reading said when several entries fit the clue; the entry must
    then be one of them, unless its facts hold every year the clue gives (the years are the fact's, not a flight's:
    "In 1975 he became the president of Eastern Airlines"). ``person``: the clue asks for a person (a category-style
    clue, "Air Force officer & astronaut who ...")."""
    facts = kb.known_for
    if not facts or read.wh_word is not None or read.yes_no or (read.words and read.words[0] in _ASKING):
        return None  # "wasn't there one that blew up before it": a question, not a clue
    text = f" {' '.join(cluefacts.words_of(read.text))} "
    said = [f for f in facts.values() if stated(f, text)]
    asked = (("person", "figure"), None, "") if person and said else _asked(read, lexicon) if said else None
    if asked is None:
        return None
    kinds, sex, noun = asked
    probe = noun in lexicon.groups.get("clue_kinds", {}).get("probe", ())  # "this satellite": no station
    if sex is not None and _told_before(read, is_person_name):
        return None  # "Sergei Krikalev made the news when he ...": "he" is the person named, not the answer
    named = _named(kb, read)
    written = tuple(int(y) for y in re.findall(r"(?<![\d,.$])(1[6-9]\d\d|20\d\d)(?![\d,]|['’]?s\b)", read.text))
    years = cluefacts.years_back(read.text, tuple(dict.fromkeys([*(int(y) for y in read.ids("year")), *written])))
    decades, dates = cluefacts.decades_in(read.text), cluedates.dates_in(read.text)
    own = cluefacts.own_states(read, noun, frozenset({"this", "these"}), 5) if noun else ()
    bodies = tuple(read.ids("body"))
    said_states = [(m.ids, m.text) for m in cluefacts.state_mentions(read)]  # "this Russian woman"
    missions = [m.ids[0] for m in read.mentions if m.kind == "mission" and len(m.ids) == 1
                and not is_person_name(tuple(m.text.split()))]  # "Nikolayev": the person, not his flight
    fits = [f for f in said if f.kind in kinds and (f.kind, f.about) not in named
            and (sex is None or f.kind not in ("person", "figure") or _sex(kb, f) == sex)
            and not (f.figure and f.figure.name.split()[-1].lower() in read.words)
            and (f.kind != "body" or noun not in _BODY_KINDS or kb.bodies[f.about].kind in _BODY_KINDS[noun])
            and (noun not in ("station", "space station") or "space-station" in kb.missions[f.about].types)
            and (not probe or f.kind != "mission" or _robotic(kb.missions[f.about].types))
            and _holds_years(kb, f, years, decades, missions) and _holds_dates(kb, f, dates)
            and (not f.needs_year or _year_of_fact(f, years))
            and _fits_states(kb, f, own) and _fits_missions(kb, f, missions) and _fits_bodies(kb, f, bodies)
            and (f.kind not in ("person", "figure") or _of_states_said(kb, f, said_states))]
    entries = sorted({(f.kind, f.about) for f in fits})
    if not entries:
        return None
    if len(entries) > 1:
        names = sorted({_entry_name(kb, f) for f in fits})
        return Reply([f"Several entries fit that clue in my records: {compose.join(names)}; "
                      "it does not single one out."], understood=False)
    chosen = [f for f in fits if (f.kind, f.about) == entries[0]]
    first = chosen[0]
    listed = several is None or f" {_entry_name(kb, first)}" in f" {several}".replace(",", " ").replace(";", " ")
    if not listed and not ((years or decades) and _holds_years(kb, first._replace(kind="fact"), years, decades, [])):
        return None
    pronoun = {"male": "he", "female": "she"}.get(_sex(kb, first) or "", "it")
    marks = "".join(dict.fromkeys(cite.add(s) for f in chosen for s in f.sources[:1]))
    told = "; ".join([compose.join([f.fact for f in chosen]), *_also(kb, chosen, years, missions)])
    r = Reply([f"That describes {_entry_name(kb, first)}: {pronoun} {told}{marks}."], citations=cite)
    if first.kind == "mission":
        r.use(kb.missions[first.about])
    return r
