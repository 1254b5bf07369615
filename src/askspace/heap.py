"""Garbage-collector policy for the loaded data, which lives as long as the process.

Loading builds hundreds of thousands of long-lived objects (missions, aliases, indexes).
Python's cyclic collector would scan them again and again, during the load and later in
the middle of questions (a full collection over a 100x knowledge base takes tens of
milliseconds). So the collector is paused while loading and the result is then frozen:
moved out of the collector's view for good, while objects made by questions are still
collected as usual.

Example:
    with loading():
        bot = Bot.load()
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def loading() -> Iterator[None]:
    """Pause the collector while the body runs; then freeze what exists (even if the body raised)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()
