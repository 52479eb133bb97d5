"""The Sources page: every reference figure with its source and confidence, filterable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication

from continuity_app.core.display import confidence_words
from continuity_app.gui.models.reference_table import (
    SOURCE_ROLE,
    Figure,
    ReferenceRow,
    ReferenceTableModel,
)
from continuity_app.gui.pages.sources_page import SourcesPage
from tests.gui.mirroring import (
    assert_first_column_at_the_right,
    assert_label_right_of_its_field,
    assert_right_of,
)

pytest.importorskip("pytestqt")


@pytest.fixture
def page(qtbot, app_context):
    page = SourcesPage(app_context)
    qtbot.addWidget(page)
    page.resize(1100, 750)
    return page


def _outage_tab(page) -> int:
    return next(i for i in range(page.tabs.count()) if "Outage history" in page.tabs.tabText(i))


def test_every_reference_table_has_a_tab(page, app_context):
    reference = app_context.reference
    tabs = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert tabs == [
        "Channels",
        "Usage by country",
        "Outage history",
        "Countries",
        "Country figures",
        "Blocked apps",
        "Data coverage",
        "Modelling defaults",
        "Customer behaviour",
        "Shutdowns and carrier outages",
        "Scenario presets",
        "Preparation steps",
        "Function needs",
        "Infrastructure layers",
    ]
    counts = [model.rowCount() for model in page.models]
    assert counts == [
        len(reference.channels),
        len(reference.usage),
        len(reference.outages),
        len(reference.countries),
        sum(len(c.figures) for c in reference.countries.values()),
        len(reference.blocks),
        len(reference.countries),  # one coverage row per country
        len(reference.defaults),
        len(reference.behaviour),
        len(reference.shutdowns) + len(reference.carrier_outages),
        len(reference.presets),
        len(reference.actions),
        len(reference.needs),
        len(reference.layers),
    ]


def test_filter_finds_the_meta_outage(qtbot, page, app_context):
    tab = _outage_tab(page)
    proxy = page.proxies[tab]
    assert proxy.rowCount() == len(app_context.reference.outages)
    qtbot.keyClicks(page.filter_edit, "2021-10-04")
    assert proxy.rowCount() == 1
    assert "Facebook" in proxy.index(0, 2).data()
    assert page.tabs.tabText(tab) == "Outage history (1)"
    page.filter_edit.clear()
    assert proxy.rowCount() == len(app_context.reference.outages)
    assert page.tabs.tabText(tab) == "Outage history"


def test_filter_is_case_insensitive_across_columns(qtbot, page):
    qtbot.keyClicks(page.filter_edit, "bgp")
    proxy = page.proxies[_outage_tab(page)]
    assert 0 < proxy.rowCount() < page.models[_outage_tab(page)].rowCount()


def test_confidence_in_words(page, app_context):
    tab = _outage_tab(page)
    model = page.models[tab]
    column = model.source_column() + 1
    words = {model.index(row, column).data() for row in range(model.rowCount())}
    assert words <= {
        "\u2068high\u2069",
        "\u2068medium\u2069",
        "\u2068low\u2069",
        "\u2068medium to high\u2069",
        "\u2068low to medium\u2069",
        "\u2068derived\u2069",
        "\u2068default\u2069",
        "\u2068not rated\u2069",
    }
    assert model.headerData(column, Qt.Orientation.Horizontal) == "Confidence"


def test_copy_source_puts_the_full_source_on_the_clipboard(qtbot, page, app_context):
    tab = _outage_tab(page)
    page.tabs.setCurrentIndex(tab)
    qtbot.keyClicks(page.filter_edit, "2021-10-04")
    view = page.views[tab]
    view.setCurrentIndex(page.proxies[tab].index(0, 0))
    meta = next(o for o in app_context.reference.outages if o.date.isoformat() == "2021-10-04")
    assert page.source_text.toPlainText() == meta.source
    page.copy_button.click()
    assert QGuiApplication.clipboard().text() == meta.source


def test_numbers_sort_by_value(page, app_context):
    tab = _outage_tab(page)
    view = page.views[tab]
    column = next(
        c
        for c in range(page.models[tab].columnCount())
        if page.models[tab].headerData(c, Qt.Orientation.Horizontal) == "Duration (h)"
    )
    view.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    longest = max(o.duration_hours or 0 for o in app_context.reference.outages)
    top = page.proxies[tab].index(0, column).data()
    assert top == page._formatter().number(longest, 1)


def test_generic_model():
    model = ReferenceTableModel(
        ["Name", "Share"],
        [
            ReferenceRow(("A", Figure(0.5, "50%")), "https://example.org/a", "H"),
            ReferenceRow(("B", ""), "book, p. 3", "default"),
        ],
    )
    assert model.columnCount() == 4
    assert model.index(0, 3).data() == "\u2068high\u2069"
    assert model.index(1, 3).data() == "\u2068default\u2069"
    assert model.index(1, 0).data(SOURCE_ROLE) == "book, p. 3"
    assert model.index(0, 1).data() == "50%"
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable


def test_table_models_pass_the_model_tester(qtmodeltester, page):
    for model in page.models:
        qtmodeltester.check(model)
    for proxy in page.proxies:
        qtmodeltester.check(proxy)


def test_retranslate_rebuilds_the_tables(page):
    count = page.tabs.count()
    page.retranslate()
    assert page.tabs.count() == count
    assert len(page.views) == count


def test_right_to_left_mirrors_the_page(qtbot, page):
    """Right to left, the filter's label is right of its field, the source text right of its
    copy button, and every table's first column at its right."""
    page.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    page.show()
    qtbot.waitExposed(page)
    assert_label_right_of_its_field(page.filter_label)
    assert_right_of(page.source_text, page.copy_button)
    for tab in range(page.tabs.count()):
        page.tabs.setCurrentIndex(tab)
        assert not page.grab().isNull()
        assert_first_column_at_the_right(page.views[tab])


def test_tab_goes_from_filter_to_table_to_source(qtbot, page):
    page.show()
    qtbot.waitExposed(page)
    view = page.views[page.tabs.currentIndex()]
    chain, widget = [], page.filter_edit
    for _ in range(500):  # the chain is a circle; bounded in case the button is not in it
        widget = widget.nextInFocusChain()
        if widget.isVisible() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            chain.append(widget)
        if widget is page.copy_button:
            break
    assert chain.index(view) < chain.index(page.source_text) < chain.index(page.copy_button)


def _tab(page, title: str) -> int:
    return next(i for i in range(page.tabs.count()) if title in page.tabs.tabText(i))


def _column(model, title: str) -> int:
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    return headers.index(title)


def _cells(model, column: int) -> list[str]:
    return [
        model.index(row, column).data().strip("\u2068\u2069") for row in range(model.rowCount())
    ]


def test_reference_names_are_translated_but_evidence_is_not(qtbot, app_context, pseudo):
    page = SourcesPage(app_context)
    qtbot.addWidget(page)
    channels = page.models[_tab(page, "⟦Channels⟧")]
    names = _cells(channels, _column(channels, "⟦Channel⟧"))
    assert "⟦WhatsApp⟧" in names and all(n.startswith("⟦") for n in names)
    owners = _cells(channels, _column(channels, "⟦Provider⟧"))
    assert "⟦Telegram⟧" in owners  # a provider named like a channel
    layers = _cells(channels, _column(channels, "⟦Depends on⟧"))
    # the list's joining sentence is translated too (Arabic writes "، "): "{items}, {item}"
    expected = "⟦⟦⟦Meta shared infrastructure⟧, ⟦Mobile data network⟧⟧, ⟦WhatsApp service⟧⟧"
    assert expected in layers
    flags = set(_cells(channels, _column(channels, "⟦End-to-end encrypted⟧")))
    assert flags <= {"⟦yes⟧", "⟦no⟧", "⟦partly⟧", ""}
    words = set(_cells(channels, _column(channels, "⟦Confidence⟧")))
    assert words and all(w.startswith("⟦") for w in words)
    # sources, notes and measured metrics are evidence: quoted as they are
    sources = _cells(channels, _column(channels, "⟦Source⟧"))
    assert not any(s.startswith("⟦") for s in sources if s)
    notes = _cells(channels, _column(channels, "⟦Notes⟧"))
    assert not any(n.startswith("⟦") for n in notes if n)
    usage = page.models[_tab(page, "⟦Usage by country⟧")]
    assert "⟦India⟧" in _cells(usage, _column(usage, "⟦Country⟧"))
    assert not any(m.startswith("⟦") for m in _cells(usage, _column(usage, "⟦What was measured⟧")))
    countries = page.models[_tab(page, "⟦Countries⟧")]
    assert "⟦Brazil⟧" in _cells(countries, _column(countries, "⟦Country⟧"))
    presets = page.models[_tab(page, "⟦Scenario presets⟧")]
    assert "⟦Meta-wide outage (like 4 Oct 2021)⟧" in _cells(presets, 0)
    assert all(d.startswith("⟦") for d in _cells(presets, _column(presets, "⟦Description⟧")))
    actions = page.models[_tab(page, "⟦Preparation steps⟧")]
    titles = _cells(actions, 0)
    assert all(t.startswith("⟦") for t in titles)
    assert not any("{payment}" in t for t in titles)
    layers_model = page.models[_tab(page, "⟦Infrastructure layers⟧")]
    assert "⟦Electricity⟧" in _cells(layers_model, 0)


def test_source_label_names_the_confidence_in_words(qtbot, app_context, pseudo):
    page = SourcesPage(app_context)
    qtbot.addWidget(page)
    tab = _tab(page, "⟦Outage history⟧")
    page.tabs.setCurrentIndex(tab)
    view, proxy = page.views[tab], page.proxies[tab]
    view.setCurrentIndex(proxy.index(0, 0))
    code = page.models[tab].row_confidence(proxy.mapToSource(proxy.index(0, 0)).row())
    word = confidence_words(code)
    assert word.startswith("⟦") and word != f"⟦{code}⟧"
    label = page.source_label.text()
    assert label == f"⟦Source of the selected row (confidence: {word}):⟧"
    assert "\u2068" not in label


def test_filtered_tab_titles_count_in_the_locale(qtbot, app_context):
    previous = QLocale()
    QLocale.setDefault(QLocale("ar_EG"))
    try:
        page = SourcesPage(app_context)
        qtbot.addWidget(page)
        qtbot.keyClicks(page.filter_edit, "2021-10-04")
        assert page.tabs.tabText(_tab(page, "Outage history")) == "Outage history (١)"
    finally:
        QLocale.setDefault(previous)


def test_behaviour_defaults_say_when_no_source_measures_them(page, app_context):
    """An assumed value reads as such, with the reason in the Why column; a sourced one names
    its study and year."""
    index = [page.tabs.tabText(i) for i in range(page.tabs.count())].index("Customer behaviour")
    model = page.models[index]
    rows = [
        [
            model.data(model.index(r, c), Qt.ItemDataRole.ToolTipRole)
            for c in range(model.columnCount())
        ]
        for r in range(model.rowCount())
    ]
    assumed = [row for row in rows if row[-1] == "assumed (no source measures it)"]
    assert assumed and all(row[6] for row in assumed)
    sourced = [row for row in rows if "Gruen" in str(row[-2])]
    assert sourced and sourced[0][2] == "Share who come back later"
