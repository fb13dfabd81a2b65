"""Claim streams shared by the records tests: the seeds' week, built by hand."""

from __future__ import annotations

from datetime import date

from processors.records.history import HistoricalAttack
from salvo.schemas import BarrageClaim, ClaimScope, Evidence, Qualifier

JULY_4 = HistoricalAttack("RU->UA", date(2025, 7, 4), 550, 539, 11, "kpszsu/posts/july4")
JUNE_1 = HistoricalAttack("RU->UA", date(2025, 6, 1), 479, 472, 7, "kpszsu/posts/june1")


def claim(
    article: str,
    *,
    event_date: date | None,
    total: int | None = None,
    drones: int | None = None,
    missiles: int | None = None,
    qualifier: Qualifier = Qualifier.EXACT,
    by: str | None = None,
    outlet: str = "AFP",
    published: date | None = None,
    duplicate_of: str | None = None,
    scope: ClaimScope = ClaimScope.NATIONAL,
    record: bool = False,
    quote: str = "",
    direction: str = "RU->UA",
) -> BarrageClaim:
    text = quote or f"{outlet}: {total or drones} launched"
    if published is None:  # a morning report of its night; an undated one on 10 July
        published = event_date or date(2025, 7, 10)
    return BarrageClaim(
        article_id=f"art_{article}",
        article_url=f"https://news.example/{article}",
        source=outlet,
        article_title=f"Story {article}",
        published=published,
        duplicate_of=duplicate_of,
        direction=direction,
        event_date=event_date,
        launched_total=total,
        drones=drones,
        missiles=missiles,
        qualifier=qualifier,
        attributed_to=by,
        scope=scope,
        is_record_claim=record,
        evidence=[Evidence(text=text, start=0, end=len(text))],
    ).with_id()


def seeds_week() -> list[BarrageClaim]:
    """The five seed articles' claims: the 10 July attack and the 9 July record."""
    d9, d10 = date(2025, 7, 9), date(2025, 7, 10)
    return [
        claim(
            "000",
            event_date=d10,
            total=415,
            by="Ukrainian air force",
            published=date(2025, 7, 11),
            quote="The Ukrainian air force said Russia had launched 415 drones and missiles",
        ),
        claim(
            "000",
            event_date=d9,
            total=741,
            record=True,
            published=date(2025, 7, 11),
            quote="Russia fired a record number of 741 long-range drones and missiles",
        ),
        claim(
            "001",
            published=d10,
            event_date=d10,
            drones=400,
            missiles=18,
            qualifier=Qualifier.MORE_THAN,
            by="President Volodymyr Zelensky",
            outlet="Kyiv Independent",
        ),
        claim(
            "001",
            published=d10,
            event_date=d9,
            total=741,
            by="Ukraine's air force",
            outlet="Kyiv Independent",
            record=True,
        ),
        claim(
            "002",
            published=d10,
            event_date=d10,
            total=400,
            qualifier=Qualifier.MORE_THAN,
            by="Kyiv city officials",
            outlet="France24",
            duplicate_of="art_000",
        ),
        claim(
            "002",
            published=d10,
            event_date=d9,
            total=741,
            record=True,
            outlet="France24",
            duplicate_of="art_000",
        ),
        claim(
            "003",
            published=d10,
            event_date=d10,
            total=None,
            qualifier=Qualifier.VAGUE,
            outlet="Reuters",
        ),
        claim(
            "003",
            published=d10,
            event_date=d9,
            total=741,
            by="air force",
            outlet="Reuters",
            record=True,
        ),
        claim(
            "004",
            published=d10,
            event_date=d10,
            total=415,
            by="the air force",
            outlet="BBC",
        ),
        claim(
            "004",
            published=d10,
            event_date=d9,
            total=728,
            qualifier=Qualifier.MORE_THAN,
            outlet="BBC",
            scope=ClaimScope.NATIONAL,
        ),
        claim(
            "004",
            published=d10,
            event_date=d10,
            total=30,
            outlet="BBC",
            scope=ClaimScope.LOCAL,
        ),
        claim(
            "004",
            published=d10,
            event_date=None,
            total=2500,
            outlet="BBC",
            scope=ClaimScope.PERIOD,
        ),
    ]
