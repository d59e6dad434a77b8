"""Every option declared once, with its type and default; stored as JSON in the data folder."""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from desktop import paths

log = logging.getLogger("amphoe.settings")

SETTINGS_VERSION = 1


@dataclass
class Settings:
    version: int = SETTINGS_VERSION
    database_url: str = ""  # empty: the per-user SQLite file
    language: str = "th"  # th | en
    thai_digits: bool = True  # documents print Thai digits (๑๒๓)
    # The documents' type family, one TTF per face (e.g. TH Sarabun New installed on the office
    # PC); empty: the bundled Sarabun, set at TH Sarabun New's sizes. Missing faces use the regular.
    document_font: str = ""
    document_font_bold: str = ""
    document_font_italic: str = ""
    garuda_image: str = ""  # the emblem the office supplies for letters
    margin_left_cm: float = 3.0
    margin_right_cm: float = 2.0
    margin_top_cm: float = 2.5
    margin_bottom_cm: float = 2.0
    backup_interval_hours: int = 24
    backup_keep_daily: int = 7
    backup_keep_weekly: int = 4
    email_size_limit_mb: int = 10
    idle_lock_minutes: int = 15
    follow_up_days: int = 60
    recent_files: list[str] = field(default_factory=list)

    def effective_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{paths.default_database_path()}"


def _upgrade(raw: dict[str, Any]) -> dict[str, Any]:
    """Versioned upgrades of older settings files go here, one step per version."""
    raw["version"] = SETTINGS_VERSION
    return raw


def load(path: Path | None = None) -> Settings:
    path = path or paths.settings_path()
    if not path.exists():
        return Settings()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        log.warning("settings file %s unreadable (%s); using defaults", path, error)
        return Settings()
    raw = _upgrade(raw)
    known = {f.name for f in fields(Settings)}
    return Settings(**{k: v for k, v in raw.items() if k in known})


def save(settings: Settings, path: Path | None = None) -> None:
    path = path or paths.settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(asdict(settings), ensure_ascii=False, indent=2), "utf-8")
    os.replace(temporary, path)  # atomic: a crash never leaves half a settings file
