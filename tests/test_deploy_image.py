"""The Salvo image and its configuration: Dockerfile, pinned dependencies, deploy/salvo.toml."""

from __future__ import annotations

import re

from salvo.settings import load_settings
from tests.deploy_support import DEPLOY, REPO, pyproject


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
    text = (DEPLOY / "Dockerfile").read_text(encoding="utf-8")
    project = pyproject()
    for pattern in project["tool"]["setuptools"]["packages"]["find"]["include"]:
        package = pattern.rstrip("*")
        assert re.search(rf"^COPY {package} \./{package}$", text, re.MULTILINE), package
    readme = project["project"].get("readme")
    if readme:
        assert "README*" in text or readme in text


def test_image_constraints_pin_every_runtime_dependency() -> None:
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
    for spec in pyproject()["project"]["dependencies"]:
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
