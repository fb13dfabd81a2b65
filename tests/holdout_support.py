"""Shared checks for the held-out claim sets (tests/data/claims_holdout*)."""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from processors.claims import get_extractor
from processors.claims.evaluate import FIELDS, Report, load_corpus

DIRECTIONS = {"RU->UA", "UA->RU"}
QUALIFIERS = {"exact", "at_least", "more_than", "about", "up_to", "vague"}
SCOPES = {"national", "local", "period"}
KEY_FIELDS = ("direction", "event_date", "launched_total")
FIRST_DAY, LAST_DAY = date(2022, 1, 1), date(2026, 12, 31)


@dataclass(frozen=True)
class HoldoutSet:
    """One held-out set and the bounds tuning left it at (regression guards, not estimates)."""

    name: str
    corpus: Path
    min_rows: int  # passages (and passages the evaluator must read)
    min_urls: int  # distinct articles
    min_negatives: int  # passages with no claim
    key_f1_floor: float  # just under the score after tuning on the set
    leaks_ceiling: int  # records-feed leaks after tuning


def read_rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def check_rows(rows: list[dict[str, Any]], *, min_rows: int, min_urls: int) -> None:
    """Every passage and label is well formed and uses the corpus vocabulary."""
    assert len(rows) >= min_rows
    assert len({row["id"] for row in rows}) == len(rows)
    assert len({row["url"] for row in rows}) >= min_urls
    for row in rows:
        assert row["url"].startswith(("http://", "https://")), row["id"]
        assert row["outlet"] and row["text"].strip(), row["id"]
        if row["published"] is not None:
            assert FIRST_DAY <= date.fromisoformat(row["published"]) <= LAST_DAY, row["id"]
        for claim in row["claims"]:
            assert set(KEY_FIELDS) <= claim.keys(), row["id"]
            assert set(claim) <= set(FIELDS), row["id"]
            assert re.fullmatch(r"[A-Z]{2}->[A-Z]{2}", claim["direction"]), row["id"]
            assert claim.get("qualifier", "exact") in QUALIFIERS, row["id"]
            assert claim.get("scope", "national") in SCOPES, row["id"]
            if claim["event_date"] is not None:
                date.fromisoformat(claim["event_date"])
            if claim.get("scope") == "period":
                assert claim["event_date"] is None, row["id"]


def check_coverage(rows: list[dict[str, Any]], *, min_negatives: int) -> None:
    """Hard negatives, every scope, and both main directions are present."""
    assert sum(1 for row in rows if not row["claims"]) >= min_negatives
    scopes = {claim["scope"] for row in rows for claim in row["claims"] if "scope" in claim}
    assert scopes == SCOPES
    directions = {claim["direction"] for row in rows for claim in row["claims"]}
    assert directions >= DIRECTIONS


def print_field_scores(report: Report, rows: list[dict[str, Any]]) -> None:
    """Per-field figures, for the fields this set labels (others are not scored)."""
    labelled = {name for row in rows for claim in row["claims"] for name in claim}
    for name, score in report.fields.items():
        if name in labelled:
            print(f"  {name:<16} P {score.precision:.3f}  R {score.recall:.3f}  F1 {score.f1:.3f}")


def check_independent(corpus: Path, rows: list[dict[str, Any]]) -> None:
    """No article of this set appears in any other held-out set."""
    paths = sorted(corpus.parents[1].glob("claims_holdout*/passages.jsonl"))
    others = {row["url"] for path in paths if path != corpus for row in read_rows(path)}
    shared = {row["url"] for row in rows} & others
    assert not shared, f"articles reused from an earlier held-out set: {sorted(shared)}"


def check_bounds(
    report: Report, name: str, *, min_passages: int, key_f1_floor: float, leaks_ceiling: int
) -> None:
    """The set's key F1 and records-feed leaks stay where tuning left them."""
    assert report.passages >= min_passages
    errors = "\n".join(report.errors[:40])
    assert report.key.f1 >= key_f1_floor, (
        f"{name} key F1 {report.key.f1:.3f} < {key_f1_floor}:\n{errors}"
    )
    assert report.leaks <= leaks_ceiling, f"{report.leaks} records-feed leaks (>{leaks_ceiling})"


def records_view(corpus: Path) -> Counter[str]:
    """What the records stage sees: national claims with a total, matched on the key."""
    extractor = get_extractor("rules")
    counts = Counter[str]()
    for passage in load_corpus(corpus):
        predicted = [
            json.loads(claim.model_dump_json())
            for claim in extractor.extract(passage.text, passage.published)
        ]
        got = Counter(_national_key(c) for c in predicted if _feeds_records(c))
        want = Counter(_national_key(c) for c in passage.claims if _feeds_records(c))
        tp = sum((got & want).values())
        counts["tp"] += tp
        counts["fp"] += sum(got.values()) - tp
        counts["fn"] += sum(want.values()) - tp
    return counts


def _feeds_records(claim: dict[str, Any]) -> bool:
    # an unscored scope (left out of a label) counts as national: it is how the text tells it
    return claim.get("scope", "national") == "national" and claim["launched_total"] is not None


def _national_key(claim: dict[str, Any]) -> tuple[Any, ...]:
    return (claim["direction"], claim["event_date"], claim["launched_total"])
