"""The printable plan as a reader gets it: text, figures, fonts, paper and Arabic in the PDF."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from continuity_app.cli import main
from continuity_app.core.display import format_hours, format_money
from continuity_app.core.evaluation import evaluate
from continuity_app.core.recommend import recommend
from continuity_app.core.reference import load_reference
from continuity_app.io.examples import example_names, example_path, load_example
from tests.report.pdf_layout import EDGE, flush_sides, pdf_lines, running_header

POPPLER = ("pdftotext", "pdffonts", "pdfinfo")
pytestmark = pytest.mark.skipif(
    any(shutil.which(tool) is None for tool in POPPLER),
    reason="poppler-utils (pdftotext, pdffonts, pdfinfo) is not installed",
)

# Direction marks and isolates the PDF text may carry, plus the zero-width space that lets
# long URLs wrap.
_INVISIBLE = dict.fromkeys(
    map(ord, "\u200b\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
)
RLE, PDF = "\u202b", "\u202c"
_LTR_RUN = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9 .,:/+()\-]*[A-Za-z0-9])?")


def tool(*args: str) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def logical_line(line: str) -> str:
    """A pdftotext line back in reading order.

    pdftotext writes a line that holds right-to-left text in visual order, left to right,
    and marks each right-to-left run with RLE…PDF (the run itself in reading order). A line
    of a right-to-left paragraph therefore reads back by reversing the order of its runs,
    keeping left-to-right runs (numbers, Latin words) as they are.
    """
    if RLE not in line:
        return line
    pieces: list[str] = []
    for token in re.findall(f"{RLE}[^{PDF}]*{PDF}|[^{RLE}]+", line):
        if token.startswith(RLE):
            pieces.append(token)
            continue
        position = 0
        for run in _LTR_RUN.finditer(token):
            pieces += list(token[position : run.start()])
            pieces.append(run.group(0))
            position = run.end()
        pieces += list(token[position:])
    return "".join(reversed(pieces))


def normal(text: str) -> str:
    """Comparable text: NFKC, invisible controls removed, no whitespace.

    NFKC rather than NFC: Qt's PDF maps each shaped Arabic glyph (initial, medial, final and
    lam-alef forms) to its Arabic Presentation Forms code point, which NFKC folds back to the
    letters typed. Whitespace goes because pdftotext breaks lines where the page does.
    """
    text = unicodedata.normalize("NFKC", text).translate(_INVISIBLE)
    return re.sub(r"\s+", "", text)


def pdf_text(path: Path) -> str:
    raw = tool("pdftotext", "-enc", "UTF-8", str(path), "-")
    return "\n".join(logical_line(line) for line in raw.splitlines())


@pytest.fixture(scope="module")
def rendered(qapp, tmp_path_factory):
    """Every example rendered once on A4, with its report."""
    from continuity_app.report.pdf_plan import render_plan_pdf

    folder = tmp_path_factory.mktemp("plans")
    reference = load_reference()
    out = {}
    for name in example_names():
        path = folder / f"{name}.pdf"
        report = render_plan_pdf(load_example(name), reference, path, paper="a4")
        out[name] = (path, report)
    return out


def test_every_section_title_is_in_the_text(rendered):
    from continuity_app.report.printed_plan import section_titles

    for name, (path, report) in rendered.items():
        text = normal(pdf_text(path))
        for _key, title in section_titles():
            assert normal(title) in text, f"{name}: section {title!r} missing"
        assert set(report.section_pages) == {key for key, _ in section_titles()}
        assert list(report.section_pages.values()) == sorted(report.section_pages.values())


def test_key_figures_match_evaluate_and_recommend(rendered, capsys):
    reference = load_reference()
    for name, (path, _report) in rendered.items():
        plan = load_example(name)
        evaluation = evaluate(plan, reference)
        currency = plan.business.currency
        figures = {
            "ALE": format_money(evaluation.ale, currency, reference),
            "MTPD": format_hours(evaluation.mtpd_hours),
            "scenario loss": format_money(evaluation.scenarios[0].total, currency, reference),
            "reference loss": format_money(evaluation.reference.total, currency, reference),
        }
        assert main(["evaluate", str(example_path(name))]) == 0
        printed = capsys.readouterr().out
        for label, figure in figures.items():
            assert figure in printed, f"{name}: evaluate does not print the {label} {figure}"
        advice = recommend(plan, reference)
        after = format_money(advice.portfolio_ale, currency, reference, whole=True)
        assert main(["recommend", str(example_path(name))]) == 0
        if advice.portfolio:
            assert after in capsys.readouterr().out
            figures["ALE after the portfolio"] = after
        capsys.readouterr()
        text = normal(pdf_text(path))
        for label, figure in figures.items():
            assert normal(figure) in text, f"{name}: the {label} {figure} is not in the PDF"


def test_every_font_is_embedded_and_shipped(rendered):
    for name, (path, report) in rendered.items():
        rows = tool("pdffonts", str(path)).splitlines()[2:]
        assert rows, f"{name}: no fonts listed"
        for row in rows:
            fields = row.split()
            font, embedded = fields[0], fields[-5]
            assert embedded == "yes", f"{name}: {font} is not embedded"
            assert font.split("+")[-1].startswith("NotoSans"), f"{name}: {font} is not shipped"
        assert report.warnings == []
        assert "Noto Sans" in report.fonts


def _page_size(path: Path) -> tuple[float, float]:
    info = tool("pdfinfo", str(path))
    match = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info)
    assert match, info
    return float(match[1]), float(match[2])


def test_a4_page_size_and_page_count(rendered):
    for path, report in rendered.values():
        width, height = _page_size(path)
        assert abs(width - 595) <= 1 and abs(height - 842) <= 1
        pages = int(re.search(r"Pages:\s+(\d+)", tool("pdfinfo", str(path)))[1])
        assert pages == report.pages
        first = tool("pdftotext", "-f", "2", "-l", "2", str(path), "-")
        assert f"page 2 of {pages}" in first


def test_letter_page_size_from_the_command_line(qapp, tmp_path, capsys):
    target = tmp_path / "clinic.pdf"
    code = main(
        ["plan", str(example_path("mumbai-clinic")), "-o", str(target), "--paper", "letter"]
    )
    assert code == 0, capsys.readouterr().err
    width, height = _page_size(target)
    assert abs(width - 612) <= 1 and abs(height - 792) <= 1
    assert [p.name for p in tmp_path.iterdir()] == ["clinic.pdf"]  # no temporary left


def test_arabic_name_and_messages_extract_in_reading_order(rendered):
    path, report = rendered["ramallah-bakery"]
    plan = json.loads(example_path("ramallah-bakery").read_text(encoding="utf-8"))
    text = normal(pdf_text(path))
    name = plan["business"]["name"]
    arabic, latin = (part.strip() for part in name.split("—"))
    assert normal(arabic) in text
    assert normal(latin) in text
    messages = [m for m in plan["details"]["messages"] if m["language"] == "ar"]
    assert messages
    for message in messages:
        assert normal(message["text"]) in text, message["id"]
    assert not report.rtl  # English document text; the Arabic paragraphs are right-to-left


def test_arabic_messages_in_an_english_plan_are_flush_right(rendered):
    """The Arabic messages of the English plan are right-aligned in their box: their lines end
    at one edge and start where they run out, while the box's English lines start at its left."""
    path, _ = rendered["ramallah-bakery"]
    lines = pdf_lines(path)
    page = next(
        line.page for line in lines if line.text.startswith("Channel:") and "(ar)" in line.text
    )
    on_page = [line for line in lines if line.page == page]
    arabic = [line for line in on_page if line.arabic]
    english = [line for line in on_page if line.text.startswith("Channel:")]
    assert len(arabic) >= 3 and english
    ends = [line.right for line in arabic]
    assert max(ends) - min(ends) < EDGE, "the Arabic lines do not share their right edge"
    assert min(ends) > max(line.right for line in english)
    box_left = min(line.left for line in english)
    assert any(line.left > box_left + 10 * EDGE for line in arabic), "no Arabic line is ragged"


def test_phone_number_keeps_its_digit_order_in_arabic_text(rendered):
    path, _ = rendered["ramallah-bakery"]
    raw = tool("pdftotext", "-enc", "UTF-8", str(path), "-")
    line = next(
        line for line in raw.splitlines() if "اتصلوا" in unicodedata.normalize("NFKC", line)
    )
    assert "02 295 1234" in line.translate(_INVISIBLE)


def test_broken_plan_file_exits_2_with_one_message(qapp, tmp_path, capsys):
    broken = tmp_path / "broken.cplan"
    broken.write_text('{"schema_version": 2, "business": {}}', encoding="utf-8")
    target = tmp_path / "out.pdf"
    assert main(["plan", str(broken), "-o", str(target)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("continuity-app plan: ")
    assert "Traceback" not in err
    assert not target.exists()


def test_unwritable_target_exits_2(qapp, tmp_path, capsys):
    target = tmp_path / "missing-folder" / "plan.pdf"
    assert main(["plan", str(example_path("ramallah-bakery")), "-o", str(target)]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_right_to_left_language_lays_the_plan_out_right_to_left(qapp, tmp_path):
    from continuity_app.report.pdf_plan import render_plan_pdf

    target = tmp_path / "ar.pdf"
    report = render_plan_pdf(
        load_example("ramallah-bakery"), load_reference(), target, language="ar"
    )
    assert report.rtl
    text = normal(pdf_text(target))
    assert normal("مخبز الزيتونة") in text
    # mirrored: the running header has the business's name on the right (English: the left),
    # and the Arabic paragraphs are flush with the header's right edge, not with its left one
    lines = pdf_lines(target)
    headers = [running_header(lines, page) for page in range(2, report.pages + 1)]
    named = [h for h in headers if any("Al-Zaytouna Bakery" in line.text for line in h)]
    assert len(named) >= report.pages // 2
    for header in named:
        name = next(line for line in header if "Al-Zaytouna Bakery" in line.text)
        assert name.left > name.page_width / 2, f"page {name.page}: the name is not on the right"
    left_edge = min(line.left for h in named for line in h)
    right_edge = max(line.right for h in named for line in h)
    pages = {h[0].page for h in named}
    body = [
        line
        for line in lines
        if line.page in pages and line.arabic and not any(line in h for h in named)
    ]
    flush_left, flush_right = flush_sides(body, left_edge, right_edge)
    assert flush_right >= 40 and flush_left <= flush_right / 10, (flush_left, flush_right)


def test_missing_font_file_still_renders_and_says_so(qapp, tmp_path, monkeypatch):
    import continuity_app.report.fonts as fonts
    from continuity_app.report.pdf_plan import render_plan_pdf

    monkeypatch.setattr(fonts, "_state", None)
    monkeypatch.setattr(fonts, "FONT_FILES", ("NoSuchFont-Regular.ttf", *fonts.FONT_FILES))
    target = tmp_path / "plan.pdf"
    report = render_plan_pdf(load_example("mumbai-clinic"), load_reference(), target)
    assert target.stat().st_size > 0
    assert any("NoSuchFont-Regular.ttf" in w for w in report.warnings)


def test_print_actions_export_preview_and_print(qtbot, app_context, tmp_path, monkeypatch):
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
    from PySide6.QtWidgets import QFileDialog, QMainWindow

    from continuity_app.gui.print_actions import PrintActions

    window = QMainWindow()
    qtbot.addWidget(window)
    menu = window.menuBar().addMenu("File")
    actions = PrintActions(app_context, menu, window)
    assert [a.text() for a in menu.actions()] == ["Print Previe&w…", "&Print…", "Export P&DF…"]

    app_context.engine.refresh()  # the window's latest results are what gets printed
    assert app_context.engine.wait()
    target = tmp_path / "bakery.pdf"
    chosen = str(target.with_suffix(""))  # the user typed no extension
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (chosen, ""))
    assert actions.export_pdf() == target
    evaluation = app_context.engine.evaluation
    ale = format_money(evaluation.ale, "ILS", app_context.reference)
    assert normal(ale) in normal(pdf_text(target))

    printed = tmp_path / "printed.pdf"
    printer = actions._printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    actions._paint(printer)
    assert "page 1 of" in tool("pdftotext", str(printed), "-")

    preview_printer = actions._printer()  # kept alive: the dialog does not own it
    dialog = QPrintPreviewDialog(preview_printer, window)
    dialog.paintRequested.connect(actions._paint)
    dialog.show()
    preview = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() > 10, timeout=20000)
    dialog.close()


def test_main_window_file_menu_offers_printing(qtbot, app_context):
    from continuity_app.gui.main_window import MainWindow

    window = MainWindow(app_context)
    qtbot.addWidget(window)
    texts = [a.text() for a in window.file_menu.actions()]
    assert texts.index("Print Previe&w…") < texts.index("&Quit")
    assert {"&Print…", "Export P&DF…"} <= set(texts)
    app_context.open_plan.undo_stack.setClean()


def _arabic_translations() -> dict[str, str]:
    """OpenPlan texts and their Arabic translations, read from the shipped .ts file."""
    import xml.etree.ElementTree as ET

    from tests.paths import REPO_ROOT

    root = ET.parse(REPO_ROOT / "resources" / "i18n" / "continuity_app_ar.ts").getroot()
    return {
        message.findtext("source"): message.findtext("translation")
        for context in root.iter("context")
        if context.findtext("name") == "PrintedPlan"
        for message in context.iter("message")
    }


def test_arabic_plan_extracts_its_arabic_section_headings(tmp_path):
    """`plan --lang ar` prints every section heading in Arabic, readable from the PDF."""
    from continuity_app.report.printed_plan import section_titles

    target = tmp_path / "ar.pdf"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "continuity_app",
            "plan",
            str(example_path("ramallah-bakery")),
            "-o",
            str(target),
            "--lang",
            "ar",
        ],
        capture_output=True,
        text=True,
        # an Arabic environment too: the CLI's language must not create a Qt application
        # before the PDF's QGuiApplication (that crashed the font database)
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "ar_EG.UTF-8"},
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    arabic = _arabic_translations()
    # pdftotext keeps each right-to-left run in reading order; headings are single runs
    text = normal(tool("pdftotext", "-enc", "UTF-8", str(target), "-"))
    headings = [title for _key, title in section_titles()]  # English: no translator here
    # a heading added since the last Linguist update prints in English until translated
    translated_headings = [heading for heading in headings if heading in arabic]
    assert len(translated_headings) >= len(headings) - 1
    for heading in translated_headings:
        translated = arabic[heading]
        assert re.search("[\u0600-\u06ff]", translated), heading
        assert normal(translated) in text, (heading, translated)


def test_window_prints_in_the_plan_language_of_the_preferences(
    qtbot, app_context, tmp_path, monkeypatch
):
    """A consultant works in English and prints in Arabic, with Western digits: headings,
    recommendation texts and numbers of the PDF follow, the window stays English."""
    from PySide6.QtWidgets import QMainWindow

    from continuity_app.gui.print_actions import PrintActions
    from continuity_app.gui.settings import DIGITS, PLAN_LANGUAGE
    from continuity_app.report.printed_plan import section_titles

    app_context.settings.set(PLAN_LANGUAGE, "ar")
    app_context.settings.set(DIGITS, "western")
    window = QMainWindow()
    qtbot.addWidget(window)
    actions = PrintActions(app_context, window.menuBar().addMenu("File"), window)
    target = actions.write_pdf(tmp_path / "plan.pdf")
    assert target is not None
    text = normal(tool("pdftotext", "-enc", "UTF-8", str(target), "-"))
    arabic = _arabic_translations()
    for _key, heading in section_titles():
        if heading in arabic:  # a heading added since the last Linguist update is English
            assert normal(arabic[heading]) in text, heading
    assert re.search(r"\d,\d\d\d", text) and not re.search("[\u0660-\u0669]", text)
    assert actions.print_action.text() == "&Print…"  # the window still speaks English
