"""Load the intents, the shared lexicon and the common-word list from ``intents/``.

Each ``intents/<id>.yaml`` describes one intent: the handler that answers it, cue
groups that score a question, what to ask when a slot is missing, and phrasings that
must and must not match it (checked by the tests). ``_lexicon.yaml`` names events,
crewed/robotic words, outcomes, ordinals and time relations; ``_words.yaml`` lists
common words the typo corrector leaves alone.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, NamedTuple

from askspace.fields import DataError, check_id
from askspace.knowledge import DataFilesError, data_files, read_yaml
from askspace.text import normalise

ENTITY_KINDS = ("mission", "program", "state", "body", "year", "person", "satellite", "agency", "rocket", "flight",
                "craft", "engine", "propellant", "place", "system",
                "flight_record", "ground_flight")  # flight_record: a flight's name, or a mission's that the flight
# records hold; ground_flight: a crewed flight that never launched (Apollo 1); system: a satellite system
LEXICON_KEYS = ("events", "crewed", "robotic", "success", "failure", "ordinals", "relations", "body_kinds",
                "mission_types", "synonyms", "event_kinds", "orbit_changes", "exclusions", "fillers",
                "answer_types", "ranks", "attributes", "crew_roles", "history", "figures_asked", "figures",
                "figure_ranks",
                "craft", "craft_kinds", "clue_kinds", "topic_facts", "engine_words", "concepts")
# Lexicon groups that are constraints: they explain an intent's words only when its handler evaluates them
# (the intent's ``reads``). "The first Ranger mission that didn't fail" is not answered by a handler that
# gives a program's first flight whatever its outcome.
READ_GROUPS = {"outcome": ("success", "failure"), "history": ("history",), "craft": ("craft", "craft_kinds"),
               "topic_facts": ("topic_facts",), "engine": ("engine_words",),
               "concepts": ("concepts",),  # concepts: what explainers require (askspace.explainuse)
               "relation": ("relations",)}  # "before X", "after X": only the intents that evaluate them
FILLABLE = frozenset({"body", "state", "mission"})  # the slots the last answer can fill (context.fill_needed)
INTENT_KEYS = {"id", "handler", "description", "priority", "params", "cues", "needs",
               "examples", "not_examples", "any_words", "explains", "fills", "reads", "follows"}
CUE_KEYS = {"any", "lexicon", "entity", "count", "weight", "required", "forbid"}

class _NoEntries(Mapping[str, str]):
    """An empty mapping that cannot be changed and pickles (a MappingProxyType does not): the default of an
    intent's needs and params, shared by every intent that has none."""

    def __getitem__(self, key: str) -> str:
        raise KeyError(key)

    def __iter__(self) -> Iterator[str]:
        return iter(())

    def __len__(self) -> int:
        return 0


_NONE: Mapping[str, str] = _NoEntries()


class Cue(NamedTuple):
    """One scoring group: matched when any phrase, lexicon word or entity is present."""

    phrases: tuple[str, ...] = ()
    lexicon: str | None = None
    entity: tuple[str, ...] = ()  # matched by mentions of these kinds ...
    at_least: int = 1  # ... at least this many of one kind (the cue key `count`)
    weight: float = 1.0
    required: bool = False
    forbid: bool = False


class Intent(NamedTuple):
    id: str
    handler: str
    description: str
    priority: int
    cues: tuple[Cue, ...]
    needs: Mapping[str, str] = _NONE
    params: Mapping[str, str] = _NONE
    examples: tuple[str, ...] = ()
    not_examples: tuple[str, ...] = ()
    any_words: bool = False  # answers whatever the other words are (greetings, help, out of scope)
    explains: tuple[str, ...] = ()  # words its handler reads besides the cues (they are not left unexplained)
    fills: tuple[str, ...] = ()  # slots taken from the last answer when the question names none (never asked for)
    follows: tuple[str, ...] = ()  # words a short follow-up to its answer may add besides names ("and women?")
    reads: tuple[str, ...] = ()  # constraints its handler evaluates (frames.READ_GROUPS): "outcome"


class Lexicon:
    """Word lists that give a question its readings (normalised phrases)."""

    __slots__ = ("_flat", "common_words", "groups")

    def __init__(self, groups: dict[str, dict[str, tuple[str, ...]]], common_words: frozenset[str]) -> None:
        self.groups = groups
        self.common_words = common_words
        self._flat: dict[str, tuple[str, ...]] = {}  # a group's phrases, flattened on first use

    def phrases(self, name: str) -> tuple[str, ...]:
        """All phrases of a lexicon group, e.g. every event word."""
        cached = self._flat.get(name)
        if cached is None:
            cached = tuple(p for items in self.groups.get(name, {}).values() for p in items)
            self._flat[name] = cached
        return cached

    def vocabulary(self) -> frozenset[str]:
        """Every word of the lexicon but the explainers' concepts (they are no plain words for the take-back checks,
        and the reader knows them from ``concept_words``)."""
        words = {w for name, group in self.groups.items() if name != "concepts" for items in group.values()
                 for phrase in items for w in phrase.split()}
        return frozenset(words) | self.common_words


def concept_words(lexicon: Lexicon) -> frozenset[str]:
    """The words of the explainers' concepts: known to the speller, so "fins" is not read as "finish"."""
    return frozenset(w for items in lexicon.groups.get("concepts", {}).values() for p in items for w in p.split())


def _phrases(raw: Any, label: str, path: str, errors: list[DataError]) -> tuple[str, ...]:
    if not isinstance(raw, list) or not all(isinstance(x, (str, int)) for x in raw):
        errors.append(DataError(label, path, "expected a list of phrases"))
        return ()
    return tuple(dict.fromkeys(normalise(str(x)).text for x in raw if normalise(str(x)).text))


def _lexicon(doc: Any, words_doc: Any, errors: list[DataError]) -> Lexicon:
    groups: dict[str, dict[str, tuple[str, ...]]] = {}
    label = "intents/_lexicon.yaml"
    if not isinstance(doc, dict):
        errors.append(DataError(label, "", "expected a mapping of word lists"))
        doc = {}
    for key, value in doc.items():
        if key not in LEXICON_KEYS:
            errors.append(DataError(label, str(key), f"unknown key (allowed: {', '.join(LEXICON_KEYS)})"))
        elif isinstance(value, list):
            groups[key] = {key: _phrases(value, label, key, errors)}
        elif isinstance(value, dict):
            groups[key] = {str(k): _phrases(v, label, f"{key}.{k}", errors) for k, v in value.items()}
        else:
            errors.append(DataError(label, key, "expected a list or a mapping of lists"))
    common: tuple[str, ...] = ()
    if isinstance(words_doc, dict) and "words" in words_doc:
        common = _phrases(words_doc["words"], "intents/_words.yaml", "words", errors)
    elif words_doc is not None:
        errors.append(DataError("intents/_words.yaml", "", "expected a mapping with the key words"))
    return Lexicon(groups=groups, common_words=frozenset(common))


def _cue(raw: Any, label: str, path: str, errors: list[DataError]) -> Cue | None:
    if not isinstance(raw, dict):
        errors.append(DataError(label, path, "expected a mapping"))
        return None
    for key in raw:
        if key not in CUE_KEYS:
            errors.append(DataError(label, f"{path}.{key}", f"unknown key (allowed: {', '.join(sorted(CUE_KEYS))})"))
    if sum(k in raw for k in ("any", "lexicon", "entity")) != 1:
        errors.append(DataError(label, path, "a cue needs exactly one of any, lexicon, entity"))
        return None
    lexicon = raw.get("lexicon")
    raw_entity = raw.get("entity")
    entity = tuple(raw_entity) if isinstance(raw_entity, list) else (raw_entity,) if raw_entity else ()
    for kind in entity:
        if kind not in ENTITY_KINDS:
            errors.append(DataError(label, f"{path}.entity", f"{kind!r} is not one of: {', '.join(ENTITY_KINDS)}"))
    count = raw.get("count", 1)
    if not isinstance(count, int) or isinstance(count, bool) or count < 1:
        errors.append(DataError(label, f"{path}.count", f"expected a whole number of at least 1, got {count!r}"))
        count = 1
    if lexicon is not None and lexicon not in LEXICON_KEYS:
        errors.append(DataError(label, f"{path}.lexicon", f"{lexicon!r} is not one of: {', '.join(LEXICON_KEYS)}"))
    weight = raw.get("weight", 1)
    if not isinstance(weight, (int, float)) or isinstance(weight, bool) or weight <= 0:
        errors.append(DataError(label, f"{path}.weight", f"expected a positive number, got {weight!r}"))
        weight = 1
    phrases = _phrases(raw["any"], label, f"{path}.any", errors) if "any" in raw else ()
    return Cue(phrases=phrases, lexicon=lexicon, entity=entity, at_least=count, weight=float(weight),
               required=bool(raw.get("required", False)), forbid=bool(raw.get("forbid", False)))


def _intent(doc: Any, label: str, handlers: frozenset[str], errors: list[DataError]) -> Intent | None:
    if not isinstance(doc, dict):
        errors.append(DataError(label, "", "expected a mapping describing one intent"))
        return None
    for key in doc:
        if key not in INTENT_KEYS:
            errors.append(DataError(label, str(key), f"unknown key (allowed: {', '.join(sorted(INTENT_KEYS))})"))
    for key in ("id", "handler", "description", "cues"):
        if key not in doc:
            errors.append(DataError(label, key, "missing required key"))
    if any(key not in doc for key in ("id", "handler", "cues")):
        return None
    intent_id = check_id(str(doc["id"]).replace("_", "-"), label, "id", errors)
    if doc["handler"] not in handlers:
        known = ", ".join(sorted(handlers))
        errors.append(DataError(label, "handler", f"unknown handler {doc['handler']!r} (known: {known})"))
    cues = doc["cues"] if isinstance(doc["cues"], list) else []
    if not cues:
        errors.append(DataError(label, "cues", "expected a non-empty list of cue groups"))
    parsed = [_cue(c, label, f"cues[{i}]", errors) for i, c in enumerate(cues)]
    priority = doc.get("priority", 0)
    if not isinstance(priority, int):
        errors.append(DataError(label, "priority", f"expected a whole number, got {priority!r}"))
        priority = 0
    fills = tuple(str(x) for x in doc.get("fills") or ())
    for slot in fills:
        if slot not in FILLABLE:
            errors.append(DataError(label, "fills", f"unknown slot {slot!r}; use one of {', '.join(sorted(FILLABLE))}"))
    reads = tuple(str(x) for x in doc.get("reads") or ())
    for constraint in reads:
        if constraint not in READ_GROUPS:
            errors.append(DataError(label, "reads", f"unknown constraint {constraint!r}; use one of "
                                                   f"{', '.join(sorted(READ_GROUPS))}"))
    if intent_id is None:
        return None
    return Intent(
        id=str(doc["id"]), handler=str(doc["handler"]), description=str(doc.get("description", "")),
        priority=priority, cues=tuple(c for c in parsed if c is not None),
        needs={str(k): str(v) for k, v in (doc.get("needs") or {}).items()},
        params={str(k): str(v) for k, v in (doc.get("params") or {}).items()},
        examples=tuple(str(x) for x in doc.get("examples") or ()),
        not_examples=tuple(str(x) for x in doc.get("not_examples") or ()),
        any_words=doc.get("any_words") is True,
        explains=_phrases(doc.get("explains") or [], label, "explains", errors),
        fills=fills,
        reads=reads,
        follows=_phrases(doc.get("follows") or [], label, "follows", errors),
    )


def load_intents(folder: Path, handlers: frozenset[str]) -> tuple[tuple[Intent, ...], Lexicon]:
    """Every intent (sorted by id) and the lexicon; raise DataFilesError on problems."""
    errors: list[DataError] = []
    if not folder.is_dir():
        raise DataFilesError([DataError(str(folder), "", "intents folder not found")])
    intents: dict[str, Intent] = {}
    lexicon_doc: Any = None
    words_doc: Any = None
    for path in data_files(folder):
        label = path.relative_to(folder.parent).as_posix()
        before = len(errors)
        doc = read_yaml(path, label, errors)
        if len(errors) > before:
            continue
        if path.name == "_lexicon.yaml":
            lexicon_doc = doc
        elif path.name == "_words.yaml":
            words_doc = doc
        else:
            intent = _intent(doc, label, handlers, errors)
            if intent is not None and intent.id in intents:
                errors.append(DataError(label, "id", f"duplicate intent id {intent.id!r}"))
            elif intent is not None:
                intents[intent.id] = intent
    if lexicon_doc is None:
        errors.append(DataError("intents/_lexicon.yaml", "", "missing or empty lexicon file"))
    lexicon = _lexicon(lexicon_doc or {}, words_doc, errors)
    if errors:
        raise DataFilesError(errors)
    return tuple(intents[k] for k in sorted(intents)), lexicon
