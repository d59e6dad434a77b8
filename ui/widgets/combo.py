"""Combo boxes whose longest entry does not set the window's width."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox


def compact(combo: QComboBox, characters: int = 14) -> QComboBox:
    """Long Thai names (programmes, remedies) must not widen the whole window: the box is as
    wide as `characters` characters, its list as wide as the longest entry."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    return combo
