"""Import the Astronaut database (Stavnichuk & Corlett 2020, CC BY 4.0) into ``knowledge/people/``.

The database has one row per person and flight, to January 2020. This script groups the
rows by person, applies the corrections of :mod:`tests.importers.corrections` (each with
its reason and source), and writes one YAML file per decade of first flight. Run it from
the repository root with the CSV fetched from the tidytuesday repository::

    python -m tests.importers.astronauts astronauts.csv

The CSV itself is not committed. ``--notes`` also writes the rows whose per-person totals
disagree with the per-flight values (``knowledge/people/IMPORT_NOTES.md``).
"""

from __future__ import annotations

import argparse
import csv
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from tests.importers import corrections as fix
from tests.importers.flights import NOT_IN_SPACE, flight
from tests.importers.names import clock, forms, native, slug

SOURCE = {
    "title": "Astronaut database (Stavnichuk & Corlett 2020, CC BY 4.0)",
    "url": "https://data.mendeley.com/datasets/86tsnnbv2w/1",
}
COUNTED_TO = "2020-01-15"
NATIONS = {
    "U.S.": ("usa",), "U.K./U.S.": ("usa",), "U.K.": ("uk",), "Japan": ("japan",), "France": ("france",),
    "Canada": ("canada",), "Germany": ("germany",), "China": ("china",), "Italy": ("italy",),
    "Switzerland": ("switzerland",), "Australia": ("australia",), "Netherland": ("netherlands",),
    "Belgium": ("belgium",), "Bulgaria": ("bulgaria",), "Spain": ("spain",), "Sweden": ("sweden",),
    "Mongolia": ("mongolia",), "Romania": ("romania",), "Czechoslovakia": ("czechoslovakia",),
    "Poland": ("poland",), "Hungry": ("hungary",), "Vietnam": ("vietnam",), "Cuba": ("cuba",), "India": ("india",),
    "Saudi Arabia": ("saudi-arabia",), "Mexico": ("mexico",), "Syria": ("syria",), "Afghanistan": ("afghanistan",),
    "Austria": ("austria",), "U.S.S.R/Ukraine": ("ukraine",), "Slovakia": ("slovakia",),
    "Republic of South Africa": ("south-africa",), "Israel": ("israel",), "Brazil": ("brazil",),
    "Malysia": ("malaysia",), "Korea": ("south-korea",), "Denmark": ("denmark",), "Kazakhstan": ("kazakhstan",),
    "UAE": ("uae",),
}
KEY_ORDER = ("id", "name", "aliases", "sex", "born", "died", "death_cause", "nationalities", "selection", "flights",
             "flown", "time_in_space", "spacewalks", "eva_time", "counted_to", "notes", "sources")


@dataclass
class Person:
    """One person's rows, in flight order."""

    rows: list[dict[str, str]]
    notes: list[str] = field(default_factory=list)

    @property
    def key(self) -> str:
        return self.rows[0]["name"]

    def fixed(self, table: dict[str, Any]) -> Any:
        """This person's entry in a corrections table, by ``"name/birth year"`` or by name."""
        return table.get(f"{self.key}/{self.rows[0]['year_of_birth']}", table.get(self.key))

    def launches(self) -> list[dict[str, str]]:
        """The rows of every launch, those that did not reach space too; a repeated row counts once."""
        seen, out = set(), []
        for r in self.rows:
            key = (r["year_of_mission"], r["ascend_shuttle"].replace("\u00ad", ""))
            if key not in seen:
                seen.add(key)
                out.append(r)
        return out

    def flights(self) -> list[dict[str, str]]:
        """The rows of flights that reached space, each once."""
        return [r for r in self.launches() if r["in_orbit"].strip().casefold() not in NOT_IN_SPACE]

    def flown(self, years: dict[str, int] | None = None) -> list[dict[str, Any]]:
        """Every launch as a flight of the knowledge files, the corrections' missing flights added, by year.

        ``years`` (see :func:`crew_years`) corrects a year that the rest of the flight's crew contradicts.
        """
        out = [flight(r) for r in self.launches()] + [dict(f) for f in self.fixed(fix.FLIGHTS) or ()] \
            + [dict(f) for f, _ in self.fixed(fix.LATER) or ()]
        renamed, _ = self.fixed(fix.FLIGHT_NAMES) or ({}, None)
        for f in out:
            right = renamed.get((f["name"], f["year"]))
            if right:
                self.notes.append(f"{right} in {f['year']}: the database's row names {f['name']}.")
                f["name"] = right
        for f in out:
            agreed = (years or {}).get(f["name"])
            if agreed and agreed != f["year"]:
                self.notes.append(f"{f['name']}: year {agreed}, as the other crew members' rows give it (this "
                                  f"person's row says {f['year']}).")
                f["year"] = agreed
        return sorted(out, key=lambda f: f["year"])  # stable: the database's order within a year

    def nationalities(self) -> list[str]:
        """The states flown for, in flight order: the Soviet Union to 1991, Russia after."""
        out: list[str] = []
        for r in self.rows:
            raw = r["nationality"]
            states = (("ussr",) if int(r["year_of_mission"]) <= 1991 else ("russia",)) \
                if raw == "U.S.S.R/Russia" else NATIONS[raw]
            out += [s for s in states if s not in out]
        return list(self.fixed(fix.NATIONALITIES) or out)


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def group(rows: Iterable[dict[str, str]]) -> list[Person]:
    """People in the database's order (its ``number`` column), rows in flight order.

    Two people share a number (Yuri Baturin and Pedro Duque, 385): a person is a number and a name.
    """
    people: dict[tuple[str, str], Person] = {}
    for r in rows:
        people.setdefault((r["number"], r["name"]), Person([])).rows.append(r)
    for p in people.values():
        p.rows.sort(key=lambda r: (int(r["year_of_mission"]), int(r["mission_number"]), int(r["id"])))
    return sorted(people.values(), key=lambda p: int(p.rows[0]["number"]))


def crew_years(people: list[Person]) -> dict[str, int]:
    """Each flight's year as most of its crew's rows give it (a strict majority; a tie decides nothing)."""
    counts: dict[str, Counter[int]] = {}
    for p in people:
        for f in p.flown():
            counts.setdefault(f["name"], Counter())[f["year"]] += 1
    out = {}
    for name, c in counts.items():
        (year, n), *rest = c.most_common()
        if rest and n > sum(m for _, m in rest):
            out[name] = year
    return out


def entry(p: Person, years: dict[str, int] | None = None) -> dict[str, Any]:
    """The knowledge entry of one person, corrections applied."""
    first = p.rows[0]
    states = p.nationalities()
    short, full = forms(first["name"], states[0])
    name, extra = p.fixed(fix.NAMES) or (short, ())
    aliases = [a for a in dict.fromkeys([full, short, *extra, native(first["original_name"], full) or ""])
               if a and a != name]
    flights = p.flights()
    hours = sum(float(r["hours_mission"]) for r in flights)
    evas = sum(int(float(r["field21"] or 0)) for r in flights)
    eva_hours = sum(float(r["eva_hrs_mission"]) for r in flights)
    out: dict[str, Any] = {
        "id": slug(name), "name": name, "aliases": aliases, "sex": first["sex"],
        "born": int(first["year_of_birth"]), "nationalities": states,
        "selection": {"group": " ".join(first["selection"].split()), "year": int(first["year_of_selection"])},
        "flights": len(flights), "flown": p.flown(years), "time_in_space": clock(hours), "spacewalks": evas,
        "eva_time": clock(eva_hours), "counted_to": COUNTED_TO,
    }
    sources = [dict(SOURCE)]
    notes = list(dict.fromkeys(p.notes))  # flown() notes its fixes on each call
    if first["nationality"] == "U.K./U.S.":
        notes.append("A British and US citizen (the database: U.K./U.S.); flew as a NASA astronaut.")
    skipped = [r["ascend_shuttle"] for r in p.rows if r["in_orbit"].strip().casefold() in NOT_IN_SPACE]
    if skipped:
        notes.append(f"Not counted as a spaceflight (the launch did not reach space): {', '.join(skipped)}.")
    renamed = p.fixed(fix.FLIGHT_NAMES)
    if renamed and renamed[1] not in sources:
        sources.append(dict(renamed[1]))
    later = p.fixed(fix.LATER) or ()
    if later:
        notes.append("Flights after the database's end, from the sources cited (not counted in the totals): "
                     + ", ".join(f"{f['name']} ({f['date']})" for f, _ in later) + ".")
        notes += [f"{f['name']} was launched on {fix.LOCAL_DATES[f['name']]} (local time); the date here is UTC."
                  for f, _ in later if f["name"] in fix.LOCAL_DATES]
        sources += [dict(s) for _, s in later if s not in sources]
    for correction in p.fixed(fix.PEOPLE) or ():
        out.update(correction.values)
        notes.append(correction.why)
        if correction.source not in sources:
            sources.append(dict(correction.source))
    if notes:
        out["notes"] = notes
    out["sources"] = sources
    return {k: out[k] for k in KEY_ORDER if out.get(k) not in ([], None)}


def decade(p: Person) -> str:
    year = min(int(r["year_of_mission"]) for r in p.rows)
    return f"{year // 10 * 10}s"


def discrepancies(p: Person) -> list[str]:
    """Where the database's per-person totals disagree with its per-flight rows."""
    first, flights = p.rows[0], p.flights()
    hours = sum(float(r["hours_mission"]) for r in flights)
    total = float(first["total_hrs_sum"])
    out = []
    if abs(total - hours) > max(1.0, 0.01 * total):
        out.append(f"time in space: total_hrs_sum {total:g} h, per-flight rows add up to {hours:g} h")
    eva, eva_sum = float(first["total_eva_hrs"]), sum(float(r["eva_hrs_mission"]) for r in flights)
    if abs(eva - eva_sum) > 0.2:
        out.append(f"EVA time: total_eva_hrs {eva:g} h, per-flight rows add up to {eva_sum:g} h")
    if int(first["total_number_of_missions"]) != len(flights):
        out.append(f"flights: total_number_of_missions {first['total_number_of_missions']}, "
                   f"{len(flights)} flights reached space in the rows")
    return out


def write(people: list[Person], folder: Path) -> dict[str, int]:
    """One file per decade of first flight; returns the number of people per file."""
    files: dict[str, list[dict[str, Any]]] = {}
    years = crew_years(people)
    entries = [entry(p, years) for p in people]
    used = Counter(a.casefold() for e in entries for a in dict.fromkeys([e["name"], *e.get("aliases", ())]))
    for p, e in zip(people, entries, strict=True):
        e["aliases"] = [a for a in e.get("aliases", ()) if used[a.casefold()] == 1]  # "Gregory Johnson": two people
        if not e["aliases"]:
            del e["aliases"]
        files.setdefault(decade(p), []).append(e)
    folder.mkdir(parents=True, exist_ok=True)
    for name, group_entries in files.items():
        header = (f"# Generated by tests/importers/astronauts.py from the Astronaut database\n"
                  f"# (Stavnichuk & Corlett 2020, CC BY 4.0): people whose first flight was in the {name}.\n"
                  "# Edit the corrections in tests/importers/corrections.py and import again.\n")
        text = yaml.safe_dump({"people": group_entries}, allow_unicode=True, sort_keys=False, width=120,
                              default_flow_style=None)
        (folder / f"astronaut_db_{name}.yaml").write_text(header + text, encoding="utf-8")
    return {name: len(group) for name, group in files.items()}


def unused_corrections(people: list[Person]) -> list[str]:
    """Keys of the corrections tables that match no one (a misspelt key would silently do nothing)."""
    keys = {k for p in people for k in (p.key, f"{p.key}/{p.rows[0]['year_of_birth']}")}
    tables = (fix.NAMES, fix.PEOPLE, fix.NATIONALITIES, fix.FLIGHTS, fix.FLIGHT_NAMES, fix.LATER)
    return sorted(k for table in tables for k in table if k not in keys)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("csv", type=Path)
    parser.add_argument("--out", type=Path, default=Path("knowledge/people"))
    parser.add_argument("--notes", action="store_true", help="also write the discrepancies found")
    args = parser.parse_args(argv)
    people = group(read_rows(args.csv))
    unused = unused_corrections(people)
    if unused:
        raise SystemExit(f"corrections for no one in the database: {', '.join(unused)}")
    counts = write(people, args.out)
    print(f"{len(people)} people: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    if args.notes:
        lines = [f"- {p.key}: " + "; ".join(d) for p in people if (d := discrepancies(p))]
        (args.out / "IMPORT_NOTES.md").write_text(
            "# Astronaut database: totals that disagree with the per-flight rows\n\n"
            "Generated by `python -m tests.importers.astronauts CSV --notes`. The import uses the per-flight\n"
            "rows (flights that reached space, each once) unless `tests/importers/corrections.py` corrects the\n"
            "person.\n\n" + "\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
