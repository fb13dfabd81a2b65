"""deploy/ and docker-compose.yml, checked without Docker: parse, pin, wire, validate.

Docker is not needed (nor available in CI): the compose file, Dockerfile,
Prometheus configuration and Grafana provisioning are checked as files, and
with `promtool` (Debian's prometheus package) when it is installed.
"""

from __future__ import annotations

import base64
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from salvo.app import STAGES
from salvo.settings import load_settings

REPO = Path(__file__).resolve().parent.parent
DEPLOY = REPO / "deploy"
COMPOSE = REPO / "docker-compose.yml"
PROM_DIR = DEPLOY / "prometheus"
GRAFANA = DEPLOY / "grafana"
DASHBOARD = GRAFANA / "dashboards" / "salvo.json"

INFRA = {"kafka", "postgres", "prometheus", "alertmanager", "grafana", "mailpit"}
# An exact version: 3.9.0, v2.55.1, 16.6-bookworm, 11.4.0 — never latest, never a bare major.
PINNED_TAG = re.compile(r"^v?\d+\.\d+(\.\d+)?([.-][A-Za-z0-9.-]+)?$")
SECRET_NAME = re.compile(r"PASSWORD|SECRET|TOKEN|API_?KEY|PRIVATE", re.IGNORECASE)


def compose() -> dict[str, Any]:
    data = yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def services() -> dict[str, dict[str, Any]]:
    return dict(compose()["services"])


def promtool() -> str:
    path = shutil.which("promtool")
    if path is None:
        pytest.skip("promtool not installed (Debian package `prometheus`; `make prometheus`)")
    return path


def amtool() -> str:
    path = shutil.which("amtool")
    if path is None:
        pytest.skip("amtool not installed (Debian package `prometheus-alertmanager`)")
    return path


# ------------------------------------------------------------------ compose


def test_compose_names_every_service() -> None:
    names = set(services())
    assert names >= INFRA
    assert set(STAGES) <= names, "one service per Salvo stage"


def test_compose_images_are_pinned() -> None:
    for name, svc in services().items():
        image = svc.get("image")
        assert image, f"{name}: no image"
        assert "@sha256:" in image or ":" in image.rsplit("/", 1)[-1], f"{name}: {image} untagged"
        if "@sha256:" in image:
            continue
        tag = image.rsplit(":", 1)[1]
        assert tag != "latest" and PINNED_TAG.match(tag), f"{name}: {image} is not pinned"


def test_compose_salvo_image_is_tagged_with_the_project_version() -> None:
    import tomllib

    version = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "version"
    ]
    for stage in STAGES:
        assert services()[stage]["image"] == f"salvo:{version}", stage


def test_compose_infra_images() -> None:
    svc = services()
    assert svc["kafka"]["image"].startswith("apache/kafka:")
    assert svc["postgres"]["image"].startswith("postgres:16.")
    assert svc["prometheus"]["image"].startswith("prom/prometheus:v")
    assert svc["alertmanager"]["image"].startswith("prom/alertmanager:v")
    assert svc["grafana"]["image"].startswith("grafana/grafana:")
    assert svc["mailpit"]["image"].startswith("axllent/mailpit:v")


def test_compose_every_service_has_a_healthcheck() -> None:
    for name, svc in services().items():
        check = svc.get("healthcheck")
        assert check and check.get("test"), f"{name}: no healthcheck"
        assert not check.get("disable"), name


def test_compose_kafka_is_single_node_kraft() -> None:
    env = services()["kafka"]["environment"]
    assert set(env["KAFKA_PROCESS_ROLES"].split(",")) == {"broker", "controller"}
    assert env["KAFKA_CONTROLLER_QUORUM_VOTERS"] == "1@kafka:9093"
    assert env["KAFKA_ADVERTISED_LISTENERS"] == "PLAINTEXT://kafka:9092"
    assert not any("ZOOKEEPER" in k for k in env)
    # Kafka formats its storage with this id: a base64url-encoded 16-byte UUID.
    cluster_id = env["CLUSTER_ID"]
    assert len(base64.urlsafe_b64decode(cluster_id + "=" * (-len(cluster_id) % 4))) == 16
    assert "zookeeper" not in services()


def test_compose_salvo_services_run_one_stage_each_on_kafka_and_postgres() -> None:
    svc = services()
    for stage in STAGES:
        s = svc[stage]
        command = s["command"]
        assert command[:3] == ["run", "--stage", stage], stage
        bus = command[command.index("--bus") + 1]
        store = command[command.index("--store") + 1]
        assert bus == "kafka://kafka:9092"
        assert store.startswith("postgresql://") and "@postgres:5432/" in store
        assert s["build"]["dockerfile"] == "deploy/Dockerfile"
        assert (REPO / s["build"]["context"] / s["build"]["dockerfile"]).is_file()
        assert "./deploy/salvo.toml:/etc/salvo/salvo.toml:ro" in s["volumes"]
        assert s["environment"]["SALVO_CONFIG"] == "/etc/salvo/salvo.toml"
        assert "deploy/secrets.env" in s["env_file"]
        assert s["depends_on"]["kafka"]["condition"] == "service_healthy"
        assert s["depends_on"]["postgres"]["condition"] == "service_healthy"
        assert s["read_only"] is True and s["cap_drop"] == ["ALL"]
        # Scaling a stage (`--scale claims=3`) needs no fixed name and no host port.
        assert "container_name" not in s and "ports" not in s
    assert svc["alerts"]["depends_on"]["mailpit"]["condition"] == "service_healthy"


def test_compose_has_no_inline_secrets() -> None:
    text = COMPOSE.read_text(encoding="utf-8")
    assert not re.search(r"://[^/\s@:\"']+:[^@/\s\"']+@", text), "password in a URL"
    for name, svc in services().items():
        env = svc.get("environment") or {}
        items = env.items() if isinstance(env, dict) else (e.split("=", 1) for e in env)
        for key, value in items:
            if SECRET_NAME.search(key) and not key.endswith("_FILE"):
                assert value in (None, ""), f"{name}: {key} is set inline"


def test_compose_publishes_ports_on_loopback_only() -> None:
    for name, svc in services().items():
        for port in svc.get("ports", []):
            assert str(port).startswith("127.0.0.1:"), f"{name}: {port} is reachable from outside"


def test_compose_mounts_exist() -> None:
    for name, svc in services().items():
        for volume in svc.get("volumes", []):
            source = volume.split(":", 1)[0]
            if source.startswith("./"):
                assert (REPO / source).exists(), f"{name}: {source} missing"


def test_secrets_template_covers_every_variable() -> None:
    example = (DEPLOY / "secrets.env.example").read_text(encoding="utf-8")
    keys = {
        line.split("=", 1)[0]
        for line in example.splitlines()
        if "=" in line and not line.startswith("#")
    }
    needed = {"POSTGRES_PASSWORD", "PGPASSWORD", "GF_SECURITY_ADMIN_PASSWORD"}
    provisioning = (GRAFANA / "provisioning" / "datasources" / "salvo.yml").read_text()
    needed |= set(re.findall(r"\$\{(\w+)\}", provisioning))
    config = (DEPLOY / "salvo.toml").read_text(encoding="utf-8")
    needed |= set(re.findall(r'(?:secret|password)_env\s*=\s*"(\w+)"', config))
    assert needed <= keys, f"missing from secrets.env.example: {sorted(needed - keys)}"
    ignored = (DEPLOY / ".gitignore").read_text(encoding="utf-8").split()
    assert "secrets.env" in ignored
    assert "deploy/secrets.env" in (REPO / ".dockerignore").read_text(encoding="utf-8").split()


# ------------------------------------------------------------------ image


def test_dockerfile() -> None:
    text = (DEPLOY / "Dockerfile").read_text(encoding="utf-8")
    base = re.search(r"^ARG PYTHON_IMAGE=(\S+)$", text, re.MULTILINE)
    assert base, "the base image is pinned in one ARG"
    assert re.fullmatch(r"python:3\.11\.\d+-slim-\w+", base.group(1)), base.group(1)
    froms = re.findall(r"^FROM (\S+)", text, re.MULTILINE)
    assert froms and all(f == "${PYTHON_IMAGE}" for f in froms)
    user = re.findall(r"^USER (\S+)$", text, re.MULTILINE)
    assert user and user[-1].split(":")[0] not in ("root", "0"), "runs as a non-root user"
    assert re.search(r"pip install (--constraint \S+ )?\.", text)
    assert re.search(r"^HEALTHCHECK .*\n?.*/healthz", text, re.MULTILINE)
    assert 'ENTRYPOINT ["salvo"]' in text
    ignore = (REPO / ".dockerignore").read_text(encoding="utf-8").split()
    assert {".git", ".venv", ".salvo"} <= set(ignore)


def test_dockerfile_copies_every_package() -> None:
    import tomllib

    text = (DEPLOY / "Dockerfile").read_text(encoding="utf-8")
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    for pattern in project["tool"]["setuptools"]["packages"]["find"]["include"]:
        package = pattern.rstrip("*")
        assert re.search(rf"^COPY {package} \./{package}$", text, re.MULTILINE), package
    readme = project["project"].get("readme")
    if readme:
        assert "README*" in text or readme in text


def test_image_constraints_pin_every_runtime_dependency() -> None:
    import tomllib

    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name

    text = (DEPLOY / "Dockerfile").read_text(encoding="utf-8")
    assert "COPY deploy/constraints.txt" in text and "--constraint constraints.txt" in text
    pinned: dict[str, str] = {}
    for line in (DEPLOY / "constraints.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, version = line.partition("==")
            assert version, f"not an exact pin: {line}"
            pinned[canonicalize_name(name)] = version
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    for spec in project["project"]["dependencies"]:
        req = Requirement(spec)
        name = canonicalize_name(req.name)
        assert name in pinned, f"{req.name} is not pinned in deploy/constraints.txt"
        assert req.specifier.contains(pinned[name], prereleases=True), (
            f"{req.name}=={pinned[name]} does not satisfy {spec}"
        )


def test_deploy_config_is_valid_and_serves_metrics() -> None:
    settings = load_settings(DEPLOY / "salvo.toml")
    assert settings.serve.metrics_port == 9100
    assert settings.serve.metrics_host == "0.0.0.0"
    assert settings.bus.url == "kafka://kafka:9092"
    assert settings.store.url.startswith("postgresql://")
    assert ":" not in settings.store.url.split("://", 1)[1].split("@", 1)[0], "no password"
    assert settings.feeds, "production config polls real feeds"
    assert all(f.url.startswith("https://") for f in settings.feeds)
    assert settings.alerts.email and settings.alerts.email[0].host == "mailpit"


# ------------------------------------------------------------------ prometheus


def test_promtool_check_config() -> None:
    result = subprocess.run(
        [promtool(), "check", "config", str(PROM_DIR / "prometheus.yml")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_promtool_check_rules() -> None:
    result = subprocess.run(
        [promtool(), "check", "rules", str(PROM_DIR / "rules.yml")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_promtool_test_rules() -> None:
    result = subprocess.run(
        [promtool(), "test", "rules", "rules_test.yml"],
        cwd=PROM_DIR,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "SUCCESS" in result.stdout


def test_prometheus_sends_alerts_to_the_compose_alertmanager() -> None:
    config = yaml.safe_load((PROM_DIR / "prometheus.yml").read_text(encoding="utf-8"))
    targets = config["alerting"]["alertmanagers"][0]["static_configs"][0]["targets"]
    assert targets == ["alertmanager:9093"]
    mounts = services()["alertmanager"]["volumes"]
    assert "./deploy/alertmanager:/etc/alertmanager:ro" in mounts


def test_amtool_check_config() -> None:
    result = subprocess.run(
        [amtool(), "check-config", str(DEPLOY / "alertmanager" / "alertmanager.yml")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("severity", ["critical", "warning"])
def test_every_rule_reaches_the_operators(severity: str) -> None:
    for rule in alert_rules():
        if rule["labels"]["severity"] != severity:
            continue
        result = subprocess.run(
            [
                amtool(),
                "config",
                "routes",
                "test",
                f"--config.file={DEPLOY / 'alertmanager' / 'alertmanager.yml'}",
                f"severity={severity}",
                f"alertname={rule['alert']}",
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        assert result.stdout.split() == ["operators"], rule["alert"]


def alert_rules() -> list[dict[str, Any]]:
    groups = yaml.safe_load((PROM_DIR / "rules.yml").read_text(encoding="utf-8"))["groups"]
    return [rule for group in groups for rule in group["rules"] if "alert" in rule]


def test_rules_cover_the_issue_and_are_documented() -> None:
    rules = alert_rules()
    names = {r["alert"] for r in rules}
    assert {
        "SalvoFeedFailing",
        "SalvoConsumerLagGrowing",
        "SalvoDeadLetters",
        "SalvoNoArticles",
        "SalvoAlertChannelFailing",
    } <= names
    operations = (REPO / "docs" / "operations.md").read_text(encoding="utf-8").lower()
    for rule in rules:
        assert rule["labels"]["severity"] in ("critical", "warning", "info"), rule["alert"]
        assert {"summary", "description", "runbook_url"} <= set(rule["annotations"])
        anchor = rule["annotations"]["runbook_url"].rsplit("#", 1)[1]
        assert anchor == rule["alert"].lower()
        assert f"### {rule['alert'].lower()}" in operations, f"no runbook for {rule['alert']}"


def test_every_alert_rule_is_unit_tested_both_ways() -> None:
    tests = yaml.safe_load((PROM_DIR / "rules_test.yml").read_text(encoding="utf-8"))["tests"]
    firing: set[str] = set()
    quiet: set[str] = set()
    for case in tests:
        for check in case.get("alert_rule_test", []):
            (firing if check.get("exp_alerts") else quiet).add(check["alertname"])
    names = {r["alert"] for r in alert_rules()}
    assert names <= firing, f"never seen firing: {sorted(names - firing)}"
    assert names <= quiet, f"never seen quiet: {sorted(names - quiet)}"


# ------------------------------------------------------------------ grafana


def dashboard() -> dict[str, Any]:
    data = json.loads(DASHBOARD.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def test_dashboard_is_generated_from_its_source() -> None:
    sys.path.insert(0, str(GRAFANA))
    try:
        import build_dashboard
    finally:
        sys.path.remove(str(GRAFANA))
    assert DASHBOARD.read_text(encoding="utf-8") == build_dashboard.render(), (
        "salvo.json is stale: run `python deploy/grafana/build_dashboard.py`"
    )


def test_dashboard_datasources_are_provisioned() -> None:
    provisioned = yaml.safe_load(
        (GRAFANA / "provisioning" / "datasources" / "salvo.yml").read_text(encoding="utf-8")
    )["datasources"]
    by_uid = {d["uid"]: d for d in provisioned}
    assert by_uid["salvo-prometheus"]["url"] == "http://prometheus:9090"
    assert by_uid["salvo-postgres"]["url"] == "postgres:5432"
    assert by_uid["salvo-postgres"]["user"] == "grafana_reader", "read-only role"
    assert "password" not in by_uid["salvo-postgres"].get("jsonData", {})
    board = dashboard()
    panels = [p for p in board["panels"] if p["type"] != "row"]
    for panel in panels:
        assert panel["datasource"]["uid"] in by_uid, panel["title"]
        assert panel["datasource"]["type"] == by_uid[panel["datasource"]["uid"]]["type"]
        for target in panel["targets"]:
            assert target["datasource"]["uid"] == panel["datasource"]["uid"], panel["title"]
            assert target.get("expr") or target.get("rawSql"), panel["title"]


def test_dashboard_provider_points_at_the_mounted_directory() -> None:
    provider = yaml.safe_load(
        (GRAFANA / "provisioning" / "dashboards" / "salvo.yml").read_text(encoding="utf-8")
    )["providers"][0]
    mounts = services()["grafana"]["volumes"]
    assert f"./deploy/grafana/dashboards:{provider['options']['path']}:ro" in mounts
    assert "./deploy/grafana/provisioning:/etc/grafana/provisioning:ro" in mounts


def test_every_exported_metric_is_charted_or_alerted_on() -> None:
    """The other direction of the live test: a new metric gets a panel (or a rule)."""
    from salvo.metrics import Metrics

    used = DASHBOARD.read_text(encoding="utf-8") + (PROM_DIR / "rules.yml").read_text()
    unused = [
        family.name
        for family in Metrics().registry.collect()
        if not re.search(rf"\b{family.name}(_total|_bucket|_sum|_count)?\b", used)
    ]
    assert not unused, f"metrics on no panel and in no rule: {unused}"


def test_alerts_link_to_the_provisioned_dashboard() -> None:
    settings = load_settings(DEPLOY / "salvo.toml")
    assert settings.alerts.grafana_url is not None
    assert f"/d/{dashboard()['uid']}/" in settings.alerts.grafana_url


def test_dashboard_layout() -> None:
    board = dashboard()
    assert board["uid"] == "salvo-overview"
    ids = [p["id"] for p in board["panels"]]
    assert len(ids) == len(set(ids))
    cells: set[tuple[int, int]] = set()
    for p in board["panels"]:
        g = p["gridPos"]
        assert g["x"] + g["w"] <= 24, p["title"]
        mine = {
            (x, y) for x in range(g["x"], g["x"] + g["w"]) for y in range(g["y"], g["y"] + g["h"])
        }
        assert not cells & mine, f"{p['title']} overlaps another panel"
        cells |= mine


def test_dashboard_has_every_required_panel() -> None:
    panels = [p for p in dashboard()["panels"] if p["type"] != "row"]
    text = {p["title"]: json.dumps(p["targets"]) for p in panels}

    def panel_using(*needles: str) -> str:
        for title, targets in text.items():
            if all(n in targets for n in needles):
                return title
        raise AssertionError(f"no panel queries {needles}")

    panel_using('salvo_feeds{state=\\"ok\\"}')
    panel_using('salvo_feeds{state=\\"failing\\"}')
    panel_using(
        "salvo_articles_published_total",
        "salvo_claims_extracted_total",
        "salvo_alerts_raised_total",
    )
    panel_using("salvo_extraction_seconds_bucket")
    panel_using("salvo_consumer_lag")
    panel_using("salvo_dead_letters_total")
    panel_using("salvo_alert_deliveries_total", "salvo_alert_dead_letters_total")
    panel_using("salvo_record_value", "salvo_latest_event_value")
    nightly = panel_using("records_events", "records_values", "Record")
    assert "Largest attack per night" in nightly
    panel_using("records_events", "Independent sources")
    panel_using("jsonb_array_elements", "'sources'", "quote")
