"""Attack history: read the Air Force attack table, group its rows into attacks, seed the store.

The table has one row per weapon model *and report*; rows of one report often
carry different time windows. Grouping (see docs/records.md):

1. Regional air commands' rows (PvKPivden, pvkshid, PvkZahid, PvkCenter) are their
   own smaller tallies, never added to the national report (741 would become 742).
2. A report is the rows of one source post with one end date (the same post id is
   sometimes pasted onto the next day's rows: the end date keeps them apart).
3. Reports of one end date whose timed windows overlap are one attack.
4. An attack whose rows all start and end on the end date, at 06:00 or later, is a
   daytime wave; anything else (overnight, or times not given) is the night's attack.
   The event model has one night attack and one daytime wave per date: attacks that
   share both are summed.
"""

from __future__ import annotations

import csv
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from processors.records.classes import WeaponClasses
from processors.records.events import HISTORY_EXTRACTOR
from processors.records.stage import RecordsEngine
from salvo.schemas import BarrageClaim, ClaimScope, Evidence, Qualifier, stable_id
from salvo.store import Database

REGIONAL_ACCOUNTS = frozenset({"pvkpivden", "pvkshid", "pvkzahid", "pvkcenter"})
HISTORY_OUTLET = "Air Force attack table"
HISTORY_ATTRIBUTION = "Ukrainian Air Force"
DAYTIME_FROM = time(6, 0)
REQUIRED_COLUMNS = frozenset({"time_start", "time_end", "model", "launched", "source"})


@dataclass(frozen=True)
class HistoricalAttack:
    """One attack from the history: sizes as the Air Force reported them."""

    direction: str
    event_date: date
    total: int
    drones: int
    missiles: int
    source: str  # the report(s) it came from, e.g. "kpszsu/posts/…"
    breakdown: dict[str, int] = field(default_factory=dict)
    daytime: bool = False
    window_start: datetime | None = None
    window_end: datetime | None = None

    def to_claim(self, extractor: str = HISTORY_EXTRACTOR) -> BarrageClaim:
        """The attack as an official, exact claim: history and news go through one path.

        As history (the default) it is known, never news; the replay streams it as news.
        """
        window = ""
        if self.window_start and self.window_end:
            window = f" from {self.window_start:%Y-%m-%d %H:%M} to {self.window_end:%Y-%m-%d %H:%M}"
        text = (
            f"{HISTORY_ATTRIBUTION}: {self.total} launched ({self.drones} drones, "
            f"{self.missiles} missiles){window}; report {self.source}"
        )
        first = self.source.split(" ")[0]
        url = first if first.startswith("http") else f"https://www.facebook.com/{first}"
        return BarrageClaim(
            claim_id=stable_id(
                "hist", self.direction, self.event_date.isoformat(), self.daytime, self.source
            ),
            article_id=stable_id("hist-art", self.source, self.event_date.isoformat()),
            article_url=url,
            source=HISTORY_OUTLET,
            article_title=f"Air Force report of {self.event_date.isoformat()}",
            published=self.event_date,
            direction=self.direction,
            event_date=self.event_date,
            daytime=self.daytime,
            launched_total=self.total,
            drones=self.drones,
            missiles=self.missiles,
            breakdown=dict(self.breakdown),
            qualifier=Qualifier.EXACT,
            attributed_to=HISTORY_ATTRIBUTION,
            scope=ClaimScope.NATIONAL,
            evidence=[Evidence(text=text, start=0, end=len(text))],
            extractor=extractor,
            confidence=1.0,
        )


# --------------------------------------------------------------------------- CSV rows


@dataclass(frozen=True)
class _Row:
    start: datetime | None  # None: not given
    end: datetime
    end_timed: bool
    model: str
    launched: int
    post: str


def _parse_time(value: str) -> tuple[datetime, bool] | None:
    """'2025-03-06 21:00 ', '2023-05-16 3:30' or '2024-05-16' → (datetime, has_time)."""
    value = value.strip()
    if not value:
        return None
    if len(value) <= 10:
        return datetime.strptime(value, "%Y-%m-%d"), False
    return datetime.strptime(value, "%Y-%m-%d %H:%M"), True


def account_of(source: str) -> str:
    """'kpszsu/posts/…', 'https://t.me/kpszsu/123' → 'kpszsu'."""
    s = re.sub(r"^https?://(www\.)?", "", source.strip())
    s = re.sub(r"^(facebook\.com|t\.me)/", "", s)
    return s.split("/")[0]


def _launched(value: str) -> int | None:
    value = value.strip()
    if not value:
        return None
    number = float(value)
    return None if math.isnan(number) else round(number)


def read_rows(csv_path: Path) -> Iterator[_Row]:
    """National report rows of the attack table; regional tallies and blanks are skipped."""
    with csv_path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        missing = REQUIRED_COLUMNS - set(reader.fieldnames or ())
        if missing:
            raise ValueError(f"missing column(s) {', '.join(sorted(missing))}")
        for raw in reader:
            post = (raw.get("source") or "").strip()
            if account_of(post).casefold() in REGIONAL_ACCOUNTS:
                continue
            launched = _launched(raw.get("launched") or "")
            end = _parse_time(raw.get("time_end") or "")
            if launched is None or end is None:
                continue
            start = _parse_time(raw.get("time_start") or "")
            yield _Row(
                start=start[0] if start and start[1] else None,
                end=end[0],
                end_timed=end[1],
                model=(raw.get("model") or "").strip(),
                launched=launched,
                post=post,
            )


# --------------------------------------------------------------------------- grouping


def _is_daytime(rows: list[_Row]) -> bool:
    return all(
        r.start is not None
        and r.end_timed
        and r.start.date() == r.end.date()
        and r.start.time() >= DAYTIME_FROM
        for r in rows
    )


def _overlap(a: list[_Row], b: list[_Row]) -> bool:
    def span(rows: list[_Row]) -> tuple[datetime, datetime] | None:
        timed = [r for r in rows if r.start is not None and r.end_timed]
        if not timed:
            return None
        return min(r.start for r in timed if r.start), max(r.end for r in timed)

    sa, sb = span(a), span(b)
    return sa is not None and sb is not None and sa[0] < sb[1] and sb[0] < sa[1]


def group_attacks(
    rows: Iterable[_Row], classes: WeaponClasses, direction: str = "RU->UA"
) -> list[HistoricalAttack]:
    """Rows → reports (post, end date) → attacks (overlapping windows), oldest first."""
    reports: dict[tuple[str, date], list[_Row]] = defaultdict(list)
    for row in rows:
        reports[(row.post, row.end.date())].append(row)
    by_date: dict[date, list[list[_Row]]] = defaultdict(list)
    for (_, day), report in sorted(reports.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        by_date[day].append(report)

    attacks: list[HistoricalAttack] = []
    for day in sorted(by_date):
        merged: list[list[_Row]] = []
        for report in by_date[day]:
            for group in merged:
                if _overlap(group, report):
                    group.extend(report)
                    break
            else:
                merged.append(list(report))
        waves: dict[bool, list[_Row]] = defaultdict(list)
        for group in merged:
            waves[_is_daytime(group)].extend(group)
        for daytime in sorted(waves):
            attacks.append(_attack(direction, day, daytime, waves[daytime], classes))
    return attacks


def _attack(
    direction: str, day: date, daytime: bool, rows: list[_Row], classes: WeaponClasses
) -> HistoricalAttack:
    drones = sum(r.launched for r in rows if classes.is_drone(r.model))
    missiles = sum(r.launched for r in rows if classes.is_missile(r.model))
    breakdown: dict[str, int] = defaultdict(int)
    for r in rows:
        breakdown[classes.kind(r.model)] += r.launched
    starts = [r.start for r in rows if r.start is not None]
    posts = sorted({r.post for r in rows})
    return HistoricalAttack(
        direction=direction,
        event_date=day,
        total=drones + missiles,
        drones=drones,
        missiles=missiles,
        source=" ".join(posts),
        breakdown={k: v for k, v in sorted(breakdown.items()) if v},
        daytime=daytime,
        window_start=min(starts) if starts else None,
        window_end=max(r.end for r in rows),
    )


def read_attacks(csv_path: Path, classes_path: Path | None = None) -> list[HistoricalAttack]:
    """Every attack in the table (oldest first); bombs-only reports are left out."""
    if classes_path is None:
        classes_path = csv_path.with_name("missiles_and_uavs.csv")
    classes = WeaponClasses.load(classes_path)
    return [a for a in group_attacks(read_rows(csv_path), classes) if a.total > 0]


# --------------------------------------------------------------------------- seeding


def seed_history(store: Database, attacks: Iterable[HistoricalAttack]) -> int:
    """Store attacks as history (no alerts); return how many were new."""
    return _seed(RecordsEngine(store, rules=[]), attacks)


def _seed(engine: RecordsEngine, attacks: Iterable[HistoricalAttack]) -> int:
    """New attacks are added; an attack whose figures changed (upstream edits history
    in place) is corrected; an unchanged one is left alone. Returns added + corrected."""
    count = 0
    with engine.store.transaction():  # one commit per batch, not per attack
        for attack in attacks:
            claim = attack.to_claim()
            stored = engine.state.claim(claim.claim_id)
            if stored is None:
                engine.ingest(claim, raise_alerts=False)
                count += 1
            elif _figures(stored) != _figures(claim):
                engine.correct_history(claim)
                count += 1
    return count


def _figures(claim: BarrageClaim) -> tuple[object, ...]:
    return (claim.launched_total, claim.drones, claim.missiles, sorted(claim.breakdown.items()))


def import_history(
    store: Database, csv_path: Path, *, progress: bool = False, batch: int = 200
) -> int:
    """Import the Air Force attack table as record history; return attacks imported."""
    attacks = read_attacks(Path(csv_path))
    engine = RecordsEngine(store, rules=[])
    chunks = [attacks[i : i + batch] for i in range(0, len(attacks), batch)]
    if not progress:
        return sum(_seed(engine, chunk) for chunk in chunks)
    from tqdm import tqdm

    count = 0
    with tqdm(total=len(attacks), unit="attack", desc="importing history") as bar:
        for chunk in chunks:
            count += _seed(engine, chunk)
            bar.update(len(chunk))
    return count
