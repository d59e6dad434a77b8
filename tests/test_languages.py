"""The window's language: AMPHOE_LANG and Settings choose it; English mode shows no Thai words in
the window's own labels, Thai mode no leftover English; numbers and dates follow the language."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QHeaderView, QLabel, QTabBar, QWidget
from pytestqt.qtbot import QtBot

from desktop import settings as settings_store
from desktop.db import Database
from desktop.settings import Settings
from ui import workers
from ui.app import create_application, start_settings
from ui.i18n import install_translators
from ui.main_window import MainWindow

THAI_LETTER = re.compile("[\u0e01-\u0e4f]")  # Thai letters; Thai digits (๑๒๓) may stand as examples
ENGLISH_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")
# Names that stay as they are in Thai text: formats, systems, file types, and acronyms (all capitals).
KEPT_IN_THAI = {"PDF", "DOCX", "xlsx", "TPMAP", "Logbook", "Excel", "Word", "Windows", "eml", "CSV", "USB"}


def _chrome(page: QWidget) -> list[str]:
    """The window's own words on a page: buttons, tabs, group titles, table headers, labels."""
    texts = [b.text() for b in page.findChildren(QAbstractButton)]
    texts += [g.title() for g in page.findChildren(QGroupBox)]
    for bar in page.findChildren(QTabBar):
        texts += [bar.tabText(i) for i in range(bar.count())]
    for header in page.findChildren(QHeaderView):
        model = header.model()
        if model is not None and header.orientation().value == 1:  # horizontal
            side = header.orientation()
            texts += [str(model.headerData(i, side) or "") for i in range(model.columnCount())]
    texts += [label.text() for label in page.findChildren(QLabel)]
    return [t for t in texts if t]


def _leftover_english(text: str) -> list[str]:
    # file names, folders and markup are not words of the window
    words = ENGLISH_WORD.findall(re.sub(r"\S+\.(pdf|docx|xlsx|csv|zip|eml)\b|\S*[/\\]\S*|<[^>]+>", "", text))
    return [w for w in words if w not in KEPT_IN_THAI and not w.isupper() and len(w) > 1]


@pytest.fixture
def app(monkeypatch: pytest.MonkeyPatch) -> Iterator[QApplication]:
    monkeypatch.setattr(workers, "RUN_SYNCHRONOUSLY", True)
    application = create_application()
    yield application
    install_translators(application, "th")


def _walk(qtbot: QtBot, database: Database, language: str) -> dict[str, list[str]]:
    window = MainWindow(database, Settings(database_url=database.url, language=language))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    found: dict[str, list[str]] = {}
    for row in range(window.navigation.count()):
        window.navigation.setCurrentRow(row)
        QThreadPool.globalInstance().waitForDone(10_000)
        QApplication.processEvents()
        found[window.page_titles()[row]] = _chrome(window.pages[row])
    return found


def test_amphoe_lang_starts_the_window_in_english(
    app: QApplication,
    qtbot: QtBot,
    demo_database: Database,
    data_dir: object,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    settings_store.save(Settings(language="th"))
    monkeypatch.setenv("AMPHOE_LANG", "en")
    settings = start_settings()
    assert settings.language == "en"
    assert install_translators(app, settings.language) is not None
    window = MainWindow(demo_database, settings)
    qtbot.addWidget(window)
    assert window.page_titles()[0] == "Overview"
    monkeypatch.delenv("AMPHOE_LANG")
    assert start_settings().language == "th"  # the stored choice (Settings page) otherwise


def test_english_mode_shows_no_thai_in_the_windows_own_words(
    app: QApplication, qtbot: QtBot, demo_database: Database
) -> None:
    from desktop.office import load as load_office

    install_translators(app, "en")
    office = load_office(demo_database)
    pages = _walk(qtbot, demo_database, "en")
    data = {office.office_name, "พย ๐๐๑๙.๔"}  # the office's own data and the letter-code example
    thai = {
        page: [t for t in texts if THAI_LETTER.search(t) and not any(d and d in t for d in data)]
        for page, texts in pages.items()
        if page in ("Overview", "Households", "Casework", "Settings", "Data and users")
    }
    assert thai == {page: [] for page in thai}


def test_meetings_in_english_number_and_date_in_english(
    app: QApplication, qtbot: QtBot, demo_database: Database
) -> None:
    from ui.pages.meetings import MeetingsPage

    install_translators(app, "en")
    window = MainWindow(demo_database, Settings(database_url=demo_database.url, language="en"))
    qtbot.addWidget(window)
    page = window.open_page(MeetingsPage)
    QThreadPool.globalInstance().waitForDone(10_000)
    heading = page.editor.heading.text()
    assert re.search(r"Meeting no\. \d+/20\d\d  \d+ [A-Z][a-z]+ 20\d\d", heading), heading
    assert not re.search("[๐-๙]", heading)
    assert page.editor.lock_label.text().startswith("Held:")  # the status sentence, in English
    table = page.list.table
    statuses = {table.item(r, 3).text() for r in range(table.rowCount())}
    assert statuses and not any(THAI_LETTER.search(s) for s in statuses)
    # the closed sets a clerk picks from: attendance, outcome, action, household list, role
    editor = page.editor
    boxes = [
        editor.minutes.resolutions.outcome,
        editor.minutes.resolutions.action,
        editor.item_panel.kind,
        editor.attendance.status_box(0),
    ]
    choices = [box.itemText(i) for box in boxes for i in range(box.count())]
    assert "present" in choices and "approved" in choices
    assert not [c for c in choices if THAI_LETTER.search(c)]
    page.roster.load()
    roles = {page.roster.table.item(r, 2).text() for r in range(page.roster.table.rowCount())}
    assert "chair" in roles and not [r for r in roles if THAI_LETTER.search(r)]


def test_thai_mode_leaves_no_english_words(app: QApplication, qtbot: QtBot, demo_database: Database) -> None:
    install_translators(app, "th")
    pages = _walk(qtbot, demo_database, "th")
    english = {page: sorted({w for t in ts for w in _leftover_english(t)}) for page, ts in pages.items()}
    assert english == {page: [] for page in pages}
    meetings = "\n".join(pages["การประชุม"])
    # numbering (๒/๒๕๖๗, ๑.๑) in one digit style on screen: Arabic (documents: Thai)
    assert not re.search("[๐-๙]+[./][๐-๙]+", meetings)
    assert re.search(r"\d+/25\d\d", meetings)


def test_the_overview_charts_speak_the_windows_language(demo_database: Database) -> None:
    import datetime as dt

    from desktop.reports import ops as report_ops
    from desktop.reports.overview_charts import overview_charts

    figures, _years = report_ops.overview(demo_database, None, dt.date.today())
    english = overview_charts(figures, "en")
    for name, spec in english.items():
        words = [spec.title, *(s.name for s in spec.series)]
        if name != "groups_by_subdistrict":  # subdistricts are the district's own names
            words += list(spec.categories)
        assert not any(THAI_LETTER.search(w) for w in words), (name, words)
    assert english["groups_by_subdistrict"].title == "Target households by subdistrict and group"
    thai = overview_charts(figures)
    assert thai["logbook"].title == "สถานะใน TPMAP Logbook"


def test_casework_dates_follow_the_window_language() -> None:
    """The casework lists' dates: the Buddhist era in Thai, the Christian era in English
    (they showed 24/8/2569 in English mode)."""
    import datetime as dt

    from ui.casework.common import show_date

    app = create_application()
    try:
        install_translators(app, "en")
        assert show_date(dt.date(2026, 11, 22)) == "22 Nov 2026"
        install_translators(app, "th")
        assert show_date(dt.date(2026, 11, 22)) == "22 พ.ย. 69"
    finally:
        install_translators(app, "th")


def test_meeting_tabs_in_english_quorum_resolutions_and_household_list(
    app: QApplication, qtbot: QtBot, demo_database: Database
) -> None:
    """The attendance tab's quorum sentence, the resolutions list and an agenda item's
    household list, driven through the window in English: they showed Thai sentences,
    'มติที่ 7/2569 รับทราบ' and Logbook statuses in Thai."""
    from ui.pages.meetings import MeetingsPage

    install_translators(app, "en")
    window = MainWindow(demo_database, Settings(database_url=demo_database.url, language="en"))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    page = window.open_page(MeetingsPage)
    QThreadPool.globalInstance().waitForDone(10_000)
    editor = page.editor
    assert editor.detail is not None
    editor.tabs.setCurrentIndex(2)
    quorum = editor.attendance.quorum_label.text()
    assert re.fullmatch(
        r"\d+ members, \d+ attending \(more than \d+% needed, that is \d+ or more\): .+", quorum
    )
    assert not THAI_LETTER.search(quorum), quorum

    editor.tabs.setCurrentIndex(3)
    resolved = [i for i in editor.detail.items if i.resolutions]
    assert resolved
    listed: list[str] = []
    for item in resolved:
        editor.minutes.select_item(item.id)
        panel = editor.minutes.resolutions
        listed += [panel.list.item(r).text() for r in range(panel.list.count())]
    assert listed and all(re.match(r"Resolution \d+/20\d\d ", text) for text in listed), listed
    assert not [text for text in listed if THAI_LETTER.search(text)]

    editor.tabs.setCurrentIndex(1)
    with_households = [i for i in editor.detail.items if i.households and i.parent_id is not None]
    assert with_households
    statuses: set[str] = set()
    for item in with_households:
        editor.select_item(item.id)
        table = editor.item_panel.households
        statuses |= {table.item(r, 3).text() for r in range(table.rowCount())}
    assert statuses and statuses <= {"not checked", "found", "not found", "entered"}, statuses


def test_resolution_and_meeting_choices_follow_the_window_language(
    app: QApplication, qtbot: QtBot, demo_database: Database
) -> None:
    """The programme's 'approved by resolution' box and the package's meeting box: they showed
    'มติที่ 10/2569' and 'ครั้งที่ ๒/๒๕๖๗ (๔ กันยายน ๒๕๖๗)' in English mode; in Thai the
    meeting box now writes its numbers as every other screen does (Arabic digits)."""
    from ui.casework.page import CaseworkPage
    from ui.pages.submissions import SubmissionsPage

    def boxes(language: str) -> tuple[list[str], list[str]]:
        install_translators(app, language)
        window = MainWindow(demo_database, Settings(database_url=demo_database.url, language=language))
        qtbot.addWidget(window)
        casework = window.open_page(CaseworkPage)
        casework.tabs.setCurrentWidget(casework.programmes)
        casework.programmes.load()
        QThreadPool.globalInstance().waitForDone(10_000)
        resolution = casework.programmes.resolution
        resolutions = [resolution.itemText(i) for i in range(resolution.count())]
        submissions = window.open_page(SubmissionsPage)
        submissions.load()
        meetings = [submissions.meeting.itemText(i) for i in range(submissions.meeting.count())]
        return resolutions, meetings

    resolutions, meetings = boxes("en")
    assert resolutions and all(re.match(r"Resolution \d+/20\d\d: ", r) for r in resolutions), resolutions
    assert meetings and all(
        re.search(r" meeting \d+/20\d\d \(\d+ [A-Z][a-z]+ 20\d\d\)$", m) for m in meetings
    )
    assert not [m for m in meetings if re.search("[๐-๙]|ครั้งที่", m)], meetings
    resolutions, meetings = boxes("th")
    assert all(r.startswith("มติที่ ") for r in resolutions)
    assert meetings and all(re.search(r" ครั้งที่ \d+/25\d\d \(\d+ [ก-๛]+ 25\d\d\)$", m) for m in meetings), (
        meetings
    )


def test_overview_fiscal_year_box_in_english(
    app: QApplication, qtbot: QtBot, demo_database: Database
) -> None:
    """The fiscal-year box showed 2570 beside a chart titled 'fiscal year 2027' in English."""
    from ui.pages.overview import OverviewPage

    install_translators(app, "en")
    window = MainWindow(demo_database, Settings(database_url=demo_database.url, language="en"))
    qtbot.addWidget(window)
    page = window.open_page(OverviewPage)
    qtbot.waitUntil(lambda: page.year_box.count() > 0, timeout=30_000)
    shown = [(page.year_box.itemText(i), page.year_box.itemData(i)) for i in range(page.year_box.count())]
    assert all(text == str(year_be - 543) and text.startswith("20") for text, year_be in shown), shown
