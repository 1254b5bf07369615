"""Questions about one named person: their flights, going back to space, time in space,
who flew with them, where they landed, and which of two people flew first."""

from __future__ import annotations

from askspace import compose, persons
from askspace.compose import day, join, number_word
from askspace.handlers import recorded
from askspace.handlers.base import Ask, Reply, first_one_out, note_for
from askspace.model import Mission
from askspace.persons import Flight
from askspace.spacelines import US_LINE, crossed

_AGAIN = ("again", "back to space", "go back", "went back", "gone back", "return to space", "returned to space",
          "second flight", "second time", "next flight", "later flight", "another flight", "fly later")
_LONG = ("how long", "how many days", "how many hours", "how much time", "time in space", "days in space",
         "duration", "stay up", "stayed up")
_WITH = ("with", "else", "crewmates", "crewmate", "companions", "alongside", "together")
_ORDER = ("before", "after", "first", "earlier", "sooner", "later")
_LAND = ("land", "landed", "landing", "touch down", "come down", "came down", "come back", "came back")
_AGE = ("how old", "age", "aged")
_REFERS = ("he", "she", "him", "her", "his", "hers")


def cite_person(r: Reply, m: Mission, name: str) -> str:
    """The mission's first source, plus a source about the person when the entry has one."""
    marks = r.citations.cite(m)
    for s in m.sources[1:]:
        if name.casefold() in s.title.casefold():
            marks += r.citations.add(s)
    return marks


def people_asked(a: Ask) -> list[str]:
    """The people named; else the crew of the one-person flight "he" or "she" refers to."""
    if a.q.people:
        return list(a.q.people)
    if not (any(w in a.q.words for w in _REFERS) or any(a.q.has(p) for p in _AGAIN)):
        return []
    last = [a.kb.missions[i].crew for i in a.context_facts if i in a.kb.missions and a.kb.missions[i].crew]
    common = set.intersection(*({c.name for c in crew} for crew in last)) if len(last) > 1 else set()
    words = set(a.q.words)
    sex = "female" if words & {"she", "her", "hers"} else "male" if words & {"he", "him", "his"} else None
    for mission_id in a.q.ids("mission"):
        m = a.kb.missions[mission_id]
        crew = [c for c in m.crew if sex is None or c.sex == sex]  # "she": the women aboard
        known = [c.name for c in crew if any(c.name in phrase for phrase in m.firsts)]
        aboard = [c.name for c in crew if c.name in common]
        for found in ([c.name for c in crew], aboard, known):  # a solo flight (or the one woman aboard), the
            if len(found) == 1:  # one the last answer was about, or the one its recorded firsts name
                return found
    return []


def _which_flights(a: Ask, flights: list[Flight]) -> list[Flight]:
    """The flights the question picks: one it names ("on STS-95", "that flight"), or the first or last."""
    named = {m.ids[0] for m in a.q.of_kind("mission") if len(m.ids) == 1
             and (not m.text.startswith("<") or a.q.has("that flight") or a.q.has("this flight"))}
    picked = [f for f in flights if f.mission.id in named]
    if picked and not any(a.q.has(w) for w in ("total", "in all", "altogether")):
        return picked
    if a.q.has("first flight"):
        return flights[:1]
    if a.q.has("last flight") or a.q.has("latest flight"):
        return flights[-1:]
    return flights


def _span(f: Flight) -> str:
    """ "20 February 1962" or "8 January 1994 to 22 March 1995"."""
    return day(f.mission.launch) if f.down == f.mission.launch else f"{day(f.mission.launch)} to {day(f.down)}"


def person(a: Ask) -> Reply:
    """One person's flights, read for what the question asks."""
    names = people_asked(a)
    if not names and any(a.kb.missions[i].animals for i in a.q.ids("mission")):
        from askspace.handlers.animals import animal_check  # "did he die?" after a question about Ham

        return animal_check(a)
    if not names:
        return a.reply(["Whom do you mean? Name the astronaut, for example \"John Glenn\"."], clarify=True)
    from askspace.handlers.aboard import not_aboard  # "Did Buzz Aldrin fly on Apollo 12?": a mission they did not fly

    if a.q.yes_no and len(names) == 1 and (no := not_aboard(a)) is not None:
        return no
    if len(names) > 1 and any(w in a.q.words for w in _ORDER):
        if a.q.wh_word is None and not a.q.yes_no:  # "Young & Crippen were the first to fly one": a clue, no question
            return a.reply([f"That reads as a statement about {join(names)}, not as a question of who flew first; "
                            f"ask, for example, \"Who flew first, {names[0]} or {names[1]}?\""], understood=False)
        return _who_first(a, names)
    if "first" in a.q.words and not a.q.has("first flight"):
        checked = _check_first(a, names[0])
        if checked is not None:
            return checked
    if any(e in ("land", "impact", "sample-return", "rover") for e in a.q.events) and not a.q.has("where"):
        from askspace.handlers.missions import mission_when  # "When did Neil Armstrong land on the Moon?"

        return mission_when(a)
    name = names[0]
    flights = persons.flights_of(a.kb, name)
    from askspace.handlers.biography import FACT_WORDS, asks_walks, person_facts

    # the people data's facts ("when did he die?", "how long was he outside?")
    if not flights or any(a.q.has(w) for w in FACT_WORDS) or asks_walks(a):
        return person_facts(a)
    if a.body and a.body != "earth":  # "When did Jim Lovell fly to the Moon?"
        flights = [f for f in flights if f.mission.target == a.body] or flights
    first = flights[0].mission
    r = a.reply([], states=[first.country], bodies=[first.target])
    r.use(*(f.mission for f in flights))
    if any(a.q.has(p) for p in _AGAIN):
        _again(name, flights, r)
        return r
    flights = _which_flights(a, flights)
    if any(a.q.has(p) for p in _LONG) and (a.q.has("surface") or any(b != "earth" for b in a.q.ids("body"))):
        return a.reply([f"My records give {name}'s time in space, not how long one part of a flight took (the time "
                        "on a surface)."], understood=False)  # "how long were Armstrong and Aldrin on the Moon?"
    if any(a.q.has(p) for p in _LONG):
        how_long_flights(name, flights, r)
    elif any(w in a.q.words for w in _WITH):
        _with(name, flights, r)
    elif "where" in a.q.words and any(a.q.has(p) for p in _LAND):
        _where_landed(a, name, flights, r)
    else:
        flights_line(name, flights, r)
        if any(a.q.has(p) for p in _AGE):
            _ages(a, name, flights, r)
        note = note_for(a, flights[-1].mission, [])
        if note:
            r.lines.append(note)
    return r


def _flight(f: Flight, r: Reply) -> str:
    kind = ("a suborbital flight " + (f"{crossed(f.line)}, " if f.line else "")) if not f.orbital else ""
    return f"{f.mission.name}, {kind}launched {day(f.mission.launch)}{cite_person(r, f.mission, f.name)}"


def flights_line(name: str, flights: list[Flight], r: Reply) -> None:
    """ "X flew twice in my records: A, launched ...; B, a suborbital flight launched ..."."""
    if len(flights) == 1:
        r.lines.append(f"{name} flew on {_flight(flights[0], r)}.")
        return
    times = {2: "twice", 3: "three times"}.get(len(flights), f"{len(flights)} times")
    r.lines.append(f"{name} flew {times} in my records: " + "; ".join(_flight(f, r) for f in flights) + ".")


def _again(name: str, flights: list[Flight], r: Reply) -> None:
    if len(flights) == 1:
        r.lines.append(f"My records have only one flight of {name}: {_flight(flights[0], r)}.")
        return
    before, after = flights[0], flights[1]
    r.primary = after.mission.id  # "that flight" next means the return flight
    years = after.mission.launch.year - before.mission.launch.year
    gap = f", {years} years after" if years > 1 else ", after"
    r.lines.append(f"{name} went back to space on {_flight(after, r)}{gap} {before.mission.name} "
                   f"on {day(before.mission.launch)}{cite_person(r, before.mission, name)}.")
    if len(flights) > 2:
        r.lines.append("Later flights: " + "; ".join(_flight(f, r) for f in flights[2:]) + ".")


def how_long_flights(name: str, flights: list[Flight], r: Reply) -> None:
    """Each flight's time in space, and the sum when every one is exact."""
    parts = []
    for f in flights:
        length = f.time_in_space
        cite = cite_person(r, f.mission, name)
        if length is None:
            parts.append(f"an unknown time in space on {f.mission.name}{cite}")
            continue
        back = f", landing in {f.member.landed_in}" if f.member.landed_in else ""
        parts.append(f"{length.text} in space on {f.mission.name} ({_span(f)}{back}){cite}")
    r.lines.append(f"{name} spent " + "; ".join(parts) + ".")
    known = [f.time_in_space for f in flights]
    if len(flights) > 1 and all(d is not None and d.exact for d in known):
        total = persons.Duration(sum(d.minutes for d in known if d is not None), exact=True)
        r.lines.append(f"In all: {total.text} on {number_word(len(flights))} flights in my records.")
    if any(d is not None and not d.exact for d in known):
        r.lines.append("Times marked \"about\" are counted in whole days from the launch and landing dates.")


def _with(name: str, flights: list[Flight], r: Reply) -> None:
    groups = []
    for f in flights:
        others = persons.crewmates(f)
        who = join(others) if others else "no one else (a solo flight)"
        groups.append(f"on {f.mission.name} ({day(f.mission.launch)}{cite_person(r, f.mission, name)}) "
                      f"with {who}")
    r.lines.append(f"{name} flew " + "; ".join(groups) + ".")


def _where_landed(a: Ask, name: str, flights: list[Flight], r: Reply) -> None:
    on_surface = [f for f in flights if f.mission.landing and f.mission.landing.site]
    for f in on_surface or flights:
        m = f.mission
        note = note_for(a, m, [])
        site = m.landing.site if m.landing and m.landing.site else None
        cite = cite_person(r, m, name)
        if site:
            r.lines.append(f"{name} landed at {site} on {m.name}, {day(m.landing.date if m.landing else None)}{cite}.")
        elif note:
            r.lines.append(f"{m.name} ({name}, {day(m.launch)}){cite}: {note}")
        else:
            r.lines.append(f"{m.name} ({name}) came back to Earth on {day(f.down)}{cite}; "
                           "my records do not say where it landed.")


def _ages(a: Ask, name: str, flights: list[Flight], r: Reply) -> None:
    from askspace.handlers.ages import dated_ages  # the entry's later flights that no mission of mine is

    person = flights[0].person
    ages = [f"{f.age} on {f.mission.name}" for f in flights if f.age is not None]
    ages += dated_ages(a, person, r) if person and ages else []
    source = persons.birth_source(flights[0].person)
    born = r.citations.add(source) if source and ages else ""
    r.lines.append(f"{name} was aged {join(ages)}{born}." if ages
                   else f"My records do not have {name}'s date of birth.")


def _by_karman(a: Ask, names: list[str]) -> str:
    """ "That counts the US 80 km line; counting only flights above 100 km, ..." for a first flight below 100 km."""
    high = {n: [f for f in persons.flights_of(a.kb, n) if f.reached_space and f.line != "80km"] for n in names}
    never = [n for n in names if not high[n]]
    if never:
        return (f"That counts {US_LINE}; counting only flights above 100 km, {join(never)} had not reached space "
                f"in my records.")
    first = min((fs[0] for fs in high.values()), key=lambda f: (f.mission.launch, f.mission.id))
    return (f"That counts {US_LINE}; counting only flights above 100 km, {first.name} flew first, on "
            f"{first.mission.name} ({day(first.mission.launch)}).")


def _who_first(a: Ask, names: list[str]) -> Reply:
    """Which of two (or more) people flew first: by the launch date of their first flights."""
    missing = [n for n in names if not persons.flights_of(a.kb, n)]
    if missing:
        return a.reply([f"My mission records do not include {join(missing)}'s flights, so I cannot tell who "
                        "flew first."], understood=False)
    firsts = sorted((persons.flights_of(a.kb, n)[0] for n in names),
                    key=lambda f: (f.mission.launch, f.mission.id))
    r = a.reply([], states=[firsts[0].mission.country], bodies=["earth"])
    r.use(*(f.mission for f in firsts))
    lead, rest = firsts[0], firsts[1:]
    asked_first = names[0]
    same_day = [f for f in rest if f.mission.launch == lead.mission.launch]
    if same_day:
        r.lines.append(f"They flew together: {join([f.name for f in firsts])} on {_flight(lead, r)}.")
        return r
    verdict = ""
    if "before" in a.q.words:
        verdict = "Yes: " if lead.name == asked_first else "No: "
    gaps = [f"{f.name} on {_flight(f, r)}, {(f.mission.launch - lead.mission.launch).days} days later"
            for f in rest]
    r.lines.append(f"{verdict}{lead.name} flew first, on {_flight(lead, r)}; " + "; ".join(gaps) + ".")
    if any(f.line == "80km" for f in firsts):
        r.lines.append(_by_karman(a, names))
    for f in firsts:
        note = note_for(a, f.mission, r.lines)
        if note and "space" in note.casefold():
            r.lines.append(note)
    return r



def _check_first(a: Ask, name: str) -> Reply | None:
    """ "Was Dennis Tito the first space tourist?": the recorded first the rest of the question names."""
    if a.tools is None:
        return None
    named = {i for m in a.q.mentions if m.kind == "mission" for i in range(m.start, m.end)}
    words = tuple(w for i, w in enumerate(a.q.words) if i not in named)
    rec = recorded.best(a.tools.firsts, words, a.tools.plain_words)
    if rec is None:
        return None
    holder = recorded.who(rec)
    m = rec.mission
    r = a.reply([], states=[m.country], bodies=[m.target])
    r.use(m)
    right = name in holder or (not holder and any(c.name == name for c in m.crew))
    said = recorded.sentence(a.kb, rec, r.citations.cite(m))
    out = first_one_out(a, m)
    if m.landing and not holder and len(out) > 1:
        right = out[0] == name  # "the first man on the Moon" is one of a crew: the one who stepped out first
        said = (f"the first person to walk on {a.kb.bodies[m.target].name} was {out[0]}, on {m.name} "
                f"({day(m.landing.date)}){r.citations.cite(m)}; {join(out[1:])} followed.")
    r.lines.append(("Yes: " if right else "No: ") + compose.lower_first(said))
    if not right:
        own = persons.flights_of(a.kb, name)
        r.use(*(f.mission for f in own))
        r.primary = own[0].mission.id  # "her first flight" next means the person asked about
        held = [p for f in own for p in f.mission.firsts if name in p]
        flights = "; ".join(_flight(f, r) for f in own)
        r.lines.append(f"{name} flew on {flights}" + (f"; recorded: {'; '.join(held)}." if held else "."))
    return r


def how_long(a: Ask) -> Reply:
    """How long a crewed flight lasted for its crew ("how long was the flight?" after naming it)."""
    from askspace.handlers.missions import mission_when

    m = a.mission()
    if m is None or not m.crew:
        return mission_when(a)
    r = a.reply([], states=[m.country], bodies=[m.target])
    r.use(m)
    flights = [Flight(m, c, a.kb.people.get(c.person)) for c in m.crew]
    groups: dict[str, list[Flight]] = {}
    for f in flights:
        length = f.time_in_space
        groups.setdefault(length.text if length else "an unknown time", []).append(f)
    parts = [f"{text} for {join([f.name for f in fs])} ({_span(fs[0])})"
             for text, fs in groups.items()]
    r.lines.append(f"{m.name} lasted " + "; ".join(parts) + f"{r.citations.cite(m)}.")
    if any(f.time_in_space is not None and not f.time_in_space.exact for f in flights):
        r.lines.append("Times marked \"about\" are counted in whole days from the launch and landing dates.")
    return r
