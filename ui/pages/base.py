"""What every page shares: a title and a hook called when the page comes into view."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QWidget

if TYPE_CHECKING:
    from desktop.db import Database
from desktop.settings import Settings
from ui.navigation import title_of


class Page(QWidget):
    def __init__(self, database: Database, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.settings = settings
        self._loaded = False

    def title(self) -> str:
        """The page's heading: its name in the navigation."""
        return title_of(type(self))

    def activate(self) -> None:
        """Called each time the page is shown; loads data the first time."""
        if not self._loaded:
            self._loaded = True
            self.load()

    def load(self) -> None:
        """Read what the page shows. Pages override it; cheap work only, or a worker."""

    def search_field(self) -> QWidget | None:
        """The page's search box, focused by Ctrl+F (None: the page has none)."""
        return None

    def heading(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("pageHeading")
        return label
