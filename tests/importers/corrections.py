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
    return {"title": f"Wikipedia: {title.replace('_', ' ')}", "url": f"https://en.wikipedia.org/wiki/{title}"}


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
}

# The database's name -> the states flown for, when its nationality column is wrong for the time of flight.
NATIONALITIES: dict[str, tuple[str, ...]] = {
}

PEOPLE: dict[str, tuple[Correction, ...]] = {
}
