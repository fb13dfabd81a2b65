"""The claims stage: Article in, BarrageClaim out (one per distinct attack/figure/source)."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import date, datetime
from zoneinfo import ZoneInfo

from processors.claims import get_extractor
from salvo.metrics import Metrics
from salvo.schemas import Article, BarrageClaim, Message
from salvo.settings import Settings
from salvo.store import Database

log = logging.getLogger(__name__)

KYIV = ZoneInfo("Europe/Kyiv")


def kyiv_date(moment: datetime | None) -> date | None:
    """The calendar date in Kyiv at `moment` (naive datetimes are taken as UTC)."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        from datetime import UTC

        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(KYIV).date()


def article_text(article: Article) -> str:
    """Title + blank line + body, unless the body already starts with the title."""
    title = article.title.strip()
    body = article.text
    if not title or body.lstrip().startswith(title):
        return body
    return f"{title}\n\n{body}"


class ClaimsProcessor:
    """Implements `salvo.runtime.Processor` for the `articles` topic."""

    name = "claims"
    input_type: type[Message] = Article

    def __init__(self, settings: Settings, store: Database, metrics: Metrics) -> None:
        self.settings = settings
        self.store = store  # stateless stage: kept for the constructor contract
        self.metrics = metrics
        self.extractor = get_extractor(settings.claims.extractor)

    def process(self, message: Message) -> Iterable[Message]:
        if not isinstance(message, Article):
            raise TypeError(f"claims stage expects Article, got {type(message).__name__}")
        return self.claims_for(message)

    def claims_for(self, article: Article) -> list[BarrageClaim]:
        published = kyiv_date(article.published) or kyiv_date(article.fetched)
        claims = self.extractor.extract(article_text(article), published)
        out: list[BarrageClaim] = []
        for claim in claims:
            filled = claim.model_copy(
                update={
                    "article_id": article.article_id,
                    "article_url": article.url,
                    "source": article.source,
                    "article_title": article.title or None,
                    "published": published,
                    "duplicate_of": article.duplicate_of,
                }
            ).with_id()
            self.metrics.claims_extracted.labels(filled.direction, filled.scope.value).inc()
            out.append(filled)
        log.debug("article %s: %d claims", article.article_id, len(out))
        return out
