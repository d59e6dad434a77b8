"""Where things live: per-user data, settings, logs, backups and the bundled resources."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "AmphoeDesk"
APP_AUTHOR = "AmphoeDesk"


def resources_dir() -> Path:
    """Bundled resources, beside the code in a checkout and in sys._MEIPASS when frozen."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


PRIVATE_DIR = 0o700  # the data folder holds the register: user-only where the OS has modes


def data_dir() -> Path:
    """Per-user data folder; AMPHOE_DATA_DIR overrides it (tests, portable installs).

    Created user-only (0700); an existing folder is left as the administrator set it."""
    override = os.environ.get("AMPHOE_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    if not path.is_dir():
        path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
        with contextlib.suppress(OSError):
            os.chmod(path, PRIVATE_DIR)  # mkdir's mode passes through the umask
    return path


def default_database_path() -> Path:
    return data_dir() / "amphoe-desk.sqlite3"


def backups_dir() -> Path:
    return data_dir() / "backups"


def scratch_dir() -> Path:
    """Our own folder for work in progress (a package being built holds minutes PDFs with
    personal data): in the private data folder, not the shared system temp folder, and
    swept at start-up (desktop.files.sweep_stale)."""
    return data_dir() / "scratch"


def logs_dir() -> Path:
    return data_dir() / "logs"


def settings_path() -> Path:
    return data_dir() / "settings.json"


def font_path(style: str = "Regular") -> Path:
    return resources_dir() / "fonts" / f"Sarabun-{style}.ttf"


def icon_path() -> Path:
    return resources_dir() / "icons" / "amphoe-desk.png"


def documents_dir() -> Path:
    """Where file dialogs start: the user's Documents folder (the home folder if it has none)."""
    documents = Path(platformdirs.user_documents_dir())
    return documents if documents.is_dir() else Path.home()
