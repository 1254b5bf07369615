"""Which rockets fit what the question says (a number of stages, a country, a maker, a first-flight date or year),
and who built the rockets that flew from a place ("Which company made the rockets launched from SLC-40?").

Lists count the rockets of ``knowledge/rockets.yaml`` (a selection, not every rocket ever flown) and say so; each
rocket once, a family's versions with it. A number, date or name the question gives that these answers do not read
means "not known", never a list that leaves it out.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re

from askspace import rocketlinks
from askspace.compose import capitalise, day, join, names_with_more, number_word, plural
from askspace.handlers.base import Ask, Reply
from askspace.kinds import Rocket
from askspace.queries import expand_states
from askspace.sites import Place

_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "single": 1}
_MONTHS = {m: i for i, m in enumerate(("january", "february", "march", "april", "may", "june", "july", "august",
                                       "september", "october", "november", "december"), start=1)}
_FIRST = ("maiden", "first flight", "first flew", "first flown", "first launch", "first launched", "debut",
          "debuted", "first fly", "inaugural")
_BUILDING = ("made", "make", "makes", "built", "build", "builds", "manufactured", "manufacture", "manufactures",
             "manufacturer", "manufacturers", "maker", "makers", "produced", "created", "contractor", "designed")
_LAUNCHED_FROM = ("launched from", "launch from", "launches from", "flew from", "fly from", "flown from",
                  "lifted off from", "lift off from")
_SITES = ("launch site", "launch sites", "launch pad", "launch pads", "pads", "sites", "places")
_MAKERS = ("company", "companies", "manufacturer", "manufacturers", "maker", "makers", "firm", "firms", "bureau",
           "bureaus", "who")


def _the(r: Rocket) -> str:
    return f"the {r.name}"


def _stage_count(a: Ask) -> tuple[int | None, str | None]:
    """The number of stages asked ("2 stages", "two-stage"), and the number word the question used."""
    words = a.q.words
    typed = {fixed: word for word, fixed in a.q.corrections}  # the speller reads "three" as "there"
    for i, w in enumerate(words[:-1]):
        said = typed.get(w, w)
        if words[i + 1] in ("stage", "stages") and (said.isdigit() or said in _NUMBERS):
            return (int(said) if said.isdigit() else _NUMBERS[said]), w
    return None, None


def _dates(text: str) -> list[dt.date]:
    """The calendar dates written in the question, each reading of an ambiguous "06/09/1984" (US order first)."""
    found: list[dt.date] = []
    t = text.casefold()

    def add(y: int, m: int, d: int) -> None:
        with contextlib.suppress(ValueError):  # "31/02/1990" is no date
            found.append(dt.date(y, m, d))
    for y, m, d in re.findall(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b", t):
        add(int(y), int(m), int(d))
    for first, second, y in re.findall(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b", t):
        add(int(y), int(first), int(second))
        if first != second:
            add(int(y), int(second), int(first))
    months = "|".join(_MONTHS)
    for d, m, y in re.findall(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({months}),?\s+(\d{{4}})\b", t):
        add(int(y), _MONTHS[m], int(d))
    for m, d, y in re.findall(rf"\b({months})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", t):
        add(int(y), _MONTHS[m], int(d))
    return list(dict.fromkeys(found))


def rocket_select(a: Ask) -> Reply:
    """The rockets of the records with the stages, country, maker or first flight the question gives."""
    kb, q = a.kb, a.q
    every = list(kb.rockets.values())
    tests: list[tuple[tuple[str, str], list[Rocket]]] = []  # ((clause for many, for one), the rockets)
    used_numbers: set[str] = set()
    stages, word = _stage_count(a)
    if stages is not None and word is not None:
        used_numbers.add(word)
        n_stages = f"{number_word(stages)} {plural(stages, 'stage')}"
        tests.append(((f"have {n_stages}", f"has {n_stages}"), [r for r in every if r.stages == stages]))
    for sid in dict.fromkeys(q.ids("state")):
        state = kb.states[sid]
        kin = [k for k in expand_states(kb, [sid]) if k != sid]  # "Russia" also finds the Soviet Union's rockets
        also = f" (or {join([kb.states[k].short for k in kin], 'or')})" if kin else ""
        tests.append(((f"come from {state.short}{also}", f"comes from {state.short}{also}"),
                      [r for r in every if r.state in (sid, *kin)]))
    for gid in dict.fromkeys(q.ids("agency")):
        agency = kb.agencies[gid]
        tests.append(((f"were built by {agency.name} (or a stage of them)",
                       f"was built by {agency.name} (or a stage of it)"), rocketlinks.made_by(kb, gid)))
    dates = _dates(q.text)
    if dates:
        for d in dates:
            used_numbers.update({str(d.day), f"{d.day:02d}", str(d.month), f"{d.month:02d}", str(d.year)})
        said = " or ".join(day(d) for d in dates)
        tests.append(((f"first flew on {said}",) * 2, [r for r in every if r.first_flight in dates]))
    elif (years := q.ids("year")) and any(q.has(w) for w in _FIRST):
        year = int(years[0])
        used_numbers.add(years[0])
        tests.append(((f"first flew in {year}",) * 2,
                      [r for r in every if r.first_flight and r.first_flight.year == year]))
    left = [w for w in q.words if w.isdigit() and w not in used_numbers]
    ranked = q.ordinal is not None and not any(q.has(w) for w in _FIRST)  # "the first two-stage rocket"
    if q.ids("state") and any(q.has(w) for w in _LAUNCHED_FROM):  # launched from a country's soil, not made there
        ranked = True
    if not tests or left or ranked or (q.ids("year") and not dates and not any(q.has(w) for w in _FIRST)):
        return a.reply(["I can list the rockets of my records by their number of stages, their country, who built "
                        "them or the date or year of their first flight, but not that."], understood=False)
    chosen = [r for r in every if all(r in found for _, found in tests)]
    r = a.reply([])
    if not chosen:
        r.lines.append(f"None of the {len(every)} rockets in my records {_said(tests, 2)}.")
        r.lines.append("My records hold a selection of launch vehicles, not every rocket ever flown.")
        r.understood = False
        return r
    if any(w in q.words for w in _MAKERS):  # "Which company from the USSR made a rocket?": the makers
        return _makers(a, r, chosen, tests)
    cites = "".join(dict.fromkeys(r.citations.add(x.sources[0]) for x in chosen[:25]))
    shown = [f"{_the(x)}{_detail(x, dates)}" for x in chosen]
    n = len(chosen)
    head = f"{capitalise(number_word(n))} of the {len(every)} rockets in my records"
    r.lines.append(f"{head} {_said(tests, n)}: {names_with_more(shown, 25)}{cites}.")
    r.lines.append(f"Counted: the {len(every)} launch vehicles of my records (a selection, not every rocket ever "
                   "flown), each entry once with its versions" + (", with the stages as their sources number them."
                                                                   if stages else "."))
    states = [x.state for x in chosen if x.state]
    r.states = list(dict.fromkeys(s for s in states if s in kb.states))
    return r


def _makers(a: Ask, r: Reply, chosen: list[Rocket], tests: list[tuple[tuple[str, str], list[Rocket]]]) -> Reply:
    """The agencies and companies that built the chosen rockets (or a stage of them), each with its rockets."""
    by_maker: dict[str, list[Rocket]] = {}
    for x in chosen:
        for m in rocketlinks.makers_of(a.kb, x):
            by_maker.setdefault(m, []).append(x)
    if not by_maker:
        r.lines.append("My records do not name the makers of those rockets.")
        r.understood = False
        return r
    cites = "".join(dict.fromkeys(r.citations.add(x.sources[0]) for x in chosen[:25]))
    parts = [f"{a.kb.agencies[m].name} ({join([_the(x) for x in rockets])})" for m, rockets in by_maker.items()]
    n = len(chosen)
    said = _said(tests, 2)
    r.lines.append(f"The rockets of my records that {said} were built by {join(parts)}{cites}.")
    r.lines.append(f"Counted: the {number_word(n)} {plural(n, 'rocket')} of my records that {_said(tests, n)}; "
                   "a builder is the agency or company that designed or built a rocket or one of its stages (my "
                   "records hold a selection of rockets, not every one ever flown).")
    return r


def _said(tests: list[tuple[tuple[str, str], list[Rocket]]], n: int) -> str:
    """What the rockets share, for one rocket or many: "has two stages and comes from France"."""
    return join([clauses[1] if n == 1 else clauses[0] for clauses, _ in tests])


def _detail(r: Rocket, dates: list[dt.date]) -> str:
    """A short note after a rocket's name: the reading of an ambiguous date it matched."""
    if len(dates) > 1 and r.first_flight in dates:
        return f" ({day(r.first_flight)})"
    return ""


def pad_makers(a: Ask) -> Reply:
    """Who built the rockets of the records that flew from the place the question names."""
    kb = a.kb
    ids = a.q.ids("place")
    if not ids:
        return a.reply(["Which launch site or pad do you mean?"], clarify=True)
    inner = [i for i in ids if not any(j != i and rocketlinks.inside(kb, j, i) for j in ids)]
    place = kb.places[inner[0]]  # "Site 45 at Baikonur": the pad
    if not any(a.q.has(w) for w in _BUILDING) and any(a.q.has(w) for w in _SITES):
        return _other_sites(a, place)  # "the other launch sites of the rockets launched from LC-5"
    if not any(a.q.has(w) for w in _BUILDING):  # "Which companies launched from ...": the operators, not the builders
        return a.reply([f"My records say who built the rockets launched from {place.name}, not which companies "
                        "operated their launches."], understood=False)
    flown = rocketlinks.flew_from(kb, place.id)
    r = a.reply([])
    if not flown:
        r.lines.append(f"My records hold no rocket launched from {place.name}.")
        r.understood = False
        return r
    by_maker: dict[str, list[Rocket]] = {}
    unnamed: list[Rocket] = []
    for rocket, _ in flown:
        makers = rocketlinks.makers_of(kb, rocket)
        if not makers:
            unnamed.append(rocket)
        for m in makers:
            by_maker.setdefault(m, []).append(rocket)
    cites = "".join(dict.fromkeys([*(r.citations.add(x.sources[0]) for x, _ in flown),
                                   *(r.citations.add(s) for s in place.sources[:1])]))
    parts = [f"{kb.agencies[m].name} ({join([_the(x) for x in rockets])})" for m, rockets in by_maker.items()]
    parts += [f"{x.makers} ({_the(x)})" if x.makers else f"a maker my records do not name ({_the(x)})"
              for x in unnamed]
    name = _place_name(a, place)
    r.lines.append(f"The rockets of my records launched from {name} were built by {join(parts)}{cites}.")
    n = len(flown)
    r.lines.append(f"Counted: the {number_word(n)} {plural(n, 'rocket')} of my records that flew from {name} or a "
                   "pad in it (a pad their records name, or the launch site of one of their missions in my records); "
                   "a builder is the agency or company that designed or built a rocket or one of its stages. My "
                   "records hold a selection of rockets, not every one that flew there.")
    return r


def _place_name(a: Ask, place: Place) -> str:
    """A pad with its site: "Site 45 at the Baikonur Cosmodrome"; a site by its name."""
    kb = a.kb
    if place.parent is None or place.parent not in kb.places or place.kind != "launch-complex":
        return place.name
    site = kb.places[place.parent]
    while site.parent is not None and site.kind != "launch-site" and site.parent in kb.places:
        site = kb.places[site.parent]
    return f"{place.name} at {site.name}"


def _other_sites(a: Ask, place: Place) -> Reply:
    """The other places the rockets that flew from ``place`` were launched from."""
    kb = a.kb
    flown = [x for x, _ in rocketlinks.flew_from(kb, place.id)]
    r = a.reply([])
    parts = []
    for x in flown:
        others = [p for p in rocketlinks.places_of(kb, x)
                  if not rocketlinks.inside(kb, p, place.id) and not rocketlinks.inside(kb, place.id, p)]
        if others:
            parts.append(f"{_the(x)}: {join([kb.places[p].name for p in others])}")
    if not flown or not parts:
        none = "no rocket" if not flown else "no other launch place of the rockets"
        r.lines.append(f"My records hold {none} launched from {_place_name(a, place)}.")
        r.understood = False
        return r
    cites = "".join(dict.fromkeys(r.citations.add(x.sources[0]) for x in flown))
    r.lines.append(f"The rockets of my records launched from {_place_name(a, place)} also flew from these places: "
                   f"{'; '.join(parts)}{cites}.")
    r.lines.append("Counted: the places of their records (their pads, and the launch sites of their missions and of "
                   "their family's missions in my records); my records hold notable launches only.")
    return r
