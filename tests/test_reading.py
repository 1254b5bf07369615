"""How a question is read: glued and split mission names, and more parts than one answer holds."""

from __future__ import annotations

import pytest

from askspace import render
from askspace.bot import MAX_PARTS, Bot

APOLLO_11 = ("Apollo 11 launched on 16 July 1969[1] and landed on the Moon on 20 July 1969 at "
             "Mare Tranquillitatis (Tranquility Base).")
LUNA_9 = ("Luna 9 launched on 31 January 1966[1] and landed on the Moon on 3 February 1966 at "
          "Oceanus Procellarum, west of the craters Reiner and Marius (about 7.1 N, 64.4 W).")


@pytest.mark.parametrize(("question", "first_line"), [
    ("When did Apollo11 land?", APOLLO_11),
    ("When did apollo-11 land?", APOLLO_11),
    ("When did Luna9 land?", LUNA_9),
    ("When did Apollo\x0011 land?", APOLLO_11),
    ("When did Luna\x079 land?", LUNA_9),
    ("When did Luna\x85\x0b9 land?", LUNA_9),
])
def test_glued_hyphenated_and_split_names(bot: Bot, question: str, first_line: str) -> None:
    answer = bot.session().ask(question)
    assert answer.understood
    assert render.plain(answer).splitlines()[0] == first_line


def test_more_parts_than_answered_says_how_many_were_left(bot: Bot) -> None:
    questions = [f"When did Luna {n} land?" for n in (9, 13, 16, 17, 20, 21, 23, 24)]
    answer = bot.session().ask(" ".join(questions))
    lines = render.plain(answer).splitlines()
    assert MAX_PARTS == 6 and len(answer.traces) == 6
    assert "I answered the first 6 of 8 questions; ask the rest separately." in lines
    assert lines[lines.index("Sources:") - 1] == "I answered the first 6 of 8 questions; ask the rest separately."
    assert not any("Luna 23" in line or "Luna 24" in line for line in lines)
