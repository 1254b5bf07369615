"""Named people checked against the missions' crews: "Was Neil Armstrong on Gemini 8?", "Were both Jim Lovell and
Fred Haise on Apollo 13?", "Did Michael Collins walk on the Moon?" (the crew of a crewed landing less the Command
Module Pilot, who stayed in orbit)."""

from __future__ import annotations

from askspace import compose, persons, queries
from askspace.compose import day
from askspace.handlers.base import Ask, Reply, names_crew, walkers
from askspace.model import Mission


def _verdict(people: list[str], held: list[bool], done: str, which: bool = False) -> str:
    """ "Yes, both flew on Apollo 13", "No, only Jim Lovell flew on Apollo 13", "No, neither ..." (two or more);
    for "which of them ...?", "Of them, Jim Lovell flew on Apollo 13"."""
    if which:
        named = [p for p, h in zip(people, held, strict=True) if h]
        return f"Of them, {compose.join(named)} {done}" if named and len(named) < len(held) else \
            f"{'Both' if len(held) == 2 else 'All'} {done}" if named else f"Neither {done}"
    if all(held):
        return f"Yes, {'both' if len(held) == 2 else 'all'} {done}"
    if not any(held):
        return f"No, {'neither' if len(held) == 2 else 'none of them'} {done}"
    return f"No, only {compose.join([p for p, h in zip(people, held, strict=True) if h])} {done}"


def _several(a: Ask) -> bool:
    """More than one person named, joined as a pair ("both X and Y", "X and Y"), not split from one misspelt name."""
    return len(a.q.people) > 1 and bool({"both", "and", "or"} & set(a.q.words))


def _which(a: Ask) -> bool:
    """ "Which of Neil Armstrong and Michael Collins walked on the Moon?": each person answered."""
    return a.q.wh_word in ("which", "who") and _several(a)


def aboard(a: Ask) -> Reply | None:
    """ "Was Neil Armstrong on Gemini 8?": whether the people named flew on the mission named by its own name."""
    by_name = [a.kb.missions[m.ids[0]] for m in a.q.of_kind("mission")
               if not names_crew(a.kb.missions[m.ids[0]], m.text)]
    if not a.q.people or len(by_name) != 1 or (len(a.q.people) > 1 and not _several(a)):
        return None
    m = by_name[0]
    r = a.reply([], states=[m.country], bodies=[m.target])
    r.use(m)
    roles = {c.name: c.role for c in m.crew}
    crew = compose.join([c.name for c in m.crew]) if m.crew else "no crew"
    if len(a.q.people) == 1:
        person = a.q.people[0]
        if person in roles:
            r.lines.append(f"Yes: {person} flew on {m.name} as {roles[person]}, launched {day(m.launch)}"
                           f"{r.citations.cite(m)}.")
        else:
            r.lines.append(f"No: {person} did not fly on {m.name} (launched {day(m.launch)}"
                           f"{r.citations.cite(m)}); its crew was {crew}.")
        return r
    held = [p in roles for p in a.q.people]
    each = "; ".join(f"{p} as {roles[p]}" if p in roles else f"{p} did not" for p in a.q.people)
    verdict = _verdict(list(a.q.people), held, f"flew on {m.name}", _which(a))
    r.lines.append(f"{verdict}: {each} (launched {day(m.launch)}{r.citations.cite(m)}; its crew was {crew}).")
    return r


def not_aboard(a: Ask) -> Reply | None:
    """The answer of ``aboard`` when it is "No": the person named did not fly on the mission named."""
    on = aboard(a)
    return on if on is not None and on.lines[0].startswith("No") else None


def _walk(a: Ask, person: str) -> tuple[bool, str, Mission] | None:
    """Whether the person walked on the body asked (the Moon), why, and the flight that says so."""
    flights = [f.mission for f in persons.flights_of(a.kb, person)]
    landed = [m for m in flights if m.landing and m.landing.crewed and m.landing.is_soft
              and (a.body is None or m.target == a.body)]
    if not landed:
        return None
    on = [m for m in landed if person in walkers(m)]
    m = (on or landed)[0]
    body = a.kb.bodies[m.target].name
    when = day(m.landing.date if m.landing else None)
    if on:
        return True, f"{person} walked on {body} on {m.name}, which landed on {when}{{cite}}", m
    role = next((c.role for c in m.crew if c.name == person), "crew member")
    return False, (f"{person} flew on {m.name} as {role} and stayed in orbit{{cite}}; {compose.join(walkers(m))} "
                   f"walked on {body} (landed {when})"), m


_STAYED = ("stayed", "stay", "remained", "remain", "waited")


def walked(a: Ask) -> Reply | None:
    """ "Did Michael Collins walk on the Moon?": read from the flights of each person named that landed people."""
    if not a.q.people or (len(a.q.people) > 1 and not _several(a)) or not (a.q.yes_no or _which(a)) \
            or not a.q.events or any(a.q.has(w) for w in _STAYED):
        return None  # "who stayed in orbit while Armstrong and Aldrin walked?" asks about someone else
    if queries.rule_for(a.q.events, a.q.crewed).name not in ("land", "crewed-land"):
        return None
    found = [_walk(a, p) for p in a.q.people]
    landed = [f for f in found if f is not None]
    if (len(found) == 1 and not landed) or (not landed and a.body is None):
        return None  # no flight of theirs landed people: the mission reading says so
    target = a.body or landed[0][2].target
    body = a.kb.bodies[target].name
    r = a.reply([], states=[landed[0][2].country] if landed else [], bodies=[target])
    r.use(*(m for _, _, m in landed))
    texts = "; ".join(f[1].replace("{cite}", r.citations.cite(f[2])) if f is not None else
                      f"{p} did not land on {body} on any flight in my records" for p, f in zip(a.q.people, found,
                                                                                            strict=True))
    if len(found) == 1:
        r.lines.append(f"{'Yes' if landed[0][0] else 'No'}: {texts}.")
    elif not landed:  # none of them landed on a flight in the records
        r.lines.append(f"No, {'neither' if len(found) == 2 else 'none of them'} walked on {body}: {texts}.")
    else:
        held = [f is not None and f[0] for f in found]
        r.lines.append(f"{_verdict(list(a.q.people), held, f'walked on {body}', _which(a))}: {texts}.")
    return r


def people_on(a: Ask) -> Reply:
    """Intent ``people_aboard``: which of the people named walked on the Moon, or flew on the mission named."""
    found = walked(a) or aboard(a)
    if found is not None:
        return found
    return a.reply(["I can say which of the people named walked on the Moon or flew on a mission named; ask, for "
                    "example, \"Which of Neil Armstrong and Michael Collins walked on the Moon?\""], understood=False)
