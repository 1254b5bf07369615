"""Shared fixtures: the real bot, and a small data folder to break on purpose."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from askspace.bot import Bot
from askspace.knowledge import default_data_dir
from askspace.pytest_plugin import shared_bot

GOOD_MISSION = """\
missions:
  - id: luna-9
    name: Luna 9
    aliases: [Луна-9]
    country: ussr
    target: moon
    types: [lander]
    launch: 1966-01-31
    landing: {date: 1966-02-03, result: soft, operated: yes}
    outcome: success
    outcome_reason: First soft landing on the Moon.
    sources:
      - {title: "NSSDCA Master Catalog: Luna 9", url: "https://nssdc.gsfc.nasa.gov/nmc/spacecraft/display.action?id=1966-006A"}
"""


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Tests (and the commands they start) use their own cache folder."""
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("cache"))
    os.environ["ASKSPACE_DEBUG"] = "1"  # handler errors fail the tests instead of being apologised for


@pytest.fixture(scope="session")
def bot() -> Bot:
    return shared_bot()


@pytest.fixture
def small_data(tmp_path: Path) -> Path:
    """A data folder with the real intents and a one-mission knowledge base."""
    root = default_data_dir()
    shutil.copytree(root / "intents", tmp_path / "intents")
    kn = tmp_path / "knowledge"
    (kn / "missions").mkdir(parents=True)
    (kn / "meta.yaml").write_text("meta:\n  as_of: 2025-12-31\n", encoding="utf-8")
    (kn / "states.yaml").write_text(
        "states:\n"
        "  - {id: ussr, name: Soviet Union, short: the Soviet Union, adjective: Soviet, kind: state,"
        " to: 1991-12-26}\n"
        "  - {id: usa, name: United States, short: the United States, adjective: US, kind: state}\n",
        encoding="utf-8")
    (kn / "bodies.yaml").write_text("bodies:\n  - {id: moon, name: the Moon, kind: moon}\n",
                                    encoding="utf-8")
    (kn / "missions" / "moon.yaml").write_text(GOOD_MISSION, encoding="utf-8")
    return tmp_path
