"""Where the PDF puts each line of text (pdftotext -bbox-layout), to assert which side a
right-to-left paragraph is flush with."""

from __future__ import annotations

import re
import subprocess
import unicodedata
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

_XHTML = "{http://www.w3.org/1999/xhtml}"
# within this many points of an edge, a line touches it (glyph bearings differ a little)
EDGE = 1.5


@dataclass(frozen=True)
class Line:
    page: int
    page_width: float
    top: float
    left: float
    right: float
    text: str

    @property
    def arabic(self) -> bool:
        """Mostly Arabic letters (a paragraph of Arabic, not a Latin line with a name in it)."""
        letters = [c for c in self.text if c.isalpha()]
        rtl = [c for c in letters if unicodedata.bidirectional(c) in ("R", "AL")]
        return len(letters) >= 3 and len(rtl) >= 0.8 * len(letters)


def pdf_lines(path: Path) -> list[Line]:
    """Every line of text of the PDF with its page and horizontal extent, in points."""
    raw = subprocess.run(
        ["pdftotext", "-bbox-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    root = ET.fromstring(re.sub(r"<!DOCTYPE[^>]*>", "", raw))
    lines = []
    for number, page in enumerate(root.iter(f"{_XHTML}page"), 1):
        width = float(page.get("width", 0))
        for line in page.iter(f"{_XHTML}line"):
            words = (w.text or "" for w in line.iter(f"{_XHTML}word"))
            text = unicodedata.normalize("NFKC", " ".join(words))
            top, left, right = (float(line.get(key, 0)) for key in ("yMin", "xMin", "xMax"))
            lines.append(Line(number, width, top, left, right, text))
    return lines


def running_header(lines: list[Line], page: int) -> list[Line]:
    """The lines at the top of a page: the plan's title and the business's name."""
    on_page = [line for line in lines if line.page == page]
    top = min(line.top for line in on_page)
    return [line for line in on_page if line.top - top < EDGE]


def flush_sides(lines: list[Line], left: float, right: float) -> tuple[int, int]:
    """How many of the lines touch the left edge, and how many the right one. Lines that
    fill the width touch both and are left out: they tell nothing about the alignment."""
    short = [line for line in lines if line.right - line.left < 0.7 * (right - left)]
    return (
        sum(abs(line.left - left) < EDGE for line in short),
        sum(abs(line.right - right) < EDGE for line in short),
    )
