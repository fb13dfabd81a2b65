"""Third held-out evaluation of the claim extractor: fresh real-news passages, first contact.

`tests/data/claims_holdout3/passages.jsonl` was built after sets 1 and 2 had both been tuned on,
from DIFFERENT real articles (no URL shared with tests/data/claims_holdout*/), 2022-2026, many
outlets, labelled by hand and committed (949d915) before the extractor was run on it. Its
first-contact figures (key F1 0.800) are the honest estimate for unseen news at that point;
the failure report is docs/claims/holdout3-first-contact.md. AFTER first contact, set 3 WAS TUNED
ON (general rules for its failure classes, written into the dev corpus as k3-* passages;
labels untouched except three documented convention fixes), so it is no longer held-out. The
floor and ceiling below guard against regressions only.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from processors.claims.evaluate import Report, evaluate, format_report, load_corpus
from tests.holdout_support import check_coverage, check_rows, print_field_scores, read_rows

HERE = Path(__file__).parent / "data"
HOLDOUT3 = HERE / "claims_holdout3" / "passages.jsonl"
EARLIER = (HERE / "claims_holdout" / "passages.jsonl", HERE / "claims_holdout2" / "passages.jsonl")

# Key = (direction, event_date, launched_total). First contact at ee1e5a2 (extractor) on the set
# committed at 949d915: P 0.828, R 0.774, F1 0.800. After tuning (f6e8f30): P 0.952, R 0.940,
# F1 0.946. The floor sits just under the tuned score.
KEY_F1_FLOOR = 0.93
# Period/non-claim figures that reach the records stage as single attacks at first contact: 3,
# then 2 once three ministry "past day" labels followed the dev corpus convention (a General
# Staff "84 missile and air strikes", a daily General Staff tally); 0 after tuning: it must
# stay 0.
LEAKS_CEILING = 0


@pytest.fixture(scope="module")
def report() -> Report:
    result = evaluate(load_corpus(HOLDOUT3))
    print("\nheld-out set 3 (fresh real-news passages):\n" + format_report(result))
    return result


def test_holdout3_rows_are_well_formed() -> None:
    rows = read_rows(HOLDOUT3)
    check_rows(rows, min_rows=80, min_urls=80)
    for row in rows:
        if row["published"] is not None:
            assert date(2022, 1, 1) <= date.fromisoformat(row["published"]) <= date(2026, 12, 31)


def test_holdout3_is_independent_of_the_earlier_sets() -> None:
    earlier = {row["url"] for path in EARLIER if path.exists() for row in read_rows(path)}
    if not earlier:
        pytest.skip("earlier held-out sets absent: nothing to compare against")
    shared = {row["url"] for row in read_rows(HOLDOUT3)} & earlier
    assert not shared, f"articles reused from an earlier held-out set: {sorted(shared)}"


def test_holdout3_has_hard_negatives_and_every_scope() -> None:
    check_coverage(read_rows(HOLDOUT3), min_negatives=10)


def test_key_f1_on_holdout3_stays_above_floor(report: Report) -> None:
    print_field_scores(report, read_rows(HOLDOUT3))
    assert report.passages >= 80
    assert report.key.f1 >= KEY_F1_FLOOR, (
        f"held-out-3 key F1 {report.key.f1:.3f} fell under {KEY_F1_FLOOR}:\n"
        + "\n".join(report.errors[:40])
    )


def test_records_feed_leaks_on_holdout3_do_not_grow(report: Report) -> None:
    assert report.leaks <= LEAKS_CEILING, (
        f"{report.leaks} period/non-claim figures reach the records stage as single attacks "
        f"(ceiling {LEAKS_CEILING})"
    )
