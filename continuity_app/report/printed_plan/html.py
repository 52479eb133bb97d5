"""The printed plan's HTML primitives: escaping, headings, paragraphs, lists, tables, figures."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass

from continuity_app.core.i18n import number
from continuity_app.report.printed_plan.bidi import isolate

LIST_HANG_PX = 40  # how far a numbered step's wrapped lines hang under its text
# The background of a message's cell; the renderer finds message boxes by it, to keep each
# box on one page.
MESSAGE_BOX_COLOR = "#f5f7fa"
PAGE_BREAK = ' style="page-break-before: always;"'

STYLE = """
body { font-size: 9.5pt; color: #1f1f1f; }
h1 { font-size: 15pt; font-weight: bold; color: #0b3d66; margin-top: 18px; margin-bottom: 8px; }
h2 { font-size: 11.5pt; font-weight: bold; color: #0b3d66; margin-top: 16px; margin-bottom: 4px; }
h3 { font-size: 10pt; font-weight: bold; color: #1f1f1f; margin-top: 8px; margin-bottom: 2px; }
p { margin-top: 3px; margin-bottom: 5px; }
li { margin-bottom: 2px; }
table.grid { border-collapse: collapse; margin-top: 4px; margin-bottom: 8px; }
table.grid td, table.grid th { border: 0.6px solid #9aa5b1; padding: 3px 5px; }
table.grid th { background-color: #e8eef4; font-weight: bold; }
th { text-align: left; }
table.form td { border: 0.6px solid #9aa5b1; padding: 7px 5px; }
table.form th { border: 0.6px solid #9aa5b1; padding: 3px 5px; background-color: #e8eef4; }
table.keys td { padding: 4px 8px; border: 0.6px solid #9aa5b1; }
td.num, th.num { text-align: right; }
.small { font-size: 8pt; color: #444444; }
.muted { color: #5a5a5a; }
.note { color: #5a5a5a; font-size: 8.5pt; }
.warn { color: #9a3412; }
.big { font-size: 14pt; font-weight: bold; color: #0b3d66; }
.message { background-color: MESSAGE_BOX_COLOR; }
table.card td { border: 0.6px solid #9aa5b1; padding: 4px 6px; font-size: 11pt; }
table.card th { border: 0.6px solid #9aa5b1; padding: 4px 6px; background-color: #e8eef4; }
p.card { font-size: 11pt; }
""".replace("MESSAGE_BOX_COLOR", MESSAGE_BOX_COLOR)


def escape(text: object) -> str:
    """Text as HTML, quotes included."""
    return html.escape(str(text), quote=True)


def url_breaks(text: str) -> str:
    """Escaped source text that may wrap inside long URLs (zero-width space after / ; ?)."""
    return escape(text).replace("/", "/\u200b").replace("&amp;", "&amp;\u200b")


@dataclass(frozen=True)
class Section:
    """A numbered heading of the plan, listed in the table of contents."""

    key: str
    title: str


class HtmlWriter:
    """The plan's HTML in document order; headings are counted so that a later layout pass
    can start a page before those it found alone at the foot of a page."""

    def __init__(
        self,
        *,
        rtl: bool,
        break_before: frozenset[int],
        chart_names: Sequence[str],
        image_width: int,
    ) -> None:
        self.rtl = rtl
        # Headings are counted in document order; those in break_before start a new page
        # because the last layout left them alone at the foot of a page. Message boxes are
        # counted from -1 down in the same set.
        self.break_before = break_before
        self.chart_names = set(chart_names)
        self.image_width = image_width
        self.parts: list[str] = []
        self.sections: list[Section] = []
        self.headings = 0
        self.boxes = 0  # message boxes written so far

    def add(self, *chunks: str) -> None:
        self.parts.extend(chunks)

    def h(self, level: int, text: str, new_page: bool = False) -> None:
        """A heading of any level; a heading right above it follows it to a new page."""
        ordinal = self.headings
        self.headings += 1
        style = PAGE_BREAK if new_page or ordinal in self.break_before else ""
        previous = self.parts[-1] if self.parts else ""
        if style and re.match(r"<h\d>", previous):
            # a heading right above this one goes to the next page with it (a section's
            # title would otherwise stay alone at the foot of the page)
            self.parts[-1] = previous[:3] + PAGE_BREAK + previous[3:]
            style = ""
        self.add(f"<h{level}{style}>{escape(text)}</h{level}>")

    def box(self) -> str:
        """Attributes of a message box: a box that a page break would cut starts a new page
        (its ordinal, counted from -1 down, is in break_before; see MESSAGE_BOX_COLOR)."""
        self.boxes += 1
        if -self.boxes not in self.break_before:
            return ""
        if self.parts and self.parts[-1].startswith("<h") and "page-break" in self.parts[-1]:
            return ""  # its heading, left alone at the foot of the page, starts it already
        if (
            len(self.parts) >= 2
            and re.match(r"<h\d>", self.parts[-2])
            and self.parts[-1].startswith('<p class="warn">')
        ):
            # an audience's heading and the line above its suggested message go with it
            self.parts[-2] = self.parts[-2][:3] + PAGE_BREAK + self.parts[-2][3:]
            return ""
        return PAGE_BREAK

    def heading(self, key: str, title: str, *, new_page: bool = False) -> None:
        """A section's heading, numbered unless it is an appendix, listed in the contents."""
        self.sections.append(Section(key, title))
        label = title if key.startswith("appendix") else f"{number(len(self.sections))}. {title}"
        self.h(1, label, new_page)

    def sub(self, title: str) -> None:
        self.h(2, title)

    def para(self, text: str, css: str = "") -> None:
        """A paragraph of HTML already escaped."""
        klass = f' class="{css}"' if css else ""
        style = ' style="font-size: 11pt;"' if css == "card" else ""
        self.add(f"<p{klass}{style}>{text}</p>")

    def bullets(self, items: Sequence[str], ordered: bool = False, css: str = "") -> None:
        """A bulleted or numbered list of HTML items; nothing for no items."""
        if not items:
            return
        tag = "ol" if ordered else "ul"
        # Qt's CSS reaches list items only through their own style attribute
        style = ' style="font-size: 11pt; margin-bottom: 4px;"' if css == "card" else ""
        if ordered and number(1) != "1":
            # Qt numbers lists in Latin digits only: write the reader's own digits instead
            # (a paragraph per step, its wrapped lines hanging under the text)
            size = "font-size: 11pt; " if css == "card" else ""
            style = (
                f' style="{size}-qt-block-indent: 1; text-indent: -{LIST_HANG_PX}px; '
                'margin-top: 0px; margin-bottom: 2px;"'
            )
            self.add(
                *(
                    f"<p{style}>{isolate(number(i) + '.', self.rtl)}\u00a0{item}</p>"
                    for i, item in enumerate(items, 1)
                )
            )
            return
        self.add(f"<{tag}>" + "".join(f"<li{style}>{item}</li>" for item in items) + f"</{tag}>")

    def table(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[str]],
        *,
        numeric: set[int] | None = None,
        widths: Sequence[int] | None = None,
        css: str = "grid",
    ) -> None:
        """A bordered table; cells are HTML already escaped; numeric columns right-aligned."""
        numeric = numeric or set()
        direction = ' dir="rtl"' if self.rtl else ""
        if self.rtl:
            # Qt's HTML import does not mirror a table for dir="rtl": put the first column
            # on the right by writing the columns in reverse.
            last = len(headers) - 1
            headers = list(reversed(headers))
            rows = [list(reversed(row)) for row in rows]
            widths = list(reversed(widths)) if widths else None
            numeric = {last - i for i in numeric}
        out = [
            f'<table class="{css}" width="100%" cellspacing="0" cellpadding="4"{direction}>',
            "<thead><tr>",
        ]
        for i, header in enumerate(headers):
            width = f' width="{widths[i]}%"' if widths else ""
            klass = ' class="num"' if i in numeric else ""
            out.append(f"<th{klass}{width}>{header}</th>")
        out.append("</tr></thead>")
        for row in rows:
            out.append("<tr>")
            for i, cell in enumerate(row):
                klass = ' class="num"' if i in numeric else ""
                out.append(f"<td{klass}>{cell}</td>")
            out.append("</tr>")
        out.append("</table>")
        self.add("".join(out))

    def headed_table(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[str]],
        *,
        numeric: set[int] | None = None,
        widths: Sequence[int] | None = None,
        css: str = "grid",
    ) -> None:
        """A table whose headers are plain text (escaped here)."""
        self.table([escape(h) for h in headers], rows, numeric=numeric, widths=widths, css=css)

    def figure(self, name: str, caption: str) -> None:
        """A chart by name, with its caption, when the chart was drawn."""
        if name in self.chart_names:
            self.add(
                f'<p align="center"><img src="chart:{name}" width="{self.image_width}"></p>'
                f'<p class="note" align="center">{escape(caption)}</p>'
            )

    def document(self, style: str = STYLE) -> str:
        """The whole HTML document, its body right-to-left when the plan is."""
        body = "".join(self.parts)
        direction = ' dir="rtl"' if self.rtl else ""
        return f"<html><head><style>{style}</style></head><body{direction}>{body}</body></html>"
