"""Fit answers to a terminal's width: break lines at spaces, never inside a word or a URL.

>>> print(wrap("Apollo 11 landed on the Moon, see https://example.org/a/very/long/path", 20))
Apollo 11 landed on
the Moon, see
https://example.org/a/very/long/path
>>> print(wrap("[1] NSSDCA Master Catalog: Luna 9", 20))
[1] NSSDCA Master
    Catalog: Luna 9
"""

from __future__ import annotations

import re
import shutil
import textwrap

_HANG = re.compile(r"\s*(?:\[\d+\] |- |\* )?")


def wrap(text: str, width: int) -> str:
    """Each line of ``text`` broken at spaces to at most ``width`` columns where a word allows.

    A word longer than the width (a URL) stays whole on a line of its own; continuation
    lines keep the line's indent, and hang under a citation's "[n] ".
    """
    out: list[str] = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
            continue
        match = _HANG.match(line)
        hang = " " * (match.end() if match else 0)
        out += textwrap.wrap(line, width, subsequent_indent=hang, break_long_words=False,
                             break_on_hyphens=False) or [line]
    return "\n".join(out)


def terminal_width() -> int:
    """The terminal's width in columns (``COLUMNS`` wins), at least 20."""
    return max(20, shutil.get_terminal_size((80, 24)).columns)
