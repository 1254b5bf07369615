"""``Bot`` holds the loaded data; ``Session`` is one conversation.

>>> session = Bot.load().session()
>>> print(session.ask("When did Luna 9 land?").text.splitlines()[0][:60])
Luna 9 launched on 31 January 1966[1] and landed on the Moon
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from askspace import (
    anchorback,
    clueuse,
    context,
    explainuse,
    frames,
    frameuse,
    history,
    matching,
    persons,
    queries,
    roles,
    stationback,
    takeback,
    twins,
)
from askspace.answers import CANNOT_EVALUATE, FRAME, Answer, Trace, not_understood_text, too_long, trace_of
from askspace.compose import Citations, day
from askspace.entities import AliasIndex
from askspace.events import index_events
from askspace.fields import DataError
from askspace.handlers import HANDLERS, SLOTS, Ask, Reply, handler
from askspace.handlers.base import Tools
from askspace.handlers.recorded import FirstsIndex, Folder, plain_vocabulary
from askspace.handlers.selection import index_selections
from askspace.handlers.talk import EXAMPLES
from askspace.heap import loading
from askspace.intents import Intent, Lexicon, concept_words, load_intents
from askspace.knowledge import DataFilesError, default_data_dir, load_knowledge
from askspace.model import KnowledgeBase
from askspace.parse import Question, Reader
from askspace.text import MAX_QUESTION_CHARS, clean, split_parts

MAX_PARTS = 6


class Bot:
    """The loaded knowledge base, intents and indexes; cheap to start sessions from."""

    def __init__(self, kb: KnowledgeBase, intents: tuple[Intent, ...], lexicon: Lexicon) -> None:
        self.kb = kb
        self.intents = intents
        self.lexicon = lexicon
        self.index = AliasIndex.build(kb, lexicon.common_words)
        queries.build_event_index(kb)
        index_selections(kb)
        index_events(kb)
        persons.index_people(kb)  # built now so the cache holds them
        topics = history.name_phrases(kb)  # an intent that reads history relations reads their subjects' names
        cue_words = frozenset(w for i in intents for c in i.cues for p in c.phrases for w in p.split())
        self.reader = Reader(self.index, lexicon, cue_words | {w for p in topics for w in p.split()}
                             | concept_words(lexicon), {m.id: m.program for m in kb.missions.values() if m.program})
        folder = Folder(lexicon.groups.get("synonyms", {}))
        plain = {w for group in ("events", "crewed", "robotic", "success", "failure", "ordinals")
                 for phrase in lexicon.phrases(group) for w in phrase.split()}
        plain |= {w for key, targets in self.index.entries.items()
                  if any(t.kind in ("state", "body") for t in targets) for w in key}
        self.tools = Tools(folder, plain_vocabulary(folder, plain), FirstsIndex(kb, folder), lexicon)
        self.frame_words = frameuse.phrases(lexicon)
        self.explainers = takeback.Explainers(kb, intents, lexicon, self.index, topics)

    @classmethod
    def load(cls, data_dir: Path | None = None) -> Bot:
        """Load and validate ``knowledge/`` and ``intents/`` (raises DataFilesError)."""
        root = data_dir or default_data_dir()
        errors: list[DataError] = []
        with loading():
            try:
                kb = load_knowledge(root / "knowledge")
            except DataFilesError as exc:  # go on: the intents' problems are reported in the same run
                errors += exc.errors
            try:
                intents, lexicon = load_intents(root / "intents", frozenset(HANDLERS))
            except DataFilesError as exc:
                errors += exc.errors
            if not errors:  # the explainers' concepts are groups of the lexicon
                from askspace.explainers import check_concepts

                errors += check_concepts(kb.explainers, lexicon.groups.get("concepts", {}))
            if errors:
                raise DataFilesError(errors)
            return cls(kb, intents, lexicon)

    def session(self) -> Session:
        return Session(self)


class Session:
    """One conversation: answers questions and keeps their context."""

    def __init__(self, bot: Bot) -> None:
        self.bot = bot
        self.context = context.Context()
        self.last: Answer | None = None
        self.frame: frames.Frame | None = None  # the last frame the frame engine answered, for its follow-ups
        self.rover: str | None = None  # the rover the last answer named ("what was its rover called?"): "it"

    def reset(self) -> None:
        self.context = context.Context()
        self.last = None
        self.frame = None
        self.rover = None

    def ask(self, raw: str) -> Answer:
        if len(raw) > 4 * MAX_QUESTION_CHARS:  # too long even before cleaning: do not scan it all
            return self._remember(too_long(len(raw)))
        text = clean(raw)
        if not text:
            return self._remember(Answer("Please type a question, for example: "
                                         f"\"{EXAMPLES[0]}\"", understood=False))
        if len(text) > MAX_QUESTION_CHARS:
            return self._remember(too_long(len(text)))
        every = split_parts(text) or [text]
        every = [text] if len(every) > 1 and clueuse.whole(self.bot, text) else every  # "Conrad Jr. & ..."
        parts = every[:MAX_PARTS]
        citations = Citations()
        lines: list[str] = []
        traces: list[Trace] = []
        facts: list[str] = []
        understood = False
        asked_back: list[bool] = []
        for part in parts:
            about = self.context.primary
            reply, trace = self._guarded(part, citations)
            named = trace.frame.get("mission") if trace.frame and trace.frame.get("answer") == "rover" else None
            self.rover = self.bot.kb.missions[named].rover if isinstance(named, str) else None
            if not reply.understood:
                self._keep_named_mission(part)
            if reply.understood and reply.lines:  # "he" and "she": the person this answer is about, if it names one
                person = context.person_named(self.bot.kb, self.context.primary, reply.lines[0],
                                              self.bot.index.people)
                kept = self.context.person if self.context.primary == about else None  # Ham is no "he"
                self.context = self.context._replace(person=person or kept)
            if not (reply.understood and trace.intent) and len(parts) > 1:
                reply = Reply([f"I did not understand the part \"{part}\"."], understood=False)
            lines.extend(reply.lines)
            traces.append(trace)
            facts = list(dict.fromkeys([*facts, *reply.facts])) if facts else reply.facts  # each reply's are unique
            if reply.understood and trace.intent is not None:
                understood = True
                asked_back.append(reply.clarify)
        if not understood and not any(t.intent is not None or "internal error" in t.context_used
                                      or t.unexplained or t.frame for t in traces):
            lines = [not_understood_text()]  # an intent that declined says what it lacks ("not in my records")
        if understood and len(every) > len(parts):
            lines.append(f"I answered the first {len(parts)} of {len(every)} questions; ask the rest separately.")
        answer = Answer(
            text="\n".join([*lines, *citations.lines()]) if understood else _CITE_MARK.sub("", lines[0]),
            understood=understood, traces=tuple(traces), facts=tuple(facts),
            sources=tuple(citations.sources), as_of=self.bot.kb.as_of.isoformat(),
            clarify=understood and all(asked_back),
        )
        return self._remember(answer)

    def _keep_named_mission(self, part: str) -> None:
        """A question left unanswered that names one mission still moves the conversation to it: after "how did
        Curiosity land, airbags?", "is it still going?" is about Curiosity."""
        read = self.bot.reader.read(part)
        fixed = {w for _, w in read.corrections}  # "nearby" read as NEAR (Shoemaker) names nothing
        named = {i for m in read.of_kind("mission") if m.start >= 0 and m.text not in fixed for i in m.ids}
        if len(named) == 1:
            self.context = self.context._replace(primary=named.pop())
        elif not named and context.brings_up_craft(read):  # "wasn't there an old probe nearby?": "that one" is it
            self.context = self.context._replace(primary=None, bodies=())

    def _remember(self, answer: Answer) -> Answer:
        if not answer.as_of:
            answer = answer._replace(as_of=self.bot.kb.as_of.isoformat())
        self.last = answer
        return answer

    def _guarded(self, part: str, citations: Citations) -> tuple[Reply, Trace]:
        """Answer one part; an unexpected failure costs that answer, never the session.

        With ASKSPACE_DEBUG set (the tests set it) the error is raised instead, so bugs show.
        """
        try:
            reply, trace = self._answer_part(part, citations)
            if not reply.understood and not reply.clarify and (noted := self._noted(part, citations)) is not None:
                return noted
            return reply, trace
        except Exception:
            if os.environ.get("ASKSPACE_DEBUG"):
                raise
            trace = Trace(part, None, 0.0, None, 0.0, (), ("internal error",), ())
            return Reply(["Sorry, something went wrong while answering that; please ask it another way."],
                         understood=False), trace

    def _noted(self, part: str, citations: Citations) -> tuple[Reply, Trace] | None:
        """The answer of the one note that reads a question nothing else answered (askspace.noteuse), or None."""
        from askspace import noteuse  # only for a question nothing else answered
        found = noteuse.answer(self.bot.kb, self.bot.lexicon, part, citations)
        if found is None:
            return None
        reply, note = found
        read = self.bot.reader.read(part)  # the note read the words as typed: no spelling correction to show
        return reply, trace_of(part, read._replace(corrections=()), matching.Match(None, None), frame=note.described)

    def _both(self, q: Question, match: matching.Match, citations: Citations, part: str) -> tuple[Reply, Trace]:
        assert match.runner_up is not None and match.tied is not None
        replies = [handler(s.intent.handler)(Ask(q, self.bot.kb, s.intent.params, citations, self.bot.tools,
                                                  self.context.facts))
                   for s in (match.runner_up, match.tied)]
        first, second = replies
        first.lines.extend(line for line in second.lines if line not in first.lines)
        self.context = self.context.after(match.runner_up.intent.id, q, first.states, first.bodies,
                                          first.primary, first.facts)
        return first, trace_of(part, q, matching.Match(match.runner_up, match.tied))

    def _run(self, intent: Intent, read: Question, q: Question,
             citations: Citations) -> tuple[Question, Reply, takeback.TakenBack | None]:
        """One intent's answer, with the slots it takes from the conversation, and why it is taken back (None
        when it stands); a taken-back answer leaves no citations behind."""
        bot, ctx = self.bot, self.context
        q = context.fill_optional(context.fill_needed(q, ctx, intent.needs), ctx, intent.fills)
        missing = [slot for slot in intent.needs if not q.of_kind(slot)]
        if missing:
            return q, Reply([intent.needs[missing[0]]], clarify=True), None
        cited = len(citations.sources)
        reply = handler(intent.handler)(Ask(q, bot.kb, intent.params, citations, bot.tools, ctx.facts))
        facts = reply.facts if len(reply.facts) <= FACTS_THAT_EXPLAIN else []
        taken_back = None if intent.any_words \
            else takeback.review(bot.explainers, read, intent, reply, facts, q.mentions)
        if taken_back is not None:
            del citations.sources[cited:]
        return q, reply, taken_back

    def _by_frame(self, part: str, read: Question, q: Question, citations: Citations) -> tuple[Reply, Trace] | None:
        """The answer of the frame engine (askspace.frameuse) or of a clue (askspace.clueuse), or None: the intents
        answer."""
        ctx, last = self.context, self.last
        answered = ctx.primary if last is not None and last.understood and not last.clarify \
            else None  # not past a question left unanswered or asked back
        bot, last_frame = self.bot, self.frame if ctx.intent == FRAME else None
        found = frameuse.answer(bot.kb, bot.lexicon, bot.frame_words, ctx, last_frame, answered, read, q, citations)
        self.frame = found.ranked if found is not None else None
        if found is not None:
            reply, described = found.reply, found.described
        elif (clued := clueuse.evaluate(bot, read, citations)) is not None:
            reply, described = clued
        else:
            return None
        if reply.understood:
            self.context = ctx.after(FRAME, q, reply.states, reply.bodies, reply.primary, reply.facts)
            if described and described.get("over") == "the last answer":  # "and Mars?" swaps the set's question
                self.context = self.context._replace(topic=ctx.topic)
        return reply, trace_of(part, q, matching.Match(None, None), frame=described)

    def _as_craft(self, part: str, read: Question, q: Question, citations: Citations) -> tuple[Reply, Trace] | None:
        """The answer of the craft reading (askspace.craftnames.reading), when its reply stands, else None."""
        from askspace import craftnames  # only when a question says a craft's name

        craft = craftnames.reading(self.bot.kb, self.bot.lexicon, self.bot.intents, read, q)
        if craft is None:
            return None
        q2, reply, taken_back = self._run(craft.intent, craft.read, craft.q, citations)
        if taken_back is not None or not craft.keeps(reply):
            return None
        self.context = self.context.after(craft.intent.id, q2, reply.states, reply.bodies, reply.primary,
                                          reply.facts)
        return reply, trace_of(part, q2, matching.Match(matching.Scored(craft.intent, 1.0), None))

    def _explained(self, part: str, read: Question, q: Question, citations: Citations) -> tuple[Reply, Trace] | None:
        """The answer of the one explainer that reads the question whole (askspace.explainuse), when it stands."""
        found = explainuse.choose(self.bot.kb, self.bot.lexicon, read)
        intent = next((i for i in self.bot.intents if i.id == explainuse.INTENT), None)
        if found is None or intent is None:
            return None
        read, q = explainuse.as_asked(read), explainuse.as_asked(q)
        q2, reply, taken_back = self._run(intent, read, q, citations)
        if taken_back is not None or not reply.understood:
            return None
        self.context = self.context.after(intent.id, q2, reply.states, reply.bodies, reply.primary, reply.facts)
        return reply, trace_of(part, q2, matching.Match(matching.Scored(intent, 1.0), None), frame=found.described)

    def _answer_part(self, part: str, citations: Citations) -> tuple[Reply, Trace]:
        bot, ctx = self.bot, self.context
        read = bot.reader.read(part)
        if not read.people and (told := context.with_person(part, ctx)) != part:  # "did he orbit?": he = the person
            read = bot.reader.read(anchorback.with_dangling(told, bot.kb, ctx.primary))  # "... before?": the last
        elif all(m.kind == "body" for m in read.mentions) and read.wh_word != "who" \
                and (told := roles.with_role(part, bot.kb, ctx.primary)) != part:
            read = bot.reader.read(told)  # "when was the commander born?": the last answer's commander
        elif self.rover and not read.mentions and (told := _IT.sub(self.rover, part)) != part:
            read = bot.reader.read(told)  # "was it ever used?" after its rover's name: the rover
        elif (told := twins.with_twin(part, bot.kb, ctx.primary)) != part:
            read = bot.reader.read(told)  # "and its twin?": the twin of the last answer's mission
        elif (told := anchorback.with_one_of_two(part, bot.kb, ctx.discussed)) != part:
            read = bot.reader.read(told)  # "... with the first one?" after two answers: the first one's name
        elif (told := anchorback.with_anchor(part, bot.kb, ctx.primary)) != part:
            read = bot.reader.read(told)  # "the next one to orbit Venus after it": after the last answer's mission
        elif (told := stationback.with_station(part, read, bot.kb, ctx.primary)) != part:
            read = bot.reader.read(told)  # "who were the first crew?": aboard the last answer's station
        elif (told2 := stationback.state_station(read, bot.kb, bot.index)) is not None:
            read = bot.reader.read(told2)  # "and China's station?": the Chinese space station
        q = context.resolve_pronouns(read, ctx)
        if any(m.kind != "craft" and tuple(m.text.split()) in bot.kb.craft_names for m in q.mentions) \
                and (as_craft := self._as_craft(part, read, q, citations)) is not None:
            return as_craft
        if (described := clueuse.described(bot, read)) is not None:  # "this first American in space ..."
            return self._answer_part(described, citations)
        if (explained := self._explained(part, read, q, citations)) is not None:
            return explained
        by_frame = self._by_frame(part, read, q, citations)
        if by_frame is not None:
            return by_frame
        if frames.rank_clash(read, bot.lexicon):  # "the second to last": nothing here evaluates two ranks
            clash = trace_of(part, q, matching.Match(None, None), frame={"answer": "not evaluated", "why": "two ranks"})
            return Reply([CANNOT_EVALUATE], understood=False), clash
        match = matching.choose(bot.intents, q, bot.lexicon)
        also = next((i.follows for i in bot.intents if i.id == ctx.intent), ())
        follow_up = context.is_ellipsis(q) and (match.best is None or context.starts_like_follow_up(q, also)) \
            and (not q.events or match.best is None or context.starts_like_follow_up(q, also))
        if follow_up or context.does_the_same(q):
            ctx = ctx.for_names(q)
        if ctx.intent and ctx.intent != FRAME and ctx.question and (follow_up or context.does_the_same(q)):
            intent = next(i for i in bot.intents if i.id == ctx.intent)
            program = bot.kb.missions[ctx.primary].program if ctx.primary in bot.kb.missions else None
            q = context.merge_ellipsis(q, ctx, SLOTS[intent.handler], program)
            match = matching.Match(matching.Scored(intent, matching.score(intent, q, bot.lexicon)),
                                   match.runner_up)
        if match.best is None and match.runner_up and match.tied is not None \
                and {match.runner_up.intent.handler, match.tied.intent.handler} <= FACETS:
            return self._both(q, match, citations, part)
        if match.best is None:
            return Reply([not_understood_text()], understood=False), trace_of(part, q, match)
        intent = match.best.intent
        future = [int(m.ids[0]) for m in q.of_kind("year", include_anchor=True)
                  if int(m.ids[0]) > bot.kb.as_of.year]
        if future:
            reply = Reply([f"My records end on {day(bot.kb.as_of)}, so I cannot tell you about {future[0]}."])
            return reply, trace_of(part, q, match)
        asked = q
        q, reply, taken_back = self._run(intent, read, asked, citations)
        runner = match.runner_up
        if taken_back is not None and runner is not None and match.best is not None \
                and runner.score >= match.best.score:  # a tie, broken by priority the wrong way
            # the chosen intent left words out ("investigated" for accidents): the runner-up may read them
            q2, reply2, taken2 = self._run(runner.intent, read, asked, citations)
            if taken2 is None and reply2.understood and not reply2.clarify:
                intent, q, reply, taken_back = runner.intent, q2, reply2, None
                match = matching.Match(runner, match.best)
        if taken_back is not None:
            return Reply([taken_back.message], understood=False), trace_of(part, q, match, taken_back.left)
        self.context = ctx.after(intent.id, q, reply.states, reply.bodies, reply.primary, reply.facts)
        if context.is_bare_wh(read) and ctx.intent and ctx.question:  # "when was that?" leaves the question asked
            self.context = self.context._replace(intent=ctx.intent, question=ctx.question)  # for "and the US?"
        return reply, trace_of(part, q, match)


_IT = re.compile(r"\bit\b", re.IGNORECASE)
_CITE_MARK = re.compile(r"\[\d+\]")  # a declined answer shows no sources, so no marks either
FACTS_THAT_EXPLAIN = 2  # the records of the one or two missions an answer is about explain words of its question

# Handlers that each answer one facet of a single mission; a tie between two is answered by both
# ("Apollo 17 crew and landing site?").
FACETS = frozenset({"crew", "mission_when", "who_built", "explain_outcome", "describe_mission"})
