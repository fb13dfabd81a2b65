"""docker-compose.yml, checked without Docker: services, pinned images, wiring, no secrets.

Docker is not needed (nor available in CI): the compose file is parsed and checked as a file.
"""

from __future__ import annotations

import base64
import re

from salvo.app import STAGES
from tests.deploy_support import COMPOSE, DEPLOY, GRAFANA, REPO, pyproject, services

INFRA = {"kafka", "postgres", "prometheus", "alertmanager", "grafana", "mailpit"}
# An exact version: 3.9.0, v2.55.1, 16.6-bookworm, 11.4.0 — never latest, never a bare major.
PINNED_TAG = re.compile(r"^v?\d+\.\d+(\.\d+)?([.-][A-Za-z0-9.-]+)?$")
SECRET_NAME = re.compile(r"PASSWORD|SECRET|TOKEN|API_?KEY|PRIVATE", re.IGNORECASE)


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
    version = pyproject()["project"]["version"]
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
