"""Settings: one TOML file plus `SALVO_*` environment variables, validated.

Environment variables override the file; nested keys use `__`
(`SALVO_STORE__URL=postgresql://…`). Unknown keys are errors, so a typo in the
file is reported by name instead of silently ignored. Secrets are never stored
here: channels name the environment variable or file that holds them.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict


class SettingsError(ValueError):
    """A configuration problem, with the offending key in the message."""


class Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class FeedConfig(Section):
    url: str
    name: str | None = None
    interval_seconds: int | None = Field(default=None, ge=1)
    enabled: bool = True

    @field_validator("url")
    @classmethod
    def _http_only(cls, v: str) -> str:
        if not v.startswith(("http://", "https://")):
            raise ValueError("feed URLs must be http:// or https://")
        return v


class BusSettings(Section):
    url: str = "embedded:///.salvo/bus.db"
    topic_prefix: str = "salvo."
    partitions: int = Field(default=3, ge=1)
    replication: int = Field(default=1, ge=1)
    # Kafka consumer tuning: small values make group rebalances quick in tests.
    max_poll_interval_ms: int = Field(default=300_000, ge=1000)
    session_timeout_ms: int = Field(default=10_000, ge=1000)


class StoreSettings(Section):
    url: str = "sqlite:///.salvo/state.db"


class IngestSettings(Section):
    default_interval_seconds: int = Field(default=300, ge=1)
    min_interval_seconds: int = Field(default=60, ge=1)
    max_interval_seconds: int = Field(default=3600, ge=1)
    concurrency: int = Field(default=64, ge=1)
    per_host_concurrency: int = Field(default=4, ge=1)
    connect_timeout: float = Field(default=10.0, gt=0)
    read_timeout: float = Field(default=20.0, gt=0)
    total_timeout: float = Field(default=60.0, gt=0)
    max_body_bytes: int = Field(default=10_000_000, ge=1024)
    max_redirects: int = Field(default=5, ge=0)
    # URLs from feeds that resolve to private/loopback/link-local addresses are
    # refused unless this is set (the demo and the tests set it for loopback).
    allow_private_addresses: bool = False
    user_agent: str = "Salvo/0.1 (+https://github.com/salvo-news/salvo)"
    extraction_workers: int = Field(default=0, ge=0)  # 0: one per core
    failing_after_seconds: int = Field(default=3 * 86400, ge=60)
    fetch_articles: bool = True
    min_article_chars: int = Field(default=400, ge=0)


class ClaimsSettings(Section):
    extractor: str = "rules"


class RuleConfig(Section):
    name: str
    kind: Literal["record", "threshold"] = "record"
    metric: str = "total"  # total | drones | missiles | a breakdown kind (e.g. ballistic)
    direction: str = "RU->UA"
    min_margin: int = Field(default=0, ge=0)
    min_sources: int = Field(default=1, ge=1)
    require_official: bool = False
    threshold: int | None = Field(default=None, ge=1)
    # An approximate figure ("more than 700") is only trusted up to its stated bound.
    allow_approximate: bool = True
    # Alert only while the attack is news: its first report came at most this many
    # days after the attack (None: always). Older claims still update the records.
    max_event_age_days: int | None = Field(default=7, ge=0)
    # attack: each attack as the Air Force reports it; day: a date's night attack and
    # daytime waves summed (and compared with earlier days' sums).
    per: Literal["attack", "day"] = "attack"


def _default_rules() -> list[RuleConfig]:
    # The headline figure. Drone and missile records are opt-in rules in the config.
    return [RuleConfig(name="record-total", metric="total")]


class RecordsSettings(Section):
    rules: list[RuleConfig] = Field(default_factory=_default_rules)


class WebhookChannel(Section):
    name: str = "webhook"
    url: str
    secret_env: str | None = None  # env var holding the HMAC signing key
    secret_file: str | None = None
    timeout_seconds: float = Field(default=10.0, gt=0)
    ca_file: str | None = None  # extra CA bundle for a private receiver; TLS is always verified


class EmailChannel(Section):
    name: str = "email"
    host: str = "127.0.0.1"
    port: int = 25
    security: Literal["none", "starttls", "tls"] = "none"
    username: str | None = None
    password_env: str | None = None
    password_file: str | None = None
    sender: str = "salvo@localhost"
    recipients: list[str] = Field(default_factory=list)
    timeout_seconds: float = Field(default=10.0, gt=0)
    ca_file: str | None = None  # extra CA bundle for a private SMTP server


class AlertsSettings(Section):
    webhooks: list[WebhookChannel] = Field(default_factory=list)
    email: list[EmailChannel] = Field(default_factory=list)
    apprise: list[str] = Field(default_factory=list)
    alertmanager: list[str] = Field(default_factory=list)
    log: bool = True
    max_attempts: int = Field(default=6, ge=1)
    backoff_initial_seconds: float = Field(default=1.0, ge=0)
    backoff_max_seconds: float = Field(default=300.0, ge=0)
    rate_limit_per_hour: int = Field(default=60, ge=1)
    grafana_url: str | None = None
    # Alerts of one event arriving within this window go out as one message.
    group_wait_seconds: float = Field(default=0.2, ge=0)
    timeout_seconds: float = Field(default=10.0, gt=0)  # apprise and alertmanager channels


class ServeSettings(Section):
    metrics_host: str = "127.0.0.1"
    metrics_port: int | None = None  # /metrics, /healthz, /readyz when set
    ready_max_lag: int = Field(default=100, ge=0)  # /readyz: "caught up" is at most this behind


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="SALVO_", env_nested_delimiter="__", extra="forbid"
    )

    bus: BusSettings = Field(default_factory=BusSettings)
    store: StoreSettings = Field(default_factory=StoreSettings)
    ingest: IngestSettings = Field(default_factory=IngestSettings)
    claims: ClaimsSettings = Field(default_factory=ClaimsSettings)
    records: RecordsSettings = Field(default_factory=RecordsSettings)
    alerts: AlertsSettings = Field(default_factory=AlertsSettings)
    serve: ServeSettings = Field(default_factory=ServeSettings)
    feeds: list[FeedConfig] = Field(default_factory=list)

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # The environment overrides the TOML file (passed as init values).
        return (env_settings, init_settings)


def _format_error(err: ValidationError, origin: str) -> str:
    lines = [f"invalid configuration in {origin}:"]
    for e in err.errors():
        key = ".".join(str(p) for p in e["loc"]) or "(top level)"
        msg = "unknown key" if e["type"] == "extra_forbidden" else e["msg"]
        lines.append(f"  {key}: {msg}")
    return "\n".join(lines)


def load_settings(path: str | Path | None = None, **overrides: Any) -> Settings:
    """Read the TOML file (if any), apply the environment, then explicit overrides."""
    data: dict[str, Any] = {}
    origin = "environment"
    if path is not None:
        origin = str(path)
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except FileNotFoundError as exc:
            raise SettingsError(f"config file not found: {path}") from exc
        except tomllib.TOMLDecodeError as exc:
            raise SettingsError(f"{path} is not valid TOML: {exc}") from exc
    try:
        settings = Settings(**data)
        if overrides:
            merged = settings.model_dump()
            for dotted, value in overrides.items():
                node = merged
                *parents, leaf = dotted.split(".")
                for p in parents:
                    node = node.setdefault(p, {})
                node[leaf] = value
            settings = Settings.model_validate(merged)
    except ValidationError as exc:
        raise SettingsError(_format_error(exc, origin)) from exc
    return settings


def read_secret(env: str | None, file: str | None) -> str | None:
    """A secret from an environment variable or a file; never logged by callers."""
    if env and os.environ.get(env):
        return os.environ[env]
    if file:
        return Path(file).read_text(encoding="utf-8").strip()
    return None
