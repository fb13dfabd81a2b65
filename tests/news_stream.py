"""A synthetic news stream for the services tests: sixty nights of attacks, 2,000 reports.

Every article reports one night's launch figures in an air-force lead, with
different filler so near-duplicate detection keeps them apart. The stream's
alerts do not depend on processing order: threshold crossings, and a single
record (741 on 9 July 2025) above a history that ends at 550 on 4 July.
"""

from __future__ import annotations

import random
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from salvo.loopback import FeedItem, FeedServer

_CITIES = ("KYIV", "LVIV", "ODESA", "KHARKIV", "DNIPRO", "LUTSK", "ZAPORIZHZHIA", "POLTAVA")
_OUTLETS = ("Wire One", "Daily Courier", "Morning Ledger", "Evening Post", "Radio Free")
_FILLER = (
    "Emergency crews worked through the morning to clear debris from residential streets.",
    "Regional officials urged residents to stay close to shelters during the day.",
    "Power engineers said repairs to damaged substations could take several days.",
    "Several schools moved lessons online while inspectors assessed the buildings.",
    "Rail operators reported delays on routes through the affected regions.",
    "Neighbours gathered outside a damaged apartment block to help with the clean-up.",
    "The foreign ministry called on partners to speed up deliveries of air defence systems.",
    "Analysts said the attack followed a pattern of strikes on energy infrastructure.",
    "Volunteers distributed water and blankets at a makeshift aid point.",
    "City authorities opened heating centres for people left without electricity.",
    "Local media published photographs of burned-out cars in a courtyard.",
    "The mayor thanked air defence crews who had worked through the night.",
)
_WORDS = [
    "market",
    "bridge",
    "river",
    "tower",
    "station",
    "garden",
    "library",
    "museum",
    "harbour",
    "factory",
    "orchard",
    "avenue",
    "square",
    "theatre",
    "clinic",
    "bakery",
    "stadium",
    "archive",
    "council",
    "warehouse",
    "meadow",
    "chapel",
    "depot",
]


@dataclass(frozen=True)
class Night:
    event_date: date
    drones: int
    missiles: int

    @property
    def total(self) -> int:
        return self.drones + self.missiles


def stream_nights() -> list[Night]:
    """Sixty nights after the 550 record of 4 July 2025: most below 400, five over 400 but
    under 550, and one record, 741 on 9 July (the history the tests seed ends at 4 July)."""
    rng = random.Random(7)
    start = date(2025, 7, 5)
    nights = []
    big = {12: 412, 19: 433, 27: 468, 40: 505, 52: 537}
    for i in range(60):
        day = start + timedelta(days=i)
        if day == date(2025, 7, 9):
            nights.append(Night(day, 728, 13))
            continue
        total = big.get(i) or rng.randint(40, 360)
        missiles = rng.randint(1, min(30, total // 4))
        nights.append(Night(day, total - missiles, missiles))
    return nights


def stream_items(count: int = 2000, *, seed: int = 11) -> list[FeedItem]:
    """`count` distinct articles, each reporting one night's launch figures (newest last)."""
    rng = random.Random(seed)
    nights = stream_nights()
    items = []
    for n in range(count):
        night = nights[n * len(nights) // count]
        outlet = _OUTLETS[n % len(_OUTLETS)]
        weekday = night.event_date.strftime("%A")
        lead = (
            f"{rng.choice(_CITIES)}, {night.event_date:%B} {night.event_date.day} - Russia "
            f"launched {night.drones} drones and {night.missiles} missiles at Ukraine "
            f"overnight, the Ukrainian air force said on {weekday}."
        )
        filler = rng.sample(_FILLER, 4)
        # Distinct words keep near-duplicate detection from folding the stream together.
        tag = " ".join(rng.sample(_WORDS, 6))
        body = "\n\n".join([lead, *filler, f"Report {n} notes: {tag}."])
        published = datetime.combine(night.event_date, datetime.min.time(), UTC) + timedelta(
            hours=6, minutes=n % 300
        )
        items.append(
            FeedItem(
                path=f"/stream/{n:05d}",
                title=f"Overnight attack on Ukraine, report {n}",
                text=body,
                published=published,
                source=outlet,
            )
        )
    return items


# The rules the stream's expected alerts assume (see expected_stream_alerts).
STREAM_RULES = [
    {"name": "record-total", "metric": "total"},
    {"name": "threshold-400", "kind": "threshold", "metric": "total", "threshold": 400},
]
# The stream's articles are taken from the feed text (the lead paragraph carries the
# figures): tests of the bus need not pay for thousands of page extractions on two
# cores. Page extraction is covered by the seeds test.
FEED_TEXT_ONLY = {"fetch_articles": False}


def expected_stream_alerts(threshold: int = 400, record_before: int = 550) -> set[tuple[str, str]]:
    """(event_date, rule) of every alert the stream must raise, whatever the order."""
    out: set[tuple[str, str]] = set()
    for night in stream_nights():
        if night.total >= threshold:
            out.add((night.event_date.isoformat(), f"threshold-{threshold}"))
        if night.total > record_before:
            out.add((night.event_date.isoformat(), "record-total"))
    return out


def chunks(items: list[FeedItem], size: int) -> Iterable[list[FeedItem]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


class Stream:
    """`feeds` feeds, empty at first; `release(k)` publishes the first k batches of articles."""

    def __init__(self, feeds: FeedServer, articles: int, count: int) -> None:
        self.feeds = feeds
        self.batches = list(chunks(stream_items(articles), articles // count))
        self.urls = [feeds.add_feed(f"/feed-{k:02d}.xml", f"Feed {k}", []) for k in range(count)]
        self.released = 0

    def release(self, upto: int) -> None:
        while self.released < min(upto, len(self.batches)):
            k = self.released
            self.feeds.add_feed(f"/feed-{k:02d}.xml", f"Feed {k}", self.batches[k])
            self.released += 1

    def release_gradually(self, interval: float) -> None:
        """Release the batches one by one, `interval` seconds apart (run it in a thread)."""
        while self.released < len(self.batches):
            self.release(self.released + 1)
            time.sleep(interval)

    @property
    def paths(self) -> set[str]:
        return {item.path for batch in self.batches for item in batch}
