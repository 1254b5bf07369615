"""Evaluate a Select frame: the missions that fit its constraints, listed, or the one a clue describes.

"soviet venus probes" lists the Soviet Union's missions to Venus with their outcomes; "This
Japanese probe brought back grains from the asteroid Itokawa." names Hayabusa, the one mission
that fits. A clue that several missions fit is not answered with a guess: the reply names them
and says the clue does not single one out (not understood). ``None`` means nothing fits, so the
intents try.
"""

from __future__ import annotations

from askspace import compose, queries
from askspace.compose import Citations, day
from askspace.frames import Select
from askspace.handlers.base import Reply
from askspace.model import KnowledgeBase, Mission, Program

LISTED = 12  # a search-box list shows this many, then says how many more


def _year_of(m: Mission, rule: queries.EventRule | None) -> set[int]:
    when = rule.when(m) if rule else None
    return {m.launch.year, *([when.year] if when else [])}


def candidates(kb: KnowledgeBase, sel: Select) -> tuple[list[Mission], queries.EventRule | None]:
    """The missions that fit, in date order, and the event rule that selected them (None: any launch)."""
    rule = queries.rule_for(sel.events, sel.crewed) if sel.events else None
    if rule is not None and rule.name == "launch":
        rule = None
    states = queries.expand_states(kb, sel.states)
    found = (queries.events(kb, rule, sel.body, states, sel.crewed) if rule
             else queries.missions(kb, body=sel.body, states=states, crewed=sel.crewed))
    found = [m for m in found if all(k in m.types for k in sel.kinds)]
    if sel.years:
        found = [m for m in found if _year_of(m, rule) & set(sel.years)]
    return found, rule


def _one(kb: KnowledgeBase, m: Mission, cite: Citations) -> str:
    what = m.summary or m.outcome_reason
    return (f"{m.name} ({compose.state_name(kb, m.country)}, launched {day(m.launch)}{cite.cite(m)}): "
            f"{compose.lower_first(what).rstrip('.')}.")


def evaluate(kb: KnowledgeBase, sel: Select, cite: Citations) -> Reply | None:
    found, rule = candidates(kb, sel)
    if not found:
        return None
    if sel.clue:
        if len(found) == 1:
            r = Reply([f"That describes {_one(kb, found[0], cite)}"], citations=cite)
            r.use(found[0])
            return r
        names = compose.names_with_more([f"{m.name} ({m.launch.year})" for m in found], limit=6)
        return Reply([f"Several missions fit that clue in my records: {names}; it does not single one out."],
                     citations=cite, understood=False)
    owners = list(dict.fromkeys(m.country for m in found))  # "russian" also finds the Soviet Union's: say so
    said = owners if set(owners) - set(sel.states) else list(sel.states)
    whose = compose.join([kb.states[s].adjective for s in said])
    where = f" to {kb.bodies[sel.body].name}" if sel.body else ""
    kind = " and ".join(sel.kinds) if sel.kinds else "mission"
    what = f"{whose + ' ' if whose else ''}{kind}{'s' if len(found) != 1 else ''}{where}"
    shown = [f"{m.name}{f' (rover {m.rover})' if m.rover and 'rover' in sel.kinds else ''} "
             f"({day(m.launch)}{cite.cite(m)}, {m.outcome})" for m in found[:LISTED]]
    more = f"; and {len(found) - LISTED} more" if len(found) > LISTED else ""
    lines = [f"{compose.capitalise(compose.number_word(len(found)))} {what} in my records: "
             f"{'; '.join(shown)}{more}."]
    if "ussr" in owners and "russia" in sel.states:
        lines.append("The Soviet Union preceded today's Russia; its missions are counted with Russia's.")
    order = "in date order" if rule else "in launch order"
    lines.append(f"Rule: {rule.rule if rule else 'every launch counts, failures included'}; {order}.")
    r = Reply(lines, citations=cite, states=list(sel.states), bodies=[sel.body] if sel.body else [])
    r.use_ids([m.id for m in found])  # all of them, not only those shown: "of those" means the whole list
    return r


def card_lines(program: Program, as_of: str) -> list[str]:
    """What the program was for and when it ran, when the entry says (askspace.programinfo)."""
    from askspace.programinfo import span  # only for a program's card, not on every start

    when = span(program, as_of)
    ran = f"It {'has run' if program.ongoing else 'ran'} {when}."
    return ([f"Its purpose: {program.purpose}"] if program.purpose else []) + ([ran] if when else [])


def program_card(kb: KnowledgeBase, program_id: str, cite: Citations) -> Reply:
    """A program named alone ("apollo program", "shenzhou"): whose it was, its flights in the records, first
    and last, how many carried people, and how they ended."""
    program = kb.programs[program_id]
    flights = queries.missions(kb, program=program_id)
    name = compose.capitalise(compose.program_phrase(program))
    marker = "".join(cite.add(s) for s in program.sources[:1])
    about = card_lines(program, day(kb.as_of))
    if not flights:
        return Reply([f"{name}{marker} ({compose.state_name(kb, program.country)}): no flight in my records "
                      f"(to {day(kb.as_of)}).", *about], citations=cite)
    crewed = [m for m in flights if m.crewed]
    failed = [m for m in flights if m.outcome == "failure"]
    first, last = flights[0], flights[-1]
    lines = [f"{name}{marker} ({compose.state_name(kb, program.country)}): "
             f"{len(flights)} {compose.plural(len(flights), 'flight')} in my records, from {first.name} "
             f"({day(first.launch)}{cite.cite(first)}) to {last.name} ({day(last.launch)}{cite.cite(last)}); "
             f"{len(crewed)} carried people, {len(failed)} failed."]
    lines.append("Its flights: " + compose.names_with_more([m.name for m in flights], limit=12) + ".")
    lines.extend(about)
    r = Reply(lines, citations=cite, states=[program.country])
    r.use(*flights)
    return r
