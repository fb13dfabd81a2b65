"""What an alert says, the chart, backoff and Retry-After: small pure functions."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from email.utils import format_datetime

import pytest

from alerts import signing
from alerts.chart import ChartData, render_chart
from alerts.outbox import delivery_id_for
from alerts.render import headline, night_of, render
from alerts.retry import Backoff, parse_retry_after
from alerts.testing import sample_alert
from salvo.schemas import AlertKind, Qualifier, SourceRef


def test_headline_reads_like_the_issue() -> None:
    assert headline(sample_alert()) == (
        "New record: 741 drones and missiles launched at Ukraine on the night of "
        "8–9 July 2025, previous record 550 on 4 July 2025"
    )


def test_headline_variants() -> None:
    update = sample_alert(kind=AlertKind.RECORD_UPDATE, value=760)
    assert headline(update).startswith("Record raised: 760 drones and missiles")
    threshold = sample_alert(kind=AlertKind.THRESHOLD, previous=None).model_copy(
        update={"threshold": 500}
    )
    assert headline(threshold) == (
        "Threshold crossed: 741 drones and missiles launched at Ukraine on the night of "
        "8–9 July 2025, above the threshold of 500"
    )
    vague = sample_alert().model_copy(
        update={"qualifier": Qualifier.MORE_THAN, "direction": "UA->RU", "metric": "drones"}
    )
    assert headline(vague).startswith("New record: more than 741 drones launched at Russia")
    given = sample_alert().model_copy(update={"headline": "Custom words"})
    assert headline(given) == "Custom words"


def test_nights_across_months_and_years() -> None:
    assert night_of(date(2025, 7, 9)) == "8–9 July 2025"
    assert night_of(date(2025, 8, 1)) == "31 July–1 August 2025"
    assert night_of(date(2025, 1, 1)) == "31 December 2024–1 January 2025"


def test_html_escapes_what_sources_say() -> None:
    alert = sample_alert()
    evil = SourceRef(
        claim_id="clm_x",
        url='https://example.org/"><script>',
        outlet="<b>Outlet</b>",
        quote="<script>alert(1)</script>",
    )
    event = alert.event.model_copy(update={"sources": [evil]})
    content = render([alert.model_copy(update={"event": event})], None, chart=False)
    assert "<script>" not in content.html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in content.html
    assert "cid:" not in content.html
    scripted = evil.model_copy(update={"url": "javascript:alert(1)"})
    event = alert.event.model_copy(update={"sources": [scripted]})
    content = render([alert.model_copy(update={"event": event})], None, chart=False)
    assert "javascript:" not in content.html


def test_chart_needs_only_the_new_value() -> None:
    png = render_chart(ChartData("Launched", date(2025, 7, 9), 741))
    assert png.startswith(b"\x89PNG")
    history = [(date(2025, 6, 1) + timedelta(days=i), 100 + i) for i in range(40)]
    full = ChartData("Launched", date(2025, 7, 9), 741, date(2025, 7, 4), 550, history)
    assert render_chart(full).startswith(b"\x89PNG")


def test_backoff_is_exponential_capped_and_jittered() -> None:
    backoff = Backoff(initial=1.0, maximum=8.0)
    rng = random.Random(7)
    for failures, nominal in [(1, 1), (2, 2), (3, 4), (4, 8), (10, 8)]:
        delays = [backoff.delay(failures, rng) for _ in range(50)]
        assert all(nominal / 2 <= d <= nominal for d in delays)
        assert len(set(delays)) > 1
    assert backoff.next_delay(3, retry_after=30) == 30
    assert backoff.next_delay(3, retry_after=10**9) == 86_400


def test_retry_after_forms() -> None:
    now = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)
    assert parse_retry_after("7") == 7
    assert parse_retry_after(format_datetime(now + timedelta(seconds=90), usegmt=True), now) == 90
    assert parse_retry_after(format_datetime(now - timedelta(seconds=5), usegmt=True), now) == 0
    assert parse_retry_after("soon") is None
    assert parse_retry_after(None) is None


def test_group_ids_are_deterministic() -> None:
    assert delivery_id_for(["alr_a"]) == "alr_a"
    assert delivery_id_for(["alr_b", "alr_a"]) == delivery_id_for(["alr_a", "alr_b", "alr_a"])
    assert delivery_id_for(["alr_a", "alr_b"]).startswith("alg_")


def test_signature_rejects_the_future_and_garbage() -> None:
    body = b'{"id":"alr_x"}'
    header = signing.sign("k", body, timestamp=1_000_000)
    assert signing.verify("k", body, header, now=1_000_100) == 1_000_000
    with pytest.raises(signing.SignatureError, match="future"):
        signing.verify("k", body, header, now=999_000)
    with pytest.raises(signing.SignatureError, match="malformed"):
        signing.verify("k", body, "v1=abc", now=1_000_000)
    with pytest.raises(signing.SignatureError, match="does not match"):
        signing.verify("other", body, header, now=1_000_000)
    # During key rotation a sender may put two signatures; either one verifies.
    rotated = f"{header},v1={signing.compute('new', 1_000_000, body)}"
    assert signing.verify("new", body, rotated, now=1_000_000)


def test_channel_urls_are_redacted_in_httpx_logs(caplog: pytest.LogCaptureFixture) -> None:
    from alerts.channels.webhook import WebhookChannel
    from alerts.testing import WebhookReceiver
    from salvo.settings import WebhookChannel as WebhookSettings

    with WebhookReceiver() as receiver:
        channel = WebhookChannel(WebhookSettings(url=receiver.url + "?token=t0ps3cret"))
        with caplog.at_level("INFO", logger="httpx"):
            channel._client.post(channel.config.url, content=b"{}")
        channel.close()
    assert "HTTP Request" in caplog.text
    assert "t0ps3cret" not in caplog.text
    assert "/hook?…" in caplog.text
