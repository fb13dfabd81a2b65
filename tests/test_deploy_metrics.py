"""Every metric a dashboard panel or an alert rule uses is exported by a running Salvo.

A real pipeline (every stage, on the embedded bus and on Kafka) runs on the
bundled demo corpus served from loopback, plus one broken feed, and serves
/metrics; a real Prometheus (Debian's `prometheus`) scrapes it every second with
the production rules loaded. Then every panel expression and every rule
expression is queried through Prometheus' HTTP API: each must evaluate, and each
metric it names must have data. Last, a poison message makes a real dead letter,
whose alert must fire and reach the operators' inbox through a real Alertmanager
(Debian's `prometheus-alertmanager`, when installed) with the production routing.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import threading
import time
import urllib.parse
import urllib.request
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from salvo.settings import ServeSettings
from tests.conftest import free_port

REPO = Path(__file__).resolve().parent.parent
PROM_DIR = REPO / "deploy" / "prometheus"
AM_DIR = REPO / "deploy" / "alertmanager"
DASHBOARD = REPO / "deploy" / "grafana" / "dashboards" / "salvo.json"

METRIC_NAME = re.compile(r"\b(salvo_[a-z0-9_]+|up)\b")
# Dashboard variables, as Grafana would substitute them.
VARIABLES = {"$__rate_interval": "30s", "$direction": "RU->UA", "$metric": "total"}

pytestmark = pytest.mark.skipif(
    shutil.which("prometheus") is None,
    reason="prometheus not installed (Debian package `prometheus`; `make prometheus`)",
)


def substitute(expr: str) -> str:
    for name, value in VARIABLES.items():
        expr = expr.replace(name, value)
    return expr


def dashboard_expressions() -> dict[str, str]:
    board = json.loads(DASHBOARD.read_text(encoding="utf-8"))
    exprs = {
        f"panel {p['title']!r} {t['refId']}": t["expr"]
        for p in board["panels"]
        for t in p.get("targets", [])
        if "expr" in t
    }
    for a in board["annotations"]["list"]:
        if "expr" in a:
            exprs[f"annotation {a['name']!r}"] = a["expr"]
    return {k: substitute(v) for k, v in exprs.items()}


def rule_expressions() -> dict[str, str]:
    groups = yaml.safe_load((PROM_DIR / "rules.yml").read_text(encoding="utf-8"))["groups"]
    return {
        f"rule {r.get('alert') or r.get('record')}": r["expr"] for g in groups for r in g["rules"]
    }


def metric_names(expr: str) -> set[str]:
    # Label values ("salvo") and functions (`up(` is none) are not metric names.
    without_strings = re.sub(r'"[^"]*"', '""', expr)
    return set(METRIC_NAME.findall(without_strings))


def get_json(url: str) -> Any:
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.loads(response.read())


def wait_for(predicate: Any, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if predicate():
                return
        except OSError:
            pass
        time.sleep(0.25)
    raise AssertionError(f"timed out waiting for {what}")


def exported_names(metrics_url: str) -> set[str]:
    from prometheus_client.parser import text_string_to_metric_families

    with urllib.request.urlopen(metrics_url, timeout=10) as response:
        text = response.read().decode("utf-8")
    return {s.name for family in text_string_to_metric_families(text) for s in family.samples}


@dataclass
class RunningSalvo:
    address: str  # host:port of /metrics
    pipeline: Any  # salvo.app.Pipeline


@pytest.fixture(scope="module", params=["embedded", "kafka"])
def salvo(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[RunningSalvo]:
    """`salvo run` in-process: every stage, its /metrics on a loopback port.

    On the embedded bus, and on Kafka (the Tansu broker) as in docker-compose.
    """
    from salvo.app import Pipeline
    from salvo.demo.corpus import ARTICLES
    from salvo.demo.run import demo_settings, seed_demo_history, serve_corpus
    from salvo.http import serve_health
    from salvo.loopback import FeedServer, SmtpSink, WebhookSink

    work = tmp_path_factory.mktemp("salvo")
    feeds, webhook, smtp = FeedServer().start(), WebhookSink().start(), SmtpSink().start()
    try:
        urls = serve_corpus(feeds, ARTICLES)
        urls.append(feeds.url + "/feeds/gone.xml")  # a broken feed: ingest errors exist too
        settings = demo_settings(work, urls, webhook.url + "/salvo", smtp.port)
        port = free_port()
        update: dict[str, Any] = {
            "serve": ServeSettings(metrics_host="127.0.0.1", metrics_port=port)
        }
        if request.param == "kafka":
            update["bus"] = settings.bus.model_copy(
                update={
                    "url": request.getfixturevalue("kafka_url"),
                    "topic_prefix": f"t{uuid.uuid4().hex[:10]}.",
                    "max_poll_interval_ms": 5_000,
                    "session_timeout_ms": 6_000,
                }
            )
        settings = settings.model_copy(update=update)
        seed_demo_history(settings.store.url)
        pipeline = Pipeline(settings)
        # What every Salvo process must do at start: Pipeline should call it itself (then
        # this second call is a no-op); without it the first dead letter never alerts.
        pipeline.metrics.touch_defaults(pipeline.stages, settings)
        server = serve_health(settings, pipeline)
        assert server is not None
        stop = threading.Event()
        runner = threading.Thread(target=pipeline.run, args=(stop,), daemon=True)
        runner.start()
        try:
            # The demo ends in a delivered record alert: by then every stage has worked.
            wait_for(lambda: webhook.requests and smtp.messages, 120, "the demo alert")
            yield RunningSalvo(f"127.0.0.1:{port}", pipeline)
        finally:
            stop.set()
            runner.join(timeout=60)
            server.shutdown()
            pipeline.close()
    finally:
        feeds.stop()
        webhook.stop()
        smtp.stop()


@pytest.fixture(scope="module")
def running_salvo(salvo: RunningSalvo) -> str:
    return salvo.address


@dataclass
class Alertmanager:
    url: str
    inbox: Any  # salvo.loopback.SmtpSink: the operators' mailbox


def start_process(args: list[str], log_path: Path) -> subprocess.Popen[bytes]:
    with log_path.open("wb") as log:
        return subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT)


def stop_process(proc: subprocess.Popen[bytes]) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


@pytest.fixture(scope="module")
def alertmanager(
    running_salvo: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Alertmanager | None]:
    """deploy/alertmanager's config on a real Alertmanager, mailing a loopback SMTP sink.

    Only the SMTP host and the first-notification wait differ from production. One per
    running Salvo (it depends on it), so each bus variant must earn its own email.
    """
    binary = shutil.which("prometheus-alertmanager") or shutil.which("alertmanager")
    if binary is None:
        yield None  # the Prometheus checks still run; the email step is skipped
        return
    from salvo.loopback import SmtpSink

    work = tmp_path_factory.mktemp("alertmanager")
    config = yaml.safe_load((AM_DIR / "alertmanager.yml").read_text(encoding="utf-8"))
    inbox = SmtpSink().start()
    config["global"]["smtp_smarthost"] = f"127.0.0.1:{inbox.port}"
    config["route"]["group_wait"] = "1s"
    (work / "alertmanager.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    port = free_port()
    proc = start_process(
        [
            binary,
            f"--config.file={work / 'alertmanager.yml'}",
            f"--storage.path={work / 'data'}",
            f"--web.listen-address=127.0.0.1:{port}",
            "--cluster.listen-address=",  # no gossip port: a single instance, loopback only
            "--log.level=warn",
        ],
        work / "alertmanager.log",
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for(
            lambda: urllib.request.urlopen(url + "/-/ready", timeout=2).status == 200,
            60,
            "Alertmanager to be ready",
        )
        yield Alertmanager(url, inbox)
    finally:
        stop_process(proc)
        inbox.stop()


@pytest.fixture(scope="module")
def prometheus(
    running_salvo: str,
    alertmanager: Alertmanager | None,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[str]:
    """A real Prometheus scraping the running Salvo every second, with rules.yml loaded."""
    work = tmp_path_factory.mktemp("prometheus")
    config: dict[str, Any] = {
        "global": {"scrape_interval": "1s", "scrape_timeout": "1s", "evaluation_interval": "1s"},
        "rule_files": [str(PROM_DIR / "rules.yml")],
        "scrape_configs": [
            {
                "job_name": "salvo",
                "static_configs": [{"targets": [running_salvo], "labels": {"service": "all"}}],
            }
        ],
    }
    if alertmanager is not None:
        target = alertmanager.url.removeprefix("http://")
        config["alerting"] = {"alertmanagers": [{"static_configs": [{"targets": [target]}]}]}
    (work / "prometheus.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    proc = start_process(
        [
            str(shutil.which("prometheus")),
            f"--config.file={work / 'prometheus.yml'}",
            f"--storage.tsdb.path={work / 'data'}",
            f"--web.listen-address=127.0.0.1:{port}",
            "--log.level=warn",
        ],
        work / "prometheus.log",
    )
    try:
        wait_for(
            lambda: urllib.request.urlopen(url + "/-/ready", timeout=2).status == 200,
            60,
            "Prometheus to be ready",
        )

        def scraped_enough() -> bool:
            result = query(url, 'count_over_time(up{job="salvo"}[1m])')
            return bool(result) and float(result[0]["value"][1]) >= 5

        wait_for(scraped_enough, 60, "five scrapes of Salvo")
        yield url
    finally:
        stop_process(proc)


def query(prometheus_url: str, expr: str) -> list[dict[str, Any]]:
    params = urllib.parse.urlencode({"query": expr})
    body = get_json(f"{prometheus_url}/api/v1/query?{params}")
    assert body["status"] == "success", f"{expr}: {body}"
    result = body["data"]["result"]
    return result if isinstance(result, list) else [result]


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
    no_data = sorted(n for n in names if not query(prometheus, f'count({{__name__="{n}"}})'))
    assert not no_data, f"no data in Prometheus for: {no_data}"
    for expr in exprs.values():
        query(prometheus, expr)  # asserts Prometheus evaluates it without error
    # Panels that read series directly show values, not just "no data".
    for label, expr in dashboard_expressions().items():
        if "histogram_quantile" in expr or "increase(" in expr or "rate(" in expr:
            continue  # may legitimately be empty (NaN) with seconds of history
        assert query(prometheus, expr), f"{label} is empty: {expr}"


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
    dockerfile = (REPO / "deploy" / "Dockerfile").read_text(encoding="utf-8")
    joined = re.sub(r"\\\n\s*", "", dockerfile)
    (line,) = [x for x in joined.splitlines() if x.startswith("HEALTHCHECK")]
    image_cmd = json.loads(line.split(" CMD ", 1)[1])
    compose = yaml.safe_load((REPO / "docker-compose.yml").read_text(encoding="utf-8"))
    compose_test = compose["services"]["claims"]["healthcheck"]["test"]
    assert compose_test[0] == "CMD"
    return {"Dockerfile": image_cmd, "docker-compose.yml": compose_test[1:]}


def run_healthcheck(command: list[str], port: int) -> int:
    import sys

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
