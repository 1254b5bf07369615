"""Whether an intent's answer is to the question asked, or to a nearby one and must be taken back.

An answer is taken back when a word of the question is explained by nothing (``coverage.unexplained``),
when a name or year of the question is neither shown in the answer nor fits its missions
(``coverage.unused``), or when a yes/no verdict is all it gives to "how much" or "how many". A stray
"Yes:" in front of the answer to a wh-question is dropped ("what did Magellan do at Venus?").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple

from askspace import coverage
from askspace.entities import NAME_KINDS, AliasIndex, Mention
from askspace.handlers import Reply
from askspace.handlers.base import FAR_SIDE, place_asked
from askspace.intents import Intent, Lexicon
from askspace.model import KnowledgeBase
from askspace.parse import Question
from askspace.text import normalise


class Explainers:
    """What explains a word of a question for the checks, built with the bot (so the cache holds the vocabularies;
    the names and record words of entries are read on first use, so not in the cache)."""

    def __init__(self, kb: KnowledgeBase, intents: Sequence[Intent], lexicon: Lexicon, index: AliasIndex,
                 topics: frozenset[str]) -> None:
        self.kb = kb
        self.shared_phrases = coverage.shared_phrases(lexicon)
        self.own_phrases = {i.id: coverage.own_phrases(i, lexicon) | (topics if _reads_topics(i) else frozenset())
                            for i in intents}  # an intent that reads history relations reads their subjects' names
        # Name fragments ("dragon" of Crew Dragon) are explained for every intent, but not the lexicon's own
        # words that also occur in names ("last", "second", "first"): those must be read, not skipped.
        self.plain_words = lexicon.vocabulary()
        self.number_words = frozenset(w for r in ("months", "units") for w in lexicon.groups["fillers"].get(r, ()))
        # Words of names explain a word anywhere ("lunokhod" in "the lunokhod rovers"), but a number outside a
        # name is a constraint of its own ("Soyuz 3" when the records have no Soyuz 3).
        self.known_words = frozenset(w for w in index.words - self.plain_words - index.satellite_words
                                     - index.kind_words if not w.isdigit())
        self._mission_words: dict[str, frozenset[str]] = {}
        self._names: dict[tuple[str, str], frozenset[tuple[str, ...]]] = {}

    def names_of(self, kind: str, entry_id: str) -> frozenset[tuple[str, ...]]:
        """Every name of one entry, as word sequences (computed on first use)."""
        key = (kind, entry_id)
        found = self._names.get(key)
        if found is None:
            found = self._names[key] = coverage.names(self.kb, kind, entry_id)
        return found

    def mission_words(self, mission_id: str) -> frozenset[str]:
        """The words of a mission's own records (remembered once read)."""
        words = self._mission_words.get(mission_id)
        if words is None:
            words = coverage.record_words(self.kb.missions[mission_id]) if mission_id in self.kb.missions \
                else frozenset()
            self._mission_words[mission_id] = words
        return words


def _reads_topics(intent: Intent) -> bool:
    """Whether the intent's handler reads the history topics' names (history relations, a craft topic's facts)."""
    return bool({"history", "topic_facts"} & set(intent.reads))


_VERDICTS = ("Yes:", "Yes.", "No:", "No.", "Partly:")  # how a yes/no answer starts
_FROM_CONVERSATION = ("state", "body")  # names taken from the conversation that the answer must respect ("their")
_SHOWN = ((FAR_SIDE, ("far side", "farside", "hidden side")),
          (("pictures", "pics", "photos", "photographs", "photograph", "photographed", "images", "imaged"),
           ("picture", "photo", "image", "imaging", "camera", "television", "tv ")),
          (("samples", "sample"), ("sample", "soil", "rock", "regolith", "dust", "grains")))
"""What a question asks about that its answer must show: "Which probe took the first pictures of the far side of
the Moon?" is not answered by the first landing there, nor "the first samples from the far side" by Apollo 11."""
_NAMING = ("which", "where", "when")  # wh-words a yes/no verdict cannot answer ("who" may name the one checked)
_QUANTITIES = ("how much", "how many", "how long", "how far", "how big", "how heavy", "how fast")


class TakenBack(NamedTuple):
    message: str  # what the user sees instead of the answer
    left: tuple[str, ...]  # the words or names not taken into account, as typed


def review(bot: Explainers, read: Question, intent: Intent, reply: Reply, facts: Sequence[str],
           mentions: Sequence[Mention] = ()) -> TakenBack | None:
    """None when ``reply`` answers ``read`` (its first line may lose a stray "Yes:"); else why it does not.

    ``facts`` are the one or two missions the answer is about: their records explain words too. ``mentions``
    are the names the question was read with: the states and places taken from the conversation ("their",
    "there") must be respected like the ones the question names.
    """
    shown = tuple(w for line in reply.lines for w in normalise(line).words)  # the answer's words, read once
    if asks_manner(read) and not reads_manner(bot.own_phrases[intent.id]):  # "How have the Voyagers not hit it?"
        return TakenBack(manner_text(), ("how",))
    left = unexplained(bot, read, intent, facts, frozenset(shown))
    if left:
        return TakenBack(not_explained_text(left), left)
    if not reply.understood or reply.clarify:
        return None
    about = [bot.kb.missions[i] for i in facts if i in bot.kb.missions]
    asked = [*(m for m in read.mentions if not (m.kind == "body" and set(m.text.split()) <= read.event_words)),
             *(m for m in mentions if m.start < 0 and m.kind in _FROM_CONVERSATION)]  # not "solar" of "leave the
    # solar system", which names an event
    anchored = read.relation.start if read.relation is not None else None
    correcting = bool(reply.lines) and coverage.corrects(reply.lines[0])
    unused = _typed(read, coverage.unused(asked, shown, bot.names_of, about, bot.plain_words, anchored, correcting))
    if unused:
        return TakenBack(not_used_text(unused), unused)
    inside = {i for m in read.mentions if m.start >= 0 for i in range(m.start, m.end)}
    stray = [w for i, w in enumerate(read.words) if i not in inside and w in bot.known_words and w not in shown
             and len(w) > 3 and not any(w in bot.mission_words(f) for f in facts)]
    if len(stray) >= 2 and intent.id != "explainer":  # "name of intuitive machines first lunar lander": name words
        return TakenBack(not_used_text((" ".join(stray),)), tuple(stray))  # the answer does not show (explainers
        # explain concepts, "zero gravity", by their own words)
    if (kinds := place_asked(read.words)) is not None and not any(
            b.name in reply.lines[0] and (not kinds or b.kind in kinds) for b in bot.kb.bodies.values()):
        return TakenBack(not_used_text(("which place",)), ())  # "... flew past which comet?": no comet named
    said = " ".join(reply.lines).lower()
    for asked_words, shown_words in () if intent.id.startswith("compare") else _SHOWN:  # "the first pictures of
        # the far side": an answer about neither (a comparison of missions the words describe may not repeat them)
        if (phrase := next((p for p in asked_words if read.has(p)), None)) and not any(w in said for w in shown_words):
            return TakenBack(not_used_text((phrase,)), (phrase,))
    if reply.lines and reply.lines[0].startswith(_VERDICTS) and read.wh_word is None \
            and (fronted := read.wh_asked) in _NAMING:  # "In which mare did Apollo 11 land?": "Yes: it landed"
        return TakenBack(verdict_text(fronted), ())  # is no answer to "which" asked after a preposition
    if read.wh_word is not None and reply.lines and reply.lines[0].startswith(_VERDICTS):
        quantity = next((p for p in _QUANTITIES if read.has(p)), None)
        if quantity is not None:  # "how much did it bring back?": a verdict is no amount
            return TakenBack(verdict_text(quantity), ())
        if read.wh_word == "which" and reply.lines[0].startswith("No:"):  # "Which Soviet probe orbited the Moon
            return TakenBack(verdict_text("which"), ())  # during Apollo 11?": "No: Apollo 11 was crewed" names none
        if read.wh_word in ("who", "whom") and not _names_person(bot.kb, reply.lines[0]):
            return TakenBack(verdict_text(read.wh_word), ())  # "who stayed in orbit?": "Yes: it landed" names none
        reply.lines[0] = without_verdict(reply.lines[0])
    return None


def unexplained(bot: Explainers, read: Question, intent: Intent, facts: Sequence[str] = (),
                shown: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """Words of the question that no name (an agency's or a rocket's only for the intents that read those),
    no lexicon reading or cue of ``intent`` explains, nor the records of the missions it names ("Did Philae's
    harpoons work?"), nor those of the answer's ``facts`` where the answer's words ``shown`` have them: "was it
    the first Asian country to do that?" about the last answer's mission is not answered by a reply that says
    nothing Asian, though that mission's records do."""
    named = [m.ids[0] for m in read.of_kind("mission")]
    reads = {k for c in intent.cues if not c.forbid for k in c.entity}  # an agency or a rocket explains its words
    spans = [(m.start, m.end) for m in read.mentions if m.kind not in NAME_KINDS or m.kind in reads]
    records = [*(bot.mission_words(i) for i in named), *(bot.mission_words(i) & shown for i in facts)]
    known = [bot.known_words, *records]  # no copy of 2,000 name words
    left = coverage.unexplained(read.words, spans, bot.own_phrases[intent.id], bot.shared_phrases, known=known,
                                numbers=True, number_words=bot.number_words)
    return _typed(read, left)


def _typed(read: Question, words: tuple[str, ...]) -> tuple[str, ...]:
    """``words`` as the user typed them, not as the speller corrected them."""
    typed = {fixed: word for word, fixed in read.corrections}
    return tuple(dict.fromkeys(" ".join(typed.get(w, w) for w in phrase.split()) for phrase in words))


def _names_person(kb: KnowledgeBase, line: str) -> bool:
    """Whether a line names someone in the records ("Yes: Gagarin was the first ...")."""
    return any(p.name in line or p.name.rsplit(" ", 1)[-1] in line for p in kb.people.values())


def without_verdict(line: str) -> str:
    """The verdict of a yes/no reading, dropped when the question was not yes or no. "No:" stays: it corrects
    what the question took for granted ("When did Sally Ride become the first woman in space?").

    >>> without_verdict("Yes: Magellan was a success[1].")
    'Magellan was a success[1].'
    """
    for verdict in ("Yes:", "Yes.", "Partly:"):
        if line.startswith(verdict):
            rest = line[len(verdict):].lstrip()
            return rest[:1].upper() + rest[1:]
    return line


def verdict_text(asked: str) -> str:
    return (f'Sorry, I do not know how to answer that: you asked "{asked}", and my records only let me answer '
            "yes or no. Try asking in other words, or ask /help for examples.")


def not_used_text(names: tuple[str, ...]) -> str:
    quoted = ", ".join(f'"{n}"' for n in names)
    return (f"Sorry, I do not know how to answer that with {quoted} taken into account, and I will not guess. "
            "Try asking in other words, or ask /help for examples.")


_MANNER_AFTER = frozenset({"do", "does", "did", "is", "are", "was", "were", "has", "have", "had", "can", "could",
                           "would", "will", "come"})


def asks_manner(read: Question) -> bool:
    """Whether a question asks how something happens or is done ("How do rockets steer?", "how did it end?"),
    not how much, how many or how long: only an intent that reads "how" itself answers that.

    >>> from askspace.parse import Question
    >>> asks_manner(Question("", ("how", "did", "it", "end"), (), frozenset(), (), None, None, None, None))
    True
    """
    words = read.words
    at = next((i for i, w in enumerate(words) if w == "how"), None)
    if at is None or read.wh_word != "how" or at + 1 >= len(words) or words[at + 1] not in _MANNER_AFTER:
        return False
    return words[at + 1:at + 4] != ("do", "you", "know")  # "how do you know ...?" asks for the sources


def reads_manner(phrases: Iterable[str]) -> bool:
    """Whether an intent's own phrases read a "how" question: "how" itself, or "how did", "how do you know"."""
    return any(p == "how" or (p.startswith("how ") and p.split()[1] in _MANNER_AFTER) for p in phrases)


def manner_text() -> str:
    return ("Sorry, I cannot tell you how that happened or works: I answer how many, how long and when, and "
            "how and why for the failures, accidents and program decisions in my records. Try asking in other "
            "words, or ask /help for examples.")


def not_explained_text(words: tuple[str, ...]) -> str:
    quoted = ", ".join(f'"{w}"' for w in words)
    return (f"Sorry, I do not know how to answer that: I did not understand {quoted} in it, and I will not "
            "guess. Try asking in other words, or ask /help for examples.")
