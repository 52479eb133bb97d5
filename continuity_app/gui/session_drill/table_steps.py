"""Drill steps in the tables: functions, fallbacks and scenarios, cells and rows."""

from __future__ import annotations

from PySide6.QtCore import (
    Qt,
)
from PySide6.QtTest import QTest

from continuity_app.gui.session_drill.keyboard import WORDS, DrillInput


class TableSteps(DrillInput):
    """Steps that edit the functions, fallbacks and scenarios tables and panels."""

    def functions_cell(self) -> None:
        from continuity_app.gui.models.functions_model import COLUMNS

        page = self.functions
        self._show(page)
        model = page.model
        if not model.rowCount():
            page.add_button.click()
            return
        row = self.rng.randrange(model.rowCount())
        column = self.rng.randrange(len(COLUMNS))
        kind = COLUMNS[column].kind
        index = model.index(row, column)
        before = self.open_plan.plan
        rng = self.rng
        if rng.random() < 0.1:  # open the editor and press Enter: nothing may change
            self._edit_cell(page.table, index, None)
            if self.open_plan.plan != before:
                raise AssertionError(
                    f"opening and closing the editor of {COLUMNS[column].field} changed the plan"
                )
            return
        if kind in ("text",):
            text = " ".join(rng.sample(WORDS, 2))
        elif kind == "kind":
            text = ""  # the combo box editor picks a kind
        elif kind == "share":
            text = self._range(rng.uniform(0, 100), 100)
        elif kind == "integer":
            text = str(rng.randrange(0, 50))
        elif kind == "number":
            text = self._number(rng.uniform(1, 6), 1)
        else:
            text = self._range(rng.uniform(0, 300), 500)
        invalid = kind not in ("kind", "text") and rng.random() < 0.25
        if invalid:
            text = self._bad_text() if rng.random() < 0.6 else self._number(rng.uniform(101, 999))
            if kind not in ("share",) and not text[0].isalpha() and text[0] not in "-?":
                text = "-" + text  # a negative count, amount or duration
        page.error.clear()
        self._edit_cell(page.table, index, text)
        if invalid:
            self._refuse_unless_changed(before, text, page.error.text)

    def functions_rows(self) -> None:
        page = self.functions
        self._show(page)
        adding = self.rng.random() < 0.5 or page.model.rowCount() < 2
        if adding and page.model.rowCount() < 8:
            page.add_button.click()
            return
        row = self.rng.randrange(page.model.rowCount())
        page.table.setCurrentIndex(page.model.index(row, 0))
        page.remove_button.click()

    def channel_mix(self) -> None:
        """Add a channel to the selected function's mix, type a share (now and then one that
        takes the mix past 100%), or remove one."""
        from continuity_app.gui.models.channel_mix_model import SHARE

        page = self.functions
        self._show(page)
        if not page.model.rowCount():
            return
        page.table.setCurrentIndex(page.model.index(self.rng.randrange(page.model.rowCount()), 0))
        box = page.mix_box
        model = box.model
        roll = self.rng.random()
        if roll < 0.3 and box.add.count() > 1:
            box.add.activated.emit(self.rng.randrange(1, box.add.count()))
            editor = self._editor(box.table)  # the new channel's share, open for typing
            if editor is not None:
                QTest.keyClick(editor, Qt.Key.Key_Escape)
            return
        if not model.rowCount():
            return
        row = self.rng.randrange(model.rowCount())
        if roll < 0.45:
            box.table.setCurrentIndex(model.index(row, 0))
            box.remove_button.click()
            return
        before = self.open_plan.plan
        invalid = self.rng.random() < 0.25
        text = self._number(self.rng.uniform(0, 40)) if not invalid else self._bad_text()
        if self.rng.random() < 0.15:
            text = self._number(self.rng.uniform(101, 300))  # past the whole by itself
            invalid = True
        page.error.clear()
        self._edit_cell(box.table, model.index(row, SHARE), text)
        if invalid:
            self._refuse_unless_changed(before, text, page.error.text)

    def fallbacks_cell(self) -> None:
        page = self.fallbacks
        self._show(page)
        model = page.model
        if not model.rowCount():
            return
        if self.rng.random() < 0.15:
            button = (
                page.delay_button if page.readiness_button.isChecked() else page.readiness_button
            )
            button.click()
        row, column = self.rng.randrange(model.rowCount()), self.rng.randrange(model.columnCount())
        index = model.index(row, column)
        before = self.open_plan.plan
        rng = self.rng
        readiness = page.readiness_button.isChecked()
        invalid = rng.random() < 0.2
        if invalid:
            text = self._bad_text() if rng.random() < 0.5 else self._number(-rng.uniform(1, 50))
            if readiness and rng.random() < 0.5:
                text = self._number(rng.uniform(101, 500))
        elif readiness:
            text = "" if rng.random() < 0.1 else self._range(rng.uniform(5, 100), 100)
        else:
            text = self._number(rng.uniform(0, 48), 1)
        page.error.clear()
        if not self._edit_cell(page.table, index, text):
            return  # a delay without a fallback: the cell is not editable
        if invalid:
            self._refuse_unless_changed(before, text, page.error.text)

    def scenarios_cell(self) -> None:
        from continuity_app.gui.models.scenarios_model import DURATION, FREQUENCY, NAME

        page = self.scenarios
        self._show(page)
        model = page.model
        row = self.rng.randrange(model.rowCount())
        column = self.rng.choice((NAME, DURATION, DURATION, FREQUENCY, FREQUENCY))
        before = self.open_plan.plan
        if self.rng.random() < 0.1:
            self._edit_cell(page.table, model.index(row, column), None)
            if self.open_plan.plan != before:
                raise AssertionError(
                    "opening and closing a scenario cell's editor changed the plan"
                )
            return
        if column == NAME:
            text = " ".join(self.rng.sample(WORDS, 3))
        elif column == DURATION:
            text = self._number(self.rng.uniform(0.5, 160), 1)
        else:
            text = self._number(self.rng.uniform(0, 4), 2)
        self._edit_cell(page.table, model.index(row, column), text)

    def scenario_panel(self) -> None:
        page = self.scenarios
        self._show(page)
        page.select(self.rng.randrange(page.model.rowCount()))
        roll = self.rng.random()
        if roll < 0.4:
            item = page.layers.item(self.rng.randrange(page.layers.count()))
            checked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
        elif roll < 0.6:
            page.pin.click()
        elif roll < 0.8 and page.weekday.isEnabled():
            self._combo_key(page.weekday)
        elif page.time.isEnabled():
            QTest.keyClick(page.time, self.rng.choice((Qt.Key.Key_Up, Qt.Key.Key_Down)))

    def scenarios_rows(self) -> None:
        page = self.scenarios
        self._show(page)
        roll = self.rng.random()
        if roll < 0.3 and page.model.rowCount() < 8:
            page.add_custom.click()
        elif roll < 0.55 and page.model.rowCount() < 8:
            page._fill_preset_menu()
            actions = [a for a in page.preset_menu.actions() if a.isEnabled()]
            if actions:
                self.rng.choice(actions).trigger()
        elif page.remove.isEnabled():
            page.select(self.rng.randrange(page.model.rowCount()))
            page.remove.click()
