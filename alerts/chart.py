"""A small PNG of recent barrage sizes with the old and the new record marked.

Drawn with matplotlib's object API on the Agg canvas (no pyplot, no global
state, safe in any thread). It needs only the new value; the previous record
and recent values are drawn when known. Attacks are evenly spaced bars (not a
date axis): the eye compares sizes, and a few date labels are enough.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

MAX_POINTS = 24
MAX_LABELS = 6
_GREY, _RED, _BLUE = "#9aa5b1", "#d64545", "#1f4e79"


@dataclass(frozen=True)
class ChartData:
    title: str
    new_date: date
    new_value: int
    previous_date: date | None = None
    previous_value: int | None = None
    history: Sequence[tuple[date, int]] = field(default_factory=tuple)  # recent attacks


def _label(d: date, with_year: bool) -> str:
    return f"{d.day} {d:%b}" + (f" {d:%y}" if with_year else "")


def render_chart(data: ChartData, *, dpi: int = 100) -> bytes:
    """The chart as PNG bytes (600×300 px at the default dpi)."""
    points = {d: v for d, v in data.history if d < data.new_date}
    if data.previous_date is not None and data.previous_value is not None:
        points[data.previous_date] = data.previous_value  # the record as the alert states it
    recent = sorted(points.items())[-(MAX_POINTS - 1) :]
    dates = [d for d, _ in recent] + [data.new_date]
    values = [v for _, v in recent] + [data.new_value]
    colours = [_BLUE if d == data.previous_date else _GREY for d in dates[:-1]] + [_RED]

    fig = Figure(figsize=(6, 3), dpi=dpi)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    xs = list(range(len(dates)))
    ax.bar(xs, values, width=0.7, color=colours)
    ax.text(xs[-1], data.new_value, f"new {data.new_value}", ha="right", va="bottom", fontsize=8)
    if data.previous_value is not None:
        ax.axhline(data.previous_value, color=_BLUE, linestyle="--", linewidth=1)
        ax.text(
            0, data.previous_value, f"previous record {data.previous_value}",
            ha="left", va="bottom", fontsize=7, color=_BLUE,
        )  # fmt: skip
    step = max(1, -(-len(dates) // MAX_LABELS))
    ticks = sorted({*xs[::step], xs[-1]})
    with_year = dates[0].year != dates[-1].year
    ax.set_xticks(ticks, [_label(dates[i], with_year) for i in ticks], fontsize=7)
    ax.tick_params(axis="y", labelsize=7)
    ax.set_xlim(-0.6, len(dates) - 0.4)
    ax.set_ylim(0, max([*values, data.previous_value or 0]) * 1.15 + 1)
    ax.set_title(data.title, fontsize=9)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    # Fixed margins: tight_layout() would cost more than the rest of the drawing.
    fig.subplots_adjust(left=0.08, right=0.98, top=0.9, bottom=0.1)
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    return buf.getvalue()
