"""Held-out evaluation of the claim extractor on real-news passages.

`tests/data/claims_holdout/passages.jsonl` was built independently of the extractor's
development corpus: passages lightly paraphrased from real articles (2022-2026, many
outlets; URL and published date on each row), labelled by hand before the extractor's
output was looked at. Its figures estimate how the extractor does on unseen news: fix the
patterns it reveals (/work/briefs/HOLDOUT_REPORT.md), not single passages, and add fresh
real-news passages once rules have been changed in response to it. The floor and ceiling
below guard against regressions only.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from processors.claims.evaluate import FIELDS, Report, evaluate, format_report, load_corpus

HOLDOUT = Path(__file__).parent / "data" / "claims_holdout" / "passages.jsonl"

# Key = (direction, event_date, launched_total). Key F1 was 0.715 before the extractor was tuned on
# this set (2e98a67: the honest held-out figure), 0.777 at cf93dbf before the second pass on its
# failure report, 0.922 at 7bf629d, 0.983 at 0a224bc and 0.986 at 145d766 when this floor was set.
# The set has now been used for tuning twice: the figure is an upper bound, not an estimate for
# unseen news.
KEY_F1_FLOOR = 0.98
# Period tallies or non-claims emitted as single national attacks (they can fire false record
# alerts): 6 at 2e98a67, 0 at d40cfb2 when this ceiling was set.
LEAKS_CEILING = 0
DIRECTIONS = {"RU->UA", "UA->RU"}
QUALIFIERS = {"exact", "at_least", "more_than", "about", "up_to", "vague"}
SCOPES = {"national", "local", "period"}
KEY_FIELDS = ("direction", "event_date", "launched_total")


@pytest.fixture(scope="module")
def report() -> Report:
    result = evaluate(load_corpus(HOLDOUT))
    print("\nheld-out set (real-news passages):\n" + format_report(result))
    return result


def test_holdout_rows_are_well_formed() -> None:
    rows = [json.loads(line) for line in HOLDOUT.read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 100
    assert len({row["id"] for row in rows}) == len(rows)
    assert len({row["url"] for row in rows}) >= 40
    for row in rows:
        assert row["url"].startswith(("http://", "https://")), row["id"]
        assert row["outlet"] and row["text"].strip(), row["id"]
        if row["published"] is not None:
            date.fromisoformat(row["published"])
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


def test_holdout_has_hard_negatives_and_every_scope() -> None:
    rows = [json.loads(line) for line in HOLDOUT.read_text(encoding="utf-8").splitlines()]
    assert sum(1 for row in rows if not row["claims"]) >= 10
    scopes = {claim["scope"] for row in rows for claim in row["claims"] if "scope" in claim}
    assert scopes == SCOPES
    directions = {claim["direction"] for row in rows for claim in row["claims"]}
    assert directions >= DIRECTIONS


def test_key_f1_on_holdout_stays_above_floor(report: Report) -> None:
    rows = [json.loads(line) for line in HOLDOUT.read_text(encoding="utf-8").splitlines()]
    labelled = {name for row in rows for claim in row["claims"] for name in claim}
    for name, score in report.fields.items():
        if name not in labelled:  # e.g. daytime: not labelled in this set, so not scored
            continue
        print(f"  {name:<16} P {score.precision:.3f}  R {score.recall:.3f}  F1 {score.f1:.3f}")
    assert report.passages >= 100
    assert report.key.f1 >= KEY_F1_FLOOR, (
        f"held-out key F1 {report.key.f1:.3f} fell under {KEY_F1_FLOOR}:\n"
        + "\n".join(report.errors[:40])
    )


def test_records_feed_leaks_on_holdout_do_not_grow(report: Report) -> None:
    assert report.leaks <= LEAKS_CEILING, (
        f"{report.leaks} period/non-claim figures reach the records stage as single attacks "
        f"(ceiling {LEAKS_CEILING})"
    )
