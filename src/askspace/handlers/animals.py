"""Animals in space: flights that carried animals, which came back alive, and false premises
about them ("When was Ham the dog launched?": Ham was a chimpanzee)."""

from __future__ import annotations

from askspace import compose
from askspace.compose import day, join
from askspace.handlers import checks, missions, recorded
from askspace.handlers.base import Ask, Reply, named_missions, note_for
from askspace.model import Animal, Mission

_SPECIES = {"dog": ("dog", "dogs", "puppy"), "chimpanzee": ("chimp", "chimps", "chimpanzee", "chimpanzees"),
            "monkey": ("monkey", "monkeys"), "tortoise": ("tortoise", "tortoises", "turtle", "turtles"),
            "cat": ("cat", "cats"), "mouse": ("mouse", "mice"),
            "fruit fly": ("fruit fly", "fruit flies", "drosophila", "insect", "insects")}
_DIED = ("die", "died", "dead", "killed", "did not survive", "didn't survive", "never came back")
_FATE = ("survive", "survived", "die", "died", "dead", "alive", "killed", "come back", "came back", "fate",
         "happened to", "return", "returned", "live", "lived", "came home", "come home", "recovered")


def _asked_species(a: Ask) -> list[str]:
    return [s for s, words in _SPECIES.items() if any(a.q.has(w) for w in words)]


def _who(animals: tuple[Animal, ...]) -> str:
    """Their names, or "the fruit flies" for animals the sources do not name."""
    named = [x.name for x in animals if x.name]
    return join(named) if named else "the " + _kind(animals, plural=True)


def _kind(animals: tuple[Animal, ...], plural: bool = False) -> str:
    species = list(dict.fromkeys(x.species for x in animals))
    plural = plural or len(animals) > 1
    return join([(s[:-1] + "ies" if s.endswith("y") else s + "s") if plural else s for s in species])


def animal_flights(a: Ask) -> Reply:
    """Flights that carried animals: how many, which, the first (of a species, of a program)."""
    species = _asked_species(a)
    programs = a.q.ids("program")
    pool = [m for m in a.kb.missions_sorted() if m.animals and (not programs or any(m.in_program(p) for p in programs))
            and (not species or any(x.species in species for x in m.animals))]
    if "orbit" in a.q.events:  # "the first animal in orbit": not the suborbital flights before Sputnik 2
        pool = [m for m in pool if "suborbital" not in m.types]
    bodies = [b for b in a.bodies if b != "earth"]  # "around the Moon": the flights sent there (Zond 5)
    if bodies:
        pool = [m for m in pool if m.target in bodies]
    if a.said_states:  # "the Soviets": the flights of that state
        pool = [m for m in pool if m.country in a.said_states]
    if any(a.q.has(w) for w in ("only", "animals only", "without people", "no crew", "uncrewed")):
        pool = [m for m in pool if not m.crewed]
    if any(a.q.has(w) for w in _DIED):
        pool = [m for m in pool if any(not x.survived for x in m.animals)]
    elif any(a.q.has(w) for w in _FATE):  # "came home", "survived"
        pool = [m for m in pool if any(x.survived for x in m.animals)]
    if not pool:
        return a.reply(["My records have no such flight."])
    r = a.reply([], states=list(dict.fromkeys(m.country for m in pool)))
    if a.q.ordinal in ("first", "last"):
        m = pool[0] if a.q.ordinal == "first" else pool[-1]
        rec = recorded.best(a.tools.firsts, a.q.words, a.tools.plain_words) if a.tools else None
        if rec is not None and rec.mission.id == m.id and a.q.ordinal == "first":  # said as the source says it
            r.use(m)
            r.lines.append(recorded.sentence(a.kb, rec, r.citations.cite(m)))
            r.lines.append(_fate(m))
            return r
        r.use(m)
        named = any(x.name for x in m.animals)
        carried = f"the {_kind(m.animals)} {_who(m.animals)}" if named else _who(m.animals)
        r.lines.append(f"The {a.q.ordinal} in my records was {m.name} ({compose.state_name(a.kb, m.country)}), "
                       f"launched {day(m.launch)}{r.citations.cite(m)}, carrying {carried}.")
        r.lines.append(_fate(m))
        return r
    r.use(*pool)
    items = [f"{m.name} ({_who(m.animals)}, {day(m.launch)}){r.citations.cite(m)}" for m in pool]
    fate = (", and they did not come back" if any(a.q.has(w) for w in _DIED)
            else ", and they came back alive" if any(a.q.has(w) for w in _FATE) else "")
    crew = " and no crew" if not any(m.crewed for m in pool) else ""
    r.lines.append(f"{compose.number_word(len(pool), capital=True)} {compose.plural(len(pool), 'flight')} in my "
                   f"records carried animals{crew}{fate}: {join(items)}.")
    return r


def _fate(m: Mission, cite: str = "") -> str:
    lost = [x for x in m.animals if not x.survived]
    if not lost:
        back = f" on {day(m.end)}" if m.end else ""
        return f"{compose.capitalise(_who(m.animals))} came back alive{back}{cite}."
    notes = "; ".join(x.note for x in m.animals if x.note)
    if len(lost) == len(m.animals):
        how = f": {notes}" if notes else ""
        return f"{compose.capitalise(_who(m.animals))} did not survive the flight{cite}{how}."
    return f"{_who(tuple(lost))} died; {_who(tuple(x for x in m.animals if x.survived))} came back alive{cite}."


def _each(a: Ask) -> Reply:
    """ "did the dog survive?" with no flight named: every flight with such an animal, each with its fate."""
    species = _asked_species(a)
    pool = [m for m in a.kb.missions_sorted() if any(x.species in species for x in m.animals)]
    if not pool:
        return a.reply(["Which flight do you mean? Name it, for example \"Sputnik 2\"."], clarify=True)
    r = a.reply([], states=list(dict.fromkeys(m.country for m in pool)))
    r.use(*pool)
    if len(pool) > 1:
        r.lines.append(f"My records have {compose.number_word(len(pool))} such flights:")
    r.lines.extend(f"{m.name}: {_fate(m, r.citations.cite(m))}" for m in pool)
    return r


def animal_check(a: Ask) -> Reply:
    """One animal flight: did they survive, when, and what the question got wrong about them."""
    named = named_missions(a) if a.q.of_kind("mission") else []
    m = named[0] if named else (a.kb.missions[a.context_facts[0]] if a.context_facts else None)
    if m is None or not m.animals:
        if named and not any(a.q.has(w) for w in _FATE):  # "Did Sputnik 1 carry a dog?", "what was its dog?"
            if named[0].crew:  # crewed flights often carried animals for experiments the records do not list
                return a.reply([f"My records do not list the animals carried on crewed flights such as "
                                f"{named[0].name}."], understood=False)
            r = a.reply([], states=[named[0].country], bodies=[named[0].target])
            r.use(named[0])
            r.lines.append(f"No: {named[0].name} carried no animals in my records{r.citations.cite(named[0])}.")
            return r
        if named:
            return checks.did_mission(a) if a.q.yes_no else missions.mission_when(a)
        return _each(a)
    r = a.reply([], states=[m.country], bodies=[m.target])
    r.use(m)
    cite = r.citations.cite(m)
    wrong = [s for s in _asked_species(a) if all(x.species != s for x in m.animals)]
    if wrong:
        r.lines.append(f"{compose.capitalise(_who(m.animals))} {'were' if len(m.animals) > 1 else 'was a'} "
                       f"{_kind(m.animals)}, not {'a ' if len(m.animals) == 1 else ''}{wrong[0]}{cite}.")
    fate_asked = any(a.q.has(w) for w in _FATE)
    if fate_asked:
        lost = any(not x.survived for x in m.animals)
        asks_death = any(a.q.has(w) for w in ("die", "died", "dead", "killed"))
        verdict = ""
        if a.q.yes_no:
            verdict = "Yes: " if lost == asks_death else "No: "
        elif asks_death and not lost:  # "Why did Belka and Strelka die?": they did not
            verdict = "They did not die: " if len(m.animals) > 1 else "It did not die: "
        r.lines.append(f"{verdict}{_fate(m, '' if wrong else cite)}")
    if not fate_asked or "when" in a.q.words:
        r.lines.append(f"{m.name} carried {_who(m.animals)} and was launched on {day(m.launch)}"
                       f"{'' if wrong or fate_asked else cite}.")
    note = note_for(a, m, r.lines)
    if note and fate_asked:
        r.lines.append(note)
    return r
