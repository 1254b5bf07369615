"""Strict validation of the ``famous_words:`` and ``accidents:`` entries.

>>> from askspace.fields import DataError, Problems
>>> errors: list[DataError] = []
>>> parse_accident({"id": "x", "name": "X", "date": "1967-01-27", "place": "pad", "kind": "fire",
...                 "country": "usa", "deaths": -1, "cause": "c", "sources": []},
...                Problems("a.yaml", errors), "accidents[x]") is None
True
>>> for e in errors: print(e)
a.yaml: accidents[x].kind: 'fire' is not one of: spaceflight, ground, training, test-flight
a.yaml: accidents[x].deaths: expected a whole number (0 or more), got int -1
a.yaml: accidents[x].sources: an accident needs at least one source
"""

from __future__ import annotations

from typing import Any

from askspace.fields import (
    Problems,
    _date,
    _describe,
    _entry,
    _items,
    _one_of,
    _opt,
    _sources,
    _text,
    _text_list,
    check_id,
)
from askspace.lore import ACCIDENT_KINDS, SAYING_STATUS, Accident, Saying, Variant

SAYING_KEYS = {
    "id": True, "speakers": False, "speaker_names": False, "mission": True, "moment": True, "date": True,
    "words": True, "translation": False, "status": False, "transcript": True, "variants": False,
    "notes": False, "sources": True,
}
VARIANT_KEYS = {"text": True, "note": True}
ACCIDENT_KEYS = {
    "id": True, "name": True, "aliases": False, "date": True, "place": True, "kind": True, "country": True,
    "mission": False, "program": False, "died": False, "died_names": False, "survivors": False, "deaths": True,
    "altitude": False, "cause": True, "investigation": False, "notes": False, "sources": True,
}


def _ref(value: Any, p: Problems, path: str) -> str | None:
    return check_id(value, p.file, path, p.errors)


def _refs(value: Any, p: Problems, path: str) -> tuple[str, ...]:
    if not isinstance(value, list):
        p.add(path, f"expected a list of ids, got {_describe(value)}")
        return ()
    out = [check_id(v, p.file, f"{path}[{i}]", p.errors) for i, v in enumerate(value)]
    return tuple(v for v in out if v is not None)


def _count(value: Any, p: Problems, path: str) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    p.add(path, f"expected a whole number (0 or more), got {_describe(value)}")
    return None


def _variants(value: Any, p: Problems, path: str) -> tuple[Variant, ...]:
    out = []
    for m, vp in _items(value, "variants", VARIANT_KEYS, p, path):
        text, note = _opt(m, "text", _text, p, vp), _opt(m, "note", _text, p, vp)
        if text and note:
            out.append(Variant(text, note))
    return tuple(out)


def _sourced(m: dict[str, Any], p: Problems, path: str, what: str) -> Any:
    sources = _opt(m, "sources", _sources, p, path)
    if m.get("sources") is not None and not sources:
        p.add(f"{path}.sources", f"{what} needs at least one source")
    return sources


def parse_saying(raw: Any, p: Problems, path: str) -> Saying | None:
    """One famous-words entry, or None when a required part is missing or wrong (each problem reported)."""
    m, sid = _entry(raw, SAYING_KEYS, p, path)
    if m is None:
        return None
    speakers = _opt(m, "speakers", _refs, p, path) or ()
    names = _opt(m, "speaker_names", _text_list, p, path) or ()
    if not speakers and not names:
        p.add(f"{path}.speakers", "name who said it: person ids in 'speakers' or names in 'speaker_names'")
    values = {
        "mission": _opt(m, "mission", _ref, p, path), "moment": _opt(m, "moment", _text, p, path),
        "date": _opt(m, "date", _date, p, path), "words": _opt(m, "words", _text, p, path),
        "transcript": _opt(m, "transcript", _text, p, path),
    }
    optional = {
        "status": _opt(m, "status", _one_of(SAYING_STATUS), p, path) or "recorded",
        "translation": _opt(m, "translation", _text, p, path),
        "variants": _opt(m, "variants", _variants, p, path) or (),
        "notes": _opt(m, "notes", _text_list, p, path) or (),
    }
    sources = _sourced(m, p, path, "famous words")
    if sid is None or not sources or any(v is None for v in values.values()) or not (speakers or names):
        return None
    return Saying(id=sid, speakers=speakers, speaker_names=names, sources=sources, **values, **optional)


def parse_accident(raw: Any, p: Problems, path: str) -> Accident | None:
    """One accident entry, or None when a required part is missing or wrong (each problem reported)."""
    m, aid = _entry(raw, ACCIDENT_KEYS, p, path)
    if m is None:
        return None
    values = {
        "name": _opt(m, "name", _text, p, path), "date": _opt(m, "date", _date, p, path),
        "place": _opt(m, "place", _text, p, path), "kind": _opt(m, "kind", _one_of(ACCIDENT_KINDS), p, path),
        "country": _opt(m, "country", _ref, p, path), "deaths": _opt(m, "deaths", _count, p, path),
        "cause": _opt(m, "cause", _text, p, path),
    }
    optional = {
        "aliases": _opt(m, "aliases", _text_list, p, path) or (),
        "mission": _opt(m, "mission", _ref, p, path),
        "program": _opt(m, "program", _ref, p, path),
        "died": _opt(m, "died", _refs, p, path) or (),
        "died_names": _opt(m, "died_names", _text_list, p, path) or (),
        "survivors": _opt(m, "survivors", _text_list, p, path) or (),
        "altitude": _opt(m, "altitude", _text, p, path),
        "investigation": _opt(m, "investigation", _text, p, path),
        "notes": _opt(m, "notes", _text_list, p, path) or (),
    }
    named = len(optional["died"]) + len(optional["died_names"])
    if values["deaths"] is not None and named > values["deaths"]:
        p.add(f"{path}.deaths", f"{values['deaths']} deaths, but {named} people are named as dead in "
                                "'died' and 'died_names'")
    sources = _sourced(m, p, path, "an accident")
    if aid is None or not sources or any(v is None for v in values.values()):
        return None
    return Accident(id=aid, sources=sources, **values, **optional)
