"""Page images of a PDF for on-screen preview (pdfium), without Qt."""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

import pypdfium2 as pdfium
from PIL import Image, ImageDraw

if TYPE_CHECKING:
    from desktop.db import Database
    from desktop.documents.meeting_documents import Kind
    from desktop.documents.model import Document

FRAME_GREY = (200, 200, 200)  # faint: it shows where the Garuda goes, it is not part of the page


def page_images(pdf: Path, dpi: float = 96.0, limit: int | None = None) -> list[bytes]:
    """PNG bytes of each page at the given resolution (the first `limit` pages when set)."""
    return [_png(image) for image in _pages(pdf, dpi, limit)]


def _pages(pdf: Path, dpi: float, limit: int | None) -> list[Image.Image]:
    document = pdfium.PdfDocument(str(pdf))
    try:
        count = len(document) if limit is None else min(limit, len(document))
        return [document[index].render(scale=dpi / 72.0).to_pil() for index in range(count)]
    finally:
        document.close()


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def preview_images(document: Document, pdf: Path, dpi: float = 96.0) -> list[bytes]:
    """Write the document's PDF and return its pages for the screen, with a faint frame where
    the Garuda goes when the office has no image. The frame is drawn on the images only:
    the PDF written (saved and printed as it is) never has it."""
    from desktop.documents import render
    from desktop.documents.pdf import empty_emblem_spaces

    render(document, pdf)
    images = _pages(pdf, dpi, None)
    if images:
        first = images[0].convert("RGB")
        scale = dpi / 72.0
        height = first.height
        draw = ImageDraw.Draw(first)
        for x, top, width, tall in empty_emblem_spaces(document):
            box = (x * scale, height - top * scale, (x + width) * scale, height - (top - tall) * scale)
            _dashed_rectangle(draw, box, max(1, round(scale)))
        images[0] = first
    return [_png(image) for image in images]


def meeting_preview(database: Database, meeting_id: int, kind: Kind, pdf: Path) -> list[bytes]:
    """A meeting document's pages for the preview window (its PDF written to pdf)."""
    from desktop.documents.meeting_documents import build_document

    with database.session() as session:
        document = build_document(session, meeting_id, kind)
    return preview_images(document, pdf)


def _dashed_rectangle(draw: ImageDraw.ImageDraw, box: tuple[float, ...], width: int) -> None:
    x0, y0, x1, y1 = box
    dash = 6 * width
    for start in range(0, round(x1 - x0), 2 * dash):
        for y in (y0, y1):
            draw.line([(x0 + start, y), (min(x0 + start + dash, x1), y)], FRAME_GREY, width)
    for start in range(0, round(y1 - y0), 2 * dash):
        for x in (x0, x1):
            draw.line([(x, y0 + start), (x, min(y0 + start + dash, y1))], FRAME_GREY, width)
