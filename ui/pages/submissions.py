"""ส่งจังหวัด: build the package for a meeting, write it to a USB stick (verified) or an
e-mail draft, see what was sent, open a package to check it, and (at a provincial
office) import district packages and compare districts side by side."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import paths
from desktop.db import Database
from desktop.errors import UserError
from desktop.progress import Progress
from desktop.settings import Settings
from desktop.submissions import ops
from desktop.submissions.delivery import CHANNEL_TH, send_to_folder, write_email_draft
from desktop.submissions.package import BuiltPackage, PackageOptions, build_package
from desktop.submissions.usb import removable_drives
from desktop.submissions.verify import verify_package
from ui.dialogs.cover_letter import confirm_gaps
from ui.messages import current_language, show_error
from ui.pages.base import Page
from ui.pages.letters import meeting_choices
from ui.pages.tables import RowsTable
from ui.workers import Operation, run_in_background

OK_STYLE = "color: #1b5e20; font-weight: bold;"
BAD_STYLE = "color: #b00020; font-weight: bold;"


def packages_dir() -> Path:
    return paths.data_dir() / "packages"


class SubmissionsPage(Page):
    def __init__(self, database: Database, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(database, settings, parent)
        self.package: BuiltPackage | None = None
        self.operation: Operation | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading(self.title()))
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.tabs.addTab(self._send_tab(), self.tr("Build and send"))
        self.tabs.addTab(self._history_tab(), self.tr("What was sent"))
        self.tabs.addTab(self._open_tab(), self.tr("Open a package"))
        self.tabs.addTab(self._province_tab(), self.tr("Province: district packages"))

    # ----- build and send -------------------------------------------------------------
    def _send_tab(self) -> QWidget:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        scroll.setWidget(body)

        build_box = QGroupBox(self.tr("1. Build the package"))
        form = QFormLayout(build_box)
        self.meeting = QComboBox()
        self.meeting.setObjectName("package_meeting")
        form.addRow(self.tr("Meeting"), self.meeting)
        self.docx = QCheckBox(self.tr("Add the minutes as a Word file (DOCX) too"))
        form.addRow("", self.docx)
        self.full_ids = QCheckBox(self.tr("Full national ID numbers (only when the province asks)"))
        form.addRow("", self.full_ids)
        self.password = QLineEdit()
        self.password.setObjectName("package_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("optional, for e-mail"))
        form.addRow(self.tr("Password (AES)"), self.password)
        self.build_button = QPushButton(self.tr("Build package"))
        self.build_button.setObjectName("build_package")
        self.build_button.clicked.connect(self.build)
        form.addRow("", self.build_button)
        self.package_label = QLabel(self.tr("No package built yet."))
        self.package_label.setObjectName("package_label")
        self.package_label.setWordWrap(True)
        self.package_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.package_label)
        layout.addWidget(build_box)

        usb_box = QGroupBox(self.tr("2. Write to a USB stick"))
        usb = QFormLayout(usb_box)
        drive_row = QHBoxLayout()
        self.drives = QComboBox()
        self.drives.setObjectName("usb_drives")
        self.drives.currentIndexChanged.connect(self._drive_chosen)
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.refresh_drives)
        drive_row.addWidget(self.drives, 1)
        drive_row.addWidget(refresh)
        usb.addRow(self.tr("Removable drive"), drive_row)
        target_row = QHBoxLayout()
        self.target = QLineEdit()
        self.target.setObjectName("usb_target")
        choose = QPushButton(self.tr("Choose folder…"))
        choose.clicked.connect(self.choose_target)
        target_row.addWidget(self.target, 1)
        target_row.addWidget(choose)
        usb.addRow(self.tr("Write into"), target_row)
        self.usb_button = QPushButton(self.tr("Write and verify"))
        self.usb_button.setObjectName("write_usb")
        self.usb_button.clicked.connect(self.write_usb)
        usb.addRow("", self.usb_button)
        layout.addWidget(usb_box)

        mail_box = QGroupBox(self.tr("3. Or send by e-mail"))
        mail = QVBoxLayout(mail_box)
        note = QLabel(
            self.tr(
                "Writes an e-mail draft (.eml) addressed to the provincial office with the package attached; "
                "open it in your mail program and press Send."
            )
        )
        note.setWordWrap(True)
        mail.addWidget(note)
        self.email_button = QPushButton(self.tr("Write e-mail draft…"))
        self.email_button.setObjectName("write_email")
        self.email_button.clicked.connect(self.choose_email_path)
        mail.addWidget(self.email_button)
        layout.addWidget(mail_box)

        self.send_status = QLabel()
        self.send_status.setObjectName("send_status")
        self.send_status.setWordWrap(True)
        layout.addWidget(self.send_status)
        layout.addStretch(1)
        self._update_buttons()
        return scroll

    def load(self) -> None:
        self.meeting.clear()
        for meeting_id, text in meeting_choices(self.database):
            self.meeting.addItem(text, meeting_id)
        self.refresh_drives()
        self.refresh_history()
        self.refresh_province()

    def _update_buttons(self) -> None:
        ready = self.package is not None
        self.usb_button.setEnabled(ready)
        self.email_button.setEnabled(ready)

    def _say(self, label: QLabel, text: str, ok: bool) -> None:
        label.setStyleSheet(OK_STYLE if ok else BAD_STYLE)
        label.setText(text)

    def _failed(self, label: QLabel, error: BaseException) -> None:
        if isinstance(error, UserError):
            self._say(label, error.message(current_language()), False)
        else:
            show_error(self, error)

    def build(self) -> None:
        meeting_id = self.meeting.currentData()
        if meeting_id is None:
            self._say(self.send_status, self.tr("Choose a meeting first."), False)
            return
        # name the fields the cover letter would print empty, and go ahead only if the clerk says so
        if not confirm_gaps(self, ops.cover_letter_gaps(self.database, int(meeting_id))):
            self._say(self.send_status, self.tr("Not built: fill in the missing fields first."), False)
            return
        options = PackageOptions(
            docx=self.docx.isChecked(),
            full_ids=self.full_ids.isChecked(),
            password=self.password.text() or None,
        )
        database = self.database

        def work(progress: Progress) -> BuiltPackage:
            return build_package(database, int(meeting_id), packages_dir(), options, progress=progress)

        self.operation = run_in_background(
            self,
            self.tr("Building the package…"),
            work,
            self._built,
            lambda e: self._failed(self.send_status, e),
        )

    def _built(self, package: BuiltPackage) -> None:
        self.package = package
        counts = package.manifest["counts"]
        self.package_label.setText(
            self.tr("%1 — %2 files, %3 households, cover letter %4, %5 KB")
            .replace("%1", package.path.name)
            .replace("%2", str(counts["files"]))
            .replace("%3", str(counts["households"]))
            .replace("%4", package.letter_number)
            .replace("%5", f"{package.size / 1024:,.0f}")
            + f"\nSHA-256 {package.sha256}"
        )
        self._say(
            self.send_status, self.tr("Package built. Now write it to a USB stick or an e-mail draft."), True
        )
        self._update_buttons()
        self.refresh_letters_elsewhere()

    def refresh_letters_elsewhere(self) -> None:
        """The letter register on the other page changed (a cover letter number)."""
        window = self.window()
        for page in getattr(window, "pages", []):
            if page is not self and hasattr(page, "refresh") and page._loaded:
                page.refresh()

    def refresh_drives(self) -> None:
        self.drives.blockSignals(True)
        self.drives.clear()
        drives = removable_drives()
        for drive in drives:
            free = drive.free_bytes / (1024 * 1024)
            self.drives.addItem(
                self.tr("%1 (%2 MB free)")
                .replace("%1", drive.label or str(drive.path))
                .replace("%2", f"{free:,.0f}"),
                str(drive.path),
            )
        if not drives:
            self.drives.addItem(self.tr("No USB stick found: plug one in and press Refresh"), None)
        self.drives.blockSignals(False)
        self._drive_chosen(0)

    def _drive_chosen(self, _index: int) -> None:
        path = self.drives.currentData()
        if path:
            self.target.setText(path)

    def choose_target(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Write the package into"), self.target.text())
        if folder:
            self.target.setText(folder)

    def write_usb(self) -> None:
        package = self.package
        target = self.target.text().strip()
        if package is None or not target:
            self._say(self.send_status, self.tr("Build a package and choose a USB stick first."), False)
            return
        database, password = self.database, self.password.text() or None

        def work(progress: Progress) -> Any:
            return send_to_folder(database, package, Path(target), password=password, progress=progress)

        self.operation = run_in_background(
            self,
            self.tr("Writing to the USB stick…"),
            work,
            self._written,
            lambda e: self._failed(self.send_status, e),
        )

    def _written(self, result: Any) -> None:
        copy, _submission_id = result
        self._say(
            self.send_status,
            self.tr(
                "Written to %1 and read back: every file checked. It is safe to remove the stick."
            ).replace("%1", str(copy.path)),
            True,
        )
        self.refresh_history()
        self.refresh_letters_elsewhere()

    def choose_email_path(self) -> None:
        if self.package is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the e-mail draft"),
            str(paths.documents_dir() / self.package.path.with_suffix(".eml").name),
            self.tr("E-mail (*.eml)"),
        )
        if path:
            self.write_email(Path(path))

    def write_email(self, path: Path) -> None:
        if self.package is None:
            return
        try:
            draft, _ = write_email_draft(
                self.database, self.package, path, size_limit_mb=self.settings.email_size_limit_mb
            )
        except UserError as error:
            self._failed(self.send_status, error)
            return
        except Exception as error:
            show_error(self, error)
            return
        text = self.tr("E-mail draft to %1 written: %2. Open it in your mail program and send it.")
        text = text.replace("%1", draft.to).replace("%2", str(draft.path))
        if draft.over_limit:
            self._say(self.send_status, text + "\n" + draft.warning(current_language()), False)
        else:
            self._say(self.send_status, text, True)
        self.refresh_history()
        self.refresh_letters_elsewhere()

    # ----- history ----------------------------------------------------------------------
    def _history_tab(self) -> QWidget:
        self.history = RowsTable(
            [
                self.tr("Sent"),
                self.tr("Channel"),
                self.tr("Circular"),
                self.tr("Package"),
                self.tr("SHA-256"),
                self.tr("Where"),
                self.tr("By"),
            ]
        )
        self.history.setObjectName("history_table")
        return self.history

    def refresh_history(self) -> None:
        rows = ops.list_submissions(self.database)
        th = current_language() == "th"
        self.history.fill(
            [
                [
                    r.sent_text if th else f"{r.sent_at:%Y-%m-%d %H:%M}",
                    CHANNEL_TH[r.channel] if th else r.channel.value,
                    r.circular_reference,
                    r.package_name,
                    r.package_sha256[:16] + "…",
                    r.destination,
                    r.sent_by,
                ]
                for r in rows
            ]
        )

    # ----- open a package ------------------------------------------------------------------
    def _open_tab(self) -> QWidget:
        widget = QWidget()
        layout = QVBoxLayout(widget)
        row = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Open a package…"))
        self.open_button.clicked.connect(self.choose_package_to_verify)
        self.verify_password = QLineEdit()
        self.verify_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.verify_password.setPlaceholderText(self.tr("password, if it has one"))
        row.addWidget(self.open_button)
        row.addWidget(self.verify_password)
        row.addStretch(1)
        layout.addLayout(row)
        self.verify_status = QLabel()
        self.verify_status.setObjectName("verify_status")
        self.verify_status.setWordWrap(True)
        layout.addWidget(self.verify_status)
        self.verify_text = QPlainTextEdit()
        self.verify_text.setObjectName("verify_text")
        self.verify_text.setReadOnly(True)
        layout.addWidget(self.verify_text, 1)
        return widget

    def choose_package_to_verify(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a package"), str(paths.documents_dir()), self.tr("Packages (*.zip)")
        )
        if path:
            self.verify_file(Path(path))

    def verify_file(self, path: Path) -> bool:
        lang = current_language()
        report = verify_package(path, self.verify_password.text() or None)
        lines = report.summary_lines(lang)
        if report.ok:
            self._say(self.verify_status, self.tr("The package is complete and intact."), True)
        else:
            self._say(
                self.verify_status,
                self.tr("%1 problem(s) found:").replace("%1", str(len(report.problems)))
                + "\n"
                + "\n".join(p.message(lang) for p in report.problems),
                False,
            )
        self.verify_text.setPlainText("\n".join(lines))
        return report.ok

    # ----- province side ---------------------------------------------------------------------
    def _province_tab(self) -> QWidget:
        widget = QWidget()
        layout = QVBoxLayout(widget)
        row = QHBoxLayout()
        self.import_button = QPushButton(self.tr("Import district packages…"))
        self.import_button.clicked.connect(self.choose_packages_to_import)
        self.import_password = QLineEdit()
        self.import_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.import_password.setPlaceholderText(self.tr("password, if they have one"))
        row.addWidget(self.import_button)
        row.addWidget(self.import_password)
        row.addStretch(1)
        layout.addLayout(row)
        self.import_status = QLabel()
        self.import_status.setObjectName("import_status")
        self.import_status.setWordWrap(True)
        layout.addWidget(self.import_status)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.districts = RowsTable(
            [
                self.tr("District"),
                self.tr("Packages"),
                self.tr("Households"),
                self.tr("Group 1"),
                self.tr("Group 2"),
                self.tr("Group 3"),
                self.tr("Group 4"),
                self.tr("Latest meeting"),
            ]
        )
        self.districts.setObjectName("districts_table")
        self.districts.itemSelectionChanged.connect(self._district_selected)
        splitter.addWidget(self.districts)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        self.district_filter = QComboBox()
        self.district_filter.currentIndexChanged.connect(self._show_received)
        lower_layout.addWidget(self.district_filter)
        self.received = RowsTable(
            [
                self.tr("District"),
                self.tr("Sub-district"),
                self.tr("Village"),
                self.tr("House no."),
                self.tr("Head of household"),
                self.tr("National ID"),
                self.tr("Group"),
                self.tr("Members"),
                self.tr("Logbook"),
                self.tr("Meeting"),
            ]
        )
        self.received.setObjectName("received_table")
        lower_layout.addWidget(self.received)
        splitter.addWidget(lower)
        layout.addWidget(splitter, 1)
        return widget

    def choose_packages_to_import(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import district packages"), str(paths.documents_dir()), self.tr("Packages (*.zip)")
        )
        if files:
            self.import_files([Path(f) for f in files])

    def import_files(self, files: list[Path]) -> bool:
        try:
            results = ops.import_packages(self.database, files, self.import_password.text() or None).value
        except UserError as error:
            self._failed(self.import_status, error)
            return False
        imported = [r for r in results if not r.skipped_reason]
        self._say(
            self.import_status,
            self.tr("%1 package(s) imported, %2 households; %3 already imported.")
            .replace("%1", str(len(imported)))
            .replace("%2", str(sum(r.households for r in imported)))
            .replace("%3", str(len(results) - len(imported))),
            True,
        )
        self.refresh_province()
        return True

    def refresh_province(self) -> None:
        summaries = ops.district_summaries(self.database)
        self.districts.fill(
            [
                [
                    s.district,
                    s.packages,
                    s.households,
                    *(sum(v for k, v in s.by_group.items() if k.startswith(str(g))) for g in (1, 2, 3, 4)),
                    s.latest_meeting,
                ]
                for s in summaries
            ]
        )
        self.district_filter.blockSignals(True)
        self.district_filter.clear()
        self.district_filter.addItem(self.tr("All districts, side by side"), None)
        for summary in summaries:
            self.district_filter.addItem(summary.district, summary.district)
        self.district_filter.blockSignals(False)
        self._show_received()

    def _district_selected(self) -> None:
        rows = self.districts.selectionModel().selectedRows()
        if rows:
            index = self.district_filter.findData(self.districts.cell_text(rows[0].row(), 0))
            self.district_filter.setCurrentIndex(max(index, 0))

    def _show_received(self) -> None:
        district = self.district_filter.currentData()
        rows = ops.received_households(self.database, district)
        self.received.fill(
            [
                [
                    r.district,
                    r.subdistrict,
                    r.village,
                    r.house_no,
                    r.head_name,
                    r.national_id,
                    r.target_group,
                    r.members,
                    r.logbook_status,
                    r.meeting,
                ]
                for r in rows
            ]
        )
