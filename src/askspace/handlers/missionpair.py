"""Two named missions checked on one attribute the records hold, when the question asks no order: "Is Voyager 1
or Pioneer 10 still operating?", "Is the James Webb Space Telescope or Hubble in orbit around Earth?", "Were both
Mars 3 and Viking 1 Soviet missions?". Each mission is answered; an attribute the records do not hold for these
missions is not answered (a nearby "which came first" would be an answer to another question).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from askspace import compose
from askspace.compose import day, join
from askspace.handlers.base import Ask, Reply
from askspace.model import Mission

STILL = ("still working", "still operating", "still active", "still running", "still functioning", "still alive",
         "still in operation", "still operational", "currently working", "currently operating", "currently active",
         "still in use", "still observing")
_AROUND = ("in orbit around", "orbiting", "orbit around", "orbits", "in orbit of")
# Words that ask for an order: the compare handler's own reading
ORDER = ("first", "before", "after", "earlier", "later", "sooner", "which came", "who came", "older", "newer",
         "compared", "compare", "how long", "how many years", "how many days", "how many months", "between",
         "apart", "earliest", "latest", "last")


class Check(NamedTuple):
    holds: bool
    text: str  # "Voyager 1 was still working on 31 December 2025, the date my records end"


def asks_order(a: Ask) -> bool:
    return a.q.relation is not None or any(a.q.has(w) for w in ORDER)


def _still(a: Ask, m: Mission, r: Reply) -> Check:
    if m.status == "active":
        return Check(True, f"{m.name} was still working on {day(a.kb.as_of)}, the date my records end"
                           f"{r.citations.cite(m)}")
    end = f" on {day(m.end)}" if m.end else ""
    return Check(False, f"{m.name} stopped working{end}{r.citations.cite(m)}")


def _around(body: str) -> Callable[[Ask, Mission, Reply], Check | None]:
    def check(a: Ask, m: Mission, r: Reply) -> Check | None:
        name = a.kb.bodies[body].name
        if body == "earth":  # a mission whose target is Earth flew in Earth orbit, unless it was suborbital
            if m.target == "earth" and "suborbital" not in m.types:
                return Check(True, f"{m.name} was launched into orbit around Earth on {day(m.launch)}"
                                   f"{r.citations.cite(m)}")
            where = a.kb.bodies[m.target].name if m.target in a.kb.bodies else m.target
            return Check(False, f"{m.name} went beyond Earth orbit (its target: {where})"
                                f"{r.citations.cite(m)}" + (f": {compose.lower_first(m.summary, a.kb.name_words)}"
                                                            .rstrip(".") if m.summary else ""))
        met = [e for e in m.encounters if e.body == body and e.kind == "orbit"]
        if met or (m.target == body and "orbiter" in m.types and m.arrival):
            when = met[0].date if met else m.arrival
            return Check(True, f"{m.name} entered orbit around {name} on {day(when)}{r.citations.cite(m)}")
        return None  # no orbit recorded: the records cannot say it never orbited

    return check


def _state(states: list[str], agency: str | None) -> Callable[[Ask, Mission, Reply], Check | None]:
    """Whose mission: the state's; for an agency asked ("NASA"), the agency the mission's record names."""
    def check(a: Ask, m: Mission, r: Reply) -> Check | None:
        owner = compose.state_name(a.kb, m.country)
        if agency is not None and m.country in states:
            if not m.agency:
                return None  # a mission of the agency's state, but the record names no agency
            held = agency.casefold() in m.agency.casefold().replace("/", " ").split()
            return Check(held, f"{m.name} was a mission of {owner}, by {m.agency}{r.citations.cite(m)}")
        return Check(m.country in states, f"{m.name} was a mission of {owner}{r.citations.cite(m)}")

    return check


# Words for the kinds of craft the missions' ``types`` hold, as "a space telescope" reads them.
KINDS = {"telescope": ("telescope", "telescopes", "observatory", "observatories"),
         "space-station": ("space station", "space stations"), "rover": ("rover", "rovers"),
         "lander": ("lander", "landers"), "orbiter": ("orbiter", "orbiters"), "impactor": ("impactor", "impactors"),
         "sample-return": ("sample return", "sample-return")}
_KIND_NAMES = {"telescope": "a space telescope", "space-station": "a space station", "rover": "a rover",
               "lander": "a lander", "orbiter": "an orbiter", "impactor": "an impactor",
               "sample-return": "a sample-return mission"}
_CREW = ("more crew", "larger crew", "bigger crew", "more people", "more astronauts", "more cosmonauts",
         "more crew members", "more crewmembers")


def _kind(kind: str) -> Callable[[Ask, Mission, Reply], Check | None]:
    def check(a: Ask, m: Mission, r: Reply) -> Check | None:
        said = _KIND_NAMES[kind]
        if kind in m.types:
            return Check(True, f"{m.name} was {said}{r.citations.cite(m)}")
        listed = join([t.replace("-", " ") for t in m.types]) or "no kind"
        return Check(False, f"{m.name} was not {said} in my records (its kinds: {listed}){r.citations.cite(m)}")

    return check


def more_crew(a: Ask, pair: list[Mission]) -> Reply:
    """ "Which mission had more crew members, Apollo 11 or Soyuz 11?": the crews the records list."""
    r = a.reply([], states=[m.country for m in pair], bodies=[pair[0].target])
    r.use(*pair)
    shown = "; ".join(f"{m.name}, {len(m.crew)} ({join([c.name for c in m.crew]) or 'no crew'}){r.citations.cite(m)}"
                      for m in pair)
    n1, n2 = len(pair[0].crew), len(pair[1].crew)
    lead = pair[0] if n1 > n2 else pair[1]
    r.lines.append(f"Neither: both carried as many people: {shown}." if n1 == n2 else
                   f"{lead.name} carried more people: {shown}.")
    return r


def _attribute(a: Ask) -> tuple[str, Callable[[Ask, Mission, Reply], Check | None]] | None:
    """What the question asks of each mission, as a phrase for the verdict and a check."""
    if any(a.q.has(w) for w in STILL) or (a.q.has("still") and not a.q.events):
        return "still working", lambda a, m, r: _still(a, m, r)
    bodies = a.q.ids("body")
    if bodies and any(a.q.has(w) for w in _AROUND):
        return f"in orbit around {a.kb.bodies[bodies[0]].name}", _around(bodies[0])
    states = a.said_states
    launched_by = a.q.has("launched by") and set(a.q.events) <= {"launch"}
    if states and (launched_by or (not a.q.events and any(a.q.has(w) for w in ("mission", "missions", "probe",
                                                                                "probes")))):
        said = a.q.of_kind("state")[0].text.casefold() if a.q.of_kind("state") else ""
        agency = {"nasa": "NASA", "esa": "ESA", "jaxa": "JAXA", "isro": "ISRO", "cnsa": "CNSA"}.get(said)
        whose = agency or compose.state_name(a.kb, states[0])
        return f"a mission of {whose}", _state(states, agency)
    kinds = [k for k, words in KINDS.items() if any(a.q.has(w) for w in words)]
    if len(kinds) == 1 and not a.q.events:
        return _KIND_NAMES[kinds[0]], _kind(kinds[0])
    return None


def pair_attribute(a: Ask, missions: list[Mission]) -> Reply | None:
    """Each of the two missions on the attribute asked; None when no attribute is read."""
    if any(a.q.has(w) for w in ("longer", "for longer", "longest")) and not any(m.crew for m in missions[:2]):
        from askspace.handlers.satmembers import _longer  # "Did Kepler or Spitzer work for longer?"

        return _longer(a, missions[:2])
    if any(a.q.has(w) for w in _CREW) and all(m.crew for m in missions[:2]):
        return more_crew(a, missions[:2])
    found = _attribute(a)
    if found is None:
        return None
    what, check = found
    pair = missions[:2]
    r = a.reply([], states=[m.country for m in pair], bodies=[pair[0].target])
    checks = [check(a, m, r) for m in pair]
    if any(c is None for c in checks):
        unknown = [m.name for m, c in zip(pair, checks, strict=True) if c is None]
        return Reply([f"My records do not say whether {join(unknown)} {'was' if len(unknown) == 1 else 'were'} "
                      f"{what}."], understood=False)
    done = [c for c in checks if c is not None]
    r.use(*pair)
    yes = [m.name for m, c in zip(pair, done, strict=True) if c.holds]
    texts = "; ".join(c.text for c in done)
    if "both" in a.q.words:
        verdict = "Yes, both" if len(yes) == 2 else f"No, only {yes[0]}" if yes else "No, neither"
        r.lines.append(f"{verdict}: {texts}.")
    elif len(yes) == 1:
        r.lines.append(f"{yes[0]}, of the two, was {what}: {texts}.")
    else:
        r.lines.append(f"{'Both' if yes else 'Neither'}: {texts}.")
    return r


def mission_pair(a: Ask) -> Reply:
    """ "Are both Voyager 1 and Voyager 2 still working?": the handler of intent ``mission_pair``."""
    from askspace.handlers.base import named_missions

    missions = named_missions(a, include_anchor=True)
    if len(missions) < 2:
        return a.reply(["Which two missions do you mean? Name them, for example \"Are both Voyager 1 and Voyager 2 "
                        "still working?\""], clarify=True)
    return pair_attribute(a, missions) or a.reply(
        ["I can check one thing my records hold of each of two missions (still working, in orbit around a body, "
         "whose mission); ask, for example, \"Are both Voyager 1 and Voyager 2 still working?\""], understood=False)
