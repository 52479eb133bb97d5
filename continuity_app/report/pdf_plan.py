"""Renders the continuity plan to PDF (QPdfWriter) or any QPagedPaintDevice such as a QPrinter."""

from __future__ import annotations

import datetime as dt
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal, TypeAlias

from PySide6.QtCore import (
    QMarginsF,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
    QTextOption,
    QTextTable,
)

from continuity_app.core.i18n import current_language, number, speaking, translate
from continuity_app.core.plan import Plan
from continuity_app.core.reference import ReferenceData
from continuity_app.io.atomic import replacing
from continuity_app.localization import QtLanguage
from continuity_app.report.fonts import document_families, font_problems, register_fonts
from continuity_app.report.printed_plan import (
    DECISION_LOG_ROWS,
    MESSAGE_BOX_COLOR,
    PlanHtml,
    PlanResults,
    build_plan_html,
    compute_results,
    plan_is_rtl,
    render_charts,
)

# Every PDF string goes through translate("PrintedPlan", "…") with both arguments literal,
# so that pyside6-lupdate finds it; a QTranslator installed for --lang translates it.

Paper = Literal["a4", "letter"]
if TYPE_CHECKING:  # the printer comes from the window; only its type is named here
    from PySide6.QtPrintSupport import QPrinter

    # A paged device that knows its resolution (QPagedPaintDevice does not declare one).
    PagedDevice: TypeAlias = QPdfWriter | QPrinter
DPI = 300
PAPER_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
MARGINS_MM = QMarginsF(18, 14, 18, 14)  # left, top, right, bottom
HEADER_MM = 9.0  # band above the text for the running header
FOOTER_MM = 8.0  # band below it for "page N of M"
TEXT_PT = 9.5
MIN_LOG_ROWS = 8  # fewer rows after the outage history: the decision log takes its own page
MAX_PASSES = 16  # a pass per page break a heading or message box needs, and the contents
IMAGE_WIDTH_PX = 620  # chart width in CSS pixels (1/96 in); Qt scales them to the device


def _is_message_box(table: QTextTable) -> bool:
    """A message box of the plan: its last cell has the message background."""
    cell = table.cellAt(table.rows() - 1, 0)
    return cell.isValid() and cell.format().background().color() == QColor(MESSAGE_BOX_COLOR)


class PlanRenderError(Exception):
    """The plan could not be written as PDF; the message says why in words."""


@dataclass
class RenderReport:
    """What a render produced: pages, fonts used, and anything the reader should know."""

    path: Path | None
    pages: int
    paper: str
    rtl: bool
    fonts: list[str]
    seconds: float
    warnings: list[str] = field(default_factory=list)
    section_pages: dict[str, int] = field(default_factory=dict)
    # how much of each page's height the text reaches, 0..1 (a nearly empty page is a flaw)
    page_fill: list[float] = field(default_factory=list)


def plan_paper(plan: Plan, reference: ReferenceData) -> Paper:
    """The paper the business's country prints on (Unicode CLDR), not the system locale's:
    with several countries, the one with the largest share of counterparts."""
    mix = plan.business.country_mix
    country = max(sorted(mix), key=lambda code: mix[code]) if mix else "WORLD"
    return "letter" if reference.paper_size(country) == "letter" else "a4"


def mm_to_px(mm: float, dpi: int = DPI) -> float:
    return mm / 25.4 * dpi


def page_layout(paper: Paper) -> QPageLayout:
    if paper not in PAPER_SIZES:
        raise PlanRenderError(f"unknown paper {paper!r}: use a4 or letter")
    return QPageLayout(
        QPageSize(PAPER_SIZES[paper]),
        QPageLayout.Orientation.Portrait,
        MARGINS_MM,
        QPageLayout.Unit.Millimeter,
    )


@dataclass
class _Laid:
    document: QTextDocument
    content: PlanHtml
    section_pages: dict[str, int]

    def page_fill(self) -> list[float]:
        """How far down each page the text reaches, as a share of the page's height."""
        document = self.document
        height = document.pageSize().height()
        layout = document.documentLayout()
        fill = [0.0] * document.pageCount()
        block = document.begin()
        while block.isValid():
            top = layout.blockBoundingRect(block).top()
            lines = block.layout()
            for index in range(lines.lineCount() if lines is not None else 0):
                line = lines.lineAt(index)
                start = top + line.y()
                page = min(int((start + 2) // height), len(fill) - 1)
                end = start + line.height() - page * height
                fill[page] = max(fill[page], min(end / height, 1.0))
            block = block.next()
        return fill


class PlanRenderer:
    """Lays out the plan for one paint device and paints it page by page.

    The same object serves the PDF export, the print preview and printing: it needs only a
    QPagedPaintDevice whose page layout is already set.
    """

    def __init__(
        self,
        plan: Plan,
        reference: ReferenceData,
        results: PlanResults | None = None,
        *,
        language: str | None = None,
        digits: str = "locale",
        issued: dt.date | None = None,
    ) -> None:
        self.plan = plan
        self.reference = reference
        self.language = language
        # The plan's language may differ from the window's: every text and number of the
        # plan, including the recommendations' explanations, is written in it.
        self.speech = QtLanguage.for_code(language, digits) if language else current_language()
        with speaking(self.speech):
            self.results = results or compute_results(plan, reference)
        self.issued = issued or dt.date.today()
        self.warnings: list[str] = []
        self.families = self._fonts()
        self._images: dict[str, QImage] | None = None  # decoded once for every layout pass

    def _fonts(self) -> list[str]:
        register_fonts()
        problems = font_problems()
        if problems:
            self.warnings += problems
            self.warnings.append(
                translate(
                    "PlanRender",
                    "The plan is printed with the system's fonts instead: it may look different "
                    "on other machines, and some scripts may show as boxes.",
                )
            )
        return document_families()

    def _charts(self, rtl: bool) -> dict[str, QImage]:
        if self._images is None:
            from continuity_app.report.fonts import register_matplotlib_fonts

            families = register_matplotlib_fonts() or None
            try:
                pngs = render_charts(
                    self.plan, self.reference, self.results, rtl=rtl, font_family=families
                )
                # the stub types the format as bytes; PySide6 accepts only a str (bytes: ValueError)
                self._images = {
                    name: QImage.fromData(data, "PNG")  # type: ignore[arg-type]
                    for name, data in pngs.items()
                }
            except Exception as error:  # a chart problem must not cost the whole plan
                self.warnings.append(
                    translate("PlanRender", "The charts could not be drawn: {error}").format(
                        error=error
                    )
                )
                self._images = {}
        return self._images

    def _font(self) -> QFont:
        font = QFont()
        if self.families:
            font.setFamilies(self.families)
        font.setPointSizeF(TEXT_PT)
        # No Latin ligatures: text copied or extracted from the PDF then reads "first", not
        # "ﬁrst" (the ligature glyph maps back to U+FB01).
        font.setFeature(QFont.Tag("liga"), 0)
        return font

    def _document(self, device: PagedDevice, body: QRectF, content: PlanHtml):
        document = QTextDocument()
        # Lay out with the device's own metrics: sizes in pt and px then match on paper.
        document.documentLayout().setPaintDevice(device)
        document.setDefaultFont(self._font())
        document.setDocumentMargin(0)
        option = QTextOption()
        option.setTextDirection(
            Qt.LayoutDirection.RightToLeft if content.rtl else Qt.LayoutDirection.LeftToRight
        )
        document.setDefaultTextOption(option)
        for name, image in (self._images or {}).items():
            document.addResource(
                QTextDocument.ResourceType.ImageResource, QUrl(f"chart:{name}"), image
            )
        document.setPageSize(QSizeF(body.width(), body.height()))
        document.setHtml(content.html)
        return document

    @staticmethod
    def _scan(
        document: QTextDocument, content: PlanHtml, height: float
    ) -> tuple[dict[str, int], dict[int, float]]:
        """Page (from 1) of each section heading, and the headings left alone at the foot of
        a page (the block after them starts on the next page) or message boxes cut by a page
        break (negative ordinals), each with where it starts."""
        layout = document.documentLayout()

        def page(block) -> int:
            # Qt places a block that starts a page a fraction of a pixel above the page's
            # top (fixed-point layout); a two-pixel allowance puts it on its own page.
            top = layout.blockBoundingRect(block).top()
            lines = block.layout()
            if lines is not None and lines.lineCount():
                # a first line that did not fit is moved down inside its block: count where
                # the line is, not where the block begins
                top += lines.lineAt(0).y()
            return int((top + 2) // height) + 1

        section_pages: list[int] = []
        orphans: dict[int, float] = {}
        ordinal = 0
        block = document.begin()
        while block.isValid():
            level = block.blockFormat().headingLevel()
            if level:
                here = page(block)
                if level == 1:
                    section_pages.append(here)
                following = block.next()
                if following.isValid() and page(following) > here:
                    orphans[ordinal] = layout.blockBoundingRect(block).top()
                ordinal += 1
            block = block.next()
        # Message boxes (one-cell tables a reader copies from) that a page break would cut
        # in two: they start the next page instead. Their ordinals count from -1 down.
        box = 0
        for frame in document.rootFrame().childFrames():
            if not isinstance(frame, QTextTable) or not _is_message_box(frame):
                continue
            box += 1
            rect = layout.frameBoundingRect(frame)
            margins = frame.format()
            top = rect.top() + margins.topMargin() + 2
            bottom = rect.bottom() - margins.bottomMargin() - 2
            if int(top // height) != int(bottom // height):
                orphans[-box] = top
        pages = {s.key: p for s, p in zip(content.sections, section_pages, strict=False)}
        return pages, orphans

    @staticmethod
    def _fit_log(document: QTextDocument, height: float, log: tuple[int, bool]) -> tuple[int, bool]:
        """Rows and page of the decision log (the last five-column table): on the page where
        the outage history ends, filling it, when that leaves room for MIN_LOG_ROWS rows;
        else on a page of its own. A page with a few lines of history is then not followed
        by a page break, and a log that stops short does not leave a blank page either."""
        tables = [
            f
            for f in document.rootFrame().childFrames()
            if isinstance(f, QTextTable) and f.columns() == 5
        ]
        if not tables:
            return log
        table = tables[-1]
        rect = document.documentLayout().frameBoundingRect(table)
        row = rect.height() / table.rows()
        heading = 3 * row  # the heading and the "outage started" line above the form
        new_page = log[1]
        if new_page:
            # where the history ends: the top of the log's page, less what stands before it
            previous = table.firstCursorPosition().block().previous().previous().previous()
            layout = document.documentLayout()
            end = layout.blockBoundingRect(previous).bottom()
            room = height - end % height - heading - row
        else:
            room = height - rect.top() % height - row
        fit = int(room // row) - 1  # one row spare: a form ending on the page's edge
        if fit >= MIN_LOG_ROWS:
            return (min(fit, 3 * DECISION_LOG_ROWS), False)
        return (DECISION_LOG_ROWS, True)

    def body_rect(self, device: PagedDevice) -> QRectF:
        """Where the text goes, in device pixels from the paintable area's top-left."""
        paint = device.pageLayout().paintRectPixels(device.resolution())
        dpi = device.resolution()
        top = mm_to_px(HEADER_MM, dpi)
        bottom = mm_to_px(FOOTER_MM, dpi)
        return QRectF(0, top, paint.width(), paint.height() - top - bottom)

    def layout(self, device: PagedDevice) -> _Laid:
        """Lay out until stable: each pass moves headings left alone at the foot of a page
        to the next page and prints the pages found in the contents (usually three passes)."""
        with speaking(self.speech):
            return self._layout(device)

    def _layout(self, device: PagedDevice) -> _Laid:
        # One page break per pass, the first one the layout needs: a break moves everything
        # after it, so a heading left alone further on may no longer be (breaking them all
        # at once left nearly empty pages).
        body = self.body_rect(device)
        images = self._charts(plan_is_rtl(self.plan, self.language))
        toc: dict[str, int] | None = None
        breaks: frozenset[int] = frozenset()
        log = (DECISION_LOG_ROWS, True)
        for _ in range(MAX_PASSES):
            content = build_plan_html(
                self.plan,
                self.reference,
                self.results,
                language=self.language,
                issued=self.issued,
                toc_pages=toc,
                chart_names=tuple(images),
                image_width=IMAGE_WIDTH_PX,
                break_before=breaks,
                log_rows=log[0],
                log_new_page=log[1],
            )
            document = self._document(device, body, content)
            pages, orphans = self._scan(document, content, body.height())
            needed = {ordinal: top for ordinal, top in orphans.items() if ordinal not in breaks}
            fitted = self._fit_log(document, body.height(), log)
            if pages == toc and not needed and fitted == log:
                break
            log = fitted
            if needed:
                breaks = breaks | {min(needed, key=lambda ordinal: needed[ordinal])}
            toc = pages
        return _Laid(document, content, pages)

    def paint(self, device: PagedDevice, laid: _Laid | None = None) -> int:
        """Paint every page onto `device` (a QPdfWriter or a QPrinter); the page count."""
        laid = laid or self.layout(device)
        with speaking(self.speech):
            return self._paint(device, laid)

    def _paint(self, device: PagedDevice, laid: _Laid) -> int:
        document = laid.document
        body = self.body_rect(device)
        pages = document.pageCount()
        painter = QPainter()
        if not painter.begin(device):
            raise PlanRenderError(
                translate("PlanRender", "cannot start painting on the output device")
            )
        try:
            for index in range(pages):
                if index:
                    device.newPage()
                self._decorate(painter, device, body, index + 1, pages, laid.content)
                painter.save()
                painter.translate(body.left(), body.top() - index * body.height())
                # The clip cuts the pages apart; sideways it leaves a little room, so that a
                # table one pixel wider than the text (rounded column widths) keeps its border.
                bleed = mm_to_px(1.5, device.resolution())
                clip = QRectF(
                    -bleed, index * body.height(), body.width() + 2 * bleed, body.height()
                )
                painter.setClipRect(clip)
                document.drawContents(painter, clip)
                painter.restore()
        finally:
            painter.end()
        return pages

    def _decorate(
        self,
        painter: QPainter,
        device: PagedDevice,
        body: QRectF,
        page: int,
        pages: int,
        content: PlanHtml,
    ) -> None:
        """Running header (business, version) and footer (page N of M) with thin rules."""
        dpi = device.resolution()
        font = self._font()
        font.setPointSizeF(7.5)
        painter.save()
        painter.setFont(font)
        metrics = QFontMetricsF(font, device)
        painter.setPen(QColor("#5a5a5a"))
        header = QRectF(0, 0, body.width(), body.top() - mm_to_px(2.5, dpi))
        direction = (
            Qt.LayoutDirection.RightToLeft if content.rtl else Qt.LayoutDirection.LeftToRight
        )
        painter.setLayoutDirection(direction)
        # the painter mirrors left and right itself in a right-to-left layout
        lead, trail = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight
        bottom = Qt.AlignmentFlag.AlignBottom
        title = metrics.elidedText(
            self.plan.business.name, Qt.TextElideMode.ElideRight, body.width() * 0.6
        )
        painter.drawText(header, lead | bottom, title)
        painter.drawText(
            header,
            trail | bottom,
            translate("PrintedPlan", "Continuity plan · version {version}").format(
                version=self.plan.details.plan_version
            ),
        )
        pen = QPen(QColor("#9aa5b1"))
        pen.setWidthF(mm_to_px(0.2, dpi))
        painter.setPen(pen)
        rule = body.top() - mm_to_px(1.5, dpi)
        painter.drawLine(QPointF(0, rule), QPointF(body.width(), rule))
        below = body.bottom() + mm_to_px(1.5, dpi)
        painter.drawLine(QPointF(0, below), QPointF(body.width(), below))
        painter.setPen(QColor("#5a5a5a"))
        footer = QRectF(0, below + mm_to_px(1, dpi), body.width(), mm_to_px(FOOTER_MM - 2.5, dpi))
        painter.drawText(
            footer,
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
            translate("PrintedPlan", "page {page} of {pages}").format(
                page=number(page), pages=number(pages)
            ),
        )
        painter.restore()


def _stamp_metadata(writer: QPdfWriter, content_title: str) -> None:
    writer.setTitle(content_title)
    writer.setCreator("Continuity Planner")


def render_plan_pdf(
    plan: Plan,
    reference: ReferenceData,
    path: str | os.PathLike[str],
    paper: Paper | None = None,
    language: str | None = None,
    *,
    digits: str = "locale",
    results: PlanResults | None = None,
    issued: dt.date | None = None,
) -> RenderReport:
    """Write the plan as PDF at `path`, atomically (a temporary file replaces it when done).

    Needs a QGuiApplication. Results are computed as `evaluate` and `recommend` compute them
    unless given. The paper is the business's country's unless given. Raises PlanRenderError
    with a readable message when the file cannot be written.
    """
    started = time.perf_counter()
    target = Path(path)
    paper = paper or plan_paper(plan, reference)
    layout = page_layout(paper)
    if target.is_dir():
        problem = translate("CliErrors", "{path} is a folder; give a file name such as {example}")
        raise PlanRenderError(problem.format(path=target, example=target / "plan.pdf"))
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise PlanRenderError(
            translate("PlanRender", "the folder {folder} does not exist").format(folder=folder)
        )
    renderer = PlanRenderer(
        plan, reference, results, language=language, digits=digits, issued=issued
    )
    try:
        with replacing(target) as temporary:
            writer = QPdfWriter(str(temporary))
            writer.setResolution(DPI)
            writer.setPageLayout(layout)
            laid = renderer.layout(writer)
            _stamp_metadata(writer, laid.content.title)
            pages = renderer.paint(writer, laid)
            del writer  # flushes and closes the file
            if temporary.stat().st_size == 0:
                raise PlanRenderError(
                    translate("PlanRender", "nothing was written to {path}").format(path=target)
                )
    except OSError as error:
        problem = translate("CliErrors", "cannot write {path}: {reason}")
        raise PlanRenderError(problem.format(path=target, reason=error.strerror or error)) from None
    return RenderReport(
        path=target,
        pages=pages,
        paper=paper,
        rtl=laid.content.rtl,
        fonts=renderer.families,
        seconds=time.perf_counter() - started,
        warnings=renderer.warnings,
        section_pages=laid.section_pages,
        page_fill=laid.page_fill(),
    )
