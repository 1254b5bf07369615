"""Split the collected questions into the open two thirds and the sealed third.

``python tests/eval/others/seal.py CANDIDATES.yaml... [--excluded EXCLUDED.yaml...]`` reads
hand-checked candidate files (see README.md), and writes ``open.yaml``, ``sealed.b64`` and
``excluded.yaml`` beside this script. The split is fixed by a seeded hash of each question's
provenance: within each dataset, the third whose hashes come first is sealed, so the same
candidates always give the same split. Run it once, before any tuning; adding questions later
must keep the sealed part as it is (``--append`` adds new questions only, split the same way).
The sealed file is gzip + base64: never decode it by hand.
"""

from __future__ import annotations

import argparse
import hashlib
import math
import sys
from pathlib import Path
from typing import Any

import yaml

from askspace.measure import load_questions, load_sealed, parse_questions, seal, unseal

HERE = Path(__file__).resolve().parent
SEED = "askspace-measure-2026-12-07"


def _key(item: dict[str, Any]) -> tuple[str, str, str]:
    s = item["source"]
    return str(s["dataset"]), str(s["file"]), str(s["id"])


def _rank(item: dict[str, Any]) -> str:
    return hashlib.sha256(":".join((SEED, *_key(item), item["q"])).encode()).hexdigest()


def split(items: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(open, sealed): per dataset, the first third by seeded hash is sealed."""
    by_dataset: dict[str, list[dict[str, Any]]] = {}
    for item in items:
        by_dataset.setdefault(str(item["source"]["dataset"]), []).append(item)
    open_part: list[dict[str, Any]] = []
    sealed: list[dict[str, Any]] = []
    for group in by_dataset.values():
        ranked = sorted(group, key=_rank)
        cut = math.ceil(len(ranked) / 3)
        sealed += ranked[:cut]
        open_part += ranked[cut:]
    return sorted(open_part, key=_key), sorted(sealed, key=_key)


def _read(paths: list[Path]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for path in paths:
        loaded = yaml.safe_load(path.read_text(encoding="utf-8")) or []
        if not isinstance(loaded, list):
            sys.exit(f"{path}: expected a list")
        rows += loaded
    return rows


def _dump(rows: list[dict[str, Any]]) -> str:
    return yaml.safe_dump(rows, allow_unicode=True, sort_keys=False, width=120)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("candidates", nargs="+", type=Path)
    parser.add_argument("--excluded", nargs="*", type=Path, default=[])
    parser.add_argument("--append", action="store_true", help="keep today's open and sealed parts; add new ones")
    args = parser.parse_args()
    rows = _read(args.candidates)
    seen: set[tuple[str, str, str]] = set()
    unique = []
    for row in rows:
        if _key(row) not in seen:
            seen.add(_key(row))
            unique.append(row)
    old_open: list[dict[str, Any]] = []
    old_sealed: list[dict[str, Any]] = []
    if args.append:
        old_open = yaml.safe_load((HERE / "open.yaml").read_text(encoding="utf-8")) or []
        old_sealed = yaml.safe_load(unseal((HERE / "sealed.b64").read_text(encoding="ascii"))) or []
        known = {_key(r) for r in old_open + old_sealed}
        unique = [r for r in unique if _key(r) not in known]
    new_open, new_sealed = split(unique)
    open_text, sealed_text = _dump(old_open + new_open), _dump(old_sealed + new_sealed)
    parse_questions(open_text, "open.yaml")  # every item well formed before anything is written
    parse_questions(sealed_text, "sealed")
    header = ("# Other people's questions, the open two thirds (see README.md). Written by seal.py:\n"
              "# edit patterns here by hand only to fix a fact, with a note and a source.\n")
    (HERE / "open.yaml").write_text(header + open_text, encoding="utf-8")
    (HERE / "sealed.b64").write_text(seal(sealed_text), encoding="ascii")
    excluded = _read(args.excluded)
    if excluded:
        (HERE / "excluded.yaml").write_text(_dump(excluded), encoding="utf-8")
    print(f"open: {len(load_questions(HERE / 'open.yaml'))}, sealed: {len(load_sealed(HERE / 'sealed.b64'))}, "
          f"excluded: {len(excluded)}")


if __name__ == "__main__":
    main()
