"""Who flew on each of two or more named missions: the people their crews share, then each crew (a reader
who meant "the crews of A and B" gets those too).

"Who flew on both Gemini 8 and Apollo 11?", "Who was in missions of Gemini 8 and Apollo 11?" (issue 12). The
crews are the missions' own crew rows (a person counts once per mission, whatever their role); a mission
without a crew is not answered, as a robotic mission has no one to share.
"""

from __future__ import annotations

from askspace.compose import join
from askspace.handlers.base import Ask, Reply


def crew_both(a: Ask) -> Reply:
    """The people on every mission named, in the crew order of the first."""
    missions = [a.kb.missions[i] for i in dict.fromkeys(a.q.ids("mission"))]
    if len(missions) < 2:
        return Reply(["Which missions do you mean? Name two, for example \"Gemini 8 and Apollo 11\"."],
                     understood=False)
    uncrewed = [m.name for m in missions if not m.crew]
    if uncrewed:
        return Reply([f"{join(uncrewed)} had no crew in my records, so no one flew on all of them."],
                     understood=False)
    r = a.reply([], states=list(dict.fromkeys(m.country for m in missions)),
                bodies=list(dict.fromkeys(m.target for m in missions)))
    r.use(*missions)
    cite = "".join(r.citations.cite(m) for m in missions)
    names = join([m.name for m in missions])
    key = [{c.person or c.name for c in m.crew} for m in missions]
    shared = [c.name for c in missions[0].crew if all((c.person or c.name) in k for k in key[1:])]
    if shared:
        r.lines.append(f"{join(shared)} flew on both {names}{cite}." if len(missions) == 2 else
                       f"{join(shared)} flew on each of {names}{cite}.")
    else:
        r.lines.append(f"No one flew on both {names}{cite}." if len(missions) == 2 else
                       f"No one flew on each of {names}{cite}.")
    r.lines.append("Their crews: " + "; ".join(f"{m.name}, {join([c.name for c in m.crew])}" for m in missions) + ".")
    r.lines.append("Counted: the people of each mission's crew in my records, whatever their role.")
    return r
