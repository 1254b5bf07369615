"""The ``askspace`` command: one-shot, stdin (one question per line), or the REPL.

Exit codes: 0 answered, 1 not understood (or asked back), 2 usage or data error,
74 the answer could not be written (stdout closed or full), 130 interrupted.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse

from askspace import __version__, streams
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
    alone = parser.add_mutually_exclusive_group()
    alone.add_argument("--check", action="store_true", help="validate the knowledge and intents files")
    alone.add_argument("--export-knowledge", action="store_true",
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
        streams.warn(f"the data files have {count} {'problem' if count == 1 else 'problems'}:")
        for error in exc.errors:
            streams.say(f"  {error}")
        return None


def main(argv: list[str] | None = None) -> int:
    streams.degrade_unencodable()
    try:
        return _main(argv)
    except KeyboardInterrupt:
        streams.say("")
        return 130
    except BrokenPipeError:
        # The reader went away (askspace ... | head -1): stop quietly.
        streams.silence_stdout()
        return 0
    except streams.OutputError as exc:
        streams.warn(f"cannot write the answer: {exc}")
        return streams.EXIT_OUTPUT


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


def _usage_error(args: argparse.Namespace | _Plain) -> str | None:
    """What is wrong with the command line, if anything, before any data is loaded."""
    if args.question and (args.check or args.export_knowledge):
        return "--check and --export-knowledge take no question"
    if args.question and not " ".join(args.question).strip():
        return "the question is empty; ask something, for example askspace \"When did Luna 9 land?\""
    if not args.question and not (args.check or args.export_knowledge) and sys.stdin is None:
        return "no question: give one as an argument, or on standard input (it is closed)"
    return None


def _main(argv: list[str] | None) -> int:
    args = _parse(argv)
    problem = _usage_error(args)
    if problem:
        streams.warn(problem)
        return 2
    if sys.stdout is None:  # every mode answers on stdout: say so before loading anything
        raise streams.OutputError("standard output is closed")
    bot = _load(args.data)
    if bot is None:
        return 2
    if args.check:
        from askspace import lore, spacewalks

        kb = bot.kb
        streams.emit(f"ok: {len(kb.missions)} missions, {len(kb.programs)} programs, "
                     f"{len(kb.states)} states, {len(kb.bodies)} bodies, {len(kb.people)} people, "
                     f"{len(lore.sayings(kb))} famous words, {len(lore.accidents(kb))} accidents, "
                     f"{len(kb.first_satellites)} first satellites, "
                     f"{len(kb.agencies)} agencies, {len(kb.rockets)} rockets, {len(kb.history)} history facts, "
                     f"{len(spacewalks.entries(kb))} spacewalk firsts and records, "
                     f"{len(kb.craft)} craft, "
                     f"{len(kb.astronaut_groups)} astronaut groups, {len(kb.crewed_flights)} crewed flights, "
                     f"{len(kb.engines)} engines, "
                     f"{len(kb.places)} places, {len(kb.mission_places)} missions' places, "
                     f"{len(kb.explainers)} explainers, "
                     f"{len(kb.satellite_systems)} satellite systems, {len(kb.notes)} notes, "
                     f"{len(bot.intents)} intents (knowledge as of {kb.as_of.isoformat()})\n")
        return 0
    if args.export_knowledge:
        import json

        from askspace.wholeexport import export_knowledge

        ascii_only = not streams.can_encode_all()
        streams.emit(json.dumps(export_knowledge(bot.kb), ensure_ascii=ascii_only, indent=2) + "\n")
        return 0
    if args.question:
        return _one_shot(bot, " ".join(args.question), args.json, args.why)
    if sys.stdin.isatty() and sys.stdout.isatty():
        from askspace.repl import run_repl

        return run_repl(bot, args.json, args.why)
    return _stdin_mode(bot, args.json, args.why)


def _one_shot(bot, question: str, want_json: bool, want_why: bool) -> int:  # type: ignore[no-untyped-def]
    from askspace import render

    answer = bot.session().ask(question)
    width = None  # a pipe or a file gets the lines unwrapped
    if sys.stdout.isatty():
        from askspace.wrap import terminal_width

        width = terminal_width()
    streams.emit(render.printed(answer, bot, want_json, want_why, width) + "\n")
    return 0 if answer.understood and not answer.clarify else 1


def read_lines(stream: Iterable[bytes]) -> Iterable[str | None]:
    """Decode each line as UTF-8; yield None for a line that is not valid UTF-8."""
    for raw in stream:
        try:
            yield raw.decode("utf-8").rstrip("\r\n")
        except UnicodeDecodeError:
            yield None


def _stdin_mode(bot, want_json: bool, want_why: bool) -> int:  # type: ignore[no-untyped-def]
    from askspace import render
    from askspace.answers import Answer

    session = bot.session()
    for line in read_lines(sys.stdin.buffer):
        if line is None:
            answer = Answer("That line is not valid UTF-8 text; please send questions as UTF-8.",
                            understood=False, as_of=bot.kb.as_of.isoformat())
        elif not line.strip():
            continue
        else:
            answer = session.ask(line)
        streams.emit(render.printed(answer, bot, want_json, want_why) + ("\n" if want_json else "\n\n"))
    return 0
