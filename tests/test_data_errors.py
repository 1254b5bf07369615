"""Broken data files: every kind of problem gives file, key path and what to fix; exit 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from askspace.cli import main
from tests.conftest import GOOD_MISSION


def run_check(data: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["--data", str(data), "--check"])
    out, err = capsys.readouterr()
    return code, out, err


def break_mission(data: Path, old: str, new: str) -> None:
    path = data / "knowledge" / "missions" / "moon.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_good_data_passes(small_data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_check(small_data, capsys)
    assert (code, err) == (0, "")
    assert out.startswith("ok: 1 missions, 0 programs, 2 states, 1 bodies, ")


UNKNOWN_COLOUR = (
    "  knowledge/missions/moon.yaml: missions[luna-9].colour: unknown key (allowed: id, name, aliases, "
    "program, also_in, commercial, country, agency, target, types, launch, launch_vehicle, rocket, arrival, landing, "
    "end, returned, "
    "status, outcome, outcome_reason, part_of, twin, summary, rover, encounters, crew, firsts, notes, sources, events, "
    "animals, figures)")

CASES = [
    ("bad YAML syntax", "    name: Luna 9\n", "    name: [Luna 9\n",
     "  knowledge/missions/moon.yaml: line 4, column 12: YAML syntax error: "
     "did not find expected ',' or ']'"),
    ("unknown key", "    target: moon\n", "    target: moon\n    colour: grey\n",
     UNKNOWN_COLOUR),
    ("wrong type", "    types: [lander]\n", "    types: lander\n",
     "  knowledge/missions/moon.yaml: missions[luna-9].types: expected a non-empty list of "
     "mission types, got str 'lander'"),
    ("bad date", "    launch: 1966-01-31\n", "    launch: 1966-13-31\n",
     "  knowledge/missions/moon.yaml: missions[luna-9].launch: '1966-13-31' is not a date "
     "(write YYYY-MM-DD)"),
    ("impossible date", "date: 1966-02-03", "date: 1966-01-03",
     "  knowledge/missions/moon.yaml: missions[luna-9].landing.date: 1966-01-03 is before the "
     "launch date 1966-01-31"),
    ("unknown reference", "    target: moon\n", "    target: mun\n",
     "  knowledge/missions/moon.yaml: missions[luna-9].target: unknown body 'mun' (see bodies.yaml)"),
    ("commercial not a flag", "    target: moon\n", "    target: moon\n    commercial: yes please\n",
     "  knowledge/missions/moon.yaml: missions[luna-9].commercial: expected true or false, got str 'yes please'"),
    ("unknown other program", "    target: moon\n", "    target: moon\n    also_in: [interkosmos]\n",
     "  knowledge/missions/moon.yaml: missions[luna-9].also_in[0]: unknown program 'interkosmos'"),
    ("state that did not exist", "    launch: 1966-01-31\n", "    launch: 1996-01-31\n",
     "  knowledge/missions/moon.yaml: missions[luna-9].country: Soviet Union did not exist on the "
     "launch date 1996-01-31"),
    ("missing source", "    sources:\n", "    sources: []\n    old_sources:\n",
     "  knowledge/missions/moon.yaml: missions[luna-9].sources: a mission needs at least one source"),
    ("bad enum", "outcome: success", "outcome: great",
     "  knowledge/missions/moon.yaml: missions[luna-9].outcome: 'great' is not one of: "
     "success, partial, failure"),
]


OUTCOME = "    outcome: success\n"


def _event(fields: str) -> str:
    """The test mission with one event written with ``fields``."""
    return f"    events:\n      - {{{fields}}}\n{OUTCOME}"


WHERE = "  knowledge/missions/moon.yaml: missions[luna-9].events[0]"
CASES += [
    ("event kind", OUTCOME, _event("date: 1966-02-03, kind: walk"),
     f"{WHERE}.kind: 'walk' is not one of: spacewalk, docking, undocking, crew-arrival, servicing, "
     "release, reentry, deorbit, sample-return, arrival, flyby, orbit, landing, impact, interstellar, breakup, "
     "in-orbit"),
    ("event without date", OUTCOME, _event("kind: landing"), f"{WHERE}.date: missing required key"),
    ("event before launch", OUTCOME, _event("date: 1965-02-03, kind: landing"),
     f"{WHERE}.date: 1965-02-03 is before the launch date 1966-01-31"),
    ("event after as_of", OUTCOME, _event("date: 2026-02-03, kind: landing"),
     f"{WHERE}.date: 2026-02-03 is after the knowledge base date 2025-12-31"),
    ("event body", OUTCOME, _event("date: 1966-02-03, kind: landing, body: mun"),
     f"{WHERE}.body: unknown body 'mun' (see bodies.yaml)"),
    ("event mission", OUTCOME, _event("date: 1966-02-03, kind: docking, with: luna-10"),
     f"{WHERE}.with: unknown mission 'luna-10' (give the id of another mission)"),
    ("event count", OUTCOME, _event("date: 1966-02-03, kind: spacewalk, count: many"),
     f"{WHERE}.count: expected a whole number above 0, got str 'many'"),
    ("event key", OUTCOME, _event("date: 1966-02-03, kind: landing, where: Oceanus Procellarum"),
     f"{WHERE}.where: unknown key (allowed: date, kind, body, with, people, place, count, note, sources)"),
    ("animal survived", OUTCOME, "    animals:\n      - {name: Laika, species: dog, survived: maybe}\n" + OUTCOME,
     "  knowledge/missions/moon.yaml: missions[luna-9].animals[0].survived: expected true or false, "
     "got str 'maybe'"),
    ("animal species", OUTCOME, "    animals:\n      - {name: Laika, survived: false}\n" + OUTCOME,
     "  knowledge/missions/moon.yaml: missions[luna-9].animals[0].species: missing required key"),
    ("figure kind", OUTCOME, "    figures:\n      - {kind: weight, value: '100 kg'}\n" + OUTCOME,
     "  knowledge/missions/moon.yaml: missions[luna-9].figures[0]: unknown kind 'weight'; use one of sample-mass, "
     "surface-time, distance, orbits"),
    ("figure value", OUTCOME, "    figures:\n      - {kind: surface-time, value: 'three days'}\n" + OUTCOME,
     "  knowledge/missions/moon.yaml: missions[luna-9].figures[0]: 'three days' is not a duration such as \"2h 7m\" "
     "or \"20s\""),
    ("events not a list", OUTCOME, "    events: {date: 1966-02-03}\n" + OUTCOME,
     "  knowledge/missions/moon.yaml: missions[luna-9].events: expected a list of events, got dict "
     "{'date': '1966-02-03'}"),
]


@pytest.mark.parametrize(("kind", "old", "new", "message"), CASES, ids=[c[0] for c in CASES])
def test_each_kind_of_error(small_data: Path, capsys: pytest.CaptureFixture[str], kind: str,
                            old: str, new: str, message: str) -> None:
    break_mission(small_data, old, new)
    code, out, err = run_check(small_data, capsys)
    assert code == 2
    assert out == ""
    assert message in err.splitlines(), err
    assert "Traceback" not in err


def test_duplicate_id_and_alias(small_data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    second = small_data / "knowledge" / "missions" / "more.yaml"
    second.write_text(GOOD_MISSION.replace("name: Luna 9", "name: Luna Nine"), encoding="utf-8")
    third = small_data / "knowledge" / "missions" / "zz.yaml"
    third.write_text(GOOD_MISSION.replace("id: luna-9", "id: luna-9b").replace(
        "name: Luna 9", "name: Luna 9 bis"), encoding="utf-8")
    code, _, err = run_check(small_data, capsys)
    assert code == 2
    assert err.splitlines() == [
        "askspace: the data files have 2 problems:",
        "  knowledge/missions/more.yaml: missions[luna-9].id: duplicate id 'luna-9' "
        "(also in knowledge/missions/moon.yaml: missions[luna-9])",
        "  knowledge/missions/zz.yaml: missions[luna-9b].aliases: alias 'луна-9' is also used "
        "by mission 'luna-9'",
    ]


def test_every_problem_reported_in_one_run(small_data: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    break_mission(small_data, "    target: moon\n", "    target: mun\n    colour: grey\n")
    break_mission(small_data, "launch: 1966-01-31", "launch: someday")
    code, _, err = run_check(small_data, capsys)
    assert code == 2
    assert err.splitlines() == [
        "askspace: the data files have 2 problems:",
        UNKNOWN_COLOUR,
        "  knowledge/missions/moon.yaml: missions[luna-9].launch: 'someday' is not a date "
        "(write YYYY-MM-DD)",
    ]


def test_bad_intent_file(small_data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = small_data / "intents" / "crew.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("handler: crew", "handler: nobody"),
                    encoding="utf-8")
    code, _, err = run_check(small_data, capsys)
    assert code == 2
    assert any(line.startswith("  intents/crew.yaml: handler: unknown handler 'nobody' (known: ")
               for line in err.splitlines())


def test_not_utf8_data_file(small_data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (small_data / "knowledge" / "bodies.yaml").write_bytes(b"bodies: \xff\n")
    code, _, err = run_check(small_data, capsys)
    assert code == 2
    assert "  knowledge/bodies.yaml: not valid UTF-8 (byte 8); save it as UTF-8" in err.splitlines()


def test_question_with_broken_data_exits_2(small_data: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    break_mission(small_data, "    target: moon\n", "    target: mun\n")
    code = main(["--data", str(small_data), "When did Luna 9 land?"])
    out, err = capsys.readouterr()
    assert (code, out) == (2, "")
    assert "unknown body 'mun'" in err


TERESHKOVA = """\
people:
  - id: valentina-tereshkova
    name: Valentina Tereshkova
    sex: female
    born: 1937-03-06
    nationalities: [ussr]
    sources:
      - {title: "Wikipedia: Valentina Tereshkova", url: "https://en.wikipedia.org/wiki/Valentina_Tereshkova"}
"""
CREWED = GOOD_MISSION.replace("id: luna-9", "id: vostok-6").replace("name: Luna 9", "name: Vostok 6").replace(
    "aliases: [Луна-9]", "crew:\n      - {name: Valentina Tereshkova, role: Pilot, sex: SEX}").replace(
    "types: [lander]", "types: [crewed]").replace("launch: 1966-01-31", "launch: 1963-06-16").replace(
    "    landing: {date: 1966-02-03, result: soft, operated: yes}\n", "")


@pytest.mark.parametrize(("sex", "message"), [
    ("woman", "missions[vostok-6].crew[0].sex: 'woman' is not one of: female, male"),
    (None, "missions[vostok-6].crew[0].sex: missing required key"),
])
def test_crew_member_sex_is_checked(small_data: Path, capsys: pytest.CaptureFixture[str], sex: str | None,
                                    message: str) -> None:
    entry = CREWED.replace("SEX", sex) if sex else CREWED.replace(", sex: SEX", "")
    (small_data / "knowledge" / "missions" / "crewed.yaml").write_text(entry, encoding="utf-8")
    code, out, err = run_check(small_data, capsys)
    assert (code, out) == (2, "")
    assert f"  knowledge/missions/crewed.yaml: {message}" in err.splitlines(), err


def test_crew_member_sex_is_loaded(small_data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (small_data / "knowledge" / "missions" / "crewed.yaml").write_text(CREWED.replace("SEX", "female"),
                                                                      encoding="utf-8")
    (small_data / "knowledge" / "people.yaml").write_text(TERESHKOVA, encoding="utf-8")
    assert run_check(small_data, capsys)[0] == 0
    assert main(["--data", str(small_data), "--export-knowledge"]) == 0
    exported = json.loads(capsys.readouterr().out)["missions"]
    assert [m["crew"] for m in exported if m["id"] == "vostok-6"] == [
        [{"name": "Valentina Tereshkova", "role": "Pilot", "nationality": None, "sex": "female"}]]


def test_knowledge_and_intents_problems_in_one_run(small_data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    break_mission(small_data, "    target: moon\n", "    target: mun\n    colour: grey\n")
    path = small_data / "intents" / "crew.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("handler: crew", "handler: nobody"), encoding="utf-8")
    code, out, err = run_check(small_data, capsys)
    lines = err.splitlines()
    assert (code, out) == (2, "")
    assert lines[0] == "askspace: the data files have 3 problems:"
    assert lines[1].startswith("  intents/crew.yaml: handler: unknown handler 'nobody' (known: ")
    assert lines[2:] == [
        UNKNOWN_COLOUR,
        "  knowledge/missions/moon.yaml: missions[luna-9].target: unknown body 'mun' (see bodies.yaml)"]


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_fifo_or_device_among_data_files_does_not_hang(small_data: Path, kind: str) -> None:
    import os
    import subprocess
    import sys

    target = small_data / "knowledge" / "missions" / "pipe.yaml"
    if kind == "fifo":
        os.mkfifo(target)
    else:
        target.symlink_to("/dev/zero")
    env = {**os.environ, "ASKSPACE_NO_CACHE": ""}
    result = subprocess.run([sys.executable, "-m", "askspace", "--data", str(small_data), "--check"],
                            capture_output=True, env=env, timeout=60, check=False)
    assert (result.returncode, result.stdout) == (2, b"")
    assert result.stderr.decode().splitlines() == [
        "askspace: the data files have 1 problem:",
        "  knowledge/missions/pipe.yaml: not a regular file (a FIFO, device or socket); "
        "askspace reads only regular YAML files here"]


def test_every_problem_of_an_intent_file_at_once(small_data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = small_data / "intents" / "crew.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("handler: crew", "handler: nobody").replace(
        "priority: 14", "priority: high\ncolour: red"), encoding="utf-8")
    code, out, err = run_check(small_data, capsys)
    lines = err.splitlines()
    assert (code, out, len(lines)) == (2, "", 4)
    assert lines[0] == "askspace: the data files have 3 problems:"
    assert lines[1] == ("  intents/crew.yaml: colour: unknown key (allowed: any_words, cues, description, examples, "
                        "explains, fills, follows, handler, id, needs, not_examples, params, priority, reads)")
    assert lines[2].startswith("  intents/crew.yaml: handler: unknown handler 'nobody' (known: ")
    assert lines[3] == "  intents/crew.yaml: priority: expected a whole number, got 'high'"


def test_an_intent_fills_only_known_slots(small_data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = small_data / "intents" / "crew.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("handler: crew", "handler: crew\nfills: [planet]"),
                    encoding="utf-8")
    code, out, err = run_check(small_data, capsys)
    assert (code, out) == (2, "")
    assert err.splitlines() == ["askspace: the data files have 1 problem:",
                                "  intents/crew.yaml: fills: unknown slot 'planet'; use one of body, mission, state"]


def test_an_intent_reads_only_known_constraints(small_data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = small_data / "intents" / "crew.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("handler: crew", "handler: crew\nreads: [colour]"),
                    encoding="utf-8")
    code, out, err = run_check(small_data, capsys)
    assert (code, out) == (2, "")
    assert err.splitlines() == ["askspace: the data files have 1 problem:",
                                "  intents/crew.yaml: reads: unknown constraint 'colour'; "
                                "use one of concepts, craft, engine, history, outcome, relation, topic_facts"]
