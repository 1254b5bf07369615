"""What a program was for, when it ran and how many flights it made: the programs' sourced details.

The details are keys of the program entries (askspace.programinfo); how and why a program ended is its
``ended`` or ``cancelled`` history fact, shown after the span. A program without the detail asked for is
"not known" (or, for its start, its first flight in the records, as before), never a nearby program's.
"""

from __future__ import annotations

from typing import Any

from askspace import compose, queries
from askspace.compose import day
from askspace.handlers.base import Ask, Reply
from askspace.history import HistoryFact
from askspace.model import Program
from askspace.programinfo import span
from askspace.text import normalise

_HOW_LONG = ("how long", "what years", "which years", "run", "ran", "last", "lasted", "in operation", "operate",
             "operated", "active", "running")
_STILL = ("still", "ongoing", "under way", "going on", "still going", "still running", "still active")
_START = ("start", "started", "begin", "began", "begun")
_END = ("end", "ended", "finish", "finished")


def named_program(a: Ask) -> Program | None:
    """The program the question names, or the program of a station named by its own name ("the International
    Space Station" is the Zarya module's entry, whose program is the ISS programme)."""
    ids = a.q.ids("program")
    if ids:
        return a.kb.programs[ids[0]]
    for m in a.q.of_kind("mission"):
        mission = a.kb.missions[m.ids[0]]
        program = a.kb.programs.get(mission.program or "")
        said = normalise(m.text).words
        if program and said and any(normalise(n).words[:len(said)] == said for n in (program.name, *program.aliases)):
            return program
    return None


def _cite(a: Ask, program: Program) -> str:
    return "".join(a.citations.add(s) for s in program.sources[:1])


def _not_known(what: str, program: Program | None) -> Reply:
    if program is None:
        return Reply(["My records do not have that for a program I know."], understood=False)
    return Reply([f"My records do not {what.format(name=compose.program_phrase(program))}."], understood=False)


def program_purpose(a: Ask) -> Reply:
    """ "What was the purpose of the Gemini program?": the entry's one-sentence purpose, with its span."""
    program = named_program(a)
    if program is None or program.purpose is None:
        return _not_known("have the purpose of {name}", program)
    r = a.reply([], states=[program.country])
    when = _years(program)
    name = compose.capitalise(compose.program_phrase(program))
    r.lines.append(f"{name}{f' ({when})' if when else ''}: {program.purpose.rstrip('.')}{_cite(a, program)}.")
    return r


def program_span(a: Ask) -> Reply:
    """ "When did the Gemini program start?", "How long did Project Apollo run?", "Is Artemis still going?"."""
    program = named_program(a)
    if program is None:
        return _not_known("have the dates of {name}", program)
    if program.began is None and program.ended is None:
        if _asks(a, _START):
            from askspace.handlers.programs import program_status

            return program_status(a)  # its first flight in the records, as before the details were kept
        return _not_known("have the dates of {name}", program)
    if _asks(a, _END) and not _asks(a, _HOW_LONG + _START):
        return _when_ended(a, program)
    r = a.reply([], states=[program.country])
    as_of = day(a.kb.as_of)
    name = compose.capitalise(compose.program_phrase(program))
    cite = _cite(a, program)
    began, ended = program.began, program.ended
    if _asks(a, _STILL) or (a.q.yes_no and not _asks(a, _HOW_LONG)):
        phrase = compose.program_phrase(program)
        if program.ongoing:
            since = f", begun {_on(began.text())}," if began else ""
            r.lines.append(f"Yes: {phrase}{since} was still under way on {as_of}, the date my records end{cite}.")
        elif ended:
            r.lines.append(f"No: {phrase} ended {_on(ended.text())}{cite}.")
        else:
            return _not_known("say whether {name} has ended", program)
    elif _asks(a, _HOW_LONG) or not _asks(a, _START):
        r.lines.append(f"{name} ran {span(program, as_of)}{cite}{_length(program)}.")
    elif began is None:
        return _not_known("say when {name} began", program)
    else:
        rest = f", and ran to {ended.text()}" if ended else (f"; it was still under way on {as_of}"
                                                              if program.ongoing else "")
        r.lines.append(f"{name} began {_on(began.text())}{cite}{rest}.")
    r.lines.extend(program.notes)
    r.lines.extend(_ending(a, program))
    return r


def _when_ended(a: Ask, program: Program) -> Reply:
    """ "When did the Mir program end?": its history fact, which says how; else its dates say it has not ended."""
    if _endings(a, program):
        from askspace.handlers.history import history_fact

        return history_fact(a)
    r = a.reply([], states=[program.country])
    cite = _cite(a, program)
    phrase = compose.program_phrase(program)
    if program.ongoing:
        since = f", begun {_on(program.began.text())}," if program.began else ""
        r.lines.append(f"It has not ended: {phrase}{since} was still under way on {day(a.kb.as_of)}, the date my "
                       f"records end{cite}.")
    elif program.ended:
        r.lines.append(f"{compose.capitalise(phrase)} ended {_on(program.ended.text())}{cite}; how it ended is not "
                       "in my records.")
    else:
        return _not_known("say when {name} ended", program)
    r.lines.extend(program.notes)
    return r


def program_flights(a: Ask) -> Reply:
    """ "How many flights did the Gemini program make?": the sourced count and what it counts."""
    program = named_program(a)
    flown = [f for f in a.kb.crewed_flights.values() if program and f.program == program.id and f.launched]
    ground = [f for f in a.kb.crewed_flights.values() if program and f.program == program.id and not f.launched]
    if program is not None and program.flights is None and flown:
        r = a.reply([], states=[program.country])
        first, last = flown[0], flown[-1]
        cite = "".join(r.citations.add(s) for s in first.sources[1:])
        r.lines.append(f"My flight records hold {len(flown)} crewed {program.name} flights, {first.name} "
                       f"({first.launch.year}) to {last.name} ({last.launch.year}){cite}.")
        short = [f"{f.name} ({compose.day(f.launch)})" for f in flown if not f.reached_orbit]
        aborted = f", {compose.join(short)} included, which launched but did not reach orbit" if short else ""
        r.lines.append(f"Counted: flights launched with a crew to {compose.day(a.kb.as_of)}{aborted}; flights "
                       "launched without a crew are not counted" + _ground(ground) + ".")
        return r
    if program is None or program.flights is None:
        from askspace.handlers.missionsets import count_missions

        return count_missions(a)  # the flights in the records, said to be only those
    r = a.reply([], states=[program.country])
    name = compose.capitalise(compose.program_phrase(program))
    word = "flight" if program.flights == 1 else "flights"
    r.lines.append(f"{name} made {program.flights} {word}{_cite(a, program)}.")
    r.lines.append(f"Counted: {program.flights_counted}.")
    held = queries.missions(a.kb, program=program.id)
    if flown:
        r.lines.append(_flight_records(a, flown, program.flights) + _ground(ground, " My flight records add"))
    if held:
        r.lines.append(f"My records hold {len(held)} of its missions in detail.")
    return r


def _ground(ground: list[Any], lead: str = ", nor") -> str:
    """The program's crewed flights that never launched, named as not counted."""
    if not ground:
        return ""
    said = compose.join([f"{f.name} ({compose.day(f.launch)})" for f in ground])
    return f"{lead} {said}, which never launched" + (" (not counted)." if lead != ", nor" else "")


def _flight_records(a: Ask, flown: list[Any], count: int) -> str:
    """What the flight records (knowledge/flights) hold of a program: all its flights, those that were suborbital
    by design and those that never reached orbit."""
    sub = [f for f in flown if f.suborbital and f.outcome == "success"]
    flown = [f for f in flown if f not in sub]
    if sub:
        head = _flight_records(a, flown, count - len(sub)) if flown else ""
        names = compose.join([f.name for f in sub])
        return (f"My flight records hold all {len(sub) + len(flown)}: {names} suborbital by design, "
                f"{len(flown)} orbital." if len(sub) + len(flown) == count and head.endswith("reached orbit.")
                else f"{head} They also hold {names}, suborbital by design.".strip())
    short = [f for f in flown if not f.reached_orbit]
    said = compose.join([f"{f.name} ({compose.day(f.launch)})" for f in short])
    head = f"My flight records hold all {len(flown)}" if len(flown) == count else \
        f"My flight records hold {len(flown)} of them (they hold the orbital flights only)"
    if not short:
        return f"{head}; every one reached orbit."
    return (f"{head}; {len(flown) - len(short)} reached orbit, and {said} launched but did not, counted as "
            f"{'a flight' if len(short) == 1 else 'flights'} all the same.")


def _asks(a: Ask, phrases: tuple[str, ...]) -> bool:
    return any(a.q.has(p) for p in phrases)


def _on(text: str) -> str:
    """'on 7 December 1961', 'in 1961', 'in January 2004'."""
    return f"{'on' if text[0].isdigit() and ' ' in text else 'in'} {text}"


def _years(program: Program) -> str:
    """'1961 to 1972', 'since 1998', 'to 1993' or '' for the purpose's heading."""
    began, ended = program.began, program.ended
    if began and ended:
        return f"{began.year} to {ended.year}"
    if began:
        return f"since {began.year}" if program.ongoing else f"from {began.year}"
    return f"to {ended.year}" if ended else ""


def _length(program: Program) -> str:
    """', about 11 years' for a program that ended; nothing for one still under way."""
    if program.began is None or program.ended is None:
        return ""
    years = program.ended.year - program.began.year
    return f", about {years} years" if years > 1 else ""


def _ending(a: Ask, program: Program) -> list[str]:
    """How and why it ended: the last ``ended`` or ``cancelled`` history fact about the program."""
    facts = _endings(a, program)
    if not facts:
        return []
    last = max(facts, key=lambda f: (f.date, f.id))
    cite = "".join(a.citations.add(s) for s in last.sources[:1])
    return [f"How it ended ({last.date.text()}): {last.note.rstrip('.')}{cite}."]


def _endings(a: Ask, program: Program) -> list[HistoryFact]:
    return [f for f in a.kb.history if f.subject == f"program:{program.id}" and f.relation in ("ended", "cancelled")]
