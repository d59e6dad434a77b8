"""Combo boxes whose longest entry does not set the window's width."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox


def compact(combo: QComboBox, characters: int = 14) -> QComboBox:
    """Long Thai names (programmes, remedies) must not widen the whole window: the box is as
    wide as `characters` characters, its list as wide as the longest entry."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    return combo


def up_to(combo: QComboBox, max_width: int, characters: int = 14) -> QComboBox:
    """As wide as its longest entry, but never wider than max_width pixels nor narrower than
    `characters` characters; an entry cut off there is elided and whole in the tooltip."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    combo.setMinimumContentsLength(characters)
    combo.setMaximumWidth(max_width)
    combo.currentTextChanged.connect(combo.setToolTip)
    return combo
