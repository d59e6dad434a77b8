"""Qt Linguist translations. Source strings are English; Thai is the default language.

Update and build:  uv run python -m ui.i18n
  1. lupdate collects every tr() string of ui/ into resources/i18n/amphoe_{th,en}.ts;
  2. Thai texts come from resources/i18n/th/*.json (source → Thai, one file per area of
     the program), the files a translator edits (Qt Linguist on the .ts works too:
     finished entries are kept);
  3. lrelease builds the .qm files the program loads.
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop import paths

log = logging.getLogger("amphoe.ui")

LANGUAGES = ("th", "en")
_installed: list[QTranslator] = []


def i18n_dir() -> Path:
    return paths.resources_dir() / "i18n"


def install_translators(app: QCoreApplication, language: str) -> bool:
    """Swap the application's translators for the given language (th or en).

    Returns whether the program's own translation file was found and loaded.
    """
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.Thai if language == "th" else QLocale.Language.English))
    ours = QTranslator(app)
    loaded = ours.load(str(i18n_dir() / f"amphoe_{language}.qm"))
    if loaded:
        app.installTranslator(ours)
        _installed.append(ours)
    elif language != "en":
        log.warning("no translation file for %s", language)
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    return loaded


def _tool(name: str) -> str:
    return str(Path(sys.executable).parent / f"pyside6-{name}")


def fill_translations(ts: Path, texts: dict[str, str] | None) -> list[str]:
    """Set each entry from texts (None: the source itself); the JSON files win over the .ts.

    Returns the sources that have no text anywhere.
    """
    import xml.etree.ElementTree as ET  # the update command's; the program only loads .qm files

    tree = ET.parse(ts)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        text = source if texts is None else texts.get(source)
        if text is None:
            if translation.get("type") != "unfinished" and translation.text:
                continue  # finished in Qt Linguist and not in the JSON: keep it
            missing.append(source)
            continue
        translation.text = text
        translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


def thai_texts() -> dict[str, str]:
    texts: dict[str, str] = {}
    for path in sorted((i18n_dir() / "th").glob("*.json")):
        texts.update(json.loads(path.read_text(encoding="utf-8")))
    return texts


def update_and_build() -> None:
    import subprocess

    sources = sorted(str(p) for p in (Path(__file__).parent).rglob("*.py"))
    thai = thai_texts()
    for language in LANGUAGES:
        ts = i18n_dir() / f"amphoe_{language}.ts"
        subprocess.run(
            [_tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none", *sources, "-ts", str(ts)],
            check=True,
        )
        missing = fill_translations(ts, thai if language == "th" else None)
        for source in missing:
            print(f"no Thai text for: {source}", file=sys.stderr)
    build()


def build() -> None:
    import subprocess

    for language in LANGUAGES:
        ts = i18n_dir() / f"amphoe_{language}.ts"
        subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


if __name__ == "__main__":
    if sys.argv[1:] == ["build"]:
        build()
    else:
        update_and_build()
