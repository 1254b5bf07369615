"""Which agency ran a program: the agencies its missions in the records name.

"Which agency ran the Mariner program?", "the lunar orbiter program was sponsored by what space venture?"
(issue 12). A program entry has no agency of its own; its missions each name the agency that flew them
(``agency``), so the answer is those agencies, with how many of the program's missions each flew. A program
with no mission in the records is not answered.
"""

from __future__ import annotations

from collections import Counter

from askspace import compose
from askspace.handlers.base import Ask, Reply
from askspace.handlers.programfacts import named_program
from askspace.missionindex import BY_LAUNCH


def program_agency(a: Ask) -> Reply:
    """The agencies of the named program's missions, the one that flew most first."""
    program = named_program(a)
    if program is None:
        return Reply(["Which program do you mean? Name it, for example \"the Mariner program\"."], understood=False)
    missions = sorted((m for m in a.kb.missions.values() if m.program == program.id), key=BY_LAUNCH)
    flown = Counter(m.agency for m in missions if m.agency)
    name = compose.program_phrase(program)
    if not flown:
        return Reply([f"My records do not say which agency ran {name}."], understood=False)
    r = a.reply([], states=[program.country])
    firsts = {agency: next(m for m in missions if m.agency == agency) for agency in flown}
    cite = "".join(r.citations.cite(firsts[agency]) for agency in flown)
    agencies = sorted(flown, key=lambda g: (-flown[g], BY_LAUNCH(firsts[g])))
    whose = compose.capitalise(compose.possessive(name))
    if len(agencies) == 1:
        r.lines.append(f"{whose} missions were flown by {agencies[0]}{cite}.")
    else:
        parts = [f"{g} ({flown[g]})" for g in agencies]
        r.lines.append(f"{whose} missions were flown by {compose.join(parts)}{cite}.")
    r.lines.append(f"Read from the agencies that {len(missions)} {compose.plural(len(missions), 'mission')} of the "
                   "program in my records name.")
    return r
