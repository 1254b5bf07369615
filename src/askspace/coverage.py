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

from collections.abc import Iterable, Sequence

from askspace.frames import FRAME_ONLY
from askspace.intents import Intent, Lexicon
from askspace.model import Mission
from askspace.text import normalise

MAX_PHRASE = 6


def shared_phrases(lexicon: Lexicon, groups: tuple[str, ...] | None = None) -> frozenset[str]:
    """The lexicon readings that explain words for every intent (or, for a frame, the ``groups`` it reads)."""
    chosen = groups if groups is not None else tuple(g for g in lexicon.groups if g not in FRAME_ONLY)
    return frozenset(p for group in chosen for p in lexicon.phrases(group))


def own_phrases(intent: Intent) -> frozenset[str]:
    """The phrases that explain words when ``intent`` answers, besides the shared ones: its cues and explains."""
    return frozenset({p for cue in intent.cues if not cue.forbid for p in cue.phrases} | set(intent.explains))


def unexplained(words: Sequence[str], spans: Iterable[tuple[int, int]], *explaining: frozenset[str],
                known: Sequence[frozenset[str]] = ()) -> tuple[str, ...]:
    """The words, in order, that no span (a name), no explaining phrase and no word of the ``known`` sets covers.

    Numbers are never reported.
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
    left = [w for w, c in zip(words, covered, strict=True) if not c and not w.isdigit()]
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

