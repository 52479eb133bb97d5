"""Every reference figure the model uses, with its source and how far it can be trusted."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from continuity_app.core.display import (
    confidence_words,
)
from continuity_app.core.reference import ReferenceData
from continuity_app.gui.context import AppContext
from continuity_app.gui.models.reference_table import (
    SORT_ROLE,
    SOURCE_ROLE,
    ReferenceTableModel,
)
from continuity_app.gui.pages.base import Page
from continuity_app.gui.pages.sources_tables import ReferenceTables

# Long texts (notes, sources) are cut to this width; the tooltip and source pane show all.
MAX_COLUMN_WIDTH = 260


class SourcesPage(ReferenceTables, Page):
    """One read-only tab per reference table, a filter across all of them, and a source pane."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.reference: ReferenceData = context.reference
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.filter_label = QLabel()
        self.filter_edit = QLineEdit()
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_label.setBuddy(self.filter_edit)
        self.filter_edit.textChanged.connect(self._filter)
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.filter_label)
        filter_row.addWidget(self.filter_edit, 1)

        self.tabs = QTabWidget()
        self.tabs.setUsesScrollButtons(True)
        self.tabs.currentChanged.connect(self._show_source)
        self.copy_action = QAction(self)
        self.copy_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.copy_action.triggered.connect(self.copy_source)
        self.models: list[ReferenceTableModel] = []
        self.proxies: list[QSortFilterProxyModel] = []
        self.views: list[QTableView] = []

        self.source_label = QLabel()
        self.source_text = QPlainTextEdit()
        self.source_text.setReadOnly(True)
        self.source_text.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.source_text.setTabChangesFocus(True)
        self.source_text.setMaximumHeight(self.fontMetrics().lineSpacing() * 4)
        self.source_label.setBuddy(self.source_text)
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self.copy_source)
        source_row = QHBoxLayout()
        source_row.addWidget(self.source_text, 1)
        source_row.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignTop)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(filter_row)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.source_label)
        layout.addLayout(source_row)
        self.retranslate()

    # ------------------------------------------------------------------ Page

    def title(self) -> str:
        return self.tr("Sources")

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Every figure the model uses, with where it comes from and how far it can be "
                "trusted. Figures marked 'default' are stated assumptions, not measurements: "
                "change them in your plan where you know better. 'Derived' figures are "
                "computed from the others (for example from the outage history)."
            )
        )
        self.filter_label.setText(self.tr("Filter:"))
        self.filter_edit.setPlaceholderText(self.tr("Type to show only matching rows in every tab"))
        self.filter_edit.setAccessibleName(self.tr("Filter the reference tables"))
        self.source_text.setAccessibleName(self.tr("Source of the selected row"))
        self.copy_action.setText(self.tr("Copy source"))
        self.copy_button.setText(self.tr("Copy source"))
        self._build_tables()

    # ------------------------------------------------------------------ actions

    def current_source(self) -> str:
        """The full source text of the selected row in the visible tab ('' when none)."""
        index = self.tabs.currentIndex()
        if index < 0:
            return ""
        current = self.views[index].currentIndex()
        return current.data(SOURCE_ROLE) if current.isValid() else ""

    def copy_source(self) -> None:
        """Put the selected row's source on the clipboard; the app never opens a browser."""
        source = self.current_source()
        if source:
            QGuiApplication.clipboard().setText(source)

    def _show_source(self) -> None:
        source = self.current_source()
        index = self.tabs.currentIndex()
        current = self.views[index].currentIndex() if index >= 0 else None
        if current is not None and current.isValid():
            row = self.proxies[index].mapToSource(current).row()
            confidence = confidence_words(self.models[index].row_confidence(row))
            self.source_label.setText(
                self.tr("Source of the selected row (confidence: %1):").replace("%1", confidence)
            )
        else:
            self.source_label.setText(self.tr("Source of the selected row:"))
        self.source_text.setPlainText(source)
        self.copy_button.setEnabled(bool(source))
        self.copy_action.setEnabled(bool(source))

    def _filter(self, text: str) -> None:
        for proxy in self.proxies:
            proxy.setFilterFixedString(text)
        self._update_tab_titles()
        self._show_source()

    def _update_tab_titles(self) -> None:
        filtering = bool(self.filter_edit.text())
        for index, (name, _model) in enumerate(self._tables):
            if filtering:
                count = self.proxies[index].rowCount()
                number = self._formatter().number(count)
                name = self.tr("%1 (%2)").replace("%1", name).replace("%2", number)
            self.tabs.setTabText(index, name)

    # ------------------------------------------------------------------ tables

    def _build_tables(self) -> None:
        current = max(self.tabs.currentIndex(), 0)
        self._tables = self._table_models()
        self.tabs.clear()
        # Retranslating rebuilds the tables, so the old ones go.
        for old in (*self.views, *self.proxies, *self.models):
            old.deleteLater()
        self.models, self.proxies, self.views = [], [], []
        for name, model in self._tables:
            proxy = QSortFilterProxyModel(self)
            proxy.setSourceModel(model)
            proxy.setFilterKeyColumn(-1)
            proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            proxy.setSortRole(SORT_ROLE)
            proxy.setFilterFixedString(self.filter_edit.text())
            view = self._make_view(proxy, name)
            self.models.append(model)
            self.proxies.append(proxy)
            self.views.append(view)
            self.tabs.addTab(view, name)
        self.tabs.setCurrentIndex(min(current, self.tabs.count() - 1))
        # The tables are made after the source pane; keep Tab going top to bottom.
        chain = [self.filter_edit, self.tabs, *self.views, self.source_text, self.copy_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        self._update_tab_titles()
        self._show_source()

    def _make_view(self, proxy: QSortFilterProxyModel, name: str) -> QTableView:
        view = QTableView()
        view.setModel(proxy)
        view.setAccessibleName(name)
        view.setTabKeyNavigation(False)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setWordWrap(False)
        view.setAlternatingRowColors(True)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        # No sort indicator at first: rows keep the order of the file (outages by date).
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        view.setSortingEnabled(True)
        view.resizeColumnsToContents()
        for column in range(proxy.columnCount()):
            if view.columnWidth(column) > MAX_COLUMN_WIDTH:
                view.setColumnWidth(column, MAX_COLUMN_WIDTH)
        header.setStretchLastSection(True)
        view.addAction(self.copy_action)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        view.selectionModel().currentChanged.connect(self._show_source)
        # A selected first row shows at once what the source pane is for.
        view.setCurrentIndex(proxy.index(0, 0))
        return view

    def _table_models(self) -> list[tuple[str, ReferenceTableModel]]:
        return [
            (self.tr("Channels"), self._channels()),
            (self.tr("Usage by country"), self._usage()),
            (self.tr("Outage history"), self._outages()),
            (self.tr("Countries"), self._countries()),
            (self.tr("Country figures"), self._country_figures()),
            (self.tr("Blocked apps"), self._blocks()),
            (self.tr("Data coverage"), self._coverage()),
            (self.tr("Modelling defaults"), self._defaults()),
            (self.tr("Customer behaviour"), self._behaviour()),
            (self.tr("Shutdowns and carrier outages"), self._country_counts()),
            (self.tr("Scenario presets"), self._presets()),
            (self.tr("Preparation steps"), self._actions()),
            (self.tr("Function needs"), self._needs()),
            (self.tr("Infrastructure layers"), self._layers()),
        ]
