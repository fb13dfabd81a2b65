"""Options and helpers shared by the commands."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

from salvo.settings import Settings, SettingsError, load_settings

F = TypeVar("F", bound=Callable[..., Any])


def config_option(func: F) -> F:
    return click.option(
        "--config",
        "-c",
        "config_path",
        type=click.Path(dir_okay=False),
        envvar="SALVO_CONFIG",
        help="TOML configuration file (env SALVO_CONFIG).",
    )(func)


def store_option(func: F) -> F:
    return click.option(
        "--store", "store_url", help="State store URL: sqlite:///path.db or postgresql://…"
    )(func)


def bus_option(func: F) -> F:
    return click.option(
        "--bus", "bus_url", help="Bus URL: embedded:///path.db or kafka://host:port"
    )(func)


def settings_from(
    config_path: str | None, *, bus_url: str | None = None, store_url: str | None = None
) -> Settings:
    """Load settings or exit with the error that names the bad key."""
    overrides: dict[str, Any] = {}
    if bus_url:
        overrides["bus.url"] = bus_url
    if store_url:
        overrides["store.url"] = store_url
    try:
        return load_settings(config_path, **overrides)
    except SettingsError as exc:
        raise click.ClickException(str(exc)) from exc
