"""The REPL as a person uses it: commands, answers, history fallback, and a real prompt."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from prompt_toolkit.application import create_app_session
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from askspace import repl as repl_module
from askspace.bot import Bot
from askspace.repl import Repl


def make(bot: Bot) -> tuple[Repl, list[str]]:
    shown: list[str] = []
    return Repl(bot, out=shown.append), shown


def test_question_then_sources_and_why(bot: Bot) -> None:
    r, shown = make(bot)
    assert r.handle("When did Luna 9 land?")
    assert r.handle("/sources")
    assert r.handle("/why")
    assert shown[1] == ("[1] NSSDCA Master Catalog: Luna 9, "
                        "https://nssdc.gsfc.nasa.gov/nmc/spacecraft/display.action?id=1966-006A")
    assert shown[2].splitlines()[:2] == ["Question: \"When did Luna 9 land?\"",
                                         "  intent: mission_when (score 1.00)"]


def test_help_lists_every_command(bot: Bot) -> None:
    r, shown = make(bot)
    r.handle("/help")
    for name in ("/help", "/sources", "/why", "/reset", "/record FILE", "/quit"):
        assert name in shown[0]


def test_reset_forgets_context(bot: Bot) -> None:
    r, shown = make(bot)
    r.handle("When did the US land on the Moon?")
    r.handle("/reset")
    r.handle("and on Mars?")
    assert shown[1] == "Conversation forgotten."
    assert shown[2].startswith("Sorry, I did not understand that.")


def test_record_writes_a_transcript_that_replays(bot: Bot, tmp_path: Path) -> None:
    from askspace import transcripts

    r, shown = make(bot)
    r.handle("When did the US land on the Moon?")
    r.handle("and on Mars?")
    target = tmp_path / "mine.chat"
    r.handle(f"/record {target}")
    assert shown[-1] == f"Saved 2 questions to {target}."
    turns = transcripts.parse(target.read_text(encoding="utf-8"))
    assert [t.question for t in turns] == ["When did the US land on the Moon?", "and on Mars?"]
    assert transcripts.mismatches(transcripts.replay(bot, turns)) == []


def test_unknown_command_and_quit(bot: Bot) -> None:
    r, shown = make(bot)
    assert r.handle("/frobnicate\x1b[31m")
    assert shown == ["Unknown command /frobnicate[31m; /help lists the commands."]
    assert r.handle("/quit") is False


def test_unwritable_history_degrades(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("XDG_STATE_HOME", str(blocker))
    history = repl_module.open_history()
    assert type(history).__name__ == "InMemoryHistory"
    assert capsys.readouterr().err.startswith("askspace: history not saved (")


def test_real_prompt_session(bot: Bot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                             capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    with create_pipe_input() as inp:
        inp.send_text("When did Luna 9 land?\r/quit\r")
        with create_app_session(input=inp, output=DummyOutput()):
            code = repl_module.run_repl(bot)
    out = capsys.readouterr().out
    assert code == 0
    assert ("Luna 9 launched on 31 January 1966[1] and landed on the Moon on 3 February 1966 at "
    "Oceanus Procellarum, west of the craters Reiner and Marius (about 7.1 N, 64.4 W).") in out
    assert (tmp_path / "askspace" / "history").read_text(encoding="utf-8").count("Luna 9") == 1
    assert os.environ["XDG_STATE_HOME"] == str(tmp_path)


def test_ctrl_d_leaves(bot: Bot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    with create_pipe_input() as inp:
        inp.send_text("\x04")
        with create_app_session(input=inp, output=DummyOutput()):
            assert repl_module.run_repl(bot) == 0
