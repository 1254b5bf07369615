"""Import the crewed Space Shuttle and Soyuz flights into ``knowledge/flights/*.yaml`` (issue 13).

Two public tables, saved locally (not committed):

- ``missions.csv`` of the pilou-K75VJ/highest-human repository (commit f47f717): launch and touchdown
  dates (UTC) of every crewed flight to space to April 2021, compiled from Wikipedia's *List of human
  spaceflights*; the primary source of the dates;
- ``content/m/hsl.md`` of the ctanas/parsec.ro repository (commit e4ba408): the crewed launches after
  Jonathan McDowell's lists, with the rocket, the orbiter of each Shuttle flight and the station it flew
  to; the second source, against which every launch date is compared (differences go into ``notes`` and
  the report).

A flight the mission records hold is linked to it (``mission``) and takes the mission's launch and end
where they differ from the tables (noted). Soyuz flights launched after the table's last landing come
from the people's flight lists (their dated flights, with the flight's article as source); their landing
is left out. Crews are never copied: they stay in the people's ``flown`` lists and the missions' crews.

    python -m tests.importers.crewed_flights missions.csv hsl.md [--report]
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import sys
from pathlib import Path
from typing import Any, NamedTuple

import yaml

CSV_SOURCE = {"title": "List of human spaceflights (Wikipedia), as tabulated in missions.csv of "
                       "github.com/pilou-K75VJ/highest-human",
              "url": "https://github.com/pilou-K75VJ/highest-human/blob/master/missions.csv"}
MCDOWELL_SOURCE = {"title": "Lansări cu echipaj uman (parsec.ro, after Jonathan McDowell's lists of crewed launches)",
                   "url": "https://github.com/ctanas/parsec.ro/blob/master/content/m/hsl.md"}
STATIONS = {"ISS": "zarya", "Mir": "mir", "Salyut-1": "salyut-1", "Salyut-3": "salyut-3", "Salyut-4": "salyut-4",
            "Salyut-5": "salyut-5", "Salyut-6": "salyut-6", "Salyut-7": "salyut-7"}
"""The second table's station names -> the station's mission id in the records (the ISS: its Zarya module)."""
UNCREWED_UP = ("Soyuz 34",)
"""Flights of the first table that went up without a crew (Soyuz 34 brought the Soyuz 32 crew down)."""
ROCKETS = {"STS": "Space Shuttle", "Soyuz 11A511": "Soyuz (11A511)"}

# How a flight ended when it was not a plain success, each as its Wikipedia article gives it.
OUTCOMES: dict[str, tuple[str, str]] = {
    "Soyuz 15": ("partial", "Its automatic docking system failed and it did not dock with Salyut 3; the crew landed "
                            "after two days."),
    "Soyuz 23": ("partial", "It failed to dock with Salyut 5 and came down at night on Lake Tengiz."),
    "Soyuz 25": ("partial", "It failed to dock with Salyut 6 and returned after two days."),
    "Soyuz 33": ("partial", "Its main engine failed on the approach to Salyut 6; it did not dock and landed on its "
                            "backup engine."),
    "Soyuz T-8": ("partial", "Its rendezvous antenna was lost at launch and it did not dock with Salyut 7."),
    "Soyuz 18a": ("failure", "The rocket's stages failed to separate properly; the capsule was pulled away on a "
                             "suborbital arc and the crew landed safely."),
}


class Row(NamedTuple):
    name: str
    launch: dt.date
    landing: dt.date | None


def plain(name: str) -> str:
    """A name's letters and digits, for matching spellings ("Soyuz-4", "Soyuz 4").

    >>> plain("Soyuz T-2 "), plain("STS-41-B")
    ('soyuzt2', 'sts41b')
    """
    return re.sub(r"[^0-9a-z]", "", name.casefold())


def flight_id(name: str) -> str:
    """The entry's id.

    >>> flight_id("Soyuz TMA-12"), flight_id("STS-51-L"), flight_id("Soyuz 18a")
    ('soyuz-tma-12', 'sts-51-l', 'soyuz-18a')
    """
    return re.sub(r"[^0-9a-z]+", "-", name.casefold()).strip("-")


def wiki(name: str) -> dict[str, str]:
    """The flight's own Wikipedia article."""
    return {"title": f"{name} (Wikipedia)", "url": "https://en.wikipedia.org/wiki/" + name.replace(" ", "_")}


def read_csv(text: str) -> list[Row]:
    """The Shuttle and Soyuz rows of the first table.

    >>> read_csv("launch,touchdown,program,name,altitude,destination\\n1984-02-03,1984-02-11,Shuttle,STS-41-B,317,\\n"
    ...          "2021-04-09,,Soyuz,Soyuz MS-18,426,ISS\\n1965-03-23,1965-03-23,Gemini,Gemini 3,225,\\n")
    [Row(name='STS-41-B', launch=datetime.date(1984, 2, 3), landing=datetime.date(1984, 2, 11)), \
Row(name='Soyuz MS-18', launch=datetime.date(2021, 4, 9), landing=None)]
    """
    out = []
    for r in csv.DictReader(text.splitlines()):
        if r["program"] in ("Shuttle", "Soyuz"):
            landing = dt.date.fromisoformat(r["touchdown"]) if r["touchdown"] else None
            out.append(Row(r["name"].strip(), dt.date.fromisoformat(r["launch"]), landing))
    return out


def read_table(text: str) -> dict[str, dict[str, Any]]:
    """The second table's Shuttle and Soyuz rows by plain name: date, rocket, orbiter, station.

    >>> t = read_table("| 287 | 2011.07.08 | STS  | Atlantis  | STS-135  | 4 | ISS  |\\n"
    ...                "| 31  | 1969.01.14 | Soyuz 11A511  | Soyuz-4  | Amur  | 1 |      |")
    >>> t["sts135"]["orbiter"], t["soyuz4"]["rocket"], t["soyuz4"]["station"]
    ('Atlantis', 'Soyuz (11A511)', None)
    """
    out: dict[str, dict[str, Any]] = {}
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 7 or not re.fullmatch(r"\d{4}\.\d\d\.\d\d", cells[1]):
            continue
        rocket = cells[2]
        if not (rocket == "STS" or rocket.startswith("Soyuz")):
            continue
        shuttle = rocket == "STS"
        name = (cells[4] if shuttle else cells[3]).split("/")[0]  # "STS-9/STS-41A"
        out[plain(name)] = {"date": dt.date.fromisoformat(cells[1].replace(".", "-")),
                            "rocket": ROCKETS.get(rocket, rocket), "orbiter": cells[3] if shuttle else None,
                            "station": cells[6] or None}
    return out


def entry(row: Row, other: dict[str, Any] | None, missions: dict[str, Any], report: list[str]) -> dict[str, Any]:
    """One ``crewed_flights`` entry from a row of the first table and the second table's row."""
    shuttle = row.name.startswith("STS-")
    e: dict[str, Any] = {"id": flight_id(row.name), "name": row.name,
                         "program": "space-shuttle" if shuttle else "soyuz"}
    notes: list[str] = []
    m = missions.get(plain(row.name))
    launch, landing = row.launch, row.landing
    if m is not None:
        e["mission"] = m.id
        if m.launch != launch:
            notes.append(f"The mission records' launch date {m.launch.isoformat()} is kept; the Wikipedia list's "
                         f"table gives {launch.isoformat()}.")
            launch = m.launch
        if m.end and landing and m.end != landing:
            notes.append(f"The mission records' end {m.end.isoformat()} is kept as the landing; the Wikipedia list's "
                         f"table gives {landing.isoformat()}.")
            landing = m.end
    e["launch"] = launch
    if landing:
        e["landing"] = landing
    sources = [wiki(row.name), CSV_SOURCE]
    if other is None:
        report.append(f"{row.name}: not in the second table")
    else:
        sources.append(MCDOWELL_SOURCE)
        if other["orbiter"]:
            e["orbiter"] = other["orbiter"]
        e["launch_vehicle"] = other["rocket"]
        stations = [STATIONS[s] for s in (other["station"] or "").split("/") if s in STATIONS]
        if other["station"] == "Salyut-7/Mir":
            stations = ["mir", "salyut-7"]
        if stations:
            e["stations"] = stations
        if other["date"] != launch:
            notes.append(f"McDowell's list (as parsec.ro gives it) dates the launch {other['date'].isoformat()}.")
            report.append(f"{row.name}: launch {launch.isoformat()} here, "
                          f"{other['date'].isoformat()} in the second table")
    if m is not None:
        e["outcome"] = m.outcome
    elif row.name in OUTCOMES:
        e["outcome"], e["outcome_reason"] = OUTCOMES[row.name]
    else:
        e["outcome"] = "success"
    if notes:
        e["notes"] = notes
    e["sources"] = sources
    return e


def later_soyuz(kb: Any, after: dt.date, seen: set[str]) -> list[dict[str, Any]]:
    """Soyuz flights of the people's dated lists launched after ``after`` that the tables lack."""
    from askspace.flightlog import records_of

    found: dict[str, tuple[dt.date, list[Any]]] = {}
    for p in kb.people.values():
        for f in records_of(p.flown):
            if f.name.startswith("Soyuz ") and f.date and f.date > after and plain(f.name) not in seen:
                own = [s for s in p.sources if s.title.startswith(f"{f.name} (")]
                found.setdefault(f.name, (f.date, []))[1].extend(own)
    out = []
    for name, (date, own) in sorted(found.items(), key=lambda kv: kv[1][0]):
        src = list({s.url: {"title": s.title, "url": s.url} for s in own}.values()) or [wiki(name)]
        out.append({"id": flight_id(name), "name": name, "program": "soyuz", "launch": date,
                    "stations": ["zarya"], "outcome": "success",
                    "notes": ["Launch date from the crew's flight lists (the flight's article); its landing is not "
                              "recorded here."], "sources": src})
    return out


def build(csv_text: str, table_text: str, kb: Any) -> tuple[list[dict[str, Any]], list[str]]:
    """Every entry (Shuttle first, then Soyuz, each by launch) and the report's lines."""
    report: list[str] = []
    table = read_table(table_text)
    rows = [r for r in read_csv(csv_text) if r.name not in UNCREWED_UP]
    names = {plain(r.name) for r in rows}
    crewed = {plain(m.name): m for m in kb.missions.values() if "crewed" in m.types}
    for m in kb.missions.values():  # an alias that is another flight's name (STS-51-L's "STS-33") is not a link
        for alias in m.aliases if "crewed" in m.types else ():
            if plain(alias) not in names:
                crewed.setdefault(plain(alias), m)
    out = [entry(r, table.get(plain(r.name)), crewed, report) for r in rows]
    for name in ("STS-51-L", "Soyuz MS-10"):  # launched, never reached space: in neither table
        m = crewed[plain(name)]
        out.append({"id": flight_id(name), "name": name, "program": m.program, "mission": m.id,
                    "launch": m.launch, **({"landing": m.end} if name == "Soyuz MS-10" else {}),
                    **({"orbiter": "Challenger"} if name == "STS-51-L" else {}),
                    "launch_vehicle": "Space Shuttle" if name == "STS-51-L" else "Soyuz-FG",
                    "outcome": m.outcome, "reached_orbit": False,
                    "sources": list({s["url"]: s for s in (wiki(name), *({"title": s.title, "url": s.url}
                                                                          for s in m.sources if s.url))}.values())[:3]})
    for e in out:
        if e["name"] == "Soyuz 18a":  # a launch abort on a suborbital arc above 100 km (the first table: 192 km)
            e.update(reached_orbit=False, line="100km", apogee_km=192)
        if e["name"] == "STS-107":  # broke up during re-entry: its end is not a landing
            e.pop("landing")
        if e["name"] == "Soyuz MS-17" and "landing" in e:
            report.append(f"Soyuz MS-17: the table's landing {e.pop('landing').isoformat()} left out (not confirmed)")
    last = max(r.launch for r in rows if r.name.startswith("Soyuz"))
    out += later_soyuz(kb, last, {plain(e["name"]) for e in out})
    out.sort(key=lambda e: (e["program"] != "space-shuttle", e["launch"], e["name"]))
    for name in table:
        if name not in {plain(e["name"]) for e in out}:
            report.append(f"{name}: only in the second table")
    return out, report


class _Plain(yaml.SafeDumper):
    """Writes every source in full (no YAML anchors)."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def main(argv: list[str]) -> int:
    from askspace.knowledge import data_files, default_data_dir, load_knowledge

    folder = default_data_dir() / "knowledge"
    kb = load_knowledge(folder, [f for f in data_files(folder) if f.parent.name != "flights"])
    entries, report = build(Path(argv[0]).read_text(), Path(argv[1]).read_text(), kb)
    folder = folder / "flights"
    folder.mkdir(exist_ok=True)
    for program, file in (("space-shuttle", "shuttle.yaml"), ("soyuz", "soyuz.yaml")):
        chosen = [e for e in entries if e["program"] == program]
        head = (f"# Generated by tests/importers/crewed_flights.py ({len(chosen)} flights); edit the importer and "
                "import again.\n")
        body = yaml.dump({"crewed_flights": chosen}, sort_keys=False, allow_unicode=True, width=110,
                         Dumper=_Plain)
        (folder / file).write_text(head + body, encoding="utf-8")
    if "--report" in argv:
        print("\n".join(report))
    print(f"{len(entries)} flights", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
