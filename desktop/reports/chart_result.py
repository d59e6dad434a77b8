"""A drawn chart as plain data (pixels, where its bars are) or why it could not be drawn.

desktop.reports.charts draws them with Pillow; these classes need neither Pillow nor Qt, so
the window can show the overview's saved charts (desktop.reports.snapshot) at start-up.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field


@dataclass
class BarRegion:
    """Where one bar (segment) landed, in logical pixels, for click-through."""

    left: float
    top: float
    right: float
    bottom: float
    category: int
    series: int

    def contains(self, x: float, y: float) -> bool:
        return self.left <= x <= self.right and self.top <= y <= self.bottom


@dataclass
class RenderedChart:
    """The drawn pixels (RGB, width·scale × height·scale) and where the bars are.

    The window wraps ``rgb`` in a QImage directly (no encoding on a refresh); documents take
    ``png``, encoded from the very same pixels on first use.
    """

    rgb: bytes
    width: int  # logical size
    height: int
    scale: int
    regions: list[BarRegion] = field(default_factory=list)
    _png: bytes = field(default=b"", repr=False)

    @property
    def pixel_size(self) -> tuple[int, int]:
        return self.width * self.scale, self.height * self.scale

    @property
    def png(self) -> bytes:
        if not self._png:
            from PIL import Image  # not at import: the saved overview is shown without Pillow

            image = Image.frombytes("RGB", self.pixel_size, self.rgb)
            buffer = io.BytesIO()
            dpi = 96 * self.scale
            image.save(buffer, "PNG", dpi=(dpi, dpi), compress_level=6)
            self._png = buffer.getvalue()
        return self._png

    def hit(self, x: float, y: float) -> BarRegion | None:
        """The bar under a point given in logical pixels (None between bars)."""
        for region in self.regions:
            if region.contains(x, y):
                return region
        return None


@dataclass(frozen=True)
class ChartFailed:
    """A chart that could not be drawn: the window says so in the chart's place."""

    error: str  # the exception's type and text, for the clerk's report to the helpdesk
