"""Every metric a dashboard panel or an alert rule uses is exported by a running Salvo.

A real pipeline (every stage, on the embedded bus and on Kafka) runs on the
bundled demo corpus served from loopback, plus one broken feed, and serves
/metrics; a real Prometheus (Debian's `prometheus`) scrapes it every second with
the production rules loaded. Then every panel expression and every rule
expression is queried through Prometheus' HTTP API: each must evaluate, and each
metric it names must have data. Last, a poison message makes a real dead letter,
whose alert must fire and reach the operators' inbox through a real Alertmanager
(Debian's `prometheus-alertmanager`, when installed) with the production routing.
The stack itself is started by tests/deploy_stack.py.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from typing import Any

import pytest

from tests.conftest import free_port
from tests.deploy_stack import (
    Alertmanager,
    RunningSalvo,
    alertmanager_running,
    exported_names,
    get_json,
    last_good_scrape,
    prometheus_running,
    query,
    salvo_running,
    wait_for,
)
from tests.deploy_support import (
    COMPOSE,
    DEPLOY,
    dashboard_expressions,
    metric_names,
    read_yaml,
    rule_expressions,
)

pytestmark = pytest.mark.skipif(
    shutil.which("prometheus") is None,
    reason="prometheus not installed (Debian package `prometheus`; `make prometheus`)",
)


@pytest.fixture(scope="module", params=["embedded", "kafka"])
def salvo(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[RunningSalvo]:
    """A running Salvo, every stage: on the embedded bus, and on Kafka (the Tansu broker)."""
    kafka_url = request.getfixturevalue("kafka_url") if request.param == "kafka" else None
    with salvo_running(tmp_path_factory.mktemp("salvo"), kafka_url) as running:
        yield running


@pytest.fixture(scope="module")
def running_salvo(salvo: RunningSalvo) -> str:
    return salvo.address


@pytest.fixture(scope="module")
def alertmanager(
    running_salvo: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Alertmanager | None]:
    """One per running Salvo (it depends on it), so each bus variant must earn its own email.

    None when Alertmanager is not installed: the Prometheus checks still run, the email
    step is skipped.
    """
    with alertmanager_running(tmp_path_factory.mktemp("alertmanager")) as running:
        yield running


@pytest.fixture(scope="module")
def prometheus(
    running_salvo: str,
    alertmanager: Alertmanager | None,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[str]:
    work = tmp_path_factory.mktemp("prometheus")
    with prometheus_running(running_salvo, alertmanager, work) as url:
        yield url


def test_expressions_are_collected() -> None:
    exprs = {**dashboard_expressions(), **rule_expressions()}
    names = set().union(*(metric_names(e) for e in exprs.values()))
    assert len(exprs) >= 30
    assert {"salvo_consumer_lag", "salvo_articles_published_total", "up"} <= names
    assert all("$" not in e for e in dashboard_expressions().values())


def test_salvo_exports_every_metric_the_dashboard_and_rules_use(running_salvo: str) -> None:
    needed = set().union(
        *(metric_names(e) for e in {**dashboard_expressions(), **rule_expressions()}.values())
    ) - {"up"}
    url = f"http://{running_salvo}/metrics"
    # Stages report some series only after their first batch; give them a moment.
    deadline = time.monotonic() + 30
    while (missing := needed - exported_names(url)) and time.monotonic() < deadline:
        time.sleep(0.5)
    assert not missing, f"not exported by a running Salvo: {sorted(missing)}"


def test_every_panel_and_rule_expression_has_data_in_prometheus(prometheus: str) -> None:
    exprs = {**dashboard_expressions(), **rule_expressions()}
    names = set().union(*(metric_names(e) for e in exprs.values()))
    # All at one good scrape's time: a failed scrape since (a timeout on a loaded
    # machine) would blank every series for the queries that follow it.
    at = last_good_scrape(prometheus)
    no_data = sorted(n for n in names if not query(prometheus, f'count({{__name__="{n}"}})', at))
    assert not no_data, f"no data in Prometheus for: {no_data}"
    for expr in exprs.values():
        query(prometheus, expr, at)  # asserts Prometheus evaluates it without error
    # Panels that read series directly show values, not just "no data".
    for label, expr in dashboard_expressions().items():
        if "histogram_quantile" in expr or "increase(" in expr or "rate(" in expr:
            continue  # may legitimately be empty (NaN) with seconds of history
        assert query(prometheus, expr, at), f"{label} is empty: {expr}"


def test_rules_evaluate_cleanly_on_real_data(prometheus: str) -> None:
    def evaluated() -> bool:
        groups = get_json(prometheus + "/api/v1/rules")["data"]["groups"]
        return bool(groups) and all(
            r.get("lastEvaluation", "").startswith("20") for g in groups for r in g["rules"]
        )

    wait_for(evaluated, 30, "every rule to be evaluated")
    groups = get_json(prometheus + "/api/v1/rules")["data"]["groups"]
    rules = {r["name"]: r for g in groups for r in g["rules"]}
    assert set(rules) == {k.split(" ", 1)[1] for k in rule_expressions()}
    unhealthy = {n: r.get("lastError") for n, r in rules.items() if r["health"] != "ok"}
    assert not unhealthy, unhealthy
    # A healthy pipeline just started: no service or stage is down, nothing dead-lettered.
    firing = {
        a["labels"]["alertname"] for a in get_json(prometheus + "/api/v1/alerts")["data"]["alerts"]
    }
    assert not firing & {
        "SalvoServiceDown",
        "SalvoStageStopped",
        "SalvoDeadLetters",
        "SalvoAlertDeadLettered",
        "SalvoAlertChannelFailing",
    }


def test_a_dead_letter_fires_its_alert(
    salvo: RunningSalvo, prometheus: str, alertmanager: Alertmanager | None
) -> None:
    """The first dead letter alerts, and the operators get an email about it.

    It alerts at all only because its counter existed at zero before (touch_defaults):
    Prometheus' increase() cannot see a counter's first sample.
    """
    producer = salvo.pipeline.bus.producer()
    producer.send("articles", b"{not an article", key="poison", message_id="poison-1")
    producer.flush()

    def firing() -> bool:
        alerts = get_json(prometheus + "/api/v1/alerts")["data"]["alerts"]
        return any(
            a["labels"]["alertname"] == "SalvoDeadLetters"
            and a["labels"].get("stage") == "claims"
            and a["state"] == "firing"
            for a in alerts
        )

    wait_for(firing, 60, "SalvoDeadLetters to fire for the claims stage")
    if alertmanager is None:
        pytest.skip("prometheus-alertmanager not installed: the email step was not checked")

    def mailed() -> list[Any]:
        return [m for m in alertmanager.inbox.messages if "SalvoDeadLetters" in str(m["Subject"])]

    wait_for(mailed, 60, "Alertmanager to email the operators")
    message = mailed()[0]
    assert message["To"] == "ops@example.org"
    assert "claims" in str(message["Subject"])
    body = message.get_body(preferencelist=("plain", "html"))
    assert body is not None and "dead-lettering" in body.get_content()


def healthcheck_commands() -> dict[str, list[str]]:
    """The Dockerfile's and compose's healthcheck commands for the Salvo services."""
    dockerfile = (DEPLOY / "Dockerfile").read_text(encoding="utf-8")
    joined = re.sub(r"\\\n\s*", "", dockerfile)
    (line,) = [x for x in joined.splitlines() if x.startswith("HEALTHCHECK")]
    image_cmd = json.loads(line.split(" CMD ", 1)[1])
    compose = read_yaml(COMPOSE)
    compose_test = compose["services"]["claims"]["healthcheck"]["test"]
    assert compose_test[0] == "CMD"
    return {"Dockerfile": image_cmd, "docker-compose.yml": compose_test[1:]}


def run_healthcheck(command: list[str], port: int) -> int:
    assert command[:2] == ["python", "-c"], command
    code = command[2].replace("9100", str(port))  # compose names the container's port
    env = {**os.environ, "SALVO_SERVE__METRICS_PORT": str(port)}
    return subprocess.run([sys.executable, "-c", code], env=env, check=False).returncode


@pytest.mark.parametrize("origin", ["Dockerfile", "docker-compose.yml"])
def test_container_healthchecks_pass_on_a_running_salvo(running_salvo: str, origin: str) -> None:
    command = healthcheck_commands()[origin]
    port = int(running_salvo.rsplit(":", 1)[1])
    assert run_healthcheck(command, port) == 0
    assert run_healthcheck(command, free_port()) != 0, "nothing listening must be unhealthy"
