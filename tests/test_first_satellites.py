"""The first-satellites kind: --check reports broken references with file and key path; answers keep the
two orders apart (first in orbit, first on the state's own rocket) and say "not known" honestly."""

from __future__ import annotations

from pathlib import Path

import pytest

from askspace.bot import Bot
from askspace.cli import main

GOOD = """first_satellites:
  - state: usa
    satellite: Explorer 1
    launch: 1958-02-01
    rocket: Juno I
    site: Cape Canaveral
    launched_by: usa
    sources:
      - {title: "NSSDCA Master Catalog: Explorer 1", url: "https://nssdc.gsfc.nasa.gov/nmc/spacecraft/display.action?id=1958-001A"}
"""


def check(data: Path, text: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    (data / "knowledge" / "first_satellites.yaml").write_text(text, encoding="utf-8")
    code = main(["--data", str(data), "--check"])
    return code, capsys.readouterr().err.splitlines()


def test_good_entry_is_counted(small_data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (small_data / "knowledge" / "first_satellites.yaml").write_text(GOOD, encoding="utf-8")
    assert main(["--data", str(small_data), "--check"]) == 0
    assert "1 first satellites" in capsys.readouterr().out


@pytest.mark.parametrize(("old", "new", "message"), [
    ("state: usa", "state: atlantis",
     "first_satellites[atlantis].state: unknown state 'atlantis' (add it to states.yaml or fix the id)"),
    ("launched_by: usa", "launched_by: nasa",
     "first_satellites[usa].launched_by: unknown state or agency 'nasa' (see states.yaml)"),
    ("launched_by: usa", "launched_by: usa\n    mission: explorer-one",
     "first_satellites[usa].mission: unknown mission 'explorer-one' (see knowledge/missions)"),
    ("launch: 1958-02-01", "launch: 1956-02-01",
     "first_satellites[usa].launch: 1956-02-01 is before the first launch (Sputnik 1)"),
    ("    rocket: Juno I\n", "",
     "first_satellites[usa].rocket: missing required key"),
    ("launched_by: usa", "launched_by: usa\n    own_launch: {satellite: X, launch: 1959-01-01, rocket: R, site: S}",
     "first_satellites[usa].own_launch: the first satellite was already launched by the state itself; "
     "remove own_launch or correct launched_by"),
])
def test_broken_entries_are_reported(small_data: Path, capsys: pytest.CaptureFixture[str], old: str, new: str,
                                     message: str) -> None:
    assert old in GOOD
    code, errors = check(small_data, GOOD.replace(old, new, 1), capsys)
    assert code == 2
    assert f"  knowledge/first_satellites.yaml: {message}" in errors, errors


@pytest.fixture(scope="module")
def bot() -> Bot:
    return Bot.load()


@pytest.mark.parametrize(("question", "starts"), [
    ("What was Israel's first satellite?", "Israel's first satellite was Ofeq 1, launched on 19 September 1988"),
    ("When did Brazil's first satellite go up?", "Brazil's first satellite went up on 8 February 1985"),
    ("Which country was third to launch a satellite on its own rocket?", "France was the third country"),
    ("Which was the second country to put a satellite in orbit?", "The United States was the second country"),
    ("How many countries have launched satellites on their own rockets?", "Eleven countries"),
    ("It launched its first satellite, Asterix, in 1965", "France: Astérix was its first satellite"),
    ("Who launched Ariel 1?", "The United States launched Ariel 1"),
])
def test_answers_start_with_what_was_asked(bot: Bot, question: str, starts: str) -> None:
    answer = bot.session().ask(question)
    assert answer.understood and not answer.clarify
    assert answer.text.startswith(starts), answer.text
    assert "[1]" in answer.text and "Sources:" in answer.text


@pytest.mark.parametrize("question", [
    "What was Cuba's first satellite?",  # not in the records
    "How many countries have had a satellite?",  # the records do not hold every state
    "What was the first spy satellite?",  # a kind of satellite the records do not know (weather: TIROS-1, is known)
    "What was Nigeria's fourth satellite called?",  # only first satellites are recorded
    "Which country was the 60th to put a satellite in orbit?",
])
def test_not_known_is_said(bot: Bot, question: str) -> None:
    answer = bot.session().ask(question)
    assert not answer.understood or answer.clarify, answer.text


def test_own_rocket_order_holds_eleven_states(bot: Bot) -> None:
    from askspace.handlers.satphrases import independents

    order = [e.id for e, _ in independents(bot.kb.first_satellites)]
    assert order == ["ussr", "usa", "france", "japan", "china", "uk", "india", "israel", "iran", "north-korea",
                     "south-korea"]


def test_the_rocket_takes_an_before_a_vowel_sound() -> None:
    from askspace.handlers.satphrases import article

    names = ("Athena I", "H-IIB", "Antares 230", "PSLV", "Falcon 9", "Long March 4B", "Kosmos-3M")
    assert [article(n) for n in names] == ["an", "an", "an", "a", "a", "a", "a"]


def test_a_cubesat_released_from_the_iss_has_its_cargo_flight_and_the_release_in_the_note(bot: Bot) -> None:
    assert bot.session().ask("What was Bhutan's first satellite?").text == (
        "Bhutan's first satellite was BHUTAN-1, launched on 29 June 2018 by the United States on a Falcon 9 "
        "(SpaceX CRS-15) rocket from Cape Canaveral SLC-40, Florida[1][2].\n"
        "Note: A CubeSat of the Birds-2 project, built by Bhutanese engineers at the Kyushu Institute of "
        "Technology. It went up in a Dragon cargo ship to the International Space Station and was released "
        "from the Kibo module on 10 August 2018.\n"
        "Sources:\n"
        "[1] BHUTAN-1 (Wikipedia), https://en.wikipedia.org/wiki/BHUTAN-1\n"
        "[2] Kuensel: BHUTAN-1 leaves for space, https://kuenselonline.com/bhutan-1-leaves-for-space/")
