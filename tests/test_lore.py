"""Famous words and accidents: validation, references to people and missions, and the words they explain."""

from __future__ import annotations

from pathlib import Path

import pytest

from askspace import lore
from askspace.bot import Bot
from askspace.cli import main
from askspace.coverage import own_phrases, shared_phrases
from askspace.text import normalise

GAGARIN = """\
people:
  - {id: yuri-gagarin, name: Yuri Gagarin, sex: male, born: 1934-03-09, sources: [{title: T, url: "https://x.org"}]}
"""
SAYINGS = """\
famous_words:
  - id: gagarin-poyekhali
    speakers: [SPEAKER]
    mission: MISSION
    moment: lift-off
    date: DATE
    words: "Poyekhali!"
    transcript: the radio exchange
    sources: [{title: T, url: "https://x.org"}]
"""
ACCIDENTS = """\
accidents:
  - id: luna-crash
    name: a crash
    date: 1966-02-03
    place: the Moon
    kind: KIND
    country: COUNTRY
    mission: luna-9
    died: [yuri-gagarin]
    deaths: DEATHS
    cause: made up for the test
    sources: [{title: T, url: "https://x.org"}]
"""


def _check(data: Path, capsys: pytest.CaptureFixture[str], sayings: dict[str, str],
           accidents: dict[str, str]) -> tuple[int, str]:
    kn = data / "knowledge"
    (kn / "people.yaml").write_text(GAGARIN, encoding="utf-8")
    text = SAYINGS
    for key, value in {"SPEAKER": "yuri-gagarin", "MISSION": "luna-9", "DATE": "1966-02-01", **sayings}.items():
        text = text.replace(key, value)
    (kn / "famous_words.yaml").write_text(text, encoding="utf-8")
    text = ACCIDENTS
    for key, value in {"KIND": "spaceflight", "COUNTRY": "ussr", "DEATHS": "1", **accidents}.items():
        text = text.replace(key, value)
    (kn / "accidents.yaml").write_text(text, encoding="utf-8")
    code = main(["--data", str(data), "--check"])
    out, err = capsys.readouterr()
    return code, out + err


def test_broken_references_are_reported_with_file_path_and_fix(small_data: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    code, text = _check(small_data, capsys, {"SPEAKER": "yuri-gagrin", "MISSION": "luna-99"},
                        {"KIND": "fire", "COUNTRY": "urss", "DEATHS": "0"})
    assert code == 2
    expected = [
        "knowledge/famous_words.yaml: famous_words[gagarin-poyekhali].speakers[0]: unknown person 'yuri-gagrin'",
        "knowledge/famous_words.yaml: famous_words[gagarin-poyekhali].mission: unknown mission 'luna-99'",
        "knowledge/accidents.yaml: accidents[luna-crash].kind: 'fire' is not one of: spaceflight, ground",
        "knowledge/accidents.yaml: accidents[luna-crash].deaths: 0 deaths, but 1 people are named as dead",
    ]
    for line in expected:
        assert line in text


def test_dates_and_the_dead_must_fit_the_mission(small_data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, text = _check(small_data, capsys, {"DATE": "1965-01-01"}, {})
    assert code == 2
    assert ("famous_words[gagarin-poyekhali].date: 1965-01-01 is outside Luna 9's flight (1966-01-31); "
            "fix the date or the mission") in text
    assert "accidents[luna-crash].died: the crew rows of Luna 9 mark nobody as killed" in text


def test_good_entries_pass(small_data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    kn = small_data / "knowledge"
    (kn / "people.yaml").write_text(GAGARIN, encoding="utf-8")
    (kn / "famous_words.yaml").write_text(SAYINGS.replace("SPEAKER", "yuri-gagarin").replace("MISSION", "luna-9")
                                          .replace("DATE", "1966-02-01"), encoding="utf-8")
    assert main(["--data", str(small_data), "--check"]) == 0
    assert "1 famous words, 0 accidents" in capsys.readouterr().out


def test_every_word_of_a_recorded_line_is_explained(bot: Bot) -> None:
    """Quoting a line must never leave a word 'not understood': the intent explains them (keep it in step)."""
    intent = next(i for i in bot.intents if i.id == "famous_words")
    known = own_phrases(intent, bot.lexicon) | shared_phrases(bot.lexicon) | bot.explainers.known_words
    for s in lore.sayings(bot.kb):
        for text in (s.words, s.translation or "", *(v.text for v in s.variants)):
            missing = [w for w in normalise(text).words if w not in known and not w.isdigit()]
            assert not missing, f"{s.id}: add {missing} to intents/famous_words.yaml explains"


def test_accidents_on_missions_agree_with_the_crew_rows(bot: Bot) -> None:
    for a in lore.accidents(bot.kb):
        if a.mission:
            m = bot.kb.missions[a.mission]
            assert {c.person for c in m.crew if c.died} == set(a.died), a.id
            assert m.launch <= a.date <= (m.end or a.date), a.id
