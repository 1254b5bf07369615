"""Drafts (drafts/, not loaded): each file stays valid, so that moving it into knowledge/ makes it live."""

from __future__ import annotations

from pathlib import Path

import yaml

from askspace.fields import DataError, Problems
from askspace.notes import NOTE_KINDS, parse_note

DRAFTS = Path(__file__).resolve().parent.parent / "drafts" / "notes"


def test_space_race_note_drafts_are_valid_notes() -> None:
    files = sorted(DRAFTS.glob("space_race_*.yaml"))
    assert len(files) == 4
    errors: list[DataError] = []
    ids: list[str] = []
    for path in files:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert set(doc) == {"notes"}, path
        for i, raw in enumerate(doc["notes"]):
            note = parse_note(raw, Problems(path.name, errors), f"notes[{i}]")
            assert note is not None, [str(e) for e in errors]
            assert note.kind in NOTE_KINDS and note.id.startswith("race-") and note.sources
            ids.append(note.id)
    assert not errors, [str(e) for e in errors]
    assert len(ids) == len(set(ids)) >= 200
