"""Claim extraction: every barrage-size claim in a news text, with its evidence.

    >>> from processors.claims import extract_claims
    >>> claims = extract_claims(text, published=date(2025, 7, 10))

Extractors are pluggable: `get_extractor(name)` returns the built-in "rules"
extractor or one registered by another package under the entry-point group
`salvo.claim_extractors` (a zero-argument factory returning a `ClaimExtractor`).
"""

from __future__ import annotations

from datetime import date
from importlib.metadata import entry_points
from typing import Protocol, runtime_checkable

from salvo.schemas import BarrageClaim

ENTRY_POINT_GROUP = "salvo.claim_extractors"


@runtime_checkable
class ClaimExtractor(Protocol):
    """Anything that turns an article's text into barrage claims."""

    name: str

    def extract(self, text: str, published: date | None) -> list[BarrageClaim]: ...


def available_extractors() -> list[str]:
    return sorted({"rules", *(ep.name for ep in entry_points(group=ENTRY_POINT_GROUP))})


def get_extractor(name: str = "rules") -> ClaimExtractor:
    """The extractor called `name`; ValueError naming the choices if unknown."""
    if name == "rules":
        from processors.claims.rules import RuleExtractor

        return RuleExtractor()
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        if ep.name == name:
            extractor = ep.load()()
            if not isinstance(extractor, ClaimExtractor):
                raise TypeError(f"extractor {name!r} does not implement ClaimExtractor")
            return extractor
    raise ValueError(
        f"unknown claim extractor {name!r}; choose from {', '.join(available_extractors())}"
    )


def extract_claims(text: str, published: date | None = None) -> list[BarrageClaim]:
    """Claims found by the default rule extractor (no ids; the stage adds them)."""
    from processors.claims.rules import RuleExtractor

    return RuleExtractor().extract(text, published)


__all__ = [
    "ENTRY_POINT_GROUP",
    "ClaimExtractor",
    "available_extractors",
    "extract_claims",
    "get_extractor",
]
