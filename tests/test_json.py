"""--json output validates against schemas/answer.schema.json."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from askspace.cli import main

SCHEMA = json.loads((Path(__file__).resolve().parents[1] / "schemas" / "answer.schema.json")
                    .read_text(encoding="utf-8"))


@pytest.mark.parametrize("question", [
    "How many countries have landed on Mars?",
    "When did the US land on the moon? And when was their first successful landing on mars?",
    "what's the weather?",
    "Who was on the crew?",
    "When was Chris Hadfield born?",  # a person without flights in the records: a 'person' entity
    "Who was the third person to walk on the Moon?",  # the frames: ranked, search, clue, property, card
    "soviet venus probes",
    "This Japanese probe brought back grains from the asteroid Itokawa.",
    "What rocket launched Mariner 4?",
    "apollo program",
    "who was the second to last man on the moon",
    "When was Aryabhata launched?",  # a first satellite's name: a 'satellite' entity (its id is the state's)
])
def test_json_validates(capsys: pytest.CaptureFixture[str], question: str) -> None:
    main(["--json", "--why", question])
    obj = json.loads(capsys.readouterr().out)
    jsonschema.validate(obj, SCHEMA)
    assert obj["why"]


def test_json_multi_part(capsys: pytest.CaptureFixture[str]) -> None:
    main(["--json", "When did the US land on the moon? And when was their first successful landing on mars?"])
    obj = json.loads(capsys.readouterr().out)
    assert [p["intent"] for p in obj["parts"]] == ["first_event", "first_event"]
    assert obj["parts"][1]["context_used"] == ["state usa (from \"their\"/\"they\")"]
    assert [f["id"] for f in obj["facts"]] == ["apollo-11", "surveyor-1", "viking-1"]
