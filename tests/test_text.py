"""Normalisation, splitting and cleaning of what users type."""

from __future__ import annotations

import pytest

from askspace.compose import names_with_more
from askspace.text import clean, normalise, split_parts


@pytest.mark.parametrize(("raw", "words"), [
    ("When did the U.S. land?", "when did the usa land"),
    ("the US 's first lander", "the usa first lander"),
    ("tell us about it", "tell us about it"),
    ("Apollo XI", "apollo 11"),
    ("Chang’e 4’s rover", "change 4 rover"),
    ("ＬＵＮＡ　９", "luna 9"),
    ("Luna-9", "luna 9"),
    ("Apollo eleven", "apollo 11"),
    ("I went to the moon", "i went to the moon"),
])
def test_normalise(raw: str, words: str) -> None:
    assert normalise(raw).text == words


def test_clean_removes_escapes_and_controls() -> None:
    assert clean("\x1b[31mred\x1b[0m  moon\x00\x07 ?\u202e") == "red moon ?"


@pytest.mark.parametrize(("text", "parts"), [
    ("When did the US land on the moon? And when on mars?",
     ["When did the US land on the moon?", "And when on mars?"]),
    ("When did the U.S. land on the moon?", ["When did the U.S. land on the moon?"]),
    ("When did they land? I'm assuming it was a probe.",
     ["When did they land?", "I'm assuming it was a probe."]),
    ("?!?", []),
])
def test_split_parts(text: str, parts: list[str]) -> None:
    assert split_parts(text) == parts


def test_names_with_more_counts_names_it_was_not_given() -> None:
    """A long list is formatted from its head only; ``total`` says how many there were."""
    assert names_with_more(["Luna 9", "Surveyor 1"], 6) == "Luna 9 and Surveyor 1"
    assert names_with_more(["A", "B", "C", "D"], 2) == "A, B and 2 more"
    assert names_with_more(["A", "B"], 2, total=6000) == "A, B and 5998 more"
    assert names_with_more(["A", "B"], 2, total=2) == "A and B"
