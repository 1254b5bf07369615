"""The field readers every kind's schema shares: ids, text, dates, flags, lists, mappings, sources.

Each reader takes the raw YAML value, a :class:`Problems` for the file and the key path; a problem becomes a
:class:`DataError` naming the file, the key path and what to fix, and reading never stops at the first one.

>>> errors: list[DataError] = []
>>> check_id("Mars 3", "k.yaml", "missions[0].id", errors) is None
True
>>> print(errors[0])
k.yaml: missions[0].id: 'Mars 3' is not a valid id (lowercase letters, digits and '-')
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from typing import Any, NamedTuple

from askspace import model

ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


class DataError(NamedTuple):
    """One problem in a data file: where it is and what to fix."""

    file: str
    path: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}: {self.path}" if self.path else self.file
        return f"{where}: {self.message}"


class Problems:
    """Collects :class:`DataError` values for one file."""

    def __init__(self, file: str, errors: list[DataError]) -> None:
        self.file = file
        self.errors = errors

    def add(self, path: str, message: str) -> None:
        self.errors.append(DataError(self.file, path, message))


def check_id(value: Any, file: str, path: str, errors: list[DataError]) -> str | None:
    if isinstance(value, str) and ID_RE.match(value):
        return value
    errors.append(
        DataError(file, path, f"{value!r} is not a valid id (lowercase letters, digits and '-')")
    )
    return None


def _text(value: Any, p: Problems, path: str) -> str | None:
    if isinstance(value, str) and value.strip():
        return value.strip()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    p.add(path, f"expected text, got {_describe(value)}")
    return None


def _date(value: Any, p: Problems, path: str) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    p.add(path, f"{value!r} is not a date (write YYYY-MM-DD)")
    return None


def _flag(m: dict[str, Any], key: str, p: Problems, path: str) -> bool:
    """An optional true/false key (false when absent)."""
    value = m.get(key, False)
    if not isinstance(value, bool):
        p.add(f"{path}.{key}", f"expected true or false, got {_describe(value)}")
        return False
    return value


def _text_list(value: Any, p: Problems, path: str) -> tuple[str, ...]:
    if not isinstance(value, list):
        p.add(path, f"expected a list of text, got {_describe(value)}")
        return ()
    out = [_text(v, p, f"{path}[{i}]") for i, v in enumerate(value)]
    return tuple(v for v in out if v is not None)


def _enum(value: Any, allowed: tuple[str, ...], p: Problems, path: str) -> str | None:
    if isinstance(value, str) and value in allowed:
        return value
    p.add(path, f"{value!r} is not one of: {', '.join(allowed)}")
    return None


def _describe(value: Any) -> str:
    if value is None:
        return "nothing"
    return f"{type(value).__name__} {value!r}"[:80]


def _mapping(
    raw: Any, keys: dict[str, bool], p: Problems, path: str
) -> dict[str, Any] | None:
    """Check ``raw`` is a mapping with only known keys and all required ones."""
    if not isinstance(raw, dict):
        p.add(path, f"expected a mapping, got {_describe(raw)}")
        return None
    for key in raw:
        if key not in keys:
            p.add(f"{path}.{key}", f"unknown key (allowed: {', '.join(keys)})")
    for key, required in keys.items():
        if required and raw.get(key) is None:
            p.add(f"{path}.{key}", "missing required key")
    return raw


def _items(value: Any, what: str, keys: dict[str, bool], p: Problems,
           path: str) -> Iterator[tuple[dict[str, Any], str]]:
    """Each mapping of a list of ``what`` with its key path; problems are reported on the way."""
    if not isinstance(value, list):
        p.add(path, f"expected a list of {what}, got {_describe(value)}")
        return
    for i, raw in enumerate(value):
        m = _mapping(raw, keys, p, f"{path}[{i}]")
        if m is not None:
            yield m, f"{path}[{i}]"


def _sources(value: Any, p: Problems, path: str) -> tuple[model.Source, ...]:
    out = []
    for m, sp in _items(value, "sources", {"title": True, "url": False, "ref": False}, p, path):
        if m.get("title") is None:
            continue
        if m.get("url") is None and m.get("ref") is None:
            p.add(sp, "a source needs a url or a ref")
            continue
        title = _text(m["title"], p, f"{sp}.title")
        url = _text(m["url"], p, f"{sp}.url") if m.get("url") is not None else None
        ref = _text(m["ref"], p, f"{sp}.ref") if m.get("ref") is not None else None
        if url is not None and not url.startswith(("http://", "https://")):
            p.add(f"{sp}.url", f"{url!r} is not an http(s) URL")
        if title:
            out.append(model.Source(title=title, url=url, ref=ref))
    return tuple(out)


def _one_of(allowed: tuple[str, ...]) -> Callable[[Any, Problems, str], str | None]:
    """A converter that accepts one of ``allowed``."""
    return lambda value, p, path: _enum(value, allowed, p, path)


def _entry(raw: Any, keys: dict[str, bool], p: Problems, path: str) -> tuple[dict[str, Any] | None, str | None]:
    """The entry's mapping (checked for keys) and its id, or None for what is wrong."""
    m = _mapping(raw, keys, p, path)
    if m is None:
        return None, None
    return m, (check_id(m.get("id"), p.file, f"{path}.id", p.errors) if "id" in m else None)


def _opt(raw: dict[str, Any], key: str, conv: Callable[[Any, Problems, str], Any], p: Problems,
         path: str) -> Any:
    value = raw.get(key)
    return None if value is None else conv(value, p, f"{path}.{key}")


def needs_sources(m: dict[str, Any], p: Problems, path: str) -> tuple[model.Source, ...]:
    """An entry's ``sources`` (optional to read, so a missing key is reported by the entry's own check), with
    an empty list reported: every fact needs at least one source."""
    sources = _opt(m, "sources", _sources, p, path) or ()
    if m.get("sources") is not None and not sources:
        p.add(f"{path}.sources", "needs at least one source")
    return tuple(sources)


_YEAR_ONLY = re.compile(r"^\d{4}$")


def date_or_year(value: Any, p: Problems, path: str) -> tuple[dt.date | None, int | None]:
    """A date or, when a source gives only that, a year: (date or None, year). Used for births and foundings."""
    if isinstance(value, int) and not isinstance(value, bool) and 1800 < value < 2100:
        return None, value
    if isinstance(value, str) and _YEAR_ONLY.match(value.strip()):
        return None, int(value)
    if isinstance(value, dt.date) or (isinstance(value, str) and re.match(r"^\d{4}-\d\d-\d\d$", value.strip())):
        try:
            day = value if isinstance(value, dt.date) else dt.date.fromisoformat(value.strip())
            return day, day.year
        except ValueError:
            pass
    p.add(path, f"{value!r} is not a date or a year (write YYYY-MM-DD or YYYY)")
    return None, None
