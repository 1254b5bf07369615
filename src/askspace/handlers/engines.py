"""Facts about the rocket engines a question names: what they burn, who designed and built them, their cycle,
thrust, first flight and status, and which stages of which rockets they power; or an engine's card.

The fact asked comes first; a fact the records lack is said to be missing (not understood, exit 1).
"""

from __future__ import annotations

import re

from askspace import enginetext as text
from askspace.compose import capitalise, join
from askspace.engines import Engine, burns_all
from askspace.handlers.base import Ask, Reply
from askspace.text import normalise

_FUEL = ("fuel", "fuels", "propellant", "propellants", "burn", "burns", "burned", "burnt", "run on", "runs on",
         "ran on", "oxidizer", "oxidiser", "oxidizers", "oxidant", "fueled", "fuelled", "powered by what")
_MAKER = ("who built", "who builds", "who made", "who make", "who makes", "who manufactures", "who manufactured",
          "manufacturer", "manufacture", "manufactured", "builder", "built", "build", "made", "make", "company",
          "bureau", "who designed", "designer", "designed", "design", "developed", "who developed", "developer")
_CYCLE = ("cycle", "power cycle", "turbopump", "combustion cycle", "engine cycle")
_THRUST = ("thrust", "how powerful", "powerful", "kilonewtons", "kn", "force", "how much thrust")
_FIRST = ("first flight", "first flew", "first fly", "first flown", "first used", "first use", "maiden",
          "debut", "introduced", "first launch", "first launched")
_STATUS = ("status", "development status", "still", "in use", "in service", "retired", "operational", "active",
           "currently", "still used", "still in use", "today", "nowadays", "used today", "in production")
_USED = ("which rocket", "which rockets", "what rocket", "what rockets", "used on", "used in", "use", "uses", "used",
         "power", "powers", "powered", "fly on", "flew on", "flies on", "launch vehicle", "launch vehicles",
         "what vehicle", "which vehicle", "stage", "stages", "rocket stage")
_COUNTRY = ("which country", "what country", "country", "nation")


def engine_facts(a: Ask) -> Reply:
    """The fact the question asks about each engine it names."""
    ids = list(dict.fromkeys(m.ids[0] for m in a.q.mentions if m.kind == "engine"))
    if not ids:
        return a.reply(["Which rocket engine do you mean? Name it, for example \"F-1\" or \"RD-180\"."], clarify=True)
    r = a.reply([])
    for eid in ids:
        e = a.kb.engines[eid]
        version = _version(a, e)
        if version is not None and (_asks(a, _STATUS) or _asks(a, _FIRST) or _asks(a, _THRUST) or _asks(a, _CYCLE)
                                    or a.q.has("when")):
            _missing(r, f"My records have the {version} as a version of the {e.name}; they do not give that "
                        "version's own status, first flight, thrust or cycle.")
            continue
        _one(a, e, r)
        if version is not None:
            r.lines.append(f"(The {version} is a version of the {e.name}.)")
    return r


def _version(a: Ask, e: Engine) -> str | None:
    """The version of ``e`` the question names ("Merlin 1C"), or None when it names the engine itself."""
    said = {tuple(m.text.split()) for m in a.q.mentions if m.kind == "engine" and m.ids[0] == e.id}
    return next((v for v in e.versions if normalise(v).words in said), None)


def _asks(a: Ask, words: tuple[str, ...]) -> bool:
    return any(a.q.has(w) for w in words)


_RANKS = frozenset({"most", "least", "largest", "biggest", "highest", "lowest", "maximum", "minimum", "strongest",
                    "smallest", "heaviest", "lightest", "best", "earliest", "oldest", "newest", "latest", "fewest",
                    "greatest", "longest", "shortest", "only"})  # "Which rocket first used the RL10?": not ranked here
_NOT_READ = ("how much fuel", "how much propellant", "made of", "material", "materials", "time", "burn time",
             "duration", "seconds", "how long", "how many", "how often", "weigh", "weight", "mass", "cost", "price",
             "size", "length", "tall", "height", "why")


def _one(a: Ask, e: Engine, r: Reply) -> None:
    q = a.q
    if q.has("how many") and q.of_kind("rocket") and _asks(a, _USED):  # "How many F-1s powered the Saturn V?"
        _used(a, e, r)
        return
    staged = any(q.has(f"{o} stage") for o in ("first", "second", "third", "fourth", "fifth"))
    ranked = (q.ordinal is not None and not staged and not _asks(a, _FIRST)) or bool(_RANKS & set(q.words))
    # "Where was the F-1 built?", "How many F-1s were built?", "What was its burn time?", "Which rocket first used
    # it?": facts these records do not hold, not a nearby one
    if q.wh_word in ("where", "why") or any(q.has(w) for w in _NOT_READ) or ranked:
        _missing(r, f"My records of the {e.name} say what it burns, who made it, its cycle, thrust, first flight, "
                    "status and the rockets it powered; not that.")
        return
    if q.has("when") and (_asks(a, _MAKER) or _asks(a, _FUEL)):  # "When was the RL10 developed?": not recorded
        _missing(r, f"My records do not have when the {e.name} was designed or built; they have its first flight "
                    "and status.")
        return
    if q.has("when") and not _asks(a, _STATUS):  # "When did the F-1 first fly?": its first flight
        _fact(r, e, text.first_flight(e), f"The {e.name} first flew in {{}}"
              if e.first_flight is None else f"The {e.name} first flew on {{}}", "first flight")
        return
    if _asks(a, _FUEL) or q.of_kind("propellant"):
        _fuel(a, e, r)
    elif _asks(a, _STATUS) and not (q.has("who") or _asks(a, _THRUST)):
        _status(a, e, r)
    elif _asks(a, _MAKER):
        _maker(a, e, r)
    elif _asks(a, _CYCLE):
        _fact(r, e, text.cycle(e), f"The {e.name} {text.verb(e, 'uses', 'used')} the {{}}", "cycle")
    elif _asks(a, _THRUST):
        _fact(r, e, text.thrust(e), f"The {e.name} {text.verb(e, 'gives', 'gave')} a thrust of {{}}", "thrust")
    elif _asks(a, _FIRST) or (q.has("when") and not _asks(a, _USED)):
        _fact(r, e, text.first_flight(e), f"The {e.name} first flew in {{}}"
              if e.first_flight is None else f"The {e.name} first flew on {{}}", "first flight")
    elif _asks(a, _COUNTRY):
        state = a.kb.states.get(e.state or "")
        _fact(r, e, state.short if state else None, f"The {e.name} was developed in {{}}", "country")
    elif _asks(a, _USED) or q.of_kind("rocket"):
        _used(a, e, r)
    else:
        _card(a, e, r)


def _missing(r: Reply, line: str) -> None:
    r.lines.append(line)
    r.understood = False


def _fact(r: Reply, e: Engine, value: str | None, sentence: str, what: str) -> None:
    """One sentence with the value, or that the records lack the engine's ``what``."""
    if value is None:
        _missing(r, f"My records do not have the {e.name}'s {what}.")
        return
    r.lines.append(sentence.format(value).replace("the the ", "the ") + f"{text.cite(e, r.citations)}.")


def _fuel(a: Ask, e: Engine, r: Reply) -> None:
    """What it burns; "Does the Merlin burn kerosene?" is answered yes or no first."""
    said = [m.ids[0] for m in a.q.of_kind("propellant")]
    line = f"The {e.name} {text.verb(e, 'burns', 'burned')} {text.burns(a.kb, e)}{text.cite(e, r.citations)}."
    if said and a.q.yes_no:
        fits = burns_all(e, said)
        line = f"{'Yes' if fits else 'No'}: {line[0].lower()}{line[1:]}"
    r.lines.append(line)
    if len(e.fuel) > 1 or len(e.oxidizer) > 1:
        r.lines.extend(e.notes[:1])


def _maker(a: Ask, e: Engine, r: Reply) -> None:
    who = text.maker(a.kb, e)
    if who is None:
        _missing(r, f"My records do not say who designed or built the {e.name}.")
        return
    asked = any(a.q.has(w) for w in ("who designed", "designed", "designer", "design", "who developed"))
    by = f"{e.designer}'s team at {who}" if e.designer and asked else who
    r.lines.append(f"The {e.name} {text.verb(e, 'is', 'was')} designed and built by {by}{text.cite(e, r.citations)}.")


def _status(a: Ask, e: Engine, r: Reply) -> None:
    """ "Is the RD-100 still in use?": yes or no first when the question asks it that way."""
    state = text.status(a.kb, e)
    where = text.used_on(a.kb, e)
    line = f"The {e.name} is {state}{text.cite(e, r.citations)}."
    if a.q.yes_no and (a.q.has("still") or a.q.has("in use") or a.q.has("retired")):
        flying = e.status in ("in-use", "development")
        yes = not flying if a.q.has("retired") and not a.q.has("still") else flying
        line = f"{'Yes' if yes else 'No'}: {line[0].lower()}{line[1:]}"
    r.lines.append(line)
    if where:
        r.lines.append(f"It {text.verb(e, 'powers', 'powered')} {where}.")


def _used(a: Ask, e: Engine, r: Reply) -> None:
    where = text.used_on(a.kb, e)
    if where is None:
        _missing(r, f"My records do not have a rocket that the {e.name} powered (it is {text.status(a.kb, e)}).")
        return
    said = [m.ids[0] for m in a.q.of_kind("rocket")]
    line = f"The {e.name} {text.verb(e, 'powers', 'powered')} {where}{text.cite(e, r.citations)}."
    if said and a.q.yes_no:
        fits = all(any(u.rocket == rid for u in e.used_on) for rid in said)
        line = f"{'Yes' if fits else 'No'}: {line[0].lower()}{line[1:]}"
    r.lines.append(line)


def _card(a: Ask, e: Engine, r: Reply) -> None:
    """What the engine is, who made it, what it burns, its first flight and status, where it flew."""
    head = e.summary or f"a rocket engine burning {text.burns(a.kb, e)}"
    r.lines.append(f"{e.name}: {head.rstrip('.')}{text.cite(e, r.citations)}.")
    facts = []
    if (who := text.maker(a.kb, e)) is not None:
        facts.append(f"designed and built by {who}")
    facts.append(f"burns {text.burns(a.kb, e)}" if e.status in ("in-use", "development")
                 else f"burned {text.burns(a.kb, e)}")
    if (cyc := text.cycle(e)) is not None:
        facts.append(re.sub(r" \(.*?\)", "", cyc))
    if (first := text.first_flight(e)) is not None:
        facts.append(f"first flight {first}")
    facts.append(text.status(a.kb, e).split(" in my records")[0].split(":")[0])
    r.lines.append(capitalise(join(facts)) + ".")
    if (where := text.used_on(a.kb, e)) is not None:
        r.lines.append(f"It {text.verb(e, 'powers', 'powered')} {where}.")
