"""The REPL in a real 80-column tmux pane: no word broken across lines, no menu over "How many".

Skipped when tmux is not installed (it is not one of the project's dependencies; the pty
tests in test_terminal.py cover the REPL without it).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from askspace import render
from askspace.bot import Bot

TMUX = shutil.which("tmux")
pytestmark = pytest.mark.skipif(TMUX is None, reason="tmux is not installed (apt-get install tmux to run this test)")
QUESTION = "How many countries have landed on Mars?"


class Pane:
    """One tmux server with one 80x40 pane running the REPL, on a private socket."""

    def __init__(self, folder: Path, env: dict[str, str]) -> None:
        self.socket = str(folder / "tmux.sock")
        self.env = env
        self.tmux("-f", "/dev/null", "new-session", "-d", "-x", "80", "-y", "40", "-s", "ask",
                  f"{sys.executable} -m askspace")

    def tmux(self, *args: str) -> str:
        result = subprocess.run([str(TMUX), "-S", self.socket, *args], capture_output=True, env=self.env,
                                timeout=30, check=True)
        return result.stdout.decode()

    def rows(self) -> list[str]:
        return self.tmux("capture-pane", "-p", "-t", "ask").split("\n")

    def wait_for(self, text: str, timeout: float = 30) -> list[str]:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            rows = self.rows()
            if any(text in row for row in rows):
                return rows
            time.sleep(0.1)
        raise AssertionError(f"{text!r} not on screen:\n" + "\n".join(self.rows()))

    def type(self, text: str, enter: bool = False) -> None:
        self.tmux("send-keys", "-t", "ask", "-l", text)
        if enter:
            self.tmux("send-keys", "-t", "ask", "Enter")


@pytest.fixture
def pane() -> Iterator[Pane]:
    folder = Path(tempfile.mkdtemp(prefix="askspace-tmux-"))  # short: a socket path has a length limit
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES", "TMUX")}
    env.update({"XDG_STATE_HOME": str(folder), "NO_COLOR": "1", "TERM": "xterm"})
    pane = Pane(folder, env)
    try:
        yield pane
    finally:
        subprocess.run([str(TMUX), "-S", pane.socket, "kill-server"], capture_output=True, timeout=30, check=False)
        shutil.rmtree(folder, ignore_errors=True)


def test_repl_in_an_80_column_pane(pane: Pane, bot: Bot) -> None:
    rows = pane.wait_for("/help for commands, Ctrl-D to quit.")
    assert all(len(row) <= 80 for row in rows)
    pane.type(QUESTION, enter=True)
    rows = pane.wait_for("Sources:")
    rows = pane.wait_for("> ") if rows[-1] != "> " else rows
    time.sleep(0.5)
    rows = [row.rstrip() for row in pane.rows()]
    start = rows.index(f"> {QUESTION}") + 1
    end = next(i for i in range(start, len(rows)) if rows[i].startswith(">"))
    answer = render.plain(bot.session().ask(QUESTION))
    shown = rows[start:end]
    assert len(shown) > len(answer.splitlines())  # it did wrap
    assert all(len(row) <= 80 for row in shown)
    assert " ".join(shown).split() == answer.split()  # every word whole on one row

    pane.type("How many")
    time.sleep(1.0)  # time for a menu to appear, if one would
    rows = [row.rstrip() for row in pane.rows()]
    prompt = max(i for i, row in enumerate(rows) if row.startswith(">"))
    assert rows[prompt] == "> How many"
    assert [row for row in rows[prompt + 1:] if row] == []  # no completion menu under the prompt
