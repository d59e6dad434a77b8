"""Who writes the PDFs (and DOCX) inside a package: a parameter of the package builder.

`engine_documents` uses the documents engine (desktop.documents) when it is installed;
`plain_documents` is a small reportlab writer used until then and in quick tests.
"""

from __future__ import annotations

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
    letter_number: str | None = None
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
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    from desktop import paths

    if "Sarabun" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("Sarabun", str(paths.font_path("Regular"))))
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setTitle(request.title)
    width, height = A4
    y = height - 2.5 * cm
    pdf.setFont("Sarabun", 18)
    pdf.drawCentredString(width / 2, y, request.title)
    pdf.setFont("Sarabun", 15)
    y -= 1.2 * cm
    for line in request.lines:
        if y < 2 * cm:
            pdf.showPage()
            pdf.setFont("Sarabun", 15)
            y = height - 2.5 * cm
        pdf.drawString(3 * cm, y, line[:95])
        y -= 0.75 * cm
    pdf.showPage()
    pdf.save()


def default_writer() -> DocumentWriter:
    return plain_documents
