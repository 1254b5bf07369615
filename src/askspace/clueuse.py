"""How a session uses the clue readings (askspace.clues): a clue read whole where its "Jr." or "&" would split it,
and the question a "this first ..." phrase asks, used only when its answer restates the phrase."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from askspace.bot import Bot
    from askspace.compose import Citations
    from askspace.handlers.base import Reply
    from askspace.parse import Question

# A clue says one of these words; askspace.clues is imported only for a statement that does (start-up time)
_CUES = frozenset({"this", "these", "he", "him", "his", "she", "her", "it", "here", "name", "nickname", "named",
                   "nicknamed", "called", "means", "meaning", "word"})


def _may_be_clue(q: Question) -> bool:
    return q.wh_word is None and not q.yes_no and not _CUES.isdisjoint(q.words)


def evaluate(bot: Bot, read: Question, cite: Citations) -> tuple[Reply, dict[str, object]] | None:
    """The clue's reply and its frame as plain data, or None when the question is no clue or no entry fits; when no
    reading answers it (or several entries fit one), what an entry is known for (askspace.clueknown) may: among
    those several, when they are named."""
    if not _may_be_clue(read):
        return _fragment(bot, read, cite)
    found = _evaluate(bot, read, cite)
    if found is not None and found[0].understood:
        return found
    from askspace import clueknown

    known = clueknown.evaluate(bot.kb, bot.lexicon, read, cite, bot.index.people.__contains__,
                               found[0].lines[0] if found is not None and found[0].lines else None)
    if known is None or (found is not None and not known.understood):
        return found
    return known, {"answer": "entry", "from": "known-for facts", "aggregate": "the one"}


# a category-style clue names its person by one of these ("Air Force officer & astronaut who became ...")
_FRAGMENT_PEOPLE = frozenset({"astronaut", "astronauts", "cosmonaut", "cosmonauts", "officer", "crew", "civilian",
                              "pilot", "man", "woman", "engineer", "scientist"})
_NOT_FRAGMENTS = frozenset({"tell", "name", "list", "show", "give", "please", "what", "which", "who", "how", "when",
                            "where", "why", "did", "was", "is", "were", "does", "do", "can", "could"})


def _fragment(bot: Bot, read: Question, cite: Citations) -> tuple[Reply, dict[str, object]] | None:
    """A category-style clue without "this" or "he" ("Of the 3 crew members on Apollo 11, the civilian"): only a
    known-for fact of one person answers it; anything else is left to the intents."""
    words = read.words
    if read.wh_word is not None or read.yes_no or not words or words[0] in _NOT_FRAGMENTS \
            or _FRAGMENT_PEOPLE.isdisjoint(words):
        return None
    from askspace import clueknown

    known = clueknown.evaluate(bot.kb, bot.lexicon, read, cite, bot.index.people.__contains__, person=True)
    return (known, {"answer": "person", "from": "known-for facts", "aggregate": "the one"}) \
        if known is not None and known.understood else None


def _evaluate(bot: Bot, read: Question, cite: Citations) -> tuple[Reply, dict[str, object]] | None:
    from askspace import clues

    clue = clues.read(read, bot.lexicon, bot.kb, bot.index.people.__contains__)
    reply = clues.evaluate(bot.kb, clue, cite) if clue is not None else None
    if clue is None:  # "This Rocketdyne engine, five of which ...": an engine or rocket clue (askspace.engineclues)
        from askspace import engineclues

        found = engineclues.evaluate(bot.kb, read, cite)
        if found is not None:
            return found, {"answer": "engine or rocket", "aggregate": "the one"}
    if reply is None and _asks_person(read):  # a manager or designer of the history topics
        from askspace.handlers.base import Ask
        from askspace.handlers.history import history_clue

        person = history_clue(Ask(read, bot.kb, {}, cite, bot.tools))
        if person is not None:
            return person, {"answer": "person", "from": "history facts", "aggregate": "the one"}
    if reply is not None and clue is not None:
        return reply, clue.describe()
    from askspace import placeclues  # "This Florida cape was renamed for a president in 1963"

    return placeclues.evaluate(bot.kb, read, cite)


_PERSON_NOUNS = frozenset({"man", "woman", "engineer", "designer", "administrator", "director", "manager", "general",
                           "scientist", "official", "executive", "chief"})


def _asks_person(read: Question) -> bool:
    """ "This man ...", "this Soviet designer ...", "he ...": a clue whose answer is a person."""
    words = read.words
    if {"he", "she", "him"} & set(words):
        return True
    return any(w == "this" and _PERSON_NOUNS & set(words[i + 1:i + 4]) for i, w in enumerate(words))


def whole(bot: Bot, text: str) -> bool:
    """Whether the whole text is a clue that the clue reading evaluates: "Charles Conrad Jr. & Richard Gordon Jr.
    were ..." is one clue, not two questions."""
    read = bot.reader.read(text)
    if not _may_be_clue(read):
        return False
    from askspace import clues
    from askspace.compose import Citations

    clue = clues.read(read, bot.lexicon, bot.kb, bot.index.people.__contains__)
    return clue is not None and clues.evaluate(bot.kb, clue, Citations()) is not None


def described(bot: Bot, read: Question) -> str | None:
    """The question a clue's "this first ..." phrase asks, when it is answered (in a fresh session) by an answer
    that opens by restating the phrase, not by a nearby question's answer; None otherwise."""
    if not _may_be_clue(read):
        return None
    from askspace import cluephrase

    asked = cluephrase.described(read)
    if asked is None:
        return None
    answer = bot.session().ask(asked[0])
    first = answer.text.splitlines()[0] if answer.text else ""
    fits = answer.understood and not answer.clarify and cluephrase.restates(bot.reader.read(first).words, asked[1])
    return asked[0] if fits else None
