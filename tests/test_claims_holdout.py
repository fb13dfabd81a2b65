"""Held-out evaluations of the claim extractor on real-news passages: the ten sets.

Each `tests/data/claims_holdout*/passages.jsonl` was built from real English articles (no URL
shared with any other set), labelled by hand and committed before the extractor was first run
on it; that first contact is the honest estimate for unseen news (0.715, 0.726, 0.800, 0.822,
0.742, 0.654, 0.815, 0.710, 0.807, 0.670). Sets 1-9 were then tuned on (general rules for their
failure classes, written into the dev corpus in new words; labels untouched), so they are no
longer held out: their floors sit just under each set's tuned score and guard against
regressions only. Set 10 is not tuned on yet: its floor sits just under its first contact, the
current honest estimate. Failure reports:
docs/claims/holdout*-first-contact.md; history: processors/claims/README.md.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from processors.claims.evaluate import Report, evaluate, format_report, load_corpus
from tests.holdout_support import (
    HoldoutSet,
    check_bounds,
    check_coverage,
    check_independent,
    check_rows,
    print_field_scores,
    read_rows,
    records_view,
)

DATA = Path(__file__).parent / "data"

# Key = (direction, event_date, launched_total). Per set: first contact -> after tuning (commit).
SETS = (
    # 0.715 (2e98a67) -> 0.986 (145d766); leaks 6 -> 0 (d40cfb2)
    HoldoutSet("set 1", DATA / "claims_holdout" / "passages.jsonl", 100, 40, 10, 0.98, 0),
    # 0.726 (145d766, labels 5d320d4) -> 0.927; 1 leak ("since December 29") -> 0
    HoldoutSet("set 2", DATA / "claims_holdout2" / "passages.jsonl", 70, 50, 8, 0.92, 0),
    # 0.800 (ee1e5a2, labels 949d915) -> 0.946 (f6e8f30); leaks 3 -> 0
    HoldoutSet("set 3", DATA / "claims_holdout3" / "passages.jsonl", 80, 80, 10, 0.93, 0),
    # 0.822 (7797a2b, labels 2cedaf2) -> 0.977 (bd6efe9); no leak
    HoldoutSet("set 4", DATA / "claims_holdout4" / "passages.jsonl", 70, 70, 12, 0.96, 0),
    # 0.742 (e848d69, labels b8c7410) -> 0.928 (999601c); leaks 2 -> 1
    HoldoutSet("set 5", DATA / "claims_holdout5" / "passages.jsonl", 75, 75, 15, 0.915, 1),
    # 0.654 (38d2b45) -> 0.952 (51d3acb); leaks 3 -> 1
    HoldoutSet("set 6", DATA / "claims_holdout6" / "passages.jsonl", 70, 70, 15, 0.94, 1),
    # 0.815 (e9746c1, labels 05bd998) -> 0.945 (f577526); no leak
    HoldoutSet("set 7", DATA / "claims_holdout7" / "passages.jsonl", 60, 60, 10, 0.94, 0),
    # 0.710 (3e597ac, labels 4a6566b) -> 0.855 (eighth generalisation pass); leaks 2 -> 0
    HoldoutSet("set 8", DATA / "claims_holdout8" / "passages.jsonl", 60, 60, 15, 0.85, 0),
    # 0.807 (1fa6c09, labels b08f23e) -> 0.944 (ninth generalisation pass); leaks 1 -> 0
    HoldoutSet("set 9", DATA / "claims_holdout9" / "passages.jsonl", 60, 60, 15, 0.94, 0),
    # first contact 0.670 (d7abf94, labels df82476), 2 leaks (a neighbour's count, a warning);
    # not tuned on yet
    HoldoutSet("set 10", DATA / "claims_holdout10" / "passages.jsonl", 60, 60, 15, 0.66, 2),
)
IDS = [spec.name.replace(" ", "") for spec in SETS]


@pytest.fixture(scope="module", params=SETS, ids=IDS)
def scored(request: pytest.FixtureRequest) -> tuple[HoldoutSet, Report]:
    spec: HoldoutSet = request.param
    report = evaluate(load_corpus(spec.corpus))
    print(f"\nheld-out {spec.name} (real-news passages):\n" + format_report(report))
    print_field_scores(report, read_rows(spec.corpus))
    return spec, report


@pytest.mark.parametrize("spec", SETS, ids=IDS)
def test_rows_are_well_formed_independent_and_varied(spec: HoldoutSet) -> None:
    rows = read_rows(spec.corpus)
    check_rows(rows, min_rows=spec.min_rows, min_urls=spec.min_urls)
    check_coverage(rows, min_negatives=spec.min_negatives)
    check_independent(spec.corpus, rows)


def test_key_f1_and_leaks_stay_within_bounds(scored: tuple[HoldoutSet, Report]) -> None:
    spec, report = scored
    check_bounds(
        report,
        spec.name,
        min_passages=spec.min_rows,
        key_f1_floor=spec.key_f1_floor,
        leaks_ceiling=spec.leaks_ceiling,
    )


# Fields read in every alert, where the field pass left them (just under; regression guards):
# location / scope / attributed_to F1 before -> after on sets 7-9 in processors/claims/README.md.
FIELD_FLOORS = {
    "set 7": {"location": 0.865, "scope": 0.855, "attributed_to": 0.79},
    "set 8": {"location": 0.81, "scope": 0.815, "attributed_to": 0.78},
    "set 9": {"location": 0.745, "scope": 0.825, "attributed_to": 0.76},
}


def test_alert_fields_stay_above_their_floors(scored: tuple[HoldoutSet, Report]) -> None:
    spec, report = scored
    for name, floor in FIELD_FLOORS.get(spec.name, {}).items():
        f1 = report.fields[name].f1
        assert f1 >= floor, f"{spec.name} field {name} F1 {f1:.3f} < {floor}"


@pytest.mark.parametrize("spec", SETS, ids=IDS)
def test_records_view_figures_are_printed(spec: HoldoutSet) -> None:
    """What the records stage sees: national claims with a total (key match), dated or not."""
    counts = records_view(spec.corpus)
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    precision, recall = tp / max(1, tp + fp), tp / max(1, tp + fn)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    scores = f"P {precision:.3f} R {recall:.3f} F1 {f1:.3f}"
    print(f"\n{spec.name} records view (national claims with a total): {scores} {dict(counts)}")
    assert tp + fn > 0
