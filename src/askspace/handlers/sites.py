"""Places: where a launch site, range, centre or landing zone is, when it opened, what it was renamed, what was
launched from it; and where a mission was launched from and where a crewed flight came down.

The fact asked comes first; a fact the records lack is said to be missing (not understood), never replaced by a
nearby one.
"""

from __future__ import annotations

from askspace import sitelinks
from askspace.compose import capitalise, day, join, names_with_more, state_name
from askspace.handlers.base import Ask, Reply
from askspace.handlers.named import card_only
from askspace.model import Mission, Source
from askspace.sites import Happening, MissionPlace, Place, When

_RENAMED = ("renamed", "rename", "new name", "old name", "former name", "original name", "originally called",
            "called before", "previously called", "previous name", "name changed", "change its name",
            "changed its name", "named after", "named for", "what was it called", "name")
_OPENED = ("opened", "open", "founded", "established", "built", "created", "set up", "how old", "begin", "began",
           "start", "started", "formed")
_FIRST = ("first launch", "first launched", "first rocket", "first flight", "first landing", "first")
_LAST = ("last launch", "last launched", "last rocket", "last flight", "last")
_LIST = ("which missions", "what missions", "which flights",
         "what flights", "what was launched", "what has been launched", "which spacecraft", "what spacecraft",
         "missions", "spaceflight", "flights", "launched from", "launches")
_ROCKETS = ("which rockets", "what rockets", "rockets", "which launch vehicles", "what launch vehicles",
            "launch vehicles", "which rocket", "what rocket")
_OPERATOR = ("who operates", "operated by", "operates", "operator", "who runs", "run by", "runs", "controlling",
             "belong to", "belongs to", "owns", "owned", "who owns")
_PROVINCE = ("what state", "which state", "what us state", "which us state", "what province", "which province",
             "in what state", "state")
_COUNTRY = ("what country", "which country", "country", "nation")
_CITY = ("what city", "which city", "city", "town", "near what", "nearest")
_LAND = ("land", "landed", "landing", "splash down", "splashdown", "splashed down", "splash", "splashed",
         "came down", "come down", "recovered", "recovery", "picked up", "return", "returned", "coming back",
         "came back", "come back", "back to earth", "back on earth", "on earth")


def _cite(r: Reply, *sources: Source) -> str:
    return "".join(r.citations.add(s) for s in sources)


def _when(w: When) -> str:
    return f"on {day(w.date)}" if w.date else f"in {w.year}"


def _missing(r: Reply, text: str) -> Reply:
    r.lines.append(text)
    r.understood = False
    return r


def _where(a: Ask, p: Place, detail: str = "") -> str:
    """Where the place is, as one clause: 'at Launch Complex 39 of the Kennedy Space Center, on Merritt Island,
    Brevard County, Florida, the United States'; ``detail`` keeps the town (``city``), only the state or
    province (``province``), or only the country (``country``)."""
    base = sitelinks.located(a.kb, p.id)
    if base is None or base.located is None:
        return ""
    loc = base.located
    country = state_name(a.kb, loc.country)
    if detail == "country" or (detail == "province" and not loc.province):
        return f"in {country}"
    if detail == "province":
        return f"in {loc.province}, {country}"
    inside = [q.name for q in sitelinks.chain(a.kb, p.id)[1:]] if base.id != p.id else []  # a pad: its site
    at = f"at {inside[0]}" + (f" of {inside[-1]}" if len(inside) > 1 else "") if inside else ""
    rest = [x for x in (loc.region if detail != "city" else None, loc.province, country) if x]
    if loc.place:
        town = f"in {loc.place[3:]}" if at and loc.place.startswith("at ") else loc.place
        return ", ".join(x for x in (at, town, *rest) if x)
    return ", ".join(x for x in (at, f"in {rest[0]}", *rest[1:]) if x)


def _gone(a: Ask, p: Place) -> bool:
    """A place that became another entry (the Space Task Group became the Manned Spacecraft Center)."""
    if not p.renamed:
        return False
    from askspace.text import normalise

    last = normalise(p.renamed[-1].name).words
    return any(o.id != p.id and last in {normalise(n).words for n in (o.name, *o.aliases)}
               for o in a.kb.places.values())


def _is(a: Ask, p: Place) -> str:
    return "was" if _gone(a, p) else "is"


def place_facts(a: Ask) -> Reply:
    """The fact the question asks about the place it names."""
    ids = a.q.ids("place") or _agency_places(a)
    if not ids:
        return a.reply(["I have no launch site, range or centre of that name in my records."], understood=False)
    from askspace.handlers.history import history_fact  # a dated history fact about it (a renaming) comes first

    if (told := history_fact(a)).understood:
        return told
    q = a.q
    r = a.reply([])
    if len(ids) > 1:  # "When did the Redstone Arsenal become the Marshall Space Flight Center?": the one inside
        inner = [i for i in ids if any(o in ids for o in (x.id for x in sitelinks.chain(a.kb, i)[1:]))]
        if not inner or not (q.has("when") or q.has("what year")):
            return _missing(r, "My place records answer questions about one place at a time.")
        inside = a.kb.places[inner[0]]
        return _opened(inside, r, within=sitelinks.chain(a.kb, inside.id)[1].name)
    p = _as_said(a, a.kb.places[ids[0]])
    if any(q.has(w) for w in _OPERATOR):
        return _operator(a, p, r)
    if any(q.has(w) for w in _RENAMED) and (p.renamed or not q.has("name")):
        return _renamed(a, p, r)
    if any(q.has(w) for w in _LAST) and p.last_launch:
        return _event(p, r, "last launch", p.last_launch)
    if any(q.has(w) for w in _FIRST):
        landing = q.has("first landing") or (p.kind == "landing-zone" and any(q.has(w) for w in _LAND))
        ev = p.first_landing if landing else p.first_launch
        if ev is None:
            return _missing(r, f"My records do not have the first {'landing' if landing else 'launch'} "
                               f"{'at' if landing else 'from'} {p.name}.")
        return _event(p, r, "first landing" if landing else "first launch", ev)
    if (q.has("when") or q.has("what year")) and any(q.has(w) for w in _OPENED):
        return _opened(p, r)
    if any(q.has(w) for w in _ROCKETS) and not q.has("where"):
        return _rockets(a, p, r)
    if any(q.has(w) for w in _LIST) and not q.has("where"):
        return _launches(a, p, r)
    asks = _outside_names(a)
    if q.has("where") or q.has("located") or q.has("location") or asks & {*_PROVINCE, *_COUNTRY, *_CITY}:
        detail = "city" if asks & set(_CITY) else "province" if asks & set(_PROVINCE) else \
            "country" if asks & set(_COUNTRY) else ""
        return _location(a, p, r, detail)
    if card_only(a):
        return _card(a, p, r)
    return _missing(r, f"I can say where {p.name} is, when it opened, what it was renamed, who runs it and what was "
                       "launched from it, but not that.")


def _outside_names(a: Ask) -> set[str]:
    """The phrases of up to three words of the question outside its names ("Star City" asks for no city)."""
    named = {i for m in a.q.mentions for i in range(m.start, m.end)}
    words = [w if i not in named else "" for i, w in enumerate(a.q.words)]
    return {" ".join(words[i:i + n]) for n in (1, 2, 3) for i in range(len(words) - n + 1) if all(words[i:i + n])}


def _as_said(a: Ask, p: Place) -> Place:
    """The place, its name followed by the alias the question used when the name does not show it:
    "Cape Canaveral Space Force Station (Cape Canaveral Air Force Station)"."""
    from askspace.text import normalise

    shown = " " + " ".join(normalise(p.name).words) + " "
    for m in a.q.mentions:
        if m.kind in ("place", "agency") and f" {m.text} " not in shown:
            alias = next((n for n in p.aliases if normalise(n).words == tuple(m.text.split())), None)
            if alias:
                return p._replace(name=f"{p.name} ({alias})")
    return p


def _agency_places(a: Ask) -> list[str]:
    """Places named by an agency's name ("JPL" is the laboratory and the place it works from)."""
    from askspace.text import normalise

    said = {tuple(m.text.split()) for m in a.q.of_kind("agency")}
    return [p.id for p in a.kb.places.values() if said & {normalise(n).words for n in (p.name, *p.aliases)}][:1]


def _location(a: Ask, p: Place, r: Reply, detail: str) -> Reply:
    where = _where(a, p, detail)
    r.lines.append(f"{capitalise(p.name)} {_is(a, p)} {where}{_cite(r, *p.sources)}.")
    if _gone(a, p):
        last = p.renamed[-1]
        note = f" {last.note}" if last.note else ""
        r.lines.append(f"It became {last.name} {_when(last.when)}{note}.")
    elif p.notes and sitelinks.located(a.kb, p.id) is p and detail == "country":
        r.lines.append(p.notes[0])
    return r


def _operator(a: Ask, p: Place, r: Reply) -> Reply:
    agency = a.kb.agencies.get(p.operator or "")
    who = agency.name if agency else p.operator_name
    if who is None:
        return _missing(r, f"My records do not say who runs {p.name}.")
    r.lines.append(f"{capitalise(p.name)} {'was' if _gone(a, p) else 'is'} run by {who}{_cite(r, *p.sources)}.")
    return r


def _renamed(a: Ask, p: Place, r: Reply) -> Reply:
    if not p.renamed:
        return _missing(r, f"My records have no other name of {p.name}.")
    steps = [f"{rn.name} {_when(rn.when)}" + (f" ({rn.note})" if rn.note else "") for rn in p.renamed]
    r.lines.append(f"{capitalise(p.name)} was renamed {join(steps, 'and then')}{_cite(r, *p.sources)}.")
    return r


def _event(p: Place, r: Reply, what: str, ev: Happening) -> Reply:
    date, text = ev.date, ev.what
    prep = "at" if what == "first landing" else "from"
    r.lines.append(f"The {what} {prep} {p.name} was {text}, on {day(date)}{_cite(r, *p.sources)}.")
    return r


def _opened(p: Place, r: Reply, within: str = "") -> Reply:
    if p.opened is None:
        extra = f"; its first launch was on {day(p.first_launch.date)}" if p.first_launch else ""
        return _missing(r, f"My records do not say when {p.name} opened{extra}.")
    at = f" at {within}" if within else ""
    r.lines.append(f"{capitalise(p.name)} was set up{at} {_when(p.opened)}{_cite(r, *p.sources)}.")
    if p.first_launch:
        r.lines.append(f"Its first launch was {p.first_launch.what}, on {day(p.first_launch.date)}.")
    return r


def _launches(a: Ask, p: Place, r: Reply) -> Reply:
    found = sitelinks.launched_from(a.kb, p.id)
    if not found:
        return _missing(r, f"My records hold no mission launched from {p.name}.")
    names = names_with_more([m.name for m in found], limit=12)
    r.lines.append(f"The missions of my records launched from {p.name}: {names}"
                   f"{_cite(r, *_sources_of(a, found))}.")
    r.lines.append("Counted: the missions my records hold with that launch site (they hold notable missions only).")
    r.use(*found)
    return r


def _rockets(a: Ask, p: Place, r: Reply) -> Reply:
    from askspace.rocketlinks import flew_from

    found = [m for m in sitelinks.launched_from(a.kb, p.id) if m.rocket and m.rocket in a.kb.rockets]
    rockets = list(dict.fromkeys(a.kb.rockets[m.rocket].name for m in found if m.rocket))
    padded = [x for x, how in flew_from(a.kb, p.id) if how == "pads" and x.name not in rockets]  # their own pads
    if not found and not padded:
        return _missing(r, f"My records hold no rocket launched from {p.name}.")
    if found:
        r.lines.append(f"The rockets of the missions of my records launched from {p.name}: {join(rockets)}"
                       f"{_cite(r, *_sources_of(a, found))}.")
        r.lines.append(f"Counted: the rockets that launched the {len(found)} missions my records hold with that "
                       "launch site (they hold notable missions only).")
        r.use(*found)
    if padded:
        also = "also " if found else ""
        r.lines.append(f"My rocket records {also}name {p.name} (or a pad in it) among the launch places of "
                       f"{join(['the ' + x.name for x in padded])}"
                       f"{_cite(r, *dict.fromkeys(x.sources[0] for x in padded))}.")
    return r


def _sources_of(a: Ask, missions: list[Mission]) -> list[Source]:
    return list(dict.fromkeys(s for m in missions for s in a.kb.mission_places[m.id].sources[:1]
                              if m.id in a.kb.mission_places))


def _card(a: Ask, p: Place, r: Reply) -> Reply:
    where = _where(a, p)
    summary = f" {p.summary}" if p.summary else ""
    r.lines.append(f"{capitalise(p.name)} {_is(a, p)} a {p.kind_name} {where}{_cite(r, *p.sources)}.{summary}")
    if p.opened:
        r.lines.append(f"Set up {_when(p.opened)}.")
    return r


def mission_place(a: Ask) -> Reply:
    """Where the missions the question names were launched from or came down."""
    ids = list(dict.fromkeys(i for m in a.q.of_kind("mission") for i in m.ids))
    if not ids:
        return a.reply(["Which mission do you mean?"], understood=False)
    landing = any(a.q.has(w) for w in _LAND) and not any(a.q.has(w) for w in ("launched", "launch", "lift off"))
    r = a.reply([])
    held = [(a.kb.missions[i], a.kb.mission_places.get(i)) for i in ids]
    for m, mp in held:
        if mp is None:
            r.lines.append(f"My records do not say where {m.name} was {'landed' if landing else 'launched from'}.")
        elif landing:
            _landing(a, m, mp, r)
        else:
            _launch(a, m, mp, r)
    r.use(*(m for m, _ in held))
    if all(line.startswith("My records do not") for line in r.lines):
        r.understood = False
    return r


def _launch(a: Ask, m: Mission, mp: MissionPlace, r: Reply) -> None:
    chain = sitelinks.chain(a.kb, mp.launch_site)
    site = chain[0].name if len(chain) == 1 else f"{chain[0].name} of {chain[-1].name}"
    loc = _where(a, chain[-1], "province")
    r.lines.append(f"{m.name} was launched from {site} ({loc[3:]}) on {day(m.launch)}{_cite(r, *mp.sources)}.")
    r.lines.extend(n[:1].upper() + n[1:] + "." for n in mp.notes[:1])


def _landing(a: Ask, m: Mission, mp: MissionPlace, r: Reply) -> None:
    ld = mp.landing
    if ld is None:
        reason = f": {mp.notes[0]}" if mp.notes else ""
        r.lines.append(f"My records do not say where {m.name} came down{reason}.")
        return
    verb = {"splashdown": "splashed down in", "land": "came down in", "runway": "landed at"}[ld.kind]
    if ld.kind == "land" and not ld.place.startswith(("the ", "a ")):
        verb = "came down at"
    landed = ld.date or m.end
    when = f" on {day(landed)}" if landed else ""
    ship = f"; it was recovered by {ld.recovered_by}" if ld.recovered_by else ""
    r.lines.append(f"{m.name} {verb} {ld.place}{when}{ship}{_cite(r, *mp.sources)}.")
    r.lines.extend(n[:1].upper() + n[1:] + "." for n in mp.notes[:1])
