"""Rocket engines, propellants and rocket figures (issue 13): validation, export, whole answers, clues."""

from __future__ import annotations

from pathlib import Path

import pytest

from askspace.bot import Bot
from askspace.wholeexport import export_knowledge
from tests.test_data_errors import run_check

BROKEN = """\
propellants:
  - {id: lox, name: liquid oxygen, role: oxidizer, sources: [{title: "A book", ref: "p. 1"}]}
  - {id: goo, name: goo, role: sauce, sources: [{title: "A book", ref: "p. 1"}]}
engines:
  - id: e1
    name: E-1
    builder: nobody
    state: narnia
    fuel: [lox]
    oxidizer: [kerosene]
    status: in-use
    status_year: 1999
    thrust_sl_kn: -5
    used_on:
      - {rocket: moon-rocket, stage: first, count: 5}
      - {rocket: moon-rocket, stage: first, count: 2}
      - {rocket: moon-rocket, stage: zeroth}
    sources: [{title: "A book", ref: "p. 1"}]
  - id: e2
    name: E-2
    fuel: [lox]
    oxidizer: [lox]
    status: retired
    first_flight: 2030-01-01
    sources: []
"""


def test_every_problem_of_engines_is_reported(small_data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (small_data / "knowledge" / "engines.yaml").write_text(BROKEN, encoding="utf-8")
    code, out, err = run_check(small_data, capsys)
    assert (code, out) == (2, "")
    where = "  knowledge/engines.yaml: "
    assert err.splitlines()[1:] == [
        f"{where}engines[e1].builder: unknown agency 'nobody' (see knowledge/agencies.yaml)",
        f"{where}engines[e1].fuel[0]: 'lox' is a propellant of role oxidizer, not fuel",
        f"{where}engines[e1].oxidizer[0]: unknown propellant 'kerosene' (see propellants: in knowledge/engines.yaml)",
        f"{where}engines[e1].state: unknown state 'narnia' (see states.yaml)",
        f"{where}engines[e1].status_year: a status year is the year it was retired or cancelled (status retired)",
        f"{where}engines[e1].thrust_sl_kn: expected a thrust in kilonewtons (a number above 0), got int -5",
        f"{where}engines[e1].used_on[0].rocket: unknown rocket 'moon-rocket' (see knowledge/rockets.yaml)",
        f"{where}engines[e1].used_on[1]: moon-rocket first stage is listed twice; give it once",
        f"{where}engines[e1].used_on[1].rocket: unknown rocket 'moon-rocket' (see knowledge/rockets.yaml)",
        f"{where}engines[e1].used_on[2].stage: 'zeroth' is not one of: first, second, third, fourth, fifth, boosters",
        f"{where}engines[e2].sources: needs at least one source",
        f"{where}propellants[goo].role: 'sauce' is not one of: fuel, oxidizer",
    ]


def test_the_export_has_engines_propellants_and_rocket_figures(bot: Bot) -> None:
    data = export_knowledge(bot.kb)
    engines = {e["id"]: e for e in data["engines"]}
    f1 = engines["f-1"]
    assert (f1["builder"], f1["fuel"], f1["oxidizer"], f1["cycle"], f1["thrust_sl_kn"], f1["first_flight"]) == \
        ("rocketdyne", ["kerosene"], ["lox"], "gas-generator", 6770.0, "1967-11-09")
    assert f1["used_on"] == [{"rocket": "saturn-v", "stage": "first", "count": 5, "stage_name": "S-IC"}]
    assert engines["rd-100"]["first_flight"] == 1948 and engines["rd-100"]["status"] == "retired"
    assert {p["id"] for p in data["propellants"]} >= {"lox", "lh2", "kerosene", "udmh", "n2o4", "nitric-acid"}
    rockets = {r["id"]: r for r in data["rockets"]}
    assert (rockets["saturn-v"]["stages"], rockets["saturn-v"]["height_m"], rockets["n1"]["height_m"]) == \
        (3, 110.6, 105.3)
    assert len(engines) >= 60


def test_every_rocket_family_has_an_engine_or_is_solid(bot: Bot) -> None:
    """Every rocket of the records whose engines are liquid-fuelled has at least one engine entry."""
    used = {u.rocket for e in bot.kb.engines.values() for u in e.used_on}
    solid_or_unsourced = {"juno-1", "juno-2", "redstone", "spaceshipone", "spaceshiptwo", "minotaur-v", "athena-ii",
                          "m-v", "m-3sii", "titan", "diamant", "black-arrow", "atlas-g",
                          "atlas-ii"}  # solid rockets, rocket planes, or engines not yet entered
    assert set(bot.kb.rockets) - used <= solid_or_unsourced


ANSWERS = [
    ('What fuel does the Merlin use?', True,
     'The Merlin burns kerosene (RP-1) with liquid oxygen[1].\nSources:\n[1] Wikipedia: SpaceX Merlin, '
     'https://en.wikipedia.org/wiki/SpaceX_Merlin'),
    ('Who makes the RD-180?', True,
     'The RD-180 is designed and built by NPO Energomash[1][2].\nSources:\n[1] Wikipedia: RD-180, '
     'https://en.wikipedia.org/wiki/RD-180\n[2] MIT Technology Review: Can SpaceX and Blue Origin best a '
     'decades-old Russian rocket engine design? (2019), '
     'https://www.technologyreview.com/s/613744/spacex-blue-origin-russian-rd180-rocket-engine-design/'),
    ('Is the RD-100 still in use?', True,
     'No: the RD-100 is retired[1][2].\nIt powered the R-1 missile.\nSources:\n[1] Wikipedia: RD-100, '
     'https://en.wikipedia.org/wiki/RD-100\n[2] Wikipedia (German): RD-100, '
     'https://de.wikipedia.org/wiki/RD-100'),
    ('What engine powered the first stage of the Saturn V?', True,
     "Five F-1s (Rocketdyne, burning kerosene (RP-1) with liquid oxygen)[1][2] powered the Saturn V's "
     'first stage (S-IC).\nSources:\n[1] Wikipedia: Rocketdyne F-1, '
     'https://en.wikipedia.org/wiki/Rocketdyne_F-1\n[2] Wikipedia: Saturn V, '
     'https://en.wikipedia.org/wiki/Saturn_V'),
    ('How many stages did the Saturn V have?', True,
     'The Saturn V had three stages[1][2].\nSources:\n[1] Wikipedia: Saturn V, '
     'https://en.wikipedia.org/wiki/Saturn_V\n[2] Space.com: Apollo: how NASA astronauts went to the '
     'Moon (2019), https://www.space.com/apollo-how-nasa-astronauts-went-to-moon.html'),
    ('How tall was the N1?', True,
     'The N1 was 105.3 metres (345 feet) tall[1][2].\nFigures as Wikipedia gives them; Guinness World '
     "Records gives the first stage's thrust at lift-off as 45,250 kN.\nSources:\n[1] Wikipedia: N1 "
     '(rocket), https://en.wikipedia.org/wiki/N1_(rocket)\n[2] Encyclopedia Astronautica: N1, '
     'http://www.astronautix.com/n/n1.html'),
    ('Which rockets use the RS-25?', True,
     "The RS-25 powers the Space Shuttle's first stage, the orbiter's main engines, fed from the "
     "external tank (three engines) and the Space Launch System's first stage, the core stage (four "
     'engines)[1].\nSources:\n[1] Wikipedia: RS-25, https://en.wikipedia.org/wiki/RS-25'),
    ('Which rocket engine uses nitric acid as an oxidizer?', True,
     'Five engines in my records use nitric acid as oxidizer: the RD-214 (NPO Energomash; the R-12 '
     'missile)[1], the RD-216 (NPO Energomash; the R-14 missile)[2], the AJ10 (Aerojet; Vanguard '
     'rocket, Thor-Able and Delta)[3], the Bell 8096 (Bell Aerosystems; Atlas)[4] and the YF-2A '
     '(CASC; Long March)[5].\nCounted: the 71 liquid-fuel rocket engines of my records (not every '
     'engine ever built), each once for all its versions, that use nitric acid as '
     'oxidizer.\nSources:\n[1] Wikipedia: RD-214, https://en.wikipedia.org/wiki/RD-214\n[2] Wikipedia: '
     'RD-216, https://en.wikipedia.org/wiki/RD-216\n[3] Wikipedia: AJ10, '
     'https://en.wikipedia.org/wiki/AJ10\n[4] Wikipedia: Bell XLR81, '
     'https://en.wikipedia.org/wiki/Bell_XLR81\n[5] Wikipedia: Long March 1, '
     'https://en.wikipedia.org/wiki/Long_March_1'),
    ("Which engines did Kuznetsov's bureau design?", True,
     "Three engines in my records were designed by Kuznetsov Design Bureau (Kuznetsov's bureau): the "
     'NK-15 (Kuznetsov Design Bureau; N1)[1][2], the NK-15V (Kuznetsov Design Bureau; N1)[1][2] and '
     'the NK-33 (Kuznetsov Design Bureau; Antares 100 (as the Aerojet AJ26))[3].\nCounted: the 71 '
     'liquid-fuel rocket engines of my records (not every engine ever built), each once for all its '
     "versions, that were designed by Kuznetsov Design Bureau (Kuznetsov's bureau).\nSources:\n[1] "
     'Wikipedia: NK-15, https://en.wikipedia.org/wiki/NK-15\n[2] Wikipedia: N1 (rocket), '
     'https://en.wikipedia.org/wiki/N1_(rocket)\n[3] Wikipedia: NK-33, '
     'https://en.wikipedia.org/wiki/NK-33'),
    ('What is the development status of the Merlin 1C?', False,
     "My records have the Merlin 1C as a version of the Merlin; they do not give that version's own "
     'status, first flight, thrust or cycle.'),
    ('This Rocketdyne engine, five of which powered the Saturn V first stage', True,
     "The F-1 (Rocketdyne): the Saturn V's first stage, S-IC (five engines)[1][2].\nSources:\n[1] "
     'Wikipedia: Rocketdyne F-1, https://en.wikipedia.org/wiki/Rocketdyne_F-1\n[2] Wikipedia: Saturn '
     'V, https://en.wikipedia.org/wiki/Saturn_V'),
    ('Which engine did Pratt & Whitney build for the Saturn V?', True,
     "None of the Saturn V's engines in my records was designed or built by Pratt & Whitney: they are "
     'the F-1 and J-2[1][2][3].\nSources:\n[1] Wikipedia: Rocketdyne F-1, '
     'https://en.wikipedia.org/wiki/Rocketdyne_F-1\n[2] Wikipedia: Saturn V, '
     'https://en.wikipedia.org/wiki/Saturn_V\n[3] Wikipedia: Rocketdyne J-2, '
     'https://en.wikipedia.org/wiki/Rocketdyne_J-2'),
    ('What is the thrust of the F-1?', True,
     'The F-1 gave a thrust of 6,770 kN (about 1,522,000 lbf) at sea level and 7,770 kN (about '
     '1,747,000 lbf) in vacuum[1][2].\nSources:\n[1] Wikipedia: Rocketdyne F-1, '
     'https://en.wikipedia.org/wiki/Rocketdyne_F-1\n[2] Wikipedia: Saturn V, '
     'https://en.wikipedia.org/wiki/Saturn_V'),
    ('Where was the F-1 built?', False,
     'My records of the F-1 say what it burns, who made it, its cycle, thrust, first flight, status '
     'and the rockets it powered; not that.'),
    ("How tall was the Saturn V's third stage?", False,
     "My records have the Saturn V's figures as a whole rocket (height, diameter, lift-off thrust, "
     'payload) and the engines of each stage, not the figures of one stage.'),
    ('rocket engines designed by tom mueller use what fuel?', True,
     'One engine in my records was designed by Tom Mueller: the Merlin, burning kerosene (RP-1) with '
     'liquid oxygen[1].\nCounted: the 71 liquid-fuel rocket engines of my records (not every engine '
     'ever built), each once for all its versions, that were designed by Tom Mueller.\nSources:\n[1] '
     'Wikipedia: SpaceX Merlin, https://en.wikipedia.org/wiki/SpaceX_Merlin'),
    ('which rocket engine uses kerosene and nitrogen tetroxide?', False,
     'None of the rocket engines in my records burns kerosene and uses nitrogen tetroxide as oxidizer.'),
    ('What engines did the Mercury-Atlas use?', False,
     'My records have the Mercury Atlas as a version of a rocket family; they do not give that '
     "version's own stages, figures or engines."),
]


@pytest.mark.parametrize(("question", "understood", "answer"), ANSWERS, ids=[q for q, _, _ in ANSWERS])
def test_engine_and_rocket_answers(bot: Bot, question: str, understood: bool, answer: str) -> None:
    got = bot.session().ask(question)
    assert (got.text, got.understood) == (answer, understood)
