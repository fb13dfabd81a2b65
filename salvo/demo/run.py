"""`salvo demo`: the real pipeline, end to end, on loopback.

Serves the bundled corpus as feeds, seeds the record history, runs every stage
once on the embedded bus, and waits for the record alert on a local webhook
sink and SMTP sink.
"""

from __future__ import annotations

import json
import os
import secrets
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path

from salvo.app import Pipeline
from salvo.demo.corpus import ARTICLES, HISTORY, DemoArticle
from salvo.loopback import FeedItem, FeedServer, SmtpSink, WebhookSink
from salvo.settings import Settings, load_settings
from salvo.store import open_store

# The demo's webhook signing key: made up per run, passed through the environment.
SECRET_ENV = "SALVO_DEMO_WEBHOOK_SECRET"


@dataclass
class DemoResult:
    articles: int
    claims: int
    alerts: int
    webhook_posts: list[dict[str, object]]
    emails: list[str]  # subjects
    email_text: str = ""  # the plain-text part of the first email
    signatures_verified: bool = False

    @property
    def ok(self) -> bool:
        return bool(self.webhook_posts) and bool(self.emails) and self.signatures_verified


def _all_signed(webhook: WebhookSink, secret: str) -> bool:
    """Verify each POST as a receiver would (docs/webhooks.md)."""
    from alerts.signing import SIGNATURE_HEADER, SignatureError, verify

    try:
        for r in webhook.requests:
            verify(secret, r.body, r.headers.get(SIGNATURE_HEADER))
    except SignatureError:
        return False
    return bool(webhook.requests)


def _plain_text(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain",)) if message.is_multipart() else message
    return str(part.get_content()) if part is not None else ""


def serve_corpus(server: FeedServer, articles: tuple[DemoArticle, ...]) -> list[str]:
    """One feed per outlet; return the feed URLs."""
    by_outlet: dict[str, list[FeedItem]] = defaultdict(list)
    for a in articles:
        by_outlet[a.outlet].append(FeedItem("/" + a.slug, a.title, a.text, a.published, a.outlet))
    return [
        server.add_feed(f"/feeds/{i}.xml", outlet, items)
        for i, (outlet, items) in enumerate(sorted(by_outlet.items()))
    ]


def demo_settings(
    workdir: Path, feed_urls: list[str], webhook_url: str, smtp_port: int
) -> Settings:
    return load_settings(
        None,
        **{
            "bus.url": f"embedded:///{workdir}/bus.db",
            "store.url": f"sqlite:///{workdir}/state.db",
            "ingest.allow_private_addresses": True,  # the demo's feeds are on loopback
            "ingest.extraction_workers": 1,
            "feeds": [{"url": u} for u in feed_urls],
            "alerts.webhooks": [
                {"name": "demo-webhook", "url": webhook_url, "secret_env": SECRET_ENV}
            ],
            "alerts.email": [
                {
                    "name": "demo-email",
                    "host": "127.0.0.1",
                    "port": smtp_port,
                    "sender": "salvo@localhost",
                    "recipients": ["analyst@localhost"],
                }
            ],
        },
    )


def seed_demo_history(store_url: str) -> int:
    from processors.records.history import HistoricalAttack, seed_history

    store = open_store(store_url)
    try:
        return seed_history(
            store,
            [
                HistoricalAttack(
                    direction="RU->UA",
                    event_date=a.event_date,
                    total=a.total,
                    drones=a.drones,
                    missiles=a.missiles,
                    source="demo history (Ukrainian Air Force reports)",
                )
                for a in HISTORY
            ],
        )
    finally:
        store.close()


def run_demo(
    workdir: Path | None = None,
    *,
    timeout: float = 30.0,
    echo: Callable[[str], None] = print,
) -> DemoResult:
    with tempfile.TemporaryDirectory(prefix="salvo-demo-") as tmp:
        work = workdir or Path(tmp)
        feeds = FeedServer().start()
        webhook = WebhookSink().start()
        smtp = SmtpSink().start()
        try:
            secret = secrets.token_hex(32)
            os.environ[SECRET_ENV] = secret
            urls = serve_corpus(feeds, ARTICLES)
            settings = demo_settings(work, urls, webhook.url + "/salvo", smtp.port)
            echo(
                f"feeds: {len(urls)} on {feeds.url}, webhook sink {webhook.url}, "
                f"SMTP sink 127.0.0.1:{smtp.port}"
            )
            echo(f"history: {seed_demo_history(settings.store.url)} past attacks seeded")
            pipeline = Pipeline(settings)
            try:
                summary = pipeline.run_once(settle_seconds=5.0)
            finally:
                pipeline.close()
            deadline = time.monotonic() + timeout
            while time.monotonic() < deadline and not (webhook.requests and smtp.messages):
                time.sleep(0.05)
            return DemoResult(
                summary.articles,
                summary.claims,
                summary.alerts,
                webhook_posts=[json.loads(r.body) for r in webhook.requests],
                emails=[str(m["Subject"]) for m in smtp.messages],
                email_text=_plain_text(smtp.messages[0]) if smtp.messages else "",
                signatures_verified=_all_signed(webhook, secret),
            )
        finally:
            feeds.stop()
            webhook.stop()
            smtp.stop()
