"""Official Thai documents: one model, rendered to PDF (print) and DOCX (finish in Word)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from desktop.documents.model import Document
from desktop.errors import UserError
from desktop.files import write_atomically


def render(
    document: Document,
    path: Path,
    *,
    format: str | None = None,
    on_ready: Callable[[], None] | None = None,
) -> None:
    """Write the document; the format follows the suffix (.pdf or .docx) unless given.

    All or nothing (desktop.files): on_ready runs once the file is complete on disk and
    before it appears under its name."""
    kind = (format or path.suffix.lstrip(".")).lower()
    if kind not in ("pdf", "docx"):
        raise UserError(
            f"ไม่รู้จักชนิดไฟล์ {path.name}: ใช้ .pdf หรือ .docx",
            f"Unknown file type {path.name}: use .pdf or .docx.",
        )

    def write(temporary: Path) -> None:
        if kind == "pdf":
            from desktop.documents.pdf import write_pdf

            write_pdf(document, temporary)
        else:
            from desktop.documents.docx_writer import write_docx

            write_docx(document, temporary)

    write_atomically(path, write, (lambda _none: on_ready()) if on_ready is not None else None)
