"""Women in space: firsts and counts computed from the crews' ``sex``.

Every crew member has a sex, so these are complete over the flights in the records; the records
hold notable crewed flights only, so answers say what they counted. A computed first is stated
plainly when a recorded first names the same woman ("first British woman in space (Helen
Sharman)"), otherwise as the earliest in the records. The first spacewalk by a woman has no crew
field and comes from the recorded firsts.
"""

from __future__ import annotations

import re

from askspace import compose, persons, queries
from askspace.compose import day, join, number_word, plural
from askspace.handlers import people as crews
from askspace.handlers import recorded
from askspace.handlers.base import Ask, Reply, walkers
from askspace.model import Mission
from askspace.persons import Flight
from askspace.spacelines import US_LINE

_SPACEWALK = ("spacewalk", "spacewalks", "space walk", "walk in space", "walked in space", "eva",
              "extravehicular", "spacewalking", "outside the spacecraft")
_ROLES = {  # what the question asks -> (words, how answers say it)
    "command": (("command", "commanded", "commander", "commanding", "in charge"), "to command a spaceflight"),
    "pilot": (("pilot", "piloted", "piloting", "fly the", "flew the"), "to pilot a spacecraft"),
}
_DIED = ("died", "die", "killed", "death", "deaths", "dead", "lost their lives", "perished", "fatalities")
# Words a first-woman question may use that the crews answer; any other word is a first the crews cannot show.
_PLAIN = frozenset((
    "do", "done", "doing", "perform", "performed", "carry", "carried", "out", "take", "took", "any", "sent",
    "send", "sends", "put", "puts", "launch", "launched", "date", "country", "nationality",
    "who", "whom", "was", "were", "is", "are", "the", "a", "an", "first", "earliest", "pioneer", "woman", "women",
    "female", "females", "lady", "ladies", "to", "in", "into", "space", "go", "goes", "went", "gone", "fly",
    "flies", "flew", "flown", "flying", "travel", "travelled", "traveled", "reach", "reached", "orbit", "orbital",
    "orbited", "earth", "name", "what", "which", "when", "did", "does", "become", "became", "of", "from", "on",
    "and", "ever", "person", "astronaut", "cosmonaut", "taikonaut", "spacefarer", "launched", "launch", "get",
    "got", "make", "made", "it", "there", "her", "she", "country", "nation", "outer", "up", "ride", "rode",
    "program", "programme", "year", "years", "around", "leave", "left", "be", "been", "being", "by", "as", "with",
    "tell", "me", "please", "command", "commanded", "commander", "commanding", "charge", "pilot", "piloted",
    "piloting", "spacecraft", "spaceship", "craft", "flight", "spaceflight", "mission", "missions"
))
_ORBIT = ("orbit", "orbital", "orbited", "into orbit", "in orbit", "reach orbit")
_TRAVEL = ("fly", "flew", "flown", "travel", "travelled", "traveled", "go", "went", "gone", "been", "around",
           "orbit", "orbited", "visit", "visited", "reach", "reached")
_MEN = ("men", "male", "males")
_NOUNS = {"female": ("woman", "women"), "male": ("man", "men")}
_PAREN = re.compile(r"^(?P<head>[^(]*?)\s*\((?P<who>[^,)]+)(?:,\s*(?P<detail>[^)]*))?\)")


def _scope(a: Ask, sex: str | None = None) -> tuple[list[Flight], str]:
    """Every flight (of a person of ``sex``) the question is about, and words naming that set ("in the Vostok
    program")."""
    missions = {a.kb.missions[m.ids[0]] for m in a.q.of_kind("mission")}
    named = {m.id for m in missions}
    programs = a.q.ids("program")
    states = a.said_states
    years = a.year_span
    flights = [f for f in (persons.of_sex(a.kb, sex) if sex else persons.all_flights(a.kb))
               if (not named or f.mission.id in named)
               and (not programs or any(f.mission.in_program(p) for p in programs))
               and (not states or persons.nationality(f) in states)
               and (not years or years[0] <= f.mission.launch.year <= years[1])]
    words = []
    if missions:
        words.append("on " + join([m.name for m in sorted(missions, key=lambda m: (m.launch, m.id))]))
    if programs:
        words.append("in " + join([compose.program_phrase(a.kb.programs[p]) for p in programs]))
    if states:
        shown = [s for s in states if not (a.named_russia and s == "ussr")] if a.named_russia else states
        words.append("from " + join([compose.state_name(a.kb, s) for s in shown], conj="or"))
    if years:
        words.append(f"in {years[0]}" if years[0] == years[1] else f"from {years[0]} to {years[1]}")
    return flights, " ".join(words)


def _who(a: Ask, f: Flight) -> str:
    """ "Helen Sharman (the United Kingdom), on Soyuz TM-12 (the Soviet Union)"."""
    m, state = f.mission, persons.nationality(f)
    own = f" ({compose.state_name(a.kb, state)})" if state != m.country else ""
    note = ", which preceded today's Russia" if a.named_russia and m.country == "ussr" else ""
    return f"{f.name}{own}, on {m.name} ({compose.state_name(a.kb, m.country)}{note})"


def _recorded_for(a: Ask, f: Flight, role: str | None) -> str | None:
    """A recorded first naming this woman as the first of the kind asked ("first British woman in space")."""
    mark = f"({f.name.casefold()}"
    candidates = a.tools.firsts.naming.get(f.name.casefold(), []) if a.tools else \
        [p for m in a.kb.missions_sorted() for p in m.firsts]
    phrases = [p for p in candidates if mark in p.casefold() and p.casefold().startswith("first ")]
    if role:
        return next((p for p in phrases if f"woman to {role}" in p.casefold()), None)
    ever = persons.of_sex(a.kb, "female")[0]
    if ever == f and any(p.casefold().startswith("first woman in space (") for p in phrases):
        return next(p for p in phrases if p.casefold().startswith("first woman in space ("))
    return next((p for p in phrases if "woman in space" in p.casefold() and _names_state(a, p)), None)


def _names_state(a: Ask, phrase: str) -> bool:
    """Whether a recorded phrase names one of the states asked about ("first British woman ...")."""
    text = phrase.casefold()
    return any(f" {w.casefold()} woman" in text for sid in a.said_states
               for w in (a.kb.states[sid].adjective, *a.kb.states[sid].aliases))


def _body_answer(a: Ask, body: str, count: bool) -> Reply:
    """Women who walked on (or travelled to) a body other than Earth: none so far in the records."""
    landing = "land" in a.q.events or (not a.q.events and not any(w in a.q.words for w in _TRAVEL))
    rule = queries.RULES["crewed-land"] if landing else queries.RULES["visit"]
    flights = [m for m in queries.missions(a.kb, body=body, crewed=True)
               if rule.test(m) or (not landing and m.arrival is not None)]
    aboard = {m.id: (walkers(m) if landing else [c.name for c in m.crew]) for m in flights}
    women = [Flight(m, c, a.kb.people.get(c.person)) for m in flights for c in m.crew
             if c.woman and c.name in aboard[m.id]]
    r = a.reply([], bodies=[body])
    name = a.kb.bodies[body].name
    verb = "walked on" if landing else "travelled to"
    if women:
        r.use(*(f.mission for f in women))
        names = list(dict.fromkeys(f.name for f in women))
        r.lines.append(f"{number_word(len(names), capital=True)} {plural(len(names), 'woman has', 'women have')} "
                       f"{verb} {name} in my records: " + "; ".join(
                           f"{f.name} ({f.mission.name}, {day(rule.when(f.mission))}){r.citations.cite(f.mission)}"
                           for f in women) + ".")
        return r
    lead = "No: no" if a.q.yes_no else "None: no" if count else "No"
    if not flights:
        r.lines.append(f"{lead} woman has {verb} {name}: no one has, in my records (to {day(a.kb.as_of)}).")
        return r
    r.use(*flights)
    people = list(dict.fromkeys(p for m in flights for p in aboard[m.id]))
    first, last = rule.when(flights[0]) or flights[0].launch, rule.when(flights[-1]) or flights[-1].launch
    cites = "".join(r.citations.cite(m) for m in flights)
    r.lines.append(f"{lead} woman has {verb} {name} (my records run to {day(a.kb.as_of)}): the "
                   f"{number_word(len(people))} people who did, on {number_word(len(flights))} "
                   f"{plural(len(flights), 'flight')} from {day(first)} to {day(last)}, were all men{cites}.")
    return r


def _asked_beyond(a: Ask) -> set[str]:
    """The question's words that are neither names nor words the crews answer ("commercial", "black")."""
    named = {i for m in a.q.mentions for i in range(m.start, m.end) if m.start >= 0}
    said = {w for m in a.q.mentions for w in m.text.casefold().split()}  # names carried over by a follow-up
    said |= {w for st in a.kb.states.values() for n in (st.adjective, *st.aliases) for w in n.casefold().split()}
    return {w for i, w in enumerate(a.q.words) if i not in named and w not in said and w not in _PLAIN}


def _recorded_answer(a: Ask) -> Reply:
    """A first the crews cannot show (the first spacewalk by a woman): the recorded first that fits, if any."""
    rec = recorded.best(a.tools.firsts, a.q.words, a.tools.plain_words) if a.tools else None
    parts = _PAREN.match(rec.phrase) if rec else None
    r = a.reply([], bodies=["earth"], states=a.said_states)
    asked = _asked_beyond(a) - set(_SPACEWALK)
    if rec is None or parts is None or "woman" not in rec.phrase.casefold() \
            or not all(w in rec.phrase.casefold() for w in asked):
        r.lines.append("My records have no recorded first of that kind by a woman. From the crews I can tell the "
                       "first woman in space, in orbit, to command or pilot a flight, or from a state or program.")
        r.understood = False
        return r
    m, holder = rec.mission, parts["who"]
    r.use(m)
    r.states = [m.country]
    head = compose.capitalise(parts["head"])
    when = f", {parts['detail']}" if parts["detail"] else ""
    if not holder or not holder[0].isupper():
        r.lines.append(f"{recorded.sentence(a.kb, rec, r.citations.cite(m))}")
    elif any(c.name == holder for c in m.crew):
        r.lines.append(f"{head}: {holder}{when}, on {m.name} ({compose.state_name(a.kb, m.country)}), "
                       f"launched {day(m.launch)}{r.citations.cite(m)}.")
    else:
        r.lines.append(f"{head}: {holder}{when}, recorded with {m.name} ({compose.state_name(a.kb, m.country)}, "
                       f"launched {day(m.launch)}){r.citations.cite(m)}; the flight that took her there is not in "
                       "my records.")
    return r


def women_first(a: Ask) -> Reply:
    """The first woman in space, in orbit, to command or pilot, or from a state, program or year; from the crews."""
    if a.body and a.body != "earth":
        return _body_answer(a, a.body, count=False)
    if any(a.q.has(p) for p in _DIED):
        return _deaths(a, first=True)
    if any(a.q.has(p) for p in _SPACEWALK) or _asked_beyond(a):
        return _recorded_answer(a)
    flights, scope = _scope(a, "female")
    role = next((k for k, (words, _) in _ROLES.items() if any(a.q.has(w) for w in words)), None)
    orbit = any(a.q.has(p) for p in _ORBIT)
    women = [f for f in flights if f.member.woman and f.reached_space and (f.orbital or not orbit)
             and (role is None or _has_role(f, role))]
    what = _ROLES[role][1] if role else "in orbit" if orbit else "in space"
    where = f" {scope}" if scope else ""
    r = a.reply([], bodies=["earth"], states=a.said_states)
    if not women:
        r.lines.append(f"My records have no woman {what}{where} (to {day(a.kb.as_of)}); they hold notable "
                       "crewed flights only, so her flight may not be among them.")
        return r
    f = women[0]
    r.use(f.mission)
    r.states = [persons.nationality(f), f.mission.country]
    said = f"{_who(a, f)}, {day(f.mission.launch)}{r.citations.cite(f.mission)}"
    phrase = _recorded_for(a, f, role)
    if phrase and not role:
        parts = _PAREN.match(phrase)
        own = parts["head"] if parts and what == "in space" and (not scope or _names_state(a, phrase)) \
            and not (a.q.ids("program") or a.year_span) else f"first woman {what}{where}"
        r.lines.append(f"The {own} was {said}.")
    elif phrase:
        head = _PAREN.match(phrase)
        r.lines.append(f"The first woman {what}{where} in my records was {said}; recorded there as the "
                       f"{head['head'] if head else phrase}.")
    else:
        r.lines.append(f"The first woman {what}{where} in my records was {said}. My records hold notable "
                       "crewed flights only, so an earlier one may be missing.")
    if a.named_russia and not any(persons.nationality(g) == "russia" for g in women):
        r.lines.append("My records have no woman who flew for the Russian Federation (from 1991).")
    return r


def _has_role(f: Flight, role: str) -> bool:
    """ "Commander" or "Soyuz Commander" (not "Payload Commander"); "Pilot" (not "Command Module Pilot")."""
    words = f.member.role.casefold().replace("(", " ").split()
    if role == "command":
        return "commander" in words and "payload" not in words
    return words[:1] == ["pilot"]


def _deaths(a: Ask, first: bool) -> Reply:
    """Women (or men) killed during a spaceflight in the records (crew with ``died``), by flight."""
    sex = _sex(a)
    flights, scope = _scope(a, sex)
    one, many = _NOUNS[sex]
    dead = [f for f in flights if f.member.sex == sex and f.member.died]
    r = a.reply([], bodies=["earth"], states=a.said_states)
    where = f" {scope}" if scope else ""
    if not dead:
        r.lines.append(f"{'No' if first or a.q.yes_no else 'None'}: no {one} has died during a spaceflight{where} "
                       f"in my records (to {day(a.kb.as_of)}).")
        return r
    missions = list(dict.fromkeys(f.mission for f in dead))
    r.use(*missions)
    groups = [f"{join([f.name for f in dead if f.mission is m])}, on {m.name}, {day(m.end or m.launch)}"
              f"{r.citations.cite(m)}" for m in missions]
    n = len(dead)
    if first:
        lead = plural(len([f for f in dead if f.mission is missions[0]]), one, many)
        r.lines.append(f"The first {lead} killed on a spaceflight{where} in my records: {groups[0]}. "
                       f"{missions[0].outcome_reason}")
        if len(groups) > 1:
            r.lines.append("Later: " + "; ".join(groups[1:]) + ".")
    else:
        yes = "Yes: " if a.q.yes_no else ""
        r.lines.append(f"{yes}{number_word(n, capital=not yes)} {plural(n, one, many)} died during "
                       f"spaceflights{where} in my records: " + "; ".join(groups) + ".")
    r.lines.append("Counted: crew killed during the mission itself; deaths in ground tests and training are not "
                   "counted.")
    return r


def women_count(a: Ask) -> Reply:
    """How many women (or men), and which, flew on a mission, in a program, from a state, in years, or at all."""
    sex = _sex(a)
    one, many = _NOUNS[sex]
    if a.body and a.body != "earth" and sex == "male":
        return crews.people(a)  # everyone who has walked on or travelled to the Moon was a man
    if a.body and a.body != "earth":
        return _body_answer(a, a.body, count=True)
    if any(a.q.has(p) for p in _DIED):
        return _deaths(a, first=False)
    if not (a.said_states or a.q.ids("program") or a.q.of_kind("mission") or a.q.of_kind("year")
            or a.q.relation or a.q.crewed is False):  # at all: every person entry, not only the mission crews
        from askspace.handlers.spacefarers import by_sex

        return by_sex(a, sex, one, many)
    flights, scope = _scope(a)
    missions = list({f.mission.id: f.mission for f in flights}.values())
    r = a.reply([], bodies=["earth"], states=a.said_states)
    named = [a.kb.missions[m.ids[0]] for m in a.q.of_kind("mission")]
    if named and not missions:
        r.use(named[0])
        r.lines.append(f"My records have no crew list for {named[0].name}{r.citations.cite(named[0])}: they list "
                       f"the crews of crewed flights only, so I cannot count the {many} there.")
        return r
    if len(missions) == 1 and named:
        return _aboard(a, missions[0], r)
    members = [f for f in flights if f.member.sex == sex and f.reached_space]
    where = f" {scope}" if scope else " in space"
    if not flights:
        r.lines.append(f"None: my records have no crewed flights{where}, so no {one} flew{where} in them.")
        return r
    if not members:
        r.use(*missions[:1])
        r.lines.append(f"None: no {one} flew{where} in my records.")
    else:
        r.use(*(f.mission for f in members))
        by_name: dict[str, list[Flight]] = {}
        for f in members:
            by_name.setdefault(f.name, []).append(f)
        n = len(by_name)
        r.lines.append(f"{number_word(n, capital=True)} {plural(n, one, many)} flew{where} in my records: "
                       + "; ".join(f"{name} (" + "; ".join(_flight(r, f.mission) for f in fs) + ")"
                                   for name, fs in by_name.items()) + ".")
    counted = {f.name for f in members}
    short = [f for f in flights if f.member.sex == sex and not f.reached_space and f.name not in counted]
    if short:
        r.use(*(f.mission for f in short))
        lost = list(dict.fromkeys(f.mission for f in short))
        r.lines.append(f"Not counted: {join([f.name for f in short])}, aboard "
                       + join([f"{m.name} on {day(m.launch)}{r.citations.cite(m)}" for m in lost])
                       + ", which did not reach space.")
    people = {f.name for f in flights}
    low = sorted({f.name for f in members if f.line == "80km"})
    hops = f", suborbital hops included when they crossed {US_LINE}" if any(not f.orbital for f in flights) else ""
    hops += f" ({join(low)} only crossed that line, not 100 km)" if low else ""
    r.lines.append(f"Counted: each {one} once, over the {number_word(len(people))} "
                   f"{plural(len(people), 'person', 'people')} on {number_word(len(missions))} crewed "
                   f"{plural(len(missions), 'flight')} in my records (to {day(a.kb.as_of)}){hops}, by the state "
                   "each person flew for; the records hold notable crewed flights only, not every one.")
    return r


def _aboard(a: Ask, m: Mission, r: Reply) -> Reply:
    """The women (or men) in one mission's crew (the crew list is complete for a mission in the records)."""
    r.use(m)
    r.states = [m.country]
    sex = _sex(a)
    one, many = _NOUNS[sex]
    other = _NOUNS["male" if sex == "female" else "female"]
    members = [c for c in m.crew if c.sex == sex]
    n = len(members)
    if not members:
        none = "No" if a.q.yes_no else "None"
        if len(m.crew) == 1:
            r.lines.append(f"{none}: {m.name} carried one person, {m.crew[0].name}, a {other[0]}"
                           f"{r.citations.cite(m)}.")
            return r
        r.lines.append(f"{none}: {m.name}'s crew of {number_word(len(m.crew))} were all {other[1]}"
                       f"{r.citations.cite(m)}.")
        return r
    verb = "flew on" if Flight(m, members[0]).reached_space else plural(n, "was aboard", "were aboard")
    yes = "Yes: " if a.q.yes_no else ""
    r.lines.append(f"{yes}{number_word(n, capital=not yes)} {plural(n, one, many)} {verb} {m.name}, "
                   f"in a crew of {number_word(len(m.crew))}: " + join([f"{c.name} ({c.role})" for c in members])
                   + f"{r.citations.cite(m)}.")
    if not Flight(m, members[0]).reached_space:
        r.lines.append(f"{m.name} did not reach space: {m.outcome_reason}")
    return r


def _sex(a: Ask) -> str:
    """ "female" unless the question asks about men ("How many men flew on STS-63?")."""
    words = set(a.q.words)
    return "male" if words & set(_MEN) and not words & {"woman", "women", "female", "females"} else "female"




def _flight(r: Reply, m: Mission) -> str:
    return f"{m.name}, {day(m.launch)}{r.citations.cite(m)}"
