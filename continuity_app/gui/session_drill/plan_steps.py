"""Drill steps on the Plan page: details, roles and the contact tree, messages."""

from __future__ import annotations

from PySide6.QtCore import (
    Qt,
)
from PySide6.QtTest import QTest

from continuity_app.gui.session_drill.keyboard import WORDS, DrillInput, _keys


class PlanSteps(DrillInput):
    """Steps that edit the written plan: details, roles and messages."""

    def plan_details(self) -> None:
        page = self.plan_page
        self._show(page)
        page.tabs.setCurrentIndex(0)
        roll = self.rng.random()
        if roll < 0.45:
            edit = self.rng.choice((page.owner_edit, page.approver_edit, page.version_edit))
            self._type(edit, " ".join(self.rng.sample(WORDS, 2)))
        elif roll < 0.6:
            page.summary_edit.setFocus()
            _keys(page.summary_edit, " " + self.rng.choice(WORDS))
        elif roll < 0.75 and page.criteria_list.count() < 6:
            page.add_criterion_button.click()
            QTest.keyClick(self.app.focusWidget() or page.criteria_list, Qt.Key.Key_Escape)
        elif roll < 0.85 and page.criteria_list.count():
            page.criteria_list.setCurrentRow(self.rng.randrange(page.criteria_list.count()))
            page.remove_criterion_button.click()
        elif page.criteria_list.count():
            item = page.criteria_list.item(self.rng.randrange(page.criteria_list.count()))
            item.setText(" ".join(self.rng.sample(WORDS, 4)))

    def roles(self) -> None:
        page = self.plan_page
        self._show(page)
        page.tabs.setCurrentIndex(1)
        model = page.roles_model
        roll = self.rng.random()
        if (roll < 0.15 and model.rowCount() < 6) or not model.rowCount():
            page.add_role_button.click()
            QTest.keyClick(self.app.focusWidget() or page.roles_view, Qt.Key.Key_Escape)
        elif roll < 0.25 and model.rowCount() > 1:
            page.roles_view.setCurrentIndex(model.index(self.rng.randrange(model.rowCount()), 0))
            page.remove_role_button.click()
        elif roll < 0.45 and page.calls_list.count():
            item = page.calls_list.item(self.rng.randrange(page.calls_list.count()))
            checked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
        elif roll < 0.55 and page.tree.topLevelItemCount():
            page.tree.setCurrentItem(page.tree.topLevelItem(0))
        else:
            row = self.rng.randrange(model.rowCount())
            column = self.rng.randrange(model.columnCount())
            text = self.rng.choice(("+970 59 123 4567", " ".join(self.rng.sample(WORDS, 2))))
            self._edit_cell(page.roles_view, model.index(row, column), text)

    def messages(self) -> None:
        page = self.plan_page
        self._show(page)
        page.tabs.setCurrentIndex(2)
        model = page.messages_model
        roll = self.rng.random()
        if (roll < 0.1 and model.rowCount() < 6) or not model.rowCount():
            page.add_message_button.click()
        elif roll < 0.18 and model.rowCount() > 1:
            page.messages_view.setCurrentIndex(model.index(self.rng.randrange(model.rowCount()), 0))
            page.remove_message_button.click()
        elif roll < 0.3:
            page.messages_view.setCurrentIndex(model.index(self.rng.randrange(model.rowCount()), 0))
        elif roll < 0.55:
            self._combo_key(
                self.rng.choice((page.audience_combo, page.channel_combo, page.language_combo))
            )
        elif roll < 0.62:
            page.suggest_button.click()
        else:
            page.text_edit.setFocus()
            _keys(page.text_edit, " " + " ".join(self.rng.sample(WORDS, 2)))
