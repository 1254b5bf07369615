"""The measure of understanding: other people's questions, judged right, wrong or not known.

The questions in ``tests/eval/others/`` were written by other people (public question
collections, each with its provenance) or by people who never read the parser (the
conversations). Each answer is judged:

- **right**: answered, every ``expect`` regex matches and no ``reject`` regex does;
- **wrong**: answered, but a pattern fails (a confident answer to a different question);
- **not known**: askspace said it did not understand or did not know, or asked back.

Patterns are matched against the answer without its "Sources:" block and citation marks, so
a year inside a catalogue URL cannot pass a "when" question.

>>> judge(Reply("Neil Armstrong, on 20 July 1969[1].", answered=True), ("armstrong",), ())
'right'
>>> judge(Reply("Which mission do you mean?", answered=True), ("armstrong",), ())
'not known'
>>> judge(Reply("Buzz Aldrin.\\nSources:\\n[1] Armstrong's page", answered=True), ("armstrong",), ())
'wrong'
"""

from __future__ import annotations

import base64
import gzip
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

import yaml

from askspace.answers import Answer
from askspace.bot import Bot
from askspace.render import plain

OTHERS_DIR = Path(__file__).resolve().parents[2] / "tests" / "eval" / "others"
VERDICTS = ("right", "wrong", "not known")
FAMILIES = ("who", "when", "where", "which", "how-many", "first-nth", "superlative", "yes-no", "list", "why-how",
            "clue", "search-box", "follow-up")
QUESTION_KEYS = {"q", "family", "source", "gold", "expect", "reject", "note"}
TURN_KEYS = {"q", "family", "expect", "reject", "note"}
SOURCE_KEYS = {"dataset", "origin", "file", "id"}


class Reply(NamedTuple):
    """What the judge needs of an answer: its plain text and whether askspace answered (exit 0)."""

    text: str
    answered: bool


class Item(NamedTuple):
    """One question to judge: a collected question or one turn of a conversation."""

    q: str
    family: str
    source: str  # the dataset, or the conversation's id
    expect: tuple[str, ...]
    reject: tuple[str, ...] = ()


class Verdict(NamedTuple):
    item: Item
    verdict: str
    answer: str


_SOURCES = re.compile(r"^Sources?:.*", re.MULTILINE | re.DOTALL)
_MARK = re.compile(r"\[\d+\]")


def asks_back(text: str) -> bool:
    """A reply whose first line asks a question ("Which mission do you mean? Name it, ...") is not an answer."""
    first = text.strip().splitlines()[0] if text.strip() else ""
    return "?" in first


def judge(reply: Reply, expect: Sequence[str], reject: Sequence[str]) -> str:
    """right, wrong or not known (see the module docstring)."""
    if not reply.answered or asks_back(reply.text):
        return "not known"
    body = _MARK.sub("", _SOURCES.sub("", reply.text))
    ok = all(re.search(p, body, re.IGNORECASE) for p in expect)
    ok = ok and not any(re.search(p, body, re.IGNORECASE) for p in reject)
    return "right" if ok else "wrong"


class FileProblem(ValueError):
    """A measure file that cannot be read: file, item and what to fix."""


def _patterns(value: Any, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(p, str) for p in value):
        raise FileProblem(f"{where}: expected a list of regexes")
    for p in value:
        try:
            re.compile(p)
        except re.error as exc:
            raise FileProblem(f"{where}: bad regex {p!r}: {exc}") from None
    return tuple(value)


def _item(raw: Any, where: str, keys: set[str], source: str | None) -> Item:
    if not isinstance(raw, dict) or not {"q", "family", "expect"} <= set(raw):
        raise FileProblem(f"{where}: needs q, family and expect")
    unknown = set(raw) - keys
    if unknown:
        raise FileProblem(f"{where}: unknown keys {sorted(unknown)}")
    if source is None:
        src = raw.get("source")
        if not isinstance(src, dict) or not set(src) >= SOURCE_KEYS:
            raise FileProblem(f"{where}.source: needs {', '.join(sorted(SOURCE_KEYS))}")
        source = str(src["dataset"])
    expect = _patterns(raw["expect"], f"{where}.expect")
    if not expect:
        raise FileProblem(f"{where}.expect: give at least one pattern")
    return Item(str(raw["q"]), str(raw["family"]), source, expect, _patterns(raw.get("reject"), f"{where}.reject"))


def parse_questions(text: str, name: str) -> list[Item]:
    """Collected questions from YAML text (``name`` is used in error messages)."""
    raw = yaml.safe_load(text)
    if not isinstance(raw, list):
        raise FileProblem(f"{name}: expected a list of questions")
    return [_item(r, f"{name}: item {i}", QUESTION_KEYS, None) for i, r in enumerate(raw)]


def load_questions(path: Path) -> list[Item]:
    return parse_questions(path.read_text(encoding="utf-8"), path.name)


def seal(text: str) -> str:
    """YAML text -> the sealed form (gzip, then base64 in lines of 76), so that nobody reads it by accident."""
    return base64.encodebytes(gzip.compress(text.encode("utf-8"), mtime=0)).decode("ascii")


def unseal(sealed: str) -> str:
    return gzip.decompress(base64.b64decode(sealed)).decode("utf-8")


def load_sealed(path: Path) -> list[Item]:
    return parse_questions(unseal(path.read_text(encoding="ascii")), path.name)


def load_conversations(path: Path) -> list[list[Item]]:
    """Each conversation as its list of turns, asked in order in one session."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(raw, list):
        raise FileProblem(f"{path.name}: expected a list of conversations")
    conversations = []
    for i, conv in enumerate(raw):
        where = f"{path.name}: conversation {i}"
        if not isinstance(conv, dict) or not isinstance(conv.get("turns"), list) or "id" not in conv:
            raise FileProblem(f"{where}: needs id and turns")
        conversations.append([_item(t, f"{where} ({conv['id']}) turn {j}", TURN_KEYS, str(conv["id"]))
                              for j, t in enumerate(conv["turns"])])
    return conversations


def _reply(bot_answer: Answer) -> Reply:
    """Answered means exit 0: understood, and not a question asked back."""
    return Reply(plain(bot_answer), bot_answer.understood and not bot_answer.clarify)


def run_questions(bot: Bot, items: Iterable[Item]) -> list[Verdict]:
    """Each question in a fresh session."""
    out = []
    for item in items:
        reply = _reply(bot.session().ask(item.q))
        out.append(Verdict(item, judge(reply, item.expect, item.reject), reply.text))
    return out


def run_conversations(bot: Bot, conversations: Iterable[list[Item]]) -> list[Verdict]:
    """Each conversation in one fresh session, turn by turn."""
    out = []
    for turns in conversations:
        session = bot.session()
        for item in turns:
            reply = _reply(session.ask(item.q))
            out.append(Verdict(item, judge(reply, item.expect, item.reject), reply.text))
    return out


def counts(verdicts: Sequence[Verdict]) -> tuple[int, int, int, int]:
    """(right, wrong, not known, total)."""
    c = Counter(v.verdict for v in verdicts)
    return c["right"], c["wrong"], c["not known"], len(verdicts)


def summary_line(name: str, verdicts: Sequence[Verdict], unit: str = "") -> str:
    """``open: R right, W wrong, N not known of T`` (the line scripts read)."""
    r, w, n, t = counts(verdicts)
    return f"{name}: {r} right, {w} wrong, {n} not known of {t}{unit}"


def table(verdicts: Sequence[Verdict], key: str) -> list[str]:
    """One line per family or source: right, wrong, not known, total and the right rate."""
    groups: dict[str, list[Verdict]] = {}
    for v in verdicts:
        groups.setdefault(getattr(v.item, key), []).append(v)
    lines = []
    width = max((len(name) for name in groups), default=0)
    for name in sorted(groups):
        r, w, n, t = counts(groups[name])
        lines.append(f"  {name:<{width}}  {r:>4} right {w:>4} wrong {n:>4} not known of {t:<4} {100 * r / t:5.1f}%")
    return lines
