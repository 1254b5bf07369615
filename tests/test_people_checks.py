"""Two named people checked and compared (intents people_check and compare_people), two missions checked on
one attribute (mission_pair, compare), people checked against crews, and yes/no checks of people on the Moon in a
year and of deaths: whole answers, including pairs the records cannot settle."""

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
    ("Were both Jim Lovell and Buzz Aldrin on Apollo 13?",
     "No, only Jim Lovell flew on Apollo 13: Jim Lovell as Commander; Buzz Aldrin did not "
     "(launched 11 April 1970[1]; its crew was Jim Lovell, Jack Swigert and Fred Haise).\n"
     "Sources:\n"
     "[1] NSSDCA Master Catalog: Apollo 13, "
     "https://nssdc.gsfc.nasa.gov/nmc/spacecraft/display.action?id=1970-029A"),
    ("Are both Spirit and Opportunity still working?",
     "No, neither: Spirit stopped working on 22 March 2010[1]; Opportunity stopped working on 10 "
     "June 2018[2].\n"
     "Sources:\n"
     "[1] NSSDCA Master Catalog: Mars Exploration Rover A (Spirit), "
     "https://nssdc.gsfc.nasa.gov/nmc/spacecraft/display.action?id=2003-027A\n"
     "[2] NSSDCA Master Catalog: Mars Exploration Rover B (Opportunity), "
     "https://nssdc.gsfc.nasa.gov/nmc/spacecraft/display.action?id=2003-032A"),
    ("Is the James Webb Space Telescope or the Hubble Space Telescope in orbit around Earth?",
     "Hubble Space Telescope, of the two, was in orbit around Earth: James Webb Space Telescope "
     "went beyond Earth orbit (its target: interplanetary space)[1]: a 6.5-metre infrared "
     "telescope with a folding segmented mirror and a five-layer sunshield, operating in a halo "
     "orbit around the Sun-Earth L2 point, 1.5 million km from Earth; Hubble Space Telescope was "
     "launched into orbit around Earth on 24 April 1990[2].\n"
     "Sources:\n"
     "[1] NSSDCA Master Catalog: James Webb Space Telescope, "
     "https://nssdc.gsfc.nasa.gov/nmc/spacecraft/display.action?id=2021-130A\n"
     "[2] NSSDCA Master Catalog: Hubble Space Telescope, "
     "https://nssdc.gsfc.nasa.gov/nmc/spacecraft/display.action?id=1990-037B"),
    ("Luna 9 or Surveyor 1?",
     "I can say which of Luna 9 and Surveyor 1 came first, or check one thing my records hold of "
     "each (still working, in orbit around a body, whose mission); ask, for example, \"Which came "
     "first, Luna 9 or Surveyor 1?\""),
    ("Did Kepler or Spitzer work for longer?",
     "Spitzer Space Telescope was operational for longer: about 16.4 years, from 25 August 2003 "
     "to 30 January 2020[1], against about 9.7 years for Kepler space telescope (7 March 2009 to "
     "15 November 2018)[2].\n"
     "Counted from the launch to the day it was switched off.\n"
     "Sources:\n"
     "[1] NSSDCA Master Catalog: Spitzer Space Telescope, "
     "https://nssdc.gsfc.nasa.gov/nmc/spacecraft/display.action?id=2003-038A\n"
     "[2] NSSDCA Master Catalog: Kepler, "
     "https://nssdc.gsfc.nasa.gov/nmc/spacecraft/display.action?id=2009-011A"),
    ("Who was older when they flew, William Shatner or Ed Dwight?",
     "Ed Dwight was older when they flew, by 47 days: William Shatner, aged 90 on Blue Origin "
     "NS-18 (13 October 2021; born 22 March 1931)[1][2]; Ed Dwight, aged 90 on Blue Origin NS-25 "
     "(19 May 2024; born 9 September 1933)[3][4].\n"
     "Compared: the age on the launch day of each one's first flight.\n"
     "Sources:\n"
     "[1] Blue Origin NS-18 (Wikipedia), https://en.wikipedia.org/wiki/Blue_Origin_NS-18\n"
     "[2] William Shatner (Wikipedia), https://en.wikipedia.org/wiki/William_Shatner\n"
     "[3] Blue Origin NS-25 (Wikipedia), https://en.wikipedia.org/wiki/Blue_Origin_NS-25\n"
     "[4] Ed Dwight (Wikipedia), https://en.wikipedia.org/wiki/Ed_Dwight"),
    ("Were both Luna 9 and Surveyor 1 NASA missions?",
     "No, only Surveyor 1: Luna 9 was a mission of the Soviet Union[1]; Surveyor 1 was a mission "
     "of the United States, by NASA / JPL (built by Hughes Aircraft)[2].\n"
     "Sources:\n"
     "[1] NSSDCA Master Catalog: Luna 9, "
     "https://nssdc.gsfc.nasa.gov/nmc/spacecraft/display.action?id=1966-006A\n"
     "[2] NSSDCA Master Catalog: Surveyor 1, "
     "https://nssdc.gsfc.nasa.gov/nmc/spacecraft/display.action?id=1966-045A"),
    ("Are both Hubble and Chandra space telescopes?",
     "Yes, both: Hubble Space Telescope was a space telescope[1]; Chandra X-ray Observatory was "
     "a space telescope[2].\n"
     "Sources:\n"
     "[1] NSSDCA Master Catalog: Hubble Space Telescope, "
     "https://nssdc.gsfc.nasa.gov/nmc/spacecraft/display.action?id=1990-037B\n"
     "[2] NSSDCA Master Catalog: Chandra X-ray Observatory, "
     "https://nssdc.gsfc.nasa.gov/nmc/spacecraft/display.action?id=1999-040B"),
    ("Was Luna 9 launched by the Soviet Union?",
     "Yes: Luna 9 was a mission of the Soviet Union[1].\n"
     "Sources:\n"
     "[1] NSSDCA Master Catalog: Luna 9, "
     "https://nssdc.gsfc.nasa.gov/nmc/spacecraft/display.action?id=1966-006A"),
])
def test_whole_answers(bot: Bot, question: str, answer: str) -> None:
    assert plain(bot.session().ask(question)).rstrip("\n") == answer
