"""Quiz clues about the people who flew (askspace.clues): the one program, station, flight or person that the
named people and flights share, and no guess when several fit. Whole outputs."""

from __future__ import annotations

import pytest

from askspace.bot import Bot
from askspace.compose import Citations

DB = "Astronaut database (Stavnichuk & Corlett 2020, CC BY 4.0), https://data.mendeley.com/datasets/86tsnnbv2w/1"
APOLLO_13 = "NSSDCA Master Catalog: Apollo 13, https://nssdc.gsfc.nasa.gov/nmc/spacecraft/display.action?id=1970-029A"


def ask(bot: Bot, text: str) -> tuple[str, bool]:
    answer = bot.session().ask(text)
    return answer.text, answer.understood


def test_the_station_of_a_persons_flight_in_the_clues_year(bot: Bot) -> None:
    assert ask(bot, "In 1998 Andrew Thomas lived aboard this station for months") == (
        f"That describes Mir: Andrew Thomas (STS-89 (Mir EO-24), 1998) flew to it[1].\nSources:\n[1] {DB}", True)


def test_a_program_each_named_person_flew_in_other_than_the_one_named(bot: Bot) -> None:
    assert ask(bot, "Apollo 11 moonwalkers Neil Armstrong and Buzz Aldrin had also flown in this program") == (
        "That describes Project Gemini: Neil Armstrong (Gemini 8) and Buzz Aldrin (Gemini 12) each flew in it[1]."
        f"\nSources:\n[1] {DB}", True)


def test_the_flight_a_crew_shared_read_whole_past_jr_and_ampersand(bot: Bot) -> None:
    assert ask(bot, "James Lovell Jr. & Fred Haise Jr. flew this mission in 1970") == (
        "That describes Apollo 13 (Apollo, 1970): Jim Lovell and Fred Haise flew on it[1][2]."
        f"\nSources:\n[1] {DB}\n[2] {APOLLO_13}", True)


def test_the_one_crew_member_of_two_flights(bot: Bot) -> None:
    text, understood = ask(bot, "This astronaut flew on both Apollo 8 and Apollo 13")
    assert understood
    assert text.splitlines()[0] == ("That describes Jim Lovell: he flew on Apollo 8 and Apollo 13, the only one in "
                                    "my records[1][2][3].")


def test_she_is_the_woman_of_the_flight_named(bot: Bot) -> None:
    text, _ = ask(bot, "She orbited the Earth 48 times in Vostok 6")
    assert text.splitlines()[0] == ("That describes Valentina Tereshkova: she flew on Vostok 6, the only one in my "
                                    "records[1][2].")


@pytest.mark.parametrize(("clue", "text"), [
    ("Pete Conrad and Richard Gordon flew together in this program",
     "Several programs fit that clue in my records: Project Gemini and the Apollo program; it does not single one "
     "out."),
    ("Neil Armstrong flew on this mission",
     "Several flights fit that clue in my records: Apollo 11 and Gemini 8; it does not single one out."),
    ("This man flew on Apollo 11 with Neil Armstrong",
     "Several people fit that clue in my records: Buzz Aldrin and Michael Collins; it does not single one out."),
])
def test_a_clue_that_several_entries_fit_is_not_answered(bot: Bot, clue: str, text: str) -> None:
    assert ask(bot, clue) == (text, False)


def test_no_flight_in_the_clues_year_is_no_clue_answer(bot: Bot) -> None:
    from askspace import clues

    read = bot.reader.read("In 1992 Owen Garriott lived aboard this station")
    clue = clues.read(read, bot.lexicon, bot.kb, bot.index.people.__contains__)
    assert clue is not None and clue.asks == "station" and clue.years == (1992,)
    assert clues.evaluate(bot.kb, clue, Citations()) is None


def test_questions_and_requests_are_not_clues(bot: Bot) -> None:
    from askspace import clues

    for text in ("Who flew this mission with Jim Lovell?", "Name this program's astronauts, Neil Armstrong",
                 "Did Neil Armstrong fly on this mission?", "Neil Armstrong flew on Apollo 11"):
        assert clues.read(bot.reader.read(text), bot.lexicon, bot.kb, bot.index.people.__contains__) is None, text


def test_this_first_phrase_is_answered_by_the_question_it_asks(bot: Bot) -> None:
    assert ask(bot, "This first woman in space later married a fellow cosmonaut") == (
        "The first woman in space was Valentina Tereshkova, on Vostok 6 (the Soviet Union), 16 June 1963[1].\n"
        "Sources:\n[1] NSSDCA Master Catalog: Vostok 6, "
        "https://nssdc.gsfc.nasa.gov/nmc/spacecraft/display.action?id=1963-023A", True)


def test_an_answer_that_does_not_restate_the_phrase_is_not_used(bot: Bot) -> None:
    # "who was the second US astronaut in space" is answered with a nearby first (STS-1): not used for the clue,
    # which the nickname and the state answer instead
    assert ask(bot, "Nicknamed Gus, this second U.S. astronaut in space studied at Purdue") == (
        f"That describes Gus Grissom: he is called Gus and flew for the United States, the only one in my records[1]."
        f"\nSources:\n[1] {DB}", True)


def test_described_reads_the_phrase_from_an_ordinal_to_where_it_ends(bot: Bot) -> None:
    from askspace import cluephrase

    assert cluephrase.described(bot.reader.read("In 1971 this first American in space served as a delegate")) == (
        "who was the first american in space", ("first", "american", "in", "space"))
    assert cluephrase.described(bot.reader.read("Radio telescopes tracked this 1st artificial satellite")) == (
        "what was the first artificial satellite", ("first", "artificial", "satellite"))
    assert cluephrase.described(bot.reader.read("Launched in 1973, it was the first US space station")) == (
        "what was the first usa space station", ("first", "usa", "space", "station"))
    assert cluephrase.described(bot.reader.read("Who was this first American in space?")) is None
    assert cluephrase.described(bot.reader.read("This first flight was delayed")) is None


def test_a_full_date_names_the_mission_launched_or_landed_that_day(bot: Bot) -> None:
    assert ask(bot, "Launched Oct. 4th, 1957, it beeped around the world") == (
        "That describes Sputnik 1 (the Soviet Union): it launched on 4 October 1957[1].\nSources:\n"
        "[1] NSSDCA Master Catalog: Sputnik 1, https://nssdc.gsfc.nasa.gov/nmc/spacecraft/display.action?id=1957-001B",
        True)
    text, _ = ask(bot, "A car shares its name with this spacecraft that landed on Mars on July 4, 1997")
    assert text.splitlines()[0] == "That describes Mars Pathfinder (the United States): it landed on 4 July 1997[1]."


def test_a_full_date_and_he_names_the_one_who_flew_that_day(bot: Bot) -> None:
    text, _ = ask(bot, "On February 20, 1962, he orbited the Earth three times")
    assert text.splitlines()[0] == ("That describes John Glenn: he flew on Mercury-Atlas 6 (Friendship 7) (launched "
                                    "20 February 1962), the only one in my records[1][2].")


def test_a_date_with_no_mission_and_it_without_an_event_are_not_read(bot: Bot) -> None:
    from askspace import cluedates

    assert cluedates.dates_in("In 1969 it was summer") == ()
    assert ask(bot, "On July 20, 1999 it was thirty years since the landing")[1] is False  # no launch that day
    assert ask(bot, "On October 4, 1957 it was a Friday")[1] is False  # "it" with no event: not a mission


def test_a_role_on_the_one_flight_named_picks_its_holder(bot: Bot) -> None:
    text, _ = ask(bot, "As the commander of Apollo 14, he hit golf balls on the Moon")
    assert text.splitlines()[0] == ("That describes Alan Shepard: he flew on Apollo 14 as its commander, the only one "
                                    "in my records[1][2].")
    text, _ = ask(bot, "This Apollo 11 command module pilot later wrote books for children")
    assert text.splitlines()[0] == ("That describes Michael Collins: he flew on Apollo 11 as its command module "
                                    "pilot, the only one in my records[1][2].")


def test_he_after_a_named_person_is_that_person_not_the_answer(bot: Bot) -> None:
    from askspace import clues

    people = bot.index.people.__contains__
    # Grissom flew Gemini 3 with John Young only: "he" is Grissom, so Young must not be the answer
    assert clues.read(bot.reader.read("Gus Grissom said he flew Gemini 3 in 1965"), bot.lexicon, bot.kb,
                      people) is None
    clue = clues.read(bot.reader.read("He flew Gemini 3 in 1965 with Gus Grissom"), bot.lexicon, bot.kb, people)
    assert clue is not None and clue.asks == "person"
