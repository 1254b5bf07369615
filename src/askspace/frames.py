"""Read a question into a typed frame: what kind of answer, which relation, which constraints, which rank.

This is the first family of the frame reading (issue 12): questions that rank what they ask
for ("the third person to walk on the Moon", "the last Soviet mission to Venus", "the country
that launched the most Moon missions"). The words come from the lexicon (``answer_types``,
``ranks``, ``events``); a question that does not read as a complete frame gets ``None`` and
goes to the intents.

>>> Rank.of("3")
Rank(nth=3, last=False, by='date')
>>> Rank.of("youngest")
Rank(nth=1, last=False, by='age-young')
"""

from __future__ import annotations

from typing import NamedTuple

from askspace import figures, queries
from askspace.intents import Lexicon
from askspace.parse import ORDINAL_WORDS, Question

_BY = {"youngest": "age-young", "oldest": "age-old", "most": "count"}


class Rank(NamedTuple):
    """Which one of the ordered answers: the nth (1-based), the last, by date, age or count."""

    nth: int = 1
    last: bool = False
    by: str = "date"  # date, age-young, age-old, count

    @classmethod
    def of(cls, reading: str) -> Rank:
        if reading == "last":
            return cls(last=True)
        if reading in _BY:
            return cls(by=_BY[reading])
        return cls(nth=int(reading))

    @property
    def word(self) -> str:
        """'third', 'last', 'youngest': how the answer names the rank."""
        if self.last:
            return "last"
        if self.by != "date":
            return {"age-young": "youngest", "age-old": "oldest", "count": "most"}[self.by]
        return ORDINAL_WORDS.get(self.nth, f"{self.nth}th")




class Frame(NamedTuple):
    """A ranked question: the kind of answer, the event, where, whose, crewed or not, and the rank."""

    answer: str  # person, state or mission
    events: tuple[str, ...]  # lexicon event readings ("land", "orbit", ...); empty means any launch
    body: str | None
    states: tuple[str, ...]
    crewed: bool | None
    rank: Rank
    counted: str | None = None  # for "most": what is counted per answer ("mission")

    def describe(self) -> dict[str, object]:
        """The frame as plain data, for --why and --json."""
        return {"answer": self.answer, "relation": list(self.events) or ["launch"], "body": self.body,
                "states": list(self.states), "crewed": self.crewed,
                "rank": {"nth": self.rank.nth, "last": self.rank.last, "by": self.rank.by}, "counted": self.counted}


def _rank(q: Question, lexicon: Lexicon) -> tuple[int, Rank | None] | None:
    """(position, Rank) of the rank the question names, or None when it names none. The Rank is None when
    the question names two different ranks that do not overlap ("the second to last", "1st and 2nd"): no
    frame evaluates those."""
    hits = _hits(q, lexicon, "ranks")
    if not hits:
        return None
    at, minus_len, reading = min(hits, key=lambda h: (h[1], h[0]))  # the longest: "most recent" over "most"
    span = range(at, at - minus_len)
    clash = any(h[2] != reading and h[0] not in span for h in hits)
    return at, None if clash else Rank.of(reading)


def _hits(q: Question, lexicon: Lexicon, group: str) -> list[tuple[int, int, str]]:
    """(position, -length, reading) of every phrase of a lexicon group in the question's words."""
    words = q.words
    out: list[tuple[int, int, str]] = []
    for reading, phrases in lexicon.groups.get(group, {}).items():
        for phrase in phrases:
            target = tuple(phrase.split())
            n = len(target)
            out.extend((i, -n, reading) for i in range(len(words) - n + 1) if words[i:i + n] == target)
    return sorted(out)


# The lexicon groups whose words a ranked frame explains; any other word sends the question to the intents.
EXPLAINED_BY = ("fillers", "answer_types", "ranks", "events", "crewed", "robotic")
# Lexicon groups that only the frames read: they explain no intent's words (askspace.coverage).
FRAME_ONLY = ("answer_types", "ranks", "attributes", "clue_kinds", "crew_roles", "figures_asked", "figures",
              "figure_ranks")
# An attribute question explains its attribute words too ("what rocket launched it?"), and a count over
# the last answer its outcome words ("how many of them failed?").
ATTRIBUTE_EXPLAINED_BY = (*EXPLAINED_BY, "attributes", "figures_asked", "figures")
ROLE_EXPLAINED_BY = (*EXPLAINED_BY, "crew_roles")
AGGREGATE_EXPLAINED_BY = (*EXPLAINED_BY, "success", "failure")
# A search or a clue may say what kind of body it names ("the asteroid Itokawa"); read_select refuses the
# kind alone ("japanese asteroid probes"), which it cannot evaluate.
SELECT_EXPLAINED_BY = (*EXPLAINED_BY, "body_kinds")
_ASKING = frozenset({"who", "whom", "what", "whats", "what's", "which", "name"})
_PERSON_NOUNS_ONLY_WH = frozenset({"who", "whom"})


def read(q: Question, lexicon: Lexicon) -> Frame | None:
    """The ranked frame of a question, or None when it is not one (or not a complete one).

    Every constraint must fit the frame: one body, states, crewed or robotic. A question that
    also names a mission, program, person or year, or ranks "before"/"after" something, is not
    read as a frame yet, so that no constraint is silently dropped.
    """
    if q.relation is not None or q.excluded:
        return None  # before/after and "other than" stay with the intents for now
    if any(m.kind not in ("body", "state") for m in q.mentions) or len(set(q.ids("body"))) > 1:
        return None
    found = _rank(q, lexicon)
    if found is None:
        return None
    at, rank = found
    if rank is None:
        return None
    if not _ASKING & set(q.words[:at]) or q.body_kinds:
        return None  # a clue or a statement ("This first American in space ..."), or "the moons of Mars"
    types = [(i, t) for i, _, t in _hits(q, lexicon, "answer_types")]
    named = {i for m in q.mentions for i in range(m.start, m.end)}
    types = [(i, t) for i, t in types if i not in named]
    if not types:
        return None
    head = types[0][1]
    person_nouns = [i for i, t in types if t == "person" and q.words[i] not in _PERSON_NOUNS_ONLY_WH]
    after = [t for i, t in types if i > at]
    if rank.by == "count":
        answer, counted = head, (after[0] if after else "mission")
    else:
        answer, counted = (after[0] if after else head), None
    if answer not in ("person", "state", "mission"):
        return None  # "the first woman to ...": a sex is not a frame constraint yet
    if answer == "person" and not person_nouns:
        return None  # "who made the first soft landing": the answer may be a mission or a state
    bodies = q.ids("body")
    return Frame(answer=answer, events=q.events, body=bodies[0] if bodies else None,
                 states=tuple(q.ids("state")) or queries.cosmonaut_states(q.has),  # "the first cosmonaut to"
                 crewed=q.crewed, rank=rank, counted=counted)


_FOLLOW_STARTS = ("and", "what about", "how about", "and what about")


def follow_up(last: Frame, q: Question, lexicon: Lexicon) -> Frame | None:
    """The last frame with the parts this short follow-up names put in its place, or None.

    "and the oldest?" replaces the rank, "and on Mars?" the body, "what about China?" the states.
    """
    starts = any(tuple(q.words[:len(s.split())]) == tuple(s.split()) for s in _FOLLOW_STARTS)
    if not (starts or len(q.words) <= 3) or len(q.words) > 8:
        return None
    if any(m.kind not in ("body", "state") for m in q.mentions) or q.relation is not None:
        return None
    named = {i for m in q.mentions for i in range(m.start, m.end)}
    if [i for i, _, _ in _hits(q, lexicon, "answer_types") if i not in named] or (q.events and q.events != last.events):
        return None  # "second moon landing" names a new kind of answer or a new event: not a follow-up
    found = _rank(q, lexicon)
    if found is not None and found[1] is None:
        return None
    rank = found[1] if found is not None and found[1] is not None else last.rank
    if (rank.by == "count") != (last.rank.by == "count"):
        return None
    bodies, states = q.ids("body"), tuple(q.ids("state"))
    if not (found or bodies or states):
        return None
    return last._replace(rank=rank, body=bodies[0] if bodies else last.body, states=states or last.states)


class Select(NamedTuple):
    """Missions that fit some constraints: a search-box query lists them, a quiz clue names the one it describes."""

    clue: bool  # "This Japanese probe brought back ...": the answer is the one mission that fits
    events: tuple[str, ...]
    body: str | None
    states: tuple[str, ...]
    crewed: bool | None
    years: tuple[int, ...]
    kinds: tuple[str, ...]  # mission types named ("rover", "lander"), from the class noun

    def describe(self) -> dict[str, object]:
        return {"answer": "mission", "relation": list(self.events) or ["launch"], "body": self.body,
                "states": list(self.states), "crewed": self.crewed, "years": list(self.years),
                "kinds": list(self.kinds), "aggregate": "the one" if self.clue else "list"}


_CLUE_STARTS = ("this", "these", "it", "its")
_KINDS = {"rover": "rover", "rovers": "rover", "lander": "lander", "landers": "lander", "orbiter": "orbiter",
          "orbiters": "orbiter"}


def read_select(q: Question, lexicon: Lexicon) -> Select | None:
    """A search-box query ("soviet venus probes") or a quiz clue about one mission, or None.

    Only names of bodies, states and years may appear; a wh-word, a rank or any other name
    leaves the question to the ranked frames and the intents.
    """
    if not q.words or q.relation is not None or q.excluded or _ASKING & set(q.words) or {"how", "when", "where",
                                                                                          "why"} & set(q.words):
        return None
    if any(m.kind not in ("body", "state", "year") for m in q.mentions) or len(set(q.ids("body"))) > 1:
        return None
    if _hits(q, lexicon, "ranks") or not (q.ids("body") or q.ids("state")) or (q.body_kinds and not q.ids("body")):
        return None
    named = {i for m in q.mentions for i in range(m.start, m.end)}
    types = [(i, t) for i, _, t in _hits(q, lexicon, "answer_types") if i not in named]
    if not types or types[0][1] != "mission":
        return None
    clue = q.words[0] in _CLUE_STARTS
    if not clue and len(q.words) > 6:
        return None  # a long sentence without a question word is neither a search nor a clue
    bodies = q.ids("body")
    kinds = tuple(dict.fromkeys(_KINDS[w] for w in q.words if w in _KINDS))
    return Select(clue=clue, events=q.events, body=bodies[0] if bodies else None, states=tuple(q.ids("state")),
                  crewed=q.crewed, years=tuple(int(y) for y in q.ids("year")), kinds=kinds)


def program_alone(q: Question) -> str | None:
    """The program a question names and says nothing else about ("apollo program", "shenzhou"), or None."""
    programs = [m for m in q.mentions if m.kind == "program"]
    if len(programs) != 1 or len(q.mentions) != 1:
        return None
    named = set(range(programs[0].start, programs[0].end))
    rest = [w for i, w in enumerate(q.words) if i not in named]
    return programs[0].ids[0] if all(w in _CARD_WORDS for w in rest) else None


# The only other words of a program named alone: a follow-up ("and in the Shenzhou program?") is not one.
_CARD_WORDS = frozenset({"the", "a", "program", "programme", "project", "tell", "me", "about", "what", "was", "is",
                         "please", "missions", "flights"})


class Attribute(NamedTuple):
    """One property of one mission: the rocket that launched it, or its rover's name."""

    attribute: str  # a reading of the lexicon group "attributes": rocket, rover
    mission: str
    body: str | None = None  # next-visit: the visit it follows ("where did it go after Venus?")

    def describe(self) -> dict[str, object]:
        return {"answer": self.attribute, "mission": self.mission, **({"after": self.body} if self.body else {})}


_ASKS_WHAT = frozenset({"what", "which", "whats", "what's", "name"})
_ASKS_HOW = frozenset({"how", "what", "whats", "what's"})


# how each kind of figure is asked for: "how much" a mass, "how long" a time, ...


def _figure(q: Question, lexicon: Lexicon) -> set[str]:
    """The figure a question asks for ("how much did it bring back?": sample-mass), as a one-reading set, or an
    empty set when the way it asks and what it asks about do not agree."""
    asked = {t for _, _, t in _hits(q, lexicon, "figures_asked")}
    about = {t for _, _, t in _hits(q, lexicon, "figures")}
    fits = {kind for kind in about if figures.KINDS[kind].asked in asked}
    return fits if len(fits) == 1 else set()


def _asks_how_it_ended(words: tuple[str, ...]) -> bool:
    """ "how did it end?", "and how did Cassini's mission end?", "what happened to it in the end?"."""
    text = " ".join(words).removeprefix("and ").removeprefix("so ")
    return (text.startswith("how did ") and words[-1] in ("end", "ended")) \
        or (text.startswith("what happened") and text.endswith("in the end"))  # not "how many ... in the end?"


def read_attribute(q: Question, lexicon: Lexicon, last: str | None = None) -> Attribute | None:
    """ "What rocket launched Mariner 4?", "what was its rover called?", "which comet?", "how did Cassini
    end?": one mission (named, "it", or else the last answer's, ``last``) and one property of it; None
    otherwise."""
    missions = q.ids("mission") or ([last] if last and not q.mentions else [])
    they = [m for m in q.mentions if m.kind == "state" and m.start < 0]  # "they" read as the last answer's state
    if they and last and not missions and {t for _, _, t in _hits(q, lexicon, "attributes")} == {"next-visit"}:
        q, missions = q._replace(mentions=tuple(m for m in q.mentions if m not in they)), [last]  # craft go places
    if len(set(missions)) != 1 or any(m.kind not in ("mission", "body") for m in q.mentions):
        return None
    readings = {t for _, _, t in _hits(q, lexicon, "attributes")} or _figure(q, lexicon)
    if len(readings) != 1 or (q.relation is not None and readings != {"next-visit"}):
        return None
    reading = readings.pop()
    if reading == "next-visit":  # "what did it visit after that?", "where did it go after Venus?"
        bodies = [m.ids[0] for m in q.of_kind("body", include_anchor=True)]  # "after Venus" is the anchor
        asked = bool({"what", "where", "which"} & set(q.words)) and len(bodies) <= 1
        return Attribute(reading, missions[0], bodies[0] if bodies else None) if asked else None
    if reading == "target" and (q.events or q.ids("body")):
        return None  # "which asteroid did NEAR fly past?": a deed at a body, not the mission's target; "the
        # destination of Apollo 17 on the Moon" names the body and asks for a place on it
    if reading == "name" and q.ids("mission"):
        return None  # "what was Apollo 11's spacecraft called?" asks for a craft's own name, not the mission's
    if reading == "end" and not _asks_how_it_ended(q.words):
        return None  # "how many days from start to end?" is not about how it ended
    if reading in figures.KINDS:
        return Attribute(reading, missions[0])
    asks = _ASKS_HOW if reading == "end" else _ASKS_WHAT
    if not (asks & set(q.words)) and not (reading in ("target", "rover") and len(q.words) <= 3):
        return None  # "asteroid name?", "rovers?" alone ask too
    return Attribute(reading, missions[0])


_BACK = frozenset({"them", "those", "these", "one", "ones", "which", "of", "came", "went", "did", "was", "were",
                   "robotic", "uncrewed", "unmanned", "crewed", "manned"})  # "the second robotic one": those only


def back_words(lexicon: Lexicon) -> frozenset[str]:
    """The words a rank over the last answer may use: fillers, ranks, events and "them", "those", ...
    (built once per bot)."""
    rank_words = frozenset(w for p in lexicon.phrases("ranks") for w in p.split())  # "most recent": both words
    return frozenset(lexicon.phrases("fillers")) | frozenset(lexicon.phrases("ranks")) \
        | frozenset(lexicon.phrases("events")) | rank_words | _BACK


def rank_over_last(q: Question, lexicon: Lexicon, allowed: frozenset[str]) -> Rank | None:
    """ "which of those came first?", "which landed first?", "and the last one?": a rank over the last answer's
    missions, when the question names nothing new; None otherwise."""
    if q.mentions or q.relation is not None or len(q.words) > 8 or {"their", "its", "his", "her"} & set(q.words):
        return None  # "and their first orbiter?" asks about the state again, not about the last answer's set
    found = _rank(q, lexicon)
    if found is None or found[1] is None:
        return None
    rank = found[1]
    if rank.by != "date":
        return None
    refers = bool({"them", "those", "these", "which"} & set(q.words)) or q.words[:1] == ("and",)
    return rank if refers and all(w in allowed for w in q.words) else None


class OverLast(NamedTuple):
    """An aggregate over the last answer's missions: "how many of them failed?", "name them", "which of them
    were American?"."""

    aggregate: str  # count or list
    outcome: str | None  # success or failure, from the lexicon
    events: tuple[str, ...]
    states: tuple[str, ...] = ()  # keep only the missions of these states

    @property
    def narrows(self) -> bool:
        """Whether it keeps only some of the missions (by outcome, event or state)."""
        return bool(self.outcome or self.events or self.states)


_OF_THEM = ("of them", "of those", "of these")
_NOT = frozenset({"not", "never", "except", "didn't", "wasn't", "weren't", "without"})
_NAME_THEM = ("name them", "list them", "which were they", "which ones", "what were they", "name those",
              "list those")
_WHICH_OF = ("which of them", "which of those", "which of these", "which one", "which ones", "and which")
# "how many is that?", "so how many were there in all?": a count of the last answer and nothing else
_COUNT_BACK = frozenset({"is", "was", "are", "were", "that", "those", "them", "these", "of", "there", "in", "all",
                         "total", "so", "then", "altogether", "does", "it", "make", "makes", "and", "ok", "okay"})


def aggregate_over_last(q: Question, lexicon: Lexicon) -> OverLast | None:
    """ "how many of them failed?", "how many is that?", "name them", "which of them were American?": counts or
    lists of the last answer's missions, or None."""
    text = " ".join(q.words)
    states = tuple(i for m in q.mentions if m.kind == "state" for i in m.ids)
    if any(m.kind != "state" for m in q.mentions) or q.relation is not None or len(q.words) > 10 \
            or _hits(q, lexicon, "ranks"):
        return None
    if q.crewed is not None or q.event_kinds or _NOT & set(q.words):
        return None  # crewed or robotic, exploded, "not", "except": constraints this count does not evaluate
    start = text.removeprefix("so ").removeprefix("and ")
    if start.startswith("how many") and (any(p in text for p in _OF_THEM)
                                         or set(start.split()[2:]) <= _COUNT_BACK):
        aggregate = "count"
    elif any(start == p or start.startswith(p + " ") for p in _NAME_THEM):
        aggregate = "list"
    elif start.startswith(_WHICH_OF) and (q.outcome or q.events or states):
        aggregate = "list"  # "which one actually got into orbit?", "which of them were American?"
    else:
        return None
    if states and aggregate == "count" and not any(p in text for p in _OF_THEM):
        return None  # "how many American?" alone may ask afresh
    return OverLast(aggregate, q.outcome, q.events, states)


def rank_clash(q: Question, lexicon: Lexicon) -> bool:
    """Whether the question names two different ranks that do not overlap ("the second to last"): no frame
    and no intent evaluates those, so the question is not answered."""
    found = _rank(q, lexicon)
    return found is not None and found[1] is None

