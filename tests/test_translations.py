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
