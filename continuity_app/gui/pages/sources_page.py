"""Every reference figure the model uses, with its source and how far it can be trusted."""

from __future__ import annotations

from collections.abc import Iterable
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

from continuity_app.core.data_quality import coverage
from continuity_app.core.display import (
    channel_name,
    confidence_words,
    country_name,
    format_list,
    format_partial_date,
    layer_name,
)
from continuity_app.core.i18n import translate
from continuity_app.core.labels import figure_label, kind_label, region_label
from continuity_app.core.plan import FunctionKind
from continuity_app.core.reference import COUNTRY_FIGURES, ReferenceData
from continuity_app.gui.context import AppContext
from continuity_app.gui.formatting import Formatter
from continuity_app.gui.models.reference_table import (
    SORT_ROLE,
    SOURCE_ROLE,
    Cell,
    Figure,
    ReferenceRow,
    ReferenceTableModel,
)
from continuity_app.gui.pages.base import Page

# Long texts (notes, sources) are cut to this width; the tooltip and source pane show all.
MAX_COLUMN_WIDTH = 260


class SourcesPage(Page):
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

    def _model(self, headers: list[str], rows: Iterable[ReferenceRow]) -> ReferenceTableModel:
        return ReferenceTableModel(headers, list(rows), self)

    # Cell helpers: numbers keep their value for sorting and follow the locale on screen.

    def _number(self, value: float | None, decimals: int = 0) -> Cell:
        if value is None:
            return ""
        return Figure(value, self._formatter().number(value, decimals))

    def _share(self, value: float | None) -> Cell:
        return "" if value is None else Figure(value, self._formatter().percent(value))

    def _year(self, value: int | None) -> Cell:
        return "" if value is None else Figure(value, str(value))

    def _formatter(self) -> Formatter:
        return self.context.formatter()

    def _flag(self, value: bool | str | None) -> str:
        words = {
            True: self.tr("yes"),
            False: self.tr("no"),
            "yes": self.tr("yes"),
            "no": self.tr("no"),
            "partial": self.tr("partly"),
            "low": self.tr("low"),
            "medium": self.tr("medium"),
            "high": self.tr("high"),
        }
        return "" if value is None else words.get(value, str(value))

    @staticmethod
    def _name(text: str) -> str:
        """A reference name or title in the interface language.

        scripts/reference_strings.py lists the reference data's names, titles, descriptions,
        units and reasons for translators; evidence (sources, metrics, notes) is not listed
        and comes back as it is.
        """
        return translate("Reference", text) if text else text

    def _layer_names(self, layers: Iterable[str]) -> str:
        return format_list(layer_name(self.reference, layer) for layer in sorted(layers))

    def _channels(self) -> ReferenceTableModel:
        headers = [
            self.tr("Channel"),
            self.tr("Provider"),
            self.tr("Depends on"),
            self.tr("Works without mobile data"),
            self.tr("End-to-end encrypted"),
            self.tr("Cost per message (USD)"),
            self.tr("Set-up effort"),
            self.tr("Slows under sign-up surges"),
            self.tr("Notes"),
        ]
        rows = (
            ReferenceRow(
                (
                    self._name(c.name),
                    self._name(c.owner),
                    self._layer_names(c.layers),
                    self._flag(c.works_without_mobile_data),
                    self._flag(c.e2ee_default),
                    self._number(c.cost_per_message_usd, 4),
                    self._flag(c.setup_effort),
                    self._flag(c.surge_risk),
                    c.cost_note,
                ),
                c.source,
                c.confidence,
            )
            for c in self.reference.channels.values()
        )
        return self._model(headers, rows)

    def _usage(self) -> ReferenceTableModel:
        headers = [
            self.tr("Country"),
            self.tr("Channel"),
            self.tr("Share"),
            self.tr("What was measured"),
            self.tr("Year"),
            self.tr("Used by the model"),
        ]
        rows = (
            ReferenceRow(
                (
                    country_name(self.reference, u.country),
                    channel_name(self.reference, u.channel),
                    self._share(u.share),
                    u.metric,
                    self._year(u.year),
                    self._flag(u.preferred),
                ),
                u.source,
                u.confidence,
            )
            for u in self.reference.usage
        )
        return self._model(headers, rows)

    def _outages(self) -> ReferenceTableModel:
        scopes = {
            "global": self.tr("worldwide"),
            "national": self.tr("one country"),
            "regional": self.tr("regional"),
            "partial": self.tr("partial"),
        }
        headers = [
            self.tr("Date"),
            self.tr("Start (UTC)"),
            self.tr("Services"),
            self.tr("Failed layers"),
            self.tr("Duration (h)"),
            self.tr("About the duration"),
            self.tr("Scope"),
            self.tr("Country"),
            self.tr("Cause"),
        ]
        rows = (
            ReferenceRow(
                (
                    # ISO dates: unambiguous in every language and searchable as typed.
                    o.date.isoformat(),
                    o.start_utc or "",
                    o.services,
                    self._layer_names(o.failed_layers),
                    self._number(o.duration_hours, 1),
                    o.duration_note,
                    scopes.get(o.scope, o.scope),
                    o.country or "",
                    o.cause,
                ),
                o.source,
                o.confidence,
            )
            for o in self.reference.outages
        )
        return self._model(headers, rows)

    def _countries(self) -> ReferenceTableModel:
        headers = [
            self.tr("Code"),
            self.tr("Country"),
            self.tr("Region"),
            self.tr("Languages"),
            self.tr("Currency"),
        ]
        rows = (
            ReferenceRow(
                (
                    c.code,
                    self._name(c.name),
                    region_label(c.region),
                    format_list(c.languages),
                    c.currency or "",
                ),
                c.source,
                c.confidence,
            )
            for c in self.reference.countries.values()
        )
        return self._model(headers, rows)

    def _country_figures(self) -> ReferenceTableModel:
        headers = [
            self.tr("Code"),
            self.tr("Country"),
            self.tr("Figure"),
            self.tr("Value"),
            self.tr("What it measures"),
            self.tr("Year"),
        ]
        rows = (
            ReferenceRow(
                (
                    c.code,
                    self._name(c.name),
                    figure_label(f.figure),
                    self._number(f.value, 2) if f.figure == "usd_rate" else self._share(f.value),
                    f.metric,
                    self._year(f.year),
                ),
                f.source,
                f.confidence,
            )
            for c in self.reference.countries.values()
            for f in c.figures.values()
        )
        return self._model(headers, rows)

    def _blocks(self) -> ReferenceTableModel:
        headers = [
            self.tr("Country"),
            self.tr("App"),
            self.tr("What is blocked"),
            self.tr("Since"),
            self.tr("Until"),
            self.tr("Note"),
        ]
        scopes = {
            "all": self.tr("the whole app"),
            "calls": self.tr("its calls"),
            "slowed": self.tr("slowed down, not blocked"),
        }
        rows = (
            ReferenceRow(
                (
                    country_name(self.reference, b.country),
                    channel_name(self.reference, b.channel),
                    scopes[b.scope],
                    format_partial_date(b.since),
                    format_partial_date(b.until) if b.until else self.tr("in force"),
                    b.note,
                ),
                b.source,
                b.confidence,
            )
            for b in self.reference.blocks
        )
        return self._model(headers, rows)

    def _coverage(self) -> ReferenceTableModel:
        """The data-quality view: what is known per country, and how old it is."""
        found = coverage(self.reference)
        headers = [
            self.tr("Country"),
            self.tr("Region"),
            *(figure_label(f) for f in COUNTRY_FIGURES),
            self.tr("Apps with a usage figure"),
            self.tr("Blocked apps"),
            self.tr("Oldest figure"),
            self.tr("Newest figure"),
        ]
        known, missing = self.tr("known"), self.tr("no data")
        rows = (
            ReferenceRow(
                (
                    country_name(self.reference, c.code),
                    region_label(c.region),
                    *(known if f in c.figures else missing for f in COUNTRY_FIGURES),
                    format_list(channel_name(self.reference, a) for a in c.apps) or missing,
                    format_list(channel_name(self.reference, a) for a in c.blocked),
                    self._year(c.oldest_year),
                    self._year(c.newest_year),
                ),
                self.tr("Counted from the other tabs: each figure keeps its own source there."),
                "derived",
            )
            for c in found.countries
        )
        return self._model(headers, rows)

    def _defaults(self) -> ReferenceTableModel:
        headers = [self.tr("Assumption"), self.tr("Value"), self.tr("Unit"), self.tr("Key")]
        rows = (
            ReferenceRow(
                (
                    self._name(d.description),
                    self._number(d.value, 4 if d.value % 1 else 0),
                    self._name(d.unit),
                    d.key,
                ),
                d.source,
                d.confidence,
            )
            for d in self.reference.defaults.values()
        )
        return self._model(headers, rows)

    def _behaviour(self) -> ReferenceTableModel:
        headers = [
            self.tr("Kind of function"),
            self.tr("Sector"),
            self.tr("Figure"),
            self.tr("Value"),
            self.tr("Low"),
            self.tr("High"),
            self.tr("Why"),
        ]
        words = {
            "patience_hours": self.tr("How long customers wait (h)"),
            "recapture_share": self.tr("Share who come back later"),
            "churn_share": self.tr("Share lost for good"),
            "perishable_share": self.tr("Share that cannot wait"),
        }
        sectors = {g.id: self._name(g.name) for g in self.reference.sectors.values()}

        def value(field: str, number: float | None) -> Cell:
            return self._number(number, 1) if field == "patience_hours" else self._share(number)

        rows = (
            ReferenceRow(
                (
                    kind_label(FunctionKind(b.kind)),
                    sectors.get(b.sector, self.tr("all sectors")),
                    words[b.field],
                    value(b.field, b.value),
                    value(b.field, b.low),
                    value(b.field, b.high),
                    b.note,
                ),
                f"{b.source} ({b.year})" if b.source and b.year else b.source,
                b.confidence,
            )
            for b in self.reference.behaviour.values()
        )
        return self._model(headers, rows)

    def _country_counts(self) -> ReferenceTableModel:
        headers = [
            self.tr("Country"),
            self.tr("Event"),
            self.tr("Where"),
            self.tr("First year"),
            self.tr("Last year"),
            self.tr("Events"),
            self.tr("Per year"),
            self.tr("Typical length (h)"),
        ]
        kinds = {
            "mobile_data": self.tr("Government mobile-data shutdown"),
            "full": self.tr("Government internet shutdown"),
            "app_block": self.tr("Apps blocked by the government"),
            "whatsapp_block": self.tr("WhatsApp blocked in the country (court or government)"),
            "mixed": self.tr("Internet shutdown by the government (kind not given)"),
            "carrier": self.tr("Nationwide mobile-carrier outage"),
        }
        scopes = {
            "national": self.tr("whole country"),
            "regional": self.tr("one region"),
            "any": self.tr("not stated"),
        }
        rows = (
            ReferenceRow(
                (
                    (
                        self.tr("World")
                        if r.country == "WORLD"
                        else country_name(self.reference, r.country)
                    ),
                    kinds[r.kind],
                    scopes[r.scope],
                    self._year(r.first_year),
                    self._year(r.last_year),
                    self._number(r.events),
                    self._number(r.per_year, 3),
                    self._number(r.median_hours),
                ),
                r.source,
                r.confidence,
            )
            for r in (*self.reference.shutdowns, *self.reference.carrier_outages)
        )
        return self._model(headers, rows)

    def _presets(self) -> ReferenceTableModel:
        headers = [
            self.tr("Scenario"),
            self.tr("Failed layers"),
            self.tr("Outages at least (h)"),
            self.tr("Outages under (h)"),
            self.tr("Description"),
        ]
        rows = (
            ReferenceRow(
                (
                    self._name(p.name),
                    self._layer_names(p.failed_layers),
                    self._number(p.min_duration_hours),
                    self._number(p.max_duration_hours),
                    self._name(p.description),
                ),
                p.source,
                p.confidence,
            )
            for p in self.reference.presets.values()
        )
        return self._model(headers, rows)

    def _actions(self) -> ReferenceTableModel:
        headers = [
            self.tr("Step"),
            self.tr("Channel"),
            self.tr("For"),
            self.tr("Counterparts who follow"),
            self.tr("Ready after (h)"),
            self.tr("Set-up work (h)"),
            self.tr("Monthly fee (USD)"),
            self.tr("Why"),
        ]
        # Titles name the payment method of the plan's country; here every known one is shown.
        payment = self.tr("local (e.g. %1)").replace(
            "%1", format_list(self.reference.payment_methods.values())
        )
        rows = (
            ReferenceRow(
                (
                    self._name(a.title).replace("{payment}", payment),
                    channel_name(self.reference, a.channel),
                    format_list(kind_label(FunctionKind(kind)) for kind in sorted(a.kinds)),
                    self._share(a.adoption),
                    self._number(a.activation_delay_hours, 2),
                    self._number(a.one_off_hours, 1),
                    self._number(a.monthly_fee_usd, 2),
                    self._name(a.why),
                ),
                a.source,
                a.confidence,
            )
            for a in self.reference.actions.values()
        )
        return self._model(headers, rows)

    def _needs(self) -> ReferenceTableModel:
        capabilities = {
            "one_to_one": self.tr("one-to-one chats"),
            "groups": self.tr("groups"),
            "broadcast": self.tr("broadcast"),
            "business_api": self.tr("business account or API"),
            "payments": self.tr("payments"),
        }
        headers = [self.tr("Function"), self.tr("Needs"), self.tr("Weight"), self.tr("Why")]
        rows = (
            ReferenceRow(
                (
                    kind_label(FunctionKind(n.kind)),
                    capabilities.get(n.capability, n.capability),
                    self._share(n.weight),
                    self._name(n.why),
                ),
                n.source,
                n.confidence,
            )
            for n in self.reference.needs
        )
        return self._model(headers, rows)

    def _layers(self) -> ReferenceTableModel:
        kinds = {"service": self.tr("one provider's service"), "network": self.tr("network")}
        headers = [self.tr("Layer"), self.tr("Kind"), self.tr("What fails with it")]
        rows = (
            ReferenceRow(
                (
                    self._name(layer.name),
                    kinds.get(layer.kind, layer.kind),
                    self._name(layer.description),
                ),
                layer.source,
                layer.confidence,
            )
            for layer in self.reference.layers.values()
        )
        return self._model(headers, rows)
