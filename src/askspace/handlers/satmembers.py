"""A satellite system's satellites: its nth or last satellite, and what a named member's mission entry cannot
say (its role, orbit and inclination, other names, what happened to it), from the system's ``members``.

A satellite's launch date and rocket are its mission entry's (knowledge/missions/earth_satellites.yaml).
"""

from __future__ import annotations

from askspace import compose
from askspace.compose import day
from askspace.handlers.base import Ask, Reply
from askspace.handlers.satwords import asks, asks_any, nth_asked, ordinal_word
from askspace.model import Mission
from askspace.satsystems import Member, SatelliteSystem

_NTH = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
        9: "ninth", 10: "tenth", -1: "last"}
_WHEN = ("when", "what year", "what date", "which year")
_WHERE = ("where", "from where", "launched from", "which site", "what site", "launch site")
_ROCKET = ("rocket", "launch vehicle", "launcher", "launched with", "launched on", "carried")
_ROLE = ("purpose", "for what", "what for", "used for", "why", "role", "meant to", "aim", "goal", "similar")
_ORBIT = ("orbit", "orbits", "where in orbit", "position", "altitude", "stationed")
_INCLINATION = ("inclination", "inclined", "tilt")
_ALSO = ("sometimes called", "also called", "also known", "another name", "other name", "known as", "aka",
         "otherwise called")
_HAPPENED = ("what happened", "what went wrong", "problem", "malfunction", "repaired", "fixed", "failure")


def _date(m: Mission) -> str:
    return day(m.launch)


def _cite(a: Ask, m: Mission) -> str:
    return "".join(a.citations.add(s) for s in m.sources[:1])


def _cite_all(a: Ask, m: Mission) -> str:
    return "".join(a.citations.add(s) for s in m.sources)


def _numbered(a: Ask, s: SatelliteSystem, ranks: list[int] | None = None) -> Reply:
    """ "When were the 18th and 19th satellites for the BeiDou system launched?": the members of the system and of
    its generations whose `number` (their place among all the system's satellites, as sources count them) is asked."""
    asked = ranks or [int(w[:-2]) for w in a.q.words if w[:-2].isdigit() and w[-2:] in ("st", "nd", "rd", "th")]
    systems = [s, *(p for p in a.kb.satellite_systems.values() if p.part_of == s.id)]
    found = {m.number: m for p in systems for m in p.members if m.number in asked}
    if not asked or len(found) != len(set(asked)):
        return Reply([f"My records do not number the satellites of {s.name} that far."], understood=False)
    members = [found[n] for n in sorted(set(asked))]
    missions = [a.kb.missions[m.mission] for m in members]
    r = a.reply([], states=[missions[0].country])
    r.use(*missions)
    say = (lambda n: _NTH.get(n, _suffixed(n))) if ranks else _suffixed  # as the question said it: "second", "18th"
    ranks_said = compose.join([say(m.number) for m in members if m.number])
    names = compose.join([m.name for m in missions])
    together = len({m.launch for m in missions}) == 1 and len(missions) > 1
    cite = "".join(dict.fromkeys(_cite_all(a, m) for m in missions))
    what = f"The {ranks_said} {s.name.split()[0]} satellites, {names}," if len(missions) > 1 else \
        f"The {ranks_said} {s.name.split()[0]} satellite, {names},"
    verb = "were" if len(missions) > 1 else "was"
    sites = {m.site for m in members}
    if asks_any(a, _WHERE):
        if None in sites or len(sites) != 1:
            return Reply([f"My records do not say where {names} {verb} launched from."], understood=False)
        r.lines.append(f"{what} {verb} launched{' together' if together else ''} from {sites.pop()} on "
                       f"{_date(missions[0])}{cite}.")
    elif asks_any(a, _ROCKET) and together and missions[0].launch_vehicle:
        r.lines.append(f"{what} {verb} launched together on a {missions[0].launch_vehicle} on "
                       f"{_date(missions[0])}{cite}.")
    elif together:
        r.lines.append(f"{what} {verb} launched together on {_date(missions[0])}{cite}.")
    else:
        r.lines.append(f"{what} {verb} launched on " + compose.join([_date(m) for m in missions]) + f"{cite}.")
    if together and missions[0].launch_vehicle and not asks_any(a, _ROCKET):
        r.lines.append(f"Rocket: {missions[0].launch_vehicle}.")
    r.lines.append(f"Numbered as the sources count all the satellites of {s.name}.")
    return r


def _suffixed(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def nth_member(a: Ask, s: SatelliteSystem) -> Reply:
    """ "When was the fourth satellite for the BeiDou-1 system launched?", "What was the first BeiDou-2 satellite
    called?": the member of that rank (a system whose satellites are not listed: its first launch only)."""
    if nth_asked(a.q.words):
        return _numbered(a, s)
    n = ordinal_word(a.q.words)
    parts = [p for p in a.kb.satellite_systems.values() if p.part_of == s.id]
    if n is not None and n > 0 and not s.members and any(m.number for p in parts for m in p.members):
        return _numbered(a, s, [n])  # "the second BeiDou satellite": numbered over its generations
    if n is None:
        return Reply([f"My records do not list the satellites of {s.name} by that rank."], understood=False)
    if not s.members:
        if n == 1 and s.began is not None and asks_any(a, _WHEN):
            cite = "".join(a.citations.add(x) for x in s.sources[:1])
            return a.reply([f"The first {s.name} satellite was launched on {s.began.text()}{cite}; my records do "
                            "not list its satellites one by one."], states=[s.state])
        return Reply([f"My records do not list the satellites of {s.name} one by one."], understood=False)
    if n > len(s.members):
        return Reply([f"My records list {len(s.members)} satellites of {s.name}, not a {_NTH.get(n, str(n))}."],
                     understood=False)
    member = s.members[n - 1] if n > 0 else s.members[-1]
    m = a.kb.missions[member.mission]
    rank = f"The {_NTH[n]} {s.name} satellite"
    r = a.reply([], states=[m.country])
    r.use(m)
    cite = _cite(a, m)
    if asks_any(a, _WHERE):
        if member.site is None:
            return Reply([f"My records do not say where {m.name} was launched from."], understood=False)
        r.lines.append(f"{rank}, {m.name}, was launched from {member.site} on {_date(m)}{_cite_all(a, m)}.")
    elif asks_any(a, _ROCKET) and m.launch_vehicle:
        r.lines.append(f"{rank}, {m.name}, was launched on a {m.launch_vehicle} on {_date(m)}{cite}.")
    elif asks_any(a, _WHEN) or asks(a, "launched"):
        r.lines.append(f"{rank}, {m.name}, was launched on {_date(m)}{cite}.")
    else:
        r.lines.append(f"{rank} was {m.name}, launched on {_date(m)}{cite}.")
    if member.role:
        r.lines.append(f"It was launched as {member.role}.")
    r.lines.extend(n for n in m.notes[:1] if "UTC" in n or "Beijing" in n)
    r.lines.append(f"Counted in launch order among the {len(s.members)} satellites my records list for {s.name}.")
    return r


def member_of(a: Ask, mission_id: str) -> tuple[SatelliteSystem, Member] | None:
    for s in a.kb.satellite_systems.values():
        for member in s.members:
            if member.mission == mission_id:
                return s, member
    return None


def satellite_member(a: Ask) -> Reply:
    """A named satellite's role, orbit, inclination, other names or what happened to it."""
    named = a.q.ids("mission")
    if not named:
        return Reply(["My records do not have that satellite."], understood=False)
    m = a.kb.missions[named[0]]
    found = member_of(a, m.id)
    system, member = found if found else (None, Member(m.id))
    r = a.reply([], states=[m.country])
    r.use(m)
    cite = _cite(a, m)
    sys_cite = "".join(a.citations.add(x) for x in system.sources[:1]) if system else ""
    if asks_any(a, _INCLINATION):
        if member.inclination is None:
            return Reply([f"My records do not have the inclination of {m.name}'s orbit."], understood=False)
        r.lines.append(f"{m.name}'s orbit is inclined at {member.inclination}{sys_cite}.")
        if member.orbit:
            r.lines.append(f"Orbit: {member.orbit}.")
        r.lines.extend(n for n in system.notes if "inclination" in n) if system else None
    elif asks_any(a, _ALSO):
        names = [n for n in m.aliases if n.replace("-", " ").casefold() != m.name.replace("-", " ").casefold()]
        if not names:
            return Reply([f"My records have no other name for {m.name}."], understood=False)
        r.lines.append(f"{m.name} is also called {compose.join(names)}{cite}.")
    elif asks_any(a, _HAPPENED):
        what = member.note or (m.outcome_reason if m.outcome != "success" else None)
        if what is None:
            return Reply([f"My records do not say that anything went wrong with {m.name}."], understood=False)
        said = f"{m.name} {what.rstrip('.')}{sys_cite}." if member.note else f"{m.name}: {what.rstrip('.')}{cite}."
        r.lines.append(said)
        if member.note and m.outcome != "success":
            r.lines.append(m.outcome_reason)
    elif asks_any(a, _ORBIT):
        if member.orbit is None:
            return Reply([f"My records do not have {m.name}'s orbit."], understood=False)
        incl = f", inclined at {member.inclination}" if member.inclination else ""
        r.lines.append(f"{m.name}'s orbit: {member.orbit}{incl}{sys_cite}.")
    elif asks_any(a, _ROLE):
        if member.role:
            r.lines.append(f"{m.name} was launched as {member.role}{sys_cite}.")
        elif m.summary:
            r.lines.append(f"{m.name}: {m.summary.rstrip('.')}{cite}.")
        else:
            return Reply([f"My records do not have the purpose of {m.name}."], understood=False)
    else:
        return Reply([f"My records do not have that for {m.name}."], understood=False)
    if system is not None and not r.lines[-1].startswith("It is"):
        r.lines.append(f"It is a satellite of {system.name}, launched on {_date(m)}.")
    return r


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")


def _asked_date(words: tuple[str, ...]) -> tuple[int, int, int] | None:
    """A full date the words give, "January 31, 2001" or "31 January 2001", as (year, month, day)."""
    for i, w in enumerate(words):
        if w in _MONTHS:
            month = _MONTHS.index(w) + 1
            around = [x for x in words[max(0, i - 1):i + 3] if x.isdigit()]
            days = [int(x) for x in around if len(x) <= 2 and 1 <= int(x) <= 31]
            years = [int(x) for x in around if len(x) == 4]
            if days and years:
                return years[0], month, days[0]
    return None


def satellite_end(a: Ask) -> Reply:
    """ "When was EUVE decommissioned?", "Was DAMPE or EUVE decommissioned January 31, 2001?": each named
    satellite's `end` (the day it was switched off), or that it was still working on the records' date."""
    named = [a.kb.missions[i] for i in dict.fromkeys(a.q.ids("mission"))]
    sats = [m for m in named if m.target == "earth" and "satellite" in m.types]
    if len(named) == 1 and not sats:  # "when was Spitzer switched off?": the mission's own end, as before
        from askspace.handlers import handler

        return handler("mission_when")(a)
    if not sats or len(sats) != len(named):
        return Reply(["My records do not have when that was decommissioned."], understood=False)
    if len(sats) == 2 and asks_any(a, _LONGER):
        return _longer(a, sats)
    asked = _asked_date(a.q.words)
    r = a.reply([], states=list(dict.fromkeys(m.country for m in sats)))
    lines = []
    for m in sats:
        cite = _cite(a, m)
        if m.end is not None:
            lines.append((asked == (m.end.year, m.end.month, m.end.day), f"{m.name} was decommissioned (switched "
                                                                       f"off) on {day(m.end)}{cite}."))
        elif m.status == "active":
            lines.append((False, f"{m.name} was still working on {day(a.kb.as_of)}, the date my records end{cite}."))
        else:
            return Reply([f"My records do not have when {m.name} was switched off."], understood=False)
    if asked is not None and len(sats) > 1:
        match = [text for hit, text in lines if hit]
        if len(match) != 1:
            return Reply(["None of them was decommissioned on that date in my records."], understood=False)
    r.lines.extend(text for hit, text in sorted(lines, key=lambda x: not x[0]))
    r.use(*sats)
    return r


_LONGER = ("longer", "for longer", "the longest", "longest")


def _longer(a: Ask, sats: list[Mission]) -> Reply:
    """ "Which satellite was operational for longer, IUE or EXOSAT?": from each launch to its switch-off."""
    if any(m.end is None for m in sats):
        return Reply(["My records do not have when both of them were switched off."], understood=False)
    spans = sorted(((m.end - m.launch).days, m) for m in sats if m.end is not None)
    (short, first), (long, second) = spans
    if short == long:
        return Reply(["They worked for the same number of days in my records."], understood=False)
    r = a.reply([], states=list(dict.fromkeys(m.country for m in sats)))
    r.use(second, first)
    r.lines.append(f"{second.name} was operational for longer: {_years(long)}, from {day(second.launch)} to "
                   f"{day(second.end)}{_cite(a, second)}, against {_years(short)} for {first.name} "
                   f"({day(first.launch)} to {day(first.end)}){_cite(a, first)}.")
    r.lines.append("Counted from the launch to the day it was switched off.")
    return r


def _years(days: int) -> str:
    return f"about {days / 365.25:.1f} years"
