"""The Scenarios page: which outages the plan prepares for, where their numbers come from."""

from __future__ import annotations

from pydantic import ValidationError
from PySide6.QtCore import QItemSelectionModel, QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from continuity_app.core.display import (
    confidence_words,
    hour_and_minute,
    layer_name,
    layer_names,
    preset_source,
    scenario_name,
)
from continuity_app.core.i18n import date as written_date
from continuity_app.core.i18n import translate
from continuity_app.core.plan import WEEKDAYS, Plan, Scenario, StartTime
from continuity_app.core.plan_change import PlanChange
from continuity_app.core.plan_edits import AddScenario, RemoveScenario, SetScenarioField
from continuity_app.core.scenarios import PresetDerivation, derivations
from continuity_app.gui.context import AppContext
from continuity_app.gui.labels import ERROR_STYLE
from continuity_app.gui.models.refusal import problem_text
from continuity_app.gui.models.scenarios_model import (
    FREQUENCY,
    LAYERS,
    NAME,
    START,
    ScenariosModel,
)
from continuity_app.gui.pages.base import Page


class ScenariosPage(Page):
    """A table of the plan's scenarios, a panel for the selected one, and the outage history."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._syncing = False

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        # what to do next while the plan prepares for a single kind of outage
        self.hint = QLabel()
        self.hint.setWordWrap(True)

        self.model = ScenariosModel(context.open_plan, context.reference, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        self.table.verticalHeader().hide()
        # names, failed layers and "about once every 12 years" wrap onto three lines at most,
        # so that they are read whole beside the detail pane at 1024 pixels
        self.table.setWordWrap(True)
        rows = self.table.verticalHeader()
        rows.setMaximumSectionSize(3 * self.fontMetrics().lineSpacing() + 8)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(LAYERS, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(FREQUENCY, QHeaderView.ResizeMode.Interactive)
        # the start is set and shown in the detail pane beside: its column left the names no room
        self.table.setColumnHidden(START, True)
        self.model.modelReset.connect(self._size_frequency)
        self.model.dataChanged.connect(lambda *_: self._size_frequency())

        self.add_preset = QToolButton()
        self.add_preset.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.add_preset.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.preset_menu = QMenu(self.add_preset)
        self.preset_menu.aboutToShow.connect(self._fill_preset_menu)
        self.add_preset.setMenu(self.preset_menu)
        self.add_custom = QPushButton()
        self.add_custom.clicked.connect(self.add_custom_scenario)
        self.remove = QPushButton()
        self.remove.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_preset)
        buttons.addWidget(self.add_custom)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)

        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.model.editRejected.connect(self._show_error)

        self.history_toggle = QToolButton()
        self.history_toggle.setCheckable(True)
        self.history_toggle.setChecked(True)
        self.history_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.history_toggle.setAutoRaise(True)
        self.history_toggle.toggled.connect(self._toggle_history)
        self.history = QTableWidget(0, 5)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setTabKeyNavigation(False)
        self.history.verticalHeader().hide()
        self.history.setWordWrap(False)
        history_header = self.history.horizontalHeader()
        history_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        history_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        history_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        scenarios_box = QWidget()
        scenarios_layout = QVBoxLayout(scenarios_box)
        scenarios_layout.setContentsMargins(0, 0, 0, 0)
        scenarios_layout.addWidget(self.hint)
        scenarios_layout.addWidget(self.table, 1)
        scenarios_layout.addLayout(buttons)
        scenarios_layout.addWidget(self.error)
        history_box = QWidget()
        history_layout = QVBoxLayout(history_box)
        history_layout.setContentsMargins(0, 0, 0, 0)
        history_layout.addWidget(self.history_toggle)
        history_layout.addWidget(self.history, 1)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(scenarios_box)
        left.addWidget(history_box)
        left.setChildrenCollapsible(False)
        left.setSizes([320, 280])

        self.detail = QGroupBox()
        self.detail_name = QLabel()
        self.detail_name.setWordWrap(True)
        font = self.detail_name.font()
        font.setBold(True)
        self.detail_name.setFont(font)
        self.layers_label = QLabel()
        self.layers = QListWidget()
        self.layers.itemChanged.connect(self._layers_edited)
        self.layers_label.setBuddy(self.layers)
        for layer in context.reference.layers.values():
            item = QListWidgetItem(layer_name(context.reference, layer.id))
            item.setData(Qt.ItemDataRole.UserRole, layer.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setToolTip(layer.description)
            self.layers.addItem(item)
        rows_height = self.layers.sizeHintForRow(0) * self.layers.count()
        self.layers.setFixedHeight(rows_height + 2 * self.layers.frameWidth() + 4)

        self.pin = QCheckBox()
        self.pin.toggled.connect(self._start_edited)
        self.weekday = QComboBox()
        self.weekday.currentIndexChanged.connect(self._start_edited)
        self.time = QTimeEdit()
        self.time.setDisplayFormat("HH:mm")
        self.time.timeChanged.connect(self._start_edited)
        start_row = QHBoxLayout()
        start_row.addWidget(self.weekday, 1)
        start_row.addWidget(self.time)

        self.derivation_title = QLabel()
        self.derivation_title.setFont(font)
        self.derivation = QLabel()
        self.derivation.setWordWrap(True)
        self.derivation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sources = QLabel()
        self.sources.setWordWrap(True)
        self.sources.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        detail_layout = QVBoxLayout(self.detail)
        detail_layout.addWidget(self.detail_name)
        detail_layout.addWidget(self.layers_label)
        detail_layout.addWidget(self.layers)
        detail_layout.addWidget(self.pin)
        detail_layout.addLayout(start_row)
        detail_layout.addWidget(self.derivation_title)
        detail_layout.addWidget(self.derivation)
        detail_layout.addWidget(self.sources)
        detail_layout.addStretch(1)
        detail_scroll = QScrollArea()
        detail_scroll.setWidgetResizable(True)
        detail_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        detail_scroll.setWidget(self.detail)
        detail_scroll.setMinimumWidth(320)
        self.detail_scroll = detail_scroll  # its width is set when the page has its size

        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter = splitter
        self._split_once = False  # the detail pane's width is set when the page has its size
        splitter.addWidget(left)
        splitter.addWidget(detail_scroll)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([760, 340])

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(splitter, 1)

        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.model.modelReset.connect(self._show_selected)
        self.model.dataChanged.connect(lambda *_: self._show_selected())
        context.open_plan.planChanged.connect(self._plan_changed)
        context.open_plan.displayChanged.connect(self._plan_changed)
        self.retranslate()
        self.select(0)

    # ------------------------------------------------------------------ Page

    def title(self) -> str:
        return self.tr("Scenarios")

    def missing(self) -> list[str]:
        if all(s.frequency_per_year == 0 for s in self.context.open_plan.plan.scenarios):
            return [self.tr("Say how often at least one scenario happens in a year.")]
        return []

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "The outages this plan prepares for. Presets take their frequency and length "
                "from the outage history below; a channel keeps working in a scenario only when "
                "nothing it depends on fails. Double-click a name, duration or frequency to "
                "change it."
            )
        )
        self.table.setAccessibleName(self.tr("Scenarios"))
        self.add_preset.setText(self.tr("Add preset"))
        self.add_preset.setToolTip(self.tr("Add an outage scenario derived from the history."))
        self.add_preset.setAccessibleName(self.tr("Add preset scenario"))
        self.add_custom.setText(self.tr("Add custom scenario"))
        self.add_custom.setToolTip(self.tr("Add a scenario whose numbers you set yourself."))
        self.remove.setText(self.tr("Remove"))
        self.remove.setToolTip(self.tr("Remove the selected scenario from the plan."))
        self.remove.setAccessibleName(self.tr("Remove scenario"))
        self.detail.setTitle(self.tr("Selected scenario"))
        self.layers_label.setText(self.tr("&What fails (hover for details):"))
        self.layers.setAccessibleName(self.tr("Failed infrastructure layers"))
        self.pin.setText(self.tr("&Pin the start time"))
        self.pin.setToolTip(
            self.tr(
                "Without a pinned start the loss is averaged over every hour of the week, and "
                "the worst start is reported beside it."
            )
        )
        self.weekday.setAccessibleName(self.tr("Start weekday"))
        self.time.setAccessibleName(self.tr("Start time"))
        locale = QLocale()
        self.weekday.blockSignals(True)
        current = self.weekday.currentIndex()
        self.weekday.clear()
        for day, code in enumerate(WEEKDAYS, start=1):
            self.weekday.addItem(locale.dayName(day), code)
        self.weekday.setCurrentIndex(max(current, 0))
        self.weekday.blockSignals(False)
        self.derivation_title.setText(self.tr("Where the numbers come from"))
        self.history.setAccessibleName(self.tr("Outage history"))
        self.history.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Services"),
                self.tr("What failed"),
                self.tr("Duration (h)"),
                self.tr("Confidence"),
            ]
        )
        self._fill_history()
        self._toggle_history(self.history_toggle.isChecked())
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)
        self._show_hint(self.context.open_plan.plan)
        self._size_frequency()
        self._show_selected()

    # ------------------------------------------------------------------ actions

    def select(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, NAME),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def selected(self) -> Scenario | None:
        row = self.table.currentIndex().row()
        return self.model.scenario(row) if 0 <= row < self.model.rowCount() else None

    def add_scenario_from_preset(self, preset_id: str) -> None:
        self._add(AddScenario(self._derivations()[preset_id].scenario()))

    def add_custom_scenario(self) -> None:
        self._add(AddScenario())

    def remove_selected(self) -> None:
        scenario = self.selected()
        if scenario is None or len(self.context.open_plan.plan.scenarios) < 2:
            return
        row = self.table.currentIndex().row()
        self.context.open_plan.apply(RemoveScenario(scenario.id))
        self.select(min(row, self.model.rowCount() - 1))

    def _add(self, edit: AddScenario) -> None:
        scenario = edit.added(self.context.open_plan.plan)
        self.context.open_plan.apply(edit)
        self.select(self.model.row_of(scenario.id))
        self.table.setFocus()

    def _derivations(self) -> dict[str, PresetDerivation]:
        """Every preset as derived for the plan's countries (their shutdown and carrier rates)."""
        countries = self.context.open_plan.plan.business.country_mix
        return {d.preset.id: d for d in derivations(self.context.reference, countries)}

    def _fill_preset_menu(self) -> None:
        self.preset_menu.clear()
        used = {s.preset for s in self.context.open_plan.plan.scenarios}
        for preset_id, derivation in self._derivations().items():
            if preset_id in used:
                continue
            action = self.preset_menu.addAction(translate("Reference", derivation.preset.name))
            action.setToolTip(translate("Reference", derivation.preset.description))
            action.triggered.connect(lambda _=False, p=preset_id: self.add_scenario_from_preset(p))
        if self.preset_menu.isEmpty():
            self.preset_menu.addAction(self.tr("Every preset is in the plan")).setEnabled(False)

    # ------------------------------------------------------------------ panel

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._split_once:
            # the table gets what the detail pane does not need (it took the page's default
            # split before the page had its width, and names were cut at 1024 pixels)
            self._split_once = True
            total = sum(self.splitter.sizes())
            detail = max(self.detail_scroll.minimumWidth(), total // 3)
            self.splitter.setSizes([total - detail, detail])

    def _size_frequency(self) -> None:
        """The How often column wide enough for its texts on two lines."""
        metrics = self.table.fontMetrics()
        texts = [
            str(self.model.index(row, FREQUENCY).data() or "")
            for row in range(self.model.rowCount())
        ]
        half = max((metrics.horizontalAdvance(t) * 0.6 for t in texts), default=0)
        title = str(self.model.headerData(FREQUENCY, Qt.Orientation.Horizontal) or "")
        self.table.setColumnWidth(
            FREQUENCY, int(max(half, metrics.horizontalAdvance(title) + 8)) + 16
        )

    def _plan_changed(self, plan: Plan, change: PlanChange | None = None) -> None:
        """The scenarios changed (change None: the same plan, shown afresh)."""
        if change is not None and not change.touches("scenarios"):
            return
        self.remove.setEnabled(len(plan.scenarios) > 1)
        self._show_hint(plan)
        self.missingChanged.emit()

    def _show_hint(self, plan: Plan) -> None:
        """With one scenario the plan prepares for one kind of outage only: say how to add
        the others (a plan always keeps at least one)."""
        text = ""
        if len(plan.scenarios) == 1:
            text = self.tr(
                "Only one kind of outage so far: add the others with Add preset (a Meta-wide "
                "outage, a phone network outage, a government shutdown) to see what each would "
                "cost."
            )
        self.hint.setText(text)
        self.hint.setVisible(bool(text))

    def _show_selected(self) -> None:
        scenario = self.selected()
        self.remove.setEnabled(self.model.rowCount() > 1 and scenario is not None)
        self.detail.setEnabled(scenario is not None)
        self._syncing = True
        try:
            if scenario is None:
                self.detail_name.clear()
                self.derivation.clear()
                self.sources.clear()
                return
            self.detail_name.setText(scenario_name(scenario.name))
            for i in range(self.layers.count()):
                item = self.layers.item(i)
                failed = item.data(Qt.ItemDataRole.UserRole) in scenario.failed_layers
                item.setCheckState(Qt.CheckState.Checked if failed else Qt.CheckState.Unchecked)
            self.pin.setChecked(scenario.start is not None)
            self.weekday.setEnabled(scenario.start is not None)
            self.time.setEnabled(scenario.start is not None)
            if scenario.start is not None:
                self.weekday.setCurrentIndex(WEEKDAYS.index(scenario.start.weekday))
                self.time.setTime(QTime(*hour_and_minute(scenario.start.hour)))
            self._show_derivation(scenario)
        finally:
            self._syncing = False

    def _show_derivation(self, scenario: Scenario) -> None:
        derivation = self._derivations().get(scenario.preset or "")
        self.derivation_title.setVisible(derivation is not None)
        self.sources.setVisible(derivation is not None)
        if derivation is None:
            self.derivation.setText(
                self.tr(
                    "A custom scenario: its frequency and duration are yours. Fails: %1."
                ).replace(
                    "%1",
                    layer_names(
                        self.context.reference, scenario.failed_layers, reference_order=True
                    ),
                )
            )
            return
        # The description is a reference text (translated); the explanation is written by the
        # core from the reference data (not translated).
        description = translate("Reference", derivation.preset.description)
        self.derivation.setText(f"{description}\n\n{derivation.explanation}")
        self.sources.setText(
            self.tr("Source: {source} (confidence: {confidence}).").format(
                source=preset_source(derivation.preset.rate_source),
                confidence=confidence_words(derivation.preset.confidence),
            )
        )

    def _layers_edited(self, _item: QListWidgetItem) -> None:
        scenario = self.selected()
        if self._syncing or scenario is None:
            return
        checked = [
            self.layers.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.layers.count())
            if self.layers.item(i).checkState() == Qt.CheckState.Checked
        ]
        if not checked:
            self._show_error(self.tr("A scenario needs at least one layer that fails."))
            self._show_selected()
            return
        self._apply(scenario, "failed_layers", checked)

    def _start_edited(self, *_: object) -> None:
        scenario = self.selected()
        pinned = self.pin.isChecked()
        self.weekday.setEnabled(pinned)
        self.time.setEnabled(pinned)
        if self._syncing or scenario is None:
            return
        start = None
        if pinned:
            time = self.time.time()
            start = StartTime(
                weekday=self.weekday.currentData(),
                hour=time.hour() + time.minute() / 60,
            )
        self._apply(scenario, "start", start)

    def _apply(self, scenario: Scenario, field: str, value: object) -> None:
        try:
            self.context.open_plan.apply(SetScenarioField(scenario.id, field, value))
        except ValidationError as error:
            self._show_error(problem_text(error))
            self._show_selected()
            return
        self.error.hide()

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setAccessibleDescription(message)
        self.error.show()

    # ------------------------------------------------------------------ history

    def _toggle_history(self, shown: bool) -> None:
        self.history.setVisible(shown)
        count = len(self.context.reference.outages)
        self.history_toggle.setText(
            translate("ScenariosPage", "Outage history (%n event(s))", None, count)
            if shown
            else self.tr("Show outage history")
        )
        collapsed = (
            Qt.ArrowType.LeftArrow
            if self.layoutDirection() == Qt.LayoutDirection.RightToLeft
            else Qt.ArrowType.RightArrow
        )
        self.history_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else collapsed)

    def _fill_history(self) -> None:
        reference = self.context.reference
        locale = QLocale()
        outages = sorted(reference.outages, key=lambda o: o.date, reverse=True)
        self.history.setRowCount(len(outages))
        for row, outage in enumerate(outages):
            duration = (
                locale.toString(outage.duration_hours, "g", 4)
                if outage.duration_hours is not None
                else self.tr("unknown")
            )
            cells = [
                written_date(outage.date),  # as the derivation beside it writes them
                outage.services,
                layer_names(reference, sorted(outage.failed_layers), reference_order=True)
                or self.tr("none of the modelled layers"),
                duration,
                confidence_words(outage.confidence),
            ]
            tip = "\n".join(t for t in (outage.cause, outage.duration_note, outage.source) if t)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(tip)
                if column == 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
                    )
                self.history.setItem(row, column, item)
