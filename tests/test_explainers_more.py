"""Explainers, second round: other wordings of the how and why questions people ask most get a sourced note,
while questions about something else (a near miss) stay "not known"."""

from __future__ import annotations

import pytest

from askspace.bot import Bot

ISS_FALLING = (
    "Satellites and the International Space Station (ISS) do not fall down because, while they fall all "
    "the time, they also move sideways so fast (about 7.7 km/s, some 28,000 km/h, for the ISS) that the "
    "ground curves away beneath them as fast as they fall, so they fall around the Earth instead of into "
    "it; that endless fall is an orbit. Newton described it with a cannonball fired from a mountain fast "
    "enough never to land, and the Moon stays up the same way; a satellite in low orbit does come down in "
    "the end, because thin air slowly drags it lower.[1][2][3]\n"
    "Sources:\n"
    "[1] Wikipedia: Orbit, https://en.wikipedia.org/wiki/Orbit\n"
    "[2] Wikipedia: Newton's cannonball, https://en.wikipedia.org/wiki/Newton%27s_cannonball\n"
    "[3] Wikipedia: International Space Station, "
    "https://en.wikipedia.org/wiki/International_Space_Station")

STAGES = (
    "Rockets have stages so that they can throw away empty tanks and engines on the way up: once a "
    "stage's propellant is burnt, its dead weight would only slow the rest down, so it is dropped and a "
    "smaller stage with its own engines carries on. A single stage able to reach orbit would need almost "
    "all of its mass to be propellant, which is very hard to build, so staging is what lets today's "
    "rockets reach orbit.[1][2]\n"
    "Sources:\n"
    "[1] Wikipedia: Multistage rocket, https://en.wikipedia.org/wiki/Multistage_rocket\n"
    "[2] Wikipedia: Single-stage-to-orbit, https://en.wikipedia.org/wiki/Single-stage-to-orbit")

TOILET = (
    "Space toilets use a flow of air instead of gravity: astronauts urinate into a funnel on a hose that "
    "sucks the urine away, and for solid waste they sit on a small seat, held by thigh bars or straps, "
    "while air draws the waste into a bag in a container. On the ISS the urine is recycled into drinking "
    "water and the solid waste is stored and later burnt up with a departing cargo ship; Apollo crews "
    "used bags and tubes instead.[1][2]\n"
    "Sources:\n"
    "[1] Wikipedia: Space toilet, https://en.wikipedia.org/wiki/Space_toilet\n"
    "[2] Wikipedia: ISS ECLSS, https://en.wikipedia.org/wiki/ISS_ECLSS")


@pytest.mark.parametrize(("question", "expected"), [
    ("Why is the ISS not falling?", ISS_FALLING),
    ("Why do rockets have stages?", STAGES),
    ("How do astronauts go to the toilet?", TOILET),
])
def test_whole_answers(bot: Bot, question: str, expected: str) -> None:
    answer = bot.session().ask(question)
    assert answer.intent == "explainer"
    assert answer.text == expected


@pytest.mark.parametrize(("question", "note"), [
    ("How come satellites don't fall out of the sky?", "orbit-falling"),
    ("How do satellites stay up there without falling?", "orbit-falling"),
    ("Why are rockets built in several stages?", "rocket-staging"),
    ("Why do rockets drop their stages on the way up?", "rocket-staging"),
    ("How do astronauts go to the bathroom in space?", "space-toilet"),
    ("Why do astronauts float if there is still gravity up there?", "weightlessness"),
    ("How does a slingshot around Jupiter work?", "gravity-assist"),
    ("Why do probes use plutonium batteries?", "rtg-power"),
    ("How are Mars rovers powered?", "rover-power"),
    ("How do astronauts get back to Earth from the ISS?", "return-to-earth"),
    ("What happens to old satellites when they run out of fuel?", "satellite-end"),
    ("What will happen to the ISS when it is retired?", "iss-deorbit"),
    ("Where does space begin?", "karman-line"),
    ("Why did the Soviet Union never land on the Moon?", "soviet-moon"),
])
def test_other_wordings_find_their_note(bot: Bot, question: str, note: str) -> None:
    answer = bot.session().ask(question)
    assert answer.understood and answer.intent == "explainer", answer.text
    assert answer.traces[0].frame["explainer"] == note


@pytest.mark.parametrize("question", [
    "How do astronauts sleep before launch?",  # sleep, but before launch is not what the note explains
    "Why did Skylab fall?",  # a named station's fall is history, not the orbit note
    "How do astronauts eat on Earth after the flight?",
    "Why is the Moon red during an eclipse?",  # red, but not Mars
    "Why do satellites have solar panels shaped like wings?",
    "How do rovers climb hills?",
    "Why is Mars cold?",
    "Why is Jupiter so big?",
    "How do telescopes on the ground correct for the atmosphere?",
    "Why do rockets make so much noise?",
    "How does the Sun shine?",
    "Why is the ISS so big?",
    "How do astronauts vote from space?",
    "Why do astronauts wear watches?",
    "How does GPS affect satellites' lifetime?",
    "Why do stars twinkle?",
    "Why is Venus hot?",
    "Why do planets orbit the Sun?",
    "How do astronauts cut their hair in space?",
    "Why do rockets need windows?",  # windows, not a launch window
    "How did she die?",  # a death, not a body in a vacuum
    "Why are rockets expensive to insure?",
    "Why do astronauts exercise on Earth before the flight?",
    "How does the Moon cause tides?",
    "Why do rovers have six wheels?",
    "Why do astronauts have to wait?",
    "Why did Apollo 13 stop?",
    "Why did the dog Laika die?",
])
def test_near_misses_are_not_explained(bot: Bot, question: str) -> None:
    answer = bot.session().ask(question)
    assert not (answer.understood and answer.intent == "explainer"), answer.text


def test_a_named_mission_stays_in_the_conversation(bot: Bot) -> None:
    """After "how did Curiosity land?", "is it still going?" asks about Curiosity."""
    session = bot.session()
    first = session.ask("How did Curiosity land on Mars?")
    assert first.traces[0].frame["explainer"] == "mars-landing-how"
    assert session.ask("is it still going").text.startswith("Yes: Curiosity was still working")


def test_new_concept_words_leave_the_spelling_of_other_questions_alone(bot: Bot) -> None:
    """Concept words are known to the speller: none may stop a nearby correction ("tried" is not read as
    "trained", "rock" still reads as "rocks")."""
    assert "trained" not in bot.reader.known
    assert "rock" not in bot.reader.known
