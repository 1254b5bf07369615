"""History facts: their validation, their export, and the answers over them (knowledge/history)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from askspace.bot import Bot
from askspace.wholeexport import export_knowledge
from tests.test_data_errors import run_check

BROKEN = """\
topics:
  - {id: office, name: the Office, aliases: [Office]}
history:
  - id: ok-fact
    subject: topic:office
    relation: led-by
    object: Someone
    date: 1961-11
    until: 1963
    note: A tenure.
    sources: [{title: "A book", ref: "p. 1"}]
  - id: bad-ref
    subject: program:nowhere
    relation: led-by
    object: mission:luna-99
    date: 1961
    note: Two unknown references.
    sources: [{title: "A book", ref: "p. 1"}]
  - id: bad-values
    subject: Space Task Group
    relation: invented
    date: 1961-13
    note: Three bad values.
    sources: [{title: "A book", ref: "p. 1"}]
"""


def test_every_problem_of_a_history_file_is_reported(small_data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = small_data / "knowledge" / "history"
    folder.mkdir()
    (folder / "h.yaml").write_text(BROKEN, encoding="utf-8")
    code, out, err = run_check(small_data, capsys)
    assert (code, out) == (2, "")
    where = "  knowledge/history/h.yaml: history"
    assert err.splitlines()[1:] == [
        f"{where}[bad-ref].object: unknown mission 'luna-99'; fix the id or add it to knowledge/missions/*.yaml",
        f"{where}[bad-ref].subject: unknown program 'nowhere'; fix the id or add it to a programs: section",
        f"{where}[bad-values].date: '1961-13' is not a date (write YYYY, YYYY-MM or YYYY-MM-DD)",
        f"{where}[bad-values].relation: 'invented' is not one of: announced, approved, proposed, named-by, led-by, "
        "contractor, decided, cancelled, ended, created-by, began, renamed, first-success, first-flight, "
        "reviewed-by, cause, honoured, appointed, imprisoned",
        f"{where}[bad-values].subject: 'Space Task Group' is not a reference; write kind:id with kind one of "
        "program, mission, person, state, topic (add a topic for a name without an entry)",
    ]


def test_the_export_lists_the_history_facts_with_their_references_named(bot: Bot) -> None:
    history = export_knowledge(bot.kb)["history"]
    fact = next(f for f in history if f["id"] == "lor-decided")
    assert fact["subject"] == {"ref": "topic:lor", "name": "lunar orbit rendezvous"}
    assert (fact["relation"], fact["object"], fact["date"]) == ("decided", "NASA", "1962-07-11")
    assert len(history) >= 90 and all(f["sources"] for f in history)
    json.dumps(history)


@pytest.mark.parametrize(("question", "start"), [
    ("Who led the Space Task Group?", "Robert R. Gilruth led the Space Task Group, from 5 November 1958"),
    ("Who built the lunar module?", "Grumman Aircraft Engineering built the Apollo lunar module"),
    ("Which company built the Apollo command module?", "North American Aviation built"),
    ("When did NASA choose lunar orbit rendezvous?", "On 11 July 1962[1]: NASA chose lunar orbit rendezvous."),
    ("Why were Apollo 18 to 20 cancelled?", "Apollo 20 was dropped to free its Saturn V"),
    ("Who investigated the Apollo 1 fire?", "The Apollo 204 Review Board under Floyd L. Thompson reviewed Apollo 1"),
    ("Who headed the Office of Manned Space Flight in 1963?", "D. Brainerd Holmes led the Office"),
])
def test_the_answer_starts_with_what_was_asked(bot: Bot, question: str, start: str) -> None:
    answer = bot.session().ask(question)
    assert answer.understood and answer.text.startswith(start), answer.text


def test_both_heads_of_a_year_are_named(bot: Bot) -> None:
    text = bot.session().ask("Who headed the Office of Manned Space Flight in 1963?").text
    assert "Holmes" in text and "George E. Mueller" in text
    assert "Mueller" not in bot.session().ask("Who headed the Office of Manned Space Flight in 1962?").text


@pytest.mark.parametrize("question", [
    "Who renamed the Space Task Group in 1975?",  # no fact in that year
    "Who cancelled the Space Task Group?",  # the relation is not in the records for it
    "Who built the Space Task Group's office?",  # the subject has no such fact
])
def test_a_relation_or_year_not_in_the_records_is_not_known(bot: Bot, question: str) -> None:
    answer = bot.session().ask(question)
    assert not answer.understood, answer.text
