"""Typed values of the first-satellites kind (``knowledge/first_satellites.yaml``).

Kept apart from :mod:`askspace.model`, which the knowledge base's other kinds fill; ``KnowledgeBase``
holds these by state id in ``first_satellites``.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from askspace.model import Source


class SatelliteLaunch(NamedTuple):
    """One satellite's launch into orbit: its name, date (UTC), rocket and site."""

    satellite: str
    launch: dt.date
    rocket: str
    site: str
    aliases: tuple[str, ...] = ()
    mission: str | None = None  # the mission entry, when the knowledge base has one (Sputnik 1)


class FirstSatellite(NamedTuple):
    """A state's first satellite in orbit and, when it came later, its first on its own rocket.

    ``id`` is the state's id; ``launched_by`` the state or agency whose rocket put ``first`` in orbit.
    """

    id: str
    first: SatelliteLaunch
    launched_by: str
    sources: tuple[Source, ...]
    own_launch: SatelliteLaunch | None = None
    notes: tuple[str, ...] = ()

    @property
    def own(self) -> SatelliteLaunch | None:
        """The state's first satellite launched on its own rocket, if it has launched one."""
        return self.first if self.launched_by == self.id else self.own_launch
