"""The five seed articles: exactly the claims a careful reader finds."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from processors.claims import extract_claims
from salvo.schemas import BarrageClaim, ClaimScope, Qualifier
from tests.conftest import shared_path

PUBLISHED = date(2025, 7, 10)  # seeds without a date line


def _seed(prefix: str) -> str:
    seeds = shared_path("seeds")
    path = next(Path(seeds).glob(f"{prefix}_*.txt"), None)
    if path is None:
        pytest.skip(f"seed {prefix} not found in {seeds}")
    return path.read_text(encoding="utf-8")


def _by_total(claims: list[BarrageClaim]) -> dict[int | None, BarrageClaim]:
    return {c.launched_total: c for c in claims}


def test_seed_000_uses_the_date_line_and_finds_415_and_the_record_741() -> None:
    text = _seed("000")
    claims = extract_claims(text)  # published comes from "date 2025-07-11"
    assert sorted(c.launched_total or 0 for c in claims) == [415, 741]
    got = _by_total(claims)
    assert got[415].event_date == date(2025, 7, 10)
    assert got[415].attributed_to == "air force"
    assert got[415].qualifier is Qualifier.EXACT
    assert not got[415].is_record_claim
    assert got[741].event_date == date(2025, 7, 9)
    assert got[741].is_record_claim
    for claim in claims:
        assert claim.direction == "RU->UA"
        assert claim.scope is ClaimScope.NATIONAL
        ev = claim.evidence[0]
        assert text[ev.start : ev.end] == ev.text
        assert str(claim.launched_total) in ev.text


def test_seed_001_president_figure_is_some_18_missiles_and_more_than_400_drones() -> None:
    claims = extract_claims(_seed("001"), PUBLISHED)
    got = _by_total(claims)
    assert set(got) == {418, 741}
    zelensky = got[418]
    assert (zelensky.drones, zelensky.missiles) == (400, 18)
    assert zelensky.qualifier is Qualifier.ABOUT  # the weaker of "some" and "more than"
    assert zelensky.attributed_to == "president"
    assert zelensky.event_date == date(2025, 7, 10)
    assert got[741].event_date == date(2025, 7, 9)
    assert got[741].is_record_claim


def test_seed_002_money_and_casualties_are_not_claims() -> None:
    claims = extract_claims(_seed("002"), PUBLISHED)
    assert len(claims) == 1
    claim = claims[0]
    assert (claim.launched_total, claim.drones, claim.missiles) == (418, 400, 18)
    assert claim.qualifier is Qualifier.ABOUT
    assert claim.event_date == date(2025, 7, 10)


def test_seed_003_hundreds_only_gives_no_number() -> None:
    claims = extract_claims(_seed("003"), PUBLISHED)
    assert all(c.launched_total is None for c in claims)
    assert all(c.qualifier is Qualifier.VAGUE for c in claims)
    assert len(claims) <= 1


def test_seed_004_more_than_400_and_the_unprecedented_741_the_night_before() -> None:
    claims = extract_claims(_seed("004"), PUBLISHED)
    got = _by_total(claims)
    assert set(got) == {400, 741}  # the summary box repeats 400: one claim; 70,000 missing: none
    city = got[400]
    assert city.qualifier is Qualifier.MORE_THAN
    assert city.attributed_to == "city officials"
    assert city.event_date == date(2025, 7, 10)
    # Decision: the Kyiv figure is the only figure for that night, so it sizes the attack.
    assert city.scope is ClaimScope.NATIONAL
    record = got[741]
    assert (record.drones, record.missiles) == (728, 13)
    assert record.is_record_claim
    assert record.event_date == date(2025, 7, 9)
    assert record.attributed_to == "air force"


def test_seed_000_with_a_title_before_its_date_line() -> None:
    """As the stage sees it: title, blank line, then the "date 2025-07-11" line."""
    text = "Seed report 000\n\n" + _seed("000").strip()
    claims = extract_claims(text, date(2025, 7, 11))
    assert {(c.launched_total, c.event_date) for c in claims} == {
        (415, date(2025, 7, 10)),
        (741, date(2025, 7, 9)),
    }
