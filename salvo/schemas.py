"""Message schemas: the contract between stages, JSON on the wire.

Every message carries `schema_version` and a deterministic id derived from its
content, so reprocessing the same input yields the same ids and every consumer
can deduplicate by id.
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from enum import StrEnum
from typing import Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = 1


def stable_id(prefix: str, *parts: object) -> str:
    """A short, deterministic id: `prefix` + 20 hex digits of SHA-256 over the parts."""
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return f"{prefix}_{hashlib.sha256(joined.encode('utf-8')).hexdigest()[:20]}"


def content_hash(text: str) -> str:
    """SHA-256 of whitespace-normalised text: equal for byte-different copies of one text."""
    normalised = " ".join(text.split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


class Message(BaseModel):
    """Base of every bus message. Subclasses name their topic and key."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    topic: ClassVar[str] = ""
    schema_version: int = SCHEMA_VERSION

    @property
    def message_id(self) -> str:  # pragma: no cover - every subclass overrides
        raise NotImplementedError

    @property
    def key(self) -> str:
        """Partitioning key; defaults to the id."""
        return self.message_id

    def to_bytes(self) -> bytes:
        return self.model_dump_json().encode("utf-8")


# --------------------------------------------------------------------------- articles


class ExtractionSource(StrEnum):
    PAGE = "page"  # the article page, cleaned by trafilatura
    FEED = "feed"  # the page failed or was a stub: the feed's content/summary


class Article(Message):
    topic: ClassVar[str] = "articles"

    article_id: str
    url: str  # canonical URL
    feed_url: str
    source: str  # outlet / feed title, e.g. "AFP via France24"
    title: str = ""
    published: datetime | None = None
    fetched: datetime
    language: str | None = None
    author: str | None = None
    site_name: str | None = None
    text: str
    content_hash: str
    extracted_from: ExtractionSource = ExtractionSource.PAGE
    # Set by ingest dedupe: the article this one is an exact or near copy of, so
    # the records stage does not count one agency report as many sources.
    duplicate_of: str | None = None
    entry_id: str | None = None

    @staticmethod
    def make_id(canonical_url: str) -> str:
        return stable_id("art", canonical_url)

    @property
    def message_id(self) -> str:
        return self.article_id


# --------------------------------------------------------------------------- claims


class Qualifier(StrEnum):
    EXACT = "exact"
    AT_LEAST = "at_least"
    MORE_THAN = "more_than"
    ABOUT = "about"
    UP_TO = "up_to"
    VAGUE = "vague"

    def figure(self, value: int) -> str:
        """The value as a headline writes it: "at least 415", "about 700", "741"."""
        return f"{_FIGURE_WORDS[self]}{value}"


_FIGURE_WORDS = {
    Qualifier.EXACT: "",
    Qualifier.AT_LEAST: "at least ",
    Qualifier.MORE_THAN: "more than ",
    Qualifier.ABOUT: "about ",
    Qualifier.UP_TO: "up to ",
    Qualifier.VAGUE: "",
}


class ClaimScope(StrEnum):
    NATIONAL = "national"  # the whole attack, as the air force counts it
    LOCAL = "local"  # one city / region only
    PERIOD = "period"  # a week / month / year aggregate: never one attack


class Evidence(BaseModel):
    model_config = ConfigDict(frozen=True)

    text: str
    start: int  # character offsets into the article text
    end: int


class BarrageClaim(Message):
    """One statement in one article of how many weapons were launched in one attack."""

    topic: ClassVar[str] = "claims"

    claim_id: str = ""
    article_id: str | None = None
    article_url: str | None = None
    source: str | None = None  # outlet
    article_title: str | None = None
    published: date | None = None
    duplicate_of: str | None = None  # copied from the article

    direction: str = "RU->UA"
    event_date: date | None = None
    # A daytime wave reported separately from the night's attack on the same date.
    daytime: bool = False
    launched_total: int | None = None
    drones: int | None = None
    missiles: int | None = None
    # By kind where stated: shahed, decoy, drone_other, cruise, ballistic,
    # hypersonic, aeroballistic, missile_other, guided_bomb.
    breakdown: dict[str, int] = Field(default_factory=dict)
    qualifier: Qualifier = Qualifier.EXACT
    is_record_claim: bool = False
    attributed_to: str | None = None
    intercepted: int | None = None
    scope: ClaimScope = ClaimScope.NATIONAL
    location: str | None = None  # for LOCAL scope: the city/region
    evidence: list[Evidence] = Field(default_factory=list)
    extractor: str = "rules"
    confidence: float = 0.8

    @property
    def is_period_aggregate(self) -> bool:
        return self.scope is ClaimScope.PERIOD

    def with_id(self) -> BarrageClaim:
        """Return a copy whose claim_id is derived from article, attack, figure and source."""
        cid = stable_id(
            "clm",
            self.article_id or self.article_url or "",
            self.direction,
            self.event_date,
            self.launched_total,
            self.drones,
            self.missiles,
            self.qualifier,
            self.scope,
            self.attributed_to,
            # Only a daytime wave adds a part, so ids of night claims stay as they were.
            *(("daytime",) if self.daytime else ()),
        )
        return self.model_copy(update={"claim_id": cid})

    @property
    def message_id(self) -> str:
        return self.claim_id

    @property
    def key(self) -> str:
        # All claims of one direction/night reach the same records instance.
        return f"{self.direction}|{self.event_date}"


# --------------------------------------------------------------------------- events


Metric = Literal["total", "drones", "missiles"]


class MetricValue(BaseModel):
    model_config = ConfigDict(frozen=True)

    value: int
    qualifier: Qualifier = Qualifier.EXACT
    claim_id: str | None = None  # the claim the reconciled value came from
    attributed_to: str | None = None


class SourceRef(BaseModel):
    """A claim as cited in an event or alert: who said what, where."""

    model_config = ConfigDict(frozen=True)

    claim_id: str
    article_id: str | None = None
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    attributed_to: str | None = None
    launched_total: int | None = None
    drones: int | None = None
    missiles: int | None = None
    qualifier: Qualifier = Qualifier.EXACT
    quote: str = ""
    duplicate_of: str | None = None


class AttackEvent(Message):
    """One attack (usually one night) with the claims that point at it, reconciled."""

    topic: ClassVar[str] = "events"

    event_id: str = ""
    direction: str
    event_date: date
    daytime: bool = False  # a separately reported daytime wave, not the night's attack
    metrics: dict[str, MetricValue] = Field(default_factory=dict)
    breakdown: dict[str, int] = Field(default_factory=dict)
    sources: list[SourceRef] = Field(default_factory=list)
    independent_sources: int = 0
    official: bool = False  # a military/official figure is among the claims
    is_record_claimed: bool = False  # some source calls it a record
    updated: datetime | None = None

    @staticmethod
    def make_id(direction: str, event_date: date) -> str:
        return stable_id("evt", direction, event_date.isoformat())

    @property
    def message_id(self) -> str:
        return self.event_id or self.make_id(self.direction, self.event_date)

    @property
    def key(self) -> str:
        return f"{self.direction}|{self.event_date}"


class PreviousRecord(BaseModel):
    model_config = ConfigDict(frozen=True)

    value: int
    event_date: date | None = None
    event_id: str | None = None


# --------------------------------------------------------------------------- alerts


class AlertKind(StrEnum):
    RECORD = "record"  # a new record for a metric
    RECORD_UPDATE = "record_update"  # an upward revision raised a record again
    THRESHOLD = "threshold"  # an absolute threshold crossed


class Alert(Message):
    topic: ClassVar[str] = "alerts"

    alert_id: str = ""
    kind: AlertKind
    rule: str
    level: int  # the value crossed: a revision to a higher value is a new level
    direction: str
    event_date: date
    event_id: str
    metric: str
    value: int
    qualifier: Qualifier = Qualifier.EXACT
    previous_record: PreviousRecord | None = None
    threshold: int | None = None
    headline: str = ""
    event: AttackEvent
    confidence: float = 0.5
    created: datetime | None = None

    @staticmethod
    def make_id(event_id: str, rule: str, level: int) -> str:
        return stable_id("alr", event_id, rule, level)

    def with_id(self) -> Alert:
        return self.model_copy(
            update={"alert_id": self.make_id(self.event_id, self.rule, self.level)}
        )

    @property
    def message_id(self) -> str:
        return self.alert_id

    @property
    def key(self) -> str:
        return self.event_id


# --------------------------------------------------------------------------- dead letters


class DeadLetter(Message):
    """A message a stage could not handle, kept with the error so nothing is lost."""

    topic: ClassVar[str] = "deadletter"

    stage: str
    error: str
    error_type: str
    source_topic: str
    source_partition: int | None = None
    source_offset: int | None = None
    source_key: str | None = None
    payload: str  # the original bytes, decoded as UTF-8 with replacement
    failed_at: datetime
    extra: dict[str, Any] = Field(default_factory=dict)

    @property
    def message_id(self) -> str:
        return stable_id(
            "dlq",
            self.stage,
            self.source_topic,
            self.source_partition,
            self.source_offset,
            self.payload,
        )


MESSAGE_TYPES: dict[str, type[Message]] = {
    m.topic: m for m in (Article, BarrageClaim, AttackEvent, Alert, DeadLetter)
}
