"""The launch sites, pads and centres an agency runs (the places' ``operator``, knowledge/places.yaml): "Which
spaceport does Roscosmos control?", "Give me all launch pads operated by NASA".

An agency that runs none of the places of the records but whose successor does is answered with the successor,
said as such ("the Russian Space Agency's successor Roscosmos runs ..."). The records hold notable places only.
"""

from __future__ import annotations

from askspace.compose import capitalise, join, number_word, plural
from askspace.handlers.base import Ask, Reply
from askspace.sites import Place
from askspace.text import normalise

_LAUNCH = ("launch-site", "launch-complex", "test-range")
_KINDS = (  # (words, the kinds of place they ask for, how answers name them)
    (("spaceport", "spaceports", "cosmodrome", "cosmodromes", "launch base", "launch bases"), ("launch-site",),
     "launch sites"),
    (("launch pad", "launch pads", "pad", "pads", "launch complex", "launch complexes", "complex", "complexes"),
     ("launch-complex", "launch-site"), "launch sites and pads"),
    (("launch site", "launch sites", "site", "sites"), _LAUNCH, "launch sites"),
    (("centre", "centres", "center", "centers", "field centre", "field centers"), ("centre",), "centres"),
    (("landing zone", "landing zones", "landing site", "landing sites"), ("landing-zone",), "landing zones"),
)


def _asked(a: Ask) -> tuple[tuple[str, ...], str]:
    for words, kinds, said in _KINDS:
        if any(a.q.has(w) for w in words):
            return kinds, said
    return ("launch-site", "launch-complex", "test-range", "centre", "landing-zone"), "places"


def _run_by(a: Ask, agency: str, kinds: tuple[str, ...]) -> list[Place]:
    return [p for p in a.kb.places.values() if p.operator == agency and p.kind in kinds]


def _agencies_said_as_states(a: Ask) -> list[str]:
    """Agencies whose name the question used where it reads as a state ("NASA", "Roscosmos")."""
    said = {tuple(m.text.split()) for m in a.q.of_kind("state")}
    return [g.id for g in a.kb.agencies.values()
            if any(normalise(n).words in said for n in (g.name, *g.aliases))]


def agency_places(a: Ask) -> Reply:
    """The places of the asked kinds that the agency named runs (or, when it runs none, its successor)."""
    ids = list(dict.fromkeys([*a.q.ids("agency"), *_agencies_said_as_states(a)]))
    if len(ids) != 1:
        return a.reply(["Which agency do you mean?"], clarify=not ids, understood=False)
    agency = a.kb.agencies[ids[0]]
    kinds, said = _asked(a)
    places, who = _run_by(a, agency.id, kinds), agency.name
    r = a.reply([])
    if not places:
        for successor in agency.successors:
            if (found := _run_by(a, successor, kinds)):
                places, who = found, f"{agency.name}'s successor {a.kb.agencies[successor].name}"
                break
    if not places:
        r.lines.append(f"My records name none of the {said} they hold as run by {agency.name}.")
        r.understood = False
        return r
    cites = "".join(dict.fromkeys(r.citations.add(p.sources[0]) for p in places))
    names = [p.name for p in places]
    n = len(places)
    r.lines.append(f"{capitalise(who)} runs {number_word(n)} of the {said} in my records: {join(names)}{cites}.")
    r.lines.append(f"Counted: the {plural(2, 'place')} of my records (notable ones only) whose operator is "
                   f"{who.split(' successor ')[-1]}; a pad is counted apart from its site.")
    return r
