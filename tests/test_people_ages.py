"""Birth dates and ages at launch of the later people: an age is counted from a full birth date and a dated
launch, a mission of the records or a flight the person's entry dates; a birth year alone gives no age."""

from __future__ import annotations

import pytest
import yaml

from askspace import launchages
from askspace.bot import Bot
from askspace.knowledge import default_data_dir

FILES = ("flown_2020s_orbital", "flown_suborbital", "not_in_astronaut_db")


@pytest.mark.parametrize(("question", "answer"), [
    ("How old was Jessica Watkins when she flew?",
     "Jessica Watkins was aged 33 on SpaceX Crew-4 (launched 27 April 2022)[1]; born 14 May 1988[2].\n"
     "Sources:\n"
     "[1] SpaceX Crew-4 (Wikipedia), https://en.wikipedia.org/wiki/SpaceX_Crew-4\n"
     "[2] Jessica Watkins (Wikipedia), https://en.wikipedia.org/wiki/Jessica_Watkins"),
    ("How old was Marcus Wandt when he flew?",
     "My records give only the year of Marcus Wandt's birth, 1980[1], so I cannot give his exact age on "
     "Axiom Mission 3 (launched 18 January 2024)[2].\n"
     "Sources:\n"
     "[1] Marcus Wandt (Wikipedia), https://en.wikipedia.org/wiki/Marcus_Wandt\n"
     "[2] Axiom Mission 3 (Wikipedia), https://en.wikipedia.org/wiki/Axiom_Mission_3"),
    ("Who is the oldest person to have flown to space?",
     "The oldest person to fly in space in my records was Ed Dwight, aged 90, on Blue Origin NS-25 (a "
     "suborbital flight, above 100 km), 19 May 2024[1][2][3].\n"
     "The oldest to fly in orbit was John Glenn, aged 77, on STS-95, 29 October 1998[4][5].\n"
     "Counted: age on the launch day, for the 117 of the 440 people with a dated flight in my records "
     "(the crews of my mission records and the flights people's entries date) whose full date of birth I "
     "have; a suborbital flight counts when it crossed the US 80 km (50-mile) line.\n"
     "Sources:\n"
     "[1] Blue Origin NS-25 (Wikipedia), https://en.wikipedia.org/wiki/Blue_Origin_NS-25\n"
     "[2] The Daily Star: Meet the astronaut who waited 60 years for his voyage to space (Ed Dwight, "
     "NS-25), "
     "https://www.thedailystar.net/tech-startup/news/meet-the-astronaut-who-waited-60-years-voyage-space-3615291\n"
     "[3] Ed Dwight (Wikipedia), https://en.wikipedia.org/wiki/Ed_Dwight\n"
     "[4] NSSDCA Master Catalog: STS-95, "
     "https://nssdc.gsfc.nasa.gov/nmc/spacecraft/display.action?id=1998-064A\n"
     "[5] John Glenn (Wikipedia), https://en.wikipedia.org/wiki/John_Glenn"),
    ("How old was Peggy Whitson on her last flight?",
     "Peggy Whitson was aged 63 on Axiom Mission 2 (launched 21 May 2023)[1] and 65 on Axiom Mission 4 "
     "(launched 25 June 2025)[2]; born 9 February 1960[3].\n"
     "My records have only the years of Peggy Whitson's other flights (STS-111, 2002, Soyuz TMA-11, 2007 "
     "and Soyuz MS-03, 2016), so no age on them.\n"
     "Sources:\n"
     "[1] Axiom Mission 2 (Wikipedia), https://en.wikipedia.org/wiki/Axiom_Mission_2\n"
     "[2] Axiom Mission 4 (Wikipedia), https://en.wikipedia.org/wiki/Axiom_Mission_4\n"
     "[3] Peggy Whitson (Wikipedia), https://en.wikipedia.org/wiki/Peggy_Whitson"),
])
def test_answers(bot: Bot, question: str, answer: str) -> None:
    assert bot.session().ask(question).text == answer


def test_the_age_records_count_the_flights_the_entries_date(bot: Bot) -> None:
    kb = bot.kb
    aged = launchages.launches(kb)
    dated = [x for x in aged if x.mission is None]
    assert ("Peggy Whitson", "Axiom Mission 4", 65) in [(x.name, x.label, x.age) for x in dated]
    assert launchages.pick([x for x in aged if x.orbital], oldest=True).name == "John Glenn"
    assert launchages.pick(aged, oldest=False).name == "Oliver Daemen"


def test_a_birth_year_alone_gives_no_age(bot: Bot) -> None:
    wandt = bot.kb.people["marcus-wandt"]
    assert (wandt.born, wandt.born_year) == (None, 1980)
    assert [x.label for x in launchages.of_person(bot.kb, wandt)] == ["Axiom Mission 3"]
    assert "marcus-wandt" not in {x.person.id for x in launchages.launches(bot.kb)}


def test_each_added_date_cites_the_persons_own_page_last() -> None:
    """A full birth date's source is the entry's last one (persons.birth_source reads it there): not a flight's
    article. (A year alone may come from a crew's announcement: the Chinese crews' profiles give a month.)"""
    folder = default_data_dir() / "knowledge" / "people"
    for name in FILES:
        for p in yaml.safe_load((folder / f"{name}.yaml").read_text(encoding="utf-8"))["people"]:
            if isinstance(p.get("born"), str):  # a full date (a year alone is an int)
                flights = {f["name"] for f in p.get("flown", [])}
                assert not any(f in p["sources"][-1]["title"] for f in flights), p["id"]
