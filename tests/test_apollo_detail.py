"""The Apollo program and the Space Race in detail: person topics, who replaced whom, and the craft topics' facts
(knowledge/history/apollo_detail.yaml, askspace.topicfacts, intent topic_facts)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from askspace.bot import Bot
from askspace.wholeexport import export_knowledge
from tests.test_data_errors import run_check

BROKEN = """\
topics:
  - {id: lander, name: the Lander, kind: craft, program: nowhere, crew: 0}
  - {id: capsule, name: the Capsule, kind: vessel}
  - {id: orbiter, name: the Orbiter, kind: craft, crew: 2}
  - {id: chief, name: The Chief, kind: person, program: nowhere}
"""


def test_every_problem_of_a_topic_is_reported(small_data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = small_data / "knowledge" / "history"
    folder.mkdir()
    (folder / "t.yaml").write_text(BROKEN, encoding="utf-8")
    code, out, err = run_check(small_data, capsys)
    assert (code, out) == (2, "")
    where = "  knowledge/history/t.yaml: topics"
    assert err.splitlines()[1:] == [
        f"{where}[capsule].kind: 'vessel' is not one of: person, craft, office, event, collection",
        f"{where}[chief].program: unknown program 'nowhere' (see programs.yaml and the missions' programs)",
        f"{where}[lander].crew: 0 is not a whole number above 0",
        f"{where}[orbiter].sources: a topic's crew, propellant, stands_for or mass needs its sources",
    ]


def test_the_export_lists_the_topics_with_their_facts(bot: Bot) -> None:
    topics = {t["id"]: t for t in export_knowledge(bot.kb)["topics"]}
    assert (topics["lk"]["kind"], topics["lk"]["crew"]) == ("craft", 1)
    assert topics["george-mueller"]["kind"] == "person" and topics["george-mueller"]["crew"] is None
    assert topics["apollo-lm"]["stands_for"].startswith("the Lunar Excursion Module (LEM)")
    json.dumps(topics)


def test_who_replaced_a_manager_is_the_next_holder_of_the_office(bot: Bot) -> None:
    assert bot.session().ask("Who ended up replacing Joseph Shea as ASPO manager?").text.splitlines()[:2] == [
        "George M. Low led the Apollo Spacecraft Program Office (ASPO), from April 1967 to 1969[1].",
        "Low oversaw the command module's redesign after the fire and proposed sending Apollo 8 around the Moon.",
    ]
    assert bot.session().ask("Who led OKB-1 after Korolev?").text.splitlines()[0] == \
        "Vasily Mishin led OKB-1, from January 1966 to May 1974[1]."


def test_a_person_topic_is_read_in_a_history_question(bot: Bot) -> None:
    assert bot.session().ask("Where was Korolev imprisoned?").text.splitlines()[0] == (
        "Sergei Korolev was imprisoned in the Gulag (a Kolyma gold-mine labour camp in Siberia, then prison design "
        "bureaus), from June 1938 to July 1944[1].")
    assert bot.session().ask("When was Mueller appointed?").text.splitlines()[0] == (
        "On 23 July 1963[1]: George E. Mueller was appointed Deputy Associate Administrator for Manned Space Flight "
        "(announced by James E. Webb).")
    # A post is found by the office its holder was appointed to; "deputy" is not the director, nor a film's.
    assert bot.session().ask("Who was hired to be the deputy director of the Office of Manned Space Flight?").text \
        .startswith("Joseph F. Shea was appointed Deputy Director of the Office of Manned Space Flight")
    # A named person narrows the facts: Korolev's own bureau, not Mishin's tenure of it.
    assert "Mishin" in bot.session().ask("Who led Korolev's design bureau?").text


def test_a_craft_topic_answers_what_it_carried_burned_and_stands_for(bot: Bot) -> None:
    assert bot.session().ask("How many people could the LK carry?").text.splitlines()[0] == \
        "The LK lunar lander was built to carry one person[1][2]."
    assert bot.session().ask("How many people could the Gemini spacecraft carry?").text.splitlines()[0] == \
        "The Gemini spacecraft was built to carry two people[1][2]."
    assert bot.session().ask("What does LEM stand for?").text.splitlines()[0] == (
        "LEM is short for the Lunar Excursion Module (LEM), its name until 1967, when NASA shortened it to Lunar "
        "Module (LM)[1][2].")
    assert bot.session().ask("What did the LM's ascent stage use as propellant?").text.startswith(
        "The lunar module's ascent stage burned Aerozine 50")


def test_a_clue_about_a_person_of_the_topics_names_the_one_person_the_facts_share(bot: Bot) -> None:
    text = bot.session().ask("This man replaced Joseph Shea as manager of the Apollo Spacecraft Program Office in 1967")
    assert text.text.splitlines()[:2] == [
        "This is George M. Low.",
        "George M. Low led the Apollo Spacecraft Program Office, from April 1967 to 1969[1].",
    ]
    assert bot.session().ask("He led OKB-1 after Korolev").text.startswith("This is Vasily Mishin.")
    # Two people fit (Gilruth led the Space Task Group, Kraft the Manned Spacecraft Center later): no answer.
    assert not bot.session().ask("This man led the Space Task Group and the Manned Spacecraft Center").understood


def test_the_apollo_samples_are_answered_only_for_apollo(bot: Bot) -> None:
    assert bot.session().ask("How many kilograms of lunar samples did Apollo bring back?").text.splitlines()[0] == (
        "The Apollo lunar samples came to 382 kg (842 lb) of rock, core, pebbles, sand and dust in all, from the six "
        "landings of 1969 to 1972[1][2].")
    for other in ("How many kilograms of lunar samples did Luna bring back?",
                  "How many kgs of moon rocks did the Soviet Union bring back?",
                  "How many kgs of moon rocks did the program bring back?"):  # no program named: not only Apollo's
        assert not bot.session().ask(other).understood, other


@pytest.mark.parametrize("question", [
    "What did the command module use as propellant?",  # the topic has no propellant
    "When was von Braun appointed?",  # no appointed fact for him
    "How many people walked on the Moon?",  # no craft named: not this intent's
])
def test_a_fact_the_topics_lack_is_not_known(bot: Bot, question: str) -> None:
    answer = bot.session().ask(question)
    if question.startswith("How many people walked"):
        assert answer.understood and answer.text.startswith("Twelve people"), answer.text
    else:
        assert not answer.understood, answer.text
