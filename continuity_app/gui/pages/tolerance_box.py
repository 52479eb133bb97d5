"""The Business page's tolerance: the largest loss one outage may cost, and each function's
minimum service."""

from __future__ import annotations

from pydantic import ValidationError
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from continuity_app.core.fields import field
from continuity_app.core.i18n import translate
from continuity_app.core.plan import FunctionTolerance, Plan
from continuity_app.core.plan_edits import SetMaxLoss, SetMinimumService
from continuity_app.core.terms import term
from continuity_app.gui.models.refusal import problem_text
from continuity_app.gui.open_plan import OpenPlan
from continuity_app.gui.pages.business_form import FormRows, money_spin, new_form

# the document's default for how soon a minimum must be reached
_DEFAULT_WITHIN_HOURS = FunctionTolerance.model_fields["within_hours"].default
MAX_LOSS = "max_loss"  # the page's key for the largest bearable loss


class ToleranceBox(QGroupBox):
    """What the business can bear; its inputs join the page's `rows` (labels and messages).

    The texts keep the Business page's translation context: they were its own.
    """

    def __init__(self, open_plan: OpenPlan, rows: FormRows, parent: QWidget | None = None):
        super().__init__(parent)
        self.open_plan = open_plan
        self.rows = rows
        form = new_form(self)
        self.max_loss = money_spin()
        self.max_loss.setMinimum(0.01)
        self.max_loss.valueChanged.connect(self._max_loss_edited)
        rows.add(form, MAX_LOSS, self.max_loss)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        form.addRow(self.intro)
        self.table = QTableWidget(0, 3)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        form.addRow(self.table)
        # what the inputs show: refreshed only when the plan's value differs (undo, another
        # page), so the value being typed stays
        self._shown_loss: float | None = None
        self._shown_minimums: tuple | None = None

    def retranslate(self, currency: str) -> None:
        self.setTitle(translate("BusinessPage", "What the business can bear"))
        self.rows.set_field(MAX_LOSS, field("tolerance", "max_loss_per_outage"), currency)
        self.intro.setText(
            translate(
                "BusinessPage",
                "{term} for each activity: the share of its customers you must still serve "
                "during an outage, and how soon. 0 means no minimum.",
            ).format(term=term("mbco").plain)
        )
        self.intro.setToolTip(term("mbco").tooltip)
        minimum, within = field("tolerance", "mbco"), field("tolerance", "within_hours")
        self.table.setHorizontalHeaderLabels(
            [translate("BusinessPage", "Function"), minimum.title(), within.title()]
        )
        for column, entry in ((1, minimum), (2, within)):
            header = self.table.horizontalHeaderItem(column)  # made by the labels just set
            if header is not None:
                header.setToolTip(entry.tip())
        self.table.setAccessibleName(translate("BusinessPage", "Minimum service per function"))
        self._shown_loss = self._shown_minimums = None  # shown again, in the new words

    def tab_chain(self) -> list[QWidget]:
        """The box's inputs in the order Tab visits them: each function's minimum."""
        chain: list[QWidget] = [self.max_loss, self.table]
        for row in range(self.table.rowCount()):
            chain.extend(self.table.cellWidget(row, column) for column in (1, 2))
        return chain

    def refresh(self, plan: Plan) -> bool:
        """Show the plan's tolerance; True when the rows of the table were made again."""
        loss = plan.tolerance.max_loss_per_outage
        if loss != self._shown_loss:
            self._shown_loss = loss
            self.rows.errors[MAX_LOSS].show_problem("")
            self.max_loss.blockSignals(True)
            self.max_loss.setValue(loss)
            self.max_loss.blockSignals(False)
        state = _minimums(plan)
        if state == self._shown_minimums:
            return False
        self._shown_minimums = state
        self._fill(plan)
        return True

    def _max_loss_edited(self, value: float) -> None:
        self._shown_loss = value
        try:
            self.open_plan.apply(SetMaxLoss(value))
        except ValidationError as error:
            self.rows.errors[MAX_LOSS].show_problem(problem_text(error))
            return
        self.rows.errors[MAX_LOSS].show_problem("")

    def _minimum_edited(self, function_id: str, mbco: QSpinBox, within: QDoubleSpinBox) -> None:
        within.setEnabled(mbco.value() > 0)
        share = mbco.value() / field("tolerance", "mbco").scale
        edit = SetMinimumService(function_id, share, within.value())
        self._shown_minimums = _minimums(edit.apply(self.open_plan.plan))
        self.open_plan.apply(edit)

    def _fill(self, plan: Plan) -> None:
        for row in range(self.table.rowCount()):
            for column in (1, 2):
                old = self.table.cellWidget(row, column)
                if old is not None:  # deleted later by Qt: hide it now so it never shows stray
                    old.hide()
        self.table.setRowCount(len(plan.functions))
        scale = field("tolerance", "mbco").scale
        for row, function in enumerate(plan.functions):
            target = plan.tolerance.functions.get(function.id)
            name = QTableWidgetItem(function.name)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, 0, name)
            mbco = QSpinBox()
            mbco.setRange(0, round(scale))
            mbco.setSuffix("%")
            mbco.setSpecialValueText(translate("BusinessPage", "none"))
            mbco.setValue(round(target.mbco * scale) if target else 0)
            mbco.setAccessibleName(
                translate("BusinessPage", "Minimum served for %1").replace("%1", function.name)
            )
            within = QDoubleSpinBox()
            within.setRange(0.0, 168.0)
            within.setDecimals(1)
            within.setValue(target.within_hours if target else _DEFAULT_WITHIN_HOURS)
            within.setEnabled(target is not None)
            within.setAccessibleName(
                translate("BusinessPage", "Within hours for %1").replace("%1", function.name)
            )
            mbco.valueChanged.connect(
                lambda _, f=function.id, m=mbco, w=within: self._minimum_edited(f, m, w)
            )
            within.valueChanged.connect(
                lambda _, f=function.id, m=mbco, w=within: self._minimum_edited(f, m, w)
            )
            self.table.setCellWidget(row, 1, mbco)
            self.table.setCellWidget(row, 2, within)
        self.table.resizeRowsToContents()
        height = self.table.horizontalHeader().height() + 2 * self.table.frameWidth()
        height += sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        self.table.setFixedHeight(height + 2)


def _minimums(plan: Plan) -> tuple:
    """What the minimum-service table shows: the functions, and each one's minimum."""
    return (
        tuple((f.id, f.name) for f in plan.functions),
        tuple(sorted((k, v.mbco, v.within_hours) for k, v in plan.tolerance.functions.items())),
    )
