"""Famous words spoken in spaceflight: what someone said at a moment, and who said a quoted line.

A quoted line is matched against the recorded wording and the versions people quote instead; a
misquote is answered with the wording as recorded and where it comes from. Words the records do not
have are said to be unknown (the reply is not understood), never replaced by other words.
"""

from __future__ import annotations

from collections.abc import Sequence

from askspace import lore
from askspace.compose import day, join
from askspace.handlers.base import Ask, Reply
from askspace.lore import Saying, Variant
from askspace.text import normalise, stem

_ASKING = frozenset({
    "what", "which", "who", "whom", "did", "does", "do", "was", "were", "is", "are", "has", "have", "had",
    "say", "said", "says", "saying", "speak", "spoke", "spoken", "utter", "uttered", "words", "word", "quote",
    "quoted", "quotes", "line", "famous", "exact", "exactly", "really", "actually", "anyone", "anybody",
    "ever", "the", "a", "an", "his", "her", "their", "he", "she", "they", "at", "on", "in", "of", "to", "when",
    "as", "during", "from", "for", "and", "there", "it", "that", "this", "by", "after",
})
_SAME = {"launch": "lift", "launched": "lift", "liftoff": "lift", "takeoff": "lift", "blastoff": "lift",
         "touchdown": "land", "landed": "land", "landing": "land"}
"""Words of a moment that mean the same: "at launch" asks for the words said at lift-off."""
_MIN_RUN = 3  # words of a quoted line in a row that identify it (all of it when shorter)


def _run(asked: Sequence[str], text: Sequence[str]) -> tuple[int, int]:
    """The best run of words that ``asked`` and ``text`` share, in order: (its content words, its length).

    Content words are those that are not asking words ("on the" is no quote).
    """
    best = (0, 0)
    for i in range(len(asked)):
        for j in range(len(text)):
            n = 0
            while i + n < len(asked) and j + n < len(text) and asked[i + n] == text[j + n]:
                n += 1
            best = max(best, (sum(w not in _ASKING for w in asked[i:i + n]), n))
    return best


def quoted(a: Ask, sayings: Sequence[Saying]) -> tuple[Saying, Variant | None] | None:
    """The saying (and the misquoted version, if it is one) whose words the question quotes.

    A quote is three words in a row of a recorded line or version, all of a shorter one, or all the
    words the question has besides the asking ones ("Who said 'magnificent desolation'?").
    """
    named = {i for m in a.q.mentions for i in range(m.start, m.end)}
    content = [w for i, w in enumerate(a.q.words) if w not in _ASKING and i not in named]
    if len(content) == 1 and len(content[0]) >= 6 and not a.q.events:
        # one rare word quoted, not a name nor an event ("landed"): only a word that one line alone has ("poyekhali")
        owners = [s for s in sayings if content[0] in _words_of(s)]
        if len(owners) == 1:
            return owners[0], None
    best: tuple[int, int, Saying, Variant | None] | None = None
    for s in sayings:
        texts: list[tuple[str, Variant | None]] = [(s.words, None), *((v.text, v) for v in s.variants)]
        if s.translation:
            texts.append((s.translation, None))
        for text, variant in texts:
            words = normalise(text).words
            quality, run = _run(a.q.words, words)
            if (quality and run == len(words)) or (quality >= 2 and (run >= _MIN_RUN or quality >= len(content))):
                exact = int(run == len(words))
                if best is None or (quality, exact) > best[:2]:
                    best = (quality, exact, s, variant)
    return None if best is None else (best[2], best[3])


def _words_of(s: Saying) -> set[str]:
    return {w for text in (s.words, s.translation or "") for w in normalise(text).words}


def _speakers(a: Ask, s: Saying) -> str:
    names = [a.kb.people[p].name for p in s.speakers if p in a.kb.people]
    return join([*names, *s.speaker_names])


def _cite(r: Reply, s: Saying) -> str:
    return "".join(r.citations.add(src) for src in s.sources)


def _said(a: Ask, s: Saying, r: Reply) -> str:
    """ 'Yuri Gagarin said "Поехали! (Poyekhali!)" ("Let's go!") on Vostok 1, 12 April 1961 (lift-off)[1][2]'."""
    m = a.kb.missions[s.mission]
    r.use(m)
    translated = f" (\"{s.translation}\")" if s.translation else ""
    return (f"{_speakers(a, s)} said \"{s.words}\"{translated} on {m.name}, {day(s.date)} ({s.moment})"
            f"{_cite(r, s)}")


def _misquote(a: Ask, s: Saying, v: Variant, r: Reply) -> None:
    if s.status == "not-said":
        _about(a, s, r)
    else:
        verdict = "Not in those words: " if a.q.yes_no else ""
        r.lines.append(f"{verdict}{_said(a, s, r)}.")
        r.lines.append(f"\"{v.text}\" is {v.note}. Recorded in: {s.transcript}.")


def _about(a: Ask, s: Saying, r: Reply) -> None:
    """The saying, how sure the record is, and its notes."""
    if s.status == "not-said":
        r.lines.append(f"No one said \"{s.words}\" during {a.kb.missions[s.mission].name}: it is {s.moment}"
                       f"{_cite(r, s)}.")
    else:
        verdict = "Yes: " if a.q.yes_no else ""
        r.lines.append(f"{verdict}{_said(a, s, r)}.")
        r.lines.append(f"{'Told, not recorded' if s.status == 'disputed' else 'Recorded in'}: {s.transcript}.")
    r.lines.extend(s.notes)
    r.lines.extend(f"Often quoted as \"{v.text}\": {v.note}." for v in s.variants)


def _moment_words(a: Ask) -> set[str]:
    """The question's words that say when (lift-off, first step, landing), not who or what was asked."""
    named = {i for m in a.q.mentions if m.kind in ("mission", "person") for i in range(m.start, m.end)}
    return {_SAME.get(w, stem(w)) for i, w in enumerate(a.q.words)
            if i not in named and w not in _ASKING and not w.isdigit()}


def _fits(s: Saying, wanted: set[str]) -> int:
    return len(wanted & {_SAME.get(w, stem(w)) for w in normalise(s.moment).words})


def famous_words(a: Ask) -> Reply:
    """Who said a quoted line, or what a named person said (at a moment or on a flight)."""
    from askspace.handlers.persons import people_asked

    sayings = lore.sayings(a.kb)
    r = a.reply([], bodies=["earth"])
    found = quoted(a, sayings)
    if found is not None:
        saying, variant = found
        if variant is not None:
            _misquote(a, saying, variant, r)
        else:
            _about(a, saying, r)
        return r
    ids = {p.id for n in people_asked(a) for p in a.kb.people.values() if p.name == n}
    missions = set(a.q.ids("mission"))
    chosen = [s for s in sayings if ids & set(s.speakers)] if ids else \
        [s for s in sayings if s.mission in missions] if missions else list(sayings)
    wanted = _moment_words(a)
    fitting = [s for s in chosen if _fits(s, wanted)] if wanted or not (ids or missions) else chosen
    if not chosen or not fitting:  # not in the records: say so (exit 1), never other words instead
        return a.reply(["My records of famous words do not have what was said then."], understood=False)
    best = max(_fits(s, wanted) for s in fitting)
    top = [s for s in fitting if _fits(s, wanted) == best]
    for s in top:
        _about(a, s, r)
    earlier = [s for s in chosen if s not in top and s.mission in {t.mission for t in top}]
    if earlier and len(top) == 1:
        r.lines.append("Also on that flight: " + join([f"\"{s.words}\" ({s.moment}){_cite(r, s)}"
                                                      for s in earlier]) + ".")
    return r
