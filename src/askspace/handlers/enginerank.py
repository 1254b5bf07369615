"""An engine's expansion ratio or chamber pressure (knowledge/engines.yaml), and which engine of the records has
the highest or lowest one ("Which bipropellant engine has the highest expansion ratio?").

A ranking counts only the engines whose sources give the figure and says how many; a note of the engine about the
figure (which version it is for, where sources disagree) follows the answer.
"""

from __future__ import annotations

from askspace import enginetext as text
from askspace.compose import capitalise, join, number_word, plural
from askspace.engines import Engine, burns_all
from askspace.handlers.base import Ask, Reply

_HIGH = ("highest", "maximum", "max", "most", "largest", "greatest", "biggest", "top", "record")
_LOW = ("lowest", "minimum", "least", "smallest", "min")
_FIGURES = {  # attribute: (the words that ask for it, its name in answers, the words of a note about it)
    "expansion_ratio": (("expansion ratio", "nozzle ratio", "area ratio", "expansion", "nozzle expansion ratio"),
                        "expansion ratio", ("expansion", "nozzle")),
    "chamber_pressure_mpa": (("chamber pressure", "combustion pressure", "pressure", "combustion chamber pressure"),
                             "chamber pressure", ("pressure",)),
}


def _asked(a: Ask) -> str | None:
    for attribute, (words, _, _) in _FIGURES.items():
        if any(a.q.has(w) for w in words):
            return attribute
    return None


def _value(attribute: str, value: float) -> str:
    if attribute == "expansion_ratio":
        return f"{value:g}:1"
    return f"{value:g} MPa ({round(value * 10, 1):g} bar, {value * 145.038:,.0f} psi)"


def _note(e: Engine, attribute: str) -> str | None:
    words = _FIGURES[attribute][2]
    return next((n for n in e.notes if any(w in n.casefold() for w in words)), None)


def engine_rank(a: Ask) -> Reply:
    """The figure of each engine named, or the engine of the records with the highest (lowest) one."""
    attribute = _asked(a)
    if attribute is None:
        return a.reply(["I can give an engine's expansion ratio or chamber pressure where my records have it."],
                       understood=False)
    name = _FIGURES[attribute][1]
    ids = list(dict.fromkeys(m.ids[0] for m in a.q.of_kind("engine")))
    r = a.reply([])
    if ids:
        for eid in ids:
            e = a.kb.engines[eid]
            value = getattr(e, attribute)
            if value is None:
                r.lines.append(f"My records do not have the {e.name}'s {name}.")
                r.understood = False
                continue
            r.lines.append(f"The {e.name}'s {name} is {_value(attribute, value)}{text.cite(e, r.citations)}.")
            if (note := _note(e, attribute)) is not None:
                r.lines.append(note)
        return r
    high = any(a.q.has(w) for w in _HIGH)
    if not high and not any(a.q.has(w) for w in _LOW):
        return a.reply([f"I can name the engine of my records with the highest or lowest {name}, or give one "
                        f"engine's {name}."], understood=False)
    props = list(dict.fromkeys(a.q.ids("propellant")))
    engines = [e for e in a.kb.engines.values() if getattr(e, attribute) is not None
               and (not props or burns_all(e, props))]
    burning = f" burning {join([a.kb.propellants[p].name for p in props])}" if props else ""
    if not engines:
        r.lines.append(f"None of the engines of my records{burning} has a {name} in my records.")
        r.understood = False
        return r
    ranked = sorted(engines, key=lambda e: (-getattr(e, attribute) if high else getattr(e, attribute), e.id))
    best = ranked[0]
    most = "highest" if high else "lowest"
    r.lines.append(f"Of the engines of my records{burning}, the {best.name} has the {most} {name}: "
                   f"{_value(attribute, getattr(best, attribute))}{text.cite(best, r.citations)}.")
    if (note := _note(best, attribute)) is not None:
        r.lines.append(note)
    others = [f"the {e.name} ({_value(attribute, getattr(e, attribute))})" for e in ranked[1:4]]
    n = len(engines)
    r.lines.append(f"Counted: the {number_word(n)} liquid-fuel {plural(n, 'engine')} of my records whose {name} "
                   f"their sources give (not every engine ever built){'; next: ' + join(others) if others else ''}.")
    r.lines[0] = capitalise(r.lines[0])
    return r
