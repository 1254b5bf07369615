"""The Space Shuttle orbiters as a fleet: "How many Space Shuttle orbiters flew in space?", "How many space
shuttles were built?".

Counted over the craft of kind ``orbiter`` (``knowledge/craft``): the US orbiters unless the question names the
Soviet Union or Buran; "flew", "flown" or "in space" counts those with a flight to space, otherwise every one
built, saying which never flew.
"""

from __future__ import annotations

from askspace.compose import day, join, lower_first, number_word, plural
from askspace.craft import Craft
from askspace.handlers.base import Ask, Reply

_FLOWN = ("flew", "flown", "fly", "in space", "to space", "into space", "orbit", "orbited", "launched")
_SOVIET = ("soviet", "ussr", "buran", "russian")


def orbiter_fleet(a: Ask) -> Reply:
    """The orbiters of the Space Shuttle (or of Buran), counted and named, first flight first."""
    said = set(a.q.ids("program"))
    if said - {"space-shuttle", "buran"} or not (said or any(a.q.has(w) for w in ("shuttle", "shuttles"))):
        return a.reply(["I can count the Space Shuttle's and Buran's orbiters; ask about one of them."],
                       understood=False)
    state = "ussr" if any(a.q.has(w) for w in _SOVIET) or "buran" in a.q.ids("program") else "usa"
    fleet = sorted((c for c in a.kb.craft.values() if c.kind == "orbiter" and c.state == state),
                   key=lambda c: (c.first_flight is None, c.first_flight.date if c.first_flight else None, c.name))
    program = "Buran" if state == "ussr" else "Space Shuttle"
    r = a.reply([], states=[state], bodies=["earth"])
    if not fleet:
        r.lines.append(f"My records name no {program} orbiters.")
        return r
    flown = [c for c in fleet if c.first_flight is not None]
    grounded = [c for c in fleet if c.first_flight is None]
    if any(a.q.has(w) for w in _FLOWN):
        n = len(flown)
        r.lines.append(f"{number_word(n, capital=True)} {program} {plural(n, 'orbiter')} flew in space: "
                       f"{join([_first(r, c) for c in flown])}.")
        if grounded:
            why = lower_first(grounded[0].notes[0], a.kb.name_words) if grounded[0].notes else "it made no flight"
            r.lines.append(f"{join([c.name for c in grounded])} never did: {why.rstrip('.')}.")
    else:
        n = len(fleet)
        named = [_first(r, c) for c in flown] + [f"{c.name} (never in space)" for c in grounded]
        r.lines.append(f"{number_word(n, capital=True)} {program} {plural(n, 'orbiter')} were built in my "
                       f"records: {join(named)}.")
    r.lines.append(f"Counted: the {program} orbiters of my craft records, each once; an orbiter is the winged "
                   "craft, not a mission.")
    for c in fleet:
        r.use(*(a.kb.missions[m] for m in c.missions[:1] if m in a.kb.missions))
    return r


def _first(r: Reply, c: Craft) -> str:
    marks = "".join(r.citations.add(s) for s in c.sources[:1])
    assert c.first_flight is not None
    return f"{c.name} (first flight {c.first_flight.flight}, {day(c.first_flight.date)}){marks}"
