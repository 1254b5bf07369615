"""Sets of missions: how many, and which, by program, state, body, kind, year and outcome.

One :func:`select` applies every filter the question names; ``count_missions`` and
``list_missions`` only present the selection differently.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from operator import attrgetter

from askspace import compose, queries
from askspace.compose import day, join, plural
from askspace.handlers import anchors
from askspace.handlers.base import Ask, Reply
from askspace.model import BY_LAUNCH, Mission

_LISTED = 15
_PARTIAL_LISTED = 12  # partial successes named with their reasons, before "and N more"


@dataclass(frozen=True)
class Selection:
    """Missions chosen by a question's filters, split by its event or outcome test."""

    pool: tuple[Mission, ...]
    counted: tuple[Mission, ...]
    partial: tuple[Mission, ...]
    left: tuple[Mission, ...]
    rule: queries.EventRule | None
    noun: str  # "Luna missions", "missions"
    target: str  # "Mars", "the Moon", "their targets"
    window: str  # " in 1971", " before its first Mars launch (...)"
    carried: tuple[Mission, ...] = ()  # craft carried by another mission, counted with it


def _rule(a: Ask) -> queries.EventRule | None:
    events = [e for e in a.q.events if e != "launch" and not (e == "orbit" and a.beyond_earth)]
    if events == ["visit"] and a.q.outcome:
        return None  # "missions to the Moon that failed": every launch toward it counts
    if events:
        rule = queries.rule_for(events, a.q.crewed)
        if rule.name == "reach" and not any(a.q.has(w) for w in ("surface", "hit", "ground")):
            return queries.RULES["visit"]  # "missions that reached the Moon": got there in any way
        return rule
    return None


_THEM = ("them", "those", "these", "of them", "of those", "which one", "which of the two", "either")


def _program(a: Ask) -> list[str]:
    """The program asked about; a mission named like its program ("Skylab") stands for it."""
    program = a.q.ids("program")
    if not program:
        named = [a.kb.missions[i] for i in a.q.ids("mission")]
        program = [m.program for m in named if m.program][:1]
    return program


def _pool(a: Ask) -> tuple[list[Mission], list[Mission]]:
    """(missions, carried craft left out) matching the question's filters."""
    program = _program(a)
    rule = _rule(a)
    found: list[Mission] = []
    if a.context_facts and any(a.q.has(w) for w in _THEM) and not (a.bodies or program or a.said_states):
        found = [a.kb.missions[f] for f in a.context_facts]  # "how many of them worked?"
        if a.q.crewed is not None:
            found = [m for m in found if m.crewed == a.q.crewed]
    sources: list[str | None] = [] if found else [*a.bodies] or [None]
    split_carried = rule is None or not rule.is_landing  # a carried craft is part of its carrier's mission
    still = a.q.has("still")  # "which telescopes are still working?": as of the records' date
    key = ("pool", tuple(sources), frozenset(a.said_states), tuple(program), a.q.crewed,
           tuple(a.q.mission_types), still, split_carried)
    if sources and key in a.kb.memo:  # the same filters asked before (not "of them": that pool is the context)
        return list(a.kb.memo[key]), list(a.kb.memo[(*key, "carried")])
    for body in sources:
        found += queries.missions(a.kb, body=body, states=a.said_states,
                                  program=program[0] if program else None, crewed=a.q.crewed)
    if a.q.mission_types:  # "space stations", "telescopes"
        found = [m for m in found if set(m.types) & set(a.q.mission_types)]
    if still:
        found = [m for m in found if m.status == "active"]
    carried = {m.id: m for m in found if m.part_of is not None} if split_carried else {}
    if carried:
        found = [m for m in found if m.part_of is None]
    pool = found if len(set(map(attrgetter("id"), found))) == len(found) else _once_each(a, found)
    if len(sources) != 1:  # one body's missions come sorted already; a mission keeps its first place
        pool.sort(key=BY_LAUNCH)
    if sources:
        a.kb.memo[key], a.kb.memo[(*key, "carried")] = tuple(pool), tuple(carried.values())
    return pool, list(carried.values())


def _once_each(a: Ask, found: list[Mission]) -> list[Mission]:
    """A mission seen at two bodies counts once, as itself if it can (not as a view at another body)."""
    unique: dict[str, Mission] = {}
    for m in found:
        if m.id not in unique or m is a.kb.missions[m.id]:
            unique[m.id] = m
    return list(unique.values())


def select(a: Ask, anchor: anchors.Anchor | None) -> Selection:
    rule = _rule(a)
    pool, carried = _pool(a)
    window = ""
    span = a.year_span
    if span is not None:
        def year_of(m: Mission) -> int:
            when = rule.when(m) if rule is not None else None
            return (when or m.launch).year
        pool = [m for m in pool if span[0] <= year_of(m) <= span[1]]
        window = f" in {span[0]}" if span[0] == span[1] else f" from {span[0]} to {span[1]}"
    if anchor is not None and a.q.relation is not None:
        if a.q.relation.kind == "before":
            pool = [m for m in pool if m.launch < anchor.date]
        else:
            pool = [m for m in pool if m.launch >= anchor.date]
        window += f" {a.q.relation.kind} {anchor.label}"
    counted, partial, left = _split(a, pool, rule)
    program = _program(a)
    noun = f"{a.kb.programs[program[0]].name} missions" if program else "missions"
    if a.q.mission_types:
        noun = {"space-station": "space stations", "telescope": "space telescopes"}.get(a.q.mission_types[0], noun)
    targets = set(map(attrgetter("target"), counted or pool))
    target = (a.kb.bodies[next(iter(targets))].name if len(targets) == 1
              else a.kb.bodies[a.body].name if a.body else "their targets")
    carried = [m for m in carried if _within(m, span, anchor, a)]
    return Selection(tuple(pool), tuple(counted), tuple(partial), tuple(left), rule, noun, target, window,
                     tuple(carried))


def _within(m: Mission, span: tuple[int, int] | None, anchor: anchors.Anchor | None, a: Ask) -> bool:
    """A carried craft inside the question's years and time relation (by launch)."""
    if span is not None and not span[0] <= m.launch.year <= span[1]:
        return False
    if anchor is not None and a.q.relation is not None:
        return (m.launch < anchor.date) == (a.q.relation.kind == "before")
    return True


def _split(a: Ask, pool: list[Mission], rule: queries.EventRule | None
           ) -> tuple[list[Mission], list[Mission], list[Mission]]:
    """(counted, partial, left out) under the question's event and outcome tests."""
    if rule is not None and rule.is_landing and a.q.outcome == "failure":
        hits = [m.landing is not None and not rule.test(m) and m.landing.result != "impact"
                and (not a.bodies or m.target in a.bodies)
                and ("lander" in m.types or "penetrator" in m.types or m.crewed) for m in pool]
        return [m for m, h in zip(pool, hits, strict=True) if h], [], \
               [m for m, h in zip(pool, hits, strict=True) if not h]
    if rule is not None:
        hits = [rule.test(m) for m in pool]
        return [m for m, h in zip(pool, hits, strict=True) if h], [], \
               [m for m, h in zip(pool, hits, strict=True) if not h]
    if a.q.outcome == "success" and not a.q.has("still"):
        return ([m for m in pool if m.outcome == "success"], [m for m in pool if m.outcome == "partial"],
                [m for m in pool if m.outcome == "failure"])
    if a.q.outcome == "failure":
        return [m for m in pool if m.outcome == "failure"], [], [m for m in pool if m.outcome != "failure"]
    return pool, [], []


def _dated(s: Selection, m: Mission, r: Reply) -> str:
    when = s.rule.when(m) if s.rule is not None else None
    return f"{m.name} ({day(when or m.launch)}){r.citations.cite(m)}"


def _listing(s: Selection, r: Reply) -> str:
    if len(s.counted) <= _LISTED:
        return join([_dated(s, m, r) for m in s.counted])
    return compose.names_with_more([m.name for m in s.counted[:30]], 30, total=len(s.counted))


def _failed_landings(a: Ask, s: Selection) -> bool:
    return s.rule is not None and s.rule.is_landing and a.q.outcome == "failure"


def _head(a: Ask, s: Selection, count: int) -> str:
    adjective = {"success": "successful ", "failure": "failed "}.get(a.q.outcome or "", "")
    adjective += {True: "crewed ", False: "robotic "}.get(a.q.crewed, "") if a.q.crewed is not None else ""
    verb = f" that {s.rule.past} {s.target}" if s.rule else ""
    if _failed_landings(a, s):
        adjective, verb = "", f" that tried to land on {s.target} and failed"
    where = f" to {s.target}" if not s.rule and a.bodies and not a.q.ids("program") else ""
    owners = list(dict.fromkeys(m.country for m in s.pool)) if a.said_states else []
    who = join([compose.state_name(a.kb, o) + a.state_note(o) for o in owners])
    noun = s.noun if count != 1 else s.noun[:-1]
    subject = f"{compose.capitalise(who)} flew" if who else "There " + ("was" if count == 1 else "were")
    return f"{subject} {count} {adjective}{noun}{verb}{where}{s.window}"


def _launched_and_arrived(a: Ask, s: Selection, r: Reply) -> str:
    """'Gone to Mars' read both ways: launched toward it, and got there."""
    owners = list(dict.fromkeys(m.country for m in s.pool)) if a.said_states else []
    who = join([compose.state_name(a.kb, o) + a.state_note(o) for o in owners])
    n = len(s.pool)
    launched = (f"{compose.capitalise(who)} sent {n} {s.noun if n != 1 else s.noun[:-1]}" if who
                else f"{n} {s.noun if n != 1 else s.noun[:-1]} {'was' if n == 1 else 'were'} sent")
    arrived = (f"{len(s.counted)} of them got there (flew past, orbited or reached the surface)"
               if s.counted else "none of them got there")
    if n <= _LISTED:
        got = {m.id for m in s.counted}

        def fate(m: Mission) -> str:
            return f"reached it {day(s.rule.when(m))}" if m.id in got and s.rule else _short_fate(m)

        listing = ": " + join([f"{m.name} ({fate(m)}){r.citations.cite(m)}" for m in s.pool])
    else:
        listing = f": {_listing(s, r)}" if s.counted else ""
    return f"{launched} to (or past) {s.target}{s.window}; {arrived}{listing}."


def _short_fate(m: Mission) -> str:
    if m.status == "active" and m.arrival is None:
        return f"launched {day(m.launch)}, still on its way"
    return f"launched {day(m.launch)}, {m.outcome}"


def _carried_note(a: Ask, s: Selection) -> str:
    """Craft carried by another mission are counted with it; say what counting them apart gives."""
    if s.rule is not None and s.rule.name == "visit":
        extra, base = list(s.carried), len(s.pool)
    else:
        extra, base = _split(a, list(s.carried), s.rule)[0], len(s.counted)
    if not extra:
        return ""
    names = join([f"{m.name} (with {a.kb.missions[m.part_of].name})" for m in extra if m.part_of])
    return f"Counting the craft carried by other missions as missions of their own, {base + len(extra)}: {names}."


def _details(a: Ask, s: Selection, r: Reply) -> None:
    if s.partial:
        names = compose.names_with_more(
            [f"{m.name} ({compose.lower_first(m.outcome_reason.rstrip('.'), a.kb.name_words)})"
             for m in s.partial[:_PARTIAL_LISTED]], _PARTIAL_LISTED, total=len(s.partial))
        r.lines.append(f"Counting partial successes, {len(s.counted) + len(s.partial)}: {names}.")
    left = list(s.left)
    if s.rule is not None and s.rule.is_landing:  # only landing attempts are "not counted" landings
        left = [m for m in left if m.landing is not None and m.landing.result != "impact"
                and (not a.bodies or m.target in a.bodies)
                and ("lander" in m.types or "penetrator" in m.types or m.crewed)]
    if left and (a.q.outcome or s.rule) and not _failed_landings(a, s):
        label = {"success": plural(len(left), "failure"),
                 "failure": "missions that did not fail"}.get(a.q.outcome or "", "")
        if s.rule:
            label = f"{plural(len(left), 'landing attempt')} that did not {s.rule.base} {s.target}"
        r.lines.append(f"Not counted: {len(left)} {label} "
                       f"({compose.names_with_more([m.name for m in left], 8)}).")
    if not a.q.outcome and not s.rule and s.pool:
        outcomes = Counter(map(attrgetter("outcome"), s.pool))
        tally = {o: outcomes[o] for o in ("success", "partial", "failure")}
        if tally["success"] == len(s.pool):
            r.lines.append(f"All {len(s.pool)} succeeded." if len(s.pool) > 1 else "It succeeded.")
        else:
            words = {"success": "succeeded", "partial": "partly succeeded", "failure": "failed"}
            r.lines.append("Of these, " + join([f"{n} {words[o]}" for o, n in tally.items() if n]) + ".")


def _present(a: Ask) -> Reply:
    readings = anchors.resolve(a, a.said_states)
    if a.q.relation and not readings and not a.year_span:
        return a.reply([f"I could not tell which date \"{a.q.relation.kind} "
                        f"{' '.join(a.q.relation.anchor_words)}\" means."], understood=False)
    s = select(a, readings[0] if readings else None)
    r = a.reply([], states=a.said_states, bodies=a.bodies[:1])
    r.use(*s.counted)
    if not s.pool:
        program = a.q.ids("program")
        went = sorted({a.kb.bodies[m.target].name for m in queries.missions(a.kb, program=program[0])}) \
            if program and a.bodies else []
        if went:
            r.lines.append(f"None: no {s.noun[:-1]} went to {a.kb.bodies[a.bodies[0]].name}; "
                           f"{s.noun} went to {join(went)}.")
        else:
            r.lines.append(f"None: I have no record of such {s.noun}{s.window} (my records end on "
                           f"{day(a.kb.as_of)}).")
        return r
    if s.rule is not None and s.rule.name == "visit":
        r.lines.append(_launched_and_arrived(a, s, r))
    else:
        head = _head(a, s, len(s.counted))
        r.lines.append(f"{head}: {_listing(s, r)}." if s.counted else f"{head}.")
        _details(a, s, r)
    note = _carried_note(a, s)
    if note:
        r.lines.append(note)
    if a.body and (s.rule is None or s.rule.name == "visit"):
        body, originals = a.body, a.kb.missions  # the pool may hold a mission's view at another body
        elsewhere = [o for m in s.pool if (o := originals[m.id]).target != body]
        if elsewhere and len(elsewhere) < len(s.pool):
            names = join([f"{m.name} ({a.kb.bodies[m.target].name})" for m in elsewhere[:6]])
            r.lines.append(f"Counting only missions aimed at {a.kb.bodies[a.body].name} itself, "
                           f"{len(s.pool) - len(elsewhere)}; the others were aimed at one of its moons or "
                           f"passed it on the way elsewhere: {names}.")
    for other in readings[1:]:
        alt = select(a, other)
        extra = (f", and {len(alt.partial)} partial ({join([m.name for m in alt.partial])})"
                 if alt.partial else "")
        adjective = {"success": "successful ", "failure": "failed "}.get(a.q.outcome or "", "")
        r.lines.append(f"Read as{alt.window}: {len(alt.counted)} {adjective}"
                       f"{plural(len(alt.counted), 'mission')} "
                       f"({compose.names_with_more([m.name for m in alt.counted], 12)}){extra}.")
    return r


def count_missions(a: Ask) -> Reply:
    """How many missions of a program, state, body, kind, outcome or time window."""
    return _present(a)


def list_missions(a: Ask) -> Reply:
    """Which missions of a program, state, body, kind, outcome or time window."""
    return _present(a)
