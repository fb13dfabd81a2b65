"""The claims stage on the real embedded bus: Article in, BarrageClaim out."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

from click.testing import CliRunner

from processors.claims.stage import ClaimsProcessor, article_text, kyiv_date
from salvo.bus import open_bus
from salvo.cli import cli
from salvo.metrics import Metrics
from salvo.runtime import Emitter, StageRunner
from salvo.schemas import Article, BarrageClaim, ClaimScope, content_hash
from salvo.settings import load_settings
from salvo.store import open_store

BODY = (
    "Russia launched 539 drones and 11 missiles at Ukraine overnight, the air force said, "
    "the largest aerial attack of the war.\n\nOver the past week, Russia launched more than "
    "1,800 drones, President Zelensky said. Air defences shot down 478 of them."
)


def _article(**update: object) -> Article:
    base = Article(
        article_id=Article.make_id("https://example.org/a"),
        url="https://example.org/a",
        feed_url="https://example.org/feed.xml",
        source="Example Wire",
        title="Russia fires 550 drones and missiles at Ukraine",
        # 22:30 UTC on 3 July is 01:30 on 4 July in Kyiv.
        published=datetime(2025, 7, 3, 22, 30, tzinfo=UTC),
        fetched=datetime(2025, 7, 3, 23, 0, tzinfo=UTC),
        text=BODY,
        content_hash=content_hash(BODY),
        duplicate_of="art_original",
    )
    return base.model_copy(update=update)


def test_kyiv_date_and_title_joining() -> None:
    assert kyiv_date(datetime(2025, 7, 3, 22, 30, tzinfo=UTC)) == date(2025, 7, 4)
    assert kyiv_date(datetime(2025, 7, 3, 12, 0)) == date(2025, 7, 3)  # naive = UTC
    assert kyiv_date(None) is None
    art = _article()
    assert article_text(art).startswith(art.title + "\n\n")
    assert article_text(_article(text=art.title + ". " + BODY)).startswith(art.title + ".")


def test_processor_fills_article_fields_ids_and_metrics(sqlite_url: str) -> None:
    metrics = Metrics()
    proc = ClaimsProcessor(load_settings(None), open_store(sqlite_url), metrics)
    art = _article()
    claims = [c for c in proc.process(art) if isinstance(c, BarrageClaim)]
    national = [c for c in claims if c.scope is ClaimScope.NATIONAL]
    period = [c for c in claims if c.scope is ClaimScope.PERIOD]
    assert [(c.launched_total, c.event_date) for c in national] == [(550, date(2025, 7, 4))]
    assert [c.launched_total for c in period] == [1800]
    claim = national[0]
    assert claim.is_record_claim and claim.attributed_to == "air force"
    assert claim.article_id == art.article_id and claim.article_url == art.url
    assert claim.source == "Example Wire" and claim.duplicate_of == "art_original"
    assert claim.published == date(2025, 7, 4)
    assert claim.claim_id.startswith("clm_")
    # Offsets point into title + blank line + body.
    text = article_text(art)
    for ev in claim.evidence:
        assert text[ev.start : ev.end] == ev.text
    # Deterministic ids: the same article gives the same claims.
    again = [c for c in proc.process(art) if isinstance(c, BarrageClaim)]
    assert [c.claim_id for c in again] == [c.claim_id for c in claims]
    sample = metrics.registry.get_sample_value(
        "salvo_claims_extracted_total", {"direction": "RU->UA", "scope": "national"}
    )
    assert sample == 2.0  # headline and body merge into one claim; the article ran twice


def test_stage_runs_on_the_embedded_bus(tmp_path: Path, sqlite_url: str) -> None:
    bus = open_bus(f"embedded:///{tmp_path}/bus.db")
    metrics = Metrics()
    producer = Emitter(bus.producer(), metrics, "test")
    producer.emit(_article())
    producer.flush()
    proc = ClaimsProcessor(load_settings(None), open_store(sqlite_url), metrics)
    runner = StageRunner(proc, bus, metrics)
    assert runner.drain() == 1
    consumer = bus.consumer("check", [BarrageClaim.topic])
    records = consumer.poll(timeout=1.0, max_records=50)
    claims = [BarrageClaim.model_validate_json(r.value) for r in records]
    assert {c.launched_total for c in claims} == {550, 1800}


def test_cli_extract_json_and_table(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(
        " date 2025-07-11 Russia launched 415 drones and missiles early Thursday, the "
        "air force said.",
        encoding="utf-8",
    )
    runner = CliRunner()
    result = runner.invoke(cli, ["extract", str(path), "--json"])
    assert result.exit_code == 0, result.output
    (line,) = result.output.strip().splitlines()
    claim = json.loads(line)
    assert claim["launched_total"] == 415
    assert claim["event_date"] == "2025-07-10"
    assert claim["published"] == "2025-07-11"
    table = runner.invoke(cli, ["extract", "-", "--published", "2025-07-10"], input=BODY)
    assert table.exit_code == 0
    assert "550" in table.output and "period" in table.output
    assert runner.invoke(cli, ["extract", "--help"]).exit_code == 0
