"""Email over SMTP: multipart plain text + HTML, the chart inline, STARTTLS or TLS, auth.

Structure: multipart/alternative [text/plain, multipart/related [text/html,
image/png (Content-ID, inline)]]. The Message-ID derives from the delivery id,
so a repeated send after a crash is recognisable as the same message.
"""

from __future__ import annotations

import logging
import smtplib
from email.message import EmailMessage
from email.utils import formatdate

from alerts.channels.base import Delivery, DeliveryError
from alerts.channels.tls import client_context
from alerts.render import CHART_CID
from salvo.settings import EmailChannel as EmailSettings
from salvo.settings import read_secret

log = logging.getLogger(__name__)


def build_message(delivery: Delivery, sender: str, recipients: list[str]) -> EmailMessage:
    msg = EmailMessage()
    msg["Subject"] = delivery.content.headline
    msg["From"] = sender
    msg["To"] = ", ".join(recipients)
    msg["Date"] = formatdate(delivery.created.timestamp(), usegmt=True)
    msg["Message-ID"] = f"<{delivery.delivery_id}@salvo.alerts>"
    msg["X-Salvo-Alert-Ids"] = ", ".join(sorted(a.alert_id for a in delivery.alerts))
    msg["X-Salvo-Event-Id"] = delivery.event_id
    msg.set_content(delivery.content.text)
    msg.add_alternative(delivery.content.html, subtype="html")
    if delivery.chart_png:
        html_part = next(p for p in msg.iter_parts() if p.get_content_type() == "text/html")
        assert isinstance(html_part, EmailMessage)
        html_part.add_related(
            delivery.chart_png,
            maintype="image",
            subtype="png",
            cid=f"<{CHART_CID}>",
            disposition="inline",
            filename="barrages.png",
        )
    return msg


class EmailChannel:
    kind = "email"
    wants_chart = True

    def __init__(self, config: EmailSettings) -> None:
        if not config.recipients:
            raise ValueError(f"email channel {config.name}: no recipients")
        self.name = config.name
        self.config = config
        # connect, TLS, login and DATA each get the timeout
        self.lease_seconds = config.timeout_seconds * 5 + 5

    def _connect(self) -> smtplib.SMTP:
        c = self.config
        if c.security == "tls":
            return smtplib.SMTP_SSL(
                c.host, c.port, timeout=c.timeout_seconds, context=client_context(c.ca_file)
            )
        smtp = smtplib.SMTP(c.host, c.port, timeout=c.timeout_seconds)
        if c.security == "starttls":
            smtp.starttls(context=client_context(c.ca_file))
        return smtp

    def send(self, delivery: Delivery) -> None:
        c = self.config
        msg = build_message(delivery, c.sender, c.recipients)
        try:
            with self._connect() as smtp:
                if c.username:
                    password = read_secret(c.password_env, c.password_file)
                    if password is None:
                        raise DeliveryError(
                            f"email {self.name}: username set but no password in "
                            "password_env/password_file",
                            retryable=False,
                        )
                    smtp.login(c.username, password)
                refused = smtp.send_message(msg, from_addr=c.sender, to_addrs=c.recipients)
        except smtplib.SMTPRecipientsRefused as exc:
            codes = [code for code, _ in exc.recipients.values()]
            raise DeliveryError(
                f"all recipients refused: {codes}", retryable=all(400 <= x < 500 for x in codes)
            ) from exc
        except smtplib.SMTPNotSupportedError as exc:  # e.g. no AUTH offered: a config error
            raise DeliveryError(f"SMTP server: {exc}", retryable=False) from exc
        except smtplib.SMTPAuthenticationError as exc:
            raise DeliveryError(
                f"SMTP authentication failed ({exc.smtp_code})", retryable=False
            ) from exc
        except smtplib.SMTPResponseException as exc:
            raise DeliveryError(
                f"SMTP {exc.smtp_code}", retryable=400 <= exc.smtp_code < 500
            ) from exc
        except (smtplib.SMTPException, OSError, TimeoutError) as exc:
            raise DeliveryError(f"{type(exc).__name__}: {exc}") from exc
        if refused:
            # Retrying would duplicate the mail for those who got it: report, do not retry.
            log.warning("email %s: some recipients refused: %s", self.name, sorted(refused))

    def close(self) -> None:
        return None
