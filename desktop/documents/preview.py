"""Page images of a PDF for on-screen preview (pdfium), without Qt."""

from __future__ import annotations

import io
from pathlib import Path

import pypdfium2 as pdfium


def page_images(pdf: Path, dpi: float = 96.0, limit: int | None = None) -> list[bytes]:
    """PNG bytes of each page at the given resolution (the first `limit` pages when set)."""
    document = pdfium.PdfDocument(str(pdf))
    try:
        count = len(document) if limit is None else min(limit, len(document))
        images = []
        for index in range(count):
            bitmap = document[index].render(scale=dpi / 72.0)
            buffer = io.BytesIO()
            bitmap.to_pil().save(buffer, format="PNG")
            images.append(buffer.getvalue())
        return images
    finally:
        document.close()
