"""`salvo extract`: print the barrage claims found in a text (owned by the claims work)."""

from __future__ import annotations

import re
import sys
from datetime import date, datetime
from typing import TextIO

import click

from salvo.schemas import BarrageClaim

_FIRST_LINE_DATE = re.compile(r"\b(\d{4}-\d{2}-\d{2})\b")


def _published_from_text(text: str) -> date | None:
    first = text.lstrip().split("\n", 1)[0]
    m = _FIRST_LINE_DATE.search(first)
    if not m:
        return None
    try:
        return date.fromisoformat(m.group(1))
    except ValueError:
        return None


def _table(claims: list[BarrageClaim]) -> str:
    if not claims:
        return "no claims found"
    rows = [
        (
            "direction",
            "date",
            "total",
            "drones",
            "missiles",
            "qual",
            "rec",
            "downed",
            "source",
            "scope",
        ),
    ]
    for c in claims:
        rows.append(
            (
                c.direction,
                f"{c.event_date or '-'}{' (day)' if c.daytime else ''}",
                str(c.launched_total if c.launched_total is not None else "-"),
                str(c.drones if c.drones is not None else "-"),
                str(c.missiles if c.missiles is not None else "-"),
                c.qualifier.value,
                "yes" if c.is_record_claim else "",
                str(c.intercepted if c.intercepted is not None else "-"),
                c.attributed_to or "-",
                c.scope.value + (f" ({c.location})" if c.location else ""),
            )
        )
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)) for r in rows]
    for c in claims:
        quote = " ".join(c.evidence[0].text.split()) if c.evidence else ""
        lines.append(f"\n[{c.launched_total}] {quote}")
    return "\n".join(lines)


@click.command("extract")
@click.argument("file", type=click.File("r", encoding="utf-8"), default="-")
@click.option(
    "--published",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="Publication date (YYYY-MM-DD, Kyiv). Default: a date on the text's first line.",
)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per claim, one per line.")
@click.option("--extractor", default="rules", show_default=True, help="Claim extractor to use.")
def extract_command(
    file: TextIO, published: datetime | None, as_json: bool, extractor: str
) -> None:
    """Print the barrage claims found in a text FILE (or standard input with -).

    A claim is one statement of how many drones and/or missiles were launched in
    one attack: the figure and its breakdown, qualifier ("more than 400"), the
    attack's date (Kyiv morning it ended), direction (RU->UA, UA->RU), the source
    (air force, president, …), whether it is called a record, and the evidence
    sentence with character offsets. Dates like "overnight" or "early Thursday"
    are resolved against --published; without it, a YYYY-MM-DD on the first line
    is used, else such dates stay null. Week/month totals are marked scope
    "period", one city's share "local"; interceptions alone, casualties, money,
    production and aid figures are not claims.

    \b
    Examples:
      salvo extract article.txt --published 2025-07-10
      salvo extract - --json < article.txt
    """
    from processors.claims import get_extractor

    text = file.read()
    pub = published.date() if published else _published_from_text(text)
    try:
        engine = get_extractor(extractor)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--extractor") from exc
    claims = [c.model_copy(update={"published": pub}).with_id() for c in engine.extract(text, pub)]
    if as_json:
        for claim in claims:
            sys.stdout.write(claim.model_dump_json() + "\n")
    else:
        click.echo(_table(claims))
