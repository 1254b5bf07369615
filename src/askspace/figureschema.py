"""Read and check a mission's ``figures`` list (see :mod:`askspace.figures` for the kinds and forms)."""

from __future__ import annotations

from typing import Any

from askspace import figures
from askspace.fields import Problems, _items, _opt, _text


def parse_figures(value: Any, p: Problems, path: str) -> tuple[figures.Figure, ...]:
    out: list[figures.Figure] = []
    for m, fp in _items(value, "figures", {"kind": True, "value": True, "note": False}, p, path):
        kind, amount = _opt(m, "kind", _text, p, fp), _opt(m, "value", _text, p, fp)
        if kind is None or amount is None:
            continue
        if (wrong := figures.problem(kind, amount)) is not None:
            p.add(fp, wrong)
        elif any(f.kind == kind for f in out):
            p.add(f"{fp}.kind", f"a second {kind!r} figure; give each kind once")
        else:
            out.append(figures.Figure(kind, amount, _opt(m, "note", _text, p, fp)))
    return tuple(out)
