"""Whatever people type, and however the environment misbehaves, askspace answers."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from askspace import cli, render
from askspace.bot import Bot
from askspace.knowledge import data_files, default_data_dir, load_knowledge

NORMAL = "When did Luna 9 land?"
NORMAL_ANSWER = ("Luna 9 launched on 31 January 1966[1] and landed on the Moon on 3 February 1966 at "
    "Oceanus Procellarum, west of the craters Reiner and Marius (about 7.1 N, 64.4 W).")
CONTROL = {chr(c) for c in range(32) if chr(c) != "\n"} | {chr(c) for c in range(0x7F, 0xA0)}

nasty_text = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(["\x00", "\x1b[31m", "\x1b]0;x\x07", "\u202e", "مرحبا", "🚀", "\r", "\t",
                              "?", " and ", "luna", "mars", " ", "ß", "\ufeff", "it", "their", "how many"]),
             max_size=40).map("".join),
    st.binary(max_size=200).map(lambda b: b.decode("utf-8", "replace")),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=nasty_text)
def test_any_text_gets_a_clean_answer(bot: Bot, text: str) -> None:
    session = bot.session()
    answer = session.ask(text)
    shown = render.plain(answer)
    assert shown and not CONTROL & set(shown)
    assert render.plain(session.ask(NORMAL)).splitlines()[0] == NORMAL_ANSWER


@settings(max_examples=40, deadline=None)
@given(data=st.binary(max_size=400))
def test_stdin_mode_survives_any_bytes(data: bytes) -> None:
    bot = _bot()
    out = io.StringIO()
    stdin = io.TextIOWrapper(io.BytesIO(data + b"\n" + NORMAL.encode() + b"\n"))
    old_in, old_out = sys.stdin, sys.stdout
    sys.stdin, sys.stdout = stdin, out
    try:
        assert cli._stdin_mode(bot, False, False) == 0
    finally:
        sys.stdin, sys.stdout = old_in, old_out
    text = out.getvalue()
    assert not CONTROL & set(text)
    assert NORMAL_ANSWER in text


def _bot() -> Bot:
    from askspace.pytest_plugin import shared_bot

    return shared_bot()


@pytest.mark.parametrize("size", [100_000, 1_000_000])
def test_huge_lines_are_fast(bot: Bot, size: int) -> None:
    session = bot.session()
    for line in ("x" * size, "luna " * (size // 5), "\x1b[0m" * (size // 4)):
        start = time.perf_counter()
        answer = session.ask(line)
        assert time.perf_counter() - start < 0.1
        assert answer.text.startswith("That question is too long (")
    assert render.plain(session.ask(NORMAL)).splitlines()[0] == NORMAL_ANSWER


QUESTIONS = ["How many countries have landed on Mars?", "When did the US land on the moon?", "and on Mars?",
             "appolo 11", "who built it?", "What are your sources for the 1971 Russian landing?",
             "How many successful Luna missions did Russia run before starting the Mars probe missions?"]


def _stdin_answers(env_extra: dict[str, str]) -> str:
    env = {**os.environ, "ASKSPACE_NO_CACHE": "1", **env_extra}
    result = subprocess.run([sys.executable, "-m", "askspace"], input="\n".join(QUESTIONS).encode(),
                            capture_output=True, env=env, timeout=120, check=True)
    return result.stdout.decode()


def test_same_answers_under_another_hash_seed() -> None:
    assert _stdin_answers({"PYTHONHASHSEED": "0"}) == _stdin_answers({"PYTHONHASHSEED": "4242"})


def test_same_answers_with_files_loaded_in_another_order(bot: Bot) -> None:
    folder = default_data_dir() / "knowledge"
    files = data_files(folder)
    reordered = Bot(load_knowledge(folder, list(reversed(files))), bot.intents, bot.lexicon)
    for q in QUESTIONS:
        assert render.plain(reordered.session().ask(q)) == render.plain(bot.session().ask(q))


def test_unwritable_cache_warns_once_and_answers(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    env = {**os.environ, "XDG_CACHE_HOME": str(blocker)}
    env.pop("ASKSPACE_NO_CACHE", None)
    result = subprocess.run([sys.executable, "-m", "askspace", NORMAL], capture_output=True, env=env,
                            timeout=120, check=False)
    assert result.returncode == 0
    assert result.stdout.decode().splitlines()[0] == NORMAL_ANSWER
    err = result.stderr.decode().splitlines()
    assert err == [f"askspace: cache not saved ({blocker}/askspace: Not a directory); "
                   "set ASKSPACE_NO_CACHE=1 to turn the cache off"]


def test_corrupt_cache_is_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from askspace import cache

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("ASKSPACE_NO_CACHE", raising=False)
    first = cache.load_bot()
    (pickle_file,) = (tmp_path / "askspace").glob("bot-*.pickle")
    pickle_file.write_bytes(b"not a pickle")
    again = cache.load_bot()
    assert render.plain(again.session().ask(NORMAL)) == render.plain(first.session().ask(NORMAL))
    assert pickle_file.read_bytes()[:1] == b"\x80"  # rewritten as a pickle


def test_cache_follows_data_edits(small_data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from askspace import cache

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("ASKSPACE_NO_CACHE", raising=False)
    assert cache.load_bot(small_data).kb.missions["luna-9"].name == "Luna 9"
    path = small_data / "knowledge" / "missions" / "moon.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("name: Luna 9", "name: Luna Nine"),
                    encoding="utf-8")
    assert cache.load_bot(small_data).kb.missions["luna-9"].name == "Luna Nine"
    assert not [p for d in ("knowledge", "intents") for p in (small_data / d).rglob("*") if "pickle" in p.name]


def test_ctrl_c_during_an_answer(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from askspace.bot import Session

    def interrupted(self: Session, raw: str) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(Session, "ask", interrupted)
    assert cli.main([NORMAL]) == 130
    out, err = capsys.readouterr()
    assert (out, err) == ("", "\n")
