"""pytest plugin: every ``transcripts/*.chat`` file is a test item.

Enabled from pyproject (``-p askspace.pytest_plugin``). ``pytest --update-transcripts``
rewrites the files with the answers of today's code; review the diff before committing.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from askspace import transcripts
from askspace.bot import Bot


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-transcripts", action="store_true", default=False,
                     help="rewrite transcripts/*.chat with the current answers")


@cache
def shared_bot() -> Bot:
    """One loaded bot for the whole test run (loading is the slow part)."""
    return Bot.load()


def pytest_collect_file(parent: pytest.Collector, file_path: Path) -> pytest.Collector | None:
    if file_path.suffix == ".chat":
        return TranscriptFile.from_parent(parent, path=file_path)
    return None


class TranscriptFile(pytest.File):
    def collect(self) -> Iterator[pytest.Item]:
        yield TranscriptItem.from_parent(self, name=self.path.name)


class TranscriptFailure(Exception):
    pass


class TranscriptItem(pytest.Item):
    def runtest(self) -> None:
        text = self.path.read_text(encoding="utf-8")
        turns = transcripts.parse(text, str(self.path))
        if not turns:
            raise TranscriptFailure(f"{self.path}: no '> ' questions in this transcript")
        results = transcripts.replay(shared_bot(), turns)
        if self.config.getoption("--update-transcripts"):
            header = [line for line in text.splitlines() if line.startswith("#")][:0]
            self.path.write_text(transcripts.render(results, header), encoding="utf-8")
            return
        wrong = transcripts.mismatches(results)
        if wrong:
            raise TranscriptFailure("\n\n".join(m.describe(self.path) for m in wrong))

    def repr_failure(self, excinfo: Any, style: Any = None) -> str:
        if isinstance(excinfo.value, TranscriptFailure):
            return str(excinfo.value)
        return str(super().repr_failure(excinfo))

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, 0, f"transcript {self.path.name}"
