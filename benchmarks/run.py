"""askspace benchmarks: start-up, load, per-question latency, memory and scaling.

Run from the repository root with the project's virtual environment::

    .venv/bin/python benchmarks/run.py            # full run (a few minutes)
    .venv/bin/python benchmarks/run.py --quick    # fewer repeats, no 100x scaling

Every figure is a median with min and max over repeated runs, and whole-process figures
are given as ratios against baselines measured in the same run, interleaved with them
so that drift of a shared machine affects both alike.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from askspace.bot import Bot  # noqa: E402
from askspace.cache import load_bot  # noqa: E402
from askspace.knowledge import default_data_dir  # noqa: E402

PY = sys.executable
QUESTION = "How many countries have landed on Mars?"


def stats(values: list[float]) -> tuple[float, float, float]:
    return statistics.median(values), min(values), max(values)


def fmt(values: list[float], unit: str = "ms", scale: float = 1000.0) -> str:
    med, lo, hi = stats(values)
    return f"{med * scale:8.1f} {unit} (min {lo * scale:.1f}, max {hi * scale:.1f})"


def wall(cmd: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Wall seconds and peak RSS (kB) of one run of ``cmd``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=False)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return elapsed, max(after, before)


def one_shot(runs: int) -> list[str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # measure as installed: with cached bytecode
    askspace = [PY, "-m", "askspace", QUESTION]
    commands = {
        "python -c pass": [PY, "-c", "pass"],
        "python -c 'import yaml, rapidfuzz'": [PY, "-c", "import yaml, rapidfuzz"],
        f"askspace \"{QUESTION}\"": askspace,
    }
    wall(askspace, env)  # warm the cache and the disk
    times: dict[str, list[float]] = {k: [] for k in commands}
    for _ in range(runs):
        for name, cmd in commands.items():
            times[name].append(wall(cmd, env)[0])
    peak = subprocess.run([PY, "-c", (
        "import resource, subprocess, sys; subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL); "
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"), *askspace],
        capture_output=True, text=True, check=True).stdout.strip()
    bare, libs, ours = (times[k] for k in commands)
    lines = ["One-shot wall time (whole process):"]
    lines += [f"  {name:<52} {fmt(v)}" for name, v in times.items()]
    pair_bare = [a / b for a, b in zip(ours, bare, strict=True)]
    pair_libs = [a / b for a, b in zip(ours, libs, strict=True)]
    lines.append(f"  ratio askspace / bare interpreter          {fmt(pair_bare, 'x', 1)}")
    lines.append(f"  ratio askspace / import yaml, rapidfuzz     {fmt(pair_libs, 'x', 1)}")
    lines.append(f"  peak memory of a one-shot run: {int(peak) / 1024:.1f} MiB")
    return lines


def load_times(data: Path, runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        Bot.load(data)
        out.append(time.perf_counter() - start)
    return out


def questions() -> list[str]:
    path = ROOT / "tests" / "eval" / "regression" / "questions.yaml"
    if path.exists():
        items = yaml.safe_load(path.read_text(encoding="utf-8"))
        return [str(i["q"]) for i in items]
    bot = Bot.load()
    return [e for i in bot.intents for e in i.examples]


def latency(bot: Bot, qs: list[str], rounds: int) -> tuple[list[float], float]:
    session = bot.session()
    per: list[float] = []
    start_all = time.perf_counter()
    for _ in range(rounds):
        for q in qs:
            start = time.perf_counter()
            session.ask(q)
            per.append(time.perf_counter() - start)
    total = time.perf_counter() - start_all
    return per, len(per) / total


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))]


def long_session(n: int) -> list[str]:
    """Peak RSS of one session after 10% and after 100% of ``n`` questions (flat = no growth)."""
    code = (
        "import resource, sys\n"
        f"sys.path.insert(0, {str(ROOT / 'src')!r})\n"
        "from askspace.bot import Bot\n"
        "import yaml, pathlib\n"
        f"qs = {questions()!r}\n"
        "s = Bot.load().session()\n"
        f"n = {n}\n"
        "for i in range(n):\n"
        "    s.ask(qs[i % len(qs)])\n"
        "    if i + 1 in (n // 10, n):\n"
        "        print(i + 1, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
    )
    out = subprocess.run([PY, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    (n1, m1), (n2, m2) = (out[0], out[1]), (out[2], out[3])
    return [f"  peak RSS after {int(n1):,} questions: {int(m1) / 1024:.1f} MiB; "
            f"after {int(n2):,}: {int(m2) / 1024:.1f} MiB (growth {100 * (int(m2) - int(m1)) / int(m1):.1f}%)"]


def synthetic(factor: int, target: Path) -> Path:
    """A copy of the data with every mission repeated ``factor`` times under new ids and names."""
    src = default_data_dir()
    shutil.copytree(src / "intents", target / "intents")
    shutil.copytree(src / "knowledge", target / "knowledge",  # the flight records need the people's lists of flights
                    ignore=shutil.ignore_patterns("missions", "flights"))
    (target / "knowledge" / "missions").mkdir()
    for path in sorted((src / "knowledge" / "missions").glob("*.yaml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        copies = list(doc.get("missions") or [])
        for k in range(1, factor):
            for m in doc.get("missions") or []:
                clone = dict(m)
                clone["id"] = f"{m['id']}-x{k}"
                clone["name"] = f"{m['name']} copy {k}"
                clone["aliases"] = [f"{a} copy {k}" for a in m.get("aliases") or []]
                clone.pop("part_of", None)
                clone.pop("twin", None)  # a twin names its one pair back
                copies.append(clone)
        doc["missions"] = copies
        (target / "knowledge" / "missions" / path.name).write_text(
            yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
    for path in sorted((target / "knowledge" / "people").glob("*.yaml")):  # the copies' crews fly each copy,
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))  # which no person's list of flights holds
        for person in doc.get("people") or []:
            person.pop("flown", None)
        path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return target


def scaling(factor: int, tmp: Path, qs: list[str]) -> list[str]:
    """Load time and first-time latency (every answer computed for the first time in the session)
    with a synthetic base ``factor`` times the real one: built from the files, and read from the cache."""
    data = synthetic(factor, tmp / "data")
    loads = load_times(data, 1 if factor >= 100 else 3)
    built = Bot.load(data)
    per_built, qps_built = latency(built, qs, 1)
    n = len(built.kb.missions)
    del built
    saved = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(tmp / "cache")
    load_bot(data)  # builds and writes the cache
    cached_loads, p50s, p99s, rates = [], [], [], []
    for _ in range(3):  # each a fresh process's state: the cache read, then every question once
        start = time.perf_counter()
        bot = load_bot(data)
        cached_loads.append(time.perf_counter() - start)
        per, qps = latency(bot, qs, 1)
        p50s.append(percentile(per, 50))
        p99s.append(percentile(per, 99))
        rates.append(qps)
        del bot
    if saved is None:
        os.environ.pop("XDG_CACHE_HOME")
    else:
        os.environ["XDG_CACHE_HOME"] = saved
    return [f"  {factor:>3}x ({n:,} missions):",
            f"    built from the files: load {fmt(loads)}; first-time p50 {percentile(per_built, 50) * 1000:.2f} ms, "
            f"p99 {percentile(per_built, 99) * 1000:.2f} ms, {qps_built:,.0f} questions/s",
            f"    read from the cache:  load {fmt(cached_loads)}; first-time p50 {fmt(p50s)}, p99 {fmt(p99s)}, "
            f"{statistics.median(rates):,.0f} questions/s"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    runs = 7 if args.quick else 21
    qs = questions()
    out = [f"askspace benchmarks on {os.cpu_count()} cores, Python {sys.version.split()[0]}, "
           f"{len(qs)} development questions", ""]
    out += one_shot(runs)
    out += ["", "Load and index the knowledge base and intents (no cache):"]
    out.append(f"  real data   {fmt(load_times(default_data_dir(), 5))}")
    bot = Bot.load()
    per, qps = latency(bot, qs, 3 if args.quick else 10)
    out += ["", f"Per question in one session ({len(per):,} questions):",
            f"  p50 {percentile(per, 50) * 1000:.2f} ms, p99 {percentile(per, 99) * 1000:.2f} ms, "
            f"max {max(per) * 1000:.2f} ms, throughput {qps:,.0f} questions/s"]
    out += ["", "Memory of a long session:"]
    out += long_session(10_000 if args.quick else 100_000)
    factors = (10,) if args.quick else (10, 100)
    out += ["", "Scaling with a synthetic knowledge base:"]
    for factor in factors:
        with tempfile.TemporaryDirectory() as tmp:
            out += scaling(factor, Path(tmp), qs)
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
