"""Where probes went, from their timelines: the bodies one mission passed or orbited, and when
each mission of a program reached a body ("When did Voyager reach Jupiter?": both Voyagers)."""

from __future__ import annotations

from askspace import compose, queries
from askspace.compose import day, join
from askspace.events import Found, timeline
from askspace.handlers import firsts
from askspace.handlers.base import Ask, Reply, named_missions
from askspace.handlers.eventtext import say
from askspace.model import Event, Mission
from askspace.parse import ORDINAL_INDEX

_ARRIVALS = ("flyby", "orbit", "arrival", "landing", "impact")
_KINDS = {"orbit": ("orbit",), "flyby": ("flyby",), "land": ("landing",), "impact": ("impact",)}
_VERBS: dict[tuple[str, ...], str] = {
    ("orbit",): "orbited", ("flyby",): "flew past", ("landing",): "landed on", ("impact",): "hit"}
# Body kinds by the words that ask for them; each kind's (singular, plural) noun for the answer.
_BODY_WORDS = {"planet": ("planet", "planets"), "moon": ("moons", "moon"), "asteroid": ("asteroid", "asteroids"),
               "comet": ("comet", "comets"), "dwarf-planet": ("dwarf planet", "dwarf planets")}
_BODY_NOUNS = {"planet": ("planet", "planets"), "moon": ("moon", "moons"), "asteroid": ("asteroid", "asteroids"),
               "comet": ("comet", "comets"), "dwarf-planet": ("dwarf planet", "dwarf planets")}


def _asked_kinds(a: Ask) -> tuple[str, ...]:
    for event in a.q.events:
        if event in _KINDS:
            return _KINDS[event]
    return _ARRIVALS


def _arrivals(m: Mission, kinds: tuple[str, ...]) -> list[Event]:
    """The first event at each body of the asked kinds, by date."""
    first: dict[str, Event] = {}
    for e in timeline(m):
        body = e.body or m.target
        if e.kind in kinds and body != "earth":
            first.setdefault(body, Event(date=e.date, kind=e.kind, body=body))
    return list(first.values())


def mission_bodies(a: Ask) -> Reply:
    """ "How many planets did Voyager 2 fly past?", "How many bodies did Dawn orbit?"."""
    named = named_missions(a) if a.q.of_kind("mission") else []
    if not named:
        return a.reply(["Which mission do you mean? Name it, for example \"Voyager 2\"."], clarify=True)
    m = named[0]
    kinds = _asked_kinds(a)
    body_kinds = [k for k, words in _BODY_WORDS.items() if any(a.q.has(w) for w in words)]
    met = [e for e in _arrivals(m, kinds) if not body_kinds or a.kb.bodies[e.body or m.target].kind in body_kinds]
    r = a.reply([], states=[m.country], bodies=[e.body or m.target for e in met])
    r.use(m)
    what = join([_BODY_NOUNS[k][1] for k in body_kinds], "or") if body_kinds else "bodies"
    verb = _VERBS.get(kinds, "reached")
    if not met:
        r.lines.append(f"None: my records have no {what} that {m.name} {verb}{r.citations.cite(m)}.")
        return r
    places = [f"{a.kb.bodies[e.body or m.target].bare_name} ({day(e.date)})" for e in met]
    rank = a.q.ordinal
    if rank is not None and len(met) > 1:  # "which planet did Voyager 2 visit last?": one of them, in order
        k = len(met) - 1 if rank == "last" else ORDINAL_INDEX.get(rank, len(met))
        if k >= len(met):
            return a.reply([f"{m.name} {verb} only {compose.number_word(len(met))} {what} in my records."],
                           understood=False)
        one = _BODY_NOUNS[body_kinds[0]][0] if len(body_kinds) == 1 else "body"
        r.lines.append(f"The {rank} {one} {m.name} {verb} was {places[k]}{r.citations.cite(m)}; in order: "
                       f"{join(places)}.")
        return r
    noun = what if len(met) != 1 else join([_BODY_NOUNS[k][0] for k in body_kinds], "or") if body_kinds else "body"
    r.lines.append(f"{m.name} {verb} {compose.number_word(len(met))} {noun}: {join(places)}{r.citations.cite(m)}.")
    if verb == "reached":
        r.lines.append("Counted: flybys, orbits and arrivals at the surface in my records.")
    return r


def program_when(a: Ask) -> Reply:
    """When each mission of a named program reached the body asked about."""
    program = a.kb.programs[a.q.ids("program")[0]]
    body = a.body
    kinds = _asked_kinds(a)
    found = []
    for m in queries.missions(a.kb, program=program.id):
        met = [e for e in _arrivals(m, kinds) if body is None or e.body == body]
        found += [Found(m, e) for e in met[:1]]
    if not found:
        return firsts.first_event(a)
    found.sort(key=lambda f: f.key)
    r = a.reply([], states=[program.country], bodies=[body] if body else [])
    r.use(*[f.mission for f in found])
    names = compose.names_with_more([f.mission.name for f in found], 12)
    r.lines.append(f"{compose.number_word(len(found), capital=True)} {compose.plural(len(found), 'mission')} "
                   f"of {compose.program_phrase(program)} in my records: {names}.")
    r.lines.extend(say(a, r, f) for f in found[:12])
    return r


def body_visitors(a: Ask) -> Reply:
    """ "Which missions have flown past Neptune?": each with the date it got there, passes on the way included."""
    body = a.body
    if body is None:
        return a.reply(["Which place do you mean, for example Jupiter or Neptune?"], clarify=True)
    rule = queries.RULES["orbit" if "orbit" in a.q.events else "flyby"]
    found: dict[str, Mission] = {}
    for m in queries.events(a.kb, rule, body):  # remembered: only the missions that did it
        if m.target == body:
            found.setdefault(m.id, m)  # an encounter view counts once
    name = a.kb.bodies[body].name
    r = a.reply([], bodies=[body], states=list(dict.fromkeys(m.country for m in found.values())))
    if not found:
        r.lines.append(f"No mission in my records {rule.past} {name}.")
        return r
    ordered = sorted(found.values(), key=lambda m: (rule.when(m) or m.launch, m.id))
    r.use(*ordered)
    items = [f"{m.name} ({day(rule.when(m))}){r.citations.cite(m)}" for m in ordered]
    n = len(items)
    r.lines.append(f"{compose.number_word(n, capital=True)} {compose.plural(n, 'mission')} in my records "
                   f"{rule.past} {name}: {join(items)}.")
    r.lines.append(f"Counted: {rule.rule}, also on its way to another target.")
    return r
