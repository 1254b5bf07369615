"""Craft with names of their own (knowledge/craft.yaml): call signs, capsules, Apollo command and lunar modules,
landing sites, Space Shuttle orbiters, station modules, rovers and landers.

"What was the call sign of Apollo 16's lunar module?", "Which Apollo mission had the lunar module Snoopy?",
"When did Discovery first fly?", "Which shuttle flew the most missions?", a name alone ("Eagle"). The first
sentence gives what was asked; a name several craft share is narrowed by the question's other words
(craftnames.narrow) and asked back when more than one is left.
"""

from __future__ import annotations

from askspace import craftnames
from askspace.compose import capitalise, day, join
from askspace.craft import Craft, Flight
from askspace.handlers.base import Ask, Reply


def craft_names(a: Ask) -> Reply:
    """The fact asked about the craft the question names, or the name of the craft of a mission it names."""
    if a.q.yes_no:  # "Did Challenger explode?": the craft answers give no verdict; the mission's answer does
        return Reply(["My craft records do not answer yes or no."], understood=False)
    groups = a.tools.lexicon.groups if a.tools and a.tools.lexicon else {}
    asked = craftnames.asks(a.q, groups.get("craft", {}))
    wanted = craftnames.kinds(a.kb, a.q, groups.get("craft_kinds", {}))
    named = craftnames.said(a.kb, a.q)
    if named:
        for name in named:
            left = craftnames.narrow(a.q, name, asked, wanted)
            if len(left) > 1:
                return _ask_back(a, name.text, left)
        chosen = [craftnames.narrow(a.q, name, asked, wanted)[0] for name in named]
        return _answer(a, list(dict.fromkeys(chosen)), asked)
    if asked == "most" and "orbiter" in wanted:
        return _most_flights(a)
    found = craftnames.of_missions(a.kb, a.q, wanted)
    if found:
        return _names(a, found)
    return Reply(["My craft records do not have that: name the craft (\"Eagle\", \"Discovery\") or the mission "
                  "and the kind of craft (\"Apollo 11's lunar module\")."], understood=False)


def _cite(a: Ask, c: Craft) -> str:
    return a.citations.add(c.sources[0])


def describe(a: Ask, c: Craft, the: bool = False) -> str:
    """What the craft was, without its name: 'the lunar module of Apollo 11', 'a Space Shuttle orbiter' ('the
    Space Shuttle orbiter' with ``the``, when it is told from others of its name)."""
    flight = c.first_flight.flight if c.first_flight else join([a.kb.missions[m].name for m in c.missions
                                                                if m in a.kb.missions])
    article = "the" if the else "a"
    if c.kind == "orbiter":
        return f"{article} Space Shuttle orbiter" if c.state == "usa" else "the Soviet Union's space shuttle orbiter"
    if c.kind == "call-sign":
        return f"the radio call sign of {c.crew} on {flight}" if c.crew else f"the radio call sign on {flight}"
    if c.kind == "module":
        return f"a module of {_station(a, c.part_of)}" if c.part_of else "a station module"
    if c.kind == "station":
        return "a space station"
    if c.kind == "landing-site":
        return f"where {flight} landed"
    if c.kind == "capsule" and c.state == "usa" and c.first_flight and "Dragon" in c.first_flight.flight:
        return f"{article} SpaceX Crew Dragon capsule first flown on {flight}"
    return f"the {c.kind_name} of {flight}"


def _station(a: Ask, mission_id: str) -> str:
    """'the International Space Station', 'Mir': the station mission's name without its parenthesis."""
    found = a.kb.missions.get(mission_id)
    if found is None:
        return mission_id
    name = found.name.split(" (")[0]
    return f"the {name}" if " " in name else name


def _answer(a: Ask, found: list[Craft], asked: str | None) -> Reply:
    r = a.reply([])
    for c in found:
        lines = _fact(a, c, asked)
        if not lines:
            return Reply([f"My craft records do not say that about {c.name}."], understood=False)
        r.lines.extend(lines)
        r.use(*(a.kb.missions[m] for m in _about(c, asked) if m in a.kb.missions))
    if len(found) == 1 and asked is None:
        r.lines.extend(_more(found[0]))
    return r


def _about(c: Craft, asked: str | None) -> list[str]:
    """The missions an answer about ``c`` is about, the one "it" will mean first: the flight asked about (an
    orbiter's loss, last or first flight), else the craft's own missions (none for an orbiter's many)."""
    flight = {"lost": c.lost, "last": c.last_flight or c.first_flight, "first": c.first_flight}.get(asked or "")
    if flight is not None:
        return [flight.mission] if flight.mission else []
    return [] if c.kind == "orbiter" else list(c.missions)


def _fact(a: Ask, c: Craft, asked: str | None) -> list[str]:
    """The lines that answer ``asked`` about one craft (its card when nothing in particular is asked)."""
    cite = _cite(a, c)
    first, last = c.first_flight, c.last_flight or (c.first_flight if c.flights == 1 else None)
    if asked == "first" and first:
        return [f"{c.name} first flew on {day(first.date)}, on {first.flight}{cite}.", *_count(c)]
    if asked == "last" and last:
        return [f"{c.name}'s last flight was {last.flight}: launched {day(last.date)}{_landed(last)}{cite}.",
                *_lost(c), *_count(c)]
    if asked in ("count", "most") and c.flights is not None:
        return _count(c, cite) + _span(c)
    if asked == "lost":
        if a.q.has("why") or a.q.has("what caused") or a.q.has("cause"):  # the cause is the accident's records'
            return []
        if c.lost is None:
            return [f"My records do not say that {c.name} ({describe(a, c)}) was lost."]
        return _lost(c, cite)
    if asked == "meaning" and c.meaning:
        if c.kind == "call-sign":
            return [f"{c.name}, {describe(a, c)}, means \"{c.meaning}\"{cite}."]
        return [f"{c.name}, {describe(a, c)}, was named for {_sentence(c.meaning, cite)}"]
    if asked == "mission" and first and c.launched_by and c.launched_by.startswith("Space Shuttle"):
        return [f"{c.launched_by.removeprefix('Space Shuttle ')} carried {c.name} up on {first.flight}, launched "
                f"{day(first.date)}{cite}.", f"{c.name} was {describe(a, c)}."]
    if asked == "when" and first and c.kind == "landing-site":
        return [f"{first.flight} landed at {c.name} on {day(first.date)}{cite}."]
    if asked == "when" and first:
        what = f", {describe(a, c)}," if c.kind == "module" else ""
        return [f"{c.name}{what} was launched{_carried(c)} on {day(first.date)}{cite}."]
    if asked == "who":
        if not c.crew or c.kind in ("orbiter", "module", "station"):
            return []
        flight = first.flight if first else join([a.kb.missions[m].name for m in c.missions if m in a.kb.missions])
        if c.kind == "call-sign":
            return [f"{c.crew} used the call sign {c.name} on {flight}{cite}."]
        return [f"{c.crew} flew {c.name} on {flight}{cite}."]
    return [f"{c.name} was {describe(a, c)}{_when(c)}{cite}.", *_lost(c)]


def _sentence(text: str, cite: str = "") -> str:
    """``text`` ended as a sentence, with the citation before its full stop (or after a closing quote)."""
    if text.endswith('."'):
        return f"{text}{cite}"
    return f"{text.rstrip('.')}{cite}."


def _when(c: Craft) -> str:
    if c.kind == "orbiter" and c.flights == 0:
        return "; it never flew in space"
    if c.kind == "orbiter" and c.flights == 1 and c.first_flight:
        return f"; it flew to space once, on {day(c.first_flight.date)}"
    if c.kind == "orbiter" and c.first_flight and c.last_flight:
        return (f": {c.flights} flights to space, from {c.first_flight.flight} ({day(c.first_flight.date)}) "
                f"to {c.last_flight.flight} ({day(c.last_flight.date)})")
    if c.kind == "landing-site" and c.first_flight:
        return f", on {day(c.first_flight.date)}"
    if c.first_flight and c.kind not in ("rover", "lander", "helicopter"):
        return f", launched {day(c.first_flight.date)}{_carried(c)}"
    return ""


def _carried(c: Craft) -> str:
    if not c.launched_by or not c.first_flight:
        return ""
    flight = c.first_flight.flight
    if flight == c.name:
        return f" on a {c.launched_by} rocket"
    return f" on {flight} ({c.launched_by})"


def _landed(f: Flight) -> str:
    return f", landed {day(f.landed)}" if f.landed and f.landed != f.date else ""


def _lost(c: Craft, cite: str = "") -> list[str]:
    if c.lost is None:
        return []
    return [f"{c.name} was lost on {day(c.lost.date)}, on {c.lost.flight}{cite}: {c.lost.note}."]


def _count(c: Craft, cite: str = "") -> list[str]:
    if c.flights is None or c.kind != "orbiter":
        return []
    if c.flights == 0:
        return [f"{c.name} never flew in space{cite}."]
    return [f"{c.name} flew to space {_times(c.flights)}{cite}."]


def _span(c: Craft) -> list[str]:
    if c.first_flight and c.last_flight and c.last_flight != c.first_flight:
        return [f"First flight {c.first_flight.flight} ({day(c.first_flight.date)}), last {c.last_flight.flight} "
                f"({day(c.last_flight.date)})."]
    return []


def _more(c: Craft) -> list[str]:
    lines = [f"About the name: {_sentence(c.meaning)}"] if c.meaning else []
    return lines + list(c.notes)


def _ask_back(a: Ask, text: str, left: tuple[Craft, ...]) -> Reply:
    options = [describe(a, c, the=True) for c in left]
    shown = text.title() if text.islower() else text
    return a.reply([f"Which {shown} do you mean: {join(options, 'or')}?"], clarify=True)


def _most_flights(a: Ask) -> Reply:
    """The US Space Shuttle orbiter with the most (or fewest) flights to space, and the others' counts (the
    counting rule); orbiters of other states (Buran) are named after them."""
    orbiters = sorted((c for c in a.kb.craft.values() if c.kind == "orbiter" and c.flights is not None),
                      key=lambda c: (-(c.flights or 0), c.name))
    fewest = a.q.has("fewest") or a.q.has("the least") or a.q.has("least flights")
    shuttles = [c for c in orbiters if c.state == "usa"]
    flown = [c for c in shuttles if c.flights]
    if not flown:
        return Reply(["My records do not have the orbiters' flights."], understood=False)
    top = flown[-1] if fewest else flown[0]
    cite = _cite(a, top)
    r = a.reply([f"{top.name} flew the {'fewest' if fewest else 'most'} Space Shuttle missions: {top.flights}{cite}."])
    r.lines.extend(_span(top))
    others = [f"{c.name} {c.flights}{_cite(a, c)}" for c in flown if c is not top]
    never = [f"{c.name} never flew in space" for c in shuttles if not c.flights]
    foreign = [f"{c.name}, the {a.kb.states[c.state].adjective} orbiter, flew {_times(c.flights or 0)}"
               f"{_cite(a, c)}" for c in orbiters if c.state != "usa" and c.state in a.kb.states]
    r.lines.append(f"Counting each US orbiter's flights to space: {join(others)}"
                   + (f"; {join(never)}" if never else "") + (f" ({join(foreign)})" if foreign else "") + ".")
    return r


def _times(n: int) -> str:
    return "once" if n == 1 else "twice" if n == 2 else f"{n} times"


def _names(a: Ask, found: list[Craft]) -> Reply:
    """ "Apollo 16's lunar module was Orion", "Yuri Gagarin's call sign on Vostok 1 was Kedr"."""
    r = a.reply([])
    for c in found:
        cite = _cite(a, c)
        flight = c.first_flight.flight if c.first_flight else join([a.kb.missions[m].name for m in c.missions])
        if not c.named:
            r.lines.extend([f"{flight}'s {c.kind_name} had no name of its own{cite}.", *c.notes[:1]])
        elif c.kind == "call-sign":
            meaning = f" (\"{c.meaning}\")" if c.meaning else ""
            r.lines.append(f"{capitalise(c.crew or flight)}'s call sign on {flight} was {c.name}{meaning}{cite}.")
        else:
            r.lines.append(f"{flight}'s {c.kind_name} was {c.name}{cite}.")
        r.use(*(a.kb.missions[m] for m in c.missions if m in a.kb.missions))
    if len(found) == 1 and found[0].kind != "call-sign" and found[0].named:
        r.lines.extend(_more(found[0]))
    return r
