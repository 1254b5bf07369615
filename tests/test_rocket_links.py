"""Rockets linked to their makers, pads, stages, countries and first flights; engines' expansion ratio and chamber
pressure (rocket_select, pad_makers, engine_rank, the heaviest rocket, rocket clues by maker and pad)."""

from __future__ import annotations

import pytest

from askspace.bot import Bot
from askspace.rocketlinks import check_rocket_links

ANSWERS = [
    ('Which rockets have four stages?', True,
     'Three of the 65 rockets in my records have four stages: the Juno I, the Molniya rocket and the '
     'PSLV[1][2][3].\nCounted: the 65 launch vehicles of my records (a selection, not every rocket eve'
     'r flown), each entry once with its versions, with the stages as their sources number them.\nSour'
     'ces:\n[1] Wikipedia: Juno I, https://en.wikipedia.org/wiki/Juno_I\n[2] Wikipedia: Molniya (rocket'
     '), https://en.wikipedia.org/wiki/Molniya_(rocket)\n[3] ISRO: PSLV, https://www.isro.gov.in/PSLV_'
     'CON.html'),
    ('Which rockets come from the United Kingdom?', True,
     'One of the 65 rockets in my records comes from the United Kingdom: the Black Arrow[1].\nCounted:'
     ' the 65 launch vehicles of my records (a selection, not every rocket ever flown), each entry on'
     'ce with its versions.\nSources:\n[1] Wikipedia: Black Arrow, https://en.wikipedia.org/wiki/Black_'
     'Arrow'),
    ('which rocket had its maiden flight on 06/09/1984?', True,
     'One of the 65 rockets in my records first flew on 9 June 1984 or 6 September 1984: the Atlas G '
     '(9 June 1984)[1].\nCounted: the 65 launch vehicles of my records (a selection, not every rocket '
     'ever flown), each entry once with its versions.\nSources:\n[1] Wikipedia: Atlas G, https://en.wik'
     'ipedia.org/wiki/Atlas_G'),
    ('Which rockets did Boeing make?', True,
     'Five of the 65 rockets in my records were built by Boeing (or a stage of them): the Delta II, t'
     'he Delta III, the Delta IV, the Saturn V and the Space Launch System[1][2][3][4][5].\nCounted: t'
     'he 65 launch vehicles of my records (a selection, not every rocket ever flown), each entry once'
     ' with its versions.\nSources:\n[1] Wikipedia: Delta II, https://en.wikipedia.org/wiki/Delta_II\n[2'
     '] Wikipedia: Delta III, https://en.wikipedia.org/wiki/Delta_III\n[3] Wikipedia: Delta IV, https:'
     '//en.wikipedia.org/wiki/Delta_IV\n[4] Wikipedia: Saturn V, https://en.wikipedia.org/wiki/Saturn_'
     'V\n[5] Wikipedia: Space Launch System, https://en.wikipedia.org/wiki/Space_Launch_System'),
    ('which company made the rockets that were launched at the space launch complex 40?', True,
     'The rockets of my records launched from Space Launch Complex 40 at Cape Canaveral Space Force S'
     'tation were built by SpaceX (the Falcon 9), Martin Marietta (the Titan) and Lockheed Martin (th'
     'e Titan)[1][2][3].\nCounted: the two rockets of my records that flew from Space Launch Complex 4'
     '0 at Cape Canaveral Space Force Station or a pad in it (a pad their records name, or the launch'
     ' site of one of their missions in my records); a builder is the agency or company that designed'
     ' or built a rocket or one of its stages. My records hold a selection of rockets, not every one '
     'that flew there.\nSources:\n[1] Wikipedia: Falcon 9, https://en.wikipedia.org/wiki/Falcon_9\n[2] L'
     'os Angeles Times (AP): Titan rocket, a heavy lifter for the U.S., gets last big send-off (22 Oc'
     'tober 2005), http://articles.latimes.com/2005/oct/22/science/sci-titan22\n[3] Wikipedia: Cape Ca'
     'naveral Space Launch Complex 40, https://en.wikipedia.org/wiki/Cape_Canaveral_Space_Launch_Comp'
     'lex_40'),
    ('Which companies launched rockets from Omelek Island?', False,
     'My records say who built the rockets launched from Omelek Island, not which companies operated '
     'their launches.'),
    ('what is the heaviest rocket?', True,
     'The heaviest rocket at lift-off in my records is the Starship: it weighs 5,000,000 kg (5,000 to'
     'nnes) at lift-off, fuelled[1].\nCounted: the 8 rockets of my records that have a mass at lift-of'
     'f; next: the Saturn V (2,970,000 kg (2,970 tonnes)), the N1 (2,750,000 kg (2,750 tonnes)) and t'
     'he Space Launch System (2,610,000 kg (2,610 tonnes)).\nFigures for the first version of the stac'
     "k (the later one is about 123 m tall); the thrust is that of the Super Heavy's 33 Raptor 2 engi"
     'nes.\nSources:\n[1] Wikipedia: SpaceX Starship, https://en.wikipedia.org/wiki/SpaceX_Starship'),
    ('which bipropellant rocket engine has the maximum expansion ratio?', True,
     'Of the engines of my records, the RL10 has the highest expansion ratio: 280:1[1][2].\nThe expans'
     "ion ratio is the RL10B-2's, with its extendable nozzle (280:1); the RL10A versions have 84:1.\nC"
     'ounted: the six liquid-fuel engines of my records whose expansion ratio their sources give (n'
     'ot every engine ever built); next: the Vinci engine (240:1), the RS-25 (69:1) and the RD-180 (3'
     '6.87:1).\nSources:\n[1] NASA Spinoff 2018: Original Cryogenic Engine Still Powers Exploration, De'
     'fense, Industry, https://spinoff.nasa.gov/Spinoff2018/t_3.html\n[2] Wikipedia: RL10, https://en.'
     'wikipedia.org/wiki/RL10'),
    ('What is the chamber pressure of the RL10?', False,
     "My records do not have the RL10's chamber pressure."),
    ('Which rocket first flew on 30 February 1990?', False,
     'I can list the rockets of my records by their number of stages, their country, who built them o'
     'r the date or year of their first flight, but not that.'),
    ("This British rocket was launched from Woomera's Launch Area 5", True,
     'The Black Arrow[1][2] (built by Saunders-Roe and first flown 28 June 1969).\nSources:\n[1] Wikipe'
     'dia: Black Arrow, https://en.wikipedia.org/wiki/Black_Arrow\n[2] Powerhouse Museum: Rocketing aw'
     'ay! (2010), https://maas.museum/inside-the-collection/2010/11/26/rocketing-away/'),
    ('What is the chamber pressure of the RD-180?', True,
     "The RD-180's chamber pressure is 26.7 MPa (267 bar, 3,873 psi)[1][2].\nIt held the record for ch"
     'amber pressure (26.7 MPa) until an early Raptor passed it in a test of February 2019 (MIT Techn'
     'ology Review).\nSources:\n[1] Wikipedia: RD-180, https://en.wikipedia.org/wiki/RD-180\n[2] MIT Tec'
     'hnology Review: Can SpaceX and Blue Origin best a decades-old Russian rocket engine design? (20'
     '19), https://www.technologyreview.com/s/613744/spacex-blue-origin-russian-rd180-rocket-engine-d'
     'esign/'),
    ('Which companies from the Soviet Union built rockets?', True,
     'The rockets of my records that come from the Soviet Union were built by OKB-1 (the Luna rocket,'
     ' the Molniya rocket, the N1, the R-7, the Soyuz rocket, the Sputnik rocket, the Voskhod rocket '
     'and the Vostok rocket), TsSKB-Progress (the Molniya rocket, the Soyuz rocket, the Voskhod rocke'
     't and the Vostok rocket), OKB-52 (the Proton), Khrunichev (the Proton), Yuzhnoye Design Bureau '
     '(the Zenit) and Yuzhmash (the Zenit)[1][2][3][4][5][6][7][8][9][10].\nCounted: the ten rockets o'
     'f my records that come from the Soviet Union; a builder is the agency or company that designed '
     'or built a rocket or one of its stages (my records hold a selection of rockets, not every one e'
     'ver flown).\nSources:\n[1] Wikipedia: Luna (rocket), https://en.wikipedia.org/wiki/Luna_(rocket)\n'
     '[2] Wikipedia: Molniya (rocket), https://en.wikipedia.org/wiki/Molniya_(rocket)\n[3] Wikipedia: '
     'N1 (rocket), https://en.wikipedia.org/wiki/N1_(rocket)\n[4] Wikipedia: Proton (rocket family), h'
     'ttps://en.wikipedia.org/wiki/Proton_(rocket_family)\n[5] Wikipedia: R-7 Semyorka, https://en.wik'
     'ipedia.org/wiki/R-7_Semyorka\n[6] Wikipedia: Soyuz (rocket family), https://en.wikipedia.org/wik'
     'i/Soyuz_(rocket_family)\n[7] Wikipedia: Sputnik (rocket), https://en.wikipedia.org/wiki/Sputnik_'
     '(rocket)\n[8] Wikipedia: Voskhod (rocket), https://en.wikipedia.org/wiki/Voskhod_(rocket)\n[9] Wi'
     'kipedia: Vostok (rocket family), https://en.wikipedia.org/wiki/Vostok_(rocket_family)\n[10] Wiki'
     'pedia: Zenit (rocket family), https://en.wikipedia.org/wiki/Zenit_(rocket_family)'),
]


ANSWERS += [
    ("Which spaceports does Roscosmos run?", True,
     "Roscosmos runs two of the launch sites in my records: the Baikonur Cosmodrome and the Vostochny Cosmodrome[1][2]."
     "\nCounted: the places of my records (notable ones only) whose operator is Roscosmos; a pad is counted apart "
     "from its site.\nSources:\n[1] Wikipedia: Baikonur Cosmodrome, https://en.wikipedia.org/wiki/Baikonur_Cosmodrome"
     "\n[2] Wikipedia: Vostochny Cosmodrome, https://en.wikipedia.org/wiki/Vostochny_Cosmodrome"),
    ("Which launch sites does ESA control?", False,
     "My records name none of the launch sites they hold as run by ESA."),
    ("What are the other launch sites of the rockets launched from Launch Complex 5?", True,
     "The rockets of my records launched from Launch Complex 5 at Cape Canaveral Space Force Station also flew from "
     "these places: the Redstone: Launch Complex 26[1].\nCounted: the places of their records (their pads, and the "
     "launch sites of their missions and of their family's missions in my records); my records hold notable launches "
     "only.\nSources:\n[1] Wikipedia: PGM-11 Redstone, https://en.wikipedia.org/wiki/PGM-11_Redstone"),
]


@pytest.mark.parametrize(("question", "understood", "answer"), ANSWERS, ids=[a[0] for a in ANSWERS])
def test_rocket_link_answers(bot: Bot, question: str, understood: bool, answer: str) -> None:
    got = bot.session().ask(question)
    assert (got.text, got.understood) == (answer, understood)


def test_every_manufacturer_and_pad_is_checked(bot: Bot) -> None:
    """An unknown agency among a rocket's manufacturers, and a pad that is no launch place, are reported."""
    rocket = bot.kb.rockets["falcon-1"]
    bad = rocket._replace(manufacturers=("acme",), pads=("jpl", "nowhere"))
    errors: list[tuple[str, str]] = []
    check_rocket_links({"falcon-1": (bad, "rockets[falcon-1]")}, {}, {k: (v, "") for k, v in bot.kb.places.items()},
                       lambda where, what: errors.append((where, what)))
    assert [w for w, _ in errors] == ["rockets[falcon-1].manufacturers[0]", "rockets[falcon-1].pads[0]",
                                      "rockets[falcon-1].pads[1]"]
    assert "is a centre, not a launch site or pad" in errors[1][1]


def test_the_export_has_makers_pads_mass_and_engine_figures(bot: Bot) -> None:
    from askspace.wholeexport import export_knowledge

    data = export_knowledge(bot.kb)
    rockets = {r["id"]: r for r in data["rockets"]}
    assert rockets["saturn-v"]["manufacturers"] == ["boeing", "north-american", "douglas"]
    assert rockets["zenit"]["pads"] == ["baikonur-site-45"] and rockets["n1"]["mass_kg"] == 2750000.0
    engines = {e["id"]: e for e in data["engines"]}
    assert (engines["rd-180"]["expansion_ratio"], engines["rd-180"]["chamber_pressure_mpa"]) == (36.87, 26.7)
