"""A live monitoring stack for the deploy tests: Salvo, Prometheus, Alertmanager (no tests).

Each piece is a context manager on loopback ports in a scratch directory: a real
pipeline serving /metrics, and Debian's `prometheus` and `prometheus-alertmanager`
binaries run with deploy/'s rules and routing.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import threading
import time
import urllib.parse
import urllib.request
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from salvo.settings import ServeSettings
from tests.conftest import free_port
from tests.deploy_support import AM_CONFIG, PROM_DIR, read_yaml


@dataclass
class RunningSalvo:
    address: str  # host:port of /metrics
    pipeline: Any  # salvo.app.Pipeline


@dataclass
class Alertmanager:
    url: str
    inbox: Any  # salvo.loopback.SmtpSink: the operators' mailbox


def get_json(url: str) -> Any:
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.loads(response.read())


def wait_for(predicate: Callable[[], Any], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if predicate():
                return
        except OSError:
            pass
        time.sleep(0.25)
    raise AssertionError(f"timed out waiting for {what}")


def query(prometheus_url: str, expr: str, at: float | None = None) -> list[dict[str, Any]]:
    """An instant query, evaluated now or at the Unix time `at`."""
    args: dict[str, str | float] = {"query": expr}
    if at is not None:
        args["time"] = at
    body = get_json(f"{prometheus_url}/api/v1/query?{urllib.parse.urlencode(args)}")
    assert body["status"] == "success", f"{expr}: {body}"
    result = body["data"]["result"]
    return result if isinstance(result, list) else [result]


def last_good_scrape(prometheus_url: str) -> float:
    """The time of the latest successful scrape of Salvo, to evaluate queries at.

    A scrape that misses its 1 s timeout (a loaded machine starves Salvo or
    Prometheus) marks every series of the target stale: an instant query "now"
    then finds no data until the next good scrape. At a good scrape's own time
    every series it stored is there.
    """
    (series,) = query(prometheus_url, 'up{job="salvo"}[1m]')
    good = [float(t) for t, value in series["values"] if value == "1"]
    assert good, "no successful scrape of Salvo in the last minute"
    return good[-1]


def exported_names(metrics_url: str) -> set[str]:
    from prometheus_client.parser import text_string_to_metric_families

    with urllib.request.urlopen(metrics_url, timeout=10) as response:
        text = response.read().decode("utf-8")
    return {s.name for family in text_string_to_metric_families(text) for s in family.samples}


@contextmanager
def salvo_running(work: Path, kafka_url: str | None) -> Iterator[RunningSalvo]:
    """`salvo run` in-process: every stage on the demo corpus, /metrics on a loopback port.

    On the embedded bus, or on Kafka (the Tansu broker at `kafka_url`) as in docker-compose.
    """
    from salvo.app import Pipeline
    from salvo.demo.corpus import ARTICLES
    from salvo.demo.run import demo_settings, seed_demo_history, serve_corpus
    from salvo.http import serve_health
    from salvo.loopback import FeedServer, SmtpSink, WebhookSink

    feeds, webhook, smtp = FeedServer().start(), WebhookSink().start(), SmtpSink().start()
    try:
        urls = serve_corpus(feeds, ARTICLES)
        urls.append(feeds.url + "/feeds/gone.xml")  # a broken feed: ingest errors exist too
        settings = demo_settings(work, urls, webhook.url + "/salvo", smtp.port)
        port = free_port()
        update: dict[str, Any] = {
            "serve": ServeSettings(metrics_host="127.0.0.1", metrics_port=port)
        }
        if kafka_url is not None:
            update["bus"] = settings.bus.model_copy(
                update={
                    "url": kafka_url,
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


@contextmanager
def process_running(args: list[str], log_path: Path, ready_url: str, what: str) -> Iterator[None]:
    """A server process, logging to a file, from the time `ready_url` answers 200 until exit."""
    with log_path.open("wb") as log:
        proc = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT)
    try:
        wait_for(
            lambda: urllib.request.urlopen(ready_url, timeout=2).status == 200,
            60,
            f"{what} to be ready",
        )
        yield
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@contextmanager
def alertmanager_running(work: Path) -> Iterator[Alertmanager | None]:
    """deploy/alertmanager's config on a real Alertmanager, mailing a loopback SMTP sink.

    Only the SMTP host and the first-notification wait differ from production. None when
    the binary is not installed.
    """
    binary = shutil.which("prometheus-alertmanager") or shutil.which("alertmanager")
    if binary is None:
        yield None
        return
    from salvo.loopback import SmtpSink

    config = read_yaml(AM_CONFIG)
    inbox = SmtpSink().start()
    config["global"]["smtp_smarthost"] = f"127.0.0.1:{inbox.port}"
    config["route"]["group_wait"] = "1s"
    (work / "alertmanager.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    url = f"http://127.0.0.1:{free_port()}"
    args = [
        binary,
        f"--config.file={work / 'alertmanager.yml'}",
        f"--storage.path={work / 'data'}",
        f"--web.listen-address={url.removeprefix('http://')}",
        "--cluster.listen-address=",  # no gossip port: a single instance, loopback only
        "--log.level=warn",
    ]
    try:
        with process_running(args, work / "alertmanager.log", url + "/-/ready", "Alertmanager"):
            yield Alertmanager(url, inbox)
    finally:
        inbox.stop()


@contextmanager
def prometheus_running(target: str, alertmanager: Alertmanager | None, work: Path) -> Iterator[str]:
    """A real Prometheus scraping `target` every second, with rules.yml loaded; its URL."""
    config: dict[str, Any] = {
        "global": {"scrape_interval": "1s", "scrape_timeout": "1s", "evaluation_interval": "1s"},
        "rule_files": [str(PROM_DIR / "rules.yml")],
        "scrape_configs": [
            {
                "job_name": "salvo",
                "static_configs": [{"targets": [target], "labels": {"service": "all"}}],
            }
        ],
    }
    if alertmanager is not None:
        am_target = alertmanager.url.removeprefix("http://")
        config["alerting"] = {"alertmanagers": [{"static_configs": [{"targets": [am_target]}]}]}
    (work / "prometheus.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    url = f"http://127.0.0.1:{free_port()}"
    args = [
        str(shutil.which("prometheus")),
        f"--config.file={work / 'prometheus.yml'}",
        f"--storage.tsdb.path={work / 'data'}",
        f"--web.listen-address={url.removeprefix('http://')}",
        "--log.level=warn",
    ]
    with process_running(args, work / "prometheus.log", url + "/-/ready", "Prometheus"):

        def scraped_enough() -> bool:  # up is 1 for a successful scrape, 0 for a failed one
            result = query(url, 'sum_over_time(up{job="salvo"}[1m])')
            return bool(result) and float(result[0]["value"][1]) >= 5

        wait_for(scraped_enough, 60, "five successful scrapes of Salvo")
        yield url
