"""Dated events inside missions, stations, probes and animals: whole answers, pinned."""

from __future__ import annotations

import pytest

from askspace.bot import Bot

CASES = [
    ('Is Vanguard 1 still in orbit?', [
        'Yes: Vanguard 1 was still in orbit on 31 December 2025[1], though no longer working: silent '
        "since 1964 but still circling the Earth with its launcher's third stage; its orbit is expected "
        'to last about 240 years.',
        'Sources:',
        '[1] Vanguard 1 (Wikipedia): contact lost in 1964, still in orbit, expected orbital lifetime '
        'about 240 years, https://en.wikipedia.org/wiki/Vanguard_1',
    ]),
    ('Is Mir still in orbit?', [
        'No: Mir was brought down on purpose on 23 March 2001[1], coming down over the South Pacific '
        'near Fiji: a controlled de-orbit; the surviving pieces fell at about 06:00 UTC.',
        'Sources:',
        '[1] NSSDCA Master Catalog: Mir, '
        'https://nssdc.gsfc.nasa.gov/nmc/spacecraft/display.action?id=1986-017A',
    ]),
    ('Is Voyager 1 still in orbit?', [
        'Voyager 1 was never an Earth satellite: it was sent to Jupiter, and it was still working on 31 '
        'December 2025[1].',
        'Sources:',
        '[1] NSSDCA Master Catalog: Voyager 1, '
        'https://nssdc.gsfc.nasa.gov/nmc/spacecraft/display.action?id=1977-084A',
    ]),
    ('Did pieces of Skylab land in Australia?', [
        'Yes: Skylab re-entered the atmosphere on 11 July 1979[1], coming down over the Indian Ocean '
        'and Western Australia, around Esperance: an uncontrolled re-entry at about 16:37 UTC, already '
        '12 July in Western Australia.',
        'Sources:',
        '[1] NSSDCA Master Catalog: Skylab, '
        'https://nssdc.gsfc.nasa.gov/nmc/spacecraft/display.action?id=1973-027A',
    ]),
    ('Did Challenger explode?', [
        'Yes: STS-51-L (Challenger disaster) was destroyed on 28 January 1986[1]: Space Shuttle '
        'Challenger broke up about 73 seconds after launch.',
        'Sources:',
        '[1] STS-51-L (Wikipedia), https://en.wikipedia.org/wiki/STS-51-L',
    ]),
    ('What year did the ISS fall back to Earth?', [
        'International Space Station (Zarya module) has not come down: it was still in service on 31 '
        'December 2025, the date my records end[1].',
        "Questions about 'the ISS' are answered with this entry. As of 2025 the partners plan to "
        'de-orbit the station around 2030.',
        'Sources:',
        '[1] NSSDCA Master Catalog: ISS Zarya, '
        'https://nssdc.gsfc.nasa.gov/nmc/spacecraft/display.action?id=1998-067A',
    ]),
    ('Did Apollo 11 dock?', [
        "My records hold no docking of Apollo 11[1]; not every flight's dockings, spacewalks and visits "
        'are recorded, so I cannot say it had none.',
        'Sources:',
        '[1] NSSDCA Master Catalog: Apollo 11 Command and Service Module, '
        'https://nssdc.gsfc.nasa.gov/nmc/spacecraft/display.action?id=1969-059A',
    ]),
    ('Who made a spacewalk on STS-41-B?', [  # the firsts of spacewalks are the spacewalks kind's (test_spacewalks)
        'Bruce McCandless II, on STS-41-B, made a spacewalk on 7 February 1984[1]: the first untethered '
        'spacewalk, flying free with the Manned Maneuvering Unit up to about 98 m from the orbiter.',
        'Sources:',
        '[1] NSSDCA Master Catalog: STS 41-B, '
        'https://nssdc.gsfc.nasa.gov/nmc/spacecraft/display.action?id=1984-011A',
    ]),
    ('When was the spacewalk of Gemini 4?', [
        'Ed White, on Gemini 4, made a spacewalk on 3 June 1965[1]: the first US spacewalk, about 23 minutes '
        'outside the spacecraft.',
        'Sources:',
        '[1] NSSDCA Master Catalog: Gemini 4, '
        'https://nssdc.gsfc.nasa.gov/nmc/spacecraft/display.action?id=1965-043A',
    ]),
    ('How many giant planets did Voyager 2 fly past?', [
        'Voyager 2 flew past four planets: Jupiter (9 July 1979), Saturn (26 August 1981), Uranus (24 '
        'January 1986) and Neptune (25 August 1989)[1].',
        'Sources:',
        '[1] NSSDCA Master Catalog: Voyager 2, '
        'https://nssdc.gsfc.nasa.gov/nmc/spacecraft/display.action?id=1977-076A',
    ]),
    ('When did Voyager 1 fly past Neptune?', [
        'Voyager 1 did not fly past Neptune[1].',
        'It flew past Jupiter on 5 March 1979.',
        'Missions that did: Voyager 2 (25 August 1989)[2].',
        'Sources:',
        '[1] NSSDCA Master Catalog: Voyager 1, '
        'https://nssdc.gsfc.nasa.gov/nmc/spacecraft/display.action?id=1977-084A',
        '[2] NSSDCA Master Catalog: Voyager 2, '
        'https://nssdc.gsfc.nasa.gov/nmc/spacecraft/display.action?id=1977-076A',
    ]),
    ('How many days in total did the three Skylab crews spend aboard?', [
        'The three crewed flights of Skylab spent 171 days in total (counted in calendar days (UTC) '
        'from launch to landing): Skylab 2: 28 days (25 May 1973 to 22 June 1973)[1], Skylab 3: 59 days '
        '(28 July 1973 to 25 September 1973)[2] and Skylab 4: 84 days (16 November 1973 to 8 February '
        '1974)[3].',
        'Sources:',
        '[1] NSSDCA Master Catalog: Skylab 2, '
        'https://nssdc.gsfc.nasa.gov/nmc/spacecraft/display.action?id=1973-032A',
        '[2] NSSDCA Master Catalog: Skylab 3, '
        'https://nssdc.gsfc.nasa.gov/nmc/spacecraft/display.action?id=1973-050A',
        '[3] NSSDCA Master Catalog: Skylab 4, '
        'https://nssdc.gsfc.nasa.gov/nmc/spacecraft/display.action?id=1973-090A',
    ]),
    ('Who were the astronauts on Skylab 1?', [
        'Skylab was launched without a crew (14 May 1973); it had no crew of its own[1].',
        'The crews that flew to it: Skylab 2 (Pete Conrad, Joseph Kerwin and Paul Weitz; launched 25 '
        'May 1973)[2], Skylab 3 (Alan Bean, Owen Garriott and Jack Lousma; launched 28 July 1973)[3] '
        'and Skylab 4 (Gerald Carr, Edward Gibson and William Pogue; launched 16 November 1973)[4].',
        'Sources:',
        '[1] NSSDCA Master Catalog: Skylab, '
        'https://nssdc.gsfc.nasa.gov/nmc/spacecraft/display.action?id=1973-027A',
        '[2] NSSDCA Master Catalog: Skylab 2, '
        'https://nssdc.gsfc.nasa.gov/nmc/spacecraft/display.action?id=1973-032A',
        '[3] NSSDCA Master Catalog: Skylab 3, '
        'https://nssdc.gsfc.nasa.gov/nmc/spacecraft/display.action?id=1973-050A',
        '[4] NSSDCA Master Catalog: Skylab 4, '
        'https://nssdc.gsfc.nasa.gov/nmc/spacecraft/display.action?id=1973-090A',
    ]),
    ('When was Ham the dog launched?', [
        'Ham was a chimpanzee, not a dog[1].',
        'Mercury-Redstone 2 carried Ham and was launched on 31 January 1961.',
        'Sources:',
        '[1] Mercury-Redstone 2 (Wikipedia), https://en.wikipedia.org/wiki/Mercury-Redstone_2',
    ]),
    ('How many years apart were the Challenger and Columbia disasters?', [
        'STS-51-L (Challenger disaster) was destroyed on 28 January 1986[1]: Space Shuttle Challenger '
        'broke up about 73 seconds after launch.',
        'STS-107 was destroyed on 1 February 2003[2] over Texas: Space Shuttle Columbia broke apart '
        'during re-entry, about 16 minutes before its planned landing.',
        '17 years and 4 days apart; STS-51-L (Challenger disaster) came first.',
        'Sources:',
        '[1] STS-51-L (Wikipedia), https://en.wikipedia.org/wiki/STS-51-L',
        '[2] NSSDCA Master Catalog: STS-107, '
        'https://nssdc.gsfc.nasa.gov/nmc/spacecraft/display.action?id=2003-003A',
    ]),
    ('How many times did Hubble get visited by the Shuttle for servicing?', [
        'Five flights in my records visited Hubble Space Telescope for servicing:',
        'STS-61 serviced Hubble Space Telescope on 2 December 1993[1]: the first Hubble servicing '
        'mission (Endeavour): captured the telescope on 4 December 1993 and fitted the corrective '
        'optics.',
        'Hubble Space Telescope was serviced on 11 February 1997[2]: Servicing Mission 2, Shuttle '
        'flight STS-82 (Discovery).',
        'Hubble Space Telescope was serviced on 19 December 1999[3]: Servicing Mission 3A, Shuttle '
        'flight STS-103 (Discovery).',
        'Hubble Space Telescope was serviced on 1 March 2002[4]: Servicing Mission 3B, Shuttle flight '
        'STS-109 (Columbia).',
        'Hubble Space Telescope was serviced on 11 May 2009[5]: Servicing Mission 4, Shuttle flight '
        'STS-125 (Atlantis), the last visit.',
        'Sources:',
        '[1] NSSDCA Master Catalog: STS-61, '
        'https://nssdc.gsfc.nasa.gov/nmc/spacecraft/display.action?id=1993-075A',
        '[2] STS-82 (Wikipedia): launched 11 February 1997, second Hubble servicing mission, '
        'https://en.wikipedia.org/wiki/STS-82',
        '[3] STS-103 (Wikipedia): launched 19 December 1999, third Hubble servicing mission, '
        'https://en.wikipedia.org/wiki/STS-103',
        '[4] STS-109 (Wikipedia): launched 1 March 2002, fourth Hubble servicing mission, '
        'https://en.wikipedia.org/wiki/STS-109',
        '[5] STS-125 (Wikipedia): launched 11 May 2009, fifth and final Hubble servicing mission, '
        'https://en.wikipedia.org/wiki/STS-125',
    ]),
]


@pytest.mark.parametrize(("question", "lines"), CASES, ids=[c[0] for c in CASES])
def test_whole_answer(bot: Bot, question: str, lines: list[str]) -> None:
    assert bot.session().ask(question).text.splitlines() == lines
