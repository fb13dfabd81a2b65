"""Labelling helpers shared by the held-out claim sets' build scripts (claims_holdout*/build.py).

`c(...)` is one expected claim, `mod(...)` a Russian defence ministry tally (the national
downed count plus one local claim per region), `Passages.add` (bound as `p` in each
script) one labelled passage, and `Passages.write` the set's passages.jsonl.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

_ABSENT = object()
RU, UA = "RU->UA", "UA->RU"
NA: Any = _ABSENT  # field not scored: the text is ambiguous


def c(
    direction: str,
    event_date: str | None,
    total: int | None,
    drones: int | None = None,
    missiles: int | None = None,
    q: str = "exact",
    rec: Any = False,
    src: Any = None,
    scope: Any = "national",
    inter: Any = None,
    loc: Any = None,
) -> dict[str, Any]:
    claim: dict[str, Any] = {
        "direction": direction,
        "event_date": event_date,
        "launched_total": total,
        "drones": drones,
        "missiles": missiles,
        "qualifier": q,
        "is_record_claim": rec,
        "attributed_to": src,
        "scope": scope,
        "intercepted": inter,
        "location": loc,
    }
    # a field given as NA is left out: the text is ambiguous, so it is not scored
    return {k: v for k, v in claim.items() if v is not _ABSENT}


def mod(
    date: str | None, total: int, regions: list[tuple[int, str]], rec: Any = False
) -> list[dict[str, Any]]:
    """A Russian defence ministry tally: the national downed count, one local claim a region."""
    claims = [c(UA, date, total, total, None, "exact", rec, "defence ministry", inter=total)]
    for n, place in regions:
        claims.append(
            c(UA, date, n, n, None, "exact", False, "defence ministry", "local", n, place)
        )
    return claims


class Passages(list[dict[str, Any]]):
    """The labelled passages of one set, in the order they are written."""

    def add(
        self,
        pid: str,
        outlet: str,
        url: str,
        published: str | None,
        text: str,
        claims: list[dict[str, Any]],
        notes: str = "",
    ) -> None:
        self.append(
            {
                "id": pid,
                "outlet": outlet,
                "url": url,
                "published": published,
                "text": text,
                "claims": claims,
                "notes": notes,
            }
        )

    def write(self, here: Path) -> None:
        ids = [row["id"] for row in self]
        assert len(ids) == len(set(ids)), "duplicate passage ids"
        out = here / "passages.jsonl"
        with out.open("w", encoding="utf-8") as fh:
            for row in self:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        urls = {row["url"] for row in self}
        claims = sum(len(row["claims"]) for row in self)
        print(f"{len(self)} passages from {len(urls)} articles, {claims} expected claims -> {out}")
