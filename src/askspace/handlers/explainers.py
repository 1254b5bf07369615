"""How and why questions answered by an explainer (knowledge/explainers.yaml), read by :mod:`askspace.explainuse`.

The answer is the explainer's text, the direct answer first, with its sources; a question that no explainer
reads whole (a concept missing, a word no concept explains) is said to be not known, never answered with a
nearby explainer.
"""

from __future__ import annotations

from askspace import explainuse
from askspace.handlers.base import Ask, Reply

NOT_KNOWN = ("I have no explanation that covers that question as asked; I explain only what my notes "
             "cover (how rockets steer, why satellites rarely collide, how the ISS makes oxygen, ...).")


def explainer(a: Ask) -> Reply:
    """The explainer that reads the question whole, with its sources."""
    lexicon = a.tools.lexicon if a.tools is not None else None
    found = explainuse.choose(a.kb, lexicon, a.q) if lexicon is not None else None
    if found is None:
        return a.reply([NOT_KNOWN], understood=False)
    e = found.explainer
    if e.sources and all(s in a.citations.sources for s in e.sources):  # an earlier part of the question had it
        return a.reply([f"The answer above covers that too ({e.topic})."])
    marks = "".join(a.citations.add(s) for s in e.sources)
    reply = a.reply([f"{e.answer}{marks}"])
    if e.about is not None and e.about.kind == "mission" and e.about.id in a.kb.missions:
        reply.use(a.kb.missions[e.about.id])
    for m in a.q.mentions:  # "how did Curiosity land?": the next question's "it" is Curiosity
        if m.kind == "mission" and m.start >= 0 and m.ids and m.ids[0] in a.kb.missions:
            reply.use(a.kb.missions[m.ids[0]])
    return reply
