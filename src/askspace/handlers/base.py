"""What every handler receives and returns, and the look-ups they share."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from functools import cached_property
from itertools import chain
from operator import attrgetter
from typing import NamedTuple

from askspace import compose, queries
from askspace.compose import Citations
from askspace.handlers.recorded import FirstsIndex, Folder
from askspace.intents import Lexicon
from askspace.missionindex import BY_LAUNCH
from askspace.model import KnowledgeBase, Mission
from askspace.parse import ORDINAL_INDEX, Question


class Reply:
    """A handler's answer: lines of text, the facts used and their citations."""

    __slots__ = ("bodies", "citations", "clarify", "facts", "lines", "primary", "states", "understood")

    def __init__(self, lines: list[str], citations: Citations | None = None, facts: list[str] | None = None,
                 states: list[str] | None = None, bodies: list[str] | None = None, primary: str | None = None,
                 understood: bool = True, clarify: bool = False) -> None:
        self.lines = lines
        self.citations = Citations() if citations is None else citations
        self.facts = [] if facts is None else facts
        self.states = [] if states is None else states
        self.bodies = [] if bodies is None else bodies
        self.primary = primary
        self.understood = understood
        self.clarify = clarify  # the reply asks back which mission, place or person is meant

    def use(self, *found: Mission) -> None:
        """Record missions as facts of this answer (the first one becomes "it")."""
        ids = map(attrgetter("id"), found)
        self.facts = list(dict.fromkeys(chain(self.facts, ids) if self.facts else ids))
        if self.primary is None and found:
            self.primary = found[0].id

    def use_ids(self, ids: Sequence[str]) -> None:
        """Like :meth:`use`, for missions given by their ids, already each once (a count's thousands)."""
        self.facts = list(dict.fromkeys([*self.facts, *ids])) if self.facts else list(ids)
        if self.primary is None and ids:
            self.primary = ids[0]


class Tools(NamedTuple):
    """Shared helpers built once per Bot: the synonym folder for recorded firsts."""

    folder: Folder
    plain_words: frozenset[str]
    firsts: FirstsIndex
    lexicon: Lexicon | None = None  # for handlers that read a lexicon group of their own (history relations)


class Ask:
    """The input of a handler (not changed after it is made; ``asking`` gives one for another question)."""

    def __init__(self, q: Question, kb: KnowledgeBase, params: Mapping[str, str], citations: Citations | None = None,
                 tools: Tools | None = None, context_facts: tuple[str, ...] = ()) -> None:
        self.q = q
        self.kb = kb
        self.params = params
        self.citations = Citations() if citations is None else citations
        self.tools = tools
        self.context_facts = context_facts  # the missions the last answer used

    def asking(self, q: Question) -> Ask:
        """The same input for another reading of the question."""
        return Ask(q, self.kb, self.params, self.citations, self.tools, self.context_facts)

    def reply(self, lines: list[str], **kwargs: object) -> Reply:
        """A Reply that numbers its citations with the rest of this answer."""
        return Reply(lines, citations=self.citations, **kwargs)  # type: ignore[arg-type]

    @cached_property
    def body(self) -> str | None:
        ids = self.q.ids("body")
        if ids and ids[0] == "moon" and "moon" in self.q.body_kinds:
            return None  # "a moon", "moons": any moon, not Earth's Moon
        if self.beyond_earth:
            return None
        return ids[0] if ids else None

    @cached_property
    def bodies(self) -> list[str]:
        """The body named, or every body of a kind named ("an asteroid")."""
        if self.body:
            return [self.body]
        if self.beyond_earth:  # planets and the like (their moons come with them) and Earth's Moon
            return [b.id for b in self.kb.bodies.values()
                    if b.id != "earth" and (b.parent is None or b.parent == "earth")]
        return [b.id for b in self.kb.bodies.values() if b.kind in self.q.body_kinds]

    @cached_property
    def beyond_earth(self) -> bool:
        """ "beyond Earth orbit", "into deep space": every target but Earth orbit."""
        return any(self.q.has(p) for p in ("beyond earth orbit", "beyond earth", "deep space", "beyond low earth"))

    @cached_property
    def year_span(self) -> tuple[int, int] | None:
        """Years named outside a time relation: one year, or "between X and Y"."""
        years = sorted(self.years)
        if not years:
            return None
        if len(years) >= 2 and ("between" in self.q.words or "from" in self.q.words):
            return years[0], years[-1]
        return years[0], years[0] if len(years) == 1 else years[-1]

    @cached_property
    def said_states(self) -> list[str]:
        """States the user named, with loose names widened (Russia: also the USSR)."""
        out: list[str] = []
        for m in self.q.of_kind("state"):
            out.extend(queries.expand_states(self.kb, m.ids))
        return list(dict.fromkeys(out))

    @cached_property
    def excluded_states(self) -> frozenset[str]:
        """States the question leaves out ("other than the USSR"), loose names widened."""
        return frozenset(queries.expand_states(self.kb, self.q.excluded))

    @cached_property
    def named_russia(self) -> bool:
        """The user said Russia or Russians (which may mean the Soviet Union)."""
        return any(m.ids[0] == "russia" for m in self.q.of_kind("state"))

    @cached_property
    def years(self) -> list[int]:
        return [int(m.ids[0]) for m in self.q.of_kind("year")]

    def state_note(self, state_id: str) -> str:
        """A one-clause note when the user said Russia for a Soviet mission."""
        if self.named_russia and state_id == "ussr":
            return " (which preceded today's Russia)"
        return ""

    def mission(self) -> Mission | None:
        """The one mission the question names, if any."""
        ids = self.q.ids("mission")
        return self.kb.missions[ids[0]] if ids else None


def named_missions(a: Ask, include_anchor: bool = False) -> list[Mission]:
    """Missions named in the question; a person's name means the flight that fits the question."""
    rule = queries.rule_for(a.q.events, a.q.crewed) if a.q.events else None
    out = []
    died = any(a.q.has(w) for w in ("died", "die", "killed", "kill", "death", "dead"))
    for mention in a.q.of_kind("mission", include_anchor):
        flights = [a.kb.missions[i] for i in mention.ids]
        fitting = [m for m in flights if (a.body is None or m.target == a.body)
                   and (rule is None or rule.test(m))]
        if died and len(flights) > 1:
            fitting = [m for m in flights if any(c.died for c in m.crew)] or fitting
        out.append((fitting or flights)[0])
    ordinal = -1 if a.q.ordinal == "last" else ORDINAL_INDEX.get(a.q.ordinal or "")
    if not out and ordinal is not None and not ranks_other(a.q.words, a.q.ordinal or ""):
        # "the second Hakuto-R": a program's nth mission (not "the second orbiter of the shuttle program")
        outcome = outcome_of_noun(a.q.words)
        for mention in a.q.of_kind("program", include_anchor):
            flights = [m for m in queries.missions(a.kb, program=mention.ids[0]) if (rule is None or rule.test(m))
                       and outcome in (None, m.outcome)]
            flights = queries.by_event_date(flights, rule) if rule else flights
            if flights and (ordinal == -1 or ordinal < len(flights)):
                out.append(flights[ordinal])
    return list(dict.fromkeys(out))


PLACE_KINDS = {"planet": ("planet", "dwarf-planet"), "moon": ("moon",), "comet": ("comet",),
               "asteroid": ("asteroid",), "body": (), "world": (), "object": ()}
"""The nouns after "which" or "what" that ask for a place or body, and the kinds of body that answer each (none
listed: any): "the Vega probes visited Venus and then which comet?" is answered by no mission, nor by Venus."""
_ASKING = ("which", "what")


def asks_place(a: Ask) -> bool:
    """Whether the question asks which body or place, not which of something there ("which moon landings")."""
    return place_asked(a.q.words) is not None


def place_asked(words: Sequence[str]) -> tuple[str, ...] | None:
    """The kinds of body a question asks for with "which comet", "which second comet", "what object" (an empty
    tuple: any body), or None when it asks for no body ("which moon landings" asks for landings)."""
    for i, w in enumerate(words):
        if w not in _ASKING:
            continue
        for j in (i + 1, i + 2):  # one word may come between: "which second comet"
            noun = words[j] if j < len(words) else ""
            if noun in PLACE_KINDS:
                after = words[j + 1] if j + 1 < len(words) else ""
                if after.endswith("s") or after in ("landing", "mission", "probe", "rover", "lander", "flight"):
                    return None
                return PLACE_KINDS[noun]
    return None


ONE_PERSON = ("man", "person", "human", "woman", "astronaut")
"""After "first": one person is asked ("the first man on the Moon"), not a crew's mission."""
FAR_SIDE = ("far side", "farside", "dark side", "hidden side", "back side")
"""Words the landing rules do not evaluate: only a recorded first answers a first of the far side."""
_OTHER_RANKED = frozenset({"orbiter", "orbiters", "shuttle", "stage", "stages", "module", "modules", "person",
                           "people", "astronaut", "astronauts", "cosmonaut", "cosmonauts", "man", "woman", "crew",
                           "member", "country", "nation", "station", "rocket", "engine", "dog", "animal", "spacewalk"})


def ranks_other(words: tuple[str, ...], ordinal: str) -> bool:
    """The ordinal ranks something that is not a mission: "the second orbiter", "the third person"."""
    return any(w == ordinal and words[i + 1:i + 2] and words[i + 1] in _OTHER_RANKED for i, w in enumerate(words))


_OUTCOME_ADJECTIVES = {"successful": "success", "failed": "failure", "unsuccessful": "failure"}
_OUTCOME_VERBS = {"succeeded": "success", "succeed": "success", "worked": "success", "work": "success",
                  "failed": "failure", "fail": "failure"}
_NEGATIONS = frozenset({"not", "never", "didn't", "didnt", "wasn't", "wasnt", "did not"})


def outcome_of_noun(words: tuple[str, ...]) -> str | None:
    """The outcome that picks which mission is meant, or None: "the first successful Luna mission" and "the
    first Ranger mission that didn't fail" ask for a success; "was the first Luna mission a success?" asks
    about the first mission, whatever its outcome, so it gives None.

    >>> outcome_of_noun(("the", "first", "ranger", "mission", "that", "didn't", "fail"))
    'success'
    >>> outcome_of_noun(("was", "the", "first", "luna", "mission", "a", "success")) is None
    True
    """
    for i, word in enumerate(words[:-1]):
        if word in ("first", "second", "third", "last") and words[i + 1] in _OUTCOME_ADJECTIVES:
            return _OUTCOME_ADJECTIVES[words[i + 1]]
        if word in ("that", "which", "to"):
            rest = words[i + 1:i + 3]
            negated = bool(rest) and rest[0] in _NEGATIONS
            verb = rest[1] if negated and len(rest) > 1 else rest[0]
            if verb in _OUTCOME_VERBS:
                found = _OUTCOME_VERBS[verb]
                return ("failure" if found == "success" else "success") if negated else found
    return None


_NOTE_STOP = frozenset({
    "mission", "missions", "tell", "about", "probe", "spacecraft", "craft", "what", "know", "when", "where",
    "which", "who", "whom", "whose", "why", "how", "did", "does", "do", "was", "were", "is", "are", "the", "a",
    "an", "of", "to", "in", "on", "at", "for", "from", "by", "with", "and", "or", "it", "its", "their", "they",
    "them", "this", "that", "there", "than", "then", "also", "into", "onto", "after", "before", "during",
    "over", "under", "up", "down", "out", "back", "done", "has", "have", "had", "be", "been", "being", "will",
    "would", "can", "could", "should", "many", "much", "more", "most", "long", "time", "times", "day", "days",
    "year", "years", "first", "last"
})


def note_for(a: Ask, m: Mission, shown: list[str]) -> str | None:
    """The note of ``m`` that best answers what else the question asks ("where did the debris fall").

    A note is chosen when it shares at least one informative word with the question that is not
    part of the mission's own name; it is left out when it is already shown.
    """
    from askspace.text import normalise, stem

    name_words = {w for n in (m.name, *m.aliases) for w in normalise(n).words}
    asked = {stem(w) for w in a.q.words if len(w) > 3 and w not in _NOTE_STOP and w not in name_words}
    best, best_hits = None, 0
    for note in m.notes:
        hits = len(asked & {stem(w) for w in normalise(note).words})
        if hits > best_hits and note not in shown:
            best, best_hits = note, hits
    return best


def missions_described(a: Ask) -> list[Mission]:
    """Missions that fit a description such as "the 1971 Russian landing"."""
    named = named_missions(a)
    if named:
        return named
    states, body, years = a.said_states, a.body, set(a.years)
    if not (states or body or years):
        return []
    rule = queries.rule_for(a.q.events, a.q.crewed) if a.q.events else None
    if rule is None and years and states:  # "the Russian one in 2023": each state's launches of those years
        groups = [a.kb.missions_of(body, country=s) for s in dict.fromkeys(states)]
        return sorted((m for g in groups for y in years for m in _launched_in(g, y)), key=BY_LAUNCH)
    if rule is None:
        return [m for m in queries.missions(a.kb, body=body, states=states) if not years or m.launch.year in years]
    found = [m for m in queries.events(a.kb, rule, body, states)  # remembered: no scan of every mission
             if not years or {m.launch.year, (rule.when(m) or m.launch).year} & years]
    return sorted(found, key=BY_LAUNCH)


def _launched_in(ordered: Sequence[Mission], year: int) -> Sequence[Mission]:
    """The missions of ``ordered`` (in launch order) launched in ``year``, found by binary search."""
    launch = attrgetter("launch")
    return ordered[bisect_left(ordered, dt.date(year, 1, 1), key=launch):
                   bisect_left(ordered, dt.date(year + 1, 1, 1), key=launch)]


def leaving_out(a: Ask, r: Reply) -> Reply:
    """Start the answer with the states the question leaves out ("other than the USSR and the USA")."""
    if a.q.excluded and r.lines:
        names = compose.join([compose.state_name(a.kb, s) for s in a.q.excluded])
        r.lines[0] = f"Leaving out {names}: {compose.lower_first(r.lines[0], a.kb.name_words)}"
    return r


def names_crew(m: Mission, text: str) -> bool:
    """Whether words of a question ("gagarin") name one of the mission's crew rather than the mission."""
    said = text.split()
    return any([w.casefold() for w in c.name.split()][-len(said):] == said for c in m.crew) if said else False


def walkers(m: Mission) -> list[str]:
    """The crew who walked on the surface: everyone but the Command Module Pilot."""
    return [c.name for c in m.crew if "command module" not in c.role.casefold()]


def first_one_out(a: Ask, m: Mission) -> list[str]:
    """The crew who walked on the surface, in the order they stepped out, when the question asks for one first
    person ("the first man on the Moon") and ``m`` landed people; else none."""
    if not (m.landing and m.landing.crewed) or not any(a.q.has(f"first {w}") for w in ONE_PERSON):
        return []
    return walkers(m)


def mission_label(kb: KnowledgeBase, m: Mission) -> str:
    """'Mars 3 (the Soviet Union, 1971)'."""
    return f"{m.name} ({compose.state_name(kb, m.country)}, {m.launch.year})"


