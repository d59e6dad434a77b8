"""Who writes the PDFs (and DOCX) inside a package: a parameter of the package builder.

`engine_documents` (the default) uses the documents engine (desktop.documents): the real
หนังสือภายนอก and รายงานการประชุม. `plain_documents` is a small reportlab writer kept for
tests that only need a real, small PDF.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from desktop.db import Database


@dataclass
class DocumentRequest:
    kind: str  # "cover" | "minutes"
    format: str  # "pdf" | "docx"
    meeting_id: int
    title: str  # a line saying what the document is, for the plain writer
    lines: list[str] = field(default_factory=list)  # content for the plain writer
    letter_number: str | None = None  # the full number, "พย ๐๗๑๙/๑"
    running_no: int | None = None  # its running part, 1
    dated: dt.date | None = None
    enclosures: list[str] = field(default_factory=list)


DocumentWriter = Callable[[Database, DocumentRequest, Path], None]


def plain_documents(_database: Database, request: DocumentRequest, path: Path) -> None:
    """A plain A4 PDF (Sarabun) or DOCX with the request's title and lines."""
    if request.format == "docx":
        from docx import Document

        document = Document()
        document.add_heading(request.title, level=1)
        for line in request.lines:
            document.add_paragraph(line)
        document.save(str(path))
        return
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.pdfgen import canvas

    from desktop.documents.model import Document as Model
    from desktop.documents.pdf import fonts_for

    # The engine's own registration of Sarabun: reportlab keeps one font object per face and
    # the first registration wins, so a plain TTFont registered here would stand in for the
    # engine's font in every later document of the process and break them.
    font = fonts_for(Model(request.title)).regular
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setTitle(request.title)
    width, height = A4
    y = height - 2.5 * cm
    pdf.setFont(font, 18)
    pdf.drawCentredString(width / 2, y, request.title)
    pdf.setFont(font, 15)
    y -= 1.2 * cm
    for line in request.lines:
        if y < 2 * cm:
            pdf.showPage()
            pdf.setFont(font, 15)
            y = height - 2.5 * cm
        pdf.drawString(3 * cm, y, line[:95])
        y -= 0.75 * cm
    pdf.showPage()
    pdf.save()


def engine_documents(database: Database, request: DocumentRequest, path: Path) -> None:
    """The documents engine; the format follows the file's suffix."""
    from desktop.documents import render
    from desktop.documents.meeting_documents import build_cover_letter, write_meeting_document

    if request.kind == "cover":
        with database.session() as session:
            document = build_cover_letter(
                session,
                request.meeting_id,
                letter_number=str(request.running_no) if request.running_no is not None else None,
                enclosures=request.enclosures,
                dated=request.dated,
            )
        render(document, path, format=request.format)
    else:
        write_meeting_document(database, request.meeting_id, "minutes", path, format=request.format)


def default_writer() -> DocumentWriter:
    return engine_documents
