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


def test_a_missions_dated_first_answers_when_it_first_did_it(bot: Bot) -> None:
    expected = "19 April 2021: Ingenuity's first powered, controlled flight of an aircraft on another planet[1]."
    assert first_lines(bot, "when did Ingenuity fly for the first time") == [expected]
    assert first_lines(bot, "when did perseverance land", "did it carry a helicopter?",
                       "when did that fly for the first time")[2] == expected
    assert first_lines(bot, "when did Ingenuity launch") == ["Ingenuity was launched on 30 July 2020[1]."]


def test_it_after_a_rovers_name_is_the_rover(bot: Bot) -> None:
    lines = first_lines(bot, "when did mars 3 land", "what was the rover on it called", "was it ever used")
    assert lines[1:] == ["Mars 3's rover was PrOP-M[1].", "My craft records do not answer yes or no."]


def test_that_one_after_an_unnamed_probe_is_not_the_last_mission(bot: Bot) -> None:
    lines = first_lines(bot, "where did apollo 12 land", "wasn't there an old probe nearby", "when had that one landed")
    assert lines[2] == "Which place do you mean, for example the Moon or Mars?"


def test_second_robotic_one_ranks_the_robotic_missions_of_the_last_answer(bot: Bot) -> None:
    lines = first_lines(bot, "which missions have brought samples back from the moon",
                        "which was the second robotic one", "and the last one?", "how many grams did it bring")
    assert lines[0].startswith("There were 11 missions that returned samples from the Moon: Apollo 11")
    assert lines[1:] == [
        "Of those 5 robotic ones, the second sample return was Luna 20's (the Soviet Union), on 25 February 1972[1].",
        "Of those 5, the last launch was Chang'e 6's (China), on 3 May 2024[1].",
        "Chang'e 6 brought back about 1,935.3 g of samples[1]."]


def test_last_try_counts_failed_landing_attempts(bot: Bot) -> None:
    lines = first_lines(bot, "when did russia last try to land on the moon",
                        "and before that, the soviets' last landing?")
    assert lines == [
        "The last landing attempt on the Moon by Russia and the Soviet Union was Luna 25 (Russia), 19 August 2023[1]: "
        "it crashed.",
        "The last soft landing on the Moon by the Soviet Union before Luna 25 (10 August 2023[1]) was Luna 24 "
        "(the Soviet Union), 18 August 1976[2], about 47 years before it."]
    assert first_lines(bot, "when did the soviets first try to land on mars") == [
        "The first landing attempt on Mars by the Soviet Union was Mars 2 (the Soviet Union), 27 November 1971[1]: "
        "it crashed."]


def test_venus_surface_firsts_in_a_conversation(bot: Bot) -> None:
    lines = first_lines(bot, "Soviet probe, December 1970, first to send data back from the surface of another planet",
                        "which was the first to send pictures from there", "and the first colour ones?")
    assert lines == [
        "The first data transmitted from the surface of another planet was Venera 7 (the Soviet Union, at Venus), "
        "15 December 1970[1].",
        "The first images from the surface of another planet was Venera 9 (the Soviet Union, at Venus), "
        "22 October 1975[1].",
        "The first colour images from the surface of Venus was Venera 13 (the Soviet Union), 1 March 1982[1]."]


def test_another_planet_stays_a_planet_other_than_the_one_asked(bot: Bot) -> None:
    assert first_lines(bot, "first soft landing on mars")[0].startswith("The first soft landing on Mars was Mars 3")


def test_balloon_missions_and_where_they_went_next(bot: Bot) -> None:
    lines = first_lines(bot, "which mission put balloons in the atmosphere of venus", "who launched them",
                        "where did they go after venus", "did europe send anything there too")
    assert lines == [
        "There were 2 missions with a balloon to Venus: Vega 1 (15 December 1984)[1] and Vega 2 (21 December 1984)[2].",
        "Vega 1 was built and flown by Lavochkin / IKI for the Soviet Union[1].",
        "After Venus, Vega 1 flew past Halley's Comet on 6 March 1986[1].",
        "Yes. The European Space Agency first sent a mission to Halley's Comet with Giotto on 2 July 1985[1]."]


def test_before_at_the_end_is_before_the_last_answers_mission(bot: Bot) -> None:
    lines = first_lines(bot, "who was the commander of apollo 13", "had he been to the moon before")
    assert lines[1] == ("Jim Lovell flew twice in my records: Apollo 8, launched 21 December 1968[1]; Apollo 13, "
                        "launched 11 April 1970[2].")


def test_a_role_beside_a_place_is_the_last_answers_crew_member(bot: Bot) -> None:
    lines = first_lines(bot, "when did the space shuttle first fly", "who flew it",
                        "had the commander been to the moon", "how many shuttle flights were there in total")
    assert lines[2:] == ["Yes: Apollo 10 reached the Moon on 21 May 1969[1].",
                         "The Space Shuttle program made 135 flights[1]."]


def test_farthest_spacecraft_is_a_recorded_first(bot: Bot) -> None:
    lines = first_lines(bot, "what is the farthest spacecraft from earth", "who built it")
    assert lines == [
        "The farthest spacecraft from Earth was Voyager 1 (the United States, at Jupiter), 17 February 1998[1].",
        "Voyager 1 was built and flown by NASA / JPL for the United States[1]."]


def test_leaving_the_solar_system_is_an_event_not_the_sun(bot: Bot) -> None:
    assert first_lines(bot, "when did voyager 1 leave the solar system") == [
        "Voyager 1 crossed into interstellar space on 25 August 2012[1]."]


def test_the_first_one_after_two_answers_is_the_first_of_them(bot: Bot) -> None:
    lines = first_lines(bot, "first spacecraft to fly past jupiter?", "and saturn?",
                        "when did we lose contact with the first one")
    assert lines[2] == ("Pioneer 10 launched on 3 March 1972[1], arrived at Jupiter on 4 December 1973 and ended on "
                        "23 January 2003.")
