"""Two named people checked and compared (intents people_check and compare_people), and yes/no checks of
people on the Moon in a year and of deaths: whole answers, including a pair the records cannot settle."""

from __future__ import annotations

import pytest

from askspace.bot import Bot
from askspace.render import plain


@pytest.mark.parametrize(("question", "answer"), [
    ("Were both Ernst Messerschmid and Reinhold Ewald ESA astronauts?",
     "No, only Reinhold Ewald was an ESA astronaut: Ernst Messerschmid was never in ESA's "
     "astronaut corps[1][2]; Reinhold Ewald moved into ESA's astronaut corps from a national "
     "corps (from 1998)[1][2].\n"
     "Read from the astronaut groups: the group that selected each person, and a later move into "
     "ESA's corps where the sources list it.\n"
     "Sources:\n"
     "[1] Spacefacts: EAC-Auswahlen (European Astronaut Corps) 1998 bis 2002, "
     "http://www.spacefacts.de/groups/german/esa3.htm\n"
     "[2] World Spaceflight: European Astronaut Corps, "
     "https://www.worldspaceflight.com/europe/astronauts.php"),
    ("Are both Franz Viehböck and Pedro Duque Austrian?",
     "No, only Franz Viehbock was Austrian: Franz Viehbock flew for Austria[1]; Pedro Duque flew "
     "for Spain[1].\n"
     "Read from the states each person flew for in my records (a second citizenship is not "
     "recorded).\n"
     "Sources:\n"
     "[1] Astronaut database (Stavnichuk & Corlett 2020, CC BY 4.0), "
     "https://data.mendeley.com/datasets/86tsnnbv2w/1"),
    ("Is Pedro Duque Spanish?",
     "Yes: Pedro Duque flew for Spain[1].\n"
     "Read from the states each person flew for in my records (a second citizenship is not "
     "recorded).\n"
     "Sources:\n"
     "[1] Astronaut database (Stavnichuk & Corlett 2020, CC BY 4.0), "
     "https://data.mendeley.com/datasets/86tsnnbv2w/1"),
    ("Who is older, John Glenn or Alan Shepard?",
     "John Glenn is the older: John Glenn, born 18 July 1921[1]; Alan Shepard, born 18 November "
     "1923[2].\n"
     "Compared: the dates of birth in the people's entries.\n"
     "Sources:\n"
     "[1] John Glenn (Wikipedia), https://en.wikipedia.org/wiki/John_Glenn\n"
     "[2] Alan Shepard (Wikipedia), https://en.wikipedia.org/wiki/Alan_Shepard"),
    ("Between Klaus-Dietrich Flade and Jean-François Clervoy, which one has travelled to space more than once?",
     "Jean-François Clervoy flew to space more than once: Klaus-Dietrich Flade, one flight[1]; "
     "Jean-François Clervoy, three flights[1].\n"
     "Counted: flights that reached space, as the people's entries list them, and their later "
     "flights in my records.\n"
     "Sources:\n"
     "[1] Astronaut database (Stavnichuk & Corlett 2020, CC BY 4.0), "
     "https://data.mendeley.com/datasets/86tsnnbv2w/1"),
    ("Were there footprints on the moon in 1960?",
     "No: no one landed people on the Moon in 1960, in my records.\n"
     "The first time was Apollo 11, 20 July 1969[1].\n"
     "Sources:\n"
     "[1] NSSDCA Master Catalog: Apollo 11 Command and Service Module, "
     "https://nssdc.gsfc.nasa.gov/nmc/spacecraft/display.action?id=1969-059A"),
    ("Were both Franz Viehböck and Dirk Frimout ESA astronauts?",
     "I cannot tell: my records do not say whether Franz Viehbock was in ESA's astronaut corps "
     "and my records do not say whether David Frimout was in ESA's astronaut corps."),
    ("Was Claude Nicollier a NASA astronaut?",
     "No: Claude Nicollier was selected by ESA in ESA Astronaut Group 1978[1], and my records of "
     "NASA's corps do not list them.\n"
     "Read from the astronaut groups: the group that selected each person, and a later move into "
     "NASA's corps where the sources list it.\n"
     "Sources:\n"
     "[1] Wikipedia: European Astronaut Corps, "
     "https://en.wikipedia.org/wiki/European_Astronaut_Corps"),
    ("Has every astronaut survived their trip to space?",
     "No: 18 people died aboard flights to space in my records, in four accidents: the Soyuz 1 "
     "crash (1967, 1)[1][2], the Soyuz 11 depressurisation (1971, 3)[3][4], the Challenger "
     "disaster (STS-51-L, 1986, 7)[5][6] and the Columbia disaster (STS-107, 2003, 7)[7][8].\n"
     "They were Vladimir Komarov (the Soyuz 1 crash); Georgy Dobrovolsky, Vladislav Volkov and "
     "Viktor Patsayev (the Soyuz 11 depressurisation); Dick Scobee, Michael J. Smith, Ellison "
     "Onizuka, Judith Resnik, Ronald McNair, Gregory Jarvis and Christa McAuliffe (the "
     "Challenger disaster); Rick Husband, William McCool, Michael Anderson, Kalpana Chawla, "
     "David Brown, Laurel Clark and Ilan Ramon (the Columbia disaster).\n"
     "Above the Kármán line (100 km), only the Soyuz 11 depressurisation (3 dead); the others "
     "died below it, on launch, re-entry or landing.\n"
     "Counting rule: deaths of people aboard or at the accident, by the kind of accident (aboard "
     "flights launched toward space, test flights, training, ground). Not counted here: 2 in "
     "test flights, 7 in training and 156 on the ground (launch pads and ground tests).\n"
     "Sources:\n"
     "[1] Soyuz 1 (Wikipedia), https://en.wikipedia.org/wiki/Soyuz_1\n"
     "[2] Soyuz 1 (Encyclopedia Astronautica), http://www.astronautix.com/s/soyuz1.html\n"
     "[3] Soyuz 11 (Wikipedia), https://en.wikipedia.org/wiki/Soyuz_11\n"
     "[4] NSSDCA Master Catalog: Soyuz 11, "
     "https://nssdc.gsfc.nasa.gov/nmc/spacecraft/display.action?id=1971-053A\n"
     "[5] Report of the Presidential Commission on the Space Shuttle Challenger Accident (NASA "
     "History), https://history.nasa.gov/rogersrep/genindex.htm\n"
     "[6] Space Shuttle Challenger disaster (Wikipedia), "
     "https://en.wikipedia.org/wiki/Space_Shuttle_Challenger_disaster\n"
     "[7] Columbia Accident Investigation Board Report (NASA), "
     "https://www.nasa.gov/columbia/caib/html/start.html\n"
     "[8] Space Shuttle Columbia disaster (Wikipedia), "
     "https://en.wikipedia.org/wiki/Space_Shuttle_Columbia_disaster"),
    ("Did Michael Collins walk on the Moon?",
     "No: Michael Collins flew on Apollo 11 as Command Module Pilot and stayed in orbit[1]; Neil Armstrong and "
     "Buzz Aldrin walked on the Moon (landed 20 July 1969).\n"
     "Sources:\n"
     "[1] NSSDCA Master Catalog: Apollo 11 Command and Service Module, "
     "https://nssdc.gsfc.nasa.gov/nmc/spacecraft/display.action?id=1969-059A"),
    ("Did Buzz Aldrin fly on Apollo 12?",
     "No: Buzz Aldrin did not fly on Apollo 12 (launched 14 November 1969[1]); its crew was Pete Conrad, Richard "
     "Gordon and Alan Bean.\n"
     "Sources:\n"
     "[1] NSSDCA Master Catalog: Apollo 12, https://nssdc.gsfc.nasa.gov/nmc/spacecraft/display.action?id=1969-099A"),
])
def test_whole_answers(bot: Bot, question: str, answer: str) -> None:
    assert plain(bot.session().ask(question)).rstrip("\n") == answer
