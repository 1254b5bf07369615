"""The REPL as a person uses it: commands, answers, history fallback, and a real prompt."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from prompt_toolkit.application import create_app_session
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from askspace import __version__
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
    monkeypatch.setenv("COLUMNS", "80")
    with create_pipe_input() as inp:
        inp.send_text("When did Luna 9 land?\r/quit\r")
        with create_app_session(input=inp, output=DummyOutput()):
            code = repl_module.run_repl(bot)
    out = capsys.readouterr().out
    assert code == 0
    assert out == (
        f"askspace {__version__} - space exploration history, knowledge as of 31 December 2025\n"
        "Try \"How many countries have landed on Mars?\" or \"Who flew on Apollo 11?\"\n"
        "/help for commands, Ctrl-D to quit.\n"
        "Luna 9 launched on 31 January 1966[1] and landed on the Moon on 3 February 1966\n"
        "at Oceanus Procellarum, west of the craters Reiner and Marius (about 7.1 N, 64.4\n"
        "W).\n"
        "Launched 31 January 1966 at about 11:42 UTC; landed 3 February 1966 at 18:45 UTC\n"
        "(21:45 Moscow time, same date).\n"
        "Sources:\n"
        "[1] NSSDCA Master Catalog: Luna 9,\n"
        "    https://nssdc.gsfc.nasa.gov/nmc/spacecraft/display.action?id=1966-006A\n")
    assert (tmp_path / "askspace" / "history").read_text(encoding="utf-8").count("Luna 9") == 1
    assert os.environ["XDG_STATE_HOME"] == str(tmp_path)


def test_ctrl_d_leaves(bot: Bot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    with create_pipe_input() as inp:
        inp.send_text("\x04")
        with create_app_session(input=inp, output=DummyOutput()):
            assert repl_module.run_repl(bot) == 0


def completions(bot: Bot, text: str, tab: bool = False) -> list[str]:
    from prompt_toolkit.completion import CompleteEvent
    from prompt_toolkit.document import Document

    event = CompleteEvent(completion_requested=tab, text_inserted=not tab)
    return [c.text for c in repl_module._NameCompleter(bot).get_completions(Document(text), event)]


@pytest.mark.parametrize("typed", ["How many", "How many countries", "Did", "In", "Can", "Ho", "Ma", "what a"])
def test_no_menu_while_typing_ordinary_words(bot: Bot, typed: str) -> None:
    assert completions(bot, typed) == []


def test_menu_while_typing_a_name_in_natural_order(bot: Bot) -> None:
    assert completions(bot, "When did Apo") == [
        "Apollo", "Apollo 7", "Apollo 8", "Apollo 9", "Apollo 10", "Apollo 11", "Apollo 12", "Apollo 13",
        "Apollo 14", "Apollo 15", "Apollo 16", "Apollo 17"]
    assert completions(bot, "when did apoll") == completions(bot, "When did Apo")
    assert completions(bot, "when did apo") == []  # short and lower-case: an ordinary word, maybe


def test_tab_completes_fuzzily(bot: Bot) -> None:
    assert completions(bot, "When did apolo", tab=True)[:3] == ["Apollo", "Apollo 7", "Apollo 8"]
    assert completions(bot, "/so", tab=True) == ["/sources"]


def _press(bindings: object, key: str, buffer: object) -> None:
    from types import SimpleNamespace

    (binding,) = bindings.get_bindings_for_keys((key,))  # type: ignore[attr-defined]
    binding.handler(SimpleNamespace(current_buffer=buffer, arg=1))


def test_up_and_down_walk_history_unless_the_menu_was_asked_for() -> None:
    import asyncio

    from prompt_toolkit.buffer import Buffer, CompletionState
    from prompt_toolkit.completion import Completion

    history = repl_module.InMemoryHistory()
    for line in ("When did Luna 9 land?", "Who flew on Apollo 11?"):
        history.append_string(line)
    buffer = Buffer(history=history)
    menu = [Completion("Apollo 11", -3), Completion("Apollo 12", -3)]
    asked = [False]
    bindings = repl_module.key_bindings(asked)

    async def session() -> None:
        buffer.load_history_if_not_yet_loaded()
        await asyncio.sleep(0.05)
        buffer.insert_text("Apo")
        buffer.complete_state = CompletionState(buffer.document, menu)
        _press(bindings, "up", buffer)  # a menu shown while typing: Up is the history's
        assert (buffer.text, buffer.complete_state) == ("Who flew on Apollo 11?", None)
        _press(bindings, "up", buffer)
        assert buffer.text == "When did Luna 9 land?"
        _press(bindings, "down", buffer)
        assert buffer.text == "Who flew on Apollo 11?"
        asked[0] = True  # Tab asked for the menu: Up and Down move in it
        buffer.complete_state = CompletionState(buffer.document, menu)
        _press(bindings, "down", buffer)
        assert buffer.complete_state is not None and buffer.complete_state.complete_index == 0

    asyncio.run(session())


def test_json_and_why_apply_to_each_repl_answer(bot: Bot) -> None:
    import json

    shown: list[str] = []
    Repl(bot, out=shown.append, want_json=True).handle("When did Luna 9 land?")
    Repl(bot, out=shown.append, want_why=True).handle("When did Luna 9 land?")
    obj = json.loads(shown[0])
    assert (obj["intent"], obj["as_of"], obj["facts"][0]["id"]) == ("mission_when", "2025-12-31", "luna-9")
    lines = shown[1].splitlines()
    assert lines[0].startswith("Luna 9 launched on 31 January 1966[1]")
    assert lines[lines.index('Question: "When did Luna 9 land?"') + 1] == "  intent: mission_when (score 1.00)"


def test_clarifying_question_is_a_turn_of_the_conversation(bot: Bot) -> None:
    r, shown = make(bot)
    r.handle("Who was on the crew?")
    r.handle("Apollo 11")
    assert shown[0] == 'Which mission do you mean? Name it, for example "Luna 9" or "Apollo 11".'
    assert shown[1].startswith("Apollo 11 ")
