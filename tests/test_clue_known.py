"""Quiz clues answered by what an entry is known for (knowledge/known_for.yaml, askspace.clueknown): the entry
first, then the fact the clue states and its source; a clue that facts of several entries fit is not answered,
and a fact whose years the clue contradicts is not used."""

from __future__ import annotations

from pathlib import Path

import pytest

from askspace.bot import Bot
from askspace.fields import DataError, Problems
from askspace.knownfor import parse_known_for
from askspace.wholeexport import export_knowledge

GLENN_SENATE = (
    "That describes John Glenn: he was elected a United States senator from Ohio in 1974 and served in the Senate "
    "until January 1999; he flew MA-6 (1962)[1].\n"
    "Sources:\n"
    "[1] John Glenn (Wikipedia), https://en.wikipedia.org/wiki/John_Glenn")


def test_a_later_career_names_the_person_then_the_fact(bot: Bot) -> None:
    answer = bot.session().ask("In 1962 this astronaut orbited the Earth; in 1974 he was elected to the Senate")
    assert answer.text == GLENN_SENATE
    assert answer.understood


def test_the_year_a_fact_holds_beats_the_flights_of_that_year(bot: Bot) -> None:
    answer = bot.session().ask("In 1975 he became the president of Eastern Airlines")
    assert answer.text == (
        "That describes Frank Borman: he joined Eastern Air Lines after NASA in 1970, was elected its president "
        "in May 1975, became chief executive that December and chairman in 1976, and left the airline in 1986[1].\n"
        "Sources:\n"
        "[1] Frank Borman (Wikipedia), https://en.wikipedia.org/wiki/Frank_Borman")


def test_a_mission_known_for_a_repair_within_its_years(bot: Bot) -> None:
    answer = bot.session().ask("In 1993 astronauts repaired it, 3 years after its launch")
    assert answer.text.splitlines()[0] == (
        "That describes Hubble Space Telescope: it was launched in 1990 with a flawed main mirror, corrected by the "
        "first servicing mission in December 1993; five Space Shuttle servicing missions repaired and upgraded it "
        "from 1993 to 2009[1].")
    assert answer.facts == ("hubble",)


def test_a_body_and_the_mission_named_that_went_to_it(bot: Bot) -> None:
    answer = bot.session().ask("Magellan mapped it from 1990 to 1994; it is close to Earth in size")
    assert answer.text.splitlines()[0] == (
        "That describes Venus: it is close to Earth in size and mass, and is often called Earth's twin or sister "
        "planet; Magellan went to it (1989 to 1994)[1].")


def test_the_person_named_is_not_the_answer(bot: Bot) -> None:
    answer = bot.session().ask("She married cosmonaut Andriyan Nikolayev in 1963")
    assert answer.text.splitlines()[0] == (
        "That describes Valentina Tereshkova: she married her fellow cosmonaut Andriyan Nikolayev on 3 November 1963, "
        "a few months after her flight[1].")


@pytest.mark.parametrize("clue", [
    "In 1985 this senator flew aboard the Space Shuttle",  # Garn, Glenn and Nelson were all in Congress then
    "This astronaut was elected to the Senate",
])
def test_facts_of_several_entries_are_not_guessed_between(bot: Bot, clue: str) -> None:
    answer = bot.session().ask(clue)
    assert not answer.understood
    assert "does not single one out" in answer.text or "Sorry" in answer.text


@pytest.mark.parametrize("clue", [
    "In 1965 it was repaired by astronauts",  # Hubble's years are 1990 on
    "In 1962 she married a cosmonaut",  # Tereshkova married in 1963 and flew in 1963
    "George Vancouver sailed this ship, the name of the longest-serving space shuttle",  # "this ship": no entry kind
])
def test_a_fact_is_not_used_against_the_clue(bot: Bot, clue: str) -> None:
    assert "Hubble" not in bot.session().ask(clue).text
    assert "Tereshkova" not in bot.session().ask(clue).text


def test_a_fact_needs_two_cue_groups_or_a_year() -> None:
    errors: list[DataError] = []
    raw = {"id": "x", "about": {"kind": "person", "id": "y"}, "fact": "was a senator", "cues": ["senate"],
           "sources": [{"title": "T", "url": "https://example.org"}]}
    assert parse_known_for(raw, Problems("k.yaml", errors), "known_for[x]") is None
    assert [str(e) for e in errors] == [
        "k.yaml: known_for[x].cues: name at least two cue groups (or one with years or a date)"]


def test_check_reports_an_unknown_entry(tmp_path: Path) -> None:
    from askspace.knowledge import default_data_dir, load_knowledge

    with pytest.raises(Exception, match="unknown person 'nobody'"):
        import shutil

        shutil.copytree(default_data_dir() / "knowledge", tmp_path / "knowledge")
        (tmp_path / "knowledge" / "known_for_bad.yaml").write_text(
            "known_for:\n  - id: bad\n    about: {kind: person, id: nobody}\n    fact: was someone\n"
            "    cues: [a, b]\n    sources: [{title: T, url: 'https://example.org'}]\n")
        load_knowledge(tmp_path / "knowledge")


def test_the_kind_is_exported(bot: Bot) -> None:
    exported = export_knowledge(bot.kb)["known_for"]
    glenn = next(f for f in exported if f["id"] == "glenn-senator")
    assert glenn["about"] == {"kind": "person", "id": "john-glenn"}
    assert glenn["cues"] == ["senate|senator|senators"] and glenn["years"] == [1974, 1999]


def test_a_figure_who_did_not_fly(bot: Bot) -> None:
    answer = bot.session().ask("Born in 1912, this rocket engineer later led the building of the Saturn V")
    assert answer.text == (
        "That describes Wernher von Braun: he led the development of the Saturn V rocket as director of NASA's "
        "Marshall Space Flight Center (1960-1970), after leading Germany's V-2 rocket work in the Second World "
        "War[1].\n"
        "Sources:\n"
        "[1] Wernher von Braun (Wikipedia), https://en.wikipedia.org/wiki/Wernher_von_Braun")


def test_a_figure_named_in_the_clue_is_not_its_answer(bot: Bot) -> None:
    answer = bot.session().ask("Robert Goddard launched this liquid-fuelled rocket in 1926")
    assert "That describes Robert H. Goddard" not in answer.text


def test_the_decade_is_no_year(bot: Bot) -> None:
    answer = bot.session().ask("As a test pilot in the 1950s, this future senator made a supersonic flight from "
                               "Los Angeles to New York")
    assert answer.text.splitlines()[0].startswith("That describes John Glenn: he set a transcontinental speed record")


def test_a_category_style_clue_about_a_person(bot: Bot) -> None:
    answer = bot.session().ask("Of the three Apollo 11 crew members, the civilian")
    assert answer.text.splitlines()[0] == (
        "That describes Neil Armstrong: he was the civilian of the Apollo 11 crew, a NASA test pilot who had left the "
        "Navy, while Buzz Aldrin and Michael Collins were Air Force officers[1].")


def test_a_category_style_clue_that_fits_several_is_left_to_the_intents(bot: Bot) -> None:
    answer = bot.session().ask("astronaut who became a senator")
    assert "That describes" not in answer.text and "Several entries" not in answer.text


def test_a_mission_named_for_someone_and_the_namesake(bot: Bot) -> None:
    probe = bot.session().ask("Named for the astronomer who found Jupiter's four largest moons, this NASA probe "
                              "dropped a smaller probe into Jupiter's atmosphere")
    assert probe.text.splitlines()[0] == (
        "That describes Galileo: it is named for Galileo Galilei, who discovered Jupiter's four largest moons in "
        "1610[1].")
    person = bot.session().ask("NASA's planet-hunting telescope of 2009 was named for this German astronomer")
    assert person.text.splitlines()[0].startswith("That describes Johannes Kepler: he worked out the laws")


def test_a_mission_must_have_gone_to_the_body_the_clue_names(bot: Bot) -> None:
    answer = bot.session().ask("Named for a Dutch astronomer, this probe landed on Mars")
    assert "Huygens" not in answer.text


def test_a_program_known_for_an_event_of_its_state(bot: Bot) -> None:
    answer = bot.session().ask("In 1975 this Soviet craft docked with an Apollo spacecraft in orbit")
    assert answer.text.splitlines()[0].startswith("That describes the Soyuz program: it flew Soyuz 19")
    other = bot.session().ask("In 1967 the first crewed flight of this U.S. program ended in a fatal fire")
    assert other.text.splitlines()[0].startswith("That describes the Apollo program: it lost the crew")


def test_a_first_in_common_words_needs_its_year(bot: Bot) -> None:
    answer = bot.session().ask("In 1961 he became the first man in space")  # read as "who was the first man in space"
    assert answer.text.splitlines()[0] == (
        "The first human in space was Yuri Gagarin, on Vostok 1 (the Soviet Union), 12 April 1961[1].")
    assert "Gagarin" not in bot.session().ask("He was the first person in space to celebrate a birthday").text
    assert "Gagarin" not in bot.session().ask("In 1961 he became the first American in space").text


def test_a_question_is_no_clue(bot: Bot) -> None:
    answer = bot.session().ask("wasn't there a shuttle that broke apart?")
    assert "That describes" not in answer.text
