"""The askspace command: exit codes, one-shot, stdin mode, JSON, bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from askspace.cli import main

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str, stdin: bytes = b"", env: dict[str, str] | None = None,
        timeout: float = 60) -> subprocess.CompletedProcess[bytes]:
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "askspace", *args], input=stdin,
                          capture_output=True, env=full_env, timeout=timeout, check=False)


def ask(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_answered_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = ask(capsys, "When did Luna 9 land?")
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == (
        "Luna 9 launched on 31 January 1966[1] and landed on the Moon on 3 February 1966 at "
        "Oceanus Procellarum, west of the craters Reiner and Marius (about 7.1 N, 64.4 W).")


def test_out_of_scope_exits_1_and_suggests(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = ask(capsys, "what's the weather like in Paris?")
    assert code == 1
    assert out == (
        "That is outside what I know. I answer questions about the history of Moon, Mars "
        "and planetary missions: counts, firsts, dates, crews, outcomes and my sources. Try: "
        "\"How many countries have landed on Mars?\"; \"When did the Soviets land their first "
        "probe on the Moon?\"; \"What are your sources for Apollo 11?\".\n")


def test_not_understood_exits_1_and_suggests(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = ask(capsys, "purple monkey dishwasher")
    assert code == 1
    assert out == (
        "Sorry, I did not understand that. I answer questions about the history of Moon, Mars "
        "and planetary missions: counts, firsts, dates, crews, outcomes and my sources. Try: "
        "\"How many countries have landed on Mars?\"; \"When did the Soviets land their first "
        "probe on the Moon?\"; \"What are your sources for Apollo 11?\".\n")


def test_usage_error_exits_2() -> None:
    result = run("--no-such-option")
    assert result.returncode == 2
    assert b"usage: askspace" in result.stderr
    assert b"Traceback" not in result.stderr


def test_check_with_question_is_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = ask(capsys, "--check", "hello")
    assert (code, out) == (2, "")
    assert err == "askspace: --check and --export-knowledge take no question\n"


def test_help_lists_examples(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--help"])
    out = capsys.readouterr().out
    assert exc.value.code == 0
    assert "askspace --json \"When did the Soviets land their first probe on the Moon?\"" in out


def test_every_option_is_in_the_readme() -> None:
    from askspace.cli import build_parser

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    options = [o for a in build_parser()._actions for o in a.option_strings if o.startswith("--")]
    missing = [o for o in options if o not in readme]
    assert missing == []


def test_json_output(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = ask(capsys, "--json", "When did Luna 9 land?")
    obj = json.loads(out)
    assert code == 0
    assert obj["understood"] is True
    assert obj["intent"] == "mission_when"
    assert obj["facts"][0]["id"] == "luna-9"
    assert obj["facts"][0]["landing_date"] == "1966-02-03"
    assert obj["sources"][0]["url"].startswith("https://nssdc.gsfc.nasa.gov/")
    assert obj["as_of"] == "2025-12-31"
    assert obj["entities"] == [{"kind": "mission", "id": "luna-9", "text": "luna 9"}]


def test_stdin_mode_one_answer_per_line_with_blank_line(capsys: pytest.CaptureFixture[str]) -> None:
    result = run(stdin=b"When did the US land on the Moon?\n\n   \nand on Mars?\n")
    assert result.returncode == 0
    blocks = result.stdout.decode().split("\n\n")
    assert len(blocks) == 3 and blocks[2] == ""
    assert blocks[0].startswith("The United States first landed people on the Moon with Apollo 11")
    assert blocks[1].startswith("The United States first soft-landed on Mars with Viking 1 on "
                                "20 July 1976")
    assert all("\n\n" not in b for b in blocks)


def test_stdin_invalid_utf8_and_controls() -> None:
    data = b"\xff\xfe bad bytes\n\x1b[2J\x1b]0;title\x07When did Luna 9 land?\n"
    result = run(stdin=data)
    out = result.stdout.decode()
    assert result.returncode == 0
    assert out.startswith("That line is not valid UTF-8 text; please send questions as UTF-8.\n\n"
                          "Luna 9 launched on 31 January 1966[1]")
    assert "\x1b" not in out and "\x07" not in out
    assert b"Traceback" not in result.stderr


def test_huge_and_empty_input(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = ask(capsys, "moon " * 20000)
    assert code == 1
    assert out == ("That question is too long (100,000 characters); please ask in at most "
                   "1,000 characters.\n")
    code, out, err = ask(capsys, "   ")
    assert (code, out) == (2, "")
    assert err == "askspace: the question is empty; ask something, for example askspace \"When did Luna 9 land?\"\n"


def test_broken_pipe_is_quiet() -> None:
    proc = subprocess.run(
        f"{sys.executable} -m askspace --export-knowledge | head -c 10",
        shell=True, capture_output=True, timeout=60, check=False)
    assert proc.stdout == b'{\n  "as_of'  # the first ten bytes of the export object
    assert b"Traceback" not in proc.stderr and b"BrokenPipe" not in proc.stderr


def test_export_knowledge_famous_words_and_accidents(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = ask(capsys, "--export-knowledge")
    exported = json.loads(out)
    assert code == 0
    assert list(exported) == ["as_of", "missions", "people", "agencies", "rockets", "first_satellites",
                              "famous_words", "accidents", "history", "topics", "spacewalks", "craft", "programs",
                              "astronaut_groups", "crewed_flights", "propellants", "engines", "places",
                              "mission_places", "explainers", "satellite_systems", "notes"]
    words = {s["id"]: s for s in exported["famous_words"]}
    assert words["apollo-13-problem"]["speakers"] == ["jack-swigert", "jim-lovell"]
    assert words["apollo-13-problem"]["variants"][0]["text"] == "Houston, we have a problem"
    accidents = {a["id"]: a for a in exported["accidents"]}
    assert accidents["apollo-1-fire"]["died"] == ["gus-grissom", "ed-white"]
    assert accidents["apollo-1-fire"]["died_names"] == ["Roger B. Chaffee"]
    assert accidents["apollo-1-fire"]["deaths"] == 3
    assert all(a["sources"] for a in exported["accidents"]) and all(s["sources"] for s in exported["famous_words"])


def test_non_utf8_locale_still_answers() -> None:
    result = run("When did Luna 9 land?", env={"LC_ALL": "C", "LANG": "C", "PYTHONIOENCODING": ""})
    assert result.returncode == 0
    assert result.stdout.startswith(b"Luna 9 launched on 31 January 1966")


def test_export_knowledge_fields(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = ask(capsys, "--export-knowledge")
    missions = json.loads(out)["missions"]
    assert code == 0
    required = {"id", "name", "aliases", "country", "agency", "target", "types", "launch_date",
                "landing_date", "outcome", "crew", "firsts", "sources"}
    assert all(required <= set(m) for m in missions)
    by_id = {m["id"]: m for m in missions}
    assert by_id["apollo-11"]["landing_date"] == "1969-07-20"
    assert all(m["sources"] for m in missions)


def test_export_knowledge_first_satellites(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = ask(capsys, "--export-knowledge")
    firsts = json.loads(out)["first_satellites"]
    assert code == 0
    by_state = {f["state"]: f for f in firsts}
    assert [f["state"] for f in firsts[:3]] == ["ussr", "usa", "uk"]  # by date: Sputnik 1, Explorer 1, Ariel 1
    assert by_state["uk"]["satellite"] == "Ariel 1" and by_state["uk"]["launched_by"] == "usa"
    assert by_state["uk"]["own_launch"]["satellite"] == "Prospero"
    assert by_state["france"]["own_rocket"] is True and by_state["france"]["own_launch"] is None
    assert by_state["ussr"]["mission"] == "sputnik-1"
    assert all(f["sources"] for f in firsts)
    assert sum(f["own_rocket"] or f["own_launch"] is not None for f in firsts) == 11


def test_export_knowledge_events(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = ask(capsys, "--export-knowledge")
    by_id = {m["id"]: m for m in json.loads(out)["missions"]}
    assert code == 0
    assert by_id["mir"]["events"] == [{
        "date": "2001-03-23", "kind": "deorbit", "place": "the South Pacific near Fiji",
        "note": "a controlled de-orbit; the surviving pieces fell at about 06:00 UTC"}]
    assert by_id["sts-71"]["events"][0] == {
        "date": "1995-06-29", "kind": "docking", "with": "mir",
        "note": "the first docking of a Space Shuttle (Atlantis) with a space station"}
    assert by_id["luna-9"]["events"] == []


def test_export_knowledge_people_with_their_flights(capsys: pytest.CaptureFixture[str]) -> None:
    import jsonschema

    code, out, _ = ask(capsys, "--export-knowledge")
    exported = json.loads(out)
    schema = json.loads((Path(__file__).resolve().parents[1] / "schemas" / "knowledge.schema.json")
                        .read_text(encoding="utf-8"))
    jsonschema.validate(exported, schema)
    people = {p["id"]: p for p in exported["people"]}
    assert code == 0 and len(people) == 775
    whitson = people["peggy-whitson"]  # a later flight is listed with its date, not counted to counted_to
    assert (whitson["flight_count"], whitson["counted_to"]) == (3, "2020-01-15")
    assert [(f["name"], f["launch_date"]) for f in whitson["flights"][3:]] == [
        ("Axiom Mission 2", "2023-05-21"), ("Axiom Mission 4", "2025-06-25")]
    glenn = people["john-glenn"]
    assert [(f["name"], f["launch_date"], f["role"]) for f in glenn["flights"]] == [
        ("MA-6", "1962-02-20", "pilot"), ("STS-95", "1998-10-29", "payload specialist")]
    assert glenn["flight_count"] == 2 and glenn["flights"][0]["mission"] == "mercury-atlas-6"
    scobee = people["dick-scobee"]["flights"]  # the launch that never reached space is listed, and marked
    assert [(f["name"], f["reached_space"]) for f in scobee] == [("STS-41-C", True), ("STS-51-L", False)]
    walker = people["joe-walker"]["flights"]  # suborbital flights say which line they crossed
    assert [(f["name"], f["line"], f["above_100km"]) for f in walker] == [
        ("X-15 Flight 77", "80km", False), ("X-15 Flight 90", "100km", True), ("X-15 Flight 91", "100km", True)]
    assert (glenn["flights"][0]["line"], glenn["flights"][0]["above_100km"]) == (None, True)


def test_export_knowledge_agencies_and_rockets(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = ask(capsys, "--export-knowledge")
    data = json.loads(out)
    assert code == 0
    agencies = {g["id"]: g for g in data["agencies"]}
    rockets = {r["id"]: r for r in data["rockets"]}
    assert agencies["nasa"]["founded"] == "1958-07-29" and agencies["nasa"]["predecessors"] == ["naca"]
    assert agencies["isro"]["full_name"] == "Indian Space Research Organisation"
    assert rockets["saturn-v"]["builder"] == "nasa" and rockets["saturn-v"]["first_flight"] == "1967-11-09"
    assert "apollo-11" in rockets["saturn-v"]["launched"]
    by_id = {m["id"]: m for m in data["missions"]}
    assert by_id["mariner-4"]["rocket"] == "atlas"
    assert all(g["sources"] for g in data["agencies"]) and all(r["sources"] for r in data["rockets"])


def test_an_intent_with_the_default_needs_and_params_pickles() -> None:
    """The cache pickles the bot's intents: an intent built without needs or params must pickle too."""
    import pickle

    from askspace.intents import Intent

    intent = pickle.loads(pickle.dumps(Intent("x", "h", "d", 1, ())))
    assert (dict(intent.needs), dict(intent.params)) == ({}, {})
