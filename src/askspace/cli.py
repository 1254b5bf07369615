"""The ``askspace`` command: one-shot, stdin (one question per line), or the REPL.

Exit codes: 0 answered, 1 not understood, 2 usage or data error, 130 interrupted.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    import argparse

from askspace import __version__
from askspace.heap import loading

EXAMPLES = """examples:
  askspace "How many countries have landed on Mars?"
  askspace --json "When did the Soviets land their first probe on the Moon?"
  askspace --why "appolo 11"
  printf 'When did the US land on the Moon?\\nAnd on Mars?\\n' | askspace
  askspace --check
  askspace --export-knowledge > knowledge.json
  askspace            (on a terminal: the interactive REPL; /help inside)
"""


def build_parser() -> argparse.ArgumentParser:
    import argparse

    parser = argparse.ArgumentParser(
        prog="askspace",
        description="Answers questions about the history of space exploration, with sources.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("question", nargs="*", help="the question (omit it for the REPL or stdin)")
    parser.add_argument("--json", action="store_true", help="print the answer as one JSON object")
    parser.add_argument("--why", action="store_true", help="also show how the question was understood")
    parser.add_argument("--check", action="store_true", help="validate the knowledge and intents files")
    parser.add_argument("--export-knowledge", action="store_true",
                        help="print the whole knowledge base as JSON")
    parser.add_argument("--data", type=Path, metavar="DIR",
                        help="folder holding knowledge/ and intents/ (default: the installed data)")
    parser.add_argument("--version", action="version", version=f"askspace {__version__}")
    return parser


def _load(data: Path | None):  # type: ignore[no-untyped-def]
    with loading():  # importing askspace's modules makes long-lived objects too: no collection passes over them
        from askspace.cache import load_bot
        from askspace.knowledge import DataFilesError

    try:
        return load_bot(data)
    except DataFilesError as exc:
        count = len(exc.errors)
        print(f"askspace: the data files have {count} {'problem' if count == 1 else 'problems'}:",
              file=sys.stderr)
        for error in exc.errors:
            print(f"  {error}", file=sys.stderr)
        return None


def main(argv: list[str] | None = None) -> int:
    try:
        return _main(argv)
    except KeyboardInterrupt:
        print("", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (askspace ... | head -1): stop quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


class _Plain:
    """The arguments of a plain one-shot question, parsed without argparse (it is slow to import)."""

    def __init__(self, question: list[str]) -> None:
        self.question = question
        self.json = self.why = self.check = self.export_knowledge = False
        self.data = None


def _parse(argv: list[str] | None) -> argparse.Namespace | _Plain:
    words = sys.argv[1:] if argv is None else argv
    if words and not any(w.startswith("-") for w in words):
        return _Plain(words)
    return build_parser().parse_args(words)


def _main(argv: list[str] | None) -> int:
    args = _parse(argv)
    if args.question and (args.check or args.export_knowledge):
        print("askspace: --check and --export-knowledge take no question", file=sys.stderr)
        return 2
    bot = _load(args.data)
    if bot is None:
        return 2
    if args.check:
        kb = bot.kb
        print(f"ok: {len(kb.missions)} missions, {len(kb.programs)} programs, "
              f"{len(kb.states)} states, {len(kb.bodies)} bodies, {len(kb.people)} people, {len(bot.intents)} intents "
              f"(knowledge as of {kb.as_of.isoformat()})")
        return 0
    if args.export_knowledge:
        import json

        from askspace.export import export_missions

        json.dump(export_missions(bot.kb), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    if args.question:
        return _one_shot(bot, " ".join(args.question), args.json, args.why)
    if sys.stdin is not None and sys.stdin.isatty() and sys.stdout.isatty():
        from askspace.repl import run_repl

        return run_repl(bot)
    return _stdin_mode(bot, args.json, args.why)


def _one_shot(bot, question: str, want_json: bool, want_why: bool) -> int:  # type: ignore[no-untyped-def]

    answer = bot.session().ask(question)
    _print_answer(sys.stdout, bot, answer, want_json, want_why)
    return 0 if answer.understood else 1


def _print_answer(out: TextIO, bot, answer, want_json: bool, want_why: bool) -> None:  # type: ignore[no-untyped-def]
    from askspace import render

    if want_json:
        import json

        obj = render.as_json(answer, bot)
        if want_why:
            obj["why"] = render.why(answer)
        out.write(json.dumps(obj, ensure_ascii=False) + "\n")
        return
    out.write(render.plain(answer) + "\n")
    if want_why:
        out.write(render.why(answer) + "\n")


def read_lines(stream: Iterable[bytes]) -> Iterable[str | None]:
    """Decode each line as UTF-8; yield None for a line that is not valid UTF-8."""
    for raw in stream:
        try:
            yield raw.decode("utf-8").rstrip("\r\n")
        except UnicodeDecodeError:
            yield None


def _stdin_mode(bot, want_json: bool, want_why: bool) -> int:  # type: ignore[no-untyped-def]
    from askspace.bot import Answer

    session = bot.session()
    source = sys.stdin.buffer if sys.stdin is not None else []
    for line in read_lines(source):
        if line is None:
            answer = Answer("That line is not valid UTF-8 text; please send questions as UTF-8.",
                            understood=False)
        elif not line.strip():
            continue
        else:
            answer = session.ask(line)
        _print_answer(sys.stdout, bot, answer, want_json, want_why)
        if not want_json:
            sys.stdout.write("\n")
        sys.stdout.flush()
    return 0
