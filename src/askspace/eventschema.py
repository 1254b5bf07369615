"""Validation of a mission's ``events:`` list (dated events inside a mission).

>>> from askspace.fields import DataError, Problems
>>> errors: list[DataError] = []
>>> parse_events([{"date": "1965-03-18", "kind": "walk"}], Problems("k.yaml", errors), "m.events")
()
>>> print(errors[0])
k.yaml: m.events[0].kind: 'walk' is not one of: spacewalk, docking, undocking, crew-arrival, \
servicing, release, reentry, deorbit, sample-return, arrival, flyby, orbit, landing, impact, interstellar, \
breakup, in-orbit
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Container
from typing import Any

from askspace import model
from askspace.fields import Problems, _date, _describe, _items, _one_of, _opt, _sources, _text, _text_list

EVENT_KEYS = {
    "date": True, "kind": True, "body": False, "with": False, "people": False, "place": False,
    "count": False, "note": False, "sources": False,
}


def _count(value: Any, p: Problems, path: str) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    p.add(path, f"expected a whole number above 0, got {_describe(value)}")
    return None


def parse_events(value: Any, p: Problems, path: str) -> tuple[model.Event, ...]:
    """Each well-formed event; every problem is reported with its key path."""
    out = []
    for m, ep in _items(value, "events", EVENT_KEYS, p, path):
        date = _opt(m, "date", _date, p, ep)
        kind = _opt(m, "kind", _one_of(model.EVENT_KINDS), p, ep)
        event = model.Event(
            date=date, kind=kind,
            body=_opt(m, "body", _text, p, ep),
            other=_opt(m, "with", _text, p, ep),
            people=_opt(m, "people", _text_list, p, ep) or (),
            place=_opt(m, "place", _text, p, ep),
            times=_opt(m, "count", _count, p, ep),
            note=_opt(m, "note", _text, p, ep),
            sources=_opt(m, "sources", _sources, p, ep) or (),
        )
        if date is not None and kind is not None:
            out.append(event)
    return tuple(out)


def check_events(m: model.Mission, where: str, bodies: Container[str], missions: Container[str],
                 as_of: dt.date | None, err: Callable[[str, str], None]) -> None:
    """Cross-checks of a mission's events that need the whole knowledge base."""
    for i, e in enumerate(m.events):
        at = f"{where}.events[{i}]"
        if e.body is not None and e.body not in bodies:
            err(f"{at}.body", f"unknown body {e.body!r} (see bodies.yaml)")
        if e.other is not None and (e.other not in missions or e.other == m.id):
            err(f"{at}.with", f"unknown mission {e.other!r} (give the id of another mission)")
        if e.date < m.launch:
            err(f"{at}.date", f"{e.date.isoformat()} is before the launch date {m.launch.isoformat()}")
        if as_of is not None and e.date > as_of:
            err(f"{at}.date", f"{e.date.isoformat()} is after the knowledge base date {as_of.isoformat()}")
