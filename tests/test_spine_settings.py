"""Settings: TOML plus SALVO_* environment, validated, errors name the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from salvo.settings import SettingsError, load_settings


def test_toml_and_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "salvo.toml"
    config.write_text(
        """
[store]
url = "sqlite:///from-file.db"

[[feeds]]
url = "https://example.org/feed.xml"
name = "Example"

[[records.rules]]
name = "big"
kind = "threshold"
threshold = 500
"""
    )
    monkeypatch.setenv("SALVO_BUS__URL", "kafka://127.0.0.1:9092")
    settings = load_settings(config)
    assert settings.store.url == "sqlite:///from-file.db"
    assert settings.bus.url == "kafka://127.0.0.1:9092"
    assert settings.feeds[0].name == "Example"
    assert settings.records.rules[0].threshold == 500
    monkeypatch.setenv("SALVO_STORE__URL", "postgresql://db/salvo")
    assert load_settings(config).store.url == "postgresql://db/salvo"


def test_bad_keys_are_named(tmp_path: Path) -> None:
    config = tmp_path / "bad.toml"
    config.write_text('[ingest]\nconcurency = 3\n[[feeds]]\nurl = "ftp://x"\n')
    with pytest.raises(SettingsError) as err:
        load_settings(config)
    message = str(err.value)
    assert "ingest.concurency: unknown key" in message
    assert "feeds.0.url" in message and "http" in message


def test_missing_and_broken_files(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match="not found"):
        load_settings(tmp_path / "nope.toml")
    broken = tmp_path / "broken.toml"
    broken.write_text("[store\n")
    with pytest.raises(SettingsError, match="not valid TOML"):
        load_settings(broken)


def test_the_example_config_is_valid() -> None:
    example = Path(__file__).resolve().parent.parent / "salvo.example.toml"
    settings = load_settings(example)
    assert settings.feeds and settings.alerts.webhooks and settings.alerts.email
    assert settings.alerts.webhooks[0].secret_env == "SALVO_WEBHOOK_SECRET"
