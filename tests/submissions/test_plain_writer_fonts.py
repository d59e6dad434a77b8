"""The tests' plain PDF writer and the documents engine share one process's font registry.

reportlab keeps one font object per face: whoever registers Sarabun-Regular first wins, and a
later registration of the same face under another name gets that first object. The plain
writer used to register a plain TTFont; every engine document after it in the same process
then failed (`'TTFont' object has no attribute 'meanings'`). In the window that failure opens
the crash dialog, which is modal: a GUI test after a package test on the same pytest-xdist
worker waited on it until the time-out killed the worker ("node down: Not properly
terminated"). Run in a fresh interpreter, because the registry lives for the process.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = """
import sys
from pathlib import Path

from desktop.documents import render
from desktop.documents.model import Document, Paragraph, Run
from desktop.submissions.documents import DocumentRequest, plain_documents

out = Path(sys.argv[1])
first, second = (sys.argv[2], sys.argv[3])
plain = DocumentRequest("cover", "pdf", 1, "หนังสือนำส่ง", ["ที่ประชุมมีมติเห็นชอบ"])
engine = Document("รายงานการประชุม").add(Paragraph([Run("ที่ประชุมมีมติเห็นชอบ ครบองค์ประชุม ทำ")]))
writers = {
    "plain": lambda: plain_documents(None, plain, out / "plain.pdf"),
    "engine": lambda: render(engine, out / "engine.pdf"),
}
writers[first]()
writers[second]()
"""


@pytest.mark.parametrize("order", [("plain", "engine"), ("engine", "plain")])
def test_plain_writer_then_engine_in_one_process(tmp_path: Path, order: tuple[str, str]) -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path), *order],
        check=False,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stderr[-2000:]
    from tests.pdf_text import pdf_text

    assert "ที่ประชุมมีมติเห็นชอบ" in pdf_text(tmp_path / "engine.pdf")
    assert (tmp_path / "plain.pdf").stat().st_size > 1000


def test_a_plain_registration_of_the_engines_face_fails_loudly() -> None:
    """Anyone registering Sarabun as a plain TTFont first gets a named error from the engine,
    not a document without its text layer or an AttributeError deep in reportlab."""
    script = """
from pathlib import Path
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from desktop.documents import pdf

regular = Path("resources/fonts/Sarabun-Regular.ttf").resolve()
pdfmetrics.registerFont(TTFont("plain-first", str(regular)))
try:
    pdf._register(str(regular))
except RuntimeError as error:
    print(error)
else:
    raise SystemExit("registered over a plain TTFont without a word")
"""
    done = subprocess.run(
        [sys.executable, "-c", script],
        check=False,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stderr[-2000:] + done.stdout
    assert "outside desktop.documents.pdf" in done.stdout
