"""Quiz clues whose answer is a station, a body, a country, a craft, a rocket, a program named for what its name
means, or a person found by a given name, an age, a year or a rank (askspace.cluekinds, cluepeople, cluewords):
whole outputs, and no answer when the clue's stated facts fit no entry or several."""

from __future__ import annotations

from askspace.bot import Bot


def ask(bot: Bot, text: str) -> tuple[str, bool]:
    answer = bot.session().ask(text)
    return answer.text, answer.understood




def test_a_state_and_a_year_name_the_one_station(bot: Bot) -> None:
    assert ask(bot, 'Three Apollo veterans commanded crews aboard this U.S. space station in 1973') == (
        'That describes Skylab: a space station of the United States, in orbit from 14 May 1973 to 11 '
        'July 1979[1].\nSources:\n[1] NSSDCA Master Catalog: Skylab, '
        'https://nssdc.gsfc.nasa.gov/nmc/spacecraft/display.action?id=1973-027A', True)


def test_the_years_of_a_station_must_hold_both_years(bot: Bot) -> None:
    assert ask(bot, 'In 2001 this orbiting lab completed its voyage that began with its launch in 1986') == (
        'That describes Mir: in orbit from 19 February 1986 to 23 March 2001[1].\nSources:\n[1] NSSDCA '
        'Master Catalog: Mir, https://nssdc.gsfc.nasa.gov/nmc/spacecraft/display.action?id=1986-017A', True)


def test_a_flybys_year_names_the_body_it_passed(bot: Bot) -> None:
    assert ask(bot, 'Voyager 1 flew past this ringed giant in 1980') == (
        'That describes Saturn: Voyager 1 went to it (flyby on 12 November 1980)[1].\nSources:\n[1] '
        'NSSDCA Master Catalog: Voyager 1, https://nssdc.gsfc.nasa.gov/nmc/spacecraft/display.action?id='
        '1977-084A', True)


def test_named_moons_name_their_planet(bot: Bot) -> None:
    assert ask(bot, 'Titan and Enceladus circle this planet, the target of Cassini') == (
        'That describes Saturn: Cassini went to it, Titan is its moon and Enceladus is its '
        'moon[1].\nSources:\n[1] NSSDCA Master Catalog: Cassini, '
        'https://nssdc.gsfc.nasa.gov/nmc/spacecraft/display.action?id=1997-061A', True)


def test_a_person_names_the_country_they_flew_for(bot: Bot) -> None:
    assert ask(bot, 'Cosmonaut Dumitru Prunariu flew on Soyuz 40 for this country') == (
        'That describes Romania: Dumitru Prunariu is Romanian[1].\nSources:\n[1] Astronaut database '
        '(Stavnichuk & Corlett 2020, CC BY 4.0), https://data.mendeley.com/datasets/86tsnnbv2w/1', True)


def test_a_missions_command_module_by_its_name(bot: Bot) -> None:
    assert ask(bot, "Apollo 15's command module bore this name, after Captain Cook's ship") == (
        'That describes Endeavour: the command module of Apollo 15; named for HMS Endeavour, Captain '
        "James Cook's ship[1].\nSources:\n[1] NASA SP-4029, Apollo by the Numbers: call signs, "
        'https://history.nasa.gov/SP-4029/Apollo_18-17_Call_Signs.htm', True)


def test_the_nth_orbiter_by_first_flight(bot: Bot) -> None:
    assert ask(bot, 'This third space shuttle to fly was first launched in 1984') == (
        'That describes Discovery: the Space Shuttle orbiter; first flown on STS-41-D (30 August 1984); '
        "named for ships of exploration named Discovery, above all the one of Captain James Cook's last "
        'voyage[1].\nSources:\n[1] Smithsonian National Air and Space Museum: About Space Shuttle '
        'Discovery, https://airandspace.si.edu/explore-and-learn/topics/discovery/about.cfm', True)


def test_an_orbiter_lost_in_the_year(bot: Bot) -> None:
    assert ask(bot, 'This space shuttle was lost in 1986') == (
        'That describes Challenger: the Space Shuttle orbiter; lost on STS-51-L (28 January 1986): it '
        'broke apart 73 seconds after lift-off and all seven crew were killed; named for HMS '
        'Challenger, the research ship of the 1870s ocean expedition[1].\nSources:\n[1] Space Shuttle '
        'Challenger (Wikipedia), https://en.wikipedia.org/wiki/Space_Shuttle_Challenger', True)


def test_the_rocket_of_the_missions_named(bot: Bot) -> None:
    assert ask(bot, 'This rocket sent Apollo 8 and Apollo 17 toward the Moon') == (
        'That describes Saturn V: it launched Apollo 8 (Saturn V, 21 December 1968) and Apollo 17 '
        '(Saturn V, 7 December 1972)[1][2].\nSources:\n[1] NSSDCA Master Catalog: Apollo 8, '
        'https://nssdc.gsfc.nasa.gov/nmc/spacecraft/display.action?id=1968-118A\n[2] NSSDCA Master '
        'Catalog: Apollo 17, https://nssdc.gsfc.nasa.gov/nmc/spacecraft/display.action?id=1972-096A', True)


def test_quoted_words_name_their_flight(bot: Bot) -> None:
    assert ask(bot, 'The words "we\'ve had a problem" came from this 1970 flight') == (
        'That describes Apollo 13 (1970): Jack Swigert and Jim Lovell said "Okay, Houston, we\'ve had a '
        'problem here. ... Houston, we\'ve had a problem." on it, 14 April 1970[1].\nSources:\n[1] NSSDCA '
        'Master Catalog: Apollo 13, https://nssdc.gsfc.nasa.gov/nmc/spacecraft/display.action?id=1970-02'
        '9A', True)


def test_quoted_words_name_their_speaker(bot: Bot) -> None:
    assert ask(bot, 'In 1999 it was 30 years since he said "The Eagle has landed"') == (
        'That describes Neil Armstrong: he said "Houston, Tranquility Base here. The Eagle has landed." '
        'on Apollo 11, 20 July 1969[1][2].\nSources:\n[1] Astronaut database (Stavnichuk & Corlett 2020, '
        'CC BY 4.0), https://data.mendeley.com/datasets/86tsnnbv2w/1\n[2] NSSDCA Master Catalog: Apollo '
        '11 Command and Service Module, https://nssdc.gsfc.nasa.gov/nmc/spacecraft/display.action?id=196'
        '9-059A', True)


def test_a_quoted_meaning_names_the_program(bot: Bot) -> None:
    assert ask(bot, 'In Russian the name of this space station program means "salute"') == (
        'That describes Salyut: the name means "salute" (the Salyut program of the Soviet '
        'Union)[1].\nSources:\n[1] Salyut programme (Wikipedia): seven Soviet stations 1971-1986, three '
        'of them military Almaz stations under the Salyut name, '
        'https://en.wikipedia.org/wiki/Salyut_programme', True)


def test_she_and_a_year_name_the_one_woman_who_flew(bot: Bot) -> None:
    assert ask(bot, 'In 1963 she orbited the Earth 48 times') == (
        'That describes Valentina Tereshkova: she flew on Vostok 6 (1963), the only one in my '
        'records[1].\nSources:\n[1] Astronaut database (Stavnichuk & Corlett 2020, CC BY 4.0), '
        'https://data.mendeley.com/datasets/86tsnnbv2w/1', True)


def test_a_given_name_and_a_program_name_the_person(bot: Bot) -> None:
    assert ask(bot, 'This Apollo astronaut, born Edwin, later took his nickname as his legal name') == (
        'That describes Buzz Aldrin: he is called Edwin (Edwin Eugene Aldrin Jr.) and flew in Apollo '
        '11, the only one in my records[1].\nSources:\n[1] Astronaut database (Stavnichuk & Corlett 2020, '
        'CC BY 4.0), https://data.mendeley.com/datasets/86tsnnbv2w/1', True)


def test_an_age_on_a_flight_names_the_person(bot: Bot) -> None:
    assert ask(bot, 'He was 77 years old when he flew on the Space Shuttle') == (
        'That describes John Glenn: he flew on STS-95 (1998) at 77, the only one in my '
        'records[1].\nSources:\n[1] Astronaut database (Stavnichuk & Corlett 2020, CC BY 4.0), '
        'https://data.mendeley.com/datasets/86tsnnbv2w/1', True)


def test_the_nth_of_a_state_to_orbit(bot: Bot) -> None:
    assert ask(bot, 'This second American to orbit the Earth was a keen skier') == (
        'That describes Scott Carpenter: the second person of the United States to orbit, on Mercury-Atlas 7 (24 '
        'May 1962)[1].\nSources:\n[1] Astronaut database (Stavnichuk & Corlett 2020, CC BY 4.0), '
        'https://data.mendeley.com/datasets/86tsnnbv2w/1', True)


def test_a_shared_surname_is_the_crewmate(bot: Bot) -> None:
    assert ask(bot, 'He teamed with Collins & Armstrong on a famous first') == (
        'That describes Buzz Aldrin: he flew with Neil Armstrong and Michael Collins on Apollo 11, the '
        'only one in my records besides those the clue names[1].\nSources:\n[1] Astronaut database '
        '(Stavnichuk & Corlett 2020, CC BY 4.0), https://data.mendeley.com/datasets/86tsnnbv2w/1', True)


def test_the_numbered_mission_picks_the_program(bot: Bot) -> None:
    assert ask(bot, 'Charles Conrad Jr. & Richard Gordon Jr. flew the 11th mission of this program') == (
        'That describes Project Gemini: Pete Conrad (Gemini 5, Gemini 11) and Richard Gordon (Gemini '
        '11) each flew in it[1].\nSources:\n[1] Astronaut database (Stavnichuk & Corlett 2020, CC BY '
        '4.0), https://data.mendeley.com/datasets/86tsnnbv2w/1', True)


def test_these_three_programs(bot: Bot) -> None:
    assert ask(bot, 'Wally Schirra flew in all 3 of these NASA programs') == (
        'That describes Project Mercury, Project Gemini and the Apollo program: Wally Schirra (MA-8, '
        'Gemini 6A, Apollo 7) flew in them[1].\nSources:\n[1] Astronaut database (Stavnichuk & Corlett '
        '2020, CC BY 4.0), https://data.mendeley.com/datasets/86tsnnbv2w/1', True)


def test_the_landing_site_of_the_mission_named(bot: Bot) -> None:
    assert ask(bot, 'Curiosity came down in this crater in 2012') == (
        'That describes Gale crater (Aeolis Palus, Bradbury Landing): where Curiosity (6 August 2012) '
        'landed[1].\nSources:\n[1] NSSDCA Master Catalog: Mars Science Laboratory, '
        'https://nssdc.gsfc.nasa.gov/nmc/spacecraft/display.action?id=2011-070A', True)


def test_a_kind_written_with_s_is_what_is_asked(bot: Bot) -> None:
    assert ask(bot, "This country's first astronaut, Rakesh Sharma, flew in 1984") == (
        'That describes India: Rakesh Sharma is Indian[1].\nSources:\n[1] Astronaut database (Stavnichuk '
        '& Corlett 2020, CC BY 4.0), https://data.mendeley.com/datasets/86tsnnbv2w/1', True)


def test_the_moon_named_with_its_planet(bot: Bot) -> None:
    assert ask(bot, "This planet's moon Phobos was photographed by Mars Express") == (
        'That describes Mars: Mars Express went to it and Phobos is its moon[1].\nSources:\n[1] NSSDCA '
        'Master Catalog: Mars Express, https://nssdc.gsfc.nasa.gov/nmc/spacecraft/display.action?id=2003'
        '-022A', True)


def test_a_station_that_did_not_come_down_that_year_is_not_answered(bot: Bot) -> None:
    assert not ask(bot, 'This Soviet space station crashed down in 1979')[1]


def test_a_flyby_year_no_body_fits_is_not_answered(bot: Bot) -> None:
    assert not ask(bot, 'Voyager 2 flew past this planet in 1995')[1]


def test_a_count_the_records_do_not_give_is_not_answered(bot: Bot) -> None:
    assert not ask(bot, 'Alan Shepard flew in all 3 of these NASA programs')[1]


def test_a_meaning_no_program_has_is_not_answered(bot: Bot) -> None:
    assert not ask(bot, 'This program\'s name means "star sailor"')[1]


def test_a_landing_in_another_year_is_not_answered(bot: Bot) -> None:
    assert not ask(bot, 'Curiosity came down in this crater in 2013')[1]


def test_here_in_a_clue_that_says_this_is_not_answered(bot: Bot) -> None:
    assert not ask(bot, '(Here is an astronaut at JPL) Curiosity was tested here before flying to this city')[1]
