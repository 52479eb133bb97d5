"""The printed plan as a newcomer reads it (issue 15): the paper of the business's country,
no nearly empty page, plain words, one money style, each note once, only the messages and
steps that apply."""

from __future__ import annotations

import dataclasses
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from continuity_app.core.plan import Plan
from continuity_app.core.reference import ReferenceDataError, load_reference
from continuity_app.core.terms import glossary, how_often, term
from continuity_app.io.examples import load_example
from continuity_app.io.planfile import load_plan
from tests.paths import PLANS, REPO_ROOT

ROOT = REPO_ROOT
TEST_PLANS = sorted(PLANS.glob("*.cplan"))
pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdfinfo") is None,
    reason="poppler-utils (pdftotext, pdfinfo) is not installed",
)


def _plan(name: str) -> Plan:
    found = PLANS / f"{name}.cplan"
    return load_plan(found) if found.exists() else load_example(name)


def _text(path: Path) -> str:
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    )
    return result.stdout


def _page_size(path: Path) -> str:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return re.search(r"Page size:\s+(.*)", info.stdout).group(1)


def _html(plan: Plan, results=None) -> str:
    from continuity_app.report.printed_plan import build_plan_html, compute_results

    reference = load_reference()
    return build_plan_html(plan, reference, results or compute_results(plan, reference)).html


def _with_countries(plan: Plan, mix: dict[str, float]) -> Plan:
    business = plan.business.model_copy(update={"country_mix": mix})
    return plan.model_copy(update={"business": business})


@pytest.fixture(scope="module")
def english(qapp, tmp_path_factory):
    """The test plans and the bakery, rendered once in English on their own paper."""
    from continuity_app.report.pdf_plan import render_plan_pdf

    folder = tmp_path_factory.mktemp("newcomer")
    reference = load_reference()
    out = {}
    for name in [p.stem for p in TEST_PLANS] + ["ramallah-bakery"]:
        path = folder / f"{name}.pdf"
        out[name] = (path, render_plan_pdf(_plan(name), reference, path))
    return out


# -- 1. paper from the business's country ---------------------------------------------------


def test_paper_sizes_come_from_cldr_with_a4_elsewhere():
    reference = load_reference()
    for country in [
        "BZ",
        "CA",
        "CL",
        "CO",
        "CR",
        "GT",
        "MX",
        "NI",
        "PA",
        "PH",
        "PR",
        "SV",
        "US",
        "VE",
    ]:
        assert reference.paper_size(country) == "letter", country
    for country in ("NG", "PS", "IN", "BR", "GB", "EG", "ID"):
        assert reference.paper_size(country) == "a4", country


def test_a_wrong_paper_in_the_csv_is_refused_with_its_line(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(ROOT / "resources" / "data", data)
    sizes = data / "paper_sizes.csv"
    sizes.write_text(sizes.read_text(encoding="utf-8").replace("US,letter", "US,legal"), "utf-8")
    with pytest.raises(ReferenceDataError, match=r"paper_sizes\.csv line \d+.*paper"):
        load_reference(data)


def test_the_largest_country_share_decides_the_paper():
    from continuity_app.report.pdf_plan import plan_paper

    reference = load_reference()
    plan = _plan("lagos-pharmacy")
    assert plan_paper(plan, reference) == "a4"
    assert plan_paper(_with_countries(plan, {"US": 0.3, "NG": 0.7}), reference) == "a4"
    assert plan_paper(_with_countries(plan, {"US": 0.6, "NG": 0.4}), reference) == "letter"
    assert plan_paper(_plan("mexico-city-delivery"), reference) == "letter"


def test_a_nigerian_plan_prints_on_a4_in_an_american_locale(qapp, tmp_path):
    from PySide6.QtCore import QLocale

    from continuity_app.report.pdf_plan import render_plan_pdf

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        target = tmp_path / "lagos.pdf"
        report = render_plan_pdf(_plan("lagos-pharmacy"), load_reference(), target)
        assert report.paper == "a4"
        assert "(A4)" in _page_size(target)
        mexico = tmp_path / "mexico.pdf"
        render_plan_pdf(_plan("mexico-city-delivery"), load_reference(), mexico)
        assert "(letter)" in _page_size(mexico)
    finally:
        QLocale.setDefault(before)


def test_the_command_line_takes_the_country_paper_and_keeps_paper_as_an_override(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "en_US.UTF-8"}
    lagos = str(PLANS / "lagos-pharmacy.cplan")
    for extra, size, word in (
        ([], "(A4)", "A4"),
        (["--paper", "letter"], "(letter)", "LETTER"),
    ):
        target = tmp_path / f"{word}.pdf"
        result = subprocess.run(
            [sys.executable, "-m", "continuity_app", "plan", lagos, "-o", str(target), *extra],
            capture_output=True,
            text=True,
            env=env,
            timeout=300,
        )
        assert result.returncode == 0, result.stderr
        assert size in _page_size(target)
        assert word in result.stderr


def test_the_window_previews_and_exports_on_the_plan_country_paper(qtbot, app_context, tmp_path):
    from PySide6.QtCore import QLocale
    from PySide6.QtGui import QPageSize
    from PySide6.QtWidgets import QMainWindow

    from continuity_app.gui.print_actions import PrintActions

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:  # the context's plan is the bakery in Ramallah: A4, on an American laptop too
        window = QMainWindow()
        qtbot.addWidget(window)
        actions = PrintActions(app_context, window.menuBar().addMenu("File"), window)
        assert actions.paper() == "a4"
        printer = actions._printer()
        assert printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.A4
        target = actions.write_pdf(tmp_path / "plan.pdf")
        assert target is not None and "(A4)" in _page_size(target)
    finally:
        QLocale.setDefault(before)


# -- 2. no nearly empty page ---------------------------------------------------------------


@pytest.mark.parametrize("language", [None, "ar"])
def test_no_page_but_the_last_is_nearly_empty(qapp, tmp_path, language):
    from continuity_app.report.pdf_plan import render_plan_pdf

    reference = load_reference()
    plans = {p.stem: load_plan(p) for p in TEST_PLANS}
    plans |= {name: load_example(name) for name in ("ramallah-bakery", "mumbai-clinic")}
    for name, plan in plans.items():
        report = render_plan_pdf(plan, reference, tmp_path / f"{name}.pdf", language=language)
        assert len(report.page_fill) == report.pages
        for page, fill in enumerate(report.page_fill[:-1], 1):
            assert fill >= 0.35, (
                f"{name} {language}: page {page} of {report.pages} is {fill:.0%} full"
            )


# -- 3. a note once --------------------------------------------------------------------------


def test_the_missing_price_per_message_is_said_once(english):
    # counted in the plan's text: pdftotext also reads a line cut by a page break twice
    for name in english:
        html = _html(_plan(name))
        assert html.lower().count("no price per message") == 1, name
    lagos = re.sub(r"\s+", " ", _text(english["lagos-pharmacy"][0]))
    assert "No price per message is known for Signal, Phone call (mobile or landline)" in lagos


# -- 4. messages only for the plan's audiences ------------------------------------------------


def test_a_suppliers_message_only_with_a_supplier_function():
    from continuity_app.core.plan_content import plan_audiences

    lagos = _plan("lagos-pharmacy")  # orders, questions, riders: no supplier function
    assert plan_audiences(lagos) == ["customers", "staff"]  # riders get the staff message
    html = _html(lagos)
    assert "<h2>Suppliers</h2>" not in html
    assert "Please send orders, invoices and delivery updates" not in html
    accra = _plan("accra-restaurant")  # has one
    assert "suppliers" in plan_audiences(accra)
    assert "<h2>Suppliers</h2>" in _html(accra)
    cairo = _plan("cairo-clinic")  # appointments and staff coordination
    assert plan_audiences(cairo) == ["customers", "staff"]


# -- 5. no Meta channel among the steps also worth considering --------------------------------


def test_instagram_and_messenger_are_not_suggested_after_the_box_that_says_they_fail():
    from continuity_app.core.channel_fit import shares_provider_with_whatsapp
    from continuity_app.core.plan_content import compute_results

    reference = load_reference()
    plan = _plan("lagos-pharmacy")
    results = compute_results(plan, reference)
    advice = results.recommendations
    # as if the recommender found the Meta steps worth doing (it did in earlier versions)
    meta = [v for v in advice.actions if shares_provider_with_whatsapp(reference, v.action.channel)]
    assert meta
    # and ranked them first (the section lists the first five)
    actions = tuple(dataclasses.replace(v, not_worth_it=None) for v in meta) + tuple(
        v for v in advice.actions if v not in meta
    )
    forced = dataclasses.replace(
        results, recommendations=dataclasses.replace(advice, actions=actions)
    )
    html = _html(plan, forced)
    also = html.split("<h2>Also worth considering</h2>")[1].split("<h")[0]
    assert "<td>" in also  # the section is there, with other steps
    for valued in meta:
        assert valued.action.title not in also


# -- 6. one money style --------------------------------------------------------------------------


def test_amounts_are_whole_units_beside_whole_units(english):
    for name in ("lagos-pharmacy", "accra-restaurant", "ramallah-bakery"):
        text = _text(english[name][0])
        symbol = {"lagos-pharmacy": "₦", "accra-restaurant": "GH₵", "ramallah-bakery": "₪"}[name]
        cents = re.findall(re.escape(symbol) + r"\s?[\d,]+\.\d\d\b", text)
        assert not cents, (name, cents[:5])
    assert "₦0.00" not in _text(english["lagos-pharmacy"][0])


def test_a_column_of_small_prices_keeps_its_decimals_throughout():
    from continuity_app.report.printed_plan import Page as _Builder
    from continuity_app.report.printed_plan import compute_results

    reference = load_reference()
    plan = _plan("ramallah-bakery")
    builder = _Builder(
        plan,
        reference,
        compute_results(plan, reference),
        language=None,
        issued=None,
        toc_pages=None,
        chart_names=(),
        image_width=600,
    )
    small = builder.money_column([2.5, 12.0, 0.0])
    assert [small(v) for v in (2.5, 12.0, 0.0)] == ["₪2.50", "₪12.00", "₪0.00"]
    whole = builder.money_column([2.75, 1200.0])
    assert [whole(v) for v in (2.75, 1200.0)] == ["₪3", "₪1,200"]


# -- 7. plain words and a glossary -----------------------------------------------------------


def test_plain_words_before_the_glossary_and_no_file_paths(english):
    jargon = re.compile(r"\b(ALE|MTPD|MBCO|P50|P90|P99|PSTN)\b|Monte Carlo|\bseed\b")
    # a web address may end in .md; a file of the project may not be named
    paths = re.compile(r"\w\.csv\b|facts\.md|resources/|docs/research|(?<![-/\w])\w+\.md\b")
    for name, (path, _report) in english.items():
        text = re.sub(r"\s+", " ", _text(path))
        body, _, glossary_text = text.rpartition("Appendix E. Glossary")
        found = {
            m.group(0) for m in jargon.finditer(body.replace("Phone call (mobile or landline)", ""))
        }
        assert not found, (name, found)
        assert not paths.findall(text), (name, paths.findall(text)[:5])
        flat = re.sub(r"\s+", " ", body)
        for key in ("ale", "mtpd", "p90"):
            assert term(key).plain in flat, (name, key)
        assert glossary_text, name
    # the glossary's table, as written (pdftotext interleaves its wrapped cells)
    html = _html(_plan("lagos-pharmacy")).split("Appendix E. Glossary</h1>")[1]
    for entry in glossary():
        cells = f"<td><b>{entry.plain}</b></td><td>{entry.technical}</td>"
        assert cells in html.replace("&#x27;", "'"), entry.key


def test_how_often_an_outage_happens_in_words(english):
    from continuity_app.core.evaluation import evaluate

    reference = load_reference()
    plan = _plan("lagos-pharmacy")
    text = re.sub(r"\s+", " ", _text(english["lagos-pharmacy"][0]))
    for outcome in evaluate(plan, reference).scenarios:
        assert how_often(outcome.scenario.frequency_per_year) in text
    assert not re.search(r"\d\.\d{3} per year", text)


def test_the_glossary_is_listed_in_the_contents(english):
    _path, report = english["lagos-pharmacy"]
    assert report.section_pages["appendix-e"] == report.pages
