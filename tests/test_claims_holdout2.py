"""Second held-out evaluation of the claim extractor: fresh real-news passages, first contact.

`tests/data/claims_holdout2/passages.jsonl` was built after the first held-out set had been used
for tuning, from DIFFERENT real articles (no URL shared with tests/data/claims_holdout/), 2022-2026,
many outlets, labelled by hand and committed (5d320d4) before the extractor was run on it. Its
first-contact figures (key F1 0.726) are the honest estimate for unseen news. AFTER first
contact, set 2 WAS TUNED ON: a bounded pass fixed the general mechanisms behind its failure
report (labels untouched), so it is no longer held-out; build a third set for the next honest
estimate. The floor and ceiling below guard against regressions only.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from processors.claims import get_extractor
from processors.claims.evaluate import Report, evaluate, format_report, load_corpus
from tests.holdout_support import check_coverage, check_rows, print_field_scores, read_rows

HERE = Path(__file__).parent / "data"
HOLDOUT2 = HERE / "claims_holdout2" / "passages.jsonl"
HOLDOUT1 = HERE / "claims_holdout" / "passages.jsonl"

# Key = (direction, event_date, launched_total). First contact at 145d766 (extractor) on the set
# committed at 5d320d4: P 0.790, R 0.671, F1 0.726. Set 2 was then tuned on (after that first
# contact): P 0.948, R 0.907, F1 0.927. The floor sits just under the tuned score.
KEY_F1_FLOOR = 0.92
# Period/non-claim figures that reach the records stage as single attacks: 1 at first contact
# (a "since December 29" five-day tally emitted as a national attack dated 2023-12-29), 0 after
# tuning ("since <date>" with a tally is a period): it must stay 0.
LEAKS_CEILING = 0


@pytest.fixture(scope="module")
def report() -> Report:
    result = evaluate(load_corpus(HOLDOUT2))
    print("\nheld-out set 2 (fresh real-news passages):\n" + format_report(result))
    return result


def test_holdout2_rows_are_well_formed() -> None:
    rows = read_rows(HOLDOUT2)
    check_rows(rows, min_rows=70, min_urls=50)
    for row in rows:
        if row["published"] is not None:
            assert date(2022, 1, 1) <= date.fromisoformat(row["published"]) <= date(2026, 12, 31)


def test_holdout2_is_independent_of_the_first_set() -> None:
    if not HOLDOUT1.exists():
        pytest.skip("first held-out set absent: nothing to compare against")
    first = {row["url"] for row in read_rows(HOLDOUT1)}
    shared = {row["url"] for row in read_rows(HOLDOUT2)} & first
    assert not shared, f"articles reused from the first held-out set: {sorted(shared)}"


def test_holdout2_has_hard_negatives_and_every_scope() -> None:
    check_coverage(read_rows(HOLDOUT2), min_negatives=8)


def test_key_f1_on_holdout2_stays_above_floor(report: Report) -> None:
    print_field_scores(report, read_rows(HOLDOUT2))
    assert report.passages >= 70
    assert report.key.f1 >= KEY_F1_FLOOR, (
        f"held-out-2 key F1 {report.key.f1:.3f} fell under {KEY_F1_FLOOR}:\n"
        + "\n".join(report.errors[:40])
    )


def test_records_feed_leaks_on_holdout2_do_not_grow(report: Report) -> None:
    assert report.leaks <= LEAKS_CEILING, (
        f"{report.leaks} period/non-claim figures reach the records stage as single attacks "
        f"(ceiling {LEAKS_CEILING}, the first-contact count)"
    )


def test_records_view_figures_are_printed() -> None:
    """What the records stage sees: national claims with a total (key match), dated or not."""
    extractor = get_extractor("rules")
    counts = Counter[str]()
    for passage in load_corpus(HOLDOUT2):
        predicted = [
            json.loads(c.model_dump_json())
            for c in extractor.extract(passage.text, passage.published)
        ]
        got = Counter(_national_key(c) for c in predicted if _feeds_records(c))
        want = Counter(_national_key(c) for c in passage.claims if _feeds_records(c))
        tp = sum((got & want).values())
        counts["tp"] += tp
        counts["fp"] += sum(got.values()) - tp
        counts["fn"] += sum(want.values()) - tp
    precision = counts["tp"] / max(1, counts["tp"] + counts["fp"])
    recall = counts["tp"] / max(1, counts["tp"] + counts["fn"])
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(
        "\nrecords view (national claims with a total): "
        f"P {precision:.3f} R {recall:.3f} F1 {f1:.3f} {dict(counts)}"
    )
    assert counts["tp"] + counts["fn"] > 0


def _feeds_records(claim: dict[str, Any]) -> bool:
    # an unscored scope (left out of a label) counts as national: it is how the text tells it
    return claim.get("scope", "national") == "national" and claim["launched_total"] is not None


def _national_key(claim: dict[str, Any]) -> tuple[Any, ...]:
    return (claim["direction"], claim["event_date"], claim["launched_total"])
