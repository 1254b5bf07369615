"""First satellites of states (``knowledge/first_satellites.yaml``): a state's first satellite and its first
on its own rocket, the nth state to reach orbit, how many states launched on their own rockets, and a
satellite named in a question or a quiz clue.

Two orders are kept apart, and every answer says which one it used: a state's **first satellite in orbit**,
whoever launched it (the United Kingdom's Ariel 1, 1962, on a US rocket), and its **first satellite on its
own rocket** (Prospero, 1971, on Black Arrow). The order of states is in :mod:`satrank`.
"""

from __future__ import annotations

from askspace.compose import capitalise, day, possessive, state_name
from askspace.handlers.base import Ask, Reply
from askspace.handlers.satphrases import article, cite, how, own_place
from askspace.handlers.satrank import count, rank_asked, ranked
from askspace.satmodel import FirstSatellite, SatelliteLaunch

OWN_WORDS = ("own rocket", "own rockets", "own launcher", "own launchers", "own launch vehicle",
             "own launch vehicles", "own launch", "its own", "their own", "on its own", "on their own", "itself",
             "themselves", "independently", "independent", "indigenous", "domestic", "home built", "homegrown")
_WHO = ("who launched", "who put", "who sent", "launched by", "which country launched", "what country launched",
        "who carried")
_WHEN = ("when", "what year", "which year", "what date")


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
            return count(a, own)
        rank = rank_asked(a)
        if rank is None:
            return a.reply(["Which place in the order do you mean? Ask for one, for example \"Which country was "
                            "the third to launch a satellite on its own rocket?\""], clarify=True)
        return ranked(a, rank, own)
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
    name = capitalise(state_name(a.kb, state))
    first = entry.first
    if own:
        yes = entry.launched_by == state
        r.lines.append(f"{'Yes' if yes else 'No'}: {possessive(name)} first satellite, {first.satellite}, was "
                       f"launched on {day(first.launch)} {how(a, entry, first)}{cite(a, entry, first)}.")
        if entry.own_launch is not None:
            mine = entry.own_launch
            r.lines.append(f"Its first on its own rocket was {mine.satellite}, {day(mine.launch)}"
                           f"{cite(a, entry, mine)}.")
    elif a.q.has("the first satellite") or a.q.has("the first artificial satellite"):
        world = min(a.kb.first_satellites.values(), key=lambda e: (e.first.launch, e.id))
        yes = world.id == state
        lead = "Yes" if yes else "No"
        r.lines.append(f"{lead}: the first satellite was {world.first.satellite}, launched by "
                       f"{state_name(a.kb, world.id)} on {day(world.first.launch)}{cite(a, world, world.first)}.")
        if not yes:
            r.lines.append(f"{possessive(name)} first, {first.satellite}, followed on {day(first.launch)}"
                           f"{cite(a, entry, first)}.")
    else:
        r.lines.append(f"Yes: {possessive(name)} first satellite was {first.satellite}, launched on "
                       f"{day(first.launch)} {how(a, entry, first)}{cite(a, entry, first)}.")
    return r


def _launch_named(entry: FirstSatellite, text: str) -> SatelliteLaunch:
    """Which of the entry's two launches a satellite's name (as found in the question) names."""
    from askspace.text import normalise

    own = entry.own_launch
    if own is not None and normalise(text).words in {normalise(n).words for n in (own.satellite, *own.aliases)}:
        return own
    return entry.first


def _state(a: Ask, state: str, own: bool) -> Reply:
    """One state's first satellite, and its first on its own rocket when that came later (or was asked)."""
    r = a.reply([], states=[state], bodies=["earth"])
    entry = a.kb.first_satellites.get(state)
    name = state_name(a.kb, state)
    if entry is None:
        return _missing(a, state, r)
    first, mine = entry.first, entry.own
    when = any(a.q.has(w) for w in _WHEN)
    if own and mine is not None:
        r.lines.append(f"{possessive(capitalise(name))} first satellite on its own rocket was {mine.satellite}, "
                       f"launched on {day(mine.launch)} {how(a, entry, mine)}{cite(a, entry, mine)}"
                       f"{own_place(a, entry)}.")
        if mine is not first:
            r.lines.append(f"Its first satellite of all, {first.satellite}, went up on {day(first.launch)}, "
                           f"{how(a, entry, first)}{cite(a, entry, first)}.")
    else:
        if own:
            r.lines.append(f"{capitalise(name)} is not among the states that launched a satellite on their own "
                           f"rocket in my records (ask \"How many countries have launched satellites on their own "
                           f"rockets?\" for the rule).")
        place = own_place(a, entry) if mine is first else ""
        whose = possessive(capitalise(name))
        if "where" in a.q.words:
            by = "" if entry.launched_by == state else f" by {state_name(a.kb, entry.launched_by)}"
            r.lines.append(f"{whose} first satellite, {first.satellite}, was launched from {first.site}, on "
                           f"{day(first.launch)}{by} on {article(first.rocket)} {first.rocket} rocket"
                           f"{cite(a, entry, first)}{place}.")
        else:
            lead = (f"{whose} first satellite went up on {day(first.launch)}: {first.satellite}, " if when
                    else f"{whose} first satellite was {first.satellite}, launched on {day(first.launch)} ")
            r.lines.append(f"{lead}{how(a, entry, first)}{cite(a, entry, first)}{place}.")
        if mine is not None and mine is not first:
            r.lines.append(f"Its first satellite on its own rocket was {mine.satellite}, {day(mine.launch)} "
                           f"({mine.rocket}, from {mine.site}){cite(a, entry, mine)}{own_place(a, entry)}.")
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
                       f"{how(a, e, e.first)}{cite(a, e, e.first)}; my records do not count a separate first "
                       f"satellite of {s.short}.")
        return r
    what = f"{capitalise(s.short)} is an agency, not a state; my records of first satellites are by state." \
        if s and s.kind == "agency" else f"The first satellite of {s.short if s else state} is not in my records."
    r.lines.append(f"{what} Which other country do you mean? "
                   f"I have the first satellites of {len(a.kb.first_satellites)} states.")
    r.clarify = True  # not known: the text says so, and the exit status is 1
    return r


def _named(a: Ask, entry: FirstSatellite, launch: SatelliteLaunch) -> Reply:
    """A satellite the question names: whose first it was, when and how it went up; a clue's year is checked."""
    r = a.reply([], states=[entry.id], bodies=["earth"])
    name = state_name(a.kb, entry.id)
    kind = "first satellite on its own rocket" if launch is entry.own_launch else "first satellite"
    years = [int(y) for y in a.q.ids("year")]
    if years and launch.launch.year not in years:
        r.lines.append(f"Not quite: {launch.satellite}, {possessive(name)} {kind}, was launched in "
                       f"{launch.launch.year}, not {years[0]} ({day(launch.launch)}){cite(a, entry, launch)}.")
        return r
    went = how(a, entry, launch)
    said = a.q.ids("state")
    if a.q.yes_no and said:  # "Was Aryabhata Brazil's first satellite?"
        yes = entry.id in said
        r.lines.append(f"{'Yes' if yes else 'No'}: {launch.satellite} was {possessive(name)} {kind}, launched on "
                       f"{day(launch.launch)} {went}{cite(a, entry, launch)}.")
        return r
    if any(a.q.has(w) for w in _WHO) or a.q.words[:1] == ("who",):
        by = entry.id if launch is entry.own_launch or entry.launched_by == entry.id else entry.launched_by
        whose = "its" if by == entry.id else possessive(name)
        itself = " itself" if by == entry.id else ""
        r.lines.append(f"{capitalise(state_name(a.kb, by))}{itself} launched {launch.satellite}, {whose} {kind}, on "
                       f"{day(launch.launch)} ({launch.rocket}, from {launch.site}){cite(a, entry, launch)}.")
    elif a.q.words[:1] in (("it",), ("its",), ("this",)) or not _asks(a):
        place = own_place(a, entry) if launch is entry.own else ""
        r.lines.append(f"{capitalise(name)}: {launch.satellite} was its {kind}, launched on {day(launch.launch)} "
                       f"{went}{cite(a, entry, launch)}{place}.")
    else:
        went = how(a, entry, launch, whose=possessive(name))
        r.lines.append(f"{launch.satellite} was launched on {day(launch.launch)} {went}{cite(a, entry, launch)}; "
                       f"it was {possessive(name)} {kind}.")
    return r


def _asks(a: Ask) -> bool:
    """Whether the words ask something (a wh-word), rather than state a clue."""
    return bool({"what", "which", "when", "who", "where", "how", "whats", "what's"} & set(a.q.words))
