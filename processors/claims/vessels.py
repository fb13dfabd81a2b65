"""Drones that are boats: a figure the article elsewhere names as sea drones is no barrage.

"Black Sea Fleet ships destroyed two Ukrainian drones" in a headline, then "two unmanned
Ukrainian naval drones" in the body: the headline's bare figure counts the same boats. The
naval figure itself never becomes a mention (`mentions`); this drops the plain-worded repeats
of it (a drone-only figure of the same value), wherever they stand in the article.
"""

from __future__ import annotations

from processors.claims.draft import Draft
from processors.claims.fastre import ci
from processors.claims.numbers import find_numbers

# Cheap test first: most articles name no vessel at all.
_WORDS = ("naval", "maritime", "sea drone", "boat", "vessel", "surface drone", "underwater")
_NAVAL_FIGURE = ci(
    r"\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen)"
    r"\s+(?:[\w’'-]+\s+){0,3}?(?:(?:sea|naval|maritime|surface|underwater|waterborne)\s+"
    r"(?:attack\s+)?drones?|(?:drone|unmanned)[\s-]+(?:surface\s+)?(?:boats?|vessels?))\b"
)


def naval_values(low: str) -> frozenset[int]:
    """Figures the lower-cased article gives for sea drones and drone boats."""
    if not any(w in low for w in _WORDS):
        return frozenset()
    values = set()
    for m in _NAVAL_FIGURE.finditer(low):
        numbers = find_numbers(m.group(0), qualify=False)
        if numbers and numbers[0].value:
            values.add(numbers[0].value)
    return frozenset(values)


def drop_naval_repeats(drafts: list[Draft], low: str) -> list[Draft]:
    """Drone-only figures that repeat a sea-drone figure of the article are the same boats
    (not a region's figure: "six over the Belgorod Region" beside "six drone boats")."""
    values = naval_values(low)
    if not values:
        return drafts
    return [
        d
        for d in drafts
        if d.location or not (d.missiles is None and d.total in values and d.drones == d.total)
    ]
