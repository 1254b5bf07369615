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


def test_their_names_after_crew_talk_are_the_crew(bot: Bot) -> None:
    lines = first_lines(bot, "what was the first space station", "what happened to its crew", "what were their names")
    assert lines[2] == "Salyut 1 was launched without a crew (19 April 1971); it had no crew of its own[1]."
    assert first_lines(bot, "who was the crew of apollo 13", "who were they")[1] == (
        "Apollo 13 flew three: Jim Lovell (Commander), Jack Swigert (Command Module Pilot) and Fred Haise "
        "(Lunar Module Pilot)[1].")
