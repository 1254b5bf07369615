"""Turning the Astronaut database's names into display names, aliases and ids."""

from __future__ import annotations

import re
import unicodedata

SUFFIXES = ("Jr.", "Sr.", "II", "III", "IV")
SURNAME_FIRST = ("china", "south-korea", "vietnam")  # names written surname first in English too


def parts(raw: str) -> tuple[str, str, str]:
    """(given names, surname, suffix) of ``"Glenn, John H., Jr."``; a name without a comma is kept whole."""
    bits = [b.strip() for b in re.sub(r"\s*\([^)]*\)", "", raw).split(",")]
    if len(bits) == 1:
        return "", bits[0], ""
    given, suffix = bits[1], bits[2] if len(bits) > 2 else ""
    first, _, rest = given.partition(" ")
    if first in SUFFIXES and rest:  # "Duke, Jr. Charles Moss"
        given, suffix = rest, first
    return given, bits[0], suffix


def forms(raw: str, state: str) -> tuple[str, str]:
    """(the short display name, the full name): ``("John Glenn", "John H. Glenn Jr.")``."""
    given, surname, suffix = parts(raw)
    if not given:
        return surname, surname
    if state in SURNAME_FIRST:
        return f"{surname} {given}", f"{surname} {given}"
    words = given.split()
    first = next((w for w in words if not re.fullmatch(r"[A-Z]\.", w)), words[0])
    short = f"{first} {surname}"
    full = " ".join(x for x in (given, surname, suffix) if x)
    return short, full


def native(original: str, name: str) -> str | None:
    """The original-script name with shouted surnames in title case ("ГАГАРИН" -> "Гагарин"), if it differs."""
    text = " ".join(w.title() if w.isupper() and len(w) > 1 else w for w in original.split())
    if not text or "," in text or text.casefold() in (name.casefold(), "na"):
        return None
    return text


def slug(name: str) -> str:
    """An id from a name: ``"Jean-Loup Chrétien"`` -> ``"jean-loup-chretien"``."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.casefold()).strip("-")


def clock(hours: float) -> str:
    """A duration in the knowledge files' format: ``1.77`` -> ``"1h 46m"``, ``437.5*24`` -> ``"437d 12h"``."""
    minutes = round(hours * 60)
    days, rest = divmod(minutes, 1440)
    h, m = divmod(rest, 60)
    text = " ".join(f"{n}{u}" for n, u in ((days, "d"), (h, "h"), (m, "m")) if n)
    return text or "0m"
