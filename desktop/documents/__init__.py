"""Official Thai documents: one model, rendered to PDF (print) and DOCX (finish in Word)."""

from __future__ import annotations

from pathlib import Path

from desktop.documents.model import Document
from desktop.errors import UserError


def render(document: Document, path: Path) -> None:
    """Write the document; the format follows the suffix (.pdf or .docx)."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        from desktop.documents.pdf import write_pdf

        write_pdf(document, path)
    elif suffix == ".docx":
        from desktop.documents.docx_writer import write_docx

        write_docx(document, path)
    else:
        raise UserError(
            f"ไม่รู้จักชนิดไฟล์ {path.name}: ใช้ .pdf หรือ .docx",
            f"Unknown file type {path.name}: use .pdf or .docx.",
        )
