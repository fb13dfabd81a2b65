"""A small PNG of recent barrage sizes with the old and the new record marked.

Drawn with matplotlib's object API on the Agg canvas (no pyplot, no global
state, safe in any thread). It needs only the new value; the previous record
and recent values are drawn when known.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.dates import AutoDateLocator, ConciseDateFormatter, date2num
from matplotlib.figure import Figure

MAX_POINTS = 30


@dataclass(frozen=True)
class ChartData:
    title: str
    new_date: date
    new_value: int
    previous_date: date | None = None
    previous_value: int | None = None
    history: Sequence[tuple[date, int]] = field(default_factory=tuple)  # recent attacks


def render_chart(data: ChartData, *, dpi: int = 100) -> bytes:
    """The chart as PNG bytes (about 600×300 px)."""
    points = {d: v for d, v in data.history if d < data.new_date}
    if data.previous_date is not None and data.previous_value is not None:
        points.setdefault(data.previous_date, data.previous_value)
    recent = sorted(points.items())[-MAX_POINTS:]

    fig = Figure(figsize=(6, 3), dpi=dpi)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    if recent:
        ax.bar(
            [float(date2num(d)) for d, _ in recent],
            [v for _, v in recent],
            width=0.8,
            color="#9aa5b1",
            label="earlier attacks",
        )
    new_x = float(date2num(data.new_date))
    ax.bar([new_x], [data.new_value], width=0.8, color="#d64545", label="new")
    ax.annotate(
        str(data.new_value),
        (new_x, data.new_value),
        ha="center",
        va="bottom",
        fontsize=9,
        fontweight="bold",
    )
    if data.previous_value is not None:
        ax.axhline(
            data.previous_value,
            color="#1f4e79",
            linestyle="--",
            linewidth=1,
            label=f"previous record {data.previous_value}",
        )
        if data.previous_date is not None:
            prev_x = float(date2num(data.previous_date))
            ax.plot([prev_x], [data.previous_value], "o", color="#1f4e79")
    ax.set_title(data.title, fontsize=10)
    ax.set_ylim(0, max(data.new_value, data.previous_value or 0) * 1.15 + 1)
    ax.legend(fontsize=7, loc="upper left")
    ax.tick_params(axis="both", labelsize=7)
    locator = AutoDateLocator()
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    return buf.getvalue()
