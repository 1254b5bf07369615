"""Satellite systems (``knowledge/satellite_systems.yaml``): how many satellites a system has or was planned to
have, when it began and reached its coverage, who runs it, what it is for and named after, its other names,
what its satellites were built on, and its nth satellite (its ``members``, mission entries in launch order).

The question's words pick what is asked; a system without that detail is "not known", never a nearby answer.
"""

from __future__ import annotations

from askspace import compose
from askspace.handlers.base import Ask, Reply
from askspace.handlers.satwords import asks, asks_any, nth_asked, ordinal_word
from askspace.satsystems import Coverage, Planned, SatelliteSystem
from askspace.text import normalise

_COUNT = ("how many", "number of")
_WORKING = ("operational", "in service", "working", "functioning", "in operation", "still work", "active")
_PLANNED = ("will", "planned", "plan", "plans", "designed", "meant to", "use", "going to")
_GLOBAL = ("global", "globally", "worldwide", "world wide", "whole world", "entire world", "full coverage")
_REGIONAL = ("regional", "region", "asia pacific", "asia", "china", "serve", "serving", "served")
_START = ("start", "started", "begin", "began", "begun", "first launch", "launched first", "operating since",
          "since when")
_END = ("end", "ended", "decommissioned", "retired", "shut down", "switched off")
_OPERATOR = ("operate", "operates", "operated", "runs", "run", "operator", "in charge", "manages", "controls")
_PURPOSE = ("purpose", "for what", "what for", "used for", "is it for", "was it for", "aim", "goal")
_NAMED = ("named after", "named for", "name mean", "name come", "called after", "means", "mean", "meaning",
          "literally")
_OTHER_NAME = ("another name", "other name", "other names", "also called", "also known", "known as", "aka",
               "officially", "official name", "official")
_STATE = ("which country", "what country", "which nation", "what nation", "whose")
_BUILT = ("based on", "built on", "bus", "platform", "weigh", "weighed", "weight", "mass", "heavy")


def named_system(a: Ask) -> SatelliteSystem | None:
    ids = a.q.ids("system")
    return a.kb.satellite_systems[ids[0]] if ids else None


def _cite(a: Ask, s: SatelliteSystem) -> str:
    return "".join(a.citations.add(x) for x in s.sources[:1])


def _not_known(what: str, s: SatelliteSystem | None = None) -> Reply:
    name = s.name if s else "that satellite system"
    return Reply([f"My records do not have {what} for {name}."], understood=False)


def satellite_system(a: Ask) -> Reply:
    """One system's detail that the words ask for, or its card when they ask for none."""
    s = named_system(a)
    if s is None:
        return Reply(["My records do not have that satellite system."], understood=False)
    if ordinal_word(a.q.words) is not None or nth_asked(a.q.words):
        from askspace.handlers.satmembers import nth_member

        return nth_member(a, s)
    if asks_any(a, _COUNT):
        return _how_many(a, s)
    planned = _planned_asked(a, s.planned, named_only=True)
    if planned is not None:  # "the geostationary satellites of BeiDou-2": only what the planned row says
        if planned.note is None or not asks_any(a, _PURPOSE):
            return _not_known(f"that about the {planned.orbit} satellites", s)
        return _reply(a, s, f"The {planned.number} {planned.orbit} satellites planned for {label(a, s)} were "
                            f"{planned.note}{_cite(a, s)}.")
    for words, answer in ((_NAMED, _named_after), (_OTHER_NAME, _other_names), (_BUILT, _built_on),
                          (_STATE, _state), (_OPERATOR, _operator)):
        if asks_any(a, words):
            return answer(a, s)
    if asks(a, "when") or asks(a, "what year") or asks(a, "since when") or asks_any(a, _GLOBAL + _REGIONAL):
        return _when(a, s)
    if a.q.yes_no or a.q.wh_word not in (None, "what", "tell"):  # "how did GPS start?": no card
        return _not_known("an answer to that question", s)
    if asks_any(a, _PURPOSE):
        return _purpose(a, s)
    return _card(a, s)


def _reply(a: Ask, s: SatelliteSystem, line: str) -> Reply:
    return a.reply([line], states=[s.state])


def label(a: Ask, s: SatelliteSystem) -> str:
    """The system's name, with the name the question used when that is another one: "Global Positioning System
    (GPS)", so that the answer shows the name asked about."""
    said = next((m.text for m in a.q.of_kind("system") if m.ids[0] == s.id), "")
    if not said or said in normalise(s.name).text:
        return s.name
    alias = next((n for n in s.aliases if normalise(n).text == said), said)
    return f"{s.name} ({alias})"


def _how_many(a: Ask, s: SatelliteSystem) -> Reply:
    """ "How many satellites does BeiDou-1 have?", "How many geostationary satellites will BeiDou-2 have?"."""
    planned = _planned_asked(a, s.planned)
    if planned is not None:
        note = f", {planned.note}" if planned.note else ""
        what = "satellites" if planned.orbit.startswith("in all") else f"{planned.orbit} satellites"
        return _reply(a, s, f"{label(a, s)} was planned to have {planned.number} {what}{_cite(a, s)}{note}.")
    count = s.satellites
    if count is None:
        return _not_known("a count of the satellites", s)
    if asks_any(a, _WORKING):
        if count.in_service is None:
            return _not_known("how many of its satellites work", s)
        when = f" by {count.as_of.text()}" if count.as_of else ""
        return _reply(a, s, f"Of the {count.number} satellites of {label(a, s)}{when}, {count.in_service} were in "
                            f"service{_cite(a, s)}.")
    years = [w for w in a.q.words if w.isdigit() and len(w) == 4]
    if years and (count.as_of is None or str(count.as_of.year) not in years):
        return _not_known(f"a count of satellites for {' '.join(years)}", s)
    when = f" as of {count.as_of.text()}" if count.as_of else ""
    names = _member_names(a, s)
    listed = f" ({compose.join(names)})" if names and len(names) == count.number else ""
    verb = "had" if s.ended or count.as_of else "has"
    number = f"{count.qualifier} {count.number:,}" if count.qualifier else f"{count.number:,}"
    r = _reply(a, s, f"{label(a, s)} {verb} {number} satellites{when}{listed}{_cite(a, s)}.")
    r.lines.append(f"Counted: {count.counted}.")
    r.lines.extend(s.notes[:1] if s.part_of is None else ())
    return r


def _planned_asked(a: Ask, planned: tuple[Planned, ...], named_only: bool = False) -> Planned | None:
    """The planned row whose orbit the question names (the longest such name), or the total when it asks what
    the system will have and names no orbit."""
    text = " " + " ".join(a.q.words) + " "
    named = [p for p in planned if not p.orbit.startswith("in all") and f" {_plain(p.orbit)} " in text]
    named = [p for p in named if not any(len(_plain(o.orbit)) > len(_plain(p.orbit)) and _plain(p.orbit) in
                                         _plain(o.orbit) for o in named)]
    if named:
        return named[0]
    if asks_any(a, _PLANNED) and not named_only:
        return next((p for p in planned if p.orbit.startswith("in all")), None)
    return None


def _plain(text: str) -> str:
    return " ".join(w for w in text.casefold().replace("-", " ").split())


def _member_names(a: Ask, s: SatelliteSystem) -> list[str]:
    return [a.kb.missions[m.mission].name for m in s.members]


def _when(a: Ask, s: SatelliteSystem) -> Reply:
    """When it began (its first satellite's launch), reached regional or global coverage, or ended."""
    cite = _cite(a, s)
    named = _scopes_named(a, s)
    if named or asks_any(a, _GLOBAL) or asks_any(a, _REGIONAL):
        if asks_any(a, _GLOBAL):
            rows = [c for c in s.coverage if "world" in c.scope]
        else:
            rows = named or [c for c in s.coverage if "world" not in c.scope]
        if not rows:
            return _not_known("the date of that coverage", s)
        first = rows[0]
        note = f" ({first.note})" if first.note else ""
        r = _reply(a, s, f"{label(a, s)} began to serve {first.scope} {_on(first.date.text())}{note}{cite}.")
        r.lines.extend(f"Then: {c.scope} {_on(c.date.text())}" + (f" ({c.note})." if c.note else ".")
                       for c in rows[1:])
        return r
    if asks_any(a, _END):
        if s.ended is None:
            return _not_known("an end date", s)
        return _reply(a, s, f"{label(a, s)} ended {_on(s.ended.text())}{cite}.")
    if s.began is None:
        return _not_known("a start date", s)
    r = _reply(a, s, f"{label(a, s)} began with the launch of its first satellite {_on(s.began.text())}{cite}.")
    r.lines.extend(f"Coverage: {c.scope} from {c.date.text()}" + (f" ({c.note})." if c.note else ".")
                   for c in s.coverage)
    return r


_SCOPE_FILLER = frozenset({"the", "and", "its", "region", "regions", "whole", "about", "around", "it", "km"})


def _scopes_named(a: Ask, s: SatelliteSystem) -> list[Coverage]:
    """The coverage rows whose area the question names ("the Asia-Pacific region", "China")."""
    words = set(a.q.words)
    return [c for c in s.coverage
            if (own := set(_plain(c.scope).split()) - _SCOPE_FILLER) and own & words and "world" not in own]


def _on(text: str) -> str:
    return f"on {text}" if text[0].isdigit() and " " in text else f"in {text}"


def _named_after(a: Ask, s: SatelliteSystem) -> Reply:
    if s.named_after is None:
        return _not_known("what the name means", s)
    return _reply(a, s, f"{label(a, s)} is named after {s.named_after}{_cite(a, s)}.")


def _other_names(a: Ask, s: SatelliteSystem) -> Reply:
    """Its other names, then its generations' (BeiDou-2 is also called Compass)."""
    names = [n for n in s.aliases if not n.isascii() or n.casefold() != s.name.casefold()]
    parts = [p for p in a.kb.satellite_systems.values() if p.part_of == s.id]
    if not names and not parts:
        return _not_known("other names", s)
    r = _reply(a, s, f"{label(a, s)} is also called {compose.join(names)}{_cite(a, s)}." if names else
               f"My records have no other name for {s.name} itself.")
    for p in parts:
        if p.aliases:
            r.lines.append(f"Its generation {p.name} is also called {compose.join(list(p.aliases[:6]))}.")
    return r


def _built_on(a: Ask, s: SatelliteSystem) -> Reply:
    if s.built_on is None:
        return _not_known("what the satellites were built on", s)
    return _reply(a, s, f"The satellites of {label(a, s)} were built on {s.built_on}{_cite(a, s)}.")


def _state(a: Ask, s: SatelliteSystem) -> Reply:
    """ "Which country operates BeiDou?": the state that owns it, then who runs it."""
    run = f", run by {s.operator}" if s.operator else ""
    return _reply(a, s, f"{label(a, s)} is a system of {a.kb.states[s.state].short}{run}{_cite(a, s)}.")


def _operator(a: Ask, s: SatelliteSystem) -> Reply:
    if s.operator is None:
        return _not_known("the operator", s)
    return _reply(a, s, f"{label(a, s)} is run by {s.operator}{_cite(a, s)}.")


def _purpose(a: Ask, s: SatelliteSystem) -> Reply:
    if s.purpose is None:
        return _not_known("the purpose", s)
    return _reply(a, s, f"{label(a, s)}: {compose.capitalise(s.purpose).rstrip('.')}{_cite(a, s)}.")


def _card(a: Ask, s: SatelliteSystem) -> Reply:
    state = a.kb.states[s.state].short
    kind = {"navigation": "a satellite navigation system", "internet": "an Internet satellite constellation",
            "communications": "a communications satellite system"}.get(s.kind, f"a {s.kind} satellite system")
    r = _reply(a, s, f"{label(a, s)} is {kind} of {state}{_cite(a, s)}.")
    if s.purpose:
        r.lines.append(f"What it is for: {s.purpose}")
    if s.began:
        r.lines.append(f"First satellite launched: {s.began.text()}" +
                       (f"; ended {s.ended.text()}." if s.ended else "."))
    if s.satellites:
        as_of = f" ({s.satellites.as_of.text()})" if s.satellites.as_of else ""
        many = f"{s.satellites.qualifier or ''} {s.satellites.number:,}".strip()
        r.lines.append(f"Satellites: {many}{as_of}, counting {s.satellites.counted}.")
    if s.operator:
        r.lines.append(f"Run by {s.operator}.")
    return r


