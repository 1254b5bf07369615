"""Who announced, named, led, built, decided, cancelled or ended what, and when: the history facts.

The relation comes from the lexicon group ``history`` (its words are the intent's ``reads``), the
subject from the question's names (programs, missions, people) and the history topics. Only facts
with both are answered; anything else is "not known", never a nearby fact.
"""

from __future__ import annotations

from collections.abc import Sequence

from askspace.compose import capitalise
from askspace.handlers.base import Ask, Reply
from askspace.history import HistoryFact, reference, subject_name
from askspace.text import normalise

# How each relation reads with the object first ("Grumman built ...") or the subject first.
_OBJECT_FIRST = {
    "announced": "announced", "approved": "approved", "proposed": "proposed", "named-by": "named",
    "led-by": "led", "contractor": "built", "decided": "chose", "cancelled": "cancelled",
    "created-by": "created", "reviewed-by": "reviewed", "cause": "caused",
}
_SUBJECT_FIRST = {
    "appointed": "was appointed", "imprisoned": "was imprisoned in",
    "ended": "ended with", "began": "began with", "renamed": "was renamed", "first-success": "first succeeded with",
    "first-flight": "first flew with", "honoured": "was honoured with",
}
_WHEN = ("when", "what year", "which year", "what date", "what day", "which day", "in what year", "how long ago")
_POSTS = ("deputy", "associate", "assistant", "acting")
_AFTER = ("replaced", "replace", "replacing", "succeeded", "successor", "took over from", "after")
_WHY = ("why", "how did", "how was", "how were", "what happened", "reason")
# "The first director of Marshall": the earliest tenure of the office, when "first" is said of the post itself.
_FIRST_HOLDER = tuple(f"first {w}" for w in ("director", "head", "leader", "administrator", "manager", "chief",
                                                 "chairman", "boss"))


def history_fact(a: Ask) -> Reply:
    """The facts whose subject the question names and whose relation it asks about."""
    found, subjects = _found(a)
    if not found:
        return Reply(["My records do not have that."], understood=False)
    return _reply(a, found, subjects)


def history_clue(a: Ask) -> Reply | None:
    """A quiz clue about a person of the topics ("This man replaced Joseph Shea as ASPO manager after the fire"):
    the one person every fact found names, when the clue does not name them itself; None otherwise."""
    found, subjects = _found(a)
    people = [t for t in a.kb.topics.values() if found and t.about and t.about.kind == "person"
              and f"topic:{t.id}" not in subjects and all(_names(a, f"topic:{t.id}", f.object) for f in found)]
    if len(people) != 1:
        return None
    r = _reply(a, found, subjects)
    r.lines.insert(0, f"This is {people[0].name}.")
    return r


def _found(a: Ask) -> tuple[list[HistoryFact], dict[str, str]]:
    """The facts the question asks for, and the subjects it names (with the names to show)."""
    lexicon = a.tools.lexicon if a.tools else None
    groups = lexicon.groups.get("history", {}) if lexicon else {}
    relations = [r for r, phrases in groups.items() if any(a.q.has(p) for p in phrases)]
    subjects = _subjects(a)
    years = a.years
    people = [ref for ref in subjects if _is_person(a, ref)]
    found = [f for f in a.kb.history if f.relation in relations
             and (f.subject in subjects or any(_names(a, p, f.object) for p in people)
                  or (f.relation == "appointed" and any(_names(a, t, f.object) for t in subjects)))
             and (not years or any(_covers(f, y) for y in years))]
    found = [f for f in found if all(f.subject == p or _names(a, p, f.object) for p in people)]
    posts = [w for w in _POSTS if w in a.q.words]  # "deputy director" is not the director
    found = [f for f in found if all(w in normalise(f.object or "").words for w in posts)]
    return _all_subjects_used(a, _first_holder(a, _successor(a, found, subjects, people)), subjects), subjects


def _reply(a: Ask, found: list[HistoryFact], subjects: dict[str, str]) -> Reply:
    """The answer over the facts found: the first sentence says what was asked, then the notes."""
    r = a.reply([])
    found.sort(key=lambda f: (f.date, f.id))
    r.lines.extend(_sentence(a, fact, subjects.get(fact.subject) or subject_name(a.kb, fact.subject)) for fact in found)
    said = " ".join(r.lines)
    if len(found) == 1:
        r.lines.extend([found[0].note] if found[0].note.rstrip(".") not in said else [])
    else:
        r.lines.extend(f"{f.date.text()}: {f.note}" for f in found if f.note.rstrip(".") not in said)
    r.lines.extend(f"Note: {n}" for f in found for n in f.notes)
    for fact in found:
        for ref in (reference(fact.subject), reference(fact.object)):
            if ref and ref[0] == "mission" and ref[1] in a.kb.missions:
                r.use(a.kb.missions[ref[1]])
    return r


def _subjects(a: Ask) -> dict[str, str]:
    """Subject references the question names, each with the name to show (with the alias typed, if any)."""
    words = a.q.words
    out: dict[str, str] = {}
    found: list[tuple[int, int, str, str]] = []
    for topic in a.kb.topics.values():
        for alias in (topic.name, *topic.aliases):
            key = normalise(alias).words
            for i in range(len(words) - len(key) + 1):
                if key and words[i:i + len(key)] == key:
                    shown = topic.name if set(key) <= set(normalise(topic.name).words) else f"{topic.name} ({alias})"
                    found.append((i, i + len(key), topic.id, shown))
    for s, e, topic_id, shown in found:  # "Korolev" inside "Korolev's design bureau" is not a subject of its own
        if not any(o_s <= s and e <= o_e and o_e - o_s > e - s and o_id != topic_id for o_s, o_e, o_id, _ in found):
            out.setdefault(f"topic:{topic_id}", shown)
    spans = [(s, e) for s, e, _, _ in found]
    for m in a.q.mentions:
        if any(s <= m.start and m.end <= e for s, e in spans):
            continue  # "Apollo" inside "Apollo lunar module"
        if m.kind in ("program", "mission", "person", "state"):
            ref = f"{m.kind}:{m.ids[0]}"
            out.setdefault(ref, subject_name(a.kb, ref))
    for name in a.q.people:
        for p in a.kb.people.values():
            if p.name == name:
                out.setdefault(f"person:{p.id}", p.name)
    return out


def _is_person(a: Ask, ref: str) -> bool:
    """A topic that is a person with no people entry (a manager, a designer)."""
    topic = a.kb.topics.get(ref.removeprefix("topic:")) if ref.startswith("topic:") else None
    return bool(topic and topic.about and topic.about.kind == "person")


def _names(a: Ask, ref: str, text: str | None) -> bool:
    """Whether ``text`` (a fact's object) names the topic ``ref`` by its name or one of its aliases."""
    topic = a.kb.topics.get(ref.removeprefix("topic:")) if ref.startswith("topic:") else None
    if topic is None or not text:
        return False
    words = f" {' '.join(normalise(text).words)} "
    return any(f" {' '.join(normalise(n).words)} " in words for n in (topic.name, *topic.aliases))


def _successor(a: Ask, found: list[HistoryFact], subjects: dict[str, str], people: list[str]) -> list[HistoryFact]:
    """For "who replaced Shea as ASPO manager?": the next tenure of the same office after the named person's,
    instead of the named person's own; ``found`` unchanged for any other question."""
    if not people or not _asks(a, _AFTER):
        return found
    held = [f for f in found if f.relation == "led-by" and f.until and any(_names(a, p, f.object) for p in people)]
    held = [f for f in held if f.subject in subjects] or held
    if len(held) != 1:
        return [] if held else found
    tenure = held[0]
    next_ = [f for f in a.kb.history if f.relation == "led-by" and f.subject == tenure.subject and f.date > tenure.date]
    next_.sort(key=lambda f: (f.date, f.id))
    if not next_:
        return []
    for p in people:  # the person replaced is not in the answer's fact
        subjects.pop(p, None)
    return next_[:1]


def _first_holder(a: Ask, found: list[HistoryFact]) -> list[HistoryFact]:
    """For "who was the first director of Marshall?": the earliest tenure, when every fact found is a tenure of the
    same office; ``found`` unchanged otherwise ("Who led NASA at the first landing?" says "first" of another thing)."""
    if not _asks(a, _FIRST_HOLDER) or not found or any(f.relation != "led-by" for f in found) \
            or len({f.subject for f in found}) != 1:
        return found
    return [min(found, key=lambda f: (f.date, f.id))]


def _covers(fact: HistoryFact, year: int) -> bool:
    end = fact.until.year if fact.until else fact.date.year
    return fact.date.year <= year <= end


def _all_subjects_used(a: Ask, found: list[HistoryFact], subjects: dict[str, str]) -> list[HistoryFact]:
    """``found``, or nothing when a subject of the question is in none of them (a constraint left out)."""
    for ref, name in subjects.items():
        if not any(f.subject == ref or (f.object and name.casefold() in f.object.casefold()) or _names(a, ref, f.object)
                   for f in found):
            return []
    return found


def _when(fact: HistoryFact) -> str:
    """'on 25 May 1961', 'in November 1961', 'from 1961 to 1972'."""
    if fact.until:
        return f"from {fact.date.text()} to {fact.until.text()}"
    return f"{'on' if fact.date.day else 'in'} {fact.date.text()}"


def _object(a: Ask, fact: HistoryFact) -> str:
    ref = reference(fact.object)
    if ref:
        return subject_name(a.kb, fact.object or "")
    return fact.object or "an unrecorded party"


def _sentence(a: Ask, fact: HistoryFact, subject: str) -> str:
    """The first sentence: what was asked first (the date, the reason, or the person or company)."""
    cite = "".join(a.citations.add(s) for s in fact.sources[:1])
    obj = _object(a, fact)
    if fact.relation == "cause":
        core = f"{obj} caused {subject}" if _asks(a, ("what caused", "cause of")) else f"{subject}: {obj}"
    elif fact.relation in _OBJECT_FIRST:
        core = f"{obj} {_OBJECT_FIRST[fact.relation]} {subject}"
    else:
        core = f"{subject} {_SUBJECT_FIRST[fact.relation]} {obj}"
    when = _when(fact)
    if _asks(a, _WHEN):
        return f"{capitalise(when)}{cite}: {core}."
    if _asks(a, _WHY) and fact.relation in ("cancelled", "ended", "cause", "decided"):
        return f"{fact.note.rstrip('.')} ({when}{cite})."
    chosen = "chosen " if fact.relation == "contractor" else ""
    return f"{capitalise(core)}, {chosen}{when}{cite}."


def _asks(a: Ask, phrases: Sequence[str]) -> bool:
    return any(a.q.has(p) for p in phrases)
