"""The nth person (of a country, or a woman) to reach space or orbit: "Who was the second American in space?",
"Who was the third person in space?", "Who was the second woman in space?".

People are ranked by the launch of their first flight that reached space (or orbit, when the question says
"orbit"), over the people entries (``knowledge/people``), as :mod:`askspace.spacerank` orders them; people who
flew up together share a place. A rank that a flight known only by its year could change is not given, and a
rank that the 100 km line gives differently from the US 80 km line is named beside it.
"""

from __future__ import annotations

from askspace.compose import day, join
from askspace.handlers.base import Ask, Reply
from askspace.handlers.statepeople import _IMPLIED, AGENCY, _names_agency
from askspace.spacelines import US_LINE
from askspace.spacerank import at, certain, ranked, when

_RANKS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
_ORBIT = ("orbit", "orbited", "orbiting", "in orbit", "into orbit", "to orbit", "orbital")
_WOMEN = ("woman", "women", "female", "lady")


def nth_in_space(a: Ask) -> Reply:
    """The nth person of a group to reach space or orbit."""
    if _names_agency(a):
        return a.reply([AGENCY], understood=False)
    if a.body not in (None, "earth"):
        return a.reply([f"I rank people by when they reached space or Earth orbit, not {a.kb.bodies[a.body].name}."],
                       understood=False)
    ordinal = a.q.ordinal or "first"
    if ordinal not in _RANKS:
        return a.reply([f"I can rank people up to the tenth to reach space, not by \"{ordinal}\"."],
                       understood=False)
    n = _RANKS.index(ordinal) + 1
    states = a.said_states or [s for w, s in _IMPLIED.items() if w in a.q.words][:1]
    state = states[0] if states else None
    women = any(a.q.has(w) for w in _WOMEN)
    orbital = any(a.q.has(w) for w in _ORBIT)
    people = [p for p in a.kb.people.values()
              if (state is None or state in p.nationalities) and (not women or p.woman)]
    who = "woman" if women else "person"
    where = ("to reach orbit" if orbital else "in space") + (
        f" for {a.kb.states[state].short}" if state in a.kb.states else "")  # "in space for the United States"
    if state is not None and any(len(p.nationalities) > 1 and p.nationalities[0] != state for p in people):
        return a.reply([f"People flew for {a.kb.states[state].short} after flying for another country first, so "
                        f"I cannot rank the {ordinal} {who} {where} without saying which flights count; ask "
                        "about the country they first flew for (the Soviet Union for cosmonauts before 1992)."],
                       understood=False)
    places = ranked(a.kb, people, orbital=orbital, karman=False)
    place = at(places, n)
    r = a.reply([], states=[state] if state else [], bodies=["earth"])
    if place is None:
        r.lines.append(f"My records have fewer than {n} of them: there was no {ordinal} {who} {where} "
                       f"(to {day(a.kb.as_of)}).")
        return r
    order = [u for p in places for u in p]
    start = order.index(place[0])
    if not certain(order, start, start + len(place)):
        return a.reply([f"My records date some of these flights by the year only, so I cannot tell the {ordinal} "
                        f"{who} {where} for certain."], understood=False)
    before = order[:start]
    names = join([u.person.name for u in place])
    marks = "".join(dict.fromkeys(r.citations.add(u.person.sources[0]) for u in place))
    flown = f"{place[0].flight}, {when(place[0])}"
    r.lines.append(f"The {ordinal} {who} {where} was {names}{marks}, on {flown}." if len(place) == 1 else
                   f"The {ordinal} {who} {where} was one of {names}{marks}, who flew up together on {flown}.")
    earlier = [f"{u.person.name} ({u.flight}, {when(u)})" for u in before]
    if earlier:
        r.lines.append(f"Before: {join(earlier)}.")
    if not orbital:
        karman = at(ranked(a.kb, people, orbital=False, karman=True), n)
        if karman is not None and {u.person.id for u in karman} != {u.person.id for u in place}:
            r.lines.append(f"Counting only flights above 100 km (the Karman line), it was "
                           f"{join([u.person.name for u in karman])}, on {karman[0].flight}.")
    line = "reached orbit" if orbital else f"reached space ({US_LINE})"
    r.lines.append(f"Counted: each person once, by the launch of their first flight that {line}, over the "
                   f"people entries of my records (to {day(a.kb.as_of)}).")
    return r
