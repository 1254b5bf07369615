"""Which words of a question the chosen reading does not explain.

A question is answered only when every word is explained: by a name (a mission, person,
state, body, program or year), by a shared lexicon reading (events, crewed, outcomes,
ordinals, fillers, ...), by a cue or ``explains`` word of the intent that answers, or by the
records of the missions the question names or the answer is about. A word that none of these
explain ("transmit" in "How long did Venera 7 transmit from the surface?" when only the
mission's dates are known) means the answer would be to a nearby question, so askspace says
which words it did not understand instead.

>>> explaining = frozenset({"how long", "did", "from", "the", "surface"})
>>> unexplained(("how", "long", "did", "venera", "7", "transmit", "from", "the", "surface"),
...             [(3, 5)], explaining)
('transmit',)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from askspace.entities import Mention
from askspace.frames import FRAME_ONLY
from askspace.intents import READ_GROUPS, Intent, Lexicon
from askspace.model import KnowledgeBase, Mission
from askspace.text import normalise

MAX_PHRASE = 6


def shared_phrases(lexicon: Lexicon, groups: tuple[str, ...] | None = None) -> frozenset[str]:
    """The lexicon readings that explain words for every intent (or, for a frame, the ``groups`` it reads).

    Constraint groups (``READ_GROUPS``) are not shared: only the intents that read them explain their words.
    """
    constraints = {g for groups_read in READ_GROUPS.values() for g in groups_read}
    chosen = groups if groups is not None else tuple(g for g in lexicon.groups
                                                      if g not in FRAME_ONLY and g not in constraints)
    return frozenset(p for group in chosen for p in lexicon.phrases(group))


def own_phrases(intent: Intent, lexicon: Lexicon) -> frozenset[str]:
    """The phrases that explain words when ``intent`` answers, besides the shared ones: its cues, its explains
    and the constraint groups it reads."""
    read = {p for constraint in intent.reads for group in READ_GROUPS[constraint] for p in lexicon.phrases(group)}
    return frozenset({p for cue in intent.cues if not cue.forbid for p in cue.phrases} | set(intent.explains) | read)


def unexplained(words: Sequence[str], spans: Iterable[tuple[int, int]], *explaining: frozenset[str],
                known: Sequence[frozenset[str]] = (), numbers: bool = False,
                number_words: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """The words, in order, that no span (a name), no explaining phrase and no word of the ``known`` sets covers.

    Numbers are reported only with ``numbers``: a number outside any name ("Soyuz 3" when the records have
    no Soyuz 3, "the AS-206") is a constraint an answer would leave out; one beside a word of
    ``number_words`` (a month, a unit: "May 14", "33 hours") is not.
    """
    covered = [any(w in group for group in known) for w in words]
    for start, end in spans:
        for i in range(max(start, 0), min(end, len(words))):
            covered[i] = True
    for n in range(min(MAX_PHRASE, len(words)), 0, -1):
        for i in range(len(words) - n + 1):
            phrase = " ".join(words[i:i + n])
            if any(phrase in group for group in explaining):
                for j in range(i, i + n):
                    covered[j] = True
    for i, w in enumerate(words):  # a day of a month, or a quantity with its unit, is part of the description
        if w.isdigit() and not covered[i] and any(words[j] in number_words for j in (i - 1, i + 1)
                                                  if 0 <= j < len(words)):
            covered[i] = True
    left = [w for w, c in zip(words, covered, strict=True) if not c and (numbers or not w.isdigit())]
    return tuple(dict.fromkeys(left))


def record_words(mission: Mission) -> frozenset[str]:
    """The words of a mission's own records (summary, notes, outcome, firsts, events, rover, rocket).

    A word found there is explained when the question names the mission: "Did Philae's harpoons
    work?" is about what Philae's records say of its harpoons.
    """
    texts = [mission.summary or "", mission.outcome_reason, mission.rover or "", mission.launch_vehicle or "",
             *mission.notes, *mission.firsts, *(e.note or "" for e in mission.events),
             *(e.place or "" for e in mission.events)]
    return frozenset(w for text in texts for w in normalise(text).words)



def names(kb: KnowledgeBase, kind: str, entry_id: str) -> frozenset[tuple[str, ...]]:
    """Every name of one entry, as word sequences: what an answer that used the entry would show.

    A state's names include its loose ones ("Russia" for the Soviet Union); a year is its digits.
    """
    texts: tuple[str, ...] = (entry_id,)
    if kind == "mission" and entry_id in kb.missions:
        m = kb.missions[entry_id]
        texts = (m.name, *m.aliases, *(c.name for c in m.crew), *(a for c in m.crew for a in c.aliases))
    elif kind == "program" and entry_id in kb.programs:
        p = kb.programs[entry_id]
        texts = (p.name, *p.aliases)
    elif kind == "state" and entry_id in kb.states:
        s = kb.states[entry_id]
        texts = (s.name, s.short, s.adjective, *s.aliases, *s.loose_aliases)
    elif kind == "body" and entry_id in kb.bodies:
        b = kb.bodies[entry_id]
        texts = (b.name, b.bare_name, *b.aliases)
    elif kind == "person" and entry_id in kb.people:
        person = kb.people[entry_id]
        texts = (person.name, *person.aliases)
    elif kind == "engine" and entry_id in kb.engines:  # an answer shows an entry by its name, the question an alias
        e = kb.engines[entry_id]
        texts = (e.name, *e.aliases, *e.versions)
    elif kind == "propellant" and entry_id in kb.propellants:
        texts = (kb.propellants[entry_id].name, *kb.propellants[entry_id].aliases)
    elif kind == "place" and entry_id in kb.places:
        place = kb.places[entry_id]
        texts = (place.name, place.name.removeprefix("the "), *place.aliases)
    return frozenset(w for w in (normalise(t).words for t in texts) if w)


_NAMES_ONLY = frozenset({"mission", "program", "person"})  # kinds whose names may also be plain words


def fits(mention: Mention, mission: Mission) -> bool:
    """Whether one of the answer's missions is what ``mention`` names or fits it (NASA's DART is NASA's)."""
    if mention.kind == "year":
        dates = (mission.launch, mission.arrival, mission.end, mission.returned,
                 mission.landing.date if mission.landing else None, *(e.date for e in mission.events))
        return any(d is not None and str(d.year) == mention.ids[0] for d in dates)
    return any(_fits_one(mention.kind, i, mission) for i in mention.ids)


def _fits_one(kind: str, entry_id: str, mission: Mission) -> bool:
    if kind == "mission":
        return entry_id == mission.id
    if kind == "state":
        return entry_id == mission.country
    if kind == "program":
        return mission.in_program(entry_id)
    if kind == "person":
        return any(c.person == entry_id for c in mission.crew)
    if kind == "body":
        return entry_id == mission.target or any(e.body == entry_id for e in mission.encounters)
    return False


def corrects(first_line: str) -> bool:
    """Whether an answer starts by correcting the question: "No:", not "None:" (which shows what it found)."""
    return first_line.startswith(("No:", "No.", "No,"))


def unused(mentions: Iterable[Mention], answer: Sequence[str],
           names_of: Callable[[str, str], frozenset[tuple[str, ...]]],
           about: Sequence[Mission] = (), plain: frozenset[str] = frozenset(),
           anchored: int | None = None, correcting: bool = False) -> tuple[str, ...]:
    """The names in the question that the answer neither shows nor fits: constraints it left out.

    "In 1962 he became the first Marine to orbit the Earth" answered with Sputnik 1 (1957) left
    out the year; a name the answer does not show means the answer is to a nearby question. A
    name is used when the answer shows it or one of the missions the answer is ``about`` fits it.
    Earth, where every flight starts, need not be shown, nor a one-word name that is also a
    ``plain`` word ("change" read as Chang'e), and an answer that is ``correcting`` shows what is
    true instead of what the question assumed, except for the names from ``anchored`` on (the
    anchor of "since the Soviets", which a correction must still take into account).

    ``answer`` is the answer's words (normalised once by the caller); ``correcting`` when it starts "No:".

    >>> said = normalise("The first orbit of Earth was Sputnik 1 (the Soviet Union), 4 October 1957[1].").words
    >>> unused([Mention("year", ("1962",), "1962", 1, 2), Mention("body", ("earth",), "the earth", 9, 11)],
    ...        said, lambda kind, i: frozenset({(i,)}))
    ('1962',)
    """
    shown = " " + " ".join(answer) + " "
    left = []
    for m in mentions:
        if correcting and (anchored is None or m.start < anchored):
            continue  # "did the Americans launch the first satellite?" "No: ... the Soviet Union": corrected
        if m.ids == ("earth",) or (m.kind in _NAMES_ONLY and m.text in plain) \
                or any(fits(m, mission) for mission in about):
            continue
        candidates = {tuple(m.text.split()), *(n for i in m.ids for n in names_of(m.kind, i))}
        if not any(f" {' '.join(words)} " in shown for words in candidates):
            left.append(f"{m.ids[0]} (from the conversation)" if m.start < 0 else m.text)
    return tuple(dict.fromkeys(left))
