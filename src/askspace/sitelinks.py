"""Cross-checks of the places and the missions' places, the look-ups answers need, and their export.

Every reference must name an entry that exists: a place's parent (without cycles), country, operator and
missions; a mission place's mission, launch site and landing zone. A first launch or landing that names a
mission must be on that mission's launch date (or, for a landing, its end), and a landing needs a crewed mission.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from askspace import model
from askspace.sites import MissionPlace, Place

Err = Callable[[str, str], None]
Places = dict[str, tuple[Place, str]]
MissionPlaces = dict[str, tuple[MissionPlace, str]]
LAUNCH_KINDS = ("launch-site", "launch-complex", "test-range")


def check_places(places: Places, missions: dict[str, tuple[model.Mission, str]], states: Mapping[str, Any],
                 agencies: Mapping[str, Any], as_of: dt.date | None, err: Err) -> None:
    """Parents, countries, operators and missions that exist; dates in order and not after ``as_of``."""
    for pl, where in places.values():
        if pl.parent is not None:
            if pl.parent not in places:
                err(f"{where}.parent", f"unknown place {pl.parent!r} (see knowledge/places.yaml)")
            elif pl.id in _chain(pl.parent, places):
                err(f"{where}.parent", f"{pl.parent!r} lies in {pl.id!r}: the parents go round in a circle")
        if pl.located and pl.located.country not in states:
            err(f"{where}.located.country", f"unknown state {pl.located.country!r} (see states.yaml)")
        if pl.operator and pl.operator not in agencies:
            err(f"{where}.operator", f"unknown agency {pl.operator!r} (see knowledge/agencies.yaml)")
        for i, mission_id in enumerate(pl.notable_launches):
            if mission_id not in missions:
                err(f"{where}.notable_launches[{i}]", f"unknown mission {mission_id!r}")
        for key in ("first_launch", "last_launch", "first_landing"):
            ev = getattr(pl, key)
            if ev is None:
                continue
            if ev.mission is not None:
                found = missions.get(ev.mission)
                if found is None:
                    err(f"{where}.{key}.mission", f"unknown mission {ev.mission!r}")
                elif key != "first_landing" and found[0].launch != ev.date:
                    err(f"{where}.{key}.date", f"{ev.date} is not the launch date of {ev.mission} ({found[0].launch})")
            if as_of and ev.date > as_of:
                err(f"{where}.{key}.date", f"{ev.date} is after the knowledge base date {as_of}")
        if pl.first_launch and pl.last_launch and pl.last_launch.date < pl.first_launch.date:
            err(f"{where}.last_launch.date", "the last launch is before the first")
        for i, r in enumerate(pl.renamed):
            if pl.opened and r.when.key < pl.opened.key:
                err(f"{where}.renamed[{i}].date", f"renamed in {r.when.year}, before it opened ({pl.opened.year})")


def check_mission_places(entries: MissionPlaces, places: Places, missions: dict[str, tuple[model.Mission, str]],
                         err: Err) -> None:
    """Missions, launch sites and landing zones that exist and are of the right kind."""
    for mp, where in entries.values():
        found = missions.get(mp.id)
        if found is None:
            err(f"{where}.mission", f"unknown mission {mp.id!r} (see knowledge/missions/*.yaml)")
        site = places.get(mp.launch_site)
        if site is None:
            err(f"{where}.launch_site", f"unknown place {mp.launch_site!r} (see knowledge/places.yaml)")
        elif site[0].kind not in LAUNCH_KINDS:
            err(f"{where}.launch_site", f"{mp.launch_site!r} is a {site[0].kind_name}, not a place rockets leave from")
        if mp.landing is None:
            continue
        if found is not None and not found[0].crewed:
            err(f"{where}.landing", "only a crewed flight's landing place is recorded here")
        if found is not None and mp.landing.date and mp.landing.date < found[0].launch:
            err(f"{where}.landing.date", f"{mp.landing.date} is before the launch ({found[0].launch})")
        zone = mp.landing.zone
        if zone is not None and zone not in places:
            err(f"{where}.landing.zone", f"unknown place {zone!r} (see knowledge/places.yaml)")
    for pl, where in places.values():
        ev = pl.first_landing
        if ev and ev.mission and (mp2 := entries.get(ev.mission)) and (mp2[0].landing is None
                                                                       or mp2[0].landing.zone != pl.id):
            err(f"{where}.first_landing.mission", f"the mission_places entry of {ev.mission} does not land it here")


def _chain(place_id: str | None, places: Mapping[str, Any]) -> Iterator[str]:
    """The place and the places it lies in, innermost first (stops at a circle or an unknown id)."""
    seen: set[str] = set()
    while place_id is not None and place_id not in seen and place_id in places:
        seen.add(place_id)
        yield place_id
        entry = places[place_id]
        place_id = (entry if isinstance(entry, Place) else entry[0]).parent


def chain(kb: model.KnowledgeBase, place_id: str) -> list[Place]:
    """The place and every place it lies in, innermost first: LC-39A, Launch Complex 39, Kennedy Space Center."""
    return [kb.places[i] for i in _chain(place_id, kb.places)]


def located(kb: model.KnowledgeBase, place_id: str) -> Place | None:
    """The nearest place of the chain that says where it is."""
    return next((p for p in chain(kb, place_id) if p.located), None)


def launched_from(kb: model.KnowledgeBase, place_id: str) -> list[model.Mission]:
    """The missions of the records launched from the place or from a pad in it, in launch order."""
    found = {m for m in kb.places[place_id].notable_launches}
    for mp in kb.mission_places.values():
        if place_id in _chain(mp.launch_site, kb.places):
            found.add(mp.id)
    return sorted((kb.missions[i] for i in found), key=lambda m: (m.launch, m.id))


def export_places(kb: model.KnowledgeBase) -> dict[str, list[dict[str, Any]]]:
    """The places and the missions' places for ``--export-knowledge``, keys as in knowledge/README.md."""
    from askspace.export import source_dict

    def when(w: Any) -> str | int | None:
        return None if w is None else (w.date.isoformat() if w.date else w.year)

    def event(e: Any) -> dict[str, Any] | None:
        return None if e is None else {"date": e.date.isoformat(), "what": e.what, "mission": e.mission}

    places = [{"id": p.id, "name": p.name, "aliases": list(p.aliases), "kind": p.kind, "parent": p.parent,
               "located": p.located._asdict() if p.located else None, "operator": p.operator,
               "operator_name": p.operator_name, "opened": when(p.opened),
               "renamed": [{"name": r.name, "date": when(r.when), "note": r.note} for r in p.renamed],
               "first_launch": event(p.first_launch), "last_launch": event(p.last_launch),
               "first_landing": event(p.first_landing), "notable_launches": list(p.notable_launches),
               "summary": p.summary, "notes": list(p.notes), "sources": [source_dict(s) for s in p.sources]}
              for p in kb.places.values()]
    def landing(ld: Any) -> dict[str, Any] | None:
        return None if ld is None else {**ld._asdict(), "date": ld.date.isoformat() if ld.date else None}

    mission_places = [{"mission": mp.id, "launch_site": mp.launch_site,
                       "landing": landing(mp.landing), "notes": list(mp.notes),
                       "sources": [source_dict(s) for s in mp.sources]} for mp in kb.mission_places.values()]
    return {"places": places, "mission_places": mission_places}
