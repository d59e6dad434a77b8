"""Qt Linguist translations. Source strings are English; Thai is the default language.

Update and build:  uv run python -m ui.i18n
  1. lupdate collects every tr() string of ui/ into resources/i18n/amphoe_{th,en}.ts;
  2. Thai texts come from resources/i18n/th/*.json (source → Thai, one file per area of
     the program), the files a translator edits (Qt Linguist on the .ts works too:
     finished entries are kept). A source whose meaning differs by place maps to an object
     instead: {"Open": {"PrintBar": "เปิด", "OverviewPage": "ยังไม่เสร็จ"}}, keyed by the tr()
     context (the class) or by a tr() disambiguation, "*" for any other place;
     resources/i18n/th/same-meaning.txt lists the sources that mean the same in every place
     they are used (tests/test_translations.py holds the rest to one text per meaning);
  3. Qt's own dialogs and buttons: PySide6 has no qtbase_th.qm, so resources/i18n/qtbase_th.json
     ({Qt context: {source: Thai}}, "source|disambiguation" where Qt has one) becomes qtbase_th.ts;
  4. lrelease builds the .qm files the program loads.
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop import paths

log = logging.getLogger("amphoe.ui")

LANGUAGES = ("th", "en")
#: A Thai text, or one per tr() context / disambiguation ("*": any other place).
Text = str | dict[str, str]
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
    # Qt's own file where PySide6 ships one, else ours (built from qtbase_th.json)
    if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) or (
        qt_own.load(str(i18n_dir() / f"qtbase_{language}.qm"))
    ):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    return loaded


def _tool(name: str) -> str:
    return str(Path(sys.executable).parent / f"pyside6-{name}")


def text_for(texts: dict[str, Text], context: str, source: str, comment: str | None = None) -> str | None:
    """The Thai text of source as tr() in context (with its disambiguation comment) shows it."""
    text = texts.get(source)
    if text is None or isinstance(text, str):
        return text
    return (comment and text.get(comment)) or text.get(context) or text.get("*")


def fill_translations(ts: Path, texts: dict[str, Text] | None) -> list[str]:
    """Set each entry from texts (None: the source itself); the JSON files win over the .ts.

    Returns the sources that have no text anywhere.
    """
    import xml.etree.ElementTree as ET  # the update command's; the program only loads .qm files

    tree = ET.parse(ts)
    missing = []
    for context in tree.iter("context"):
        for message in context.iter("message"):
            if _fill_message(message, context.findtext("name") or "", texts):
                missing.append(message.findtext("source") or "")
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


def _fill_message(message: Any, context: str, texts: dict[str, Text] | None) -> bool:
    """Fill one <message>; True when it has no text anywhere."""
    import xml.etree.ElementTree as ET

    source = message.findtext("source") or ""
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    text = source if texts is None else text_for(texts, context, source, message.findtext("comment"))
    if text is None:
        # finished in Qt Linguist and not in the JSON: keep it
        return not (translation.get("type") != "unfinished" and translation.text)
    translation.text = text
    translation.attrib.pop("type", None)
    return False


def thai_texts() -> dict[str, Text]:
    """Every area's texts; per-place objects of several files merge, but one source with two
    plain texts is an error (say which place means what instead)."""
    texts: dict[str, Text] = {}
    clashes = []
    for path in sorted((i18n_dir() / "th").glob("*.json")):
        for source, text in json.loads(path.read_text(encoding="utf-8")).items():
            have = texts.get(source)
            if have is None or have == text:
                texts[source] = text
            elif isinstance(have, dict) and isinstance(text, dict) and not have.keys() & text.keys():
                texts[source] = {**have, **text}
            else:
                clashes.append(f"{path.name}: {source!r}")
    if clashes:
        raise ValueError("Thai texts given twice (use one per place): " + ", ".join(clashes))
    return texts


def same_meaning() -> set[str]:
    """Sources marked as meaning the same in every place they are used (one Thai text)."""
    lines = (i18n_dir() / "th" / "same-meaning.txt").read_text(encoding="utf-8").splitlines()
    return {line for line in lines if line and not line.startswith("#")}


def write_qtbase_ts(language: str = "th") -> Path:
    """qtbase_<language>.ts from qtbase_<language>.json: Qt's standard buttons and dialogs."""
    import xml.etree.ElementTree as ET

    texts = json.loads((i18n_dir() / f"qtbase_{language}.json").read_text(encoding="utf-8"))
    root = ET.Element("TS", version="2.1", language=f"{language}_TH" if language == "th" else language)
    for context, messages in texts.items():
        element = ET.SubElement(root, "context")
        ET.SubElement(element, "name").text = context
        for key, text in messages.items():
            source, _, comment = key.partition("|")  # "Type|All other platforms": Qt's disambiguation
            message = ET.SubElement(element, "message")
            ET.SubElement(message, "source").text = source
            if comment:
                ET.SubElement(message, "comment").text = comment
            ET.SubElement(message, "translation").text = text
    ET.indent(root)
    ts = i18n_dir() / f"qtbase_{language}.ts"
    ET.ElementTree(root).write(ts, encoding="utf-8", xml_declaration=True)
    return ts


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

    for ts in [*(i18n_dir() / f"amphoe_{language}.ts" for language in LANGUAGES), write_qtbase_ts("th")]:
        subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


if __name__ == "__main__":
    if sys.argv[1:] == ["build"]:
        build()
    else:
        update_and_build()
