"""Import the crewed orbital flights of the programs other than the Shuttle and Soyuz into ``knowledge/flights/``.

The same two tables as ``crewed_flights.py`` (the Wikipedia list's ``missions.csv``, the primary source of the
dates, and McDowell's list as parsec.ro gives it, against which every launch date is compared): Vostok, Voskhod,
Mercury-Atlas, Gemini, Apollo, Skylab, the Apollo of Apollo-Soyuz, Shenzhou and Crew Dragon to mid 2021. The
flights launched after the tables end (Shenzhou 13 to 21, SpaceX Crew-3 to Crew-11, Inspiration4, the Axiom
missions, Polaris Dawn, Fram2) come from the people's dated flight lists (the flight's article as source), and the
Starliner Crew Flight Test from its mission record. Suborbital flights (Mercury-Redstone 3 and 4, X-15,
SpaceShipOne) are left out: the kind holds orbital flights, and ``reached_orbit: false`` means a failed launch.

    python -m tests.importers.crewed_flights_others missions.csv hsl.md [--report]
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import sys
from pathlib import Path
from typing import Any

import yaml

from askspace.crewedflights import FLIGHT_KEYS
from tests.importers.crewed_flights import MCDOWELL_SOURCE, Row, _Plain, entry, flight_id, plain, wiki

PROGRAMS = {"Vostok": "vostok", "Voskhod": "voskhod", "Mercury": "mercury", "Gemini": "gemini", "Apollo": "apollo",
            "Skylab": "skylab", "Shenzhou": "shenzhou", "Dragon": "commercial-crew"}
"""The first table's programs -> the program ids of the records (Crew Dragon's NASA flights: Commercial Crew)."""
SUBORBITAL = ("Mercury-Redstone 3", "Mercury-Redstone 4")
RENAMED = {"Apollo - Soyuz": "Apollo (Apollo-Soyuz)"}
"""The Apollo of Apollo-Soyuz; the records' mission ``apollo-soyuz`` is its Soyuz 19, which stays that flight's."""
ALIASES = {"Mercury-Atlas 6": ["MA-6"], "Mercury-Atlas 7": ["MA-7"], "Mercury-Atlas 8": ["MA-8"],
           "Mercury-Atlas 9": ["MA-9"], "Apollo (Apollo-Soyuz)": ["ASTP"]}
"""The names the people's flight lists give these flights (the Astronaut database's)."""
TABLE_NAMES = {"Kedr": "Vostok 1", "Rubin": "Voskhod 1", "MA6": "Mercury-Atlas 6", "MA7": "Mercury-Atlas 7",
               "MA8": "Mercury-Atlas 8", "MA9": "Mercury-Atlas 9", "Molly Brown": "Gemini 3",
               "ASTP": "Apollo (Apollo-Soyuz)", "Dragon/DM2": "Crew Dragon Demo-2", "Dragon/Crew-1": "SpaceX Crew-1",
               "Dragon/Crew-2": "SpaceX Crew-2", "Shanzhou-12": "Shenzhou 12"}
"""The second table's call signs and spellings -> the first table's names."""
OTHER_STATIONS = {"Skylab-1": "skylab", "Tiangong-1": "tiangong-1", "Tiangong-2": "tiangong-2", "Tianhe": "tianhe"}
ROCKETS = {"Changzheng-2F": "Long March 2F", "Falcon-9": "Falcon 9", "Atlas LV-3B": "Atlas LV-3B"}
LATER = {"Shenzhou ": ("shenzhou", ["tianhe"]), "SpaceX Crew-": ("commercial-crew", ["zarya"]),
         "Axiom Mission ": (None, ["zarya"]), "Inspiration4": (None, []), "Polaris Dawn": (None, []),
         "Fram2": (None, [])}
"""Flights after the tables, by how their names begin: their program (None: a private flight of no program) and
the station they flew to."""
FILES = {"vostok_voskhod.yaml": ("vostok", "voskhod"), "mercury_gemini.yaml": ("mercury", "gemini"),
         "apollo_skylab.yaml": ("apollo", "skylab"),  # and the Apollo of Apollo-Soyuz "shenzhou.yaml": ("shenzhou",),
         "us_commercial.yaml": ("commercial-crew", None)}


def read_csv(text: str) -> list[tuple[Row, str]]:
    """The orbital rows of the programs above, with their program id.

    >>> read_csv("launch,touchdown,program,name,altitude,destination\\n"
    ...          "1961-05-05,1961-05-05,Mercury,Mercury-Redstone 3,188,\\n"
    ...          "1975-07-15,1975-07-24,Apollo,Apollo - Soyuz,231,Soyuz\\n1984-02-03,,Shuttle,STS-41-B,317,\\n")
    [(Row(name='Apollo (Apollo-Soyuz)', launch=datetime.date(1975, 7, 15), landing=datetime.date(1975, 7, 24)), \
'apollo')]
    """
    out = []
    for r in csv.DictReader(text.splitlines()):
        name = r["name"].strip()
        if r["program"] in PROGRAMS and name not in SUBORBITAL:
            landing = dt.date.fromisoformat(r["touchdown"]) if r["touchdown"] else None
            out.append((Row(RENAMED.get(name, name), dt.date.fromisoformat(r["launch"]), landing),
                        PROGRAMS[r["program"]]))
    return out


def read_table(text: str) -> dict[str, dict[str, Any]]:
    """The second table's rows of these programs by plain name.

    >>> t = read_table("| 26  | 1966.11.11 | Titan II | Gemini XII | Gemini-12 | 2 | |\\n"
    ...                "| 15  | 1964.10.12 | Voskhod  | Voskhod    | Rubin     | 3 | |\\n"
    ...                "| 51  | 1973.11.16 | Saturn IB | Skylab-4 | SL4 | 3 | Skylab-1 |")
    >>> sorted(t), t["skylab4"]["station"], t["gemini12"]["rocket"]
    (['gemini12', 'skylab4', 'voskhod1'], 'Skylab-1', 'Titan II')
    """
    out: dict[str, dict[str, Any]] = {}
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 7 or not re.fullmatch(r"\d{4}\.\d\d\.\d\d", cells[1]):
            continue
        rocket, craft, call = cells[2], cells[3], cells[4]
        if rocket == "STS" or rocket.startswith("Soyuz") or rocket in ("Redstone MRLV", "X-15") \
                or rocket.casefold() == "spaceshipone":
            continue
        name = TABLE_NAMES.get(call) or TABLE_NAMES.get(craft) or (call if call.startswith("Gemini") else craft)
        out[plain(name)] = {"date": dt.date.fromisoformat(cells[1].replace(".", "-")),
                            "rocket": ROCKETS.get(rocket, rocket), "orbiter": None, "station": cells[6] or None}
    return out


def later(kb: Any, seen: set[str], missions: dict[str, Any], table: dict[str, dict[str, Any]],
          report: list[str]) -> list[dict[str, Any]]:
    """The flights of the people's dated lists that the tables lack, and the Starliner test from its mission."""
    from askspace.flightlog import records_of

    found: dict[str, tuple[dt.date, list[Any]]] = {}
    for p in kb.people.values():
        for f in records_of(p.flown):
            if f.name.startswith(tuple(LATER)) and f.date and plain(f.name) not in seen:
                own = [s for s in p.sources if s.title.startswith(f"{f.name} (")]
                found.setdefault(f.name, (f.date, []))[1].extend(own)
    cft = kb.missions["boeing-crew-flight-test"]
    found[cft.name] = (cft.launch, [])
    out = []
    for name, (date, own) in sorted(found.items(), key=lambda kv: kv[1][0]):
        program, stations = next(v for k, v in LATER.items() if name.startswith(k)) if name != cft.name \
            else ("commercial-crew", ["zarya"])
        m = missions.get(plain(name))
        src = list({s.url: {"title": s.title, "url": s.url} for s in own}.values()) or [wiki(name)]
        e: dict[str, Any] = {"id": flight_id(name), "name": name}
        if program:
            e["program"] = program
        notes = ["Launch date from the crew's flight lists (the flight's article); the two tables end in 2021."]
        if m is not None:
            e["mission"] = m.id
            src += [{"title": s.title, "url": s.url} for s in m.sources if s.url and s.url not in
                    {x["url"] for x in src}][:2]
            notes = ["Launch date from the mission records; the two tables end in 2021."]
        e["launch"] = m.launch if m is not None else date
        other = table.get(plain(name))
        if other is not None:
            notes[0] = notes[0].replace("the two tables end in 2021", "the Wikipedia list's table ends before it")
            src.append(MCDOWELL_SOURCE)
            e["launch_vehicle"] = other["rocket"]
            if other["date"] != e["launch"]:
                notes.append(f"McDowell's list (as parsec.ro gives it) dates the launch {other['date'].isoformat()}.")
                report.append(f"{name}: launch {e['launch'].isoformat()} here, {other['date'].isoformat()} in the "
                              "second table")
        if m is not None and m.end and m.outcome == "success":
            e["landing"] = m.end
        elif m is not None:
            notes.append("Its landing is left out: the crew came back in another craft.")
        if stations:
            e["stations"] = stations
        e["outcome"] = m.outcome if m is not None else "success"
        e["notes"] = notes
        e["sources"] = src
        out.append(e)
    return out


def build(csv_text: str, table_text: str, kb: Any) -> tuple[list[dict[str, Any]], list[str]]:
    """Every entry of these programs (by launch) and the report's lines."""
    report: list[str] = []
    table = read_table(table_text)
    rows = read_csv(csv_text)
    crewed = {plain(m.name): m for m in kb.missions.values() if "crewed" in m.types and m.program != "soyuz"}
    for m in kb.missions.values():
        for alias in m.aliases if "crewed" in m.types and m.program != "soyuz" else ():
            crewed.setdefault(plain(alias), m)
    listed = _listed(kb)
    out = []
    for row, program in rows:
        other, fixed = table.get(plain(row.name)), None
        if other and listed.get(row.name) == other["date"] != row.launch and plain(row.name) not in crewed:
            row, fixed = row._replace(launch=other["date"]), row.launch
        e = entry(row, other, crewed, report)
        if fixed:
            e.setdefault("notes", []).append(
                f"The Wikipedia list's table dates the launch {fixed.isoformat()}; McDowell's list and the crew's "
                f"flight lists give {row.launch.isoformat()}, kept.")
            report.append(f"{row.name}: launch {fixed.isoformat()} in the first table, {row.launch.isoformat()} kept")
        if row.name != "Apollo (Apollo-Soyuz)":  # a joint project: not one of the Apollo program's flights
            e["program"] = program
        else:
            del e["program"]
        if row.name in ALIASES:
            e = {"id": e["id"], "name": e["name"], "aliases": ALIASES[row.name], **e}
        m = crewed.get(plain(row.name))
        if "landing" not in e and m is not None and m.end and m.outcome == "success":
            e = {k: v for k, v in e.items() if k != "sources"} | {"landing": m.end, "sources": e["sources"]}
            e.setdefault("notes", []).append("Landing date from the mission records (the first table has none).")
        for s in ((table.get(plain(row.name)) or {}).get("station") or "").split("/"):
            if s in OTHER_STATIONS:
                e = _with_station(e, OTHER_STATIONS[s])
        out.append(e)
    out += later(kb, {plain(e["name"]) for e in out}, crewed, table, report)
    for e in out:
        if e["name"] == "Apollo (Apollo-Soyuz)":  # the flight has no article of its own: the project's
            e["sources"][0] = {"title": "Apollo–Soyuz (Wikipedia)", "url": "https://en.wikipedia.org/wiki/Apollo–Soyuz"}
    out = [{k: e[k] for k in FLIGHT_KEYS if k in e} for e in out]
    out.sort(key=lambda e: (e["launch"], e["name"]))
    for name in table:
        if name not in {plain(e["name"]) for e in out}:
            report.append(f"{name}: only in the second table")
    return out, report


def _listed(kb: Any) -> dict[str, dt.date]:
    """The launch date the people's flight lists give each flight they date."""
    from askspace.flightlog import records_of

    return {f.name: f.date for p in kb.people.values() for f in records_of(p.flown) if f.date}


def _with_station(e: dict[str, Any], station: str) -> dict[str, Any]:
    """The entry with the station in its place (before ``outcome``)."""
    out: dict[str, Any] = {}
    for k, v in e.items():
        if k == "outcome" and "stations" not in e:
            out["stations"] = [station]
        out[k] = v
    return out


def main(argv: list[str]) -> int:
    from askspace.knowledge import data_files, default_data_dir, load_knowledge

    folder = default_data_dir() / "knowledge"
    kb = load_knowledge(folder, [f for f in data_files(folder) if f.parent.name != "flights"])
    entries, report = build(Path(argv[0]).read_text(), Path(argv[1]).read_text(), kb)
    for file, programs in FILES.items():
        chosen = [e for e in entries if e.get("program", "apollo" if e["name"].startswith("Apollo") else None)
                  in programs]
        head = (f"# Generated by tests/importers/crewed_flights_others.py ({len(chosen)} flights); edit the importer "
                "and import again.\n")
        body = yaml.dump({"crewed_flights": chosen}, sort_keys=False, allow_unicode=True, width=110, Dumper=_Plain)
        (folder / "flights" / file).write_text(head + body, encoding="utf-8")
    if "--report" in argv:
        print("\n".join(report))
    print(f"{len(entries)} flights", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
