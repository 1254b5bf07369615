"""First satellites of states (``knowledge/first_satellites.yaml``): a state's first satellite and its first
on its own rocket, the nth state to reach orbit, how many states launched on their own rockets, and a
satellite named in a question or a quiz clue.

Two orders are kept apart, and every answer says which one it used: a state's **first satellite in orbit**,
whoever launched it (the United Kingdom's Ariel 1, 1962, on a US rocket), and its **first satellite on its
own rocket** (Prospero, 1971, on Black Arrow). Ranks reuse the frame engine's ``Rank``.
"""

from __future__ import annotations

import datetime as dt
import re

from askspace.compose import capitalise, day, join, number_word, possessive
from askspace.frames import ORDINAL_WORDS, Rank
from askspace.handlers.base import Ask, Reply
from askspace.model import Source
from askspace.satmodel import FirstSatellite, SatelliteLaunch

OWN_WORDS = ("own rocket", "own rockets", "own launcher", "own launchers", "own launch vehicle",
             "own launch vehicles", "own launch", "its own", "their own", "on its own", "on their own", "itself",
             "themselves", "independently", "independent", "indigenous", "domestic", "home built", "homegrown")
_WHO = ("who launched", "who put", "who sent", "launched by", "which country launched", "what country launched",
        "who carried")
_WHEN = ("when", "what year", "which year", "what date")
_LAST = ("last", "latest", "most recent")
_NTH = {word: n for n, word in ORDINAL_WORDS.items()}
_NUMBERED = re.compile(r"^\d{1,3}(st|nd|rd|th)$")  # "3rd", "21st"
COMPLETE_TO = dt.date(1984, 12, 31)
"""The states' first satellites are checked complete to this date; later ones may be missing, so a rank over
all first satellites is answered only up to it. (From 1985 lists disagree: Arabsat-1A, the Arab League's, is
counted as Saudi Arabia's by some.)"""
COUNTING_RULE = ("Rule: a state counts when a rocket it built put its first satellite in orbit from a site it "
                 "controlled, by launch date (UTC). Russia and Ukraine inherited Soviet rockets and are not counted "
                 "again; ESA's Ariane (first satellite 1979) is an agency's, not a state's; launches a state claimed "
                 "but nobody saw in orbit are not counted.")


def first_satellite(a: Ask) -> Reply:
    """The first-satellite question the words ask: a named satellite, a count, a rank or one state's first.

    The intent's ``mode`` says which: ``named`` (a satellite's name), ``states`` (the nth state, how many
    states) or, by default, one state's first satellite.
    """
    table = a.kb.first_satellites
    own = any(a.q.has(w) for w in OWN_WORDS)
    mode = a.params.get("mode", "state")
    named = a.q.of_kind("satellite")
    if mode == "named" and named:
        entry = table[named[0].ids[0]]
        return _named(a, entry, _launch_named(entry, named[0].text))
    if mode == "states":
        if a.q.has("how many") or a.q.has("number of"):
            return _count(a, own)
        return _ranked(a, _rank(a) or Rank(), own)
    states = list(dict.fromkeys(a.q.ids("state")))
    if len(states) != 1:
        return a.reply(["Which country do you mean? Ask about one at a time, for example \"What was India's first "
                        "satellite?\""], clarify=True)
    if a.q.yes_no:
        return _yes_no(a, states[0], own)
    return _state(a, states[0], own)


def _yes_no(a: Ask, state: str, own: bool) -> Reply:
    """ "Did the Americans launch the first satellite?", "Did India launch its first satellite itself?"."""
    entry = a.kb.first_satellites.get(state)
    if entry is None:
        return _missing(a, state, a.reply([], states=[state], bodies=["earth"]))
    r = a.reply([], states=[state], bodies=["earth"])
    name = capitalise(_name(a, state))
    first = entry.first
    if own:
        yes = entry.launched_by == state
        r.lines.append(f"{'Yes' if yes else 'No'}: {possessive(name)} first satellite, {first.satellite}, was "
                       f"launched on {day(first.launch)} {_how(a, entry, first)}{_cite(a, entry, first)}.")
        if entry.own_launch is not None:
            mine = entry.own_launch
            r.lines.append(f"Its first on its own rocket was {mine.satellite}, {day(mine.launch)}"
                           f"{_cite(a, entry, mine)}.")
    elif a.q.has("the first satellite") or a.q.has("the first artificial satellite"):
        world = min(a.kb.first_satellites.values(), key=lambda e: (e.first.launch, e.id))
        yes = world.id == state
        lead = "Yes" if yes else "No"
        r.lines.append(f"{lead}: the first satellite was {world.first.satellite}, launched by "
                       f"{_name(a, world.id)} on {day(world.first.launch)}{_cite(a, world, world.first)}.")
        if not yes:
            r.lines.append(f"{possessive(name)} first, {first.satellite}, followed on {day(first.launch)}"
                           f"{_cite(a, entry, first)}.")
    else:
        r.lines.append(f"Yes: {possessive(name)} first satellite was {first.satellite}, launched on "
                       f"{day(first.launch)} {_how(a, entry, first)}{_cite(a, entry, first)}.")
    return r


def _rank(a: Ask) -> Rank | None:
    """The nth or last the question asks for ("third", "3rd", "last"), or None."""
    if any(a.q.has(w) for w in _LAST):
        return Rank(last=True)
    found = [_NTH[w] if w in _NTH else int(w[:-2]) for w in a.q.words if w in _NTH or _NUMBERED.match(w)]
    return Rank(nth=found[0]) if len(set(found)) == 1 and found[0] > 0 else None


def _launch_named(entry: FirstSatellite, text: str) -> SatelliteLaunch:
    """Which of the entry's two launches a satellite's name (as found in the question) names."""
    from askspace.text import normalise

    own = entry.own_launch
    if own is not None and normalise(text).words in {normalise(n).words for n in (own.satellite, *own.aliases)}:
        return own
    return entry.first


def _cite(a: Ask, entry: FirstSatellite, launch: SatelliteLaunch) -> str:
    """Markers for the sources of one launch (their titles name the satellite), else all the entry's."""
    chosen = [s for s in entry.sources if launch.satellite in s.title] or list(entry.sources)
    return "".join(a.citations.add(s) for s in chosen)


def _timeline(a: Ask, entries: list[FirstSatellite]) -> str:
    """The marker of the shared timeline source the own-rocket order is checked against, when cited."""
    found: Source | None = next((s for e in entries for s in e.sources if "Timeline" in s.title), None)
    return a.citations.add(found) if found else ""


def _name(a: Ask, state: str) -> str:
    s = a.kb.states.get(state)
    return s.short if s else state


def _how(a: Ask, entry: FirstSatellite, launch: SatelliteLaunch, whose: str = "its") -> str:
    """ "by the Soviet Union on a Kosmos-3M from Kapustin Yar" or "on its own Diamant A rocket from Hammaguir"."""
    by = entry.id if launch is entry.own_launch else entry.launched_by
    where = f"from {launch.site}"
    if by == entry.id:
        return f"on {whose} own {launch.rocket} rocket {where}"
    launcher = a.kb.states.get(by)
    if launcher is not None and launcher.kind == "agency":
        return f"on a {launcher.adjective} {launch.rocket} rocket ({launcher.short}) {where}"
    return f"by {_name(a, by)} on a {launch.rocket} rocket {where}"


def independents(table: dict[str, FirstSatellite]) -> list[tuple[FirstSatellite, SatelliteLaunch]]:
    """The states that put a satellite in orbit on their own rocket, in order (ties by state id)."""
    found = [(e, e.own) for e in table.values() if e.own is not None]
    return sorted(((e, o) for e, o in found if o is not None), key=lambda x: (x[1].launch, x[0].id))


def _by_first(table: dict[str, FirstSatellite]) -> list[FirstSatellite]:
    return sorted(table.values(), key=lambda e: (e.first.launch, e.id))


def _own_place(a: Ask, entry: FirstSatellite) -> str:
    """ ", the third state to launch a satellite on its own rocket" for a state that did."""
    order = [e.id for e, _ in independents(a.kb.first_satellites)]
    if entry.id not in order:
        return ""
    return f", the {ORDINAL_WORDS.get(order.index(entry.id) + 1)} state to launch a satellite on its own rocket"


def _state(a: Ask, state: str, own: bool) -> Reply:
    """One state's first satellite, and its first on its own rocket when that came later (or was asked)."""
    r = a.reply([], states=[state], bodies=["earth"])
    entry = a.kb.first_satellites.get(state)
    name = _name(a, state)
    if entry is None:
        return _missing(a, state, r)
    first, mine = entry.first, entry.own
    when = any(a.q.has(w) for w in _WHEN)
    if own and mine is not None:
        r.lines.append(f"{possessive(capitalise(name))} first satellite on its own rocket was {mine.satellite}, "
                       f"launched on {day(mine.launch)} {_how(a, entry, mine)}{_cite(a, entry, mine)}"
                       f"{_own_place(a, entry)}.")
        if mine is not first:
            r.lines.append(f"Its first satellite of all, {first.satellite}, went up on {day(first.launch)}, "
                           f"{_how(a, entry, first)}{_cite(a, entry, first)}.")
    else:
        if own:
            r.lines.append(f"{capitalise(name)} has not launched a satellite on a rocket of its own in my records.")
        place = _own_place(a, entry) if mine is first else ""
        whose = possessive(capitalise(name))
        if "where" in a.q.words:
            by = "" if entry.launched_by == state else f" by {_name(a, entry.launched_by)}"
            r.lines.append(f"{whose} first satellite, {first.satellite}, was launched from {first.site}, on "
                           f"{day(first.launch)}{by} on a {first.rocket} rocket{_cite(a, entry, first)}{place}.")
        else:
            lead = (f"{whose} first satellite went up on {day(first.launch)}: {first.satellite}, " if when
                    else f"{whose} first satellite was {first.satellite}, launched on {day(first.launch)} ")
            r.lines.append(f"{lead}{_how(a, entry, first)}{_cite(a, entry, first)}{place}.")
        if mine is not None and mine is not first:
            r.lines.append(f"Its first satellite on its own rocket was {mine.satellite}, {day(mine.launch)} "
                           f"({mine.rocket}, from {mine.site}){_cite(a, entry, mine)}{_own_place(a, entry)}.")
    r.lines.extend(f"Note: {n}" for n in entry.notes)
    return r


def _missing(a: Ask, state: str, r: Reply) -> Reply:
    """No entry: a successor state points to its predecessor's; otherwise an honest "not in my records"."""
    s = a.kb.states.get(state)
    before = next((p for p in a.kb.states.values() if p.successor == state and p.id in a.kb.first_satellites), None)
    if s is not None and before is not None:
        e = a.kb.first_satellites[before.id]
        r.lines.append(f"{capitalise(s.short)} continued the space programme of {before.short}, whose first "
                       f"satellite was {e.first.satellite}, launched on {day(e.first.launch)} "
                       f"{_how(a, e, e.first)}{_cite(a, e, e.first)}; my records do not count a separate first "
                       f"satellite of {s.short}.")
        return r
    what = f"{capitalise(s.short)} is an agency, not a state; my records of first satellites are by state." \
        if s and s.kind == "agency" else f"The first satellite of {s.short if s else state} is not in my records."
    r.lines.append(f"{what} Which other country do you mean? "
                   f"I have the first satellites of {len(a.kb.first_satellites)} states.")
    r.clarify = True  # not known: the text says so, and the exit status is 1
    return r


def _ranked(a: Ask, rank: Rank, own: bool) -> Reply:
    """The nth (or last) state to put a satellite in orbit, on its own rocket or at all."""
    r = a.reply([], bodies=["earth"])
    if own:
        order = independents(a.kb.first_satellites)
        what = "to launch a satellite on its own rocket"
    else:
        order = [(e, e.first) for e in _by_first(a.kb.first_satellites)]
        what = "with a satellite in orbit"
    i = len(order) - 1 if rank.last else rank.nth - 1
    if not own:
        order = [(e, x) for e, x in order if x.launch <= COMPLETE_TO]
    if not 0 <= i < len(order) or (rank.last and not own):
        why = f"my records of first satellites are complete only to {COMPLETE_TO.year}, the first {len(order)} " \
              f"states" if not own else f"only {len(order)} states have done so in my records"
        r.lines.append(f"I cannot name the {rank.word} country {what}: {why}. Shall I name the first, or count "
                       f"those that launched on their own rockets?")
        r.clarify = True  # not known: the text says so, and the exit status is 1
        return r
    entry, launch = order[i]
    name = capitalise(_name(a, entry.id))
    tie = [e for e, x in order if x.launch == launch.launch and e.id != entry.id]
    r.states = [entry.id]
    r.lines.append(f"{name} was the {rank.word} country {what}: {launch.satellite}, launched on "
                   f"{day(launch.launch)} {_how(a, entry, launch)}{_cite(a, entry, launch)}"
                   f"{_timeline(a, [entry]) if own else ''}.")
    if tie:
        r.lines.append(f"On the same day: {join([_name(a, e.id) for e in tie])}.")
    if i:
        earlier = [f"{_name(a, e.id)} ({x.satellite}, {x.launch.year})" for e, x in order[:i]]
        lead = "Before it" if len(earlier) <= 10 else f"The last ten of the {len(earlier)} before it"
        r.lines.append(f"{lead}: {join(earlier[-10:])}.")
    r.lines.append(COUNTING_RULE if own else "Rule: each state's first satellite in orbit, whoever launched it, by "
                   f"launch date (UTC); ties on a day broken by state id; my records are complete to {COMPLETE_TO.year}.")
    return r


def _count(a: Ask, own: bool) -> Reply:
    """How many states launched a satellite on their own rocket (the list and the rule); other counts are not
    known, since the records do not hold every state's first satellite."""
    r = a.reply([], bodies=["earth"])
    if not own:
        r.lines.append(f"I cannot count every country that has had a satellite: my records hold the first satellites "
                       f"of {len(a.kb.first_satellites)} states, not all of them. Shall I count the countries that "
                       f"launched satellites on their own rockets instead?")
        r.clarify = True  # not known: the text says so, and the exit status is 1
        return r
    order = independents(a.kb.first_satellites)
    names = [f"{_name(a, e.id)} ({x.satellite}, {x.launch.year})" for e, x in order]
    r.states = [e.id for e, _ in order]
    r.lines.append(f"{number_word(len(order), capital=True)} countries have launched a satellite on their own "
                   f"rockets: {join(names)}{_timeline(a, [e for e, _ in order])}.")
    r.lines.append(COUNTING_RULE)
    return r


def _named(a: Ask, entry: FirstSatellite, launch: SatelliteLaunch) -> Reply:
    """A satellite the question names: whose first it was, when and how it went up; a clue's year is checked."""
    r = a.reply([], states=[entry.id], bodies=["earth"])
    name = _name(a, entry.id)
    kind = "first satellite on its own rocket" if launch is entry.own_launch else "first satellite"
    years = [int(y) for y in a.q.ids("year")]
    if years and launch.launch.year not in years:
        r.lines.append(f"Not quite: {launch.satellite}, {possessive(name)} {kind}, was launched in "
                       f"{launch.launch.year}, not {years[0]} ({day(launch.launch)}){_cite(a, entry, launch)}.")
        return r
    how = _how(a, entry, launch)
    if any(a.q.has(w) for w in _WHO) or a.q.words[:1] == ("who",):
        by = entry.id if launch is entry.own_launch or entry.launched_by == entry.id else entry.launched_by
        whose = "its" if by == entry.id else possessive(name)
        itself = " itself" if by == entry.id else ""
        r.lines.append(f"{capitalise(_name(a, by))}{itself} launched {launch.satellite}, {whose} {kind}, on "
                       f"{day(launch.launch)} ({launch.rocket}, from {launch.site}){_cite(a, entry, launch)}.")
    elif a.q.words[:1] in (("it",), ("its",), ("this",)) or not _asks(a):
        place = _own_place(a, entry) if launch is entry.own else ""
        r.lines.append(f"{capitalise(name)}: {launch.satellite} was its {kind}, launched on {day(launch.launch)} "
                       f"{how}{_cite(a, entry, launch)}{place}.")
    else:
        how = _how(a, entry, launch, whose=possessive(name))
        r.lines.append(f"{launch.satellite} was launched on {day(launch.launch)} {how}{_cite(a, entry, launch)}; "
                       f"it was {possessive(name)} {kind}.")
    return r


def _asks(a: Ask) -> bool:
    """Whether the words ask something (a wh-word), rather than state a clue."""
    return bool({"what", "which", "when", "who", "where", "how", "whats", "what's"} & set(a.q.words))
