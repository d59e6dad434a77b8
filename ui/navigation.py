"""The pages of the main window in navigation order, named without importing them.

The navigation shows these titles before any page module is loaded, and each page's
heading is the same title (Page.title), so the two never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication


@dataclass(frozen=True)
class PageEntry:
    title: str
    module: str
    class_name: str

    def matches(self, page_type: type) -> bool:
        return (page_type.__module__, page_type.__qualname__) == (self.module, self.class_name)


def page_entries() -> list[PageEntry]:
    """In the current language (translated at each call: the language can change)."""
    translate = QCoreApplication.translate  # lupdate reads each call below
    return [
        PageEntry(translate("MainWindow", "Overview"), "ui.pages.overview", "OverviewPage"),
        PageEntry(translate("MainWindow", "Households"), "ui.pages.households", "HouseholdsPage"),
        PageEntry(translate("MainWindow", "Casework"), "ui.casework.page", "CaseworkPage"),
        PageEntry(translate("MainWindow", "Meetings"), "ui.pages.meetings", "MeetingsPage"),
        PageEntry(translate("MainWindow", "Letters and deadlines"), "ui.pages.letters", "LettersPage"),
        PageEntry(translate("MainWindow", "Send to province"), "ui.pages.submissions", "SubmissionsPage"),
        PageEntry(translate("MainWindow", "Settings"), "ui.pages.settings_page", "SettingsPage"),
        PageEntry(translate("MainWindow", "Data and users"), "ui.pages.data_page", "DataPage"),
    ]


def title_of(page_type: type) -> str:
    return next(entry.title for entry in page_entries() if entry.matches(page_type))
