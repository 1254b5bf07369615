"""Which rocket engines fit what a question says: the propellants they burn, the bureau or company that designed
or built them, their designer, cycle, country or status; or the engines of a rocket the question names, by stage.

Every list says what it counted: the engines of my records (not every engine ever built), each once for all its
versions.
"""

from __future__ import annotations

from collections.abc import Callable

from askspace import enginetext as text
from askspace.compose import capitalise, join, number_word, plural
from askspace.engines import CYCLES, Engine, burns_all
from askspace.handlers.base import Ask, Reply
from askspace.handlers.named import named_agencies
from askspace.queries import expand_states
from askspace.text import normalise

_CYCLE_WORDS = {"full flow": "full-flow-staged-combustion", "gas generator": "gas-generator",
                "staged combustion": "staged-combustion", "expander": "expander", "pressure fed": "pressure-fed",
                "electric pump": "electric-pump", "tap off": "tap-off"}  # as normalised words; the first that fits
Test = Callable[[Engine], bool]
_DETAILED = 10  # up to this many engines, each with its maker and rockets
_RANKS = frozenset({"most", "least", "largest", "biggest", "highest", "lowest", "maximum", "minimum", "strongest",
                    "smallest", "heaviest", "lightest", "best", "earliest", "oldest", "newest", "latest", "last",
                    "fewest", "greatest", "longest", "shortest", "only"})
_MAKERS = frozenset({"whom", "designer", "designers", "manufacturer", "manufacturers", "company", "companies",
                     "builder", "builders", "bureau", "bureaus", "maker", "makers"})
_DESIGN = frozenset({"design", "designed", "designs", "designer", "developed", "develop"})
_BUILD = frozenset({"built", "build", "builds", "made", "make", "makes", "manufacture", "manufactures",
                    "manufactured", "manufacturer", "produced", "produces", "production"})


def engine_list(a: Ask) -> Reply:
    """The engines that fit every constraint the question names, with the rule; or a rocket's engines."""
    if a.q.wh_word in ("where", "when", "why", "how") and not a.q.has("how many"):
        return a.reply(["My engine records list engines by what they burn, who made them, their cycle, country or "
                        "status; not where, when, why or how."], understood=False)
    rockets = [m.ids[0] for m in a.q.of_kind("rocket")]
    if rockets:
        from askspace.handlers.named import named_rockets
        from askspace.handlers.rocketfigures import rocket_engines

        if any(n.variant for n in named_rockets(a)):
            return a.reply(["My records have that rocket as a version of a family; they do not give the version's "
                            "own engines."], understood=False)

        return rocket_engines(a, rockets)
    if a.q.ordinal is not None or _RANKS & set(a.q.words):  # "the first Soviet engine", "the most powerful ..."
        return a.reply(["My engine records list engines by what they burn, who made them, their cycle, country or "
                        "status; they do not rank them, so I cannot say which came first or was the most or least."],
                       understood=False)
    tests, said = constraints(a)
    if not tests:
        return a.reply(["Which engines do you mean? Name a propellant, a bureau or company, or a rocket, for example "
                        "\"Which engines burn liquid hydrogen?\"."], understood=False)
    engines = list(a.kb.engines.values())
    found = [e for e in engines if all(t(e) for t in tests)]
    r = a.reply([])
    many = join([p for p, _ in said])
    rule = (f"Counted: the {len(engines)} liquid-fuel rocket engines of my records (not every engine ever built), "
            f"each once for all its versions, that {many}.")
    if not found:
        r.lines.extend([f"None of the rocket engines in my records {join([o for _, o in said])}.", rule])
        r.understood = False
        return r
    n = len(found)  # every one is named: a long list without its who and where, a short one with them
    if (attribute := _attribute(a)) is not None:  # "The engines designed by Tom Mueller burn what fuel?": that fact
        facts = [f"the {e.name}, {value}{text.cite(e, r.citations)}" for e in found[:_DETAILED]
                 if (value := attribute(e)) is not None]
        if len(facts) < min(n, _DETAILED) or n > _DETAILED:
            r.lines.append(f"My records do not have that for every engine that {many}.")
            r.understood = False
            return r
        r.lines.append(f"{capitalise(number_word(n))} {plural(n, 'engine')} in my records "
                       f"{many if n > 1 else join([o for _, o in said])}: {join(facts)}.")
        r.lines.append(rule)
        return r
    shown = [f"the {e.name}{f' ({_about(a, e)})' if n <= _DETAILED else ''}{text.cite(e, r.citations)}" for e in found]
    if a.q.wh_word == "who" or (_MAKERS & set(a.q.words) and not named_agencies(a)):  # "who designed an engine
        # with kerosene ...", "which manufacturer made ...", "... was designed by whom?": the makers first
        makers = list(dict.fromkeys(m for e in found if (m := text.maker(a.kb, e, short=True))))
        r.lines.append(f"{capitalise(join(makers[:8]))}{' and others' if len(makers) > 8 else ''} designed or built "
                       f"the {number_word(n)} {plural(n, 'engine')} of my records that "
                       f"{many if n > 1 else said[0][1]}: "
                       f"{join([e.name + text.cite(e, r.citations) for e in found])}.")
    else:
        r.lines.append(f"{capitalise(number_word(n))} {plural(n, 'engine')} in my records "
                       f"{many if n > 1 else join([o for _, o in said])}: {join(shown)}.")
    r.lines.append(rule)
    return r


def _attribute(a: Ask) -> Callable[[Engine], str | None] | None:
    """What the question asks of the engines it describes, when that is not the engines themselves: what they burn
    (asked without naming a propellant), their cycle or status; None when it asks which engines."""
    q, kb = a.q, a.kb
    if not q.of_kind("propellant") and any(q.has(w) for w in ("fuel", "fuels", "propellant", "propellants",
                                                                "oxidizer", "oxidiser", "burn", "burns")):
        return lambda e: f"burning {text.burns(kb, e)}"
    if not any(q.has(w) for w in _CYCLE_WORDS) and q.has("cycle"):
        return lambda e: (f"the {text.cycle(e)}" if text.cycle(e) else None)
    if q.has("status"):
        return lambda e: text.status(kb, e)
    return None


def _about(a: Ask, e: Engine) -> str:
    """ "Rocketdyne, Saturn V" - who made it and where it flew, the first of each."""
    parts = [text.maker(a.kb, e, short=True) or ""]
    rockets = list(dict.fromkeys(a.kb.rockets[u.rocket].name for u in e.used_on if u.rocket in a.kb.rockets))
    parts.append(join(rockets[:3]) if rockets else (e.also_used_on[0] if e.also_used_on else ""))
    return "; ".join(p for p in parts if p)


def constraints(a: Ask) -> tuple[list[Test], list[tuple[str, str]]]:
    """The tests an engine must pass and how the answer says each ("burn liquid hydrogen")."""
    q, kb = a.q, a.kb
    tests: list[Test] = []
    said: list[tuple[str, str]] = []  # how the answer says it of several engines, and of one
    props = list(dict.fromkeys(m.ids[0] for m in q.of_kind("propellant")))
    if props:  # together: "kerosene and nitrogen tetroxide" is no engine's pair, though the LR87 burned each
        tests.append(_burns(props))
    for pid in props:
        prop = kb.propellants[pid]
        said.append((f"burn {prop.name}", f"burns {prop.name}") if prop.role == "fuel"
                    else (f"use {prop.name} as oxidizer", f"uses {prop.name} as oxidizer"))
    agencies = named_agencies(a)
    inside = {i for m in q.mentions for i in range(m.start, m.end)}
    outside = {w for i, w in enumerate(q.words) if i not in inside}
    designed = bool(outside & _DESIGN) and not outside & _BUILD  # "Which engines did X design?": its own designs
    for g in agencies:
        tests.append(_made_by(g.id, designed))
        who = _as_said(a, g.id, g.name, g.aliases)
        verb = "designed" if designed else "designed or built"
        said.append((f"were {verb} by {who}", f"was {verb} by {who}"))
    designers = _designers(a)
    if designers:
        tests.append(lambda e: e.designer in designers)
        said.append((f"were designed by {join(sorted(designers))}", f"was designed by {join(sorted(designers))}"))
    for phrase, cycle in _CYCLE_WORDS.items():
        if q.has(phrase):
            tests.append(_cycle(cycle))
            cycle_name = CYCLES[cycle].split(" (")[0]
            said.append((f"use the {cycle_name}", f"uses the {cycle_name}"))
            break
    if not agencies:
        states = {s for m in q.of_kind("state") for s in expand_states(kb, m.ids)}
        if states:
            tests.append(lambda e: e.state in states)
            where = join(sorted({kb.states[s].short for s in states if s in kb.states}))
            said.append((f"come from {where}", f"comes from {where}"))
    if q.has("still") or q.has("in use") or q.has("currently"):
        tests.append(lambda e: e.status in ("in-use", "development"))
        said.append((f"are still in use (to {a.kb.as_of.year})", f"is still in use (to {a.kb.as_of.year})"))
    elif q.has("retired"):
        tests.append(lambda e: e.status == "retired")
        said.append(("are retired", "is retired"))
    return tests, said


def _as_said(a: Ask, agency: str, name: str, aliases: tuple[str, ...]) -> str:
    """ "NPO Energomash (Glushko's bureau)": the name, and the alias the question used for it (answers show it)."""
    words = {tuple(m.text.split()) for m in a.q.mentions if m.kind == "agency" and m.ids[0] == agency}
    alias = next((x for x in aliases if normalise(x).words in words), None)
    return f"{name} ({alias})" if alias and normalise(name).words not in words else name


def _burns(props: list[str]) -> Test:
    return lambda e: burns_all(e, props)


def _made_by(agency: str, designed: bool) -> Test:
    return (lambda e: e.builder == agency) if designed else (lambda e: agency in (e.builder, e.manufacturer))


def _cycle(cycle: str) -> Test:
    return lambda e: e.cycle == cycle


def _designers(a: Ask) -> set[str]:
    """The designers the question names by surname ("Glushko", "Tom Mueller")."""
    inside = {i for m in a.q.mentions for i in range(m.start, m.end)}
    words = {w for i, w in enumerate(a.q.words) if i not in inside}
    return {e.designer for e in a.kb.engines.values()
            if e.designer and normalise(e.designer).words[-1] in words}
