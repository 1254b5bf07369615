"""One person's flights from the Astronaut database's rows: names, vehicles, station, year and role.

The database writes the same flight many ways ("STS60", "STS 101", "STS\\xad111", "Soyuz TM\\xad7",
"Soyuz TMA05M"); :func:`vehicle` gives the usual spelling so that a flight reads the same for every
crew member and can be matched to a mission of the knowledge base. ``mission_title`` is kept as
the flight's ``title`` only where it says more than the vehicle (an ISS or Mir expedition number,
a named mission such as "Spacelab 1"), never where it names the station or repeats the vehicle.
"""

from __future__ import annotations

import re
from typing import Any

ROLES = {
    "commander": "commander", "pilot": "pilot", "flight engineer": "flight engineer",
    "msp": "mission specialist", "psp": "payload specialist", "other (space tourist)": "spaceflight participant",
    "space tourist": "spaceflight participant", "spaceflight participant": "spaceflight participant",
    "other (journalist)": "journalist",
}
"""The database's ``occupation`` -> the role as answers name it (MSP and PSP spelt out)."""
NOT_IN_SPACE = ("aborted", "explosion")  # in_orbit of a launch that never reached space (MS-10, STS-51-L)
_STATIONS = re.compile(r"^(ISS|Mir|Skylab|Salyut \d)$")
_SWAPS = ("Soyuz", "STS-")  # crews came back in another craft only with these (the database's "down" is noise else)
_NOT_A_VEHICLE = ("na", "not completed yet", "in space", "exploded", "explosion", "aborted", "")
_FIXES = {"soyz": "Soyuz", "saluyt": "Salyut", "apollo sk.": "Skylab ", "mercury-atlas ": "MA-",
          "soyuz tm-a": "Soyuz TMA-"}


def vehicle(raw: str) -> str:
    """The usual spelling of a flight the database writes in many ways.

    >>> [vehicle(v) for v in ("STS60", "STS 51-L", "STS-51B", "STS\\xad 91", "STS-61B Atlantis", "sts-46")]
    ['STS-60', 'STS-51-L', 'STS-51-B', 'STS-91', 'STS-61-B', 'STS-46']
    >>> [vehicle(v) for v in ("Soyuz TM\\xad7", "Soyuz TMA05M", "Soyuz-TM21", "Soyz TM-31", "gemini 6A")]
    ['Soyuz TM-7', 'Soyuz TMA-05M', 'Soyuz TM-21', 'Soyuz TM-31', 'Gemini 6A']
    >>> [vehicle(v) for v in ("Soyuz T6", "Apollo Sk.2", "Mercury-Atlas 7", "Saluyt 4")]
    ['Soyuz T-6', 'Skylab 2', 'MA-7', 'Salyut 4']
    """
    text = " ".join(raw.replace("\u00ad", "-").split())
    for wrong, right in _FIXES.items():
        if text.casefold().startswith(wrong):
            text = right + text[len(wrong):]
    text = text[0].upper() + text[1:] if text else text
    sts = re.fullmatch(r"(?i)sts[\s-]*(\d+)\s*-?\s*([a-z])?(?:\s+\w+)?", text)
    if sts:
        return f"STS-{sts[1]}" + (f"-{sts[2].upper()}" if sts[2] else "")
    soyuz = re.fullmatch(r"Soyuz[\s-]*(T|TM|TMA|MS)[\s-]*(\d+M?)", text)
    if soyuz:
        return f"Soyuz {soyuz[1]}-{soyuz[2]}"
    return text


def _plain(text: str) -> str:
    return re.sub(r"[\s\-]", "", text).casefold()


def title(row: dict[str, str], up: str) -> str | None:
    """The database's mission title where it says more than the vehicle that carried them up."""
    raw = " ".join(row["mission_title"].replace("\u00ad", "-").split())
    station = row["in_orbit"].strip()
    if re.fullmatch(r"\d+", raw):
        return f"Expedition {raw}" if station == "ISS" else f"Mir EO-{raw}" if station == "Mir" else None
    if raw.casefold() in _NOT_A_VEHICLE or "/" in raw or re.fullmatch(r"(?i)(salyut|saluyt|soyuz) *\d+", raw):
        return None  # "NA", "Soyuz 31/29" (up and down), a station, a bare "Soyuz 7"
    fixed = vehicle(raw)
    return None if _plain(fixed) == _plain(up) or raw.startswith(("ЭП", "EP-")) else fixed


def station(row: dict[str, str]) -> str | None:
    """The station the flight went to, when the database's ``in_orbit`` names one."""
    raw = vehicle(row["in_orbit"].strip().replace("Mir EP", "Mir").replace("Mir/Salyut 7", "Mir"))
    return raw if _STATIONS.match(raw) else None


def flight(row: dict[str, str]) -> dict[str, Any]:
    """One row as a flight of the knowledge files: keys without a value are left out."""
    up, named = vehicle(row["ascend_shuttle"]), title(row, vehicle(row["ascend_shuttle"]))
    if up.casefold() in _NOT_A_VEHICLE and "/" in row["mission_title"]:  # "NA" up, title "Soyuz 36/35"
        up = vehicle(row["mission_title"].split("/")[0])
    if up.startswith("Apollo CSM") and named:  # Skylab 3's crew: the title is the flight's name
        up, named = named, None
    down_raw = row["descend_shuttle"].strip()
    down = None if down_raw.casefold() in _NOT_A_VEHICLE else vehicle(down_raw)
    out: dict[str, Any] = {
        "name": up, "title": named, "station": station(row),
        "down": down if down and _plain(down) != _plain(up) and down.startswith(_SWAPS) else None,
        "year": int(row["year_of_mission"]),
        "role": ROLES.get(" ".join(row["occupation"].split()).casefold(), row["occupation"].strip()),
    }
    if row["in_orbit"].strip().casefold() in NOT_IN_SPACE:
        out["reached_space"] = False
    return {k: v for k, v in out.items() if v is not None}
