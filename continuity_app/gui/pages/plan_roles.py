"""The Plan page's roles and contact tree: who holds each role and whom each one calls."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from continuity_app.core.i18n import translate
from continuity_app.core.plan import Role
from continuity_app.core.plan_edits import AddRole, RemoveRole, SetRoleField
from continuity_app.gui.formatting import LRI, PDI
from continuity_app.gui.pages.plan_messages import isolated

if TYPE_CHECKING:
    from continuity_app.gui.models.roles_model import RolesModel
    from continuity_app.gui.open_plan import OpenPlan
    from continuity_app.gui.pages.base import Page as _PageBase
else:
    _PageBase = object


class RolesTab(_PageBase):
    """The Plan page's Roles and contact tree tab: a part of PlanPage (its texts are
    PlanPage's, for the translations), kept in its own module."""

    # what PlanPage gives the tab
    open_plan: OpenPlan
    roles_model: RolesModel
    _role_id: str | None

    if TYPE_CHECKING:

        def _update_buttons(self) -> None: ...

        @staticmethod
        def _select_row(view: QTableView, ids: list[str], wanted: str | None) -> None: ...

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

    def _fill_tree(self, roles: list[Role]) -> None:
        by_id = {role.id: role for role in roles}
        called = {callee for role in roles for callee in role.calls}
        shown: set[str] = set()

        def add(parent: QTreeWidget | QTreeWidgetItem, role: Role, path: frozenset[str]) -> None:
            shown.add(role.id)
            phone = f"{LRI}{role.phone}{PDI}" if role.phone else ""
            item = QTreeWidgetItem(parent, [isolated(role.title), isolated(role.holder), phone])
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
                self.calls_label.setText(
                    translate("PlanPage", "Select a role to choose whom it calls.")
                )
                return
            name = selected.title or selected.id
            if len(roles) == 1:
                self.calls_label.setText(
                    translate("PlanPage", "Add another role to choose whom '%1' calls.").replace(
                        "%1", name
                    )
                )
                return
            self.calls_label.setText(
                translate("PlanPage", "When an outage is declared, '%1' calls:").replace("%1", name)
            )
            for role in roles:
                if role.id == selected.id:
                    continue
                label = f"{role.title} — {role.holder}" if role.holder else role.title
                item = QListWidgetItem(isolated(label))
                item.setData(Qt.ItemDataRole.UserRole, role.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                checked = role.id in selected.calls
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                self.calls_list.addItem(item)

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
        edit = AddRole()
        self._role_id = edit.new_id(self.open_plan.plan)
        self.open_plan.apply(edit)
        index = self.roles_model.index(self.roles_model.row_of(self._role_id), 0)
        self.roles_view.setFocus()
        self.roles_view.edit(index)

    def _remove_role(self) -> None:
        role_id = self._role_id
        if role_id is not None and any(r.id == role_id for r in self.open_plan.plan.details.roles):
            self.open_plan.apply(RemoveRole(role_id))

    def _calls_edited(self) -> None:
        role_id = self._role_id
        if role_id is None or not any(r.id == role_id for r in self.open_plan.plan.details.roles):
            return
        items = [self.calls_list.item(i) for i in range(self.calls_list.count())]
        calls = [
            item.data(Qt.ItemDataRole.UserRole)
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]
        self.open_plan.apply(SetRoleField(role_id, "calls", calls))
