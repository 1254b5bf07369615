"""Explainers: short sourced answers to the how and why questions people ask most (knowledge/explainers.yaml).

An explainer applies to a question only when the question names every concept it ``requires`` (each a
group of synonyms in ``intents/_lexicon.yaml``, ``concepts:``), names its entity when it is ``named``, and
has no other content word that the explainer's concepts (``requires`` and ``covers``) or the plain
asking words do not explain (:mod:`askspace.explainuse`).

>>> from askspace.fields import DataError, Problems
>>> errors: list[DataError] = []
>>> parse_explainer({"id": "x", "topic": "X", "requires": [], "answer": "A.", "sources": []},
...                 Problems("e.yaml", errors), "explainers[x]") is None
True
>>> for e in errors: print(e)
e.yaml: explainers[x].requires: name at least one concept
e.yaml: explainers[x].sources: an explainer needs at least one source
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, NamedTuple

from askspace.fields import DataError, Problems, _entry, _flag, _mapping, _opt, _sources, _text, _text_list, check_id
from askspace.model import Source

ABOUT_KINDS = ("mission", "program", "rocket", "topic")
"""What an explainer may be attached to: a mission, a program, a rocket or a history topic."""

EXPLAINER_KEYS = {"id": True, "topic": True, "requires": True, "covers": False, "answer": True, "about": False,
                  "named": False, "notes": False, "sources": True}
ABOUT_KEYS = {"kind": True, "id": True}


class About(NamedTuple):
    """The entry an explainer is attached to."""

    kind: str  # one of ABOUT_KINDS
    id: str


class Explainer(NamedTuple):
    """A short answer to a how or why question, in our words, with the concepts a question must name."""

    id: str
    topic: str  # what it explains, as a heading: "why rockets have no fins"
    requires: tuple[str, ...]  # concept ids (intents/_lexicon.yaml, concepts): all must be named
    answer: str  # 2-4 sentences, the direct answer first
    sources: tuple[Source, ...]
    covers: tuple[str, ...] = ()  # concepts the answer also explains when a question names them
    about: About | None = None
    named: bool = False  # the question must name the ``about`` entry
    notes: tuple[str, ...] = ()


def _concepts(value: Any, p: Problems, path: str) -> tuple[str, ...]:
    if not isinstance(value, list):
        p.add(path, "expected a list of concept ids")
        return ()
    out = [check_id(v, p.file, f"{path}[{i}]", p.errors) for i, v in enumerate(value)]
    return tuple(dict.fromkeys(v for v in out if v is not None))


def _about(value: Any, p: Problems, path: str) -> About | None:
    m = _mapping(value, ABOUT_KEYS, p, path)
    if m is None:
        return None
    kind, ref = m.get("kind"), check_id(m.get("id"), p.file, f"{path}.id", p.errors)
    if kind not in ABOUT_KINDS:
        p.add(f"{path}.kind", f"{kind!r} is not one of: {', '.join(ABOUT_KINDS)}")
        return None
    return About(kind, ref) if ref is not None else None


def parse_explainer(raw: Any, p: Problems, path: str) -> Explainer | None:
    """One explainer entry, or None when a required part is missing or wrong (each problem reported)."""
    m, eid = _entry(raw, EXPLAINER_KEYS, p, path)
    if m is None:
        return None
    requires = _opt(m, "requires", _concepts, p, path) or ()
    if "requires" in m and not requires:
        p.add(f"{path}.requires", "name at least one concept")
    topic, answer = _opt(m, "topic", _text, p, path), _opt(m, "answer", _text, p, path)
    about = _opt(m, "about", _about, p, path)
    named = _flag(m, "named", p, path)
    if named and about is None:
        p.add(f"{path}.named", "'named' needs 'about': the entry the question must name")
    sources = _opt(m, "sources", _sources, p, path)
    if m.get("sources") is not None and not sources:
        p.add(f"{path}.sources", "an explainer needs at least one source")
    if eid is None or not requires or topic is None or answer is None or not sources:
        return None
    return Explainer(id=eid, topic=topic, requires=requires, answer=answer, sources=sources,
                     covers=_opt(m, "covers", _concepts, p, path) or (), about=about, named=named,
                     notes=_opt(m, "notes", _text_list, p, path) or ())


def check_explainers(explainers: Mapping[str, tuple[Explainer, str]], tables: Mapping[str, Mapping[str, Any]],
                     err: Callable[[str, str], None]) -> None:
    """Each explainer's entry exists (``tables``: kind -> its entries) and no two have the same concepts."""
    seen: dict[tuple[frozenset[str], str | None], str] = {}
    for e, where in explainers.values():
        if e.about is not None and e.about.id not in tables.get(e.about.kind, {}):
            err(f"{where}.about", f"unknown {e.about.kind} {e.about.id!r}")
        key = (frozenset(e.requires), e.about.id if e.named and e.about else None)
        other = seen.setdefault(key, e.id)
        if other != e.id:
            err(f"{where}.requires", f"the same concepts as explainer {other!r}: a question could not choose")


def check_concepts(explainers: Mapping[str, Explainer], concepts: Mapping[str, tuple[str, ...]],
                   label: str = "knowledge/explainers.yaml") -> list[DataError]:
    """Every concept an explainer names is a group of ``concepts:`` in intents/_lexicon.yaml."""
    errors = []
    for e in explainers.values():
        for key in ("requires", "covers"):
            for c in getattr(e, key):
                if c not in concepts:
                    errors.append(DataError(label, f"explainers[{e.id}].{key}",
                                            f"unknown concept {c!r} (see concepts: in intents/_lexicon.yaml)"))
    return errors


def export_explainers(explainers: Mapping[str, Explainer]) -> list[dict[str, Any]]:
    """The explainers for ``--export-knowledge``."""
    from askspace.export import source_dict

    return [{"id": e.id, "topic": e.topic, "requires": list(e.requires), "covers": list(e.covers),
             "answer": e.answer, "about": {"kind": e.about.kind, "id": e.about.id} if e.about else None,
             "named": e.named, "notes": list(e.notes), "sources": [source_dict(s) for s in e.sources]}
            for e in explainers.values()]
