"""Register the bundled Thai font so Thai never shows as boxes on a bare machine."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase

from desktop import paths

log = logging.getLogger("amphoe.ui")

UI_FAMILY = "Sarabun"


def register_fonts() -> str:
    """Load every bundled Sarabun face; returns the family name the UI should use."""
    family = UI_FAMILY
    for style in ("Regular", "Bold", "Italic", "BoldItalic"):
        font_id = QFontDatabase.addApplicationFont(str(paths.font_path(style)))
        if font_id < 0:
            log.error("could not load font %s", paths.font_path(style))
            continue
        families = QFontDatabase.applicationFontFamilies(font_id)
        if families:
            family = families[0]
    return family


def ui_font(family: str, point_size: float = 11.0) -> QFont:
    font = QFont(family)
    font.setPointSizeF(point_size)
    return font
