"""Quiz clues about places: "This Florida cape was renamed for a president in 1963" names Cape Canaveral.

A clue asks for a place when "this" is followed, within a few words, by a noun of a kind of place (cape,
cosmodrome, spaceport, launch site, centre, range, base). The other words narrow the places of that kind: a state
or country named (by a state mention, or a state or province of the place's location said in the clue), a year
(the year it opened, was renamed, or first launched or landed something), a mission of the records launched from
it. The clue is answered only when it narrows them to exactly one place, and by at least one thing besides the
noun; otherwise it is not read as a place clue (None). A clue that asks for "this island", "this city", "this
state" or "this country" and names places is answered with that part of the location of the one named place
that has it ("... I'm not on Cape Canaveral, but on this nearby island": the Kennedy Space Center's Merritt Island).
"""

from __future__ import annotations

from typing import NamedTuple

from askspace import sitelinks
from askspace.compose import Citations, day, state_name
from askspace.handlers.base import Reply
from askspace.model import KnowledgeBase
from askspace.parse import Question
from askspace.sites import Place

_WINDOW = 5
# the nouns of a clue's "this ..." phrase and what they select: a word of the name, or kinds of place
_NOUNS: dict[str, tuple[str, tuple[str, ...]]] = {
    "cape": ("cape", ("launch-site",)),
    "cosmodrome": ("cosmodrome", ("launch-site",)),
    "spaceport": ("", ("launch-site",)),
    "site": ("", ("launch-site", "launch-complex", "landing-zone")),
    "pad": ("", ("launch-complex",)),
    "complex": ("", ("launch-complex",)),
    "center": ("", ("centre", "launch-site")),
    "centre": ("", ("centre", "launch-site")),
    "range": ("", ("test-range",)),
    "base": ("", ("launch-site", "landing-zone", "test-range")),
    "arsenal": ("arsenal", ("test-range",)),
}


class Fit(NamedTuple):
    place: Place
    why: str  # the fact that matched the year, said in the answer ("renamed Cape Kennedy in 1963")


# the nouns of a "this ..." phrase that ask where a named place is: "I'm not on Cape Canaveral, but on this nearby
# island" (the Kennedy Space Center's Merritt Island)
_PARTS = {"island": "island", "city": "town", "town": "town", "state": "province", "country": "country"}


def _asked(words: tuple[str, ...], nouns: dict[str, object]) -> object | None:
    for i, word in enumerate(words):
        if word != "this":
            continue
        for w in words[i + 1:i + 1 + _WINDOW]:
            if w in nouns:
                return nouns[w]
    return None


def _part(kb: KnowledgeBase, p: Place, part: str) -> str | None:
    """The town, island, state or country of a place's location, as a clue's answer."""
    base = sitelinks.located(kb, p.id)
    loc = base.located if base else None
    if loc is None:
        return None
    if part == "country":
        return state_name(kb, loc.country)
    if part == "province":
        return loc.province
    words = (loc.place or "").split(" ", 1)
    place = words[1].split(" (")[0] if len(words) == 2 and words[0] in ("at", "in", "on") else None
    if place is None or place.startswith("the "):
        return None
    return place if (part == "island") == ("island" in place.lower().split()) else None


def _located(kb: KnowledgeBase, q: Question, part: str, cite: Citations) -> tuple[Reply, dict[str, object]] | None:
    """The one named place whose location has the part the clue asks for."""
    found = [(p, v) for p in (kb.places[i] for i in dict.fromkeys(q.ids("place"))) if (v := _part(kb, p, part))]
    if len(found) != 1:
        return None
    p, value = found[0]
    text = f" {' '.join(q.words)} "
    said = {loc.province for o in kb.places.values() if (loc := o.located) and loc.province
            and f" {' '.join(loc.province.lower().split())} " in text}
    base = sitelinks.located(kb, p.id)
    if said - {base.located.province if base and base.located else None}:
        return None  # "this Texas city" said of a place in California
    refs = "".join(cite.add(s) for s in p.sources)
    where = {"island": "is on", "town": "is in", "province": "is in", "country": "is in"}[part]
    reply = Reply([f"{value}: {p.name} {where} {value}{refs}."], citations=cite)
    return reply, {"answer": part, "places": [p.id], "aggregate": "the one"}


def _years(p: Place) -> list[tuple[int, str]]:
    out = [(p.opened.year, f"it was set up {_when(p.opened.date, p.opened.year)}")] if p.opened else []
    out += [(r.when.year, f"it was renamed {r.name} {_when(r.when.date, r.when.year)}") for r in p.renamed]
    out += [(e.date.year, f"its {what} was {e.what}, {day(e.date)}") for what, e in
            (("first launch", p.first_launch), ("first landing", p.first_landing)) if e]
    return out


def _when(date: object, year: int) -> str:
    return f"on {day(date)}" if date is not None else f"in {year}"  # type: ignore[arg-type]


def evaluate(kb: KnowledgeBase, q: Question, cite: Citations) -> tuple[Reply, dict[str, object]] | None:
    """The one place the clue describes, or None."""
    if not kb.places or q.wh_word is not None or q.yes_no:
        return None
    part = _asked(q.words, dict(_PARTS))
    if isinstance(part, str):
        return _located(kb, q, part, cite)
    asked = _asked(q.words, dict(_NOUNS))
    if not isinstance(asked, tuple):
        return None
    name_word, kinds = asked
    text = f" {' '.join(q.words)} "
    states = set(q.ids("state"))
    years = {int(y) for y in q.ids("year")}
    missions = {i for m in q.mentions if m.kind == "mission" for i in m.ids[:1]}
    fits: list[Fit] = []
    for p in kb.places.values():
        if p.kind not in kinds or (name_word and name_word not in p.name.lower().split()):
            continue
        base = sitelinks.located(kb, p.id)
        loc = base.located if base else None
        said = {loc.country} & states if loc else set()
        if loc and loc.province and f" {loc.province.lower()} " in text:
            said.add(loc.province)
        if states and not said:
            continue
        launched = {m.id: m for m in sitelinks.launched_from(kb, p.id)} if missions else {}
        if missions and not missions <= set(launched):
            continue
        facts = [(launched[i].launch.year, f"{launched[i].name} was launched from it on {day(launched[i].launch)}")
                 for i in sorted(missions)] + _years(p)
        why = facts[0][1] if missions else ""
        if years:
            matched = [w for y, w in facts if y in years]
            if not matched:
                continue
            why = matched[0]
        if said or why or missions:
            fits.append(Fit(p, why))
    if len(fits) != 1:
        return None
    p, why = fits[0]
    where = ""
    if (base := sitelinks.located(kb, p.id)) is not None and base.located is not None:
        loc = base.located
        where = f", in {loc.province + ', ' if loc.province else ''}{state_name(kb, loc.country)}"
    refs = "".join(cite.add(s) for s in p.sources)
    detail = f": {why}" if why else ""
    reply = Reply([f"{p.name[:1].upper() + p.name[1:]}{where}{detail}{refs}."], citations=cite)
    return reply, {"answer": "place", "places": [p.id], "years": sorted(years), "aggregate": "the one"}
