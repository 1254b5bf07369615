"""Our own phrasings, kept as regression tests: they no longer measure understanding.

``tests/eval/regression/*.yaml`` were written by this project's developers, so they show how
well askspace fits our own phrasing, not how well it understands people (that measure is
``askspace.measure``, over other people's questions). ``python -m askspace.eval FILE
[--failures N]`` runs one of these files and prints the pass rate per family and per form,
the wrong-answer and "not understood" rates separately, the failures, and a confusion list
of intents.

Each question in the YAML file::

    - q: How many countries have landed on Mars?
      family: counts            # counts, firsts, when-where-who, yes-no, lists, compare, sources, ...
      form: plain               # plain, lowercase, keywords, typo, multi-part, colloquial, follow-up, ...
      context: [earlier question, ...]   # asked first, in the same session (optional)
      intent: count_countries   # expected intent (optional; feeds the confusion list)
      must: [three|3, Mars 3, 2 December 1971]   # each must appear (case-insensitive; | = any of)
      must_not: [Beagle 2 landed]                         # none may appear
      understood: true          # false: askspace should say it does not understand
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from askspace.bot import Bot
from askspace.render import plain

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "tests" / "eval" / "regression"
DEFAULT_FILE = DEFAULT_DIR / "questions.yaml"
KEYS = {"q", "family", "form", "context", "intent", "must", "must_not", "understood", "note"}


@dataclass(frozen=True)
class Case:
    q: str
    family: str
    form: str
    context: tuple[str, ...] = ()
    intent: str | None = None
    must: tuple[str, ...] = ()
    must_not: tuple[str, ...] = ()
    understood: bool = True


@dataclass
class Outcome:
    case: Case
    answer: str
    intent: str | None
    understood: bool
    problems: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.problems

    @property
    def kind(self) -> str:
        """pass, abstain (said it did not understand) or wrong."""
        if self.passed:
            return "pass"
        return "abstain" if self.case.understood and not self.understood else "wrong"


def load_cases(path: Path) -> list[Case]:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(raw, list):
        raise ValueError(f"{path}: expected a list of questions")
    cases = []
    for i, item in enumerate(raw):
        if not isinstance(item, dict) or not {"q", "family", "form"} <= set(item):
            raise ValueError(f"{path}: item {i} needs q, family and form")
        unknown = set(item) - KEYS
        if unknown:
            raise ValueError(f"{path}: item {i}: unknown keys {sorted(unknown)}")
        cases.append(Case(
            q=str(item["q"]), family=str(item["family"]), form=str(item["form"]),
            context=tuple(str(c) for c in item.get("context") or ()),
            intent=item.get("intent"), must=tuple(str(m) for m in item.get("must") or ()),
            must_not=tuple(str(m) for m in item.get("must_not") or ()),
            understood=bool(item.get("understood", True)),
        ))
    return cases


def run_case(bot: Bot, case: Case) -> Outcome:
    session = bot.session()
    for earlier in case.context:
        session.ask(earlier)
    answer = session.ask(case.q)
    text = plain(answer)
    out = Outcome(case, text, answer.intent, answer.understood)
    folded = text.casefold()
    if answer.understood != case.understood:
        out.problems.append("understood" if answer.understood else "not understood")
    for fact in case.must:
        options = [f.strip().casefold() for f in fact.split("|")]
        if not any(option in folded for option in options):
            out.problems.append(f"missing {fact!r}")
    for fact in case.must_not:
        if fact.casefold() in folded:
            out.problems.append(f"contains {fact!r}")
    return out


def _rates(outcomes: list[Outcome], key: str) -> list[str]:
    groups: dict[str, list[Outcome]] = defaultdict(list)
    for o in outcomes:
        groups[getattr(o.case, key)].append(o)
    lines = []
    for name in sorted(groups):
        group = groups[name]
        passed = sum(o.passed for o in group)
        lines.append(f"  {name:<16} {passed:>4}/{len(group):<4} {100 * passed / len(group):5.1f}%")
    return lines


def report(outcomes: list[Outcome], show_failures: int = 50) -> str:
    total = len(outcomes)
    kinds = Counter(o.kind for o in outcomes)
    lines = [
        f"pass rate: {kinds['pass']}/{total} = {100 * kinds['pass'] / max(total, 1):.1f}%",
        f"wrong answers: {kinds['wrong']} ({100 * kinds['wrong'] / max(total, 1):.1f}%); "
        f"not understood: {kinds['abstain']} ({100 * kinds['abstain'] / max(total, 1):.1f}%)",
        "by family:", *_rates(outcomes, "family"), "by form:", *_rates(outcomes, "form"),
    ]
    confusion = Counter((o.case.intent, o.intent) for o in outcomes
                        if o.case.intent and o.intent != o.case.intent)
    if confusion:
        lines.append("wrong intents (expected -> got: count):")
        lines += [f"  {exp} -> {got}: {n}" for (exp, got), n in sorted(confusion.items(), key=str)]
    failures = [o for o in outcomes if not o.passed]
    if failures and show_failures:
        lines.append(f"failures ({len(failures)}):")
        for o in failures[:show_failures]:
            lines.append(f"- [{o.case.family}/{o.case.form}] {o.case.q}")
            lines.append(f"    {'; '.join(o.problems)}")
            lines.append("    answer: " + o.answer.replace("\n", " | ")[:300])
    return "\n".join(lines)


def evaluate(bot: Bot, path: Path = DEFAULT_DIR) -> list[Outcome]:
    """Run one question file, or every ``*.yaml`` file of a folder (by default tests/eval/regression)."""
    files = sorted(path.glob("*.yaml")) if path.is_dir() else [path]
    return [run_case(bot, case) for file in files for case in load_cases(file)]
