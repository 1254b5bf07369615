"""The order of states' first satellites: the nth state to reach orbit (at all, or on its own rocket) and how
many states launched satellites on their own rockets, each with its counting rule."""

from __future__ import annotations

import datetime as dt
import re

from askspace.compose import capitalise, day, join, number_word, state_name
from askspace.frames import Rank
from askspace.handlers.base import Ask, Reply
from askspace.handlers.satphrases import by_first, cite, how, independents, timeline
from askspace.parse import ORDINAL_WORDS

_LAST = ("last", "latest", "most recent")
_NTH = {word: n for n, word in ORDINAL_WORDS.items()}
_NUMBERED = re.compile(r"^\d{1,3}(st|nd|rd|th)$")  # "3rd", "21st"
COMPLETE_TO = dt.date(1984, 12, 31)
"""The states' first satellites are checked complete to this date; later ones may be missing, so a rank over
all first satellites is answered only up to it. (From 1985 lists disagree: Arabsat-1A, the Arab League's, is
counted as Saudi Arabia's by some.)"""
COUNTING_RULE = ("Rule: a state counts when a rocket it developed put one of its satellites in orbit, wherever "
                 "it was launched from, by launch date (UTC). Russia and Ukraine inherited Soviet rockets and are not "
                 "counted again; ESA's Ariane (first satellite 1979) is an agency's, not a state's; launches a state "
                 "claimed but nobody saw in orbit are not counted.")


def rank_asked(a: Ask) -> Rank | None:
    """The nth or last the question asks for ("third", "3rd", "last"), or None."""
    if any(a.q.has(w) for w in _LAST):
        return Rank(last=True)
    found = [_NTH[w] if w in _NTH else int(w[:-2]) for w in a.q.words if w in _NTH or _NUMBERED.match(w)]
    return Rank(nth=found[0]) if len(set(found)) == 1 and found[0] > 0 else None


def ranked(a: Ask, rank: Rank, own: bool) -> Reply:
    """The nth (or last) state to put a satellite in orbit, on its own rocket or at all."""
    r = a.reply([], bodies=["earth"])
    if own:
        order = independents(a.kb.first_satellites)
        what = "to launch a satellite on its own rocket"
    else:
        order = [(e, e.first) for e in by_first(a.kb.first_satellites)]
        what = "with a satellite in orbit"
    i = len(order) - 1 if rank.last else rank.nth - 1
    if not own:
        order = [(e, x) for e, x in order if x.launch <= COMPLETE_TO]
    if not 0 <= i < len(order) or (rank.last and not own):
        why = f"my records of first satellites are complete only to {COMPLETE_TO.year}, the first {len(order)} " \
              f"states" if not own else f"only {len(order)} states have done so in my records"
        r.lines.append(f"I cannot name the {rank.word} country {what}: {why}. Shall I name the first, or count "
                       f"those that launched on their own rockets?")
        r.clarify = True  # not known: the text says so, and the exit status is 1
        return r
    entry, launch = order[i]
    name = capitalise(state_name(a.kb, entry.id))
    tie = [e for e, x in order if x.launch == launch.launch and e.id != entry.id]
    r.states = [entry.id]
    r.lines.append(f"{name} was the {rank.word} country {what}: {launch.satellite}, launched on "
                   f"{day(launch.launch)} {how(a, entry, launch)}{cite(a, entry, launch)}"
                   f"{timeline(a, [entry]) if own else ''}.")
    if tie:
        r.lines.append(f"On the same day: {join([state_name(a.kb, e.id) for e in tie])}.")
    if i:
        earlier = [f"{state_name(a.kb, e.id)} ({x.satellite}, {x.launch.year})" for e, x in order[:i]]
        lead = "Before it" if len(earlier) <= 10 else f"The last ten of the {len(earlier)} before it"
        r.lines.append(f"{lead}: {join(earlier[-10:])}.")
    r.lines.append(COUNTING_RULE if own else "Rule: each state's first satellite in orbit, whoever launched it, by "
                   f"launch date (UTC), ties by state id; my records are complete to {COMPLETE_TO.year}.")
    return r


def count(a: Ask, own: bool) -> Reply:
    """How many states launched a satellite on their own rocket (the list and the rule); other counts are not
    known, since the records do not hold every state's first satellite."""
    r = a.reply([], bodies=["earth"])
    if not own:
        r.lines.append(f"I cannot count every country that has had a satellite: my records hold the first satellites "
                       f"of {len(a.kb.first_satellites)} states, not all of them. Shall I count the countries that "
                       f"launched satellites on their own rockets instead?")
        r.clarify = True  # not known: the text says so, and the exit status is 1
        return r
    order = independents(a.kb.first_satellites)
    names = [f"{state_name(a.kb, e.id)} ({x.satellite}, {x.launch.year})" for e, x in order]
    r.states = [e.id for e, _ in order]
    r.lines.append(f"{number_word(len(order), capital=True)} countries have launched a satellite on their own "
                   f"rockets: {join(names)}{timeline(a, [e for e, _ in order])}.")
    r.lines.append(COUNTING_RULE)
    return r
