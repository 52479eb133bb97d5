"""The written plan: document control, activation criteria, roles, contact tree and messages."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSignalBlocker,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from continuity_app.core.display import channel_name
from continuity_app.core.i18n import number, speaking, translate
from continuity_app.core.ids import unique_id
from continuity_app.core.message_templates import (
    AUDIENCES,
    message_channels,
    message_languages,
    suggested_message,
)
from continuity_app.core.plan import MessageTemplate, Plan, Role, revise
from continuity_app.core.reference import ReferenceData
from continuity_app.core.sms import sms_segments
from continuity_app.gui.context import AppContext
from continuity_app.gui.formatting import LRI, PDI
from continuity_app.gui.models.reference_table import FSI
from continuity_app.gui.models.roles_model import RolesModel
from continuity_app.gui.open_plan import OpenPlan
from continuity_app.gui.pages.base import Page
from continuity_app.gui.settings import DIGITS
from continuity_app.localization import language_for, language_name, written_in

Index = QModelIndex | QPersistentModelIndex


def _isolated(text: str) -> str:
    """Text that keeps its own direction whatever the layout direction around it."""
    return f"{FSI}{text}{PDI}" if text else text


def _plain_text_edit() -> QTextEdit:
    # A QTextEdit, not a QPlainTextEdit: it aligns each paragraph by its own direction, so an
    # Arabic message reads from the right even in a left-to-right window, and vice versa.
    edit = QTextEdit()
    edit.setAcceptRichText(False)
    edit.setTabChangesFocus(True)
    return edit


class MessagesModel(QAbstractTableModel):
    """The plan's message templates, one row each (read-only; edited beside the table)."""

    def __init__(
        self, open_plan: OpenPlan, reference: ReferenceData, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.open_plan = open_plan
        self.reference = reference
        self._ids = [message.id for message in open_plan.plan.details.messages]
        open_plan.planChanged.connect(self._plan_changed)
        open_plan.displayChanged.connect(self._plan_changed)

    def _plan_changed(self, plan: Plan) -> None:
        ids = [message.id for message in plan.details.messages]
        if ids != self._ids:
            self.beginResetModel()
            self._ids = ids
            self.endResetModel()
        elif ids:
            last = self.index(len(ids) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def message_at(self, row: int) -> MessageTemplate:
        return self.open_plan.plan.details.messages[row]

    def row_of(self, message_id: str) -> int:
        return self._ids.index(message_id)

    def audience_name(self, audience: str) -> str:
        names = {
            "customers": self.tr("Customers"),
            "staff": self.tr("Staff"),
            "suppliers": self.tr("Suppliers"),
        }
        return names.get(audience, audience)

    def channel_name(self, channel: str) -> str:
        return channel_name(self.reference, channel)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = [
            self.tr("Audience"),
            self.tr("Channel"),
            self.tr("Language"),
            self.tr("Message"),
            self.tr("SMS segments"),
        ]
        return titles[section] if 0 <= section < len(titles) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        message = self.message_at(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return self.audience_name(message.audience)
            if column == 1:
                return self.channel_name(message.channel)
            if column == 2:
                return language_name(message.language)
            if column == 3:
                return _isolated(" ".join(message.text.split()))
            return number(sms_segments(message.text, self.reference).segments)
        if role == Qt.ItemDataRole.ToolTipRole and column == 3:
            return message.text
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 4:
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        return None


class PlanPage(Page):
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
        self.summary_edit = _plain_text_edit()
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

    def _build_roles_tab(self) -> QWidget:
        self.roles_view = QTableView()
        self.roles_view.setModel(self.roles_model)
        # Tab leaves the table instead of walking its cells, so the buttons stay reachable.
        self.roles_view.setTabKeyNavigation(False)
        self.roles_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.roles_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.roles_view.setWordWrap(False)
        header = self.roles_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.roles_view.verticalHeader().hide()
        self.roles_view.selectionModel().currentRowChanged.connect(self._role_selected)

        self.add_role_button = QPushButton()
        self.remove_role_button = QPushButton()
        self.add_role_button.clicked.connect(self._add_role)
        self.remove_role_button.clicked.connect(self._remove_role)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_role_button)
        buttons.addWidget(self.remove_role_button)
        buttons.addStretch()

        self.roles_box = QGroupBox()
        roles_layout = QVBoxLayout(self.roles_box)
        roles_layout.addWidget(self.roles_view)
        roles_layout.addLayout(buttons)

        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setRootIsDecorated(True)
        self.tree.currentItemChanged.connect(self._tree_selected)
        self.tree_box = QGroupBox()
        tree_layout = QVBoxLayout(self.tree_box)
        tree_layout.addWidget(self.tree)

        self.calls_label = QLabel()
        self.calls_label.setWordWrap(True)
        self.calls_list = QListWidget()
        self.calls_list.itemChanged.connect(self._calls_edited)
        self.calls_label.setBuddy(self.calls_list)
        self.calls_box = QGroupBox()
        calls_layout = QVBoxLayout(self.calls_box)
        calls_layout.addWidget(self.calls_label)
        calls_layout.addWidget(self.calls_list)

        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(self.tree_box)
        bottom.addWidget(self.calls_box)
        bottom.setStretchFactor(0, 3)
        bottom.setStretchFactor(1, 2)
        bottom.setChildrenCollapsible(False)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.roles_box)
        splitter.addWidget(bottom)
        splitter.setChildrenCollapsible(False)

        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(splitter)
        QWidget.setTabOrder(self.roles_view, self.add_role_button)
        QWidget.setTabOrder(self.add_role_button, self.remove_role_button)
        QWidget.setTabOrder(self.remove_role_button, self.tree)
        QWidget.setTabOrder(self.tree, self.calls_list)
        return tab

    def _build_messages_tab(self) -> QWidget:
        self.messages_view = QTableView()
        self.messages_view.setModel(self.messages_model)
        self.messages_view.setTabKeyNavigation(False)
        self.messages_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.messages_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.messages_view.setWordWrap(False)
        self.messages_view.verticalHeader().hide()
        header = self.messages_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.messages_view.selectionModel().currentRowChanged.connect(self._message_selected)

        self.add_message_button = QPushButton()
        self.remove_message_button = QPushButton()
        self.add_message_button.clicked.connect(self._add_message)
        self.remove_message_button.clicked.connect(self._remove_message)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_message_button)
        buttons.addWidget(self.remove_message_button)
        buttons.addStretch()

        self.audience_combo = QComboBox()
        self.channel_combo = QComboBox()
        self.language_combo = QComboBox()
        self.audience_combo.activated.connect(
            lambda: self._set_message("audience", self.audience_combo.currentData())
        )
        self.channel_combo.activated.connect(
            lambda: self._set_message("channel", self.channel_combo.currentData())
        )
        self.language_combo.activated.connect(
            lambda: self._set_message("language", self.language_combo.currentData())
        )
        self.audience_label = QLabel()
        self.channel_label = QLabel()
        self.language_label = QLabel()
        self.audience_label.setBuddy(self.audience_combo)
        self.channel_label.setBuddy(self.channel_combo)
        self.language_label.setBuddy(self.language_combo)
        pickers = QHBoxLayout()
        for label, combo in (
            (self.audience_label, self.audience_combo),
            (self.channel_label, self.channel_combo),
            (self.language_label, self.language_combo),
        ):
            pickers.addWidget(label)
            pickers.addWidget(combo, 1)

        self.text_label = QLabel()
        self.text_edit = _plain_text_edit()
        self.text_label.setBuddy(self.text_edit)
        self.text_edit.textChanged.connect(
            lambda: self._set_message("text", self.text_edit.toPlainText())
        )
        self.sms_counter = QLabel()
        self.sms_counter.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.suggest_button = QPushButton()
        self.suggest_button.clicked.connect(self._use_suggestion)
        self.suggest_note = QLabel()
        self.suggest_note.setWordWrap(True)
        below_text = QHBoxLayout()
        below_text.addWidget(self.sms_counter, 1)
        below_text.addWidget(self.suggest_button)

        self.editor_box = QGroupBox()
        editor_layout = QVBoxLayout(self.editor_box)
        editor_layout.addLayout(pickers)
        editor_layout.addWidget(self.text_label)
        editor_layout.addWidget(self.text_edit, 1)
        editor_layout.addLayout(below_text)
        editor_layout.addWidget(self.suggest_note)

        self.messages_box = QGroupBox()
        messages_layout = QVBoxLayout(self.messages_box)
        messages_layout.addWidget(self.messages_view)
        messages_layout.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.messages_box)
        splitter.addWidget(self.editor_box)
        splitter.setChildrenCollapsible(False)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(splitter)
        QWidget.setTabOrder(self.messages_view, self.add_message_button)
        QWidget.setTabOrder(self.add_message_button, self.remove_message_button)
        QWidget.setTabOrder(self.remove_message_button, self.audience_combo)
        QWidget.setTabOrder(self.audience_combo, self.channel_combo)
        QWidget.setTabOrder(self.channel_combo, self.language_combo)
        QWidget.setTabOrder(self.language_combo, self.text_edit)
        QWidget.setTabOrder(self.text_edit, self.suggest_button)
        return tab

    # ------------------------------------------------------------------ Page

    def title(self) -> str:
        return self.tr("Plan")

    def missing(self) -> list[str]:
        details = self.open_plan.plan.details
        missing = []
        if not details.owner.strip():
            missing.append(self.tr("Name the owner of the plan."))
        if not details.activation_criteria:
            missing.append(self.tr("Say when an outage is declared (activation criteria)."))
        if not details.roles:
            missing.append(self.tr("Add at least one role with a holder and an alternate."))
        for role in details.roles:
            if not role.alternate.strip():
                missing.append(
                    self.tr("Role '%1' has no alternate.").replace("%1", role.title or role.id)
                )
        if not any(m.audience == "customers" and m.text.strip() for m in details.messages):
            missing.append(self.tr("Write a message for customers."))
        return missing

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

    def _plan_changed(self, plan: Plan) -> None:
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

    def _fill_tree(self, roles: list[Role]) -> None:
        by_id = {role.id: role for role in roles}
        called = {callee for role in roles for callee in role.calls}
        shown: set[str] = set()

        def add(parent: QTreeWidget | QTreeWidgetItem, role: Role, path: frozenset[str]) -> None:
            shown.add(role.id)
            phone = f"{LRI}{role.phone}{PDI}" if role.phone else ""
            item = QTreeWidgetItem(parent, [_isolated(role.title), _isolated(role.holder), phone])
            item.setData(0, Qt.ItemDataRole.UserRole, role.id)
            for callee in role.calls:
                # A call back up the chain would loop forever; it is shown once, without children.
                if callee in path:
                    continue
                add(item, by_id[callee], path | {callee})

        with QSignalBlocker(self.tree):
            self.tree.clear()
            for role in roles:
                if role.id not in called:
                    add(self.tree, role, frozenset({role.id}))
            # Roles that only call each other in a circle have no root; show them anyway.
            for role in roles:
                if role.id not in shown:
                    add(self.tree, role, frozenset({role.id}))
            self.tree.expandAll()
            for column in range(self.tree.columnCount()):
                self.tree.resizeColumnToContents(column)

    def _fill_calls(self) -> None:
        roles = self.open_plan.plan.details.roles
        selected = next((role for role in roles if role.id == self._role_id), None)
        with QSignalBlocker(self.calls_list):
            self.calls_list.clear()
            if selected is None:
                self.calls_label.setText(self.tr("Select a role to choose whom it calls."))
                return
            name = selected.title or selected.id
            if len(roles) == 1:
                self.calls_label.setText(
                    self.tr("Add another role to choose whom '%1' calls.").replace("%1", name)
                )
                return
            self.calls_label.setText(
                self.tr("When an outage is declared, '%1' calls:").replace("%1", name)
            )
            for role in roles:
                if role.id == selected.id:
                    continue
                label = f"{role.title} — {role.holder}" if role.holder else role.title
                item = QListWidgetItem(_isolated(label))
                item.setData(Qt.ItemDataRole.UserRole, role.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                checked = role.id in selected.calls
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                self.calls_list.addItem(item)

    def _fill_message_editor(self) -> None:
        plan = self.open_plan.plan
        message = self._current_message()
        self.editor_box.setEnabled(message is not None)
        audience = message.audience if message else "customers"
        channels = message_channels(plan, self.reference)
        languages = message_languages(plan, self.reference)
        with QSignalBlocker(self.audience_combo):
            self.audience_combo.clear()
            for code in AUDIENCES:
                self.audience_combo.addItem(self.messages_model.audience_name(code), code)
            self.audience_combo.setCurrentIndex(AUDIENCES.index(audience))
        with QSignalBlocker(self.channel_combo):
            self.channel_combo.clear()
            for code in channels:
                self.channel_combo.addItem(self.messages_model.channel_name(code), code)
            self.channel_combo.setCurrentIndex(channels.index(message.channel) if message else -1)
        with QSignalBlocker(self.language_combo):
            self.language_combo.clear()
            for code in languages:
                self.language_combo.addItem(language_name(code), code)
            self.language_combo.setCurrentIndex(
                languages.index(message.language) if message else -1
            )
        self._show_suggestion_note(message)
        text = message.text if message else ""
        if self.text_edit.toPlainText() != text:
            with QSignalBlocker(self.text_edit):
                self.text_edit.setPlainText(text)
        self._update_counter(text)

    def _update_counter(self, text: str) -> None:
        count = sms_segments(text, self.reference)
        parts = [
            translate("PlanPage", "%n character(s)", None, count.characters),
            count.encoding,
            translate("PlanPage", "%n SMS segment(s)", None, count.segments),
            translate("PlanPage", "%n left in this segment", None, count.remaining_in_segment),
        ]
        self.sms_counter.setText(" · ".join(parts))
        self.sms_counter.setToolTip(
            self.tr(
                "One SMS holds %1 characters in GSM-7 (Latin letters) or %2 in UCS-2 (Arabic, "
                "Hindi, emoji). Longer messages are split into parts of %3 or %4 and each part "
                "is charged."
            )
            .replace("%1", number(self.reference.default("sms_segment_chars_gsm7")))
            .replace("%2", number(self.reference.default("sms_segment_chars_ucs2")))
            .replace(
                "%3",
                number(self.reference.default("sms_segment_chars_gsm7_multipart")),
            )
            .replace(
                "%4",
                number(self.reference.default("sms_segment_chars_ucs2_multipart")),
            )
        )

    def _update_buttons(self) -> None:
        self.remove_criterion_button.setEnabled(self.criteria_list.currentRow() >= 0)
        self.remove_role_button.setEnabled(self._role_id is not None)
        self.remove_message_button.setEnabled(self._message_id is not None)

    def _current_message(self) -> MessageTemplate | None:
        messages = self.open_plan.plan.details.messages
        return next((m for m in messages if m.id == self._message_id), None)

    # ------------------------------------------------------------------ edits

    def _edit_details(self, text: str, merge_key: str = "", **changes: object) -> None:
        plan = self.open_plan.plan
        self.open_plan.edit(
            revise(plan, details=revise(plan.details, **changes)), text, merge_key=merge_key
        )

    def _set_detail(self, field: str, value: str) -> None:
        names = {
            "owner": self.tr("Change plan owner"),
            "approver": self.tr("Change approver"),
            "plan_version": self.tr("Change plan version"),
            "summary": self.tr("Change plan summary"),
        }
        self._edit_details(names[field], f"details.{field}", **{field: value})

    def _criteria(self) -> list[str]:
        return list(self.open_plan.plan.details.activation_criteria)

    def _add_criterion(self) -> None:
        criteria = [*self._criteria(), self.tr("Describe when to declare an outage")]
        self._edit_details(self.tr("Add activation criterion"), activation_criteria=criteria)
        row = len(criteria) - 1
        self.criteria_list.setCurrentRow(row)
        self.criteria_list.setFocus()
        self.criteria_list.editItem(self.criteria_list.item(row))

    def _remove_criterion(self) -> None:
        row = self.criteria_list.currentRow()
        criteria = self._criteria()
        if 0 <= row < len(criteria):
            del criteria[row]
            self._edit_details(self.tr("Remove activation criterion"), activation_criteria=criteria)

    def _criterion_edited(self, item: QListWidgetItem) -> None:
        row = self.criteria_list.row(item)
        criteria = self._criteria()
        text = " ".join(item.text().split())
        if text:
            criteria[row] = text
            title = self.tr("Edit activation criterion")
        else:
            del criteria[row]
            title = self.tr("Remove activation criterion")
        self._edit_details(title, activation_criteria=criteria)

    def _role_selected(self, current: QModelIndex) -> None:
        if current.isValid():
            self._role_id = self.roles_model.role_at(current.row()).id
            self._fill_calls()
            self._update_buttons()

    def _tree_selected(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        self._role_id = item.data(0, Qt.ItemDataRole.UserRole)
        self._select_row(
            self.roles_view, [r.id for r in self.open_plan.plan.details.roles], self._role_id
        )
        self._fill_calls()

    def _add_role(self) -> None:
        roles = list(self.open_plan.plan.details.roles)
        role = Role(id=unique_id("role", {r.id for r in roles}), title=self.tr("New role"))
        self._role_id = role.id
        self._edit_details(self.tr("Add role"), roles=[*roles, role])
        index = self.roles_model.index(self.roles_model.row_of(role.id), 0)
        self.roles_view.setFocus()
        self.roles_view.edit(index)

    def _remove_role(self) -> None:
        roles = self.open_plan.plan.details.roles
        gone = next((role for role in roles if role.id == self._role_id), None)
        if gone is None:
            return
        # Nobody may keep calling a role that no longer exists.
        kept = [
            revise(role, calls=[c for c in role.calls if c != gone.id])
            for role in roles
            if role.id != gone.id
        ]
        self._edit_details(
            self.tr("Remove role %1").replace("%1", gone.title or gone.id), roles=kept
        )

    def _calls_edited(self) -> None:
        roles = list(self.open_plan.plan.details.roles)
        row = next((i for i, role in enumerate(roles) if role.id == self._role_id), None)
        if row is None:
            return
        items = [self.calls_list.item(i) for i in range(self.calls_list.count())]
        calls = [
            item.data(Qt.ItemDataRole.UserRole)
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]
        roles[row] = revise(roles[row], calls=calls)
        self._edit_details(
            self.tr("Change whom %1 calls").replace("%1", roles[row].title or roles[row].id),
            roles=roles,
        )

    def _message_selected(self, current: QModelIndex) -> None:
        if current.isValid():
            self._message_id = self.messages_model.message_at(current.row()).id
            self._fill_message_editor()
            self._update_buttons()

    def _add_message(self) -> None:
        plan = self.open_plan.plan
        messages = list(plan.details.messages)
        covered = {message.audience for message in messages}
        audience = next((a for a in AUDIENCES if a not in covered), "customers")
        channel = message_channels(plan, self.reference)[0]
        language = message_languages(plan, self.reference)[0]
        message = MessageTemplate(
            id=unique_id(f"{audience}-{channel}-{language.lower()}", {m.id for m in messages}),
            audience=audience,
            channel=channel,
            language=language,
            text=self._suggestion(audience, channel, language),
        )
        self._message_id = message.id
        self._edit_details(self.tr("Add message"), messages=[*messages, message])
        self.text_edit.setFocus()

    def _suggestion(self, audience: str, channel: str, language: str) -> str:
        """The suggested message, written in its own language when the app speaks it."""
        digits = self.context.settings.get(DIGITS)
        with speaking(language_for(language, digits)):
            return suggested_message(audience, channel, self.open_plan.plan, self.reference)

    def _use_suggestion(self) -> None:
        message = self._current_message()
        if message is None:
            return
        text = self._suggestion(message.audience, message.channel, message.language)
        messages = [
            revise(m, text=text) if m.id == message.id else m
            for m in self.open_plan.plan.details.messages
        ]
        # its own undo step: typing afterwards must not merge into it
        self._edit_details(self.tr("Use suggested text"), messages=messages)
        self._fill_message_editor()

    def _show_suggestion_note(self, message: MessageTemplate | None) -> None:
        missing = message is not None and not written_in(message.language)
        self.suggest_note.setVisible(missing)
        if missing:
            self.suggest_note.setText(
                self.tr(
                    "There is no suggested text in %1 yet: the suggestion is in English. "
                    "Translate it before you send it."
                ).replace("%1", language_name(message.language))
            )

    def _remove_message(self) -> None:
        messages = self.open_plan.plan.details.messages
        kept = [message for message in messages if message.id != self._message_id]
        if len(kept) != len(messages):
            self._edit_details(self.tr("Remove message"), messages=kept)

    def _set_message(self, field: str, value: str) -> None:
        message = self._current_message()
        if message is None or value is None:
            return
        messages = [
            revise(m, **{field: value}) if m.id == message.id else m
            for m in self.open_plan.plan.details.messages
        ]
        names = {
            "audience": self.tr("Change message audience"),
            "channel": self.tr("Change message channel"),
            "language": self.tr("Change message language"),
            "text": self.tr("Edit message text"),
        }
        self._edit_details(
            names[field], f"details.messages.{message.id}.{field}", messages=messages
        )
