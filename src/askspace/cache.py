"""A cache of the loaded, validated and indexed bot, so one-shot runs start fast.

The cache lives in the user's cache folder (``$XDG_CACHE_HOME/askspace``, default
``~/.cache/askspace``; none without a home directory), never in the data folder, one file per
data folder so that switching ``--data`` does not rebuild the other's. Its key is a hash of every data file's
and askspace's own source files' path, size, modification time (nanoseconds) and inode, and of the data folder,
so any edit rebuilds it (reading the files' stat, not their 2.5 MB of content, keeps a one-shot start fast).
A corrupt cache is ignored and rebuilt; an unwritable cache folder
gives a one-line warning and askspace works on without it. ``ASKSPACE_NO_CACHE=1``
turns it off.
"""

from __future__ import annotations

import os
import pickle
import sys
import zlib
from pathlib import Path

from askspace import __version__, places, streams
from askspace.bot import Bot
from askspace.heap import loading
from askspace.knowledge import data_files, default_data_dir

_PACKAGE = Path(__file__).resolve().parent


def cache_name(root: Path) -> str:
    """The cache file's name for one data folder: caches of other folders are kept beside it."""
    return f"bot-{zlib.crc32(str(root.resolve()).encode()):08x}-"


def cache_key(root: Path) -> str:
    """Checksum of the data files' and the code's names, sizes, modification times and inodes.

    Two independent CRC-32 chains (one over the data files, one over the code) make an accidental match
    between two different states practically impossible; an edit changes a file's modification time.
    """
    data = zlib.crc32(f"{__version__}|{sys.version}|{root.resolve()}".encode())
    for folder in (root / "knowledge", root / "intents"):
        for path in data_files(folder) if folder.is_dir() else []:
            if not path.is_file():  # a FIFO or device could hang: let the loader report it
                raise IsADirectoryError(f"{path} is not a regular file")
            data = zlib.crc32(_stamp(path, root), data)
    code = 0
    for source in sorted(_PACKAGE.rglob("*.py")):
        code = zlib.crc32(_stamp(source, _PACKAGE), code)
    return f"{data:08x}{code:08x}"


def _stamp(path: Path, base: Path) -> bytes:
    stat = path.stat()
    return f"{path.relative_to(base).as_posix()}|{stat.st_size}|{stat.st_mtime_ns}|{stat.st_ino}".encode()


def load_bot(data_dir: Path | None = None, warn: bool = True) -> Bot:
    """The bot from the cache when it is current, else loaded (and cached) afresh.

    Raises DataFilesError, like Bot.load, when the data files have problems.
    """
    root = data_dir or default_data_dir()
    if os.environ.get("ASKSPACE_NO_CACHE"):
        return Bot.load(root)
    try:
        key = cache_key(root)
    except OSError:
        return Bot.load(root)  # an unreadable data file: let the loader report it
    folder = places.cache_dir()
    if folder is None:
        return Bot.load(root)
    path = folder / f"{cache_name(root)}{key}.pickle"
    bot = _read(path)
    if bot is not None:
        return bot
    bot = Bot.load(root)
    _write(path, root, bot, warn)
    return bot


def _read(path: Path) -> Bot | None:
    try:
        with path.open("rb") as handle, loading():
            bot = pickle.load(handle)
    except FileNotFoundError:
        return None
    except Exception:  # a corrupt or foreign cache is rebuilt, never fatal
        return None
    return bot if isinstance(bot, Bot) else None


def _write(path: Path, root: Path, bot: Bot, warn: bool) -> None:
    import tempfile  # only when writing

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=".bot-", delete=False) as tmp:
            pickle.dump(bot, tmp, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp.name, path)
        for old in path.parent.glob(f"{cache_name(root)}*.pickle"):  # this folder's stale caches only
            if old != path:
                old.unlink(missing_ok=True)
    except OSError as exc:
        if warn:
            streams.warn(f"cache not saved ({path.parent}: {exc.strerror or exc}); "
                         "set ASKSPACE_NO_CACHE=1 to turn the cache off")
