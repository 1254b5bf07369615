"""Standard streams that the operating system may have closed, filled or made narrow.

- :func:`warn` writes one line to stderr, or nowhere when stderr is closed (never to stdout).
- :func:`emit` writes to stdout and flushes; a closed or failing stdout raises
  :class:`OutputError`, which the command turns into one line on stderr and exit 74.
- :func:`degrade_unencodable` makes stdout show "Jähn" as "Jahn" (or "?") on an ASCII or
  Latin-1 output instead of failing.

>>> "Sigmund Jähn, Луна".encode("ascii", "askspace-degrade")
b'Sigmund Jahn, ????'
"""

from __future__ import annotations

import codecs
import os
import sys
import unicodedata

EXIT_OUTPUT = 74  # sysexits.h EX_IOERR: the answer could not be written
_warned: set[str] = set()


class OutputError(Exception):
    """Standard output is closed or cannot take the answer (disk full, I/O error)."""


def warn(message: str, once: str | None = None) -> None:
    """Print ``askspace: message`` on stderr; nowhere if stderr is closed or broken.

    With ``once``, only the first warning of that kind is printed in this process.
    """
    if once is not None:
        if once in _warned:
            return
        _warned.add(once)
    say(f"askspace: {message}")


def say(line: str) -> None:
    """Print one line on stderr; nowhere if stderr is closed or broken."""
    err = sys.stderr
    if err is None:
        return
    try:
        err.write(f"{line}\n")
        err.flush()
    except (OSError, ValueError):
        pass


def emit(text: str) -> None:
    """Write ``text`` to stdout and flush it; raise OutputError if that fails."""
    out = sys.stdout
    if out is None:
        raise OutputError("standard output is closed")
    try:
        out.write(text)
        out.flush()
    except BrokenPipeError:
        raise
    except (OSError, ValueError) as exc:
        silence_stdout()
        raise OutputError(getattr(exc, "strerror", None) or str(exc)) from exc


def silence_stdout() -> None:
    """Point stdout at /dev/null so that the interpreter's final flush cannot fail."""
    out = sys.stdout
    if out is None:
        return
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, out.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


def _degrade(exc: UnicodeError) -> tuple[str, int]:
    """Codec error handler: each character without accents, or "?" if it still cannot be shown."""
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    out = []
    for ch in exc.object[exc.start:exc.end]:
        bare = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        try:
            bare.encode(exc.encoding)
        except (UnicodeEncodeError, LookupError):
            bare = "?"
        out.append(bare or "?")
    return "".join(out), exc.end


codecs.register_error("askspace-degrade", _degrade)


def can_encode_all() -> bool:
    """True when stdout's encoding can show any character (a UTF encoding)."""
    try:
        return codecs.lookup(getattr(sys.stdout, "encoding", None) or "ascii").name.startswith("utf")
    except LookupError:
        return False


def degrade_unencodable() -> None:
    """Let stdout degrade the characters its encoding cannot show instead of failing."""
    out = sys.stdout
    if out is None or can_encode_all():
        return
    reconfigure = getattr(out, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(errors="askspace-degrade")
