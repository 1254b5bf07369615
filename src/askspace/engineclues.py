"""Quiz clues whose answer is a rocket engine or a rocket: "This Rocketdyne engine, five of which powered the
Saturn V first stage" is the F-1.

A clue reads as one when it says "this"/"these" followed within a few words by "engine" (or "motor") or by
"rocket"/"launcher". Every name in it must fit the answer: a bureau or company that designed or built the engine
(or the rocket), a rocket it powers (or, for a rocket, an engine of its stages), a propellant it burns, a state,
a year of its first flight, and a number of engines on a stage ("five of which"). Any other name (a mission, a
person, a place) is a constraint these records do not evaluate, so the clue is not answered. Only a clue that
exactly one entry fits is answered.
"""

from __future__ import annotations

from askspace import enginetext as text
from askspace import rocketlinks
from askspace.compose import Citations, day, join
from askspace.engines import Engine, burns_all
from askspace.handlers.base import Reply
from askspace.kinds import Rocket
from askspace.model import KnowledgeBase
from askspace.parse import Question
from askspace.queries import expand_states

_ENGINE = frozenset({"engine", "engines", "motor", "motors"})
_ROCKET = frozenset({"rocket", "rockets", "launcher", "booster", "launch"})
_WINDOW = 5
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "eight": 8, "nine": 9, "thirty": 30}
_READ_KINDS = frozenset({"agency", "rocket", "engine", "propellant", "state", "year", "place"})
_STAGES = {"first": "first", "second": "second", "third": "third", "upper": "second"}


def _asks(words: tuple[str, ...]) -> str | None:
    """ "engine" or "rocket": what the phrase after "this"/"these" names, or None."""
    for i, word in enumerate(words):
        if word in ("this", "these"):
            window = words[i + 1:i + 1 + _WINDOW]
            if _ENGINE & set(window):
                return "engine"
            if _ROCKET & set(window) and "engine" not in words:
                return "rocket"
    return None


def evaluate(kb: KnowledgeBase, q: Question, cite: Citations) -> Reply | None:
    """The clue's answer, or None when it is no engine or rocket clue, names what is not read, or fits not one."""
    asks = _asks(q.words)
    if asks is None or any(m.kind not in _READ_KINDS for m in q.mentions) or not kb.engines:
        return None
    if asks == "engine" and q.of_kind("place"):  # an engine's launch sites are not recorded
        return None
    if asks == "engine":
        found = [e for e in kb.engines.values() if _engine_fits(kb, e, q)]
        if len(found) != 1 or not _names_any(q):
            return None
        return _engine_reply(kb, found[0], q, cite)
    rockets = [r for r in kb.rockets.values() if _rocket_fits(kb, r, q)]
    if len(rockets) != 1 or not any(m.kind in ("engine", "agency", "propellant", "place") for m in q.mentions):
        return None
    r = rockets[0]
    cited = "".join(cite.add(s) for s in r.sources)
    engines = [e.name for e in kb.engines.values() if any(u.rocket == r.id for u in e.used_on)]
    if engines:
        return Reply([f"The {r.name}{cited}: its engines in my records are the {join(engines)}."], citations=cite)
    makers = join([kb.agencies[m].name for m in rocketlinks.makers_of(kb, r)])
    first = f"first flown {day(r.first_flight)}" if r.first_flight else ""
    said = join([f"built by {makers}" if makers else "", first])
    return Reply([f"The {r.name}{cited}{f' ({said})' if said else ''}."], citations=cite)


def _names_any(q: Question) -> bool:
    return any(m.kind in ("agency", "rocket", "propellant") for m in q.mentions)


def _count(q: Question) -> int | None:
    for w in q.words:
        if w.isdigit() and 1 < int(w) < 40:
            return int(w)
        if w in _NUMBERS:
            return _NUMBERS[w]
    return None


def _engine_fits(kb: KnowledgeBase, e: Engine, q: Question) -> bool:
    stage = next((s for w, s in _STAGES.items() if w in q.words and "stage" in q.words), None)
    count = _count(q)
    for m in q.mentions:
        i = m.ids[0]
        if m.kind == "agency" and i not in (e.builder, e.manufacturer):
            return False
        if m.kind == "propellant" and not burns_all(e, [i]):
            return False
        if m.kind == "engine" and i != e.id:
            return False
        if m.kind == "state" and e.state not in expand_states(kb, m.ids):
            return False
        if m.kind == "year" and int(i) not in (e.first_flight_year, e.status_year):
            return False
        if m.kind == "rocket":
            uses = [u for u in e.used_on if u.rocket == i and (stage is None or u.stage == stage)]
            if not uses or (count is not None and all(u.number != count for u in uses)):
                return False
    return True


def _rocket_fits(kb: KnowledgeBase, r: Rocket, q: Question) -> bool:
    for m in q.mentions:
        i = m.ids[0]
        if m.kind == "agency" and i not in rocketlinks.makers_of(kb, r):
            return False
        if m.kind == "place" and r not in (x for x, _ in rocketlinks.flew_from(kb, i)):
            return False
        if m.kind == "rocket" and i != r.id:
            return False
        if m.kind == "engine" and not any(u.rocket == r.id for u in kb.engines[i].used_on):
            return False
        if m.kind == "propellant" and not any(
                burns_all(e, [i]) and any(u.rocket == r.id for u in e.used_on)
                for e in kb.engines.values()):
            return False
        if m.kind == "state" and r.state not in expand_states(kb, m.ids):
            return False
        if m.kind == "year" and (r.first_flight is None or r.first_flight.year != int(i)):
            return False
    count = _count(q)
    return count is None or not ({"stage", "stages"} & set(q.words)) or r.stages == count


def _engine_reply(kb: KnowledgeBase, e: Engine, q: Question, cite: Citations) -> Reply:
    who = text.maker(kb, e, short=True)
    said = [m.ids[0] for m in q.mentions if m.kind == "rocket"]
    uses = [u for u in e.used_on if u.rocket in said] or list(e.used_on[:1])
    where = f": {join([text.stage_text(kb, u) for u in uses])}" if uses else ""
    return Reply([f"The {e.name}{f' ({who})' if who else ''}{where}{text.cite(e, cite)}."], citations=cite)
