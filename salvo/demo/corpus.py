"""The demo corpus: articles written for Salvo in the styles news outlets use.

The figures follow the Ukrainian Air Force's public reports for early July
2025; the wording is ours. Three outlets, three nights, one syndicated copy,
one Russian defence-ministry report, and numbers that are not barrage sizes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime


@dataclass(frozen=True)
class DemoArticle:
    outlet: str
    slug: str
    title: str
    published: datetime
    text: str


@dataclass(frozen=True)
class DemoAttack:
    """A past attack, as the record history starts from."""

    event_date: date
    total: int
    drones: int
    missiles: int


# The record before the demo's week is 550 (4 July 2025).
HISTORY = (
    DemoAttack(date(2022, 10, 10), 108, 24, 84),
    DemoAttack(date(2023, 12, 29), 158, 36, 122),
    DemoAttack(date(2024, 8, 26), 236, 109, 127),
    DemoAttack(date(2025, 6, 1), 479, 472, 7),
    DemoAttack(date(2025, 7, 4), 550, 539, 11),
)


def _utc(y: int, m: int, d: int, hh: int, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=UTC)


ARTICLES = (
    DemoArticle(
        outlet="Wire Service",
        slug="wire/2025/07/09/record-barrage",
        title="Russia fires record 741 drones and missiles at Ukraine overnight",
        published=_utc(2025, 7, 9, 6, 40),
        text=(
            "KYIV, July 9 - Russia launched 728 drones and 13 missiles at Ukraine overnight, "
            "the Ukrainian air force said on Wednesday, the largest aerial attack of the war "
            "so far.\n\n"
            "Air defence units shot down or jammed 718 of the drones and seven of the missiles, "
            "the air force said in a statement on Telegram. The western city of Lutsk took the "
            "brunt of the strikes.\n\n"
            "The previous record, 550 drones and missiles, was set less than a week earlier. "
            "Officials said at least two people were injured and 40 buildings were damaged.\n\n"
            "President Volodymyr Zelenskiy urged allies to tighten sanctions and said Kyiv "
            "needed more air defence systems, adding that talks on buying 10 Patriot batteries "
            "were under way."
        ),
    ),
    DemoArticle(
        outlet="Continental Herald",
        slug="herald/world/ukraine-record-strike",
        title="Ukraine hit by biggest air attack of the war",
        published=_utc(2025, 7, 9, 8, 5),
        text=(
            "KYIV, July 9 - Russia launched 728 drones and 13 missiles at Ukraine overnight, "
            "the Ukrainian air force said on Wednesday, the largest aerial attack of the war "
            "so far.\n\n"
            "Air defence units shot down or jammed 718 of the drones and seven of the missiles, "
            "the air force said in a statement on Telegram. The western city of Lutsk took the "
            "brunt of the strikes.\n\n"
            "The previous record, 550 drones and missiles, was set less than a week earlier. "
            "Officials said at least two people were injured and 40 buildings were damaged.\n\n"
            "(Reporting by the Wire Service; editing by our foreign desk.)"
        ),
    ),
    DemoArticle(
        outlet="Kyiv Daily",
        slug="kyiv-daily/news/night-of-8-9-july",
        title="Air force: 741 aerial targets in one night, most ever",
        published=_utc(2025, 7, 9, 9, 30),
        text=(
            "On the night of 8-9 July, Russian forces attacked Ukraine with 741 air attack "
            "weapons: 728 Shahed-type strike drones and decoys, seven Kh-101 cruise missiles "
            "and six Kinzhal aeroballistic missiles, the Air Force Command reported.\n\n"
            "According to the report, 296 drones were shot down and 415 were locationally lost "
            "to electronic warfare. The attack was directed mainly at Volyn Oblast.\n\n"
            "It is the largest combined strike since the start of the full-scale invasion. "
            "Over the past week Russia has launched more than 1,800 drones at Ukrainian cities, "
            "President Zelensky said in his evening address.\n\n"
            "Emergency services said crews worked for 12 hours to put out fires at two "
            "warehouses."
        ),
    ),
    DemoArticle(
        outlet="Global Broadcaster",
        slug="broadcaster/europe/kyiv-second-night",
        title="Kyiv hit again a night after record attack",
        published=_utc(2025, 7, 10, 7, 15),
        text=(
            "Russia has struck Kyiv with drones and missiles for a second night running, "
            "killing at least two people, officials say.\n\n"
            "Ukraine's air force said Russia launched 397 drones and 18 missiles overnight, "
            "415 weapons in all. Mayor Vitali Klitschko said fires broke out in several "
            "districts of the capital.\n\n"
            "The attack came one night after Russia fired a record 741 drones and missiles at "
            "Ukraine, according to the air force.\n\n"
            "Ukraine says it needs at least 25 more air defence systems to protect its cities, "
            "each costing about $1bn."
        ),
    ),
    DemoArticle(
        outlet="Wire Service",
        slug="wire/2025/07/10/moscow-drones",
        title="Russia says it downed Ukrainian drones over several regions",
        published=_utc(2025, 7, 10, 5, 50),
        text=(
            "MOSCOW, July 10 - Russia's defence ministry said on Thursday its air defences had "
            "destroyed 48 Ukrainian drones over seven regions overnight, including 11 over the "
            "Moscow region.\n\n"
            "Flights were briefly suspended at two Moscow airports, the aviation authority said. "
            "There was no immediate comment from Kyiv."
        ),
    ),
)
