"""When the operating system says no: closed or full streams, narrow encodings, usage errors.

Each edge gives one line on stderr and a documented exit status, never a traceback.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

NORMAL = "When did Luna 9 land?"
NORMAL_ANSWER = ("Luna 9 launched on 31 January 1966[1] and landed on the Moon on 3 February 1966 at "
                 "Oceanus Procellarum, west of the craters Reiner and Marius (about 7.1 N, 64.4 W).")
MODES = [pytest.param([NORMAL], b"", id="one-shot"), pytest.param([], NORMAL.encode() + b"\n", id="stdin"),
         pytest.param(["--export-knowledge"], b"", id="export")]


def run(args: list[str], stdin: bytes = b"", env: dict[str, str] | None = None, close: tuple[int, ...] = (),
        stdout: int | None = subprocess.PIPE) -> subprocess.CompletedProcess[bytes]:
    """Run askspace with file descriptors in ``close`` closed, as a shell's ``>&-`` does."""
    def closing() -> None:
        for fd in close:
            os.close(fd)

    preexec: Callable[[], None] | None = closing if close else None
    return subprocess.run([sys.executable, "-m", "askspace", *args], input=stdin if 0 not in close else None,
                          stdout=stdout, stderr=subprocess.PIPE, env={**os.environ, **(env or {})},
                          preexec_fn=preexec, timeout=120, check=False)


@pytest.mark.parametrize(("args", "stdin"), MODES)
def test_closed_stdout_exits_74_with_one_line(args: list[str], stdin: bytes) -> None:
    result = run(args, stdin, close=(1,), stdout=None)
    assert result.returncode == 74
    assert result.stderr == b"askspace: cannot write the answer: standard output is closed\n"


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
@pytest.mark.parametrize(("args", "stdin"), MODES)
def test_full_stdout_exits_74_with_one_line(args: list[str], stdin: bytes) -> None:
    with open("/dev/full", "wb") as full:
        result = run(args, stdin, stdout=full.fileno())
    assert result.returncode == 74
    assert result.stderr == b"askspace: cannot write the answer: No space left on device\n"


def test_closed_stderr_keeps_json_pure(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    env = {"XDG_CACHE_HOME": str(blocker), "ASKSPACE_NO_CACHE": ""}
    result = run(["--json", NORMAL], env=env, close=(2,))
    assert result.returncode == 0
    assert json.loads(result.stdout)["text"].splitlines()[0] == NORMAL_ANSWER
    assert b"askspace:" not in result.stdout
    assert result.stdout.count(b"\n") == 1


def test_closed_stdout_and_stderr_still_exit_74() -> None:
    assert run([NORMAL], close=(1, 2), stdout=None).returncode == 74


def test_empty_question_is_a_usage_error() -> None:
    result = run([""])
    assert (result.returncode, result.stdout) == (2, b"")
    assert result.stderr == (b'askspace: the question is empty; ask something, for example askspace '
                             b'"When did Luna 9 land?"\n')


def test_closed_stdin_without_question_says_so() -> None:
    result = run([], close=(0,))
    assert (result.returncode, result.stdout) == (2, b"")
    assert result.stderr == b"askspace: no question: give one as an argument, or on standard input (it is closed)\n"


def test_check_and_export_together_are_a_usage_error() -> None:
    result = run(["--check", "--export-knowledge"])
    assert (result.returncode, result.stdout) == (2, b"")
    assert result.stderr.decode().splitlines()[-1] == (
        "askspace: error: argument --export-knowledge: not allowed with argument --check")


@pytest.mark.parametrize("env", [{"PYTHONIOENCODING": "ascii"}, {"PYTHONIOENCODING": "latin-1:strict"}])
def test_narrow_encoding_degrades_names(env: dict[str, str]) -> None:
    result = run(["Who flew on Soyuz 31?"], env=env)
    assert (result.returncode, result.stderr) == (0, b"")
    first = result.stdout.decode("latin-1").splitlines()[0]
    expected = "Soyuz 31 flew two: Valery Bykovsky (Commander) and Sigmund J{}hn (Research Cosmonaut)[1]."
    assert first == expected.format("a" if env["PYTHONIOENCODING"] == "ascii" else "ä")


def test_narrow_encoding_keeps_json_exact() -> None:
    result = run(["--json", "Who flew on Soyuz 31?"], env={"PYTHONIOENCODING": "ascii"})
    assert result.returncode == 0
    assert "Sigmund Jähn" in json.loads(result.stdout.decode("ascii"))["text"]


def test_json_for_a_line_that_is_not_utf8_carries_as_of() -> None:
    result = run(["--json"], stdin=b"\xff\xfe\n")
    assert result.returncode == 0
    obj = json.loads(result.stdout)
    assert (obj["text"], obj["understood"], obj["as_of"]) == (
        "That line is not valid UTF-8 text; please send questions as UTF-8.", False, "2025-12-31")


def test_clarifying_question_exits_1_and_says_so_in_json() -> None:
    result = run(["Who was on the crew?"])
    assert (result.returncode, result.stdout) == (
        1, b'Which mission do you mean? Name it, for example "Luna 9" or "Apollo 11".\n')
    result = run(["--json", "Who was on the crew?"])
    obj = json.loads(result.stdout)
    assert result.returncode == 1
    assert (obj["understood"], obj["clarify"], obj["text"]) == (
        False, True, 'Which mission do you mean? Name it, for example "Luna 9" or "Apollo 11".')


def test_answer_is_not_a_clarification(capsys: pytest.CaptureFixture[str]) -> None:
    from askspace.cli import main

    assert main(["--json", NORMAL]) == 0
    obj = json.loads(capsys.readouterr().out)
    assert (obj["understood"], obj["clarify"]) == (True, False)
