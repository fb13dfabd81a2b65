"""Email over STARTTLS and implicit TLS with AUTH, the password read from a file."""

from __future__ import annotations

import shutil
import ssl
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from alerts.stage import AlertsProcessor
from alerts.testing import sample_alert
from salvo.bus.embedded import EmbeddedBus
from salvo.metrics import Metrics
from salvo.runtime import Emitter
from salvo.settings import Settings
from salvo.store import open_store
from tests.conftest import free_port


class Handler:
    def __init__(self) -> None:
        self.messages: list[bytes] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        assert session.authenticated
        self.messages.append(envelope.content)
        return "250 OK"


def authenticator(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> Any:
    ok = isinstance(data, LoginPassword) and (data.login, data.password) == (b"desk", b"pa55")
    return AuthResult(success=ok)


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a test certificate")
    d = tmp_path_factory.mktemp("tls")
    cert, key = d / "cert.pem", d / "key.pem"
    subprocess.run(
        [
            "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
            "-keyout", str(key), "-out", str(cert), "-subj", "/CN=localhost",
            "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost",
        ],
        check=True,
        capture_output=True,
    )  # fmt: skip
    return cert, key


def server_context(cert: Path, key: Path) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    return context


@pytest.fixture(params=["starttls", "tls"])
def smtp_server(
    request: pytest.FixtureRequest, certificate: tuple[Path, Path]
) -> Iterator[tuple[str, int, Handler]]:
    handler = Handler()
    port = free_port()
    context = server_context(*certificate)
    options: dict[str, Any] = {"authenticator": authenticator, "auth_require_tls": True}
    if request.param == "starttls":
        options.update(tls_context=context, require_starttls=True)
    else:
        # aiosmtpd only counts STARTTLS as TLS for auth_require_tls; this is TLS throughout.
        options.update(ssl_context=context, auth_require_tls=False)
    controller = Controller(handler, hostname="127.0.0.1", port=port, **options)
    controller.start()
    try:
        yield request.param, port, handler
    finally:
        controller.stop()


def test_email_over_tls_with_auth(
    smtp_server: tuple[str, int, Handler],
    certificate: tuple[Path, Path],
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    security, port, handler = smtp_server
    password_file = tmp_path / "smtp-password"
    password_file.write_text("pa55\n", encoding="utf-8")
    settings = Settings.model_validate(
        {
            "store": {"url": f"sqlite:///{tmp_path}/state.db"},
            "alerts": {
                "log": False,
                "email": [
                    {
                        "host": "127.0.0.1",
                        "port": port,
                        "security": security,
                        "username": "desk",
                        "password_file": str(password_file),
                        "recipients": ["desk@example.org"],
                        "ca_file": str(certificate[0]),
                    }
                ],
            },
        }
    )
    bus = EmbeddedBus(str(tmp_path / "bus.db"))
    processor = AlertsProcessor(settings, open_store(settings.store.url), Metrics())
    processor.process(sample_alert())
    with caplog.at_level("DEBUG"):
        delivered = processor.finish_pending(Emitter(bus.producer(), Metrics(), "alerts"), 5)
    processor.close()
    assert delivered == 1
    assert len(handler.messages) == 1
    assert b"New record: 741" in handler.messages[0]
    assert "pa55" not in caplog.text


def test_untrusted_certificate_is_refused(
    smtp_server: tuple[str, int, Handler], tmp_path: Path
) -> None:
    security, port, handler = smtp_server
    settings = Settings.model_validate(
        {
            "store": {"url": f"sqlite:///{tmp_path}/state.db"},
            "alerts": {
                "log": False,
                "max_attempts": 1,
                "email": [{"port": port, "security": security, "recipients": ["desk@example.org"]}],
            },
        }
    )
    bus = EmbeddedBus(str(tmp_path / "bus.db"))
    processor = AlertsProcessor(settings, open_store(settings.store.url), Metrics())
    processor.process(sample_alert())
    assert processor.finish_pending(Emitter(bus.producer(), Metrics(), "alerts"), 1) == 0
    rows = processor.outbox.rows(["dead"])
    processor.close()
    assert handler.messages == []
    assert len(rows) == 1 and "CERTIFICATE_VERIFY_FAILED" in (rows[0].last_error or "")
