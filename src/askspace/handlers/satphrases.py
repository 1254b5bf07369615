"""Phrases shared by the first-satellite answers: how a satellite went up, its citations, the own-rocket order."""

from __future__ import annotations

from askspace.compose import state_name
from askspace.handlers.base import Ask
from askspace.model import Source
from askspace.parse import ORDINAL_WORDS
from askspace.satmodel import FirstSatellite, SatelliteLaunch


def cite(a: Ask, entry: FirstSatellite, launch: SatelliteLaunch) -> str:
    """Markers for the sources of one launch (their titles name the satellite), else all the entry's."""
    chosen = [s for s in entry.sources if launch.satellite in s.title] or list(entry.sources)
    return "".join(a.citations.add(s) for s in chosen)


def timeline(a: Ask, entries: list[FirstSatellite]) -> str:
    """The marker of the shared timeline source the own-rocket order is checked against, when cited."""
    found: Source | None = next((s for e in entries for s in e.sources if "Timeline" in s.title), None)
    return a.citations.add(found) if found else ""


def how(a: Ask, entry: FirstSatellite, launch: SatelliteLaunch, whose: str = "its") -> str:
    """ "by the Soviet Union on a Kosmos-3M from Kapustin Yar" or "on its own Diamant A rocket from Hammaguir"."""
    by = entry.id if launch is entry.own_launch else entry.launched_by
    where = f"from {launch.site}"
    if by == entry.id:
        return f"on {whose} own {launch.rocket} rocket {where}"
    launcher = a.kb.states.get(by)
    if launcher is not None and launcher.kind == "agency":
        return f"on a {launcher.adjective} {launch.rocket} rocket ({launcher.short}) {where}"
    return f"by {state_name(a.kb, by)} on {article(launch.rocket)} {launch.rocket} rocket {where}"


def article(name: str) -> str:
    """ "an" before a vowel sound ("an Athena I", "an H-IIB"), else "a" ("a PSLV", "a Falcon 9")."""
    spelt = len(name) > 1 and not name[1].islower()  # an abbreviation read letter by letter
    return "an" if name[:1] in "AEIOU" or (spelt and name[:1] in "FHLMNRSX") else "a"


def independents(table: dict[str, FirstSatellite]) -> list[tuple[FirstSatellite, SatelliteLaunch]]:
    """The states that put a satellite in orbit on their own rocket, in order (ties by state id)."""
    found = [(e, e.own) for e in table.values() if e.own is not None]
    return sorted(((e, o) for e, o in found if o is not None), key=lambda x: (x[1].launch, x[0].id))


def by_first(table: dict[str, FirstSatellite]) -> list[FirstSatellite]:
    return sorted(table.values(), key=lambda e: (e.first.launch, e.id))


def own_place(a: Ask, entry: FirstSatellite) -> str:
    """ ", the third state to launch a satellite on its own rocket" for a state that did."""
    order = [e.id for e, _ in independents(a.kb.first_satellites)]
    if entry.id not in order:
        return ""
    return f", the {ORDINAL_WORDS.get(order.index(entry.id) + 1)} state to launch a satellite on its own rocket"
