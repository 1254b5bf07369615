"""Facts about one launch vehicle or rocket family: who built it, when it first and last flew, what
it launched (the missions linked to it, and to the rockets of its family), and a short card.

The fact asked comes first; a fact the records lack is said to be missing (not understood, exit 1).
"""

from __future__ import annotations

from askspace.compose import Citations, capitalise, day, join, names_with_more, number_word, plural, possessive
from askspace.handlers.base import Ask, Reply
from askspace.handlers.named import NamedRocket, card_only, named_rockets, unknown_version
from askspace.kinds import Rocket
from askspace.model import KnowledgeBase, Mission
from askspace.text import normalise

_DESIGNED = ("who designed", "designer", "designed", "chief designer", "who developed", "developed", "developing",
             "develop")
_COUNTRY = ("country of origin", "what country", "which country", "country", "countries", "nation")
_BUILT = ("who built", "who made", "who build", "built", "made", "builder", "manufacturer", "manufactured")
_LAUNCHED = ("what did", "which missions", "what missions", "which mission", "missions", "what has",
             "launched", "carry", "carried", "payloads", "flights")
_LAST = ("last", "retired", "retire", "final", "still")
_FIRST = ("first", "maiden", "debut", "first time", "when")
_RANKED = ("first", "maiden", "debut", "last", "final")


def rocket_facts(a: Ask) -> Reply:
    """The fact the question asks about the rocket it names."""
    found = named_rockets(a)
    if not found:
        return a.reply(["Which rocket do you mean? Name it, for example \"Saturn V\"."], clarify=True)
    if (variant := unknown_version(a, "rocket")) is not None:
        return a.reply([f"My records do not have the {variant.title()} as a rocket of their own, so I cannot answer "
                        "that about it."], understood=False)
    q = a.q
    building = any(q.has(w) for w in (*_DESIGNED, *_BUILT))
    if building:  # "Who made the Delta III and the Space Shuttle?": a program that is also a rocket's name
        found += [NamedRocket(a.kb.rockets[i], None) for i in dict.fromkeys(q.ids("program"))
                  if i in a.kb.rockets and all(x.rocket.id != i for x in found)]
    r = a.reply([], states=list(dict.fromkeys(x.rocket.state for x in found if x.rocket.state in a.kb.states)))
    if q.has("who") and not building:  # "who was launched on it": people
        return a.reply(["My rocket records say who built each rocket, not who flew on it."], understood=False)
    if (unread := _unread(a, building)) is not None:  # "the first crewed flight of the Soyuz": not a first flight
        return a.reply([f"My rocket records do not say that ({unread})."], understood=False)
    for rocket, version in found:  # "When did the Saturn V and the N1 first fly?": each one
        _one(a, rocket, version, r)
    return r


def _one(a: Ask, rocket: Rocket, version: str | None, r: Reply) -> None:
    """The fact asked about one rocket (or the version of it that the question names)."""
    q = a.q
    of = f", of which the {version} is a version" if version else ""
    if any(q.has(w) for w in _DESIGNED):
        _designer(a, rocket, r, of)
    elif any(q.has(w) for w in _BUILT):
        _builder(a, rocket, r, of)
    elif any(q.has(w) for w in _COUNTRY):
        _country(a, rocket, r, of)
    elif q.has("how many") or q.has("how often"):
        _how_many(rocket, r, version)
    elif any(q.has(w) for w in _LAUNCHED) and not any(q.has(w) for w in _RANKED):  # "which mission was its first
        # flight" asks the first, "which missions did it launch" the list
        _launched(a, rocket, r, version)
    elif version and (any(q.has(w) for w in _LAST) or any(q.has(w) for w in _FIRST)):
        _missing(r, f"My records do not have the {version}'s own flight dates: it is a version of {_the(rocket)}, "
                    f"which first flew on {day(rocket.first_flight)}.")
    elif any(q.has(w) for w in _LAST):
        _last(a, rocket, r)
    elif any(q.has(w) for w in _FIRST) and not q.has("tell me about"):
        _first(a, rocket, r)
    elif card_only(a):
        if version:
            r.lines.append(f"The {version} is a version of {_the(rocket)}.")
        card(a, rocket, r)
    else:
        _missing(r, f"I can say who built {_the(rocket)}, when it first and last flew and what it launched in my "
                    "records, but not that.")


_OTHER_KINDS = frozenset({"mission", "program", "body", "person", "year"})


def _unread(a: Ask, building: bool) -> str | None:
    """What the question asks besides the rocket that these answers do not evaluate, or None.

    A first flight is not the first crewed flight, the first to the Moon, the second or the first in 1966; only
    who built or designed it may name the missions it launched ("the Juno I that launched Explorer 1").
    """
    q = a.q
    kinds = {m.kind for m in q.mentions} & (_OTHER_KINDS - ({"mission", "program"} if building else set()))
    reasons = [f"a {kind} named with it" for kind in sorted(kinds)]
    if q.crewed is not None:
        reasons.append("crewed or robotic flights")
    if set(q.events) - {"launch"}:
        reasons.append(f"'{next(iter(set(q.events) - {'launch'}))}'")
    if q.relation is not None:
        reasons.append(f"'{q.relation.kind}'")
    if q.ordinal not in (None, "first", "last"):
        reasons.append(f"'{q.ordinal}'")
    if q.outcome is not None and (building or not any(q.has(w) for w in _FIRST)):
        reasons.append("successes and failures")
    return reasons[0] if reasons else None


def _how_many(rocket: Rocket, r: Reply, version: str | None) -> None:
    if version or rocket.launches is None:
        _missing(r, f"My records do not have how many times the {version or rocket.name} flew; the missions they "
                    "link to it are notable ones only, not every launch.")
        return
    r.lines.append(f"{capitalise(_the(rocket))} was launched {rocket.launches} times, from "
                   f"{day(rocket.first_flight)} to {day(rocket.last_flight)}{_cite(rocket, r)}.")


def _cite(rocket: Rocket, r: Reply) -> str:
    return "".join(r.citations.add(s) for s in rocket.sources)


def _the(rocket: Rocket) -> str:
    return f"the {rocket.name}"


def _missing(r: Reply, text: str) -> None:
    r.lines.append(text)
    r.understood = False


def _builder(a: Ask, rocket: Rocket, r: Reply, of: str = "") -> None:
    agency = a.kb.agencies.get(rocket.builder or "")
    if agency is None and not rocket.makers:
        _missing(r, f"My records do not say who built {_the(rocket)}.")
        return
    if agency is not None:
        full = f" ({agency.full_name})" if agency.full_name and agency.full_name != agency.name else ""
        makers = f"; its makers: {rocket.makers}" if rocket.makers else ""
        r.lines.append(f"{agency.name}{full} built {_the(rocket)}{of}{makers}{_cite(rocket, r)}.")
    else:
        r.lines.append(f"{capitalise(_the(rocket))}{of} was built by {rocket.makers}{_cite(rocket, r)}.")


def _country(a: Ask, rocket: Rocket, r: Reply, of: str = "") -> None:
    """The state the rocket is from: "What is the country of origin for the Atlas?"."""
    state = a.kb.states.get(rocket.state or "")
    if state is None or state.kind != "state":  # ESA's rockets are multinational: no one country
        by = f" it was developed by {state.short}, a multinational agency" if state is not None else ""
        _missing(r, f"My records do not give one country for {_the(rocket)}{';' if by else ''}{by}.")
        return
    r.lines.append(f"{capitalise(_the(rocket))}{of} was developed in {state.short}{_cite(rocket, r)}.")


def _designer(a: Ask, rocket: Rocket, r: Reply, of: str = "") -> None:
    if rocket.designer is None:
        agency = a.kb.agencies.get(rocket.builder or "")
        by = f" (it was built by {agency.name})" if agency else ""
        _missing(r, f"My records do not name the designer of {_the(rocket)}{by}.")
        return
    r.lines.append(f"{capitalise(_the(rocket))}{of} was designed by {rocket.designer}{_cite(rocket, r)}.")


def _first(a: Ask, rocket: Rocket, r: Reply) -> None:
    if a.q.has("reach") or a.q.has("reached"):  # "when did the V-2 reach space": a recorded first, not the first flight
        firsts = [f for f in rocket.firsts if "space" in f]
        if not firsts:
            _missing(r, f"My records do not say when {_the(rocket)} first reached space.")
            return
        r.lines.append(f"{capitalise(_the(rocket))}: {firsts[0]}{_cite(rocket, r)}.")
        return
    if a.q.outcome is not None:  # "first successful flight": only a note that says so answers it
        said = [n for n in rocket.notes if "success" in n]
        if not said or a.q.outcome != "success":
            _missing(r, f"My records give {possessive(_the(rocket))} first flight, not its first "
                        f"{'successful' if a.q.outcome == 'success' else 'failed'} one.")
            return
        r.lines.append(f"{said[0]}{_cite(rocket, r)}")
        return
    if rocket.first_flight is None:
        _missing(r, f"My records do not have when {_the(rocket)} first flew.")
        return
    flights = _flights(a, rocket)
    first = next((m for m in flights if m.launch == rocket.first_flight), None)
    if first is None and _asks_mission(a):
        _missing(r, f"My records do not name the mission of {possessive(_the(rocket))} first flight; it flew on "
                    f"{day(rocket.first_flight)}.")
        return
    with_ = f", launching {first.name}{r.citations.cite(first)}" if first else ""
    r.lines.append(f"{capitalise(_the(rocket))} first flew on {day(rocket.first_flight)}{with_}{_cite(rocket, r)}.")
    if first:
        r.use(first)
    r.lines.extend(rocket.notes[:1])


def _asks_mission(a: Ask) -> bool:
    """ "Which mission was its first flight?": a mission is asked, not a date."""
    return any(a.q.has(w) for w in ("which mission", "what mission", "which flight", "what flight", "which payload"))


def _last(a: Ask, rocket: Rocket, r: Reply) -> None:
    last = next((m for m in _flights(a, rocket) if m.launch == rocket.last_flight), None) \
        if rocket.last_flight else None
    if rocket.last_flight and last is not None and _asks_mission(a):
        r.use(last)
        r.lines.append(f"{capitalise(possessive(_the(rocket)))} last flight launched {last.name}, on "
                       f"{day(rocket.last_flight)}{r.citations.cite(last)}.")
    elif rocket.last_flight and _asks_mission(a):
        _missing(r, f"My records do not name the mission of {possessive(_the(rocket))} last flight; it flew on "
                    f"{day(rocket.last_flight)}.")
    elif rocket.last_flight:
        r.lines.append(f"{capitalise(_the(rocket))} last flew on {day(rocket.last_flight)}"
                       f" (first flight {day(rocket.first_flight)}){_cite(rocket, r)}.")
    elif rocket.retired:
        _missing(r, f"{capitalise(_the(rocket))} is retired, but my records do not have the date of its last flight.")
    else:
        r.lines.append(f"{capitalise(_the(rocket))} was still flying when my records end ({day(a.kb.as_of)}); it "
                       f"first flew on {day(rocket.first_flight)}{_cite(rocket, r)}.")


def _flights(a: Ask, rocket: Rocket) -> list[Mission]:
    """The missions the rocket launched in the records, with those of the rockets of its family, by launch."""
    ids = set(rocket.missions)
    for other in a.kb.rockets.values():
        if other.family == rocket.id:
            ids.update(other.missions)
    return sorted((a.kb.missions[i] for i in ids), key=lambda m: (m.launch, m.id))


def _on_version(m: Mission, version: str) -> bool:
    """Whether the mission's launch vehicle, as its record writes it, is that version ("Soyuz-FG / Fregat")."""
    want, have = normalise(version).words, normalise(m.launch_vehicle or "").words
    return any(have[i:i + len(want)] == want for i in range(len(have) - len(want) + 1))


def _launched(a: Ask, rocket: Rocket, r: Reply, version: str | None = None) -> None:
    flights = _flights(a, rocket)
    if version:
        flights = [m for m in flights if _on_version(m, version)]
    name = f"the {version}" if version else _the(rocket)
    if not flights:
        _missing(r, f"My records hold no mission launched by {name}.")
        return
    shown = [f"{m.name} ({day(m.launch)})" for m in flights[:8]]
    n = len(flights)
    r.lines.append(f"In my records, {name} launched {number_word(n)} {plural(n, 'mission')}: "
                   f"{names_with_more(shown, 8, n)}{_cite(rocket, r)}.")
    family = [x.name for x in a.kb.rockets.values() if x.family == rocket.id and x.missions]
    if family and not version:
        r.lines.append(f"Counted with the rockets of its family: {join(family)}.")
    r.lines.append("My records hold notable missions only, not every launch.")
    r.use(*flights)


def card(a: Ask, rocket: Rocket, r: Reply) -> None:
    """What the rocket was, who built it, its first and last flights and what it launched in the records."""
    state = a.kb.states.get(rocket.state or "")
    agency = a.kb.agencies.get(rocket.builder or "")
    head = rocket.summary or f"a {state.adjective + ' ' if state else ''}launch vehicle."
    r.lines.append(f"{rocket.name}: {head.rstrip('.')}{_cite(rocket, r)}.")
    facts = []
    if agency is not None:
        facts.append(f"built by {agency.name}")
    elif rocket.makers:
        facts.append(f"built by {rocket.makers}")
    if rocket.first_flight:
        facts.append(f"first flight {day(rocket.first_flight)}")
    if rocket.last_flight:
        facts.append(f"last flight {day(rocket.last_flight)}")
    elif not rocket.retired and rocket.first_flight:
        facts.append(f"still flying in {a.kb.as_of.year}")
    if facts:
        r.lines.append(capitalise(join(facts)) + ".")
    flights = _flights(a, rocket)
    if flights:
        names = [m.name for m in flights]
        r.lines.append(f"Missions it launched in my records: {names_with_more(names, 6)}.")
        r.use(*flights)


def rocket_clause(kb: KnowledgeBase, m: Mission, cite: Citations) -> str | None:
    """One sentence on a mission's rocket as an entry of its own, for answers about the mission's rocket; None
    without a link: "In my rocket records that is the Sputnik rocket (R-7 family, built by OKB-1, ...)."."""
    rocket = kb.rockets.get(m.rocket or "")
    if rocket is None:
        return None
    agency = kb.agencies.get(rocket.builder or "")
    family = kb.rockets.get(rocket.family or "")
    version = next((v for v in rocket.variants if _on_version(m, v)), None)
    parts = [f"{family.name} family" if family else "", f"built by {agency.name}" if agency else "",
             f"first flown {day(rocket.first_flight)}" if rocket.first_flight and not version else ""]
    about = f" ({join([p for p in parts if p])})" if any(parts) else ""
    cited = "".join(cite.add(s) for s in rocket.sources[:1])
    name = f"the {version}, a version of the {rocket.name}" if version else f"the {rocket.name}"
    return f"In my rocket records that is {name}{about}{cited}."
