"""Read, replay, diff and write ``.chat`` transcripts.

Format (the REPL's screen format)::

    # comment
    > user question
    bot answer (one or more lines)

    > next question
    ...

Comments are lines starting with ``#`` outside an answer. Each transcript replays
in a fresh session.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path

from askspace.bot import Bot
from askspace.render import plain


@dataclass(frozen=True)
class Turn:
    question: str
    expected: str
    line: int  # 1-based line of the question in the file
    comments: tuple[str, ...] = ()


@dataclass(frozen=True)
class Mismatch:
    turn: Turn
    actual: str

    def describe(self, path: Path) -> str:
        diff = difflib.unified_diff(
            self.turn.expected.splitlines(), self.actual.splitlines(),
            fromfile="expected", tofile="actual", lineterm="",
        )
        return (f"{path}:{self.turn.line}: answer differs for\n> {self.turn.question}\n"
                + "\n".join(diff))


class TranscriptError(ValueError):
    """A .chat file that does not follow the format."""


def parse(text: str, name: str = "<transcript>") -> list[Turn]:
    turns: list[Turn] = []
    comments: list[str] = []
    question: str | None = None
    qline = 0
    answer: list[str] = []
    for number, line in enumerate(text.splitlines(), 1):
        if line.startswith("> ") or line == ">":
            if question is not None:
                turns.append(Turn(question, "\n".join(answer), qline, tuple(comments)))
                comments = []
            question, qline, answer = line[2:], number, []
        elif question is None or (not answer and line.startswith("#")):
            if line.startswith("#"):
                comments.append(line)
            elif line.strip():
                raise TranscriptError(f"{name}:{number}: text before the first '> ' question")
        elif not line.strip():
            if answer:
                turns.append(Turn(question, "\n".join(answer), qline, tuple(comments)))
                question, answer, comments = None, [], []
        else:
            answer.append(line)
    if question is not None:
        turns.append(Turn(question, "\n".join(answer), qline, tuple(comments)))
    return turns


def replay(bot: Bot, turns: list[Turn]) -> list[tuple[Turn, str]]:
    """Ask every question in one fresh session; return (turn, actual answer) pairs."""
    session = bot.session()
    return [(turn, plain(session.ask(turn.question))) for turn in turns]


def mismatches(results: list[tuple[Turn, str]]) -> list[Mismatch]:
    return [Mismatch(turn, actual) for turn, actual in results if actual != turn.expected]


def render(turns: list[tuple[Turn, str]], header: list[str] | None = None) -> str:
    """The transcript text for (turn, answer) pairs, comments kept."""
    out: list[str] = list(header or [])
    for turn, answer in turns:
        out.extend(turn.comments)
        out.append(f"> {turn.question}")
        out.append(answer)
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def record(bot: Bot, questions: list[str]) -> str:
    """A new transcript from questions asked in one session."""
    turns = [Turn(q, "", 0) for q in questions]
    return render(replay(bot, turns))
