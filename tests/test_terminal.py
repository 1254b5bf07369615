"""The REPL in a real pseudo-terminal, typed into as a person would."""

from __future__ import annotations

import os
import pty
import re
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

ANSI = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07]*\x07|\x1b[=>]|\r")


class Terminal:
    def __init__(self, env: dict[str, str]) -> None:
        self.master, slave = pty.openpty()
        self.proc = subprocess.Popen([sys.executable, "-m", "askspace"], stdin=slave, stdout=slave,
                                     stderr=slave, env=env, close_fds=True)
        os.close(slave)
        self.screen = ""

    def read_until(self, text: str, timeout: float = 30) -> str:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            ready, _, _ = select.select([self.master], [], [], 0.2)
            if ready:
                try:
                    chunk = os.read(self.master, 65536).decode("utf-8", "replace")
                except OSError:
                    break
                self.screen += chunk
                if text in ANSI.sub("", self.screen):
                    return ANSI.sub("", self.screen)
        raise AssertionError(f"{text!r} not seen; screen:\n{ANSI.sub('', self.screen)[-2000:]}")

    def type(self, text: str) -> None:
        os.write(self.master, text.encode())

    def close(self) -> int:
        """Wait for the program to exit, reading what it prints meanwhile."""
        end = time.monotonic() + 20
        try:
            while self.proc.poll() is None and time.monotonic() < end:
                ready, _, _ = select.select([self.master], [], [], 0.2)
                if ready:
                    try:
                        self.screen += os.read(self.master, 65536).decode("utf-8", "replace")
                    except OSError:
                        break
            return self.proc.wait(timeout=5)
        finally:
            os.close(self.master)


@pytest.fixture
def terminal(tmp_path: Path) -> Terminal:
    env = {**os.environ, "XDG_STATE_HOME": str(tmp_path), "TERM": "xterm", "NO_COLOR": "1",
           "COLUMNS": "200", "LINES": "50"}
    return Terminal(env)


def test_repl_session_in_a_terminal(terminal: Terminal, tmp_path: Path) -> None:
    terminal.read_until("/help for commands, Ctrl-D to quit.")
    terminal.type("When did the US land on the Moon?\r")
    terminal.read_until("Its first robotic soft landing was Surveyor 1, 2 June 1966[2].")
    terminal.type("and on Mars?\r")
    terminal.read_until("The United States first soft-landed on Mars with Viking 1 on 20 July 1976[1].")
    terminal.type("/why\r")
    terminal.read_until("context: follow-up to intent first_event")
    terminal.type("half a line\x03")  # Ctrl-C clears the line and keeps the session
    terminal.type("/sources\r")
    terminal.read_until("[1] NSSDCA Master Catalog: Viking 1 Lander")
    time.sleep(0.3)
    terminal.type("\x04")  # Ctrl-D leaves
    assert terminal.close() == 0
    history = (tmp_path / "askspace" / "history").read_text(encoding="utf-8")
    assert "When did the US land on the Moon?" in history and "half a line" not in history


LONG_QUESTION = "When did Luna 9 land?"


def _one_shot_on_a_terminal(columns: int) -> str:
    """What a one-shot run prints to a pseudo-terminal ``columns`` wide."""
    master, slave = pty.openpty()
    env = {**os.environ, "TERM": "xterm", "COLUMNS": str(columns), "NO_COLOR": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "askspace", LONG_QUESTION], stdin=subprocess.DEVNULL, stdout=slave,
                            stderr=slave, env=env, close_fds=True)
    os.close(slave)
    chunks: list[bytes] = []
    while True:
        ready, _, _ = select.select([master], [], [], 30)
        if not ready:
            break
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    assert proc.wait(timeout=30) == 0
    return b"".join(chunks).decode().replace("\r\n", "\n")


def test_one_shot_on_a_terminal_wraps_at_word_boundaries() -> None:
    assert _one_shot_on_a_terminal(60) == (
        "Luna 9 launched on 31 January 1966[1] and landed on the Moon\n"
        "on 3 February 1966 at Oceanus Procellarum, west of the\n"
        "craters Reiner and Marius (about 7.1 N, 64.4 W).\n"
        "Launched 31 January 1966 at about 11:42 UTC; landed 3\n"
        "February 1966 at 18:45 UTC (21:45 Moscow time, same date).\n"
        "Sources:\n"
        "[1] NSSDCA Master Catalog: Luna 9,\n"
        "    https://nssdc.gsfc.nasa.gov/nmc/spacecraft/display.action?id=1966-006A\n")


def test_one_shot_to_a_pipe_does_not_wrap() -> None:
    env = {**os.environ, "COLUMNS": "60"}
    result = subprocess.run([sys.executable, "-m", "askspace", LONG_QUESTION], capture_output=True, env=env,
                            timeout=60, check=True)
    assert result.stdout.decode().splitlines()[0] == (
        "Luna 9 launched on 31 January 1966[1] and landed on the Moon on 3 February 1966 at "
        "Oceanus Procellarum, west of the craters Reiner and Marius (about 7.1 N, 64.4 W).")
