"""A rocket's figures (stages, height, diameter, lift-off thrust, payload) and the engines of its stages; and
which rockets fit a propellant, a number of stages or a superlative ("the tallest", "the most powerful").

Figures are those of ``knowledge/rockets.yaml``; the engines of a stage come from the engines' ``used_on``.
Lists and superlatives say what they counted: the rockets of my records that have the figure.
"""

from __future__ import annotations

from askspace import enginetext as text
from askspace.compose import capitalise, join, number_word, plural, possessive
from askspace.engines import Engine, burns_all
from askspace.handlers.base import Ask, Reply
from askspace.kinds import Rocket

_STAGE_WORDS = {"first stage": "first", "second stage": "second", "third stage": "third", "fourth stage": "fourth",
                "fifth stage": "fifth", "booster": "boosters", "boosters": "boosters", "strap-on": "boosters",
                "upper stage": "upper", "core stage": "first"}
_ENGINE_WORDS = ("engine", "engines", "motor", "motors", "powered", "power", "powers", "propelled")
_FIGURES = (  # (words, attribute, how answers say it, unit)
    (("how tall", "tall", "height", "tallest"), "height_m", "tall", "m"),
    (("diameter", "wide", "width", "widest", "across"), "diameter_m", "wide", "m"),
    (("thrust", "powerful", "most powerful", "lift-off thrust", "liftoff thrust"), "liftoff_thrust_kn",
     "lift-off thrust", "kN"),
    (("payload",), "payload_leo_kg",
     "payload to low Earth orbit", "kg"),
    (("heaviest", "how heavy", "heavy", "mass", "weigh", "weighed", "weighs", "weight"), "mass_kg",
     "mass at lift-off", "kg"),
)


# figures whose leaders (Starship, the N1, the Saturn V) are all recorded
_RANKED = ("height_m", "liftoff_thrust_kn", "mass_kg")


def _the(r: Rocket) -> str:
    return f"the {r.name}"


def _cite(r: Rocket, reply: Reply) -> str:
    return "".join(reply.citations.add(s) for s in r.sources)


def _figure_asked(a: Ask) -> tuple[str, str, str] | None:
    for words, attribute, say, unit in _FIGURES:
        if any(a.q.has(w) for w in words):
            return attribute, say, unit
    return None


def _value(attribute: str, value: float, unit: str) -> str:
    if unit == "m":
        return f"{value:g} metres ({value * 3.28084:,.0f} feet)"
    if unit == "kN":
        return text.kn(value)
    return f"{value:,.0f} kg ({value / 1000:,.0f} tonnes)"


def rocket_figures(a: Ask) -> Reply:
    """Stages, a figure or the engines of the rocket the question names."""
    ids = list(dict.fromkeys(m.ids[0] for m in a.q.of_kind("rocket")))
    if not ids:
        return a.reply(["Which rocket do you mean? Name it, for example \"Saturn V\"."], clarify=True)
    from askspace.handlers.named import named_rockets

    version = next((n.variant for n in named_rockets(a) if n.variant), None)
    if version is not None:  # "What engines did the Mercury-Atlas use?": the family's engines are not the version's
        return a.reply([f"My records have the {version} as a version of a rocket family; they do not give that "
                        "version's own stages, figures or engines."], understood=False)
    if a.q.has("what did") and any(a.q.has(w) for w in ("carry", "carried", "launch", "launched")):
        return a.reply(["My rocket records give a rocket's figures (its payload to orbit), not what one of its "
                        "flights carried; ask about the mission."], understood=False)  # "what did the first ... carry"
    if a.q.wh_word in ("where", "when", "why"):  # "Where were the Saturn V's engines built?": not read here
        return a.reply(["My records have a rocket's stages, height, diameter, lift-off thrust, payload and the engines "
                        "of each stage; not where, when or why."], understood=False)
    if any(a.q.has(w) for w in _ENGINE_WORDS):
        return rocket_engines(a, ids)
    r = a.reply([])
    staged = any(a.q.has(w) for w in _STAGE_WORDS) or a.q.has("stage")  # "how tall was its third stage?"
    for rid in ids:
        rocket = a.kb.rockets[rid]
        if a.q.has("how many stages") or a.q.has("number of stages"):
            _stages(rocket, r)
        elif staged:
            r.lines.append(f"My records have {possessive(_the(rocket))} figures as a whole rocket (height, diameter, "
                           "lift-off thrust, payload) and the engines of each stage, not the figures of one stage.")
            r.understood = False
        elif (asked := _figure_asked(a)) is not None:
            attribute, say, unit = asked
            value = getattr(rocket, attribute)
            if value is None:
                figure = say.replace("tall", "height").replace("wide", "diameter")
                r.lines.append(f"My records do not have {_the(rocket)}'s {figure}.")
                r.understood = False
                continue
            r.lines.append(f"{_said(rocket, attribute, _value(attribute, value, unit))}{_cite(rocket, r)}.")
            if rocket.figures_note:
                r.lines.append(rocket.figures_note)
        else:
            r.lines.append(f"I can say {_the(rocket)}'s stages, height, diameter, lift-off thrust, payload and "
                           "engines where my records have them, but not that.")
            r.understood = False
    return r


def _said(rocket: Rocket, attribute: str, value: str) -> str:
    """ "The Saturn V was 110.6 metres (363 feet) tall", "... had 35,100 kN (...) of thrust at lift-off"."""
    was, had, could = ("was", "had", "could") if rocket.retired else ("is", "has", "can")
    the = capitalise(_the(rocket))
    return {"height_m": f"{the} {was} {value} tall", "diameter_m": f"{the} {was} {value} wide",
            "liftoff_thrust_kn": f"{the} {had} {value} of thrust at lift-off",
            "payload_leo_kg": f"{the} {could} carry {value} to low Earth orbit",
            "mass_kg": f"{the} {'weighed' if rocket.retired else 'weighs'} {value} at lift-off, fuelled"}[attribute]


def _stages(rocket: Rocket, r: Reply) -> None:
    if rocket.stages is None:
        r.lines.append(f"My records do not have how many stages {_the(rocket)} has.")
        r.understood = False
        return
    verb = "had" if rocket.retired else "has"
    r.lines.append(f"{capitalise(_the(rocket))} {verb} {number_word(rocket.stages)} "
                   f"{plural(rocket.stages, 'stage')}{_cite(rocket, r)}.")
    if rocket.stages_counted:
        r.lines.append(f"Counted: {rocket.stages_counted}.")


def rocket_engines(a: Ask, ids: list[str]) -> Reply:
    """The engines of each stage of the rockets named (of one stage when the question names it)."""
    from askspace.handlers.enginelists import constraints

    stage = next((s for w, s in _STAGE_WORDS.items() if a.q.has(w)), None)
    tests, said = constraints(a)  # "Which Saturn V engines burned liquid hydrogen?": only those
    r = a.reply([])
    if any(a.q.has(w) for w in ("thrust", "how much", "powerful", "how long", "how tall")):
        return a.reply(["My records list a rocket's engines by stage; a figure of them (thrust, burn time) is asked of "
                        "one engine by name, for example \"What is the thrust of the F-1?\"."], understood=False)
    for rid in ids:
        rocket = a.kb.rockets[rid]
        uses = sorted(((e, u) for e in a.kb.engines.values() for u in e.used_on if u.rocket == rid),
                      key=lambda eu: (list(text.ORDINAL_STAGE).index(eu[1].stage) if eu[1].stage in text.ORDINAL_STAGE
                                      else -1))
        if stage is not None:
            uses = [(e, u) for e, u in uses if u.stage == stage]
        every = [e.name for e in dict.fromkeys(e for e, _ in uses)]
        complete = _complete(rocket, {u.stage for e in a.kb.engines.values() for u in e.used_on if u.rocket == rid})
        uses = [(e, u) for e, u in uses if all(t(e) for t in tests)]
        if tests and not uses and every:
            cited = "".join(text.cite(e, r.citations) for e in dict.fromkeys(
                e for e in a.kb.engines.values() if any(u.rocket == rid for u in e.used_on)))
            r.lines.append(f"None of {possessive(_the(rocket))} engines in my records {join([o for _, o in said])}: "
                           f"they are the {join(every)}{cited}.")
            if not complete:
                r.lines.append("My records do not have the engines of all its stages.")
                r.understood = False
            continue
        where = f"{_the(rocket)}'s {'strap-on boosters' if stage == 'boosters' else f'{stage} stage'}" if stage \
            else _the(rocket)
        if not uses:
            r.lines.append(f"My records do not have the engines of {where}.")
            r.understood = False
            continue
        parts = [f"{number_word(u.number)} {e.name}{'' if u.number == 1 else 's'} "
                 f"({text.maker(a.kb, e) or 'maker not recorded'}, "
                 f"burning {text.burns(a.kb, e)}){text.cite(e, r.citations)} on the "
                 f"{text.stage_text(a.kb, u, with_rocket=False)}" for e, u in uses]
        verb = "powers" if not rocket.retired else "powered"
        if stage is not None:
            r.lines.append(capitalise(f"{join([p.split(' on the ')[0] for p in parts])} {verb} {where}"
                                      f"{' (' + uses[0][1].stage_name + ')' if uses[0][1].stage_name else ''}."))
        else:
            total = sum(u.number for _, u in uses)
            that = f" that {join([p for p, _ in said])}" if said else ""
            if a.q.has("how many") and complete and not said:
                r.lines.append(f"{capitalise(_the(rocket))} {'had' if rocket.retired else 'has'} {total} engines in my "
                               f"records: {'; '.join(parts)}.")
            else:
                r.lines.append(f"In my records {possessive(_the(rocket))} engines{that} are: {'; '.join(parts)}.")
            if not complete:
                left = f" ({rocket.stages} in all)" if rocket.stages else ""
                r.lines.append(f"My records do not have the engines of its other stages{left}.")
                r.understood = r.understood and not a.q.has("how many")
    return r


def _complete(rocket: Rocket, stages: set[str]) -> bool:
    """Whether the engine records cover every stage of the rocket (strap-on boosters aside)."""
    return rocket.stages is not None and len(stages - {"boosters"}) >= rocket.stages


def rocket_list(a: Ask) -> Reply:
    """Rockets with a stage that burns the propellants named, with a number of stages, or ranked by a figure."""
    kb = a.kb
    props = list(dict.fromkeys(m.ids[0] for m in a.q.of_kind("propellant")))
    r = a.reply([])
    if {"who", "whom", "manufacturer", "manufacturers", "company", "companies", "builder", "designer", "maker",
            "country", "countries"} & set(a.q.words):  # "which manufacturer made a rocket with ...": not the rockets
        r.lines.append("I can list the rockets whose stages burn those propellants, not who made them.")
        r.understood = False
        return r
    if props:
        stages: dict[str, list[str]] = {}
        engines: dict[str, list[Engine]] = {}
        stage = next((s for w, s in _STAGE_WORDS.items() if a.q.has(w)), None)  # "on their first stage": that one
        for e in kb.engines.values():
            if burns_all(e, props):
                for u in e.used_on:
                    if stage is not None and u.stage != stage:
                        continue
                    where = "strap-on boosters" if u.stage == "boosters" else f"{u.stage} stage"
                    stages.setdefault(u.rocket, []).append(f"the {e.name} on its {where}")
                    engines.setdefault(u.rocket, []).append(e)
        names = join([kb.propellants[p].name for p in props])
        found = [kb.rockets[rid] for rid in kb.rockets if rid in stages]
        a_stage = f"a {stage} stage" if stage and stage != "boosters" else "strap-on boosters" if stage else "a stage"
        if not found:
            r.lines.append(f"None of the rockets in my records has {a_stage} whose engines burn {names}.")
            r.understood = False
            return r
        detailed = len(found) <= 10  # every rocket is named; a short list with its first such stage and engine
        shown = [f"the {x.name}{f' ({stages[x.id][0]})' if detailed else ''}"
                 f"{''.join(dict.fromkeys(text.cite(e, r.citations) for e in engines[x.id]))}" for x in found]
        r.lines.append(f"{capitalise(number_word(len(found)))} {plural(len(found), 'rocket')} in my records "
                       f"{'has' if len(found) == 1 else 'have'} {a_stage} whose engines burn {names}: "
                       f"{join(shown)}.")
        r.lines.append(f"Counted: the rockets of my records with an engine record burning {names} on one of their "
                       "stages (a rocket family once, its versions with it).")
        return r
    asked = _figure_asked(a)
    if asked is not None and asked[0] in _RANKED and any(a.q.has(w) for w in ("tallest", "most powerful", "largest",
                                                                               "biggest", "highest", "most",
                                                                               "heaviest")):
        return _ranked(a, r, *asked)
    # "Which rocket has 4 stages?" is not listed: the rockets of these records are a sample, and a list of the few
    # with four stages would read as the answer (a rocket's own count is answered by rocket_figures)
    r.lines.append("I can list rockets by the propellants of their stages, or name the tallest and the most "
                   "powerful, but not that.")
    r.understood = False
    return r


def _ranked(a: Ask, r: Reply, attribute: str, say: str, unit: str) -> Reply:
    rockets = [x for x in a.kb.rockets.values() if getattr(x, attribute) is not None]
    best = max(rockets, key=lambda x: (getattr(x, attribute), x.id))
    value = _value(attribute, getattr(best, attribute), unit)
    most = {"height_m": "tallest rocket", "liftoff_thrust_kn": "most powerful rocket at lift-off",
            "mass_kg": "heaviest rocket at lift-off"}[attribute]
    it = _said(best, attribute, value).replace(capitalise(_the(best)), "it", 1)
    r.lines.append(f"The {most} in my records is the {best.name}: {it}{_cite(best, r)}.")
    others = sorted(rockets, key=lambda x: -getattr(x, attribute))[1:4]
    figure = say.replace("tall", "height")
    r.lines.append(f"Counted: the {len(rockets)} rockets of my records that have a {figure}; next: "
                   f"{join([f'the {x.name} ({_value(attribute, getattr(x, attribute), unit)})' for x in others])}.")
    if best.figures_note:
        r.lines.append(best.figures_note)
    return r
