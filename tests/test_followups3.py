"""Follow-up readings in conversations (branch conv3): each asserts the whole first line of the answer."""

from __future__ import annotations

from askspace.bot import Bot
from askspace.render import plain


def first_lines(bot: Bot, *questions: str) -> list[str]:
    session = bot.session()
    return [plain(session.ask(q)).splitlines()[0] for q in questions]


def test_first_crew_after_a_station_is_that_stations(bot: Bot) -> None:
    lines = first_lines(bot, "when was the first part of the iss launched", "who were the first crew",
                        "when did they arrive", "and china's station?", "which crew went up first")
    assert lines[1:] == [
        "The first crew to live aboard the International Space Station was Soyuz TM-31 (ISS Expedition 1) "
        "(Russia), 2 November 2000[1].",
        "Soyuz TM-31 (ISS Expedition 1) launched on 31 October 2000[1] and arrived at the International Space "
        "Station (Zarya module) on 2 November 2000.",
        "Tiangong space station (Tianhe core module) launched on 29 April 2021[1].",
        "The first crew aboard the Tiangong space station was Shenzhou 12 (China Manned Space Agency (CMSA), "
        "China), 17 June 2021[1]."]


def test_first_crew_without_a_station_is_unchanged(bot: Bot) -> None:
    assert first_lines(bot, "when did apollo 11 launch", "who were the first crew")[1] == first_lines(
        bot, "who were the first crew")[0]
