"""Named people checked against the missions' crews: "Was Neil Armstrong on Gemini 8?", "Were both Jim Lovell and
Fred Haise on Apollo 13?", "Did Michael Collins walk on the Moon?" (the crew of a crewed landing less the Command
Module Pilot, who stayed in orbit)."""

from __future__ import annotations

from askspace import compose, persons, queries
from askspace.compose import day
from askspace.handlers.base import Ask, Reply, names_crew, walkers
from askspace.model import Mission


def _verdict(people: list[str], held: list[bool], done: str) -> str:
    """ "Yes, both flew on Apollo 13", "No, only Jim Lovell flew on Apollo 13", "No, neither ..." (two or more)."""
    if all(held):
        return f"Yes, {'both' if len(held) == 2 else 'all'} {done}"
    if not any(held):
        return f"No, {'neither' if len(held) == 2 else 'none of them'} {done}"
    return f"No, only {compose.join([p for p, h in zip(people, held, strict=True) if h])} {done}"


def _several(a: Ask) -> bool:
    """More than one person named, joined as a pair ("both X and Y", "X and Y"), not split from one misspelt name."""
    return len(a.q.people) > 1 and ("both" in a.q.words or "and" in a.q.words)


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
    verdict = _verdict(list(a.q.people), held, f"flew on {m.name}")
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


def walked(a: Ask) -> Reply | None:
    """ "Did Michael Collins walk on the Moon?": read from the flights of each person named that landed people."""
    if not a.q.people or (len(a.q.people) > 1 and not _several(a)) or not a.q.yes_no or not a.q.events:
        return None
    if queries.rule_for(a.q.events, a.q.crewed).name not in ("land", "crewed-land"):
        return None
    found = [_walk(a, p) for p in a.q.people]
    if any(f is None for f in found):
        return None  # a person none of whose flights landed people: the mission reading says so
    done = [f for f in found if f is not None]
    r = a.reply([], states=[done[0][2].country], bodies=[done[0][2].target])
    r.use(*(m for _, _, m in done))
    texts = "; ".join(text.replace("{cite}", r.citations.cite(m)) for _, text, m in done)
    if len(done) == 1:
        r.lines.append(f"{'Yes' if done[0][0] else 'No'}: {texts}.")
    else:
        body = a.kb.bodies[done[0][2].target].name
        r.lines.append(f"{_verdict(list(a.q.people), [h for h, _, _ in done], f'walked on {body}')}: {texts}.")
    return r
