"""The document face: a family (regular, bold, italic), its scale and its real ink extents.

Thai offices state sizes in TH Sarabun New's terms: "16 pt" is a TH Sarabun New 16 pt
line. TH Sarabun New (SIPA) is not on PyPI or in Debian, so we cannot ship it with a
licence we have read; we bundle Google's Sarabun (SIL OFL) instead, which is drawn about
1.5x larger at the same point size (a line of minutes prose at 16 pt: 464 pt wide against
TH Sarabun New's 304 pt; x-height 500 against 340 units). Every nominal size is
therefore multiplied by the face's scale before it reaches the page: 0.66 for the
bundled Sarabun (calibrated on that line's width), and for a TTF chosen in Settings
the ratio of TH Sarabun New's x-height to its own (TH Sarabun New itself: 1.0).

Line spacing comes from the ink the face can really put on the page (stacked tone marks
above, ฤ/ญ/ฐ with lower vowels below), measured by HarfBuzz on the shaped glyphs, so
two lines' ink never come within LINE_GAP points of each other.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from desktop import paths

TH_SARABUN_X_HEIGHT = 0.34  # em: TH Sarabun New 1.35's x-height, the size every office means
BUNDLED_SCALE = 0.655  # Sarabun → TH Sarabun New: 304 / 464 pt on the same 16 pt line of prose
LINE_GAP = 1.2  # points of white between the lowest ink of a line and the highest of the next

# The tallest and the deepest things Thai text can stack: tone marks over upper vowels on
# tall consonants, lower vowels under consonants with descenders, Latin and brackets.
INK_PROBES = "ปั้ ฟิ์ ฝื่ ฬี๋ ป๊ ฟ็ ปึ๋ ญู ฐุ ฎู ฏุ ฤ ฦ ญ ฐู Ágjpqy|()[]{} ๑๒๓๔๕๖๗๘๙๐ ฿ ๆ ฯ"


@dataclass(frozen=True)
class Family:
    """The faces of one type family; a missing face falls back to the regular one."""

    regular: Path
    bold: Path
    italic: Path

    @classmethod
    def bundled(cls) -> Family:
        return cls(paths.font_path("Regular"), paths.font_path("Bold"), paths.font_path("Italic"))

    @classmethod
    def chosen(cls, regular: str, bold: str = "", italic: str = "") -> Family:
        """The family named in Settings; the bundled Sarabun when the regular face is not a file."""
        if not regular or not Path(regular).is_file():
            return cls.bundled()
        face = Path(regular)
        return cls(
            face,
            Path(bold) if bold and Path(bold).is_file() else face,
            Path(italic) if italic and Path(italic).is_file() else face,
        )

    @functools.cached_property
    def is_bundled(self) -> bool:
        return self.regular == paths.font_path("Regular")

    def face(self, bold: bool = False, italic: bool = False) -> Path:
        return self.bold if bold else self.italic if italic else self.regular

    @functools.cached_property
    def scale(self) -> float:
        """Drawn size ÷ nominal size: how big this face must be set to match TH Sarabun New."""
        if self.is_bundled:
            return BUNDLED_SCALE
        return face_scale(str(self.regular))

    @functools.cached_property
    def ink(self) -> tuple[float, float]:
        """Highest and lowest ink of any of the faces (em of the drawn size; lowest is negative)."""
        extents = [ink_extents(str(path)) for path in {self.regular, self.bold, self.italic}]
        return max(top for top, _ in extents), min(bottom for _, bottom in extents)

    def line_height(self, size: float) -> float:
        """Baseline-to-baseline distance for a nominal size: the face's full ink plus LINE_GAP."""
        top, bottom = self.ink
        return (top - bottom) * size * self.scale + LINE_GAP

    def width_cm(self, text: str, size: float, bold: bool = False) -> float:
        """How wide the text is set at a nominal size (for indents that hang under a label)."""
        return advance(str(self.face(bold)), text) * size * self.scale / 72 * 2.54

    def ascent(self, size: float) -> float:
        """From the top of a line's box to its baseline."""
        return self.ink[0] * size * self.scale + LINE_GAP / 2


@functools.cache
def _hb_font(path: str) -> object:
    import uharfbuzz as hb

    return hb.Font(hb.Face(hb.Blob.from_file_path(path)))


def _shaped_extents(path: str, text: str) -> tuple[float, float]:
    import uharfbuzz as hb

    font = _hb_font(path)
    upem = float(font.face.upem)  # type: ignore[attr-defined]
    buffer = hb.Buffer()
    buffer.add_str(text)
    buffer.guess_segment_properties()
    hb.shape(font, buffer)
    top, bottom = 0.0, 0.0
    for info, position in zip(buffer.glyph_infos, buffer.glyph_positions, strict=True):
        extents = font.get_glyph_extents(info.codepoint)  # type: ignore[attr-defined]
        if extents is None:
            continue
        high = position.y_offset + extents.y_bearing
        top = max(top, high / upem)
        bottom = min(bottom, (high + extents.height) / upem)
    return top, bottom


@functools.cache
def ink_extents(path: str) -> tuple[float, float]:
    return _shaped_extents(path, INK_PROBES)


@functools.cache
def face_scale(path: str) -> float:
    x_height = _shaped_extents(path, "x")[0]
    if x_height <= 0:
        return 1.0
    return round(min(1.0, max(0.5, TH_SARABUN_X_HEIGHT / x_height)), 3)


@functools.lru_cache(maxsize=1024)
def advance(path: str, text: str) -> float:
    """The shaped text's advance width in em."""
    import uharfbuzz as hb

    font = _hb_font(path)
    buffer = hb.Buffer()
    buffer.add_str(text)
    buffer.guess_segment_properties()
    hb.shape(font, buffer)
    upem = float(font.face.upem)  # type: ignore[attr-defined]
    return float(sum(p.x_advance for p in buffer.glyph_positions)) / upem
