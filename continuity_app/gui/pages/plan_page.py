"""The written plan: document control, activation criteria, roles, contact tree and messages."""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    QSignalBlocker,
    Qt,
)
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from continuity_app.core.plan import Plan
from continuity_app.core.plan_change import PlanChange
from continuity_app.core.plan_edits import (
    AddCriterion,
    SetCriterion,
    SetDetail,
)
from continuity_app.core.plan_gaps import written_plan_gaps
from continuity_app.gui.context import AppContext
from continuity_app.gui.models.roles_model import RolesModel
from continuity_app.gui.pages.base import Page
from continuity_app.gui.pages.plan_messages import MessagesModel, MessagesTab, plain_text_edit
from continuity_app.gui.pages.plan_roles import RolesTab


class PlanPage(RolesTab, MessagesTab, Page):
    """Who acts, when they act and what they send; every edit is an undoable document edit."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.open_plan = context.open_plan
        self.reference = context.reference
        self._role_id: str | None = None
        self._message_id: str | None = None
        # Models first, so that they have caught up with a new plan when the page refreshes.
        self.roles_model = RolesModel(self.open_plan, self)
        self.messages_model = MessagesModel(self.open_plan, self.reference, self)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_control_tab(), "")
        self.tabs.addTab(self._build_roles_tab(), "")
        self.tabs.addTab(self._build_messages_tab(), "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

        self.open_plan.planChanged.connect(self._plan_changed)
        self.open_plan.displayChanged.connect(self._plan_changed)
        # retranslate() sets every text and fills the widgets from the plan.
        self.retranslate()

    # ------------------------------------------------------------------ building

    def _build_control_tab(self) -> QWidget:
        self.owner_edit = QLineEdit()
        self.approver_edit = QLineEdit()
        self.version_edit = QLineEdit()
        self.summary_edit = plain_text_edit()
        self.summary_edit.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        self.owner_edit.textEdited.connect(lambda text: self._set_detail("owner", text))
        self.approver_edit.textEdited.connect(lambda text: self._set_detail("approver", text))
        self.version_edit.textEdited.connect(lambda text: self._set_detail("plan_version", text))
        self.summary_edit.textChanged.connect(
            lambda: self._set_detail("summary", self.summary_edit.toPlainText())
        )

        self.control_box = QGroupBox()
        self.control_form = QFormLayout(self.control_box)
        self.owner_label = QLabel()
        self.approver_label = QLabel()
        self.version_label = QLabel()
        self.summary_label = QLabel()
        for label, field in (
            (self.owner_label, self.owner_edit),
            (self.approver_label, self.approver_edit),
            (self.version_label, self.version_edit),
            (self.summary_label, self.summary_edit),
        ):
            label.setBuddy(field)
            self.control_form.addRow(label, field)

        self.criteria_box = QGroupBox()
        self.criteria_hint = QLabel()
        self.criteria_hint.setWordWrap(True)
        self.criteria_list = QListWidget()
        self.criteria_list.itemChanged.connect(self._criterion_edited)
        self.add_criterion_button = QPushButton()
        self.remove_criterion_button = QPushButton()
        self.add_criterion_button.clicked.connect(self._add_criterion)
        self.remove_criterion_button.clicked.connect(self._remove_criterion)
        self.criteria_list.currentRowChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_criterion_button)
        buttons.addWidget(self.remove_criterion_button)
        buttons.addStretch()
        criteria_layout = QVBoxLayout(self.criteria_box)
        criteria_layout.addWidget(self.criteria_hint)
        criteria_layout.addWidget(self.criteria_list)
        criteria_layout.addLayout(buttons)

        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.control_box)
        layout.addWidget(self.criteria_box, 1)
        return tab

    # ------------------------------------------------------------------ Page

    def title(self) -> str:
        return self.tr("Plan")

    def missing(self) -> list[str]:
        texts = {
            "owner": self.tr("Name the owner of the plan."),
            "activation_criteria": self.tr("Say when an outage is declared (activation criteria)."),
            "roles": self.tr("Add at least one role with a holder and an alternate."),
            "alternate": self.tr("Role '%1' has no alternate."),
            "customer_message": self.tr("Write a message for customers."),
        }
        return [
            texts[gap.kind].replace("%1", gap.role)
            for gap in written_plan_gaps(self.open_plan.plan.details)
        ]

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Document control and activation"))
        self.tabs.setTabText(1, self.tr("Roles and contact tree"))
        self.tabs.setTabText(2, self.tr("Messages"))

        self.control_box.setTitle(self.tr("Document control"))
        self.owner_label.setText(self.tr("Plan owner:"))
        self.approver_label.setText(self.tr("Approved by:"))
        self.version_label.setText(self.tr("Plan version:"))
        self.summary_label.setText(self.tr("Summary:"))
        self.owner_edit.setAccessibleName(self.tr("Plan owner"))
        self.owner_edit.setPlaceholderText(self.tr("Who keeps this plan up to date"))
        self.approver_edit.setAccessibleName(self.tr("Approved by"))
        self.approver_edit.setPlaceholderText(self.tr("Who signs the plan off"))
        self.version_edit.setAccessibleName(self.tr("Plan version"))
        self.summary_edit.setAccessibleName(self.tr("Summary"))
        self.summary_edit.setPlaceholderText(self.tr("What this plan covers, in a sentence or two"))

        self.criteria_box.setTitle(self.tr("Activation criteria"))
        self.criteria_hint.setText(
            self.tr(
                "Declare an outage when any of these is true. Double-click a line to edit it; "
                "clear a line to remove it."
            )
        )
        self.criteria_list.setAccessibleName(self.tr("Activation criteria"))
        self.add_criterion_button.setText(self.tr("Add criterion"))
        self.remove_criterion_button.setText(self.tr("Remove criterion"))

        self.roles_box.setTitle(self.tr("Roles and alternates"))
        self.roles_view.setAccessibleName(self.tr("Roles"))
        self.add_role_button.setText(self.tr("Add role"))
        self.remove_role_button.setText(self.tr("Remove role"))
        self.roles_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 5)
        self.tree_box.setTitle(self.tr("Contact tree: who calls whom"))
        self.tree.setHeaderLabels([self.tr("Role"), self.tr("Holder"), self.tr("Phone")])
        self.tree.setAccessibleName(self.tr("Contact tree"))
        self.calls_box.setTitle(self.tr("Calls"))
        self.calls_list.setAccessibleName(self.tr("Roles the selected role calls"))

        self.messages_box.setTitle(self.tr("Ready-to-send messages"))
        self.messages_view.setAccessibleName(self.tr("Messages"))
        self.add_message_button.setText(self.tr("New message"))
        self.remove_message_button.setText(self.tr("Remove message"))
        self.messages_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)
        self.editor_box.setTitle(self.tr("Selected message"))
        self.audience_label.setText(self.tr("Audience:"))
        self.channel_label.setText(self.tr("Channel:"))
        self.language_label.setText(self.tr("Language:"))
        self.text_label.setText(self.tr("Text:"))
        self.suggest_button.setText(self.tr("Use &suggested text"))
        self.suggest_button.setToolTip(
            self.tr(
                "Replace the text with the suggested message for this audience and channel, "
                "in the message's language (Undo brings your text back)."
            )
        )
        self.audience_combo.setAccessibleName(self.tr("Audience"))
        self.channel_combo.setAccessibleName(self.tr("Channel"))
        self.language_combo.setAccessibleName(self.tr("Language"))
        self.text_edit.setAccessibleName(self.tr("Message text"))
        self.text_edit.setPlaceholderText(
            self.tr("What to send, with the number or link to use instead of WhatsApp")
        )
        self.sms_counter.setAccessibleName(self.tr("SMS length"))
        self._plan_changed(self.open_plan.plan)

    # ------------------------------------------------------------------ refresh

    def _plan_changed(self, plan: Plan, change: PlanChange | None = None) -> None:
        """Show the plan's details again (change None: the same plan, shown afresh); the
        message editor's channels and languages follow the business and its fallbacks."""
        if change is not None and not change.touches("details", "business", "fallbacks"):
            return
        details = plan.details
        for edit, value in (
            (self.owner_edit, details.owner),
            (self.approver_edit, details.approver),
            (self.version_edit, details.plan_version),
        ):
            if edit.text() != value:
                with QSignalBlocker(edit):
                    edit.setText(value)
        if self.summary_edit.toPlainText() != details.summary:
            with QSignalBlocker(self.summary_edit):
                self.summary_edit.setPlainText(details.summary)
        self._fill_criteria(details.activation_criteria)

        role_ids = [role.id for role in details.roles]
        if self._role_id not in role_ids:
            self._role_id = role_ids[0] if role_ids else None
        self._select_row(self.roles_view, role_ids, self._role_id)
        self._fill_tree(details.roles)
        self._fill_calls()

        message_ids = [message.id for message in details.messages]
        if self._message_id not in message_ids:
            self._message_id = message_ids[0] if message_ids else None
        self._select_row(self.messages_view, message_ids, self._message_id)
        self._fill_message_editor()
        self._update_buttons()
        if change is None or change.touches("details"):
            self.missingChanged.emit()

    @staticmethod
    def _select_row(view: QTableView, ids: list[str], wanted: str | None) -> None:
        model = view.model()
        row = ids.index(wanted) if wanted in ids else -1
        if view.currentIndex().row() == row:
            return
        with QSignalBlocker(view.selectionModel()):
            if row < 0:
                view.clearSelection()
                view.setCurrentIndex(QModelIndex())
            else:
                view.setCurrentIndex(model.index(row, 0))
                view.selectRow(row)
        # The blocked selection model does not repaint the rows by itself.
        view.viewport().update()

    def _fill_criteria(self, criteria: list[str]) -> None:
        current = [self.criteria_list.item(i).text() for i in range(self.criteria_list.count())]
        if current == criteria:
            return
        row = self.criteria_list.currentRow()
        with QSignalBlocker(self.criteria_list):
            self.criteria_list.clear()
            for text in criteria:
                item = QListWidgetItem(text)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                self.criteria_list.addItem(item)
            self.criteria_list.setCurrentRow(min(row, len(criteria) - 1))

    def _update_buttons(self) -> None:
        self.remove_criterion_button.setEnabled(self.criteria_list.currentRow() >= 0)
        self.remove_role_button.setEnabled(self._role_id is not None)
        self.remove_message_button.setEnabled(self._message_id is not None)

    # ------------------------------------------------------------------ edits

    def _set_detail(self, field: str, value: str) -> None:
        self.open_plan.apply(SetDetail(field, value))

    def _add_criterion(self) -> None:
        self.open_plan.apply(AddCriterion())
        row = len(self.open_plan.plan.details.activation_criteria) - 1
        self.criteria_list.setCurrentRow(row)
        self.criteria_list.setFocus()
        self.criteria_list.editItem(self.criteria_list.item(row))

    def _remove_criterion(self) -> None:
        self.open_plan.apply(SetCriterion(self.criteria_list.currentRow()))

    def _criterion_edited(self, item: QListWidgetItem) -> None:
        self.open_plan.apply(SetCriterion(self.criteria_list.row(item), item.text()))
