"""Helpers shared by the knowledge-base QA collectors (LC-QuAD, QALD, DBpedia-Entity, Mintaka).

Knowledge-base collections carry a formal query (SPARQL) beside the question; its resource and class
URIs say more about the topic than the words do. ``KB_SPACE`` matches DBpedia and Wikidata names of
spaceflight things, so a question is kept when its text passes ``common.is_space_topic`` or its query
names one of them.

>>> kb_space("SELECT ?x WHERE { ?x a <http://dbpedia.org/ontology/Astronaut> }")
True
>>> kb_space("SELECT ?x WHERE { res:Houston_Rockets dbo:arena ?x }")
False
>>> space_text("Who is venerated in Islam?")
False
>>> kb_family("Give me all cosmonauts.")
'list'
>>> uri_tail("http://dbpedia.org/resource/Apollo_11")
'Apollo 11'
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from tests.eval.others.collect.common import family_of, is_space_topic

KB_SPACE = re.compile(
    r"(ontology/|dbo:)(Astronaut|SpaceMission|SpaceStation|Spacecraft|SpaceShuttle|Rocket|RocketEngine|LaunchPad|"
    r"Satellite|ArtificialSatellite)\b|"
    r"(ontology/|dbo:|property/|dbp:)(mission|missions|crewMember|crew\d?Members?|launchPad|launchSite|"
    r"rocket|spacecraft|spaceStation|landingSite|landingDate|launchDate|timeInSpace|cosmonaut|astronaut|"
    r"evaMissions?|booster)\b|"
    r"resource/(Apollo_|Gemini_|Mercury_|Vostok|Voskhod|Soyuz|Salyut|Skylab|Sputnik|Voyager|Pioneer_|Mariner|"
    r"Viking_(\d|program|lander|orbiter)|Venera|Luna_|Lunokhod|Space_Shuttle|International_Space_Station|Mir\b|NASA|Roscosmos|"
    r"European_Space_Agency|Indian_Space|Japan_Aerospace|China_National_Space|Kennedy_Space|Cape_Canaveral|"
    r"Baikonur|Space_Race|Moon_landing|Saturn_V|Hubble|Cassini|Galileo_\(spacecraft|Rosetta|New_Horizons|"
    r"Curiosity_\(rover|Mars_(Pathfinder|Exploration|Science)|SpaceX|Yuri_Gagarin|Neil_Armstrong|"
    r"Buzz_Aldrin|Valentina_Tereshkova|Sergei_Korolev|Wernher_von_Braun)|"
    r"wikidata\.org/entity/(Q11631|Q2133344|Q40218|Q41291|Q25956|Q23548|Q5916|Q1762007|Q752783|Q697175|"
    r"Q2506455|Q26540|Q1781513)\b",
    re.IGNORECASE,
)
# Class and property names that, in a query, make a space reading wrong even when the text says "rocket".
KB_NOT_SPACE = re.compile(r"Houston_Rockets|Rocket_\(|_Rockets\b|BasketballTeam|Band\b|Album\b|Film\b|Song\b",
                          re.IGNORECASE)


# Phrases whose words pass the text filter without being about spaceflight ("venerated" starts like Venera).
FALSE_FRIENDS = re.compile(
    r"\bvenerat\w*|\bchang(?:e[sdr]?|eling|ing)\b|\bPioneer (Corporation|Corp)\b|\bSeattle Mariners\b|"
    r"\bHouston Rockets\b|\bLouis Armstrong\b|\bRosetta Stone\b",
    re.IGNORECASE)


def space_text(text: str) -> bool:
    """``common.is_space_topic`` after removing known false friends from the text."""
    return is_space_topic(FALSE_FRIENDS.sub(" ", text))


def kb_family(question: str) -> str:
    """``common.family_of``, except that an imperative request for a set ("Give me all ...", "Find ...",
    "Show me ...") is a list question, as QALD and GrailQA use it, rather than a clue or search-box."""
    if re.match(r"\s*(give me|show me|find|list)\b", question, re.IGNORECASE):
        return "list"
    return family_of(question)


def kb_space(query: str) -> bool:
    """True when a formal query names a spaceflight class, property or resource."""
    return bool(KB_SPACE.search(query)) and not KB_NOT_SPACE.search(query)


def uri_tail(uri: str) -> str:
    """The readable last part of a knowledge-base URI (underscores as spaces)."""
    tail = re.split(r"[/#]", uri.strip().rstrip("/"))[-1]
    return tail.replace("_", " ")


def git_show(repo: Path, path: str, rev: str = "HEAD") -> bytes:
    """A file's bytes at a commit (HEAD by default) of a bare snapshot, or from a plain folder."""
    plain = repo / path
    if plain.is_file():
        return plain.read_bytes()
    return subprocess.run(["git", "-C", str(repo), "show", f"{rev}:{path}"], check=True,
                          capture_output=True).stdout


def git_files(repo: Path) -> list[str]:
    """Paths of the files in a snapshot (bare git directory or a plain folder)."""
    if (repo / "HEAD").is_file() and (repo / "objects").is_dir():
        out = subprocess.run(["git", "-C", str(repo), "ls-tree", "-r", "--name-only", "HEAD"], check=True,
                             capture_output=True, text=True).stdout
        return out.split()
    return sorted(str(p.relative_to(repo)) for p in repo.rglob("*") if p.is_file())
