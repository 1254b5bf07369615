"""People by state: the first person from a state other than those named, and the states that
launched people into orbit on their own."""

from __future__ import annotations

from askspace import compose, persons, queries
from askspace.compose import day, join, number_word
from askspace.handlers.base import Ask, Reply
from askspace.handlers.persons import cite_person
from askspace.model import Mission


def first_other(a: Ask) -> Reply:
    """The first person in space whose state is none of the states named ("other than the USSR or USA")."""
    excluded = list(dict.fromkeys([*queries.expand_states(a.kb, a.q.excluded), *a.said_states]))  # said order
    r = a.reply([], bodies=["earth"])
    if not excluded:
        r.lines.append("Which states do you mean to leave out? For example: \"other than the USSR or the USA\".")
        r.clarify = True
        return r
    found = next((f for f in persons.all_flights(a.kb) if persons.nationality(f) not in excluded), None)
    names = join([compose.state_name(a.kb, s) for s in excluded], conj="or")
    if found is None:
        r.lines.append(f"Everyone in my records flew for {names}.")
        return r
    m = found.mission
    r.use(m)
    r.states = [persons.nationality(found), m.country]
    state = compose.state_name(a.kb, persons.nationality(found))
    r.lines.append(f"The first person in space from a state other than {names} was {found.name} ({state}), on "
                   f"{m.name} ({compose.state_name(a.kb, m.country)}), {day(m.launch)}{cite_person(r, m, found.name)}.")
    r.lines.append("Counted: each crew member's own state, or the mission's state when none is given.")
    return r


def _first_orbital(a: Ask) -> dict[str, Mission]:
    """Each state's first crewed flight into orbit on its own mission, by launch date."""
    out: dict[str, Mission] = {}
    for m in a.kb.missions_sorted():
        if m.crewed and "suborbital" not in m.types and m.outcome != "failure" and m.country not in out:
            out[m.country] = m
    return out


def crewed_states(a: Ask) -> Reply:
    """States that launched people into orbit with their own crewed missions; successors folded in."""
    firsts = _first_orbital(a)
    successor = {s.id: s.successor for s in a.kb.states.values() if s.successor}
    r = a.reply([], bodies=["earth"])
    continued = {old: firsts[new] for old, new in successor.items() if old in firsts and new in firsts}
    founders = [sid for sid in firsts if not any(successor.get(o) == sid for o in firsts)]
    r.use(*(firsts[s] for s in founders))
    r.states = founders
    groups = [f"{compose.state_name(a.kb, s)} ({firsts[s].name}, {day(firsts[s].launch)}"
              f"{r.citations.cite(firsts[s])})" for s in founders]
    n = len(founders)
    r.lines.append(f"{number_word(n, capital=True)} {compose.plural(n, 'state has', 'states have')} launched "
                   f"people into orbit on their own crewed flights: {join(groups)}.")
    for old, m in continued.items():  # cited, not a fact of the answer: "which was the third?" ranks the counted ones
        r.lines.append(f"{compose.capitalise(compose.state_name(a.kb, m.country))}, the successor of "
                       f"{compose.state_name(a.kb, old)}, continued its crewed flights (its earliest in my records: "
                       f"{m.name}, {day(m.launch)}{r.citations.cite(m)}), so it is not counted again.")
    r.lines.append("Counted: crewed flights that reached orbit, by the state that flew them; suborbital hops "
                   "and people who flew aboard another state's spacecraft are not counted.")
    return r


def state_in_space(a: Ask) -> Reply:
    """Has anyone from a state been to space, and who was first ("Did the Brits ever fly anyone to space?").

    The records hold notable crewed flights only, so finding no one is said as such, not as a no.
    """
    states = list(dict.fromkeys(a.said_states))
    r = a.reply([], bodies=["earth"], states=states)
    names = join([compose.state_name(a.kb, s) for s in states], conj="or")
    found = next((f for f in persons.all_flights(a.kb) if persons.nationality(f) in states and f.reached_space),
                 None)
    if found is None:
        r.lines.append(f"My records have no one from {names} in space (to {day(a.kb.as_of)}); they hold notable "
                       "crewed flights only, so someone may have flown on a flight they do not list.")
        return r
    m, state = found.mission, persons.nationality(found)
    r.use(m)
    r.states = [state, m.country]
    verdict = "" if a.q.words[:1] in (("who",), ("when",)) else "Yes: "
    aboard = "" if m.country == state else f" ({compose.state_name(a.kb, m.country)})"
    r.lines.append(compose.capitalise(
        f"{verdict}the first person from {compose.state_name(a.kb, state)}{a.state_note(state)} in space in my "
        f"records was {found.name}, on {m.name}{aboard}, {day(m.launch)}{cite_person(r, m, found.name)}."))
    return r
