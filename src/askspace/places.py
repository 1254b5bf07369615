"""Where askspace keeps its cache and history: the XDG base directories, or nowhere.

``$XDG_CACHE_HOME`` and ``$XDG_STATE_HOME`` count only when absolute (the XDG spec says to
ignore relative ones); otherwise the folder is under the home directory. With no usable home
(``HOME`` unset or relative and no passwd entry for the user, as in containers run with
``--user``, ``env -i`` or cron) there is no folder: the caller skips what it would keep there,
and one warning says so.
"""

from __future__ import annotations

import os
from pathlib import Path

from askspace import streams


def home() -> Path | None:
    """The user's home directory: ``$HOME`` if absolute, else the passwd entry's, else None."""
    env = os.environ.get("HOME", "")
    if os.path.isabs(env):
        return Path(env)
    try:
        import pwd

        entry = pwd.getpwuid(os.getuid()).pw_dir
    except (ImportError, KeyError, OSError):
        return None
    return Path(entry) if os.path.isabs(entry) else None


def xdg_dir(variable: str, default: str) -> Path | None:
    """``$variable/askspace`` when absolute, else ``~/default/askspace``; None (with a warning) if neither."""
    value = os.environ.get(variable, "")
    if os.path.isabs(value):
        return Path(value) / "askspace"
    base = home()
    if base is None:
        streams.warn(f"no home directory (HOME is not set and user {os.getuid()} has no passwd entry); "
                     "the cache and the history are not kept", once="no home")
        return None
    return base / default / "askspace"


def cache_dir() -> Path | None:
    return xdg_dir("XDG_CACHE_HOME", ".cache")


def state_dir() -> Path | None:
    return xdg_dir("XDG_STATE_HOME", ".local/state")
