"""Bar and stacked-bar charts drawn with Pillow: ONE code path for the window and the PDF.

A chart is rendered once at print resolution (``scale`` pixels per logical pixel). The
window shows those very pixels (scaled to fit) and the documents embed them as a PNG, so
what the clerk sees is what the committee gets on paper.
Thai needs complex shaping (tone marks above vowels): Pillow's Raqm layout does that; the
basic layout is only a fallback (``thai_shaping_available()`` says which one is in use).

Each rendered chart also carries its bars' rectangles in logical pixels, so the window can
tell which bar was clicked without drawing anything itself.
"""

from __future__ import annotations

import logging
import math
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cache

from PIL import Image, ImageDraw, ImageFont, features

from desktop.paths import font_path
from desktop.reports.chart_result import BarRegion, ChartFailed, RenderedChart
from desktop.thai import to_thai_digits

log = logging.getLogger("amphoe.charts")

PALETTE = ("#1f5f99", "#e07b24", "#3a9a5b", "#c23b3b", "#8a6bbf", "#7f7f7f")
INK = "#222222"
GRID = "#d9d9d9"
PRINT_SCALE = 3  # 3 px per logical px: an 800-px-wide chart prints 16 cm wide at ~380 dpi


@dataclass
class Series:
    name: str
    values: Sequence[float]
    color: str = ""


@dataclass
class ChartSpec:
    title: str
    categories: Sequence[str]
    series: Sequence[Series]
    stacked: bool = False
    horizontal: bool = False  # bars grow to the right; long category names read better
    width: int = 560  # logical pixels
    height: int = 300
    value_format: str = "{:,.0f}"
    thai_digits: bool = False  # printed in a Thai-digit document: every label and figure in ๐–๙


def render_or_fail(build: Callable[[], ChartSpec], scale: int = PRINT_SCALE) -> RenderedChart | ChartFailed:
    """Build one chart's spec and draw it; any error becomes a ChartFailed (and a log entry
    with its traceback), so that one chart's bad data never leaves a whole page blank."""
    try:
        return render_chart(build(), scale)
    except Exception as error:  # a bug in one chart: the page shows the others
        log.exception("a chart could not be drawn")
        return ChartFailed(f"{type(error).__name__}: {error}"[:200])


def thai_shaping_available() -> bool:
    return bool(features.check("raqm"))


@cache
def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    layout = ImageFont.Layout.RAQM if thai_shaping_available() else ImageFont.Layout.BASIC
    return ImageFont.truetype(str(font_path("Bold" if bold else "Regular")), size, layout_engine=layout)


class _Canvas:
    def __init__(self, width: int, height: int, scale: int, thai_digits: bool = False) -> None:
        self.scale = scale
        self.thai_digits = thai_digits
        self.image = Image.new("RGB", (width * scale, height * scale), "white")
        self.draw = ImageDraw.Draw(self.image)

    def font(self, size: float, bold: bool = False) -> ImageFont.FreeTypeFont:
        return _font(round(size * self.scale), bold)

    def digits(self, text: str) -> str:
        text = _printable(text)
        return to_thai_digits(text) if self.thai_digits else text

    def text_size(self, text: str, size: float, bold: bool = False) -> tuple[float, float]:
        text = self.digits(text)
        left, top, right, bottom = self.draw.textbbox((0, 0), text, font=self.font(size, bold))
        return float(right - left) / self.scale, float(bottom - top) / self.scale

    def text(
        self, x: float, y: float, text: str, size: float, anchor: str, bold: bool = False, fill: str = INK
    ) -> None:
        s = self.scale
        self.draw.text(
            (x * s, y * s), self.digits(text), font=self.font(size, bold), fill=fill, anchor=anchor
        )

    def rect(self, left: float, top: float, right: float, bottom: float, fill: str) -> None:
        """A filled box; one under a pixel (a tiny stacked segment of a big register) is one pixel."""
        s = self.scale
        x0, y0 = round(left * s), round(top * s)
        x1, y1 = max(x0, round(right * s) - 1), max(y0, round(bottom * s) - 1)
        self.draw.rectangle((x0, y0, x1, y1), fill)

    def line(self, x0: float, y0: float, x1: float, y1: float, fill: str) -> None:
        s = self.scale
        self.draw.line((x0 * s, y0 * s, x1 * s, y1 * s), fill=fill, width=max(1, s // 2))

    def rgb(self) -> bytes:
        return self.image.tobytes()


def _printable(text: str) -> str:
    """Control characters (a cell's carriage return in a subdistrict's name) as spaces: Raqm's
    layout refuses a text holding a CR."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() or c == " " else " " for c in text)


def _count(value: float) -> float:
    """A figure as drawn: a count that is not a finite number ≥ 0 draws no bar."""
    return value if value > 0 and math.isfinite(value) else 0.0


def _nice_max(value: float) -> float:
    """The axis end: four ticks of 1, 2 or 5 × 10^k, so every tick is a round number."""
    if value <= 0:
        return 4.0
    tick = value / 4
    magnitude = 10 ** max(0, len(str(int(tick))) - 1)
    for step in (1, 2, 5, 10):
        if tick <= step * magnitude:
            return float(4 * step * magnitude)
    return float(40 * magnitude)


def _fit(canvas: _Canvas, text: str, size: float, room: float) -> str:
    """The label, or as many of its words as fit followed by "…" (cut between words where it
    has spaces, else between letters with their marks, never inside a letter's marks)."""
    if canvas.text_size(text, size)[0] <= room:
        return text
    words = text.split(" ")
    while len(words) > 1:
        words.pop()
        if canvas.text_size(" ".join(words) + "…", size)[0] <= room:
            return " ".join(words) + "…"
    while len(text) > 1 and canvas.text_size(text + "…", size)[0] > room:
        text = text[:-1]
        while len(text) > 1 and unicodedata.category(text[-1]) == "Mn":
            text = text[:-1]
    return text + "…"


LABEL = 12.5
TITLE = 15


def render_chart(spec: ChartSpec, scale: int = PRINT_SCALE) -> RenderedChart:
    n = len(spec.categories)  # a series shorter than the categories: 0 for the missing ones
    drawn = [
        replace(s, values=[_count(v) for v in s.values[:n]] + [0.0] * (n - len(s.values)))
        for s in spec.series
    ]
    spec = replace(spec, series=drawn)
    canvas = _Canvas(spec.width, spec.height, scale, spec.thai_digits)
    regions: list[BarRegion] = []
    left: float
    right: float
    bottom: float
    x: float
    y: float
    box: tuple[float, float, float, float]
    colors = [s.color or PALETTE[i % len(PALETTE)] for i, s in enumerate(spec.series)]
    canvas.text(spec.width / 2, 8, spec.title, TITLE, "mt", bold=True)
    top: float = 8 + canvas.text_size("กขคญ", TITLE, True)[1] + 14
    # Legend (only when there is more than one series)
    if len(spec.series) > 1:
        items = [(s.name, c) for s, c in zip(spec.series, colors, strict=True)]
        widths = [12 + 4 + canvas.text_size(name, LABEL)[0] + 14 for name, _ in items]
        x = max(8.0, (spec.width - sum(widths)) / 2)
        for (name, color), w in zip(items, widths, strict=True):
            canvas.rect(x, top + 1, x + 12, top + 13, color)
            canvas.text(x + 16, top + 7, name, LABEL, "lm")
            x += w
        top += 26
    totals = [
        sum(s.values[i] for s in spec.series)
        if spec.stacked
        else max((s.values[i] for s in spec.series), default=0)
        for i in range(n)
    ]
    maximum = _nice_max(max(totals, default=0))
    fmt = spec.value_format
    if spec.horizontal:
        label_room = min(
            spec.width * 0.4, max((canvas.text_size(c, LABEL)[0] for c in spec.categories), default=0) + 12
        )
        left, right, bottom = label_room + 6, spec.width - 48, spec.height - 24
        right, bottom = max(right, left), max(bottom, top)  # a chart too small for its labels
        band = (bottom - top) / max(n, 1)
        for tick in range(5):
            value = maximum * tick / 4
            x = left + (right - left) * tick / 4
            canvas.line(x, top, x, bottom, GRID)
            canvas.text(x, bottom + 4, fmt.format(value), LABEL - 1.5, "mt", fill="#555555")
        for i, category in enumerate(spec.categories):
            y0 = top + band * i + band * 0.15
            y1 = top + band * (i + 1) - band * 0.15
            canvas.text(left - 6, (y0 + y1) / 2, _fit(canvas, category, LABEL, label_room - 8), LABEL, "rm")
            bars = len(spec.series) if not spec.stacked else 1
            height = (y1 - y0) / bars
            x = left
            for j, series in enumerate(spec.series):
                value = series.values[i]
                length = (right - left) * value / maximum
                if spec.stacked:
                    box = (x, y0, x + length, y1)
                    x += length
                else:
                    box = (left, y0 + height * j, left + length, y0 + height * (j + 1))
                if value > 0:
                    canvas.rect(*box, colors[j])
                    regions.append(BarRegion(box[0], box[1], max(box[2], box[0] + 2), box[3], i, j))
                if not spec.stacked:
                    canvas.text(box[2] + 4, (box[1] + box[3]) / 2, fmt.format(value), LABEL - 1, "lm")
            if spec.stacked:
                canvas.text(x + 4, (y0 + y1) / 2, fmt.format(totals[i]), LABEL - 1, "lm", bold=True)
        canvas.line(left, top, left, bottom, INK)
    else:
        ascent = canvas.font(LABEL).getmetrics()[0] / canvas.scale
        label_height = canvas.text_size("กิ่ง", LABEL)[1] + 10
        left = 16 + canvas.text_size(fmt.format(maximum), LABEL - 1.5)[0]
        right, bottom = spec.width - 12, spec.height - label_height - 8
        right, bottom = max(right, left), max(bottom, top + 14)  # a chart too small for its labels
        band = (right - left) / max(n, 1)
        for tick in range(5):
            value = maximum * tick / 4
            y = bottom - (bottom - top - 14) * tick / 4
            canvas.line(left, y, right, y, GRID)
            canvas.text(left - 4, y, fmt.format(value), LABEL - 1.5, "rm", fill="#555555")
        plot = bottom - top - 14  # room above the tallest bar for its figure
        for i, category in enumerate(spec.categories):
            x0 = left + band * i + band * 0.15
            x1 = left + band * (i + 1) - band * 0.15
            canvas.text(
                (x0 + x1) / 2, bottom + 6 + ascent, _fit(canvas, category, LABEL, band - 2), LABEL, "ms"
            )
            bars = len(spec.series) if not spec.stacked else 1
            width = (x1 - x0) / bars
            y = bottom
            for j, series in enumerate(spec.series):
                value = series.values[i]
                length = plot * value / maximum
                if spec.stacked:
                    box = (x0, y - length, x1, y)
                    y -= length
                else:
                    box = (x0 + width * j, bottom - length, x0 + width * (j + 1), bottom)
                if value > 0:
                    canvas.rect(*box, colors[j])
                    regions.append(BarRegion(box[0], min(box[1], box[3] - 2), box[2], box[3], i, j))
                if not spec.stacked and value > 0:
                    canvas.text((box[0] + box[2]) / 2, box[1] - 2, fmt.format(value), LABEL - 1.5, "mb")
            if spec.stacked and totals[i] > 0:
                canvas.text((x0 + x1) / 2, y - 2, fmt.format(totals[i]), LABEL - 1, "mb", bold=True)
        canvas.line(left, bottom, right, bottom, INK)
    return RenderedChart(canvas.rgb(), spec.width, spec.height, scale, regions)
