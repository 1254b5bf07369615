"""Where a rocket was launched from: the launch sites of the missions of the records that it (or a rocket of its
family) launched, as the missions' places give them ("What state did the Saturn V launch from?").

The counting rule is said with the answer: the rocket's missions the records hold whose launch site they hold.
"""

from __future__ import annotations

from askspace import sitelinks
from askspace.compose import join, state_name
from askspace.handlers.base import Ask, Reply
from askspace.model import Mission


def rocket_place(a: Ask) -> Reply:
    """The sites the named rocket's missions of the records were launched from."""
    ids = [i for m in a.q.of_kind("rocket") for i in m.ids[:1]]
    if not ids:
        return a.reply(["Which rocket do you mean?"], understood=False)
    rocket = a.kb.rockets[ids[0]]
    family = [r for r in a.kb.rockets.values() if r.id == rocket.id or r.family == rocket.id]
    missions = sorted({m for r in family for m in r.missions}, key=lambda i: (a.kb.missions[i].launch, i))
    held = [a.kb.missions[i] for i in missions if i in a.kb.mission_places]
    r = a.reply([])
    if not held:
        r.lines.append(f"My records do not say where the {rocket.name} was launched from.")
        r.understood = False
        return r
    by_site: dict[str, dict[str, list[Mission]]] = {}
    for m in held:
        chain = sitelinks.chain(a.kb, a.kb.mission_places[m.id].launch_site)
        by_site.setdefault(chain[-1].id, {}).setdefault(chain[0].id, []).append(m)
    cites = "".join(r.citations.add(s) for m in held for s in a.kb.mission_places[m.id].sources[:1])
    parts = []
    for site_id, pads in by_site.items():
        site = a.kb.places[site_id]
        loc = site.located
        where = f", in {loc.province + ', ' if loc.province else ''}{state_name(a.kb, loc.country)}" if loc else ""
        pad_text = join([f"{a.kb.places[p].name} ({join([m.name for m in ms])})" if p != site_id
                         else join([m.name for m in ms]) for p, ms in pads.items()])
        parts.append(f"{site.name}{where}: {pad_text}")
    r.lines.append(f"The {rocket.name} launches of my records were from {'; and from '.join(parts)}{cites}.")
    left = len(missions) - len(held)
    more = f"; {left} more of its launches in the records have no launch site held" if left else ""
    kin = join([f.name for f in family if f.id != rocket.id and set(f.missions) & {m.id for m in held}])
    of_family = f" or a rocket of its family ({kin})" if kin else ""
    r.lines.append(f"Counted: the {len(held)} launches of my records by the {rocket.name}{of_family} whose launch "
                   f"site they hold{more}.")
    r.use(*held)
    return r
