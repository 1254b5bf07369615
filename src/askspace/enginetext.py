"""How answers name an engine's propellants, thrust, builder, stages and status; shared by the engine handlers.

>>> kn(6770)
'6,770 kN (about 1,522,000 lbf)'
>>> ORDINAL_STAGE["first"]
1
"""

from __future__ import annotations

from askspace.compose import Citations, join, number_word
from askspace.engines import CYCLES, Engine, Use
from askspace.model import KnowledgeBase

ORDINAL_STAGE = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}
_LBF_PER_KN = 224.809


def kn(value: float) -> str:
    """A thrust in kilonewtons with its pound-force, rounded as sources round them."""
    shown = f"{value:,.1f}".removesuffix(".0")
    pounds = round(value * _LBF_PER_KN, -3 if value >= 100 else -2)
    return f"{shown} kN (about {pounds:,.0f} lbf)"


def propellant_names(kb: KnowledgeBase, ids: tuple[str, ...]) -> str:
    """ "liquid hydrogen", "UDMH or Aerozine 50" (versions differed)."""
    return join([kb.propellants[i].name if i in kb.propellants else i for i in ids], "or")


def burns(kb: KnowledgeBase, e: Engine) -> str:
    """ "kerosene (RP-1) with liquid oxygen"."""
    fuel = propellant_names(kb, e.fuel)
    grade = f" ({e.fuel_grade})" if e.fuel_grade else ""
    return f"{fuel}{grade} with {propellant_names(kb, e.oxidizer)}"


def verb(e: Engine, present: str, past: str) -> str:
    """The present tense for an engine still in use or in development, else the past ("was meant to power" for
    a cancelled engine, which never flew)."""
    if e.status == "cancelled" and past == "powered":
        return "was meant to power"
    return present if e.status in ("in-use", "development") else past


def maker(kb: KnowledgeBase, e: Engine, short: bool = False) -> str | None:
    """ "NPO Energomash", "NPO Energomash, built by Kuznetsov Design Bureau" (not ``short``), or the makers in
    words (where the entry gives them and not ``short``); None when no one is recorded."""
    agency = kb.agencies.get(e.builder or "")
    built = kb.agencies.get(e.manufacturer or "")
    if agency is None or (e.makers and not short):  # the makers in words say more: who builds it today
        return e.makers
    return f"{agency.name}, built by {built.name}" if built and not short else agency.name


def thrust(e: Engine) -> str | None:
    """ "6,770 kN (...) at sea level and 7,770 kN (...) in vacuum", or None without a figure."""
    parts = []
    if e.thrust_sl_kn:
        parts.append(f"{kn(e.thrust_sl_kn)} at sea level")
    if e.thrust_vac_kn:
        parts.append(f"{kn(e.thrust_vac_kn)} in vacuum")
    return join(parts) if parts else None


def cycle(e: Engine) -> str | None:
    return CYCLES.get(e.cycle or "")


def first_flight(e: Engine) -> str | None:
    from askspace.compose import day

    if e.first_flight:
        return day(e.first_flight)
    return str(e.first_flight_year) if e.first_flight_year else None


def stage_text(kb: KnowledgeBase, use: Use, with_rocket: bool = True) -> str:
    """ "the Saturn V's first stage, S-IC (five engines)" or, without the rocket, "first stage, S-IC"."""
    where = "strap-on boosters" if use.stage == "boosters" else f"{use.stage} stage"
    named = f", {use.stage_name}" if use.stage_name else ""
    if not with_rocket:
        return f"{where}{named}"
    rocket = kb.rockets[use.rocket].name if use.rocket in kb.rockets else use.rocket
    return f"the {rocket}'s {where}{named} ({number_word(use.number)} {'engine' if use.number == 1 else 'engines'})"


def used_on(kb: KnowledgeBase, e: Engine) -> str | None:
    """Every stage the engine powers, then the vehicles that are no rocket entries: None when it flew on none."""
    parts = [stage_text(kb, u) for u in e.used_on] + list(e.also_used_on)
    return join(parts, "and") if parts else None


def status(kb: KnowledgeBase, e: Engine) -> str:
    """ "still in use (in my records to 31 December 2025)", "retired (since 1973)", ..."""
    from askspace.compose import day

    if e.status == "in-use":
        return f"still in use in my records, which end on {day(kb.as_of)}"
    if e.status == "development":
        return f"still in development and flight tests in my records, which end on {day(kb.as_of)}"
    if e.status == "cancelled":
        return "cancelled: it never flew"
    return f"retired{f' (its last use in {e.status_year})' if e.status_year else ''}"


def cite(e: Engine, citations: Citations) -> str:
    return "".join(citations.add(s) for s in e.sources)
