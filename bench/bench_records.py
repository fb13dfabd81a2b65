"""Records stage throughput: claims/s of `RecordsEngine` on SQLite and PostgreSQL.

A stream of 20 nights × 50 outlets (the air force's figure, relays, bounds,
estimates, ceilings and local shares, two upward revisions) after the Air Force
table is imported as history, fed in polled batches as the runner does
(`ingest_batch`), and claim by claim (`ingest`) for comparison.

    .venv/bin/python -m bench.bench_records [--postgres URL] [--batch 100] [--rounds 3]
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from processors.records.history import import_history
from processors.records.stage import RecordsEngine
from salvo.schemas import BarrageClaim, ClaimScope, Evidence, Qualifier
from salvo.settings import RuleConfig
from salvo.store import Database, private_schema

NIGHTS, OUTLETS = 20, 50
FIRST_NIGHT = date(2026, 7, 1)  # after the table ends: every night is news
TABLE = (
    Path(__file__).resolve().parents[2] / "shared/data/air-force-attacks/missile_attacks_daily.csv"
)
RULES = [
    RuleConfig(name="record-total", metric="total"),
    RuleConfig(name="record-drones", metric="drones"),
    RuleConfig(name="big-500", kind="threshold", metric="total", threshold=500),
]


def stream(seed: int = 5) -> list[BarrageClaim]:
    rng = random.Random(seed)
    kinds = [Qualifier.EXACT, Qualifier.MORE_THAN, Qualifier.ABOUT, Qualifier.UP_TO]
    out: list[BarrageClaim] = []
    for n in range(NIGHTS):
        day = FIRST_NIGHT + timedelta(days=n)
        total = 900 if n == 12 else rng.randint(80, 700)
        for k in range(OUTLETS):
            qualifier = Qualifier.EXACT if k < 2 else rng.choice(kinds)
            figure = total if qualifier is Qualifier.EXACT else total - rng.randint(0, 40)
            local = k % 10 == 9
            text = f"Outlet {k}: {figure} drones and missiles"
            out.append(
                BarrageClaim(
                    article_id=f"a{n}-{k}",
                    source=f"Outlet {k}",
                    published=day + timedelta(days=k // 45),
                    event_date=day,
                    launched_total=figure // 10 if local else figure,
                    drones=None if local else figure - 10,
                    qualifier=qualifier,
                    attributed_to="Ukrainian Air Force" if k < 2 else None,
                    scope=ClaimScope.LOCAL if local else ClaimScope.NATIONAL,
                    evidence=[Evidence(text=text, start=0, end=len(text))],
                ).with_id()
            )
    rng.shuffle(out)
    return out


def measure(url: str, claims: list[BarrageClaim], batch: int, table: Path) -> tuple[float, int]:
    store = Database(url)
    import_history(store, table)
    engine = RecordsEngine(store, RULES)
    started = time.perf_counter()
    alerts = 0
    if batch <= 1:
        for claim in claims:
            alerts += len(engine.ingest(claim))
    else:
        for i in range(0, len(claims), batch):
            alerts += sum(len(a) for a in engine.ingest_batch(claims[i : i + batch]))
    seconds = time.perf_counter() - started
    store.close()
    return len(claims) / seconds, alerts


def run(store: str, claims: list[BarrageClaim], batch: int, args: argparse.Namespace) -> float:
    if store == "postgresql":
        with private_schema(args.postgres, "bench") as url:
            return measure(url, claims, batch, args.table)[0]
    with tempfile.TemporaryDirectory() as tmp:
        return measure(f"sqlite:///{tmp}/bench.db", claims, batch, args.table)[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postgres", default="postgresql://127.0.0.1:5432/test")
    parser.add_argument("--batch", type=int, default=100, help="claims per polled batch")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved repetitions")
    parser.add_argument("--stores", default="sqlite,postgresql")
    parser.add_argument("--table", type=Path, default=TABLE, help="the Air Force table (CSV)")
    args = parser.parse_args()
    claims = stream()
    rates: dict[tuple[str, int], list[float]] = {}
    for _ in range(args.rounds):  # interleaved, so a busy moment hits every variant
        for store in args.stores.split(","):
            for batch in sorted({1, args.batch}):
                rates.setdefault((store, batch), []).append(run(store, claims, batch, args))
    for (store, batch), values in rates.items():
        print(
            f"{store:<11} batch {batch:>4}: median {statistics.median(values):6.0f} claims/s"
            f" (min {min(values):.0f}, max {max(values):.0f})"
        )


if __name__ == "__main__":
    main()
