"""The interactive REPL (prompt_toolkit): history, completion and /commands.

Only this module imports prompt_toolkit, so one-shot runs never pay for it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from prompt_toolkit import PromptSession
from prompt_toolkit.completion import Completer, Completion, FuzzyCompleter, WordCompleter
from prompt_toolkit.document import Document
from prompt_toolkit.history import FileHistory, History, InMemoryHistory

from askspace import places, render, streams, transcripts
from askspace.bot import Bot, Session
from askspace.handlers.talk import EXAMPLES


@dataclass(frozen=True)
class Command:
    name: str
    usage: str
    help: str
    run: Callable[[Repl, str], bool]  # returns False to leave the REPL


_STYLES = (("Sources:", "bold"), ("[", "fg:ansibrightblack"), ("Rule:", "italic"),
           ("Not counted:", "italic"), ("Counting", "italic"), ("Read as", "italic"))


def use_color() -> bool:
    """Styled output only on a terminal, and never when NO_COLOR is set."""
    return sys.stdout.isatty() and not os.environ.get("NO_COLOR")


def show(text: str) -> None:
    """Print an answer: styled notes and citations on a colour terminal, plain otherwise."""
    if not use_color():
        print(text)
        return
    from prompt_toolkit import print_formatted_text
    from prompt_toolkit.formatted_text import FormattedText

    parts: list[tuple[str, str]] = []
    for i, line in enumerate(text.split("\n")):
        style = "bold" if i == 0 else next((s for start, s in _STYLES if line.startswith(start)), "")
        parts += [(style, line), ("", "\n")]
    print_formatted_text(FormattedText(parts), end="")


class Repl:
    """State of one REPL run: the session and what was asked (for /record)."""

    def __init__(self, bot: Bot, out: Callable[[str], None] = show) -> None:
        self.bot = bot
        self.session: Session = bot.session()
        self.out = out
        self.asked: list[tuple[str, str]] = []

    def handle(self, line: str) -> bool:
        """Answer one input line; False means quit."""
        text = line.strip()
        if not text:
            return True
        if text.startswith("/"):
            name, _, arg = text.partition(" ")
            command = COMMANDS.get(name.casefold())
            if command is None:
                self.out(f"Unknown command {render.safe(name)}; /help lists the commands.")
                return True
            return command.run(self, arg.strip())
        answer = self.session.ask(text)
        shown = render.plain(answer)
        self.asked.append((render.safe(text), shown))
        self.out(shown)
        return True


def _help(repl: Repl, arg: str) -> bool:
    lines = ["Ask a question about space history, or use a command:"]
    lines += [f"  {c.usage:<15} {c.help}" for c in COMMANDS.values()]
    lines.append("Examples: " + "; ".join(EXAMPLES))
    repl.out("\n".join(lines))
    return True


def _sources(repl: Repl, arg: str) -> bool:
    last = repl.session.last
    if last is None or not last.sources:
        repl.out("The last answer cited no sources." if last else "Nothing was asked yet.")
    else:
        repl.out("\n".join(f"[{i}] {s.cite()}" for i, s in enumerate(last.sources, 1)))
    return True


def _why(repl: Repl, arg: str) -> bool:
    last = repl.session.last
    repl.out(render.why(last) if last else "Nothing was asked yet.")
    return True


def _reset(repl: Repl, arg: str) -> bool:
    repl.session.reset()
    repl.asked.clear()
    repl.out("Conversation forgotten.")
    return True


def _record(repl: Repl, arg: str) -> bool:
    if not arg:
        repl.out("Usage: /record FILE (for example /record my_chat.chat)")
        return True
    turns = [(transcripts.Turn(q, a, 0), a) for q, a in repl.asked]
    try:
        Path(arg).expanduser().write_text(transcripts.render(turns), encoding="utf-8")
    except OSError as exc:
        repl.out(f"Could not write {arg}: {exc.strerror or exc}")
        return True
    repl.out(f"Saved {len(turns)} {'question' if len(turns) == 1 else 'questions'} to {arg}.")
    return True


def _quit(repl: Repl, arg: str) -> bool:
    return False


COMMANDS: dict[str, Command] = {c.name: c for c in (
    Command("/help", "/help", "show this help", _help),
    Command("/sources", "/sources", "the full sources behind the last answer", _sources),
    Command("/why", "/why", "how the last question was understood", _why),
    Command("/reset", "/reset", "forget the conversation", _reset),
    Command("/record", "/record FILE", "save the conversation as a transcript file", _record),
    Command("/quit", "/quit", "leave (Ctrl-D works too)", _quit),
)}


class _NameCompleter(Completer):
    """Commands after '/', otherwise mission, program, state and body names (fuzzy)."""

    def __init__(self, bot: Bot) -> None:
        names = sorted({*(m.name for m in bot.kb.missions.values()),
                        *(p.name for p in bot.kb.programs.values()),
                        *(s.short for s in bot.kb.states.values()),
                        *(b.bare_name for b in bot.kb.bodies.values())})
        self.words = FuzzyCompleter(WordCompleter(names, ignore_case=True, sentence=False))
        self.commands = WordCompleter(list(COMMANDS), sentence=True)

    def get_completions(self, document: Document, complete_event):  # type: ignore[no-untyped-def]
        if document.text.startswith("/"):
            yield from self.commands.get_completions(document, complete_event)
            return
        word = document.get_word_before_cursor()
        if len(word) >= 2:
            for c in self.words.get_completions(document, complete_event):
                yield Completion(c.text, c.start_position, display=c.display)


def open_history() -> History:
    """File history in the XDG state folder, or in memory (with a warning) if there is none or it is unwritable."""
    folder = places.state_dir()
    if folder is None:
        return InMemoryHistory()
    path = folder / "history"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8"):
            pass
        return FileHistory(str(path))
    except OSError as exc:
        streams.warn(f"history not saved ({path}: {exc.strerror or exc})")
        return InMemoryHistory()


def run_repl(bot: Bot, want_json: bool = False, want_why: bool = False) -> int:
    repl = Repl(bot)
    prompt: PromptSession[str] = PromptSession(history=open_history(),
                                               completer=_NameCompleter(bot),
                                               complete_while_typing=True)
    print(f"askspace: ask about the history of space exploration. Try \"{EXAMPLES[0]}\", "
          f"\"{EXAMPLES[1]}\" or \"{EXAMPLES[2]}\". /help for commands, Ctrl-D to quit.")
    while True:
        try:
            line = prompt.prompt("> ")
        except KeyboardInterrupt:
            continue  # Ctrl-C clears the line, as in other REPLs
        except EOFError:
            return 0
        try:
            if not repl.handle(line):
                return 0
        except KeyboardInterrupt:
            print("(interrupted)")
