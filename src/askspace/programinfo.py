"""What a program was: when it began and ended (or that it is ongoing), its purpose and its flight count.

These are optional keys of a ``programs:`` entry (knowledge/README.md, programs). How and why a program
ended is not written here: it is the program's ``ended`` or ``cancelled`` history fact (askspace.history),
so that one sourced note answers both "When did Apollo end?" and "Why did Apollo end?".

>>> from askspace.fields import DataError, Problems
>>> errors: list[DataError] = []
>>> p = Problems("p.yaml", errors)
>>> bare = model.Program("x", "X", "usa")
>>> parse_details(bare, {"began": 1961, "ended": 1958, "flights": 3}, p, "programs[x]").began.text()
'1961'
>>> for e in errors: print(e)
p.yaml: programs[x].ended: 1958 is before began 1961
p.yaml: programs[x].flights_counted: say what the flight count counts (the counting rule)
p.yaml: programs[x].sources: a program with dates, a purpose or a flight count needs a source
"""

from __future__ import annotations

from typing import Any

from askspace import model
from askspace.fields import Problems, _describe, _flag, _opt, _text, _text_list
from askspace.history import HistoryDate

DETAIL_KEYS = ("began", "ended", "ongoing", "purpose", "flights", "flights_counted", "notes", "meaning")


def parse_details(program: model.Program, m: dict[str, Any], p: Problems, path: str) -> model.Program:
    """``program`` with the detail keys of its entry ``m``, after reporting what is wrong with them."""
    if not any(key in m for key in DETAIL_KEYS):
        return program
    began = HistoryDate.parse(m["began"], p, f"{path}.began") if m.get("began") is not None else None
    ended = HistoryDate.parse(m["ended"], p, f"{path}.ended") if m.get("ended") is not None else None
    ongoing = _flag(m, "ongoing", p, path)
    if began and ended and ended < began:
        p.add(f"{path}.ended", f"{ended.iso()} is before began {began.iso()}")
    if ended and ongoing:
        p.add(f"{path}.ongoing", "a program that has ended is not ongoing; remove one of the two")
    flights = m.get("flights")
    if flights is not None and not (isinstance(flights, int) and not isinstance(flights, bool) and flights > 0):
        p.add(f"{path}.flights", f"expected a whole number above 0, got {_describe(flights)}")
        flights = None
    counted = _opt(m, "flights_counted", _text, p, path)
    if flights is not None and counted is None:
        p.add(f"{path}.flights_counted", "say what the flight count counts (the counting rule)")
    if not program.sources:
        p.add(f"{path}.sources", "a program with dates, a purpose or a flight count needs a source")
    return program._replace(began=began, ended=ended, ongoing=ongoing, purpose=_opt(m, "purpose", _text, p, path),
                            flights=flights, flights_counted=counted,
                            notes=_opt(m, "notes", _text_list, p, path) or (),
                            meaning=_opt(m, "meaning", _text, p, path))


def span(program: model.Program, as_of: str) -> str | None:
    """'from 1961 to 1972', 'since 1998 (still under way on 31 December 2025)', 'to 1993', or None."""
    began, ended = program.began, program.ended
    if began and ended:
        return f"from {began.text()} to {ended.text()}"
    if began and program.ongoing:
        return f"since {began.text()} (still under way on {as_of})"
    if ended:
        return f"to {ended.text()} (when it began is not in my records)"
    if began:
        return f"from {began.text()} (when it ended is not in my records)"
    return None


def export_programs(kb: model.KnowledgeBase) -> list[dict[str, Any]]:
    """The programs for ``--export-knowledge``, with their details (null where no source gives them)."""
    from askspace.export import source_dict

    return [{"id": pr.id, "name": pr.name, "aliases": list(pr.aliases), "country": pr.country,
             "began": pr.began.iso() if pr.began else None, "ended": pr.ended.iso() if pr.ended else None,
             "ongoing": pr.ongoing, "purpose": pr.purpose, "flights": pr.flights,
             "flights_counted": pr.flights_counted, "notes": list(pr.notes), "meaning": pr.meaning,
             "sources": [source_dict(s) for s in pr.sources]} for pr in kb.programs.values()]
