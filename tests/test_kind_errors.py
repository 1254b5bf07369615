"""Broken agencies and rockets, and broken links between kinds: file, key path and what to fix; exit 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_data_errors import break_mission, run_check

KINDS = """\
agencies:
  - id: okb-1
    name: OKB-1
    kind: bureau
    state: ussr
    founded: 1946
    sources: [{title: "Wikipedia: Energia", url: "https://en.wikipedia.org/wiki/Energia_(corporation)"}]
  - id: naca
    name: NACA
    kind: committee
    state: usa
    founded: 1915-03-03
    successors: [nasa]
    sources: [{title: "NASA History Office: NACA", url: "https://history.nasa.gov/naca/overview.html"}]
  - id: nasa
    name: NASA
    kind: agency
    state: usa
    founded: 1958-07-29
    predecessors: [naca]
    sources: [{title: "NASA History Office: Space Act", url: "https://history.nasa.gov/spaceact.html"}]
rockets:
  - id: luna-rocket
    name: Luna rocket
    builder: okb-1
    state: ussr
    first_flight: 1958-09-23
    last_flight: 1966-12-31
    retired: true
    sources: [{title: "Wikipedia: Luna (rocket)", url: "https://en.wikipedia.org/wiki/Luna_(rocket)"}]
"""

CASES = [
    ("unknown rocket", "    target: moon\n", "    target: moon\n    rocket: luna-rokket\n",
     "  knowledge/missions/moon.yaml: missions[luna-9].rocket: unknown rocket 'luna-rokket' "
     "(add it to knowledge/rockets.yaml or fix the id)"),
    ("launched after the rocket's last flight", "    target: moon\n", "    target: moon\n    rocket: luna-rocket\n",
     None),
    ("unknown builder", "builder: okb-1", "builder: okb-2",
     "  knowledge/kinds.yaml: rockets[luna-rocket].builder: unknown agency 'okb-2' (see knowledge/agencies.yaml)"),
    ("unknown predecessor", "predecessors: [naca]", "predecessors: [naca, nacaa]",
     "  knowledge/kinds.yaml: agencies[nasa].predecessors[1]: unknown agency 'nacaa' (see knowledge/agencies.yaml)"),
    ("succession one way only", "    successors: [nasa]\n", "",
     "  knowledge/kinds.yaml: agencies[nasa].predecessors[0]: 'naca' does not list 'nasa' among its successors; "
     "add it there"),
    ("last flight not retired", "    retired: true\n", "",
     "  knowledge/kinds.yaml: rockets[luna-rocket].last_flight: a last flight is given only for a retired rocket "
     "(add retired: true)"),
    ("flights out of order", "first_flight: 1958-09-23", "first_flight: 1968-09-23",
     "  knowledge/kinds.yaml: rockets[luna-rocket].last_flight: 1966-12-31 is before first_flight 1968-09-23"),
    ("version named twice", "    retired: true\n", "    retired: true\n    variants: [Luna rocket]\n",
     "  knowledge/kinds.yaml: rockets[luna-rocket].variants[0]: 'Luna rocket' is already a name of rocket "
     "'luna-rocket'; keep it in one place"),
    ("unknown kind", "kind: bureau", "kind: club",
     "  knowledge/kinds.yaml: agencies[okb-1].kind: 'club' is not one of: agency, bureau, company, laboratory, "
     "committee"),
]


@pytest.mark.parametrize(("label", "old", "new", "message"), CASES, ids=[c[0] for c in CASES])
def test_each_kind_of_error(small_data: Path, capsys: pytest.CaptureFixture[str], label: str, old: str, new: str,
                            message: str | None) -> None:
    kinds = KINDS
    if label.startswith(("unknown rocket", "launched")):
        break_mission(small_data, old, new)
    else:
        assert old in kinds
        kinds = kinds.replace(old, new, 1)
    (small_data / "knowledge" / "kinds.yaml").write_text(kinds, encoding="utf-8")
    code, out, err = run_check(small_data, capsys)
    if message is None:  # Luna 9 (1966-01-31) on the Luna rocket is fine: its last flight here is 1966-12-31
        assert (code, err) == (0, "")
        assert "1 agencies" not in out and "3 agencies, 1 rockets" in out
        return
    assert code == 2
    assert message in err.splitlines(), err


def test_mission_before_first_flight(small_data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (small_data / "knowledge" / "kinds.yaml").write_text(KINDS.replace("1958-09-23", "1966-06-01"), encoding="utf-8")
    break_mission(small_data, "    target: moon\n", "    target: moon\n    rocket: luna-rocket\n")
    code, _, err = run_check(small_data, capsys)
    assert code == 2
    assert ("  knowledge/missions/moon.yaml: missions[luna-9].rocket: launched 1966-01-31, before the Luna rocket's "
            "first flight (1966-06-01 in knowledge/rockets.yaml)") in err.splitlines(), err
