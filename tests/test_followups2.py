"""Follow-up readings in conversations (branch followups2): each asserts the whole first line of the answer."""

from __future__ import annotations

from askspace.bot import Bot
from askspace.render import plain


def first_lines(bot: Bot, *questions: str) -> list[str]:
    session = bot.session()
    return [plain(session.ask(q)).splitlines()[0] for q in questions]


def test_time_outside_is_spacewalk_time(bot: Bot) -> None:
    assert first_lines(bot, "who did the first spacewalk", "how long was he outside")[1] == (
        "Alexei Leonov made one spacewalk, 12 minutes in all (counted to 15 January 2020)[1][2].")
    assert first_lines(bot, "how long was ed white outside") == [
        "Ed White made one spacewalk, 20 minutes in all (counted to 15 January 2020)[1]."]
