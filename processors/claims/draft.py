"""A claim while the article is being read: figures, context and evidence so far."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from processors.claims.sentences import Sentence
from salvo.schemas import BarrageClaim, ClaimScope, Evidence, Qualifier

# Weaker qualifiers last: a sum is only as certain as its least certain part.
_STRENGTH = [
    Qualifier.EXACT,
    Qualifier.MORE_THAN,
    Qualifier.AT_LEAST,
    Qualifier.ABOUT,
    Qualifier.UP_TO,
    Qualifier.VAGUE,
]


_ANOTHER = re.compile(r"\b(?:another|a\s+second|one\s+more)\b", re.I)


def weakest(qualifiers: list[Qualifier]) -> Qualifier:
    return max(qualifiers, key=_STRENGTH.index) if qualifiers else Qualifier.EXACT


@dataclass
class Draft:
    """A claim while the article is being read; becomes a BarrageClaim at the end."""

    direction: str
    direction_stated: bool
    event_date: date | None
    date_stated: bool
    total: int | None
    drones: int | None
    missiles: int | None
    breakdown: dict[str, int]
    qualifier: Qualifier
    record: bool
    source: str | None
    location: str | None
    period: bool
    sentences: list[Sentence]
    intercepted: int | None = None
    intercept_index: int = -1  # the later sentence that gave `intercepted`, if any
    categories: set[str] = field(default_factory=set)
    has_total_mention: bool = False
    position: int = 0
    derived: bool = False  # launch figure inferred from "all N … were shot down"
    daytime: bool = False  # a separately reported daytime wave
    kinds: frozenset[str] = frozenset()  # the kinds named in a one-figure claim ("Kinzhal")

    def another(self) -> bool:
        """The figure is "another" one ("Another drone was destroyed …"; the word may be the
        figure itself)."""
        s = self.sentences[0]
        return bool(_ANOTHER.search(s.text, 0, max(0, self.position - s.start + 10)))

    def to_claim(self, scope: ClaimScope) -> BarrageClaim:
        confidence = 0.9
        if self.event_date is None:
            confidence -= 0.25
        if not self.date_stated:
            confidence -= 0.1
        if self.qualifier is Qualifier.VAGUE:
            confidence -= 0.2
        if not self.direction_stated:
            confidence -= 0.05
        if self.source is None:
            confidence -= 0.05
        return BarrageClaim(
            direction=self.direction,
            event_date=None if scope is ClaimScope.PERIOD else self.event_date,
            daytime=self.daytime and scope is not ClaimScope.PERIOD,
            launched_total=self.total,
            drones=self.drones,
            missiles=self.missiles,
            breakdown=dict(sorted(self.breakdown.items())),
            qualifier=self.qualifier,
            is_record_claim=self.record,
            attributed_to=self.source,
            intercepted=self.intercepted,
            scope=scope,
            location=self.location if scope is ClaimScope.LOCAL else None,
            evidence=[Evidence(text=s.text, start=s.start, end=s.end) for s in self.sentences],
            extractor="rules",
            confidence=round(max(confidence, 0.1), 2),
        )
