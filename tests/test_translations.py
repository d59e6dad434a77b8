"""Every Thai translation is finished and keeps its placeholders; the .qm files are current."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop import paths

PLACEHOLDER = re.compile(r"%\d+|%n|\{\w*\}")
TS_FILES = sorted((paths.resources_dir() / "i18n").glob("amphoe_*.ts"))


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.stem)
def test_translations_are_finished_and_keep_placeholders(ts: Path) -> None:
    for message in ET.parse(ts).iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None and translation.get("type") != "unfinished", source
        assert translation.text, source
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation.text)), source


def test_every_ui_string_is_in_the_thai_file(tmp_path: Path) -> None:
    ui_sources = sorted(str(p) for p in (Path(__file__).parent.parent / "ui").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run(
        [str(lupdate), "-silent", "-locations", "none", *ui_sources, "-ts", str(fresh)], check=True
    )
    wanted = {m.findtext("source") for m in ET.parse(fresh).iter("message")}
    have = {
        m.findtext("source")
        for m in ET.parse(paths.resources_dir() / "i18n" / "amphoe_th.ts").iter("message")
    }
    assert wanted - have == set(), "run: uv run python -m ui.i18n"


def _places() -> dict[str, dict[tuple[str, str], str]]:
    """source → {(context, disambiguation): Thai} of the built Thai file."""
    places: dict[str, dict[tuple[str, str], str]] = {}
    for context in ET.parse(paths.resources_dir() / "i18n" / "amphoe_th.ts").iter("context"):
        for message in context.iter("message"):
            place = (context.findtext("name") or "", message.findtext("comment") or "")
            thai = message.findtext("translation") or ""
            places.setdefault(message.findtext("source") or "", {})[place] = thai
    return places


def test_one_english_word_in_several_places_has_a_thai_text_per_meaning() -> None:
    """A source in two or more places with one Thai text must be marked as meaning the same there
    (resources/i18n/th/same-meaning.txt); otherwise the JSON gives each place its own text."""
    from ui.i18n import same_meaning, thai_texts

    thai_texts()  # two plain texts for one source in two area files: an error
    marked = same_meaning()
    unmarked = {
        source: sorted(context for context, _ in places)
        for source, places in _places().items()
        if len(places) > 1 and len(set(places.values())) == 1 and source not in marked
    }
    assert unmarked == {}, "give each place its own Thai text, or add the source to same-meaning.txt"
    assert marked <= set(_places()), "same-meaning.txt lists a source no longer used"


# The words issue #19 found reading wrong in one place or another.
PLACES = [
    ("PrintBar", "Open", "เปิด"),
    ("OverviewPage", "Open", "ยังไม่เสร็จ"),
    ("MemberDialog", "Title", "คำนำหน้าชื่อ"),
    ("ItemPanel", "Title", "ชื่อเรื่อง"),
    ("HouseholdDialog", "Remove member", "ลบสมาชิก"),
    ("RosterEditor", "Remove member", "ลบกรรมการ"),
    ("OverviewPage", "Refresh", "ปรับปรุงข้อมูล"),
    ("FollowUpTab", "Refresh", "ปรับปรุงข้อมูล"),
    ("SubmissionsPage", "Refresh", "ค้นหาใหม่"),  # the USB drives, beside their list
    ("PlanEditor", "Due", "กำหนดเสร็จ"),
    ("ResolutionPanel", "Due", "กำหนดเสร็จ"),
    ("OverviewPage", "Due", "กำหนดส่ง"),
    ("RosterEditor", "From", "ตั้งแต่"),
    ("AuditTab", "From", "ตั้งแต่"),
    ("LettersPage", "From", "จาก"),
    ("RosterEditor", "Role", "ตำแหน่งในคณะกรรมการ"),
    ("UsersTab", "Role", "บทบาท"),
    ("HouseholdDialog", "Name", "ชื่อ-สกุล"),
    ("AgenciesEditor", "Name", "ชื่อ"),
    ("QueueTab", "Head", "หัวหน้าครัวเรือน"),
    ("ActivityForm", "Result", "ผลการช่วยเหลือ"),
    ("OverviewPage", "Sent", "ส่งจังหวัดแล้ว"),
    ("LettersPage", "Sent", "ส่งแล้ว"),
]


@pytest.mark.parametrize(("context", "source", "thai"), PLACES, ids=str)
def test_the_program_loads_the_text_of_each_place(context: str, source: str, thai: str) -> None:
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(paths.resources_dir() / "i18n" / "amphoe_th.qm"))
    assert translator.translate(context, source) == thai


def test_a_json_text_per_place_or_disambiguation() -> None:
    from ui.i18n import text_for

    texts: dict[str, str | dict[str, str]] = {
        "Open": {"PrintBar": "เปิด", "*": "ยังไม่เสร็จ"},
        "Title": {"name prefix": "คำนำหน้าชื่อ", "ItemPanel": "ชื่อเรื่อง"},
        "Close": "ปิด",
    }
    assert text_for(texts, "PrintBar", "Open") == "เปิด"
    assert text_for(texts, "OverviewPage", "Open") == "ยังไม่เสร็จ"
    assert text_for(texts, "ItemPanel", "Title", "name prefix") == "คำนำหน้าชื่อ"
    assert text_for(texts, "ItemPanel", "Title") == "ชื่อเรื่อง"
    assert text_for(texts, "MemberDialog", "Title") is None  # no text: lupdate reports it
    assert text_for(texts, "Anything", "Close") == "ปิด"
