"""Spacewalk firsts and records (knowledge/spacewalks.yaml): who made the first spacewalk, the first by a woman
or by a state's astronauts, the first untethered or commercial one, the longest, the most.

The question gives a topic (the words of :data:`TOPIC_WORDS`; a first of spacewalks by default, or a record) and
a scope: the world, women, a state, or a state's women. The entry whose ``scope`` holds it answers; a state with
no entry of its own is answered by the world's (or the women's) entry when its makers are of that state (Leonov
made the first spacewalk of all, so also the first Soviet one). Anything else is not known: the records hold
notable firsts only, so no answer says that a state never made one.
"""

from __future__ import annotations

import datetime as dt

from askspace.compose import capitalise, day, join, number_word, plural
from askspace.handlers.base import Ask, Reply
from askspace.spacewalks import FIRST_TOPICS, Spacewalk, entries

# Topic words, most specific first: the first topic whose words the question has is the one asked.
TOPIC_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("all-woman", ("all woman", "all women", "all female", "only women", "two women", "women only")),
    ("untethered", ("untethered", "without a tether", "free flying", "free floating", "jet pack", "jetpack",
                    "manned maneuvering unit", "mmu")),
    ("commercial", ("commercial", "private", "privately", "private astronauts", "civilian", "civilians")),
    ("deep-space", ("deep space", "trans earth", "interplanetary", "beyond earth orbit", "way home")),
    ("moon", ("moon", "lunar", "moonwalk", "moonwalks")),
    ("space-shuttle", ("space shuttle", "shuttle")),
    ("iss", ("international space station", "iss", "space station", "station")),
    ("most-time", ("most time", "most hours", "total time", "cumulative", "hours", "time", "spent")),
    ("most-spacewalks", ("most", "record number", "greatest number")),
)
TOTAL_WORDS = ("total", "cumulative", "in all", "combined", "time", "hours", "spent")
WOMEN_WORDS = ("woman", "women", "female", "lady", "ladies")
PHRASES = {
    "spacewalk": "the first spacewalk", "untethered": "the first untethered spacewalk",
    "all-woman": "the first all-woman spacewalk", "commercial": "the first commercial spacewalk",
    "moon": "the first walk on the Moon",
    "deep-space": "the first deep-space spacewalk",
    "space-shuttle": "the first spacewalk from the Space Shuttle",
    "iss": "the first spacewalk at the International Space Station",
    "longest": "the longest single spacewalk", "most-spacewalks": "the most spacewalks",
    "most-time": "the most time spacewalking",
}
RECORD_RULE = ("A record holds on the date it is counted to, from the sources cited; spacewalks after that date "
               "are not in my records.")


def _said(a: Ask, topic: str, words: tuple[str, ...]) -> bool:
    return any(a.q.has(w) for w in words) or topic in a.q.ids("program") or topic in a.q.ids("body") \
        or (topic == "iss" and bool({"iss", "zarya"} & set(a.q.ids("mission") + a.q.ids("program"))))


def _topic(a: Ask) -> str | None:
    """The topic asked; None for a record asked of a kind of spacewalk (the most spacewalks at the ISS), which
    the records do not hold."""
    firsts = [topic for topic, words in TOPIC_WORDS if topic in FIRST_TOPICS and _said(a, topic, words)]
    if a.q.has("longest") and not any(a.q.has(w) for w in TOTAL_WORDS):
        return None if firsts else "longest"
    if any(a.q.has(w) for w in ("most", "record", "records", "longest")):
        if firsts:
            return None
        return "most-time" if any(a.q.has(w) for w in TOPIC_WORDS[-2][1]) else "most-spacewalks"
    return firsts[0] if firsts else "spacewalk"


def _scope(a: Ask, topic: str) -> str | None:
    """ "world", "women", a state id or "<state> women"; None for two states at once."""
    states = [s for s in a.said_states if s != "ussr" or not a.named_russia]  # "Russian": Russia, then the USSR
    women = topic != "all-woman" and any(a.q.has(w) for w in WOMEN_WORDS)
    if len(states) > 1:
        return None
    if states:
        return f"{states[0]} women" if women else states[0]
    return "women" if women else "world"


def _of_state(a: Ask, s: Spacewalk, state: str) -> bool:
    """Whether everyone who made ``s`` flew for ``state`` (Leonov for the Soviet Union)."""
    people = [a.kb.people[p] for p in s.people if p in a.kb.people]
    return bool(people) and not s.people_names and all(state in p.nationalities for p in people)


def find(a: Ask, topic: str, scope: str) -> tuple[Spacewalk | None, str | None]:
    """The entry that answers ``topic`` for ``scope``, and the wider scope it was found under (or None)."""
    for s in entries(a.kb):
        if topic in s.topics and scope in s.scope:
            return s, None
    state = scope.split()[0]
    wider = "women" if scope.endswith(" women") else "world"
    if state in ("world", "women"):
        return None, None
    for s in entries(a.kb):
        if topic in s.topics and wider in s.scope and _of_state(a, s, state):
            return s, wider
    return None, None


def _by(a: Ask, scope: str) -> str:
    """ " by a Chinese astronaut", " by an American woman", " by a woman", "" for the world."""
    if scope == "world":
        return ""
    if scope == "women":
        return " by a woman"
    state, _, women = scope.partition(" ")
    adjective = a.kb.states[state].adjective if state in a.kb.states else state
    article = "an" if adjective[:1] in "AEIO" and not adjective.startswith("Eu") else "a"
    return f" by {article} {adjective} {'woman' if women else 'astronaut'}"


def _label(a: Ask, scope: str) -> str:
    """How a scope is named in a list: "everyone", "women", "the United States", "women of the United States"."""
    state, _, women = scope.partition(" ")
    if state in ("world", "women"):
        return {"world": "everyone", "women": "women"}[state]
    name = a.kb.states[state].short if state in a.kb.states else state
    return f"women of {name}" if women else name


def _hours(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    parts = [f"{hours} {plural(hours, 'hour')}"] if hours else []
    return " ".join([*parts, f"{rest} {plural(rest, 'minute')}"] if rest or not parts else parts)


def _names(a: Ask, s: Spacewalk, scope: str = "world") -> str:
    """Who made it; for a women's first or record the women, with the men who were out with them named after."""
    people = [a.kb.people[p] for p in s.people if p in a.kb.people]
    if not scope.endswith("women"):
        return join([*(p.name for p in people), *s.people_names])
    men = [p.name for p in people if p.sex != "female"]
    return join([p.name for p in people if p.sex == "female"]) + (f" (with {join(men)})" if men else "")


def _first_line(a: Ask, s: Spacewalk, topic: str, scope: str, what: str, cite: str) -> str:
    names, flight = _names(a, s, scope), s.flight
    took = f", for {_hours(s.duration)}" if s.duration else ""
    when = f" on {day(s.date)}" if s.date else ""
    counted = f"counted to {day(s.counted_to)}"
    if topic in ("most-spacewalks", "most-time"):
        walks = f"{s.spacewalks} {plural(s.spacewalks or 0, 'spacewalk')}"
        time = _hours(s.eva_time) if s.eva_time else ""
        if topic == "most-time":
            return f"{names} has spent {what}: {time} in {walks} ({counted}){cite}."
        in_all = f", {time} in all" if time else ""
        return f"{names} has made {what}: {walks}{in_all} ({counted}){cite}."
    if topic == "longest":
        return f"{capitalise(what)} lasted {_hours(s.duration or 0)}: {names}, on {flight}{when} ({counted}){cite}."
    if a.q.has("when") or a.q.has("what year") or a.q.has("what date"):
        return f"{capitalise(what)} was{when}: {names}, on {flight}{took}{cite}."
    if a.q.has("how long"):
        length = f"lasted {_hours(s.duration)}" if s.duration else "has no agreed length in my sources"
        return f"{capitalise(what)} {length}: {names}, on {flight}{when}{cite}."
    return f"{names} made {what}{when}, on {flight}{took}{cite}."


def spacewalk_record(a: Ask) -> Reply:
    topic = _topic(a)
    if topic is None:
        return a.reply(["My spacewalk records hold the longest spacewalk and the most spacewalks overall, by women "
                        "and by some states, not for one kind of spacewalk or one place."], understood=False)
    scope = _scope(a, topic)
    if scope is None:
        return a.reply(["I can give spacewalk firsts and records for one state at a time; which do you mean?"],
                       understood=False, clarify=True)
    record = topic in ("longest", "most-spacewalks", "most-time")
    found, wider = find(a, topic, scope)
    if found is None and scope.split()[0] == "russia":  # a Soviet first or record, said of Russia
        scope = scope.replace("russia", "ussr")
        found, wider = find(a, topic, scope)
    what = PHRASES[topic] + _by(a, scope)
    if found is None:
        held = [_label(a, sc) for s in entries(a.kb) if topic in s.topics for sc in s.scope]
        return a.reply([f"My spacewalk records do not have {what}; for {PHRASES[topic]} they hold {join(held)}. "
                        "They hold notable firsts and records only, so this does not mean there was none."],
                       understood=False)
    r = a.reply([])
    cite = "".join(r.citations.add(src) for src in found.sources)
    r.lines.append(_first_line(a, found, topic, scope, what, cite))
    if wider is not None:
        deed = "made " if found.kind == "first" else "holds the record for "
        among = " of all" if wider == "world" else " by any woman"
        kind = "the first" if found.kind == "first" else "the record"
        base = PHRASES[topic].removeprefix("the " if found.kind == "record" else "")
        tail = f"{_by(a, scope)}{a.state_note(scope.split()[0])}"
        r.lines.append(f"{_names(a, found)} {deed}{base}{among}, so also {kind}{tail}.")
    r.lines.append(found.note)
    r.lines.extend(found.notes)
    if record:
        r.lines.append(RECORD_RULE)
    elif scope.split()[0] in a.kb.states:
        r.lines.append(f"Counted: spacewalks by astronauts flying for {a.kb.states[scope.split()[0]].short}, "
                       "from any state's spacecraft.")
    if found.mission in a.kb.missions:
        r.use(a.kb.missions[found.mission])
    state = scope.split()[0]
    if state in a.kb.states:
        r.states = [state]
    return r


def later_totals(a: Ask, person: str, since: dt.date | None, r: Reply) -> list[str]:
    """Lines for a person's spacewalk totals that the records count to a later date than ``since`` (the date
    their own totals are counted to): the record entries that name them."""
    lines = []
    p = a.kb.people.get(person)
    for s in entries(a.kb):
        if p is None or person not in s.people or not s.spacewalks or (p.spacewalks, p.eva_time) == (
                s.spacewalks, s.eva_time) or (since is not None and (s.counted_to is None or s.counted_to <= since)):
            continue
        time = f", {_hours(s.eva_time)} in all" if s.eva_time else ""
        scope = next((sc for sc in s.scope if person_fits(a, person, sc)), s.scope[0])
        held = join([PHRASES[t].removeprefix("the ") for t in s.topics])
        cite = "".join(r.citations.add(src) for src in s.sources)
        lines.append(f"Later, counted to {day(s.counted_to)}: {number_word(s.spacewalks)} spacewalks{time}, "
                     f"the record for {held}{_by(a, scope)}{cite}.")
    return lines


def person_fits(a: Ask, person: str, scope: str) -> bool:
    """Whether the person belongs to a scope: a woman for "women", of the state for a state."""
    p = a.kb.people.get(person)
    if p is None:
        return False
    state, _, women = scope.partition(" ")
    fits_state = state in ("world", "women") or state in p.nationalities
    fits_sex = p.sex == "female" or not (women or state == "women")
    return fits_state and fits_sex
