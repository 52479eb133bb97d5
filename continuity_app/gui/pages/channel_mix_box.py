"""The Functions page's channel mix: the selected function's share on each channel, what is left
to other channels, and how much of it each of the plan's outages cuts off."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from continuity_app.core.channel_mix import MIX_CHANNELS, cut_off_share, mix_field, other_share
from continuity_app.core.display import channel_name, format_list, format_percent, scenario_name
from continuity_app.core.fields import field
from continuity_app.core.i18n import translate
from continuity_app.core.plan import Plan
from continuity_app.core.plan_change import PlanChange
from continuity_app.core.plan_edits import SetFunctionField
from continuity_app.gui.labels import collation_key
from continuity_app.gui.models.channel_mix_model import SHARE, ChannelMixModel
from continuity_app.gui.models.functions_model import FunctionsModel


class ChannelMixBox(QGroupBox):
    """Edits the selected function's channel mix; every change is one undoable edit."""

    def __init__(self, functions: FunctionsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        reference = functions.reference
        assert reference is not None  # the Functions page always gives the reference data
        self.reference = reference
        self.functions = functions
        self.model = ChannelMixModel(functions, reference, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(110)
        self.add = QComboBox(self)
        self.add.activated.connect(self._add_channel)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self._remove_channel)
        self.rest = QLabel(self)
        self.rest.setWordWrap(True)
        self.cut_off = QLabel(self)
        self.cut_off.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add, 1)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.rest)
        layout.addWidget(self.cut_off)
        self.model.modelReset.connect(self._refresh)
        self.model.dataChanged.connect(lambda *_: self._refresh())
        functions.open_plan.planChanged.connect(self._plan_changed)

    def retranslate(self) -> None:
        self.table.setAccessibleName(translate("ChannelMix", "Channels of the selected function"))
        self.remove_button.setText(translate("ChannelMix", "Remove channel"))
        self.remove_button.setAccessibleName(
            translate("ChannelMix", "Remove the selected channel from the mix")
        )
        self.add.setAccessibleName(translate("ChannelMix", "Add a channel to the mix"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 1)
        self._refresh()

    def show_function(self, row: int) -> None:
        """Show the mix of the function in this row of the functions table."""
        self.model.show_function(row)

    def _plan_changed(self, _plan: Plan, change: PlanChange) -> None:
        if change.touches("scenarios"):  # what each outage cuts off
            self._refresh()

    def _refresh(self) -> None:
        function = self.model.function()
        self.setEnabled(function is not None)
        if function is None:
            self.setTitle(translate("ChannelMix", "Channels"))
            self.rest.setText("")
            self.cut_off.setText("")
            return
        self.setTitle(translate("ChannelMix", "Channels of {name}").format(name=function.name))
        self.rest.setText(
            translate(
                "ChannelMix",
                "Other channels, which none of the plan's outages reaches (in person, by phone "
                "or elsewhere): {share}",
            ).format(share=format_percent(other_share(function)))
        )
        self.cut_off.setText(self._cut_off_text())
        self._fill_choices()
        self.remove_button.setEnabled(bool(function.channel_mix))

    def _cut_off_text(self) -> str:
        """How much of the function each outage of the plan cuts off, outages that cut off the
        same share said together."""
        function = self.model.function()
        plan = self.functions.open_plan.plan
        if function is None or not plan.scenarios:
            return ""
        groups: dict[str, list[str]] = {}
        for scenario in plan.scenarios:
            share = format_percent(cut_off_share(self.reference, function, scenario.failed_layers))
            groups.setdefault(share, []).append(scenario_name(scenario.name))
        if len(groups) == 1:
            return translate(
                "ChannelMix", "Every outage of the plan cuts off {share} of these interactions."
            ).format(share=next(iter(groups)))
        parts = [
            translate("ChannelMix", "{share} in {outages}").format(
                share=share, outages=format_list(names)
            )
            for share, names in groups.items()
        ]
        return translate("ChannelMix", "Cut off: {parts}.").format(
            parts=format_list(parts, clauses=True)
        )

    def _fill_choices(self) -> None:
        function = self.model.function()
        self.add.blockSignals(True)
        self.add.clear()
        self.add.addItem(translate("ChannelMix", "Add a channel…"), None)
        if function is not None:
            free = [c for c in MIX_CHANNELS if c not in function.channel_mix]
            key = collation_key()
            for channel in sorted(free, key=lambda c: key(channel_name(self.reference, c))):
                self.add.addItem(channel_name(self.reference, channel), channel)
        self.add.setCurrentIndex(0)
        self.add.setEnabled(self.add.count() > 1)
        self.add.blockSignals(False)

    def _add_channel(self, index: int) -> None:
        channel = self.add.itemData(index)
        function = self.model.function()
        if channel is None or function is None:
            return
        label = field("function", mix_field(channel)).title()
        self.functions.open_plan.apply(
            SetFunctionField(function.id, mix_field(channel), 0.0, label)
        )
        # the new row's share is what to type next
        row = self.model.rowCount() - 1
        for each in range(self.model.rowCount()):
            if self.model.channel_at(each) == channel:
                row = each
        share = self.model.index(row, SHARE)
        self.table.setCurrentIndex(share)
        self.table.edit(share)

    def _remove_channel(self) -> None:
        function = self.model.function()
        row = self.table.currentIndex().row()
        channel = self.model.channel_at(row if row >= 0 else self.model.rowCount() - 1)
        if function is None or channel is None:
            return
        label = field("function", mix_field(channel)).title()
        self.functions.open_plan.apply(
            SetFunctionField(function.id, mix_field(channel), None, label)
        )
