"""The interactive REPL (prompt_toolkit): history, completion and /commands.

Only this module imports prompt_toolkit, so one-shot runs never pay for it.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from prompt_toolkit import PromptSession
from prompt_toolkit.completion import CompleteEvent, Completer, Completion, FuzzyCompleter, WordCompleter
from prompt_toolkit.document import Document
from prompt_toolkit.history import FileHistory, History, InMemoryHistory
from prompt_toolkit.key_binding import KeyBindings, KeyPressEvent

from askspace import __version__, places, render, streams, transcripts
from askspace.bot import Bot, Session
from askspace.compose import day
from askspace.handlers.talk import EXAMPLES
from askspace.wrap import terminal_width, wrap


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
    """Print an answer wrapped to the terminal's width: styled notes and citations on a colour
    terminal (every row of a wrapped line in that line's style), plain otherwise."""
    width = terminal_width()
    if not use_color():
        print(wrap(text, width))
        return
    from prompt_toolkit import print_formatted_text
    from prompt_toolkit.formatted_text import FormattedText

    parts: list[tuple[str, str]] = []
    for i, line in enumerate(text.split("\n")):
        style = "bold" if i == 0 else next((s for start, s in _STYLES if line.startswith(start)), "")
        parts += [(style, wrap(line, width)), ("", "\n")]
    print_formatted_text(FormattedText(parts), end="")


class Repl:
    """State of one REPL run: the session, what was asked (for /record) and how answers are shown.

    ``out`` shows text (:func:`show` wraps it to the terminal); ``raw`` prints what must not be
    wrapped (``--json`` objects; default ``out``). With ``want_json`` each answer is shown as the
    ``--json`` object, with ``want_why`` followed by how it was understood.
    """

    def __init__(self, bot: Bot, out: Callable[[str], None] = show, raw: Callable[[str], None] | None = None,
                 want_json: bool = False, want_why: bool = False) -> None:
        self.bot = bot
        self.session: Session = bot.session()
        self.out = out
        self.raw = raw or out
        self.want_json = want_json
        self.want_why = want_why
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
        if self.want_json:
            self.raw(render.printed(answer, self.bot, True, self.want_why))
        else:
            self.out(render.printed(answer, self.bot, False, self.want_why))
        return True


def header(bot: Bot) -> str:
    """The REPL's welcome: name, version, as-of date, two examples, /help."""
    return (f"askspace {__version__} - space exploration history, knowledge as of {day(bot.kb.as_of)}\n"
            f"Try \"{EXAMPLES[0]}\" or \"Who flew on Apollo 11?\"\n"
            "/help for commands, Ctrl-D to quit.")


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


def natural(name: str) -> tuple[tuple[int, str], ...]:
    """Sort key that orders numbers by value: Apollo 7, 8, 9, 10 ... 17.

    >>> sorted(["Apollo 10", "Apollo 9", "apollo 11", "Apollo"], key=natural)
    ['Apollo', 'Apollo 9', 'Apollo 10', 'apollo 11']
    """
    return tuple((int(p), "") if p.isdigit() else (-1, p.casefold()) for p in re.split(r"(\d+)", name) if p)


class _NameCompleter(Completer):
    """Commands after '/'; mission, program, state and body names on Tab (fuzzy), or while typing
    a capitalised ("Apo") or longer ("apoll") prefix of a name that is not a common word, so
    ordinary words ("How many", "Did") bring no menu."""

    def __init__(self, bot: Bot) -> None:
        self.names = sorted({*(m.name for m in bot.kb.missions.values()),
                             *(p.name for p in bot.kb.programs.values()),
                             *(s.short for s in bot.kb.states.values()),
                             *(b.bare_name for b in bot.kb.bodies.values())}, key=natural)
        self.words = FuzzyCompleter(WordCompleter(self.names, ignore_case=True, sentence=False))
        self.commands = WordCompleter(list(COMMANDS), sentence=True)
        self.common = bot.lexicon.common_words  # "Did", "Can", "In": ordinary words, never a menu while typing

    def get_completions(self, document: Document, complete_event: CompleteEvent) -> Iterator[Completion]:
        if document.text.startswith("/"):
            yield from self.commands.get_completions(document, complete_event)
            return
        word = document.get_word_before_cursor()
        if complete_event.completion_requested:
            for c in self.words.get_completions(document, complete_event):
                yield Completion(c.text, c.start_position, display=c.display)
        elif ((len(word) >= 3 and word[0].isupper()) or len(word) >= 5) and word.casefold() not in self.common:
            folded = word.casefold()
            for name in self.names:
                if len(name) > len(word) and (name.startswith(word) or (len(word) >= 5
                                              and name.casefold().startswith(folded))):
                    yield Completion(name, -len(word))


def key_bindings(asked: list[bool]) -> KeyBindings:
    """Tab opens the menu; Up and Down walk the history unless that menu was asked for.

    ``asked[0]`` holds whether the menu on screen was asked for with Tab.
    """
    bindings = KeyBindings()

    @bindings.add("tab")
    def _tab(event: KeyPressEvent) -> None:
        buffer = event.current_buffer
        asked[0] = True
        if buffer.complete_state:
            buffer.complete_next()
        else:
            buffer.start_completion(select_first=False)

    def walk(event: KeyPressEvent, forward: bool) -> None:
        """Up and Down: through the menu when Tab opened it, else through the history."""
        buffer = event.current_buffer
        if buffer.complete_state and asked[0]:
            (buffer.complete_next if forward else buffer.complete_previous)(count=event.arg)
        else:
            buffer.cancel_completion()
            (buffer.history_forward if forward else buffer.history_backward)(count=event.arg)

    @bindings.add("up")
    def _up(event: KeyPressEvent) -> None:
        walk(event, forward=False)

    @bindings.add("down")
    def _down(event: KeyPressEvent) -> None:
        walk(event, forward=True)

    return bindings


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
    repl = Repl(bot, raw=print, want_json=want_json, want_why=want_why)
    asked = [False]
    prompt: PromptSession[str] = PromptSession(history=open_history(), completer=_NameCompleter(bot),
                                               complete_while_typing=True, key_bindings=key_bindings(asked))

    def typed(_: object) -> None:
        asked[0] = False  # typing closes a Tab menu: the next one shown while typing was not asked for

    prompt.default_buffer.on_text_insert += typed
    repl.out(header(bot))
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
