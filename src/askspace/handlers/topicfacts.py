"""How many people a craft of the history topics was built to carry, what it burned, what it weighed, and what
its letters stand for ("How many people could the LK carry?", "What does LEM stand for?").

The craft is a topic the question names (by its name or an alias) or the craft topic of a program it names
("the Gemini spacecraft"); what is asked is read from the lexicon group ``topic_facts``. A craft without that
fact in its topic is "not known", never a nearby craft's.
"""

from __future__ import annotations

from askspace.compose import capitalise
from askspace.handlers.base import Ask, Reply
from askspace.history import Topic
from askspace.text import normalise
from askspace.topicfacts import ATTRIBUTES

_COUNTS = ("no one", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def topic_facts(a: Ask) -> Reply:
    """The one fact asked of the one craft named."""
    lexicon = a.tools.lexicon if a.tools else None
    groups = lexicon.groups.get("topic_facts", {}) if lexicon else {}
    asked = [k for k in ATTRIBUTES if any(a.q.has(p) for p in groups.get(k, ()))]
    craft = _named(a)
    if len(asked) != 1 or len(craft) != 1:
        return Reply(["My records do not have that."], understood=False)
    attribute, (topic, alias) = asked[0], craft[0]
    about = topic.about
    if about is None or not about.has(attribute):
        return Reply([f"My records do not have that about {topic.name}."], understood=False)
    cite = "".join(a.citations.add(s) for s in topic.sources[:2])
    name = capitalise(topic.name)
    if attribute == "crew":
        assert about.crew is not None
        count = _COUNTS[about.crew] if about.crew < len(_COUNTS) else str(about.crew)
        line = f"{name} was built to carry {count} {'person' if about.crew == 1 else 'people'}{cite}."
        return a.reply([line, *([about.crew_note] if about.crew_note else [])])
    if attribute == "propellant":
        return a.reply([f"{name} burned {about.propellant}{cite}."])
    if attribute == "stands_for":
        return a.reply([f"{alias} is short for {about.stands_for}{cite}."])
    verb = "came to" if about.kind == "collection" else "weighed"
    return a.reply([f"{name} {verb} {about.mass}{cite}."])


def _named(a: Ask) -> list[tuple[Topic, str]]:
    """The craft topics the question names: the longest alias wins over one inside it ("LM ascent stage" over
    "LM"); a program named outside them stands for its craft."""
    words = a.q.words
    spans: list[tuple[int, int, Topic, str]] = []
    for topic in a.kb.topics.values():
        if topic.about is None or topic.about.kind not in ("craft", "collection"):
            continue
        for alias in (topic.name, *topic.aliases):
            key = normalise(alias).words
            for i in range(len(words) - len(key) + 1):
                if key and words[i:i + len(key)] == key:
                    spans.append((i, i + len(key), topic, alias))
    kept = [s for s in spans if not any(o[0] <= s[0] and s[1] <= o[1] and o[1] - o[0] > s[1] - s[0] for o in spans)]
    found: dict[str, tuple[Topic, str]] = {}
    for _, _, topic, alias in kept:
        found.setdefault(topic.id, (topic, alias))
    programs = {m.ids[0] for m in a.q.mentions if m.kind == "program"
                and not any(s <= m.start and m.end <= e for s, e, _, _ in kept)}
    states = {m.ids[0] for m in a.q.mentions if m.kind == "state"}
    for t, _ in found.values():
        program = a.kb.programs.get(t.about.program) if t.about and t.about.program else None
        if program and ((programs and program.id not in programs) or (states and states != {program.country})):
            return []  # "Luna's lunar samples", "the Soviet Union's moon rocks" are not Apollo's
    for t, alias in found.values():
        program = a.kb.programs.get(t.about.program) if t.about and t.about.program else None
        if t.about and t.about.kind == "collection" and program and program.id not in programs \
                and program.name.casefold() not in alias.casefold():
            return []  # "all the moon rocks brought back" are not only Apollo's: the program must be named
    for m in ([] if found else a.q.mentions):
        if m.kind == "program" and m.ids[0] in programs:
            for t in a.kb.topics.values():
                if t.about and t.about.kind == "craft" and t.about.program == m.ids[0]:
                    found.setdefault(t.id, (t, t.name))
    return list(found.values())
