"""``Packed``: a read-only table kept as pickled bytes until it is first read.

The agencies and rockets live in the cached bot as one ``Packed`` each, so that a one-shot question
about something else costs only a copy of their bytes, not building their objects (nor importing
:mod:`askspace.kinds`).

>>> table = Packed.of({"nasa": 1958})
>>> table["nasa"], len(table), "esa" in table
(1958, 1, False)
"""

from __future__ import annotations

import pickle
from collections.abc import Iterator, Mapping
from typing import TypeVar

_V = TypeVar("_V")


class Packed(Mapping[str, _V]):
    """A table kept as pickled bytes until first read: the agencies and rockets cost a one-shot start that
    never asks about them nothing but a copy of the bytes (and no import of their module)."""

    def __init__(self, blob: bytes) -> None:
        self._blob = blob
        self._table: dict[str, _V] | None = None

    @classmethod
    def of(cls, table: dict[str, _V]) -> Packed[_V]:
        return cls(pickle.dumps(table, protocol=pickle.HIGHEST_PROTOCOL))

    def _read(self) -> dict[str, _V]:
        if self._table is None:
            self._table = pickle.loads(self._blob)
        return self._table

    def __getitem__(self, key: str) -> _V:
        return self._read()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._read())

    def __len__(self) -> int:
        return len(self._read())

    def __reduce__(self) -> tuple[type[Packed[_V]], tuple[bytes]]:
        return (Packed, (self._blob,))
