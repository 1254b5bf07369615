"""Accidents and deaths in spaceflight, its training and testing: who died, when, where, why, how many.

An accident is found by its name ("the Apollo 1 fire", "the Nedelin catastrophe"), by its mission
("Columbia") or by a person who died in it ("How did Gagarin die?"). Counts state their rule: deaths
aboard flights launched toward space (and how many of those happened above the Kármán line) apart
from deaths in test flights, in training and on the ground. A person or mission with no accident in
the records is answered from the people data or the crew rows, never from another accident.
"""

from __future__ import annotations

from askspace import lore
from askspace.compose import day, join, number_word, plural
from askspace.handlers.base import Ask, Reply
from askspace.lore import Accident
from askspace.text import normalise

_WHO = ("who died", "who was killed", "who were killed", "who perished", "who lost", "who")
_WHEN = ("when", "what year", "which year", "what date", "what day", "how long ago")
_WHERE = ("where",)
_WHY = ("why", "cause", "caused", "causes", "how did", "how was", "how were", "what happened", "what went wrong",
        "reason", "what killed", "what led")
_HOW_MANY = ("how many",)
_SURVIVED = ("survived", "survive")  # "has every astronaut survived?": yes only if no one died
_DIED_ANY = ("died", "die", "killed")  # "has anyone died in space?": yes if anyone did
KIND_WORDS = {
    "training": ("training", "train", "trained", "trainer", "jet", "jets", "plane", "planes", "aircraft"),
    "ground": ("on the ground", "ground", "pad", "launch pad", "ground test", "ground tests", "rehearsal"),
    "test-flight": ("test flight", "test flights", "test pilot", "rocket plane", "x 15", "spaceplane"),
    "spaceflight": ("in space", "spaceflight", "spaceflights", "space flight", "space flights", "in flight",
                    "during flight", "during a flight", "during flights", "on a mission", "on missions"),
}
_KIND_NAMES = {"spaceflight": "aboard flights to space", "test-flight": "in test flights",
               "training": "in training", "ground": "on the ground (launch pads and ground tests)"}


def _alias_hit(a: Ask, acc: Accident) -> int:
    """The length in words of the longest name of ``acc`` that the question says (0: none)."""
    words, best = a.q.words, 0
    for name in (acc.name, *acc.aliases):
        key = normalise(name).words
        key = key[1:] if key[:1] == ("the",) else key
        n = len(key)
        if n and any(words[i:i + n] == key for i in range(len(words) - n + 1)):
            best = max(best, n)
    return best


def named_accidents(a: Ask) -> list[Accident]:
    """The accidents the question names, by name, by mission, or by a person who died in it."""
    from askspace.handlers.persons import people_asked

    hits = [(n, acc) for acc in lore.accidents(a.kb) if (n := _alias_hit(a, acc))]
    if hits:
        longest = max(n for n, _ in hits)
        return [acc for n, acc in hits if n == longest]
    missions = set(a.q.ids("mission"))
    by_mission = [acc for acc in lore.accidents(a.kb) if acc.mission in missions]
    if by_mission:
        return by_mission
    ids = {p.id for name in people_asked(a) for p in a.kb.people.values() if p.name == name}
    return [acc for acc in lore.accidents(a.kb) if ids & set(acc.died)]


def _cite(acc: Accident, r: Reply) -> str:
    return "".join(r.citations.add(s) for s in acc.sources)


def _dead(a: Ask, acc: Accident) -> list[str]:
    return [*(a.kb.people[p].name for p in acc.died if p in a.kb.people), *acc.died_names]


def _asks(a: Ask, phrases: tuple[str, ...]) -> bool:
    return any(a.q.has(p) for p in phrases)


def _one(a: Ask, acc: Accident, r: Reply) -> None:
    """The fact asked about one accident first, then its cause and board."""
    dead = _dead(a, acc)
    named = join(dead) if len(dead) == acc.deaths else f"{number_word(acc.deaths)} people"
    toll = (f"{named} died" if acc.deaths else "No one died") + (f"; {join(list(acc.survivors))} survived"
                                                                 if acc.survivors else "")
    if acc.mission in a.kb.missions:
        r.use(a.kb.missions[acc.mission])
    if _asks(a, _HOW_MANY):
        r.lines.append(f"{number_word(acc.deaths, capital=True)} {plural(acc.deaths, 'person', 'people')} died in "
                       f"{acc.name} ({day(acc.date)}){_cite(acc, r)}" + (f": {join(dead)}." if dead else "."))
    elif _asks(a, _WHO) and not _asks(a, _WHY):
        r.lines.append(f"{toll} in {acc.name}, {day(acc.date)}, {acc.place}{_cite(acc, r)}.")
    elif _asks(a, _WHEN):
        r.lines.append(f"{acc.name[0].upper()}{acc.name[1:]} happened on {day(acc.date)}, {acc.place}{_cite(acc, r)}. "
                       f"{toll}.")
    elif _asks(a, _WHERE):
        r.lines.append(f"{acc.name[0].upper()}{acc.name[1:]} happened at {acc.place}, on {day(acc.date)}"
                       f"{_cite(acc, r)}.")
    elif _asks(a, _WHY):
        r.lines.append(f"{acc.name[0].upper()}{acc.name[1:]} ({day(acc.date)}){_cite(acc, r)}: {acc.cause}")
        r.lines.append(f"{toll}.")
    else:
        r.lines.append(f"{acc.name[0].upper()}{acc.name[1:]}: {_KIND_NAMES[acc.kind].split(' (')[0]}, "
                       f"{day(acc.date)}, {acc.place}{_cite(acc, r)}. {toll}.")
        r.lines.append(acc.cause)
    if not _asks(a, _WHY) and len(r.lines) == 1:
        r.lines.append(f"Cause: {acc.cause}")
    if acc.investigation:
        r.lines.append(f"Investigation: {acc.investigation}.")
    r.lines.extend(n for n in acc.notes if _asks(a, _WHEN) or _asks(a, _WHY) or acc.kind != "spaceflight")


def _kinds_asked(a: Ask) -> list[str]:
    return [kind for kind, words in KIND_WORDS.items() if any(a.q.has(w) for w in words)]


def _flight(a: Ask, acc: Accident) -> str:
    """ "STS-51-L, " for an accident on a mission whose name is not already in the accident's."""
    m = a.kb.missions.get(acc.mission or "")
    short = m.name.split(" (")[0] if m else ""
    return f"{short}, " if short and short.casefold() not in acc.name.casefold() else ""


def _in_program(a: Ask, acc: Accident, programs: list[str]) -> bool:
    """Whether the accident belongs to one of ``programs``: its own program, or its mission's."""
    m = a.kb.missions.get(acc.mission or "")
    return bool(({acc.program} | ({m.program, *m.also_in} if m else set())) & set(programs))


def _count(a: Ask, r: Reply) -> None:
    """How many died, by the counting rule, with every accident counted and what was left out."""
    asked = _kinds_asked(a) or ["spaceflight"]
    programs = a.q.ids("program")
    scope = join([a.kb.programs[p].name for p in programs])
    for kind in asked:
        where = f"aboard {scope} flights" if scope and kind == "spaceflight" else \
            _KIND_NAMES[kind] + (f" in the {scope} program" if scope else "")
        found = [acc for acc in lore.accidents(a.kb) if acc.kind == kind and acc.deaths
                 and (not programs or _in_program(a, acc, programs))]
        total = sum(acc.deaths for acc in found)
        listed = join([f"{acc.name} ({_flight(a, acc)}{acc.date.year}, {acc.deaths}){_cite(acc, r)}" for acc in found])
        if not found:
            r.lines.append(f"No one died {where} in my records.")
            continue
        r.lines.append(f"{total} {plural(total, 'person', 'people')} died {where} in my records, "
                       f"in {number_word(len(found))} {plural(len(found), 'accident')}: {listed}.")
        if kind != "ground":  # the names (ground accidents killed dozens, most not named in the records)
            r.lines.append("They were " + "; ".join(f"{join(_dead(a, acc))} ({acc.name})" for acc in found) + ".")
        above = [acc for acc in found if acc.altitude and acc.altitude.startswith("above")]
        if kind == "spaceflight" and above:
            r.lines.append(f"Above the Kármán line (100 km), only {join([acc.name for acc in above])} "
                           f"({sum(acc.deaths for acc in above)} dead); the others died below it, on launch, "
                           "re-entry or landing.")
    rest = [k for k in _KIND_NAMES if k not in asked]
    scoped = [x for x in lore.accidents(a.kb) if not programs or _in_program(a, x, programs)]
    others = [f"{n} {_KIND_NAMES[k]}" for k in rest if (n := sum(x.deaths for x in scoped if x.kind == k))]
    r.lines.append("Counting rule: deaths of people aboard or at the accident, by the kind of accident "
                   "(aboard flights launched toward space, test flights, training, ground)"
                   + (f". Not counted here: {join(others)}." if others else "."))


def accident(a: Ask) -> Reply:
    """One named accident, a count of deaths by kind, or (with no accident in the records) the person's death
    from the people data and a mission's dead from its crew rows."""
    r = a.reply([], bodies=["earth"])
    found = named_accidents(a)
    if found:
        for acc in found:
            _one(a, acc, r)
        return r
    from askspace.handlers.persons import people_asked

    if people_asked(a):  # a person who did not die in an accident in the records: the people data
        from askspace.handlers.biography import person_facts

        return person_facts(a)
    mission = a.mission()
    if mission is not None:
        killed = [c.name for c in mission.crew if c.died]
        if mission.crewed and not killed and _asks(a, (*_WHO, *_HOW_MANY)):
            r.use(mission)
            r.lines.append(f"No one died on {mission.name}: no crew member is recorded as killed"
                           f"{r.citations.cite(mission)}.")
            return r
        return a.reply(["My records have no accident for that mission."], understood=False)
    if _asks(a, _HOW_MANY):
        _count(a, r)
        return r
    if a.q.yes_no and _asks(a, (*_SURVIVED, *_DIED_ANY)):  # "has every astronaut survived?": the count decides
        _count(a, r)
        died = bool(r.lines) and not r.lines[0].startswith("No one")
        survived = _asks(a, _SURVIVED)
        r.lines[0] = f"{'No' if died == survived else 'Yes'}: {r.lines[0]}"
        return r
    return a.reply(["My records have no such accident."], understood=False)
