"""A program as a whole: has it flown, has it carried people, and when it first did."""

from __future__ import annotations

from askspace import compose, queries
from askspace.compose import day, join, number_word, plural
from askspace.handlers.base import Ask, Reply, outcome_of_noun
from askspace.model import Mission


def program_status(a: Ask) -> Reply:
    """ "Has Gaganyaan flown yet?", "When did Gaganyaan first fly?": its first flight and first crew.

    Answers as of the records' date, naming the flights it has made when none carried people.
    """
    ids = a.q.ids("program")
    if not ids:  # the program was named inside a "before/after" clause, or not at all
        return a.reply(["Which program do you mean? Name it, for example \"Gaganyaan\" or \"Shenzhou\"."],
                       clarify=True)
    program = a.kb.programs[ids[0]]
    name = compose.program_phrase(program)
    flights = queries.missions(a.kb, program=program.id)
    r = a.reply([], states=[program.country])
    as_of = day(a.kb.as_of)
    if not flights and program.flights:  # "when did Buran fly?": flown, but no mission of it in the records
        marks = "".join(r.citations.add(src) for src in program.sources[:1])
        counted = f" ({program.flights_counted})" if program.flights_counted else ""
        r.lines.append(f"{compose.capitalise(name)} made {number_word(program.flights)} "
                       f"{plural(program.flights, 'flight')}{counted}{marks}; my records hold no mission of it with "
                       "its dates.")
        r.understood = a.q.has("how many")  # the count is known; a date asked is not in the records
        return r
    if not flights:
        r.lines.append(f"No: I have no flight of {name} in my records (to {as_of}).")
        return r
    if (outcome := outcome_of_noun(a.q.words)) is not None:
        return _first_by_outcome(a, r, name, flights, as_of, outcome)
    first, crewed = flights[0], [m for m in flights if m.crewed]
    r.use(first)
    people = a.q.crewed is True
    verdict = "" if not a.q.yes_no else ("Yes: " if crewed or not people else "No: ")
    if people and not crewed:
        r.use(*flights[:6])
        listed = join([f"{m.name} ({day(m.launch)}){r.citations.cite(m)}" for m in flights[:6]])
        r.lines.append(f"{verdict}no flight of {name} had carried people by {as_of}, the date my records end. "
                       f"Its {plural(len(flights), 'flight')} without crew: {listed}.")
        return r
    r.lines.append(compose.capitalise(
        f"{verdict}the first flight of {name} in my records was {first.name}, {day(first.launch)}"
        f"{r.citations.cite(first)}{'' if first.crewed else ', without crew'}."))
    if crewed and not first.crewed:
        r.use(crewed[0])
        r.lines.append(f"Its first flight with people aboard was {crewed[0].name}, "
                       f"{day(crewed[0].launch)}{r.citations.cite(crewed[0])}.")
    count = f"{len(flights)} {plural(len(flights), 'flight')} in my records"
    r.lines.append(f"{compose.capitalise(name)}: {count}, {len(crewed)} with people aboard (to {as_of}).")
    return r


def _first_by_outcome(a: Ask, r: Reply, name: str, flights: list[Mission], as_of: str, wanted: str) -> Reply:
    """ "The first Ranger mission that didn't fail": the program's first flight with that outcome, and the
    ones before it. A partial success is neither."""
    word = "successful" if wanted == "success" else "failed"
    chosen = next((m for m in flights if m.outcome == wanted), None)
    if chosen is None:
        r.lines.append(f"None: no flight of {name} {'succeeded' if wanted == 'success' else 'failed'} in my "
                       f"records (to {as_of}).")
        return r
    r.use(chosen)
    r.lines.append(compose.capitalise(f"the first {word} flight of {name} in my records was {chosen.name}, "
                                      f"{day(chosen.launch)}{r.citations.cite(chosen)}."))
    before = flights[:flights.index(chosen)]
    if before:
        r.lines.append(f"Before it: {join([f'{m.name} ({m.outcome})' for m in before])}.")
    r.lines.append("Rule: a flight counts as successful when its records call it a success; partial successes "
                   "are not counted as either.")
    return r
