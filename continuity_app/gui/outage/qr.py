"""A QR code for the fallback number or link in a message, when the segno package is there."""

from __future__ import annotations

import io
import re

from PySide6.QtGui import QPixmap

# A link, or a phone number of at least seven digits (spaces, dashes, dots and brackets
# between them); \d also takes Arabic-Indic digits, written as ASCII for the tel: link.
_URL = re.compile(r"https?://[^\s<>\"']+", re.IGNORECASE)
_PHONE = re.compile(r"\+?\d[\d \-.()\u00a0]{5,}\d")


def qr_data(text: str) -> str | None:
    """What the code encodes: the first link or phone number in `text`, earliest first."""
    found = []
    url = _URL.search(text)
    if url:
        found.append((url.start(), url.group(0).rstrip(".,;:!?)")))
    for phone in _PHONE.finditer(text):
        digits = "".join(str(int(c)) for c in phone.group(0) if c.isdigit())
        if len(digits) >= 7:
            plus = "+" if phone.group(0).startswith("+") else ""
            found.append((phone.start(), f"tel:{plus}{digits}"))
            break
    return min(found)[1] if found else None


def qr_pixmap(data: str, scale: int = 4) -> QPixmap | None:
    """The code as an image; None without the segno package."""
    try:
        import segno
    except ImportError:
        return None
    buffer = io.BytesIO()
    segno.make(data).save(buffer, kind="png", scale=scale)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap
