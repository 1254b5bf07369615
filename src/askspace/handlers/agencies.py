"""Facts about one agency, design bureau or company: what its name stands for, when and by which
act it was founded, what came before and after it, and a short card.

The fact asked comes first; a fact the records lack is said to be missing (not understood, exit 1),
never replaced by a nearby one.
"""

from __future__ import annotations

from askspace.compose import capitalise, day, join, possessive
from askspace.handlers.base import Ask, Reply
from askspace.handlers.named import card_only, named_agencies
from askspace.kinds import Agency

_STANDS = ("stand for", "stands for", "standing for", "acronym", "abbreviation", "abbreviated", "short for",
           "full name", "mean", "means")
_ACT = ("which act", "what act", "which law", "what law", "decree", "who founded", "who created", "who set up",
        "founded by", "created by", "set up by", "established by")
_FOUNDED = ("founded", "founding", "established", "establish", "created", "create", "formed", "set up", "how old",
            "start", "started", "begin", "began", "born")
_BEFORE = ("predecessor", "predecessors", "preceded", "precede", "came before", "before it", "did it replace")
_AFTER = ("successor", "successors", "came after", "replaced", "replace", "succeeded", "became")


def agency_facts(a: Ask) -> Reply:
    """The fact the question asks about the agency it names."""
    found = named_agencies(a)
    if not found:
        names = join([m.text for m in a.q.mentions]) or "that"
        return a.reply([f"I have no agency, design bureau or company named {names} in my records."],
                       understood=False)
    q = a.q
    others = {m.kind for m in q.mentions} & {"mission", "program", "body", "person", "rocket"}
    if others or q.crewed is not None or set(q.events) - {"launch"} or q.relation is not None:
        # "When was NASA founded before Apollo?": not evaluated here (a year is: the answer gives the date)
        return a.reply(["My agency records do not answer that."], understood=False)
    g = found[0]
    r = a.reply([], states=[g.state] if g.state in a.kb.states else [])
    if any(q.has(w) for w in _STANDS):
        _stands_for(g, r)
    elif any(q.has(w) for w in _ACT):
        _founded(g, r, act_first=True, verb="founded" if q.has("founded") else "created")
    elif any(q.has(w) for w in _BEFORE) or (q.has("replace") and q.has("did")):
        _succession(a, g, r, "predecessors")
    elif any(q.has(w) for w in _AFTER):
        _succession(a, g, r, "successors")
    elif any(q.has(w) for w in _FOUNDED) or q.has("when"):
        _founded(g, r, act_first=False)
    elif card_only(a):
        card(a, g, r)
    else:
        _missing(r, f"I can say what {g.name} stands for, when and by which act it was founded and what came before "
                    "and after it, but not that.")
    return r


def _cite(g: Agency, r: Reply) -> str:
    return "".join(r.citations.add(s) for s in g.sources)


def _missing(r: Reply, text: str) -> None:
    r.lines.append(text)
    r.understood = False


def _stands_for(g: Agency, r: Reply) -> None:
    if not g.full_name or g.full_name == g.name:
        _missing(r, f"My records do not have a longer name that {g.name} stands for.")
        return
    native = f" ({g.native_name})" if g.native_name and g.native_name not in g.full_name else ""
    r.lines.append(f"{g.name} stands for {g.full_name}{native}{_cite(g, r)}.")


def _founded_when(g: Agency) -> str:
    return f"on {day(g.founded)}" if g.founded else f"in {g.founded_year}"


def _founded(g: Agency, r: Reply, act_first: bool, verb: str = "founded") -> None:
    if act_first and not g.founded_by:
        _missing(r, f"My records do not say by which act or by whom {g.name} was founded"
                    + (f"; only that it was founded {_founded_when(g)}." if g.founded_year else "."))
        return
    if not g.founded_year:
        _missing(r, f"My records do not have when {g.name} was founded.")
        return
    by = f" by {g.founded_by}" if g.founded_by else ""
    began = f"; it began work on {day(g.began)}" if g.began else ""
    ended = f"; it ceased to exist on {day(g.ended)}" if g.ended else ""
    if act_first:
        r.lines.append(f"{g.name} was {verb}{by}, {_founded_when(g)}{began}{ended}{_cite(g, r)}.")
    else:
        r.lines.append(f"{g.name} was {verb} {_founded_when(g)}{by}{began}{ended}{_cite(g, r)}.")


def _label(a: Ask, agency_id: str) -> str:
    g = a.kb.agencies[agency_id]
    span = ""
    if g.founded_year:
        span = f", {g.founded_year}-{g.ended.year}" if g.ended else f", from {g.founded_year}"
    full = f"{g.full_name}{span}" if g.full_name and g.full_name != g.name else span.lstrip(", ")
    return f"{g.name} ({full})" if full else g.name


def _succession(a: Ask, g: Agency, r: Reply, key: str) -> None:
    others = getattr(g, key)
    word = "predecessor" if key == "predecessors" else "successor"
    if not others:
        _missing(r, f"My records name no {word} of {g.name}.")
        return
    names = join([_label(a, i) for i in others])
    verb = "was" if len(others) == 1 else "were"
    plural = "s" if len(others) > 1 else ""
    r.lines.append(f"{capitalise(possessive(g.name))} {word}{plural} {verb} {names}{_cite(g, r)}.")
    r.lines.extend(g.notes[:1])


def card(a: Ask, g: Agency, r: Reply) -> None:
    """Who the agency is, in two or three sentences."""
    state = a.kb.states.get(g.state or "")
    whose = f"{state.adjective} " if state and state.kind == "state" else ""
    kind = {"bureau": "design bureau", "committee": "government committee"}.get(g.kind, g.kind)
    full = f" ({g.full_name})" if g.full_name and g.full_name != g.name else ""
    was = "was" if g.ended else "is"
    founded = f", founded {_founded_when(g)}" + (f" by {g.founded_by}" if g.founded_by else "") if g.founded_year \
        else ""
    r.lines.append(f"{g.name}{full} {was} a {whose}{kind}{founded}{_cite(g, r)}.")
    links = [f"{word}: {join([_label(a, i) for i in ids])}" for word, ids in
             (("Predecessors" if len(g.predecessors) > 1 else "Predecessor", g.predecessors),
              ("Successors" if len(g.successors) > 1 else "Successor", g.successors)) if ids]
    if links:
        r.lines.append("; ".join(links) + ".")
    r.lines.extend(g.notes[:1])
