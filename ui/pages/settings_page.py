"""ตั้งค่า: office profile, database location, language and document options."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop import office as office_profile
from desktop import paths
from desktop import settings as settings_store
from desktop.db import Database
from desktop.office import FIELD_NAMES, OfficeData
from desktop.settings import Settings
from ui.messages import show_error
from ui.pages.base import Page


class SettingsPage(Page):
    def __init__(
        self,
        database: Database,
        settings: Settings,
        on_language_changed: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(database, settings, parent)
        self.on_language_changed = on_language_changed
        outer = QVBoxLayout(self)
        outer.addWidget(self.heading(self.title()))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        scroll.setWidget(body)
        outer.addWidget(scroll)

        office_box = QGroupBox(self.tr("Office profile"))
        office_form = QFormLayout(office_box)
        labels = {
            "province": self.tr("Province"),
            "district": self.tr("District"),
            "office_name": self.tr("Office name"),
            "letter_code": self.tr("Letter code (e.g. พย ๐๐๑๙.๔)"),
            "address": self.tr("Address (printed on letters)"),
            "postcode": self.tr("Postcode"),
            "phone": self.tr("Phone"),
            "fax": self.tr("Fax"),
            "email": self.tr("E-mail"),
            "owning_unit": self.tr("Owning unit (bottom of letters)"),
            "province_office_name": self.tr("Provincial office"),
            "province_office_email": self.tr("Provincial office e-mail"),
            "district_chief_name": self.tr("District chief officer"),
            "development_officer_name": self.tr("District development officer"),
        }
        self.office_fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        for name in FIELD_NAMES:
            editor: QLineEdit | QPlainTextEdit
            if name == "address":
                editor = QPlainTextEdit()
                editor.setFixedHeight(64)
            else:
                editor = QLineEdit()
            editor.setObjectName(f"office_{name}")
            self.office_fields[name] = editor
            office_form.addRow(labels[name], editor)
        layout.addWidget(office_box)

        app_box = QGroupBox(self.tr("Program"))
        app_form = QFormLayout(app_box)
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem("ไทย", "th")
        self.language.addItem("English", "en")
        app_form.addRow(self.tr("Language"), self.language)
        self.thai_digits = QCheckBox(self.tr("Print Thai digits (๑๒๓) in documents"))
        app_form.addRow("", self.thai_digits)
        database_row = QHBoxLayout()
        self.database_url = QLineEdit()
        self.database_url.setObjectName("database_url")
        self.database_url.setPlaceholderText(str(paths.default_database_path()))
        browse = QPushButton(self.tr("Choose file…"))
        browse.clicked.connect(self.choose_database_file)
        database_row.addWidget(self.database_url)
        database_row.addWidget(browse)
        app_form.addRow(self.tr("Database (takes effect at next start)"), database_row)
        garuda_row = QHBoxLayout()
        self.garuda = QLineEdit()
        garuda_browse = QPushButton(self.tr("Choose image…"))
        garuda_browse.clicked.connect(self.choose_garuda)
        garuda_row.addWidget(self.garuda)
        garuda_row.addWidget(garuda_browse)
        app_form.addRow(self.tr("Garuda emblem for letters"), garuda_row)
        # The documents' type family, one TTF per face (TH Sarabun New on the office PC);
        # empty: the bundled Sarabun at TH Sarabun New's sizes.
        self.font_faces: dict[str, QLineEdit] = {}
        for setting, label in (
            ("document_font", self.tr("Document font, regular face (TTF)")),
            ("document_font_bold", self.tr("Document font, bold face (TTF)")),
            ("document_font_italic", self.tr("Document font, italic face (TTF)")),
        ):
            row = QHBoxLayout()
            editor = QLineEdit()
            editor.setObjectName(setting)
            editor.setPlaceholderText(self.tr("Sarabun (bundled)"))
            choose = QPushButton(self.tr("Choose file…"))
            choose.clicked.connect(lambda _checked=False, editor=editor: self.choose_font(editor))
            row.addWidget(editor)
            row.addWidget(choose)
            app_form.addRow(label, row)
            self.font_faces[setting] = editor
        layout.addWidget(app_box)

        self.save_button = QPushButton(self.tr("Save settings"))
        self.save_button.setObjectName("save_settings")
        self.save_button.clicked.connect(self.save)
        layout.addWidget(self.save_button)
        layout.addStretch(1)

    def load(self) -> None:
        office = office_profile.load(self.database)
        for name, editor in self.office_fields.items():
            value = getattr(office, name)
            if isinstance(editor, QPlainTextEdit):
                editor.setPlainText(value)
            else:
                editor.setText(value)
        self.language.setCurrentIndex(max(0, self.language.findData(self.settings.language)))
        self.thai_digits.setChecked(self.settings.thai_digits)
        self.database_url.setText(self.settings.database_url)
        self.garuda.setText(self.settings.garuda_image)
        for setting, editor in self.font_faces.items():
            editor.setText(getattr(self.settings, setting))

    def office_data(self) -> OfficeData:
        values = {
            name: (editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.text()).strip()
            for name, editor in self.office_fields.items()
        }
        return OfficeData(**values)

    def save(self) -> None:
        try:
            office_profile.save(self.database, self.office_data())
            language = str(self.language.currentData())
            changed_language = language != self.settings.language
            self.settings.language = language
            self.settings.thai_digits = self.thai_digits.isChecked()
            self.settings.database_url = self.database_url.text().strip()
            self.settings.garuda_image = self.garuda.text().strip()
            for setting, editor in self.font_faces.items():
                setattr(self.settings, setting, editor.text().strip())
            settings_store.save(self.settings)
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Settings"),
                self.tr("Could not save the settings: %1").replace("%1", str(error)),
            )
            return
        except Exception as error:
            show_error(self, error)
            return
        if changed_language:
            self.on_language_changed(language)

    def choose_database_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Database file"),
            str(paths.data_dir()),
            "SQLite (*.sqlite3 *.db)",
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.database_url.setText(f"sqlite:///{path}")

    def choose_font(self, editor: QLineEdit) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Document font"), str(paths.documents_dir()), self.tr("TrueType fonts (*.ttf)")
        )
        if path:
            editor.setText(path)

    def choose_garuda(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Garuda emblem"), str(paths.documents_dir()), self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if path:
            self.garuda.setText(path)
