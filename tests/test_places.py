"""Where the cache and history go: XDG folders, no home directory, several data folders."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from askspace import cache, places, render, streams
from askspace.bot import Bot

NORMAL = "When did Luna 9 land?"


@pytest.fixture
def fresh_warnings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(streams, "_warned", set())


def test_relative_xdg_folders_are_ignored(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")
    monkeypatch.setenv("XDG_STATE_HOME", "state")
    assert places.cache_dir() == tmp_path / ".cache" / "askspace"
    assert places.state_dir() == tmp_path / ".local" / "state" / "askspace"
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "c"))
    assert places.cache_dir() == tmp_path / "c" / "askspace"


def test_no_home_skips_cache_and_history_with_one_warning(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], fresh_warnings: None) -> None:
    import pwd

    from askspace import repl

    def no_entry(uid: int) -> pwd.struct_passwd:
        raise KeyError(uid)

    for name in ("HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.delenv("ASKSPACE_NO_CACHE", raising=False)
    monkeypatch.setattr(pwd, "getpwuid", no_entry)
    assert places.home() is None
    bot = cache.load_bot()
    assert type(repl.open_history()).__name__ == "InMemoryHistory"
    assert render.plain(bot.session().ask(NORMAL)).startswith("Luna 9 launched on 31 January 1966[1]")
    assert capsys.readouterr().err == (
        f"askspace: no home directory (HOME is not set and user {os.getuid()} has no passwd entry); "
        "the cache and the history are not kept\n")


SETPRIV = shutil.which("setpriv")


@pytest.mark.skipif(os.geteuid() != 0 or SETPRIV is None, reason="needs root and setpriv to run as an unknown user")
def test_unknown_user_without_home_answers() -> None:
    """As `docker run --user 54321` or `env -i` under cron: no HOME, no passwd entry."""
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "PYTHONPATH": os.pathsep.join(sys.path)}
    command = [str(SETPRIV), "--reuid", "54321", "--regid", "54321", "--clear-groups",
               sys.executable, "-m", "askspace", NORMAL]
    result = subprocess.run(command, capture_output=True, env=env, cwd="/", timeout=120, check=False)
    assert result.returncode == 0
    assert result.stdout.decode().startswith("Luna 9 launched on 31 January 1966[1]")
    assert result.stderr.decode() == ("askspace: no home directory (HOME is not set and user 54321 has no "
                                      "passwd entry); the cache and the history are not kept\n")


def test_switching_data_folders_keeps_both_caches(small_data: Path, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("ASKSPACE_NO_CACHE", raising=False)
    cache.load_bot(small_data)
    cache.load_bot()
    folder = tmp_path / "cache" / "askspace"
    before = {p.name: p.stat().st_mtime_ns for p in folder.glob("bot-*.pickle")}
    assert len(before) == 2
    calls: list[Path | None] = []
    monkeypatch.setattr(Bot, "load", classmethod(lambda cls, root=None: calls.append(root)))
    assert cache.load_bot(small_data).kb.missions["luna-9"].name == "Luna 9"
    assert len(cache.load_bot().kb.missions) > 100
    assert calls == []  # both came from their caches
    assert {p.name: p.stat().st_mtime_ns for p in folder.glob("bot-*.pickle")} == before
