"""Turn an :class:`Answer` into what a user sees: plain text, JSON or an explanation."""

from __future__ import annotations

import re
from typing import Any

from askspace.answers import Answer
from askspace.bot import Bot
from askspace.export import mission_dict, source_dict

_UNSAFE = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")


def safe(text: str) -> str:
    """Text with every control character but newline removed (never echo escapes)."""
    return _UNSAFE.sub("", text)


def plain(answer: Answer) -> str:
    """The answer text; never contains a blank line."""
    lines = [line.rstrip() for line in safe(answer.text).splitlines()]
    return "\n".join(line for line in lines if line.strip())


def why(answer: Answer) -> str:
    """How the question was understood: parts, intent, score, runner-up, entities, context."""
    if not answer.traces:
        return "Nothing was asked yet." if not answer.text else "The input was not read as a question."
    lines = []
    for i, t in enumerate(answer.traces, 1):
        head = f"Part {i}: \"{safe(t.text)}\"" if len(answer.traces) > 1 else f"Question: \"{safe(t.text)}\""
        lines.append(head)
        intent = f"{t.intent} (score {t.score:.2f})" if t.intent else "none (not understood)"
        lines.append(f"  intent: {intent}")
        if t.runner_up:
            lines.append(f"  runner-up: {t.runner_up} (score {t.runner_up_score:.2f})")
        ents = ", ".join(f"{e['kind']} {e['id']} <- \"{safe(e['text'])}\"" for e in t.entities)
        lines.append(f"  entities: {ents or 'none'}")
        if t.corrections:
            lines.append("  spelling: " + ", ".join(f"{a} -> {b}" for a, b in t.corrections))
        if t.context_used:
            lines.append("  context: " + "; ".join(t.context_used))
        if t.unexplained:
            lines.append("  not understood or left out: " + ", ".join(f'"{safe(w)}"' for w in t.unexplained))
        if t.frame:
            lines.append("  frame: " + ", ".join(f"{k} {v}" for k, v in t.frame.items() if v not in (None, [], "")))
    return "\n".join(lines)


def as_json(answer: Answer, bot: Bot) -> dict[str, Any]:
    """The documented ``--json`` object (see schemas/answer.schema.json)."""
    best = next((t for t in answer.traces if t.intent), None)
    return {
        "text": plain(answer),
        "understood": answer.understood and not answer.clarify,
        "clarify": answer.clarify,
        "intent": answer.intent,
        "score": answer.score,
        "entities": [dict(e) for t in answer.traces for e in t.entities],
        "facts": [mission_dict(bot.kb.missions[f]) for f in answer.facts],
        "sources": [source_dict(s) for s in answer.sources],
        "as_of": answer.as_of,
        "runner_up": best.runner_up if best else None,
        "parts": [{"text": t.text, "intent": t.intent, "score": t.score,
                   "context_used": list(t.context_used), "unexplained": list(t.unexplained), "frame": t.frame}
                  for t in answer.traces],
    }


def printed(answer: Answer, bot: Bot, want_json: bool, want_why: bool, width: int | None = None) -> str:
    """What the command prints for an answer (no final newline): one JSON line, or the plain
    text (wrapped to ``width`` when given) followed by :func:`why` if asked."""
    if want_json:
        import json

        from askspace.streams import can_encode_all

        obj = as_json(answer, bot)
        if want_why:
            obj["why"] = why(answer)
        return json.dumps(obj, ensure_ascii=not can_encode_all())
    text = plain(answer) + ("\n" + why(answer) if want_why else "")
    if width is not None:
        from askspace.wrap import wrap

        text = wrap(text, width)
    return text


def dumps(obj: Any) -> str:
    import json

    return json.dumps(obj, ensure_ascii=False, indent=2)
