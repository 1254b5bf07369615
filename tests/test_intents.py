"""Each intent's own examples must match it; its not_examples must not."""

from __future__ import annotations

import pytest

from askspace import matching
from askspace.bot import Bot
from askspace.pytest_plugin import shared_bot

_BOT = shared_bot()
CASES = [(i.id, text, True) for i in _BOT.intents for text in i.examples] + \
        [(i.id, text, False) for i in _BOT.intents for text in i.not_examples]


@pytest.mark.parametrize(("intent", "text", "should"), CASES,
                         ids=[f"{c[0]}:{'+' if c[2] else '-'}:{c[1][:40]}" for c in CASES])
def test_intent_examples(bot: Bot, intent: str, text: str, should: bool) -> None:
    session = bot.session()
    q = bot.reader.read(text)
    if "their" in q.words or "they" in q.words:  # examples that lean on an earlier turn
        session.ask("When did the US land on the Moon?")
        from askspace.context import resolve_pronouns

        q = resolve_pronouns(q, session.context)
    chosen = matching.choose(bot.intents, q, bot.lexicon)
    got = chosen.best.intent.id if chosen.best else None
    if should:
        assert got == intent, f"{text!r} -> {got}"
    else:
        assert got != intent, f"{text!r} should not match {intent}"


def test_every_intent_has_examples(bot: Bot) -> None:
    assert all(i.examples and i.not_examples for i in bot.intents)


def test_ranking_is_deterministic(bot: Bot) -> None:
    q = bot.reader.read("how many countries landed on the moon")
    first = [(s.intent.id, s.score) for s in matching.rank(bot.intents, q, bot.lexicon)]
    again = [(s.intent.id, s.score) for s in matching.rank(tuple(reversed(bot.intents)), q, bot.lexicon)]
    assert first == again


def test_every_handler_named_resolves_to_a_function() -> None:
    """Handlers are imported on first use; a wrong module or function name must fail here, not in a session."""
    from askspace.handlers import HANDLERS, handler

    assert len(HANDLERS) >= 30
    for name in HANDLERS:
        assert callable(handler(name)), name


def test_every_handler_says_which_slots_a_follow_up_may_replace() -> None:
    """A follow-up ("and China?") merges into the last intent's slots; a handler without an entry broke it."""
    from askspace.handlers import HANDLERS, SLOTS

    assert [h for h in HANDLERS if h not in SLOTS] == []


def test_the_figure_readings_of_the_lexicon_are_the_figure_kinds() -> None:
    """Each reading of the lexicon group "figures" is a kind askspace.figures says how to ask for and answer."""
    from askspace.bot import Bot
    from askspace.figures import KINDS

    assert set(Bot.load().lexicon.groups["figures"]) == set(KINDS)
