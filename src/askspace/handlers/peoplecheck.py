"""Yes/no about named people's nationality or agency: "Are both Franz Viehböck and Pedro Duque Austrian?",
"Were both Ernst Messerschmid and Reinhold Ewald ESA astronauts?", "Is Pedro Duque Spanish?", "Which of
Frank De Winne and Michael Foale is Belgian?".

A nationality is read from the states a person flew for (``nationalities``); an agency from the groups that
put the person in its corps (``astronaut_groups``: the selection group, then a transfer into a corps), and "no"
for an agency only when the records give another agency or a source names the person as never in its corps.
When the records cannot settle one of the people, nothing is answered.
"""

from __future__ import annotations

from typing import NamedTuple

from askspace.compose import join
from askspace.groups import AstronautGroup, corps_of, never_in
from askspace.handlers.base import Ask, Reply
from askspace.model import Person

# The state mentions that name an agency's corps, not a nationality ("a NASA astronaut"), with the agency as
# the astronaut groups write it.
AGENCY_WORDS = {"esa": "ESA", "european space agency": "ESA", "nasa": "NASA"}
_LOOSE = ("european", "europe", "europeans")  # a continent: neither a state flown for nor an agency
_ASKS_EACH = ("which", "who", "or", "either")
_ADJECTIVE_ENDS = ("an", "ish", "ese", "ch", "ss", "i", "ic")  # "Austrian", "Spanish", "Chinese", "French", "Swiss"


class Finding(NamedTuple):
    """One person's answer: True, False or None (not known), and the clause that says why."""

    person: Person
    holds: bool | None
    why: str


def _people(a: Ask) -> list[Person]:
    by_name = {p.name: p for p in a.kb.people.values()}
    return [by_name[n] for n in a.q.people if n in by_name]


def _cite(p: Person, r: Reply) -> str:
    return "".join(r.citations.add(s) for s in p.sources)


def _group_cite(g: AstronautGroup, r: Reply) -> str:
    """The group's first source; for a transfer into a corps, also the second (the lists of who was never in)."""
    return "".join(r.citations.add(s) for s in g.sources[:2 if g.transfer else 1])


def _nationality(a: Ask, p: Person, asked: list[str], r: Reply) -> Finding:
    """Whether the person flew for a state asked, or for one whose adjective holds the word asked ("German" of
    East Germany)."""
    said = {a.kb.states[s].adjective.casefold() for s in asked if s in a.kb.states}
    states = [a.kb.states[s] for s in p.nationalities if s in a.kb.states]
    if not states:
        return Finding(p, None, f"my records do not have {p.name}'s nationality")
    flew = ", then for ".join(s.short for s in states)
    note = a.state_note(states[0].id) if states[0].id in asked else ""
    holds = any(s.id in asked or said & set(s.adjective.casefold().split()) for s in states)
    return Finding(p, holds, f"{p.name} flew for {flew}{note}{_cite(p, r)}")


def agency_finding(a: Ask, p: Person, agency: str, r: Reply) -> Finding:
    groups = corps_of(a.kb, p)
    for g in groups:
        if g.agency == agency:
            return Finding(p, True, f"{p.name} {_how(g)}{_group_cite(g, r)}")
    never = never_in(a.kb, p, agency)
    if never is not None:
        return Finding(p, False, f"{p.name} was never in {agency}'s astronaut corps{_group_cite(never, r)}")
    if groups and groups[0].agency:
        g = groups[0]
        return Finding(p, False, f"{p.name} was selected by {g.agency} in {_group(g)}"
                                 f"{_group_cite(g, r)}, and my records of {agency}'s corps do not list them")
    return Finding(p, None, f"my records do not say whether {p.name} was in {agency}'s astronaut corps")


def _how(g: AstronautGroup) -> str:
    """ "was selected by ESA in ESA Astronaut Group 1992", "moved into ESA's astronaut corps from a national corps"."""
    if g.transfer:
        return f"moved into {g.agency}'s astronaut corps from a national corps (from {g.date.year})"
    return f"was selected by {g.agency} in {_group(g)}"


def _group(g: AstronautGroup) -> str:
    """ "ESA Astronaut Group 1992" or "the Mercury Seven (NASA Astronaut Group 1), 9 April 1959"."""
    when = g.date.text()
    return g.title() if when in g.title() else f"{g.title()}, {when}"


def people_check(a: Ask) -> Reply:
    """Whether each person named holds the nationality or agency the question names."""
    people = _people(a)
    mentions = a.q.of_kind("state")
    if len(people) >= 2 and len(people) == len(a.q.people) and any(a.q.has(w) for w in SAME):
        return _same(a, people[:2])
    if not people or len(people) < len(a.q.people) or not mentions:
        return a.reply(["Whom do you mean? Name the astronauts, for example \"Are both Pedro Duque and "
                        "Franz Viehböck Spanish?\""], clarify=True)
    said = mentions[0].text.casefold()
    if said in _LOOSE:
        return a.reply([f"My records hold the states people flew for and the agencies that chose them, not "
                        f"continents; ask, for example, \"Is {people[0].name} an ESA astronaut?\""], understood=False)
    r = a.reply([], states=list(people[0].nationalities[:1]), bodies=["earth"])
    agency = AGENCY_WORDS.get(said)
    if agency is not None:
        found = [agency_finding(a, p, agency, r) for p in people]
        what = f"{'an' if agency[0] in 'AEIOU' else 'a'} {agency} astronaut"
        rule = (f"Read from the astronaut groups: the group that selected each person, and a later move into "
                f"{agency}'s corps where the sources list it.")
    else:
        asked = a.said_states
        found = [_nationality(a, p, asked, r) for p in people]
        state = a.kb.states[mentions[0].ids[0]]
        adjective = said == state.adjective.casefold() or (" " not in said and said.endswith(_ADJECTIVE_ENDS))
        what = said.title() if adjective else f"from {state.short}"  # "Austrian"; "from the Soviet Union"
        rule = "Read from the states each person flew for in my records (a second citizenship is not recorded)."
    unknown = [f for f in found if f.holds is None]
    if unknown and (_each(a) or not any(f.holds is False for f in found)):
        return Reply([f"I cannot tell: {join([f.why for f in unknown])}."], understood=False)
    whys = "; ".join(f.why for f in found)
    yes = [f.person.name for f in found if f.holds]
    if _each(a) and len(people) > 1:
        if len(yes) == 1:
            r.lines.append(f"{yes[0]} ({what}): {whys}.")
        else:
            r.lines.append(f"{'Both' if yes else 'Neither'}: {whys}.")
    elif len(people) == 1:
        r.lines.append(f"{'Yes' if yes else 'No'}: {whys}.")
    elif len(yes) == len(people):
        r.lines.append(f"Yes, both were {what if agency is None else what.split(' ', 1)[1] + 's'}: {whys}.")
    else:
        only = f"only {yes[0]} was" if len(yes) == 1 else "neither was"
        r.lines.append(f"No, {only} {what}: {whys}.")
    r.lines.append(rule)
    return r


SAME = ("same nationality", "same country", "same citizenship", "same state", "same agency", "same space agency")


def _same(a: Ask, people: list[Person]) -> Reply:
    """ "Are X and Y of the same nationality?": the states each flew for (or the agencies that chose them)."""
    r = a.reply([], states=list(people[0].nationalities[:1]), bodies=["earth"])
    if a.q.has("same agency") or a.q.has("same space agency"):
        groups = [corps_of(a.kb, p) for p in people]
        if not all(groups):
            missing = [p.name for p, g in zip(people, groups, strict=True) if not g]
            return Reply([f"My records do not say which agency selected {join(missing)}."], understood=False)
        sets = [{g.agency for g in gs} for gs in groups]
        whys = "; ".join(f"{p.name} {_how(gs[0])}{_group_cite(gs[0], r)}" for p, gs in zip(people, groups, strict=True))
        r.lines.append(f"{'Yes' if sets[0] & sets[1] else 'No'}: {whys}.")
        r.lines.append("Read from the astronaut groups that selected them (or moved them into a corps).")
        return r
    found = [tuple(p.nationalities) for p in people]
    if not all(found):
        return Reply(["My records do not have the nationality of both of them."], understood=False)
    whys = "; ".join(_nationality(a, p, [], r).why for p in people)
    r.lines.append(f"{'Yes' if set(found[0]) & set(found[1]) else 'No'}: {whys}.")
    r.lines.append("Read from the states each person flew for in my records (a second citizenship is not recorded).")
    return r


def _each(a: Ask) -> bool:
    """ "Which of X and Y is ...", "Is X or Y ...": each person is answered, not the pair."""
    return any(w in a.q.words for w in _ASKS_EACH) and "both" not in a.q.words

