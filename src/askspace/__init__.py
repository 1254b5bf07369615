"""askspace: answers questions about the history of space exploration, with sources."""

__version__ = "0.1.0"
