"""Evaluate a ranked frame over the knowledge base: order the answers, pick the nth, say the rule.

Three kinds of answer are ranked (``askspace.frames``):

- people who walked on a body: the crews of crewed landings less the Command Module Pilot, by
  landing date, then in crew order (the commander stepped out first and climbed back in last);
- states: each state's first mission that satisfies the event's counting rule, by its date
  (agencies such as ESA are not states and are named apart);
- missions: by the event's date, or by launch for "missions to" a body.

``most`` counts missions per state. The answer's first sentence gives what was asked; the rule
and what came before follow. ``None`` means the frame cannot be evaluated here, so the intents
answer instead.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence

from askspace import compose, persons, queries
from askspace.compose import Citations, day
from askspace.frames import Frame, OverLast, Rank
from askspace.handlers.base import Reply, walkers
from askspace.model import KnowledgeBase, Mission


def _rule(frame: Frame) -> queries.EventRule | None:
    if not frame.events:
        return None  # "missions to Venus": every launch toward it
    rule = queries.rule_for(frame.events, frame.crewed)
    return None if rule.name == "launch" else rule


def _pick(items: Sequence[object], rank: Rank) -> int | None:
    """The index the rank asks for, or None when there are not that many."""
    if not items:
        return None
    if rank.last:
        return len(items) - 1
    return rank.nth - 1 if rank.nth <= len(items) else None


def _body_name(kb: KnowledgeBase, body: str) -> str:
    return kb.bodies[body].name


def _by_age(kb: KnowledgeBase, frame: Frame, order: list[tuple[str, Mission]], where: str,
            cite: Citations) -> Reply:
    """The youngest or oldest of the people in ``order``, by age on their landing day."""
    people = {c.name: kb.people.get(c.person) for _, m in order for c in m.crew}
    born = {name: p.born for name, p in people.items() if p is not None and p.born is not None}
    missing = [n for n, _ in order if n not in born]
    if missing:
        return Reply([f"My records do not have the birth dates of {compose.join(missing)}, so I cannot tell who "
                      f"was the {frame.rank.word} to walk on {where}."], citations=cite, understood=False)

    def age_days(item: tuple[str, Mission]) -> int:
        name, m = item
        day_of = m.landing.date if m.landing and m.landing.date else m.launch
        return (day_of - born[name]).days
    ranked = sorted(order, key=age_days, reverse=frame.rank.by == "age-old")
    name, m = ranked[0]
    birth, landed = born[name], (m.landing.date if m.landing and m.landing.date else m.launch)
    years = landed.year - birth.year - ((landed.month, landed.day) < (birth.month, birth.day))
    try:
        birthday = birth.replace(year=birth.year + years)
    except ValueError:  # 29 February: the birthday falls on 1 March in other years
        birthday = dt.date(birth.year + years, 3, 1)
    days = (landed - birthday).days
    marker = cite.cite(m)
    found_source = persons.birth_source(people[name])
    source = cite.add(found_source) if found_source else ""
    lines = [f"The {frame.rank.word} person to walk on {where} was {name}, aged {years} years and {days} days "
             f"when {m.name} landed ({day(landed)}{marker}); born {day(birth)}{source}."]
    other = ranked[-1]
    lines.append(f"The {'oldest' if frame.rank.by == 'age-young' else 'youngest'} was {other[0]} "
                 f"({other[1].name}).")
    lines.append(f"Rule: ages on the landing day, over the {len(order)} people who walked on {where}.")
    r = Reply(lines, citations=cite)
    r.use(m)
    return r


def _people(kb: KnowledgeBase, frame: Frame, cite: Citations) -> Reply | None:
    if frame.body is None or frame.crewed is False or frame.rank.by == "count":
        return None
    if frame.events and not set(frame.events) & {"land", "visit", "reach"}:
        return None
    landings = queries.events(kb, queries.RULES["crewed-land"], frame.body, queries.expand_states(kb, frame.states))
    order = [(name, m) for m in landings for name in walkers(m)]
    where = _body_name(kb, frame.body)
    if not order:
        return None  # the intents say so, with the robotic firsts there
    if frame.rank.by != "date":
        return _by_age(kb, frame, order, where, cite)
    if frame.rank.last:  # the last mission's commander: out first, back in last
        name, m = next((n, x) for n, x in order if x is landings[-1])
    else:
        i = _pick(order, frame.rank)
        if i is None:
            return Reply([f"Only {len(order)} people have walked on {where} in my records, so there was no "
                          f"{frame.rank.word}."], citations=cite)
        name, m = order[i]
    assert m.landing is not None
    lines = [f"The {frame.rank.word} person to walk on {where} was {name}, on {m.name} "
             f"(landed {day(m.landing.date)}{cite.cite(m)})."]
    before = [n for n, _ in order[:order.index((name, m))]]
    if frame.rank.last:
        lines[0] = lines[0][:-1] + "; as commander he was the last of his crew to climb back into the lunar module."
    elif before:
        lines.append(f"Before: {compose.join(before)}.")
    lines.append("Rule: the crews of crewed landings less the Command Module Pilot, who stayed in orbit, in "
                 "landing order; within a crew, the commander stepped out first.")
    r = Reply(lines, citations=cite)
    r.use(m)
    return r


def _states(kb: KnowledgeBase, frame: Frame, cite: Citations) -> Reply | None:
    if frame.body is None or frame.rank.by != "date" or frame.states or frame.crewed is not None:
        return None  # "the first European country", "the second country to send people": not evaluated here
    rule = _rule(frame) or queries.RULES["launch"]
    firsts = queries.firsts_by_state(kb, rule, frame.body, frame.crewed)
    states = [(s, m) for s, m in firsts.items() if kb.states[s].kind == "state"]
    agencies = [(s, m) for s, m in firsts.items() if kb.states[s].kind != "state"]
    where = _body_name(kb, frame.body)
    i = _pick(states, frame.rank)
    if i is None:
        return Reply([f"Only {len(states)} {'country has' if len(states) == 1 else 'countries have'} "
                      f"{rule.verb} {where} in my records, so there was no {frame.rank.word}."], citations=cite)
    state, m = states[i]
    when = rule.when(m) or m.launch
    though = f", though {m.landing.note}" if rule.is_landing and m.landing and m.landing.note else ""
    lines = [f"The {frame.rank.word} country to have {rule.verb} {where} was {compose.state_name(kb, state)}, "
             f"with {m.name} on {day(when)}{cite.cite(m)}{though}."]
    if i:
        lines.append("Before it: " + compose.join(
            [f"{compose.state_name(kb, s)} ({x.name}, {(rule.when(x) or x.launch).year})" for s, x in states[:i]])
            + ".")
    lines.append(f"Rule: {rule.rule}; each country counts with its first.")
    if agencies:
        lines.append("Not a country: " + compose.join([f"{kb.states[s].name} ({x.name})" for s, x in agencies])
                     + " is a multinational agency.")
    r = Reply(lines, citations=cite, states=[state], bodies=[frame.body])
    r.use(m)
    return r


def _missions(kb: KnowledgeBase, frame: Frame, cite: Citations) -> Reply | None:
    if frame.body is None or frame.rank.by != "date" or (frame.rank.nth == 1 and not frame.rank.last):
        return None  # "the first ..." stays with the firsts handlers, which know the recorded firsts
    rule = _rule(frame)
    states = queries.expand_states(kb, frame.states)
    found = (queries.events(kb, rule, frame.body, states, frame.crewed) if rule
             else queries.missions(kb, body=frame.body, states=states, crewed=frame.crewed))
    where = _body_name(kb, frame.body)
    whose = " ".join(kb.states[s].adjective for s in frame.states)
    event = queries.event_phrase(rule, where) if rule else f"mission to {where}"
    what = f"{whose + ' ' if whose else ''}{event}"
    i = _pick(found, frame.rank)
    if i is None:
        return Reply([f"My records have {len(found)} in all ({what}), so there was no {frame.rank.word}."],
                     citations=cite)
    m = found[i]
    when = (rule.when(m) if rule else None) or m.launch
    verb = "on" if rule else "launched"
    lines = [f"The {frame.rank.word} {what} was {m.name}, {verb} {day(when)}{cite.cite(m)}."]
    if m.outcome != "success":
        lines.append(f"Outcome: {m.outcome}. {m.outcome_reason}")
    lines.append(f"Rule: {rule.rule if rule else 'every launch toward the body counts, failures included'}; "
                 f"{len(found)} in my records, in date order.")
    r = Reply(lines, citations=cite, bodies=[frame.body])
    r.use(m)
    return r


def _most(kb: KnowledgeBase, frame: Frame, cite: Citations) -> Reply | None:
    if frame.answer != "state" or frame.counted != "mission" or frame.body is None or frame.states \
            or frame.crewed is not None:
        return None  # "china or india?", "the most crewed missions": not evaluated here
    rule = _rule(frame)
    found = (queries.events(kb, rule, frame.body, (), frame.crewed) if rule
             else queries.missions(kb, body=frame.body, crewed=frame.crewed))
    tally = Counter(m.country for m in found if kb.states[m.country].kind == "state")
    if not tally:
        return None
    ranked = sorted(tally.items(), key=lambda kv: (-kv[1], kb.states[kv[0]].name))
    top = [s for s, n in ranked if n == ranked[0][1]]
    where = _body_name(kb, frame.body)
    what = f"{rule.noun}s on" if rule else "missions to"
    names = compose.join([compose.state_name(kb, s) for s in top])
    lines = [f"{compose.capitalise(names)} {'has' if len(top) == 1 else 'have'} the most {what} {where} in my "
             f"records: {ranked[0][1]}."]
    lines.append("Next: " + "; ".join(f"{compose.state_name(kb, s)} {n}" for s, n in ranked[len(top):len(top) + 4])
                 + "." if len(ranked) > len(top) else "No other country has any.")
    lines.append(f"Rule: {rule.rule if rule else 'every launch toward the body counts, failures included'}; "
                 "missions of multinational agencies such as ESA are not counted for any country.")
    r = Reply(lines, citations=cite, states=top, bodies=[frame.body])
    r.use_ids([m.id for m in found if m.country in top])
    return r


def evaluate(kb: KnowledgeBase, frame: Frame, cite: Citations) -> Reply | None:
    """The answer to a ranked frame, or None when this engine cannot evaluate it."""
    if frame.rank.by == "count":
        return _most(kb, frame, cite)
    if frame.answer == "person":
        return _people(kb, frame, cite)
    if frame.answer == "state":
        return _states(kb, frame, cite)
    return _missions(kb, frame, cite)


def over_last(kb: KnowledgeBase, facts: Sequence[str], rank: Rank, events: Sequence[str],
              cite: Citations, crewed: bool | None = None) -> Reply | None:
    """Rank the last answer's missions ("which of those came first?") by the event asked, else by launch; only
    the crewed or the robotic ones when the question says so ("the second robotic one")."""
    found = [kb.missions[i] for i in dict.fromkeys(facts) if i in kb.missions]
    kind = "" if crewed is None else " crewed ones" if crewed else " robotic ones"
    found = found if crewed is None else [m for m in found if m.crewed == crewed]
    if len(found) < 2:
        return None
    rule = queries.rule_for(events, None) if events else None
    if rule is not None and rule.name == "launch":
        rule = None

    def when(m: Mission) -> dt.date | None:
        return (rule.when(m) if rule.test(m) else None) if rule else m.launch
    dated = sorted((m for m in found if when(m) is not None), key=lambda m: (when(m), m.id))
    what = rule.noun if rule else "launch"
    if not dated:
        return Reply([f"None of those {len(found)} made a {what} in my records."], citations=cite)
    i = _pick(dated, rank)
    if i is None:
        return None
    m = dated[i]
    r = Reply([f"Of those {len(found)}{kind}, the {rank.word} {what} was {m.name}'s "
               f"({compose.state_name(kb, m.country)}), on {day(when(m))}{cite.cite(m)}."], citations=cite)
    if len(dated) < len(found):
        r.lines.append(f"Left out: {compose.join([x.name for x in found if x not in dated])} (no {what} in my "
                       "records).")
    r.use(m)  # "it" is the one picked, and "they" its state ...
    r.states = [m.country]
    r.facts = [x.id for x in found]  # ... and "those" stay the same set, in the same order
    return r


def _did(kb: KnowledgeBase, asked: OverLast, rule: queries.EventRule | None) -> str:
    """What the kept missions did: " failed", " succeeded and orbited their target", " were the United States'"."""
    parts = [{"success": "succeeded", "failure": "failed"}[asked.outcome]] if asked.outcome else []
    if rule is not None and rule.name != "launch":
        parts.append(f"{rule.past} their target")
    if asked.states:
        parts.append(f"were flown by {compose.join([compose.state_name(kb, s) for s in asked.states])}")
    return " " + " and ".join(parts) if parts else ""


def _kept(found: Sequence[Mission], asked: OverLast, rule: queries.EventRule | None) -> list[Mission]:
    return [m for m in found if (rule is None or rule.name == "launch" or rule.test(m))
            and (asked.outcome is None or m.outcome == asked.outcome)
            and (not asked.states or m.country in asked.states)]


def aggregate_last(kb: KnowledgeBase, facts: Sequence[str], asked: OverLast, cite: Citations,
                   wider: Sequence[str] = ()) -> Reply | None:
    """Count or list the last answer's missions, keeping those with the outcome or event asked. When none of
    them is kept and the answer before listed a wider set that held them ("which Mars probes in 1973?", "how
    many of them failed?", "which one got into orbit?"), the wider set's are given after the "none"."""
    found = [kb.missions[i] for i in dict.fromkeys(facts) if i in kb.missions]
    if len(found) < 2:
        return None
    rule = queries.rule_for(asked.events, None) if asked.events else None
    kept = _kept(found, asked, rule)
    did = _did(kb, asked, rule)
    outer = [kb.missions[i] for i in dict.fromkeys(wider) if i in kb.missions]
    if not kept and asked.narrows and len(outer) > len(found) and {m.id for m in found} <= {m.id for m in outer} \
            and (kept := _kept(outer, asked, rule)):
        names = "; ".join(f"{m.name} ({compose.state_name(kb, m.country)}, {m.outcome}{cite.cite(m)})"
                          for m in kept)
        r = Reply([f"None of those {len(found)}{did}; of the {len(outer)} before them, "
                   + (f"that was {names}." if len(kept) == 1 else f"they were: {names}.")], citations=cite)
        r.use(*kept)
        return r
    names = "; ".join(f"{m.name} ({compose.state_name(kb, m.country)}, {m.outcome}{cite.cite(m)})" for m in kept)
    if not asked.narrows and asked.aggregate == "count":
        line = f"That is {compose.number_word(len(kept))} missions: {names}."
    elif not kept:
        line = f"None of those {len(found)}{did}."
    elif asked.aggregate == "count":
        line = f"{compose.capitalise(compose.number_word(len(kept)))} of those {len(found)}{did}: {names}."
    else:
        line = f"That was {names}." if len(kept) == 1 else f"They were: {names}."
    r = Reply([line], citations=cite)
    if asked.outcome:
        r.lines.append("Rule: a partial success counts as neither a success nor a failure." if asked.outcome
                       == "failure" else "Rule: partial successes are not counted as successes.")
    if kept:
        r.use(*kept)
    return r
