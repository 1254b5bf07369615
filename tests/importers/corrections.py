"""Corrections to the Astronaut database, each with the reason and the second source.

``NAMES`` gives the name people use (and the knowledge base's crew rows use) where the
database's own form differs; ``PEOPLE`` replaces imported values after a check against a
second source; ``NATIONALITIES`` fixes the state flown for.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


def wiki(title: str) -> dict[str, str]:
    """A Wikipedia article as a source."""
    return {"title": f"{title.replace('_', ' ')} (Wikipedia)", "url": f"https://en.wikipedia.org/wiki/{title}"}


@dataclass(frozen=True)
class Correction:
    values: dict[str, Any]
    why: str
    source: dict[str, str]


# The database's name -> (the name used in answers, further aliases).
NAMES: dict[str, tuple[str, tuple[str, ...]]] = {
    "Gubarev, Aleksei": ("Alexei Gubarev", ()),
    "Leonov, Aleksei": ("Alexei Leonov", ("Alexey Leonov",)),
    "Wilmore, Barry E.": ('Barry "Butch" Wilmore', ("Butch Wilmore", "Barry Wilmore")),
    "Anders, William Alison": ("Bill Anders", ("William Anders",)),
    "Aldrin, Edwin Eugene, Jr.": ("Buzz Aldrin", ("Edwin Aldrin", "Edwin E. Aldrin Jr.")),
    "Duke, Jr. Charles Moss": ("Charles Duke", ("Charlie Duke", "Charles Moss Duke Jr.")),
    "McAuliffe, Sharon Christa Corrigan": ("Christa McAuliffe", ("Sharon Christa McAuliffe",)),
    "Scobee, Francis R.": ("Dick Scobee", ("Francis Scobee",)),
    "White, Edward H., II": ("Ed White", ("Edward White",)),
    "Strekalov, Gennadi": ("Gennady Strekalov", ()),
    "Dobrovolski, Georgi": ("Georgy Dobrovolsky", ("Georgi Dobrovolski",)),
    "Grissom, Virgil I.": ("Gus Grissom", ("Virgil Grissom",)),
    "Al Mansoori, Hazzaa": ("Hazza Al Mansouri", ("Hazzaa Al Mansoori",)),
    "Swigert, John L., Jr.": ("Jack Swigert", ("John Swigert",)),
    "Lovell, James A., Jr.": ("Jim Lovell", ("James Lovell",)),
    "Mattingly, Thomas K., II": ("Ken Mattingly", ("Thomas Mattingly",)),
    "Smith, Michael John": ("Michael J. Smith", ("Michael John Smith",)),
    "Hague, Tyler": ("Nick Hague", ("Tyler Hague", "Tyler Nicklaus Hague")),
    "Conrad, Charles, Jr.": ("Pete Conrad", ("Charles Conrad",)),
    "Schweickart, Russell L.": ("Rusty Schweickart", ("Russell Schweickart",)),
    "Jahn, Sigmund": ("Sigmund Jähn", ("Sigmund Jahn",)),
    "Musgrave, Franklin Story": ("Story Musgrave", ("Franklin Story Musgrave",)),
    "Al-saud, Sultan bin Salman": ("Sultan bin Salman Al Saud", ("Sultan bin Salman Al-Saud",)),
    "Vladimir Remek": ("Vladimír Remek", ("Vladimir Remek",)),
    "Schirra, Walter M., Jr.": ("Wally Schirra", ("Walter Schirra",)),
    "Cunningham, Ronnie Walter": ("Walter Cunningham", ("R. Walter Cunningham",)),
    "Yi, Soyeon (Lee So-hyun)": ("Yi So-yeon", ("Lee So-yeon", "Yi Soyeon")),
    "Malyshev, Yuri": ("Yury Malyshev", ()),
    "Yuri Vladimirovich Usachyov": ("Yury Usachov", ("Yuri Usachev", "Yury Usachev")),
    # The database misspells the name: "Hermaszewske" (Polish Space Agency; Wikipedia: Mirosław Hermaszewski).
    "Miroslaw Hermaszewske": ("Mirosław Hermaszewski", ("Miroslaw Hermaszewski",)),
    # Two people with the same name in the database: the Soviet and the Bulgarian cosmonaut; two NASA Gregory Johnsons.
    "Aleksandrov, Aleksandr/1943": ("Aleksandr Pavlovich Aleksandrov", ("Alexander Alexandrov",)),
    "Aleksandrov, Aleksandr/1951": ("Aleksandar Panayotov Aleksandrov", ()),
    "Johnson, Gregory H.": ("Gregory H. Johnson", ()),
    "Johnson, Gregory C.": ("Gregory C. Johnson", ()),
    "Neri Vela, Rodolfl": ("Rodolfo Neri Vela", ()),  # the database misspells "Rodolfo"
    "Carpenter, M. Scott": ("Scott Carpenter", ()),
    "Cooper, L. Gordon, Jr.": ("Gordon Cooper", ()),
    "Shepard, Alan B., Jr.": ("Alan Shepard", ()),
    "Slayton, Donald K.": ("Deke Slayton", ("Donald Slayton",)),
    "Eisele, Donn F.": ("Donn Eisele", ()),
    "Polyakov, Valeri": ("Valeri Polyakov", ("Valery Polyakov", "Valeriy Polyakov", "Валерий Поляков")),
    "Peake, Timothy Nigel": ("Tim Peake", ("Timothy Peake",)),
    "McCandless, Bruce, II": ("Bruce McCandless II", ("Bruce McCandless",)),
    "Pham Tuan": ("Phạm Tuân", ("Pham Tuan",)),
    "Arnaldo Tamayo Mendez": ("Arnaldo Tamayo Méndez", ("Arnaldo Tamayo Mendez",)),
    "Chang-Diaz, Franklin R.": ("Franklin Chang-Díaz", ("Franklin Chang-Diaz", "Franklin R. Chang-Díaz")),
    "Sturckow, Frederick W.": ("Frederick Sturckow", ("CJ Sturckow", "C.J. Sturckow")),
    # Misspelt in the database (Wikipedia: Samantha Cristoforetti, Wang Yaping).
    "Cristofretti, Samantha": ("Samantha Cristoforetti", ("Samantha Cristofretti",)),
    "Wang, Yapi": ("Wang Yaping", ("Wang Yapi",)),
    # Names of their later flights' crew lists (Wikipedia: Tracy Caldwell Dyson, Oleg Novitsky).
    "Caldwell, Tracy E.": ("Tracy Caldwell", ("Tracy Caldwell Dyson", "Tracy Dyson")),
    "Novitski, Oleg": ("Oleg Novitski", ("Oleg Novitsky", "Oleg Novitskiy")),
}

# The database's name -> the states flown for, when its nationality column is wrong for the time of flight.
NATIONALITIES: dict[str, tuple[str, ...]] = {
    # The database says "Germany"; in 1978 Jähn flew for the German Democratic Republic (Wikipedia: Sigmund Jähn).
    "Jahn, Sigmund": ("east-germany",),
}

# The database's name -> flights its rows lack, each a flight of the knowledge files (see PEOPLE for why).
# A suborbital flight says which line it crossed: "100km" (the Karman line) or "80km" (only the US 50-mile line).
FLIGHTS: dict[str, tuple[dict[str, Any], ...]] = {
    "Shepard, Alan B., Jr.": ({"name": "Freedom 7", "title": "Mercury-Redstone 3", "year": 1961, "role": "pilot",
                               "line": "100km"},),
    "Grissom, Virgil I.": ({"name": "Liberty Bell 7", "title": "Mercury-Redstone 4", "year": 1961, "role": "pilot",
                            "line": "100km"},),
    # Soyuz 18a (5 April 1975), the launch abort that flew a suborbital arc above 100 km (Wikipedia: Soyuz 18a).
    "Lazarev, Vasili": ({"name": "Soyuz 18a", "year": 1975, "date": "1975-04-05", "role": "commander",
                         "line": "100km"},),
    "Makarov, Oleg": ({"name": "Soyuz 18a", "year": 1975, "date": "1975-04-05", "role": "flight engineer",
                       "line": "100km"},),
    # His three X-15 flights above 50 miles (whel.de's table of astronaut-wings flights; OurAirports.biz).
    "Engle, Joe H.": tuple({"name": f"X-15 Flight {n}", "year": 1965, "date": d, "role": "pilot", "line": "80km"}
                           for n, d in ((138, "1965-06-29"), (143, "1965-08-10"), (153, "1965-10-14"))),
    # His six VSS Unity flights above 50 miles (Wikipedia: VSS Unity, and each flight's article).
    "Sturckow, Frederick W.": tuple(
        {"name": n, "year": int(d[:4]), "date": d, "role": r, "line": "80km"} for n, d, r in (
            ("VSS Unity VP-03", "2018-12-13", "pilot"), ("Virgin Galactic Unity 21", "2021-05-22", "pilot"),
            ("Virgin Galactic Unity 25", "2023-05-25", "pilot"), ("Galactic 02", "2023-08-10", "commander"),
            ("Galactic 04", "2023-10-06", "pilot"), ("Galactic 06", "2024-01-26", "commander"))),
}

# The database's name -> {(flight name, year) as its row gives them: the flight's right name}, where a row
# names another flight of the same program (the crew lists of the flights, in the person's article).
FLIGHT_NAMES: dict[str, tuple[dict[tuple[str, int], str], dict[str, str]]] = {
    "Ross, Jerry L.": ({("STS-61", 1985): "STS-61-B"}, wiki("Jerry_L._Ross")),
    "Nicollier, Claude": ({("STS-61-A", 1993): "STS-61"}, wiki("Claude_Nicollier")),
    "Cleave, Mary L.": ({("STS-30", 1985): "STS-61-B", ("STS-61-B", 1989): "STS-30"}, wiki("Mary_L._Cleave")),
    "Oswald, Stephen S.": ({("STS-67", 1993): "STS-56", ("STS-42", 1995): "STS-67"}, wiki("Stephen_S._Oswald")),
}


def checked(title: str, why: str = "", **values: Any) -> Correction:
    """Values checked against the person's Wikipedia article (birth dates: the database gives only years)."""
    reason = why or "Birth date (and death, where given) from the second source; the database gives only the year."
    return Correction(values, reason, wiki(title))


_SOYUZ_18A = ("Added Soyuz 18a (5 April 1975): a rocket stage failed to separate and the crew was pulled away, on a "
              "suborbital arc of 21 minutes 27 seconds that passed 100 km (192 km by Wikipedia, 180 km by World "
              "Spaceflight); the database leaves it out. Its time is not in the totals.")

PEOPLE: dict[str, tuple[Correction, ...]] = {
    "Gagarin, Yuri": (checked("Yuri_Gagarin", "Time in space 1h 48m (108 minutes), not the database's 1.77 hours.",
                              born="1934-03-09", died="1968-03-27", time_in_space="1h 48m",
                              death_cause="killed with his instructor when their MiG-15UTI jet crashed "
                                          "on a training flight"),),
    "Titov, Gherman": (checked("Gherman_Titov", "Time in space 1d 1h 18m: the per-flight row rounds it to 25 hours.",
                               born="1935-09-11", died="2000-09-20", time_in_space="1d 1h 18m"),),
    "Glenn, John H., Jr.": (checked("John_Glenn", "Time in space 4h 55m (MA-6) plus 8d 21h 44m (STS-95).",
                                    born="1921-07-18", died="2016-12-08", time_in_space="9d 2h 39m"),),
    "Tereshkova, Valentina": (checked("Valentina_Tereshkova", born="1937-03-06"),),
    # The moonwalkers' full birth dates, so that the youngest and oldest to walk on the Moon can be ranked.
    "Bean, Alan Lavern": (checked("Alan_Bean", born="1932-03-15", died="2018-05-26"),),
    "Mitchell, Edgar D.": (checked("Edgar_Mitchell", born="1930-09-17", died="2016-02-04"),),
    "Irwin, James B.": (checked("James_Irwin", born="1930-03-17", died="1991-08-08", death_cause="heart attack"),),
    "Schmitt, Harrison H.": (checked("Harrison_Schmitt", born="1935-07-03"),),
    "Leonov, Aleksei": (checked("Alexei_Leonov", "His spacewalk lasted 12 minutes, not 0.73 hours.",
                                born="1934-05-30", died="2019-10-11", eva_time="12m"),),
    "Armstrong, Neil A.": (checked("Neil_Armstrong", born="1930-08-05", died="2012-08-25",
                                   death_cause="complications after heart bypass surgery"),),
    "Aldrin, Edwin Eugene, Jr.": (checked("Buzz_Aldrin", born="1930-01-20"),),
    "Collins, Michael": (checked("Michael_Collins_(astronaut)",
                                 "Two EVAs on Gemini 10 (a stand-up EVA and one outside on an umbilical), not one.",
                                 born="1930-10-31", died="2021-04-28", death_cause="cancer", spacewalks=2),),
    "Cernan, Eugene A.": (checked("Eugene_Cernan", born="1934-03-14", died="2017-01-16"),),
    "Young, John W.": (checked("John_Young_(astronaut)", born="1930-09-24", died="2018-01-05",
                               death_cause="complications of pneumonia"),),
    "Chris Hadfield": (checked("Chris_Hadfield", "Time in space 165d 17h 20m (STS-74 8d 4h 31m, STS-100 11d 21h 30m, "
                               "Soyuz TMA-07M 145d 14h 19m): the database's 3,710 hours for the last flight is "
                               "too long.", born="1959-08-29", time_in_space="165d 17h 20m"),),
    "Solovyev, Anatoly": (checked("Anatoly_Solovyev", "16 spacewalks of 82h 22m in all: the database's per-flight "
                                  "EVA hours add up to 132.8 and its total says 78.8.",
                                  born="1948-01-16", eva_time="82h 22m"),),
    "Whitson, Peggy A.": (checked("Peggy_Whitson", born="1960-02-09"),),
    "Williams, Sunita L.": (checked("Sunita_Williams", "EVA time 50h 40m (the database's total; its per-flight rows "
                                    "add up to 49.7 hours).", born="1965-09-19", eva_time="50h 40m"),),
    "Polyakov, Valeri": (checked("Valeri_Polyakov", born="1942-04-27", died="2022-09-07"),),
    "Krikalev, Sergei": (checked("Sergei_Krikalev", "EVA time 41h 26m (the database's total; its per-flight rows "
                                 "add up to 39.4 hours).", born="1958-08-27", eva_time="41h 26m"),),
    "Padalka, Gennady": (checked("Gennady_Padalka", born="1958-06-21"),),
    "Yang, Liwei": (checked("Yang_Liwei", born="1965-06-21"),),
    "Ride, Sally K.": (checked("Sally_Ride", born="1951-05-26", died="2012-07-23", death_cause="pancreatic cancer"),),
    "Savitskaya, Svetlana": (checked("Svetlana_Savitskaya", born="1948-08-08"),),
    "Wang, Yapi": (checked("Wang_Yaping", "Wang Yaping is a woman, China's second in space (Wikipedia; People's "
                           "Daily, 8 November 2021); the database's row says male.", born="1980-01-27",
                           sex="female"),),
    "Komarov, Vladimir": (checked("Vladimir_Komarov", born="1927-03-16"),),
    "Shepard, Alan B., Jr.": (checked("Alan_Shepard", "The database lacks his first flight, Freedom 7 "
                                      "(Mercury-Redstone 3, 5 May 1961, 15 minutes): two flights, not one.",
                                      born="1923-11-18", died="1998-07-21", death_cause="leukemia", flights=2,
                                      time_in_space="9d 0h 17m"),),
    "Grissom, Virgil I.": (checked("Gus_Grissom", "The database lacks his first flight, Liberty Bell 7 "
                                   "(Mercury-Redstone 4, 21 July 1961, 15 minutes 37 seconds): two flights, not one.",
                                   born="1926-04-03", died="1967-01-27", flights=2, time_in_space="5h 8m",
                                   death_cause="killed with his crewmates in the Apollo 1 cabin fire during a "
                                               "launch pad test"),),
    "Koch, Christina": (checked("Christina_Koch", born="1979-01-29"),),
    "Peake, Timothy Nigel": (checked("Tim_Peake", born="1972-04-07"),),
    "Helen Sharman": (checked("Helen_Sharman", born="1963-05-30"),),
    "Chrétien, Jean-Loup": (checked("Jean-Loup_Chrétien", born="1938-08-20"),),
    "Jahn, Sigmund": (checked("Sigmund_Jähn", born="1937-02-13", died="2019-09-21"),),
    "Vladimir Remek": (checked("Vladimír_Remek", born="1948-09-26"),),
    "Rakesh Sharma": (checked("Rakesh_Sharma", "Time in space 7d 21h 40m (Soyuz T-11, a guest flight): the "
                              "database's 4,366 hours are a long-duration crew's.", born="1949-01-13",
                              time_in_space="7d 21h 40m"),),
    "Ramon, Ilan": (checked("Ilan_Ramon", born="1954-06-20"),),
    "Musgrave, Franklin Story": (checked("Story_Musgrave", born="1935-08-19"),),
    "Ross, Jerry L.": (checked("Jerry_L._Ross", born="1948-01-20"),),
    "Chang-Diaz, Franklin R.": (checked("Franklin_Chang_Díaz", born="1950-04-05"),),
    "Kelly, Scott J.": (checked("Scott_Kelly_(astronaut)", born="1964-02-21"),),
    "Kelly, Mark E.": (checked("Mark_Kelly", born="1964-02-21"),),
    "Yi, Soyeon (Lee So-hyun)": (checked("Yi_So-yeon", born="1978-06-02"),),
    "Mohri, Mamoru": (checked("Mamoru_Mohri", born="1948-01-29"),),
    "Scott, David R.": (checked("David_Scott", "Time in space 22d 18h 54m (Gemini 8 10h 41m, Apollo 9 10d 1h, "
                                "Apollo 15 12d 7h 12m): the database's Gemini 8 row says 240.7 hours.",
                                born="1932-06-06", time_in_space="22d 18h 54m"),),
    "Weitz, Paul J.": (checked("Paul_J._Weitz", "Time in space 33d 1h 12m (Skylab 2 28d 0h 49m, STS-6 5d 0h 23m): "
                               "the database's Skylab 2 row is too short.", born="1932-07-25", died="2017-10-22",
                               time_in_space="33d 1h 12m"),),
    "Arnaldo Tamayo Mendez": (checked("Arnaldo_Tamayo_Méndez", "Time in space 7d 20h 43m (Soyuz 38): the per-flight "
                                      "row says 1,887.71 hours, ten times its total.", born="1942-01-29",
                                      time_in_space="7d 20h 43m"),),
    "Engle, Joe H.": (checked("Joe_Engle", "Time in space 9d 8h 30m (STS-2 2d 6h 13m, STS-51-I 7d 2h 17m): the "
                              "database's STS-2 row says 30 hours. His three X-15 flights above 50 miles (1965) "
                              "are not in the database.", born="1932-08-26", time_in_space="9d 8h 30m"),
                      Correction({}, "Added his three X-15 flights of 1965, each above 50 miles (80 km) but below 100 "
                                     "km: flights 138 (about 85.5 km), 143 (about 82.6 km) and 153 (about 81.2 km). "
                                     "'flights' (2) counts his flights above 100 km, the Space Shuttle flights.",
                                 {"title": "whel.de: Summary of suborbital astronaut wings flights",
                                  "url": "https://whel.de/Aerospace/astronaut_wings.html"})),
    "Lazarev, Vasili": (Correction({"flights": 2}, _SOYUZ_18A, wiki("Soyuz_18a")),),
    "Makarov, Oleg": (Correction({"flights": 4}, _SOYUZ_18A, wiki("Soyuz_18a")),),
    "Sturckow, Frederick W.": (Correction(
        {}, "Added his six VSS Unity flights (2018-2024), each above 50 miles (80 km) but below 100 km: VP-03 (82.7 "
            "km), Unity 21 (89.2 km), Unity 25, Galactic 02, 04 and 06. 'flights' (4) counts his flights above 100 km, "
            "the Space Shuttle flights; the other totals are the database's.", wiki("VSS_Unity")),),
    "Duke, Jr. Charles Moss": (checked("Charles_Duke", born="1935-10-03"),),
    "Conrad, Charles, Jr.": (checked("Pete_Conrad", born="1930-06-02", died="1999-07-08",
                                     death_cause="injuries from a motorcycle accident"),),
    "Lovell, James A., Jr.": (checked("Jim_Lovell", born="1928-03-25", died="2025-08-07"),),
    "Dumitru Prunariu": (checked("Dumitru_Prunariu", born="1952-09-27"),),
}


LOCAL_DATES = {"Shenzhou 13": "16 October 2021 in Beijing", "SpaceX Crew-3": "10 November 2021 in Florida",
               "SpaceX Crew-8": "3 March 2024 in Florida"}
"""The later flights whose local launch date is not the UTC one (the entries' notes say so)."""


def later(flight: str, date: str, role: str, article: str = "") -> tuple[dict[str, Any], dict[str, str]]:
    """A flight after the database's end, as its Wikipedia article gives the launch (UTC) and the crew."""
    values = {"name": flight, "year": int(date[:4]), "date": date, "role": role}
    return values, wiki(article or flight.replace(" ", "_"))


# The database's name -> flights launched after its end (January 2020) that the mission records do not hold,
# each with the article that gives its launch date and crew. They are listed in ``flown`` but not counted in
# the totals (``flights``, time in space, spacewalks), which stay counted to 15 January 2020.
LATER: dict[str, tuple[tuple[dict[str, Any], dict[str, str]], ...]] = {
    "Kimbrough, Robert S.": (later("SpaceX Crew-2", "2021-04-23", "commander"),),
    "McArthur, K. Megan": (later("SpaceX Crew-2", "2021-04-23", "pilot"),),
    "Hoshide, Akihiko": (later("SpaceX Crew-2", "2021-04-23", "mission specialist"),),
    "Pesquet, Thomas": (later("SpaceX Crew-2", "2021-04-23", "mission specialist"),),
    "Marshburn, Thomas H.": (later("SpaceX Crew-3", "2021-11-11", "pilot"),),
    "Lopez-Alegria, Michael E.": (later("Axiom Mission 1", "2022-04-08", "commander"),
                                  later("Axiom Mission 3", "2024-01-18", "commander")),
    "Lindgren, Kjell Norwood": (later("SpaceX Crew-4", "2022-04-27", "commander"),),
    "Cristofretti, Samantha": (later("SpaceX Crew-4", "2022-04-27", "mission specialist"),),
    "Wakata, Koichi": (later("SpaceX Crew-5", "2022-10-05", "mission specialist"),),
    "Bowen, Stephen G.": (later("SpaceX Crew-6", "2023-03-02", "commander"),),
    "Whitson, Peggy A.": (later("Axiom Mission 2", "2023-05-21", "commander"),
                          later("Axiom Mission 4", "2025-06-25", "commander")),
    "Mogensen, Andreas": (later("SpaceX Crew-7", "2023-08-26", "pilot"),),
    "Furukawa, Satoshi": (later("SpaceX Crew-7", "2023-08-26", "mission specialist"),),
    "Barratt, Michael R.": (later("SpaceX Crew-8", "2024-03-04", "pilot"),),
    "McClain, Anne Charlotte": (later("SpaceX Crew-10", "2025-03-14", "commander"),),
    "Onishi, Takuya": (later("SpaceX Crew-10", "2025-03-14", "mission specialist"),),
    "Fincke, E. Michael": (later("SpaceX Crew-11", "2025-08-01", "pilot"),),
    "Yui, Kimiya": (later("SpaceX Crew-11", "2025-08-01", "mission specialist"),),
    "Ivanishin, Anatoli": (later("Soyuz MS-16", "2020-04-09", "commander"),),
    "Cassidy, Christopher J.": (later("Soyuz MS-16", "2020-04-09", "flight engineer"),),
    "Ryzhikov, Sergey": (later("Soyuz MS-17", "2020-10-14", "commander"),
                         later("Soyuz MS-27", "2025-04-08", "commander")),
    "Rubins, Kathleen": (later("Soyuz MS-17", "2020-10-14", "flight engineer"),),
    "Novitski, Oleg": (later("Soyuz MS-18", "2021-04-09", "commander"),
                       later("Soyuz MS-25", "2024-03-23", "commander")),
    "Vande Hei, Mark": (later("Soyuz MS-18", "2021-04-09", "flight engineer"),),
    "Shkaplerov, Anton": (later("Soyuz MS-19", "2021-10-05", "commander"),),
    "Misurkin, Aleksandr": (later("Soyuz MS-20", "2021-12-08", "commander"),),
    "Artemyev, Oleg": (later("Soyuz MS-21", "2022-03-18", "commander"),),
    "Prokopyev, Sergei": (later("Soyuz MS-22", "2022-09-21", "commander"),),
    "Kononenko, Oleg D.": (later("Soyuz MS-24", "2023-09-15", "commander"),),
    "Caldwell, Tracy E.": (later("Soyuz MS-25", "2024-03-23", "flight engineer"),),
    "Ovchinin, Aleksey": (later("Soyuz MS-26", "2024-09-11", "commander"),),
    "Pettit, Donald R.": (later("Soyuz MS-26", "2024-09-11", "flight engineer"),),
    "Zhai, Zhigang": (later("Shenzhou 13", "2021-10-15", "commander"),),
    "Wang, Yapi": (later("Shenzhou 13", "2021-10-15", "crew member"),),
    "Chen, Dong": (later("Shenzhou 14", "2022-06-05", "commander"), later("Shenzhou 20", "2025-04-24", "commander")),
    "Liu, Yang": (later("Shenzhou 14", "2022-06-05", "crew member"),),
    "Fei, Junlong": (later("Shenzhou 15", "2022-11-29", "commander"),),
    "Jing, Haipeng": (later("Shenzhou 16", "2023-05-30", "commander"),),
}
