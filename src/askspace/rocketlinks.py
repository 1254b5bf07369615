"""Rockets linked to their makers and pads: the checks of ``manufacturers`` and ``pads`` (knowledge/rockets.yaml),
and the look-ups the answers share ("which rockets flew from Site 45", "which rockets did Boeing make").

A rocket flew from a place when the place, or a pad inside it, is among its ``pads``, or when a mission of the
records that it (or a rocket of its family) launched was launched there (``mission_places``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from askspace.kinds import Rocket

Err = Callable[[str, str], None]


def check_rocket_links(rockets: dict[str, tuple[Rocket, str]], agencies: dict[str, Any],
                       places: dict[str, Any], err: Err) -> None:
    """Every manufacturer is an agency and every pad a launch site, complex or test range of the places."""
    for r, where in rockets.values():
        for i, maker in enumerate(r.manufacturers):
            if maker not in agencies:
                err(f"{where}.manufacturers[{i}]", f"unknown agency {maker!r} (see knowledge/agencies.yaml and "
                                                   "knowledge/rocket_makers.yaml)")
        if len(set(r.manufacturers)) != len(r.manufacturers):
            err(f"{where}.manufacturers", "an agency is listed twice")
        for i, pad in enumerate(r.pads):
            place = places.get(pad)
            if place is None:
                err(f"{where}.pads[{i}]", f"unknown place {pad!r} (see knowledge/places.yaml)")
            elif place[0].kind not in ("launch-site", "launch-complex", "test-range"):
                err(f"{where}.pads[{i}]", f"{pad!r} is a {place[0].kind}, not a launch site or pad")


def inside(kb: Any, place_id: str, outer: str) -> bool:
    """Whether the place is ``outer`` or lies inside it (a pad of a site)."""
    seen = set()
    current: str | None = place_id
    while current is not None and current not in seen:
        if current == outer:
            return True
        seen.add(current)
        current = kb.places[current].parent if current in kb.places else None
    return False


def flew_from(kb: Any, place_id: str) -> list[tuple[Rocket, str]]:
    """The rockets that flew from the place or a pad inside it, each with how the records know it: "pads" (its own
    list of pads) or "missions" (a mission of the records launched there); in the order of the rockets' records."""
    out: list[tuple[Rocket, str]] = []
    for r in kb.rockets.values():
        if any(inside(kb, p, place_id) for p in r.pads):
            out.append((r, "pads"))
            continue
        family = [x for x in kb.rockets.values() if x.id == r.id or x.family == r.id]
        missions = [m for x in family for m in x.missions if m in kb.mission_places]
        if any(inside(kb, kb.mission_places[m].launch_site, place_id) for m in missions):
            out.append((r, "missions"))
    return out


def makers_of(kb: Any, r: Rocket) -> list[str]:
    """The agency ids that built the rocket: its builder first, then its manufacturers."""
    return list(dict.fromkeys([*([r.builder] if r.builder else []), *r.manufacturers]))


def made_by(kb: Any, agency_id: str) -> list[Rocket]:
    """The rockets the agency built or designed (builder) or manufactured (or a stage of them)."""
    return [r for r in kb.rockets.values() if agency_id in makers_of(kb, r)]


def places_of(kb: Any, r: Rocket) -> list[str]:
    """The place ids the rocket flew from: its own pads, then the launch sites of its (and its family's) missions of
    the records, in launch order."""
    family = [x for x in kb.rockets.values() if x.id == r.id or x.family == r.id]
    missions = sorted((m for x in family for m in x.missions if m in kb.mission_places),
                      key=lambda m: (kb.missions[m].launch, m))
    return list(dict.fromkeys([*r.pads, *(kb.mission_places[m].launch_site for m in missions)]))
