"""The fast paths of counting and listing agree with the plain definitions they replace."""

from __future__ import annotations

import datetime as dt

import pytest

from askspace import queries
from askspace.bot import Bot
from askspace.handlers.selection import Filters, Window, parts, pool, split
from askspace.model import Mission


@pytest.fixture(scope="module")
def bot() -> Bot:
    return Bot.load()


def _plain_window(found: tuple[Mission, ...], w: Window) -> tuple[Mission, ...]:
    """The window's definition, one mission at a time."""
    kept = []
    for m in found:
        if w.anchor is not None and (m.launch < w.anchor) != w.before:
            continue
        if w.span is not None:
            year = ((w.rule.when(m) if w.rule else None) or m.launch).year
            if not w.span[0] <= year <= w.span[1]:
                continue
        kept.append(m)
    return tuple(kept)


@pytest.mark.parametrize("rule", [None, "land", "orbit", "sample-return", "visit"])
def test_window_cut_by_binary_search_matches_the_definition(bot: Bot, rule: str | None) -> None:
    event = queries.RULES[rule] if rule else None
    for body in (None, "moon", "mars", "venus", "earth"):
        whole = pool(bot.kb, Filters((body,), body, rule=rule))[0]
        for span in (None, (1959, 1959), (1966, 1976), (2019, 2025)):
            for anchor in (None, dt.date(1969, 7, 20), dt.date(1971, 1, 1)):
                for before in (True, False):
                    w = Window(span, anchor, before, event)
                    assert w.cut(whole) == _plain_window(whole, w) == w.cut(whole, by_launch=False)


def test_remembered_splits_match_a_fresh_split(bot: Bot) -> None:
    """index_selections filled the memo at load; every entry equals the split computed again."""
    entries = [(key[1], found) for key, found in bot.kb.memo.items() if key[0] == "parts"]
    assert len(entries) > 100
    for f, remembered in entries:
        assert isinstance(f, Filters)
        counted, partial, left = split(f, pool(bot.kb, f)[0])
        assert remembered == parts(bot.kb, f, pool(bot.kb, f)[0], remember=False)
        assert (list(remembered.counted), list(remembered.partial), list(remembered.left)) == (counted, partial, left)


@pytest.mark.parametrize("rule", ["land", "orbit", "flyby", "launch", "crewed-land"])
def test_nearest_event_matches_a_scan(bot: Bot, rule: str) -> None:
    event = queries.RULES[rule]
    for body in ("moon", "mars", "venus"):
        ordered = queries.by_event_date([m for m in queries.missions(bot.kb, body=body) if event.test(m)], event)
        for anchor in queries.missions(bot.kb, body=body):
            start = (event.when(anchor) if event.test(anchor) else None) or anchor.launch
            others = [m for m in ordered if m.id != anchor.id]
            before = [m for m in others if (event.when(m) or m.launch) < start]
            after = [m for m in others if (event.when(m) or m.launch) > start]
            assert queries.nearest_event(bot.kb, event, body, (), start, True, anchor.id) == \
                (before[-1] if before else None)
            assert queries.nearest_event(bot.kb, event, body, (), start, False, anchor.id) == \
                (after[0] if after else None)


def test_missions_of_a_program_or_state_come_from_the_index_in_launch_order(bot: Bot) -> None:
    kb = bot.kb
    for body in (None, "moon", "mars"):
        everything = kb.missions_sorted(body)
        for program in kb.programs:
            assert kb.missions_of(body, program=program) == tuple(m for m in everything if m.in_program(program))
        for state in kb.states:
            assert kb.missions_of(body, country=state) == tuple(m for m in everything if m.country == state)
