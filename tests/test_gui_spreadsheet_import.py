"""Spreadsheet import dialog: mapping, per-row problems, add and replace as one undo step."""

from __future__ import annotations

import pandas as pd

from continuity_app.gui.spreadsheet_dialog import SpreadsheetImportDialog


def _table(tmp_path, share: str = "0.5"):
    path = tmp_path / "functions.csv"
    pd.DataFrame(
        {"Process": ["Cakes", "Questions"], "Per day": ["12", "30"], "WA": ["0.9", share]}
    ).to_csv(path, index=False)
    return path


def test_add_functions_then_undo(qtbot, app_context, tmp_path):
    document = app_context.document
    before = document.plan
    dialog = SpreadsheetImportDialog(app_context)
    qtbot.addWidget(dialog)
    assert dialog.load(_table(tmp_path))
    assert dialog.combos["name"].currentData() == "Process"
    dialog.set_column("daily_interactions", "Per day")
    dialog.set_column("whatsapp_share", "WA")
    assert dialog.problems == [] and dialog.import_button.isEnabled()
    dialog.import_button.click()
    assert [f.name for f in document.plan.functions[-2:]] == ["Cakes", "Questions"]
    assert len(document.plan.functions) == len(before.functions) + 2
    document.undo_stack.undo()
    assert document.plan == before


def test_bad_cell_is_named_and_blocks_import(qtbot, app_context, tmp_path):
    dialog = SpreadsheetImportDialog(app_context)
    qtbot.addWidget(dialog)
    dialog.load(_table(tmp_path, share="1.7"))
    dialog.set_column("daily_interactions", "Per day")
    dialog.set_column("whatsapp_share", "WA")
    assert dialog.problems == ["Row 3, column “WA”: 1.7 is not between 0 and 1"]
    assert not dialog.import_button.isEnabled()


def test_replace_drops_old_fallbacks(qtbot, app_context, tmp_path):
    document = app_context.document
    dialog = SpreadsheetImportDialog(app_context)
    qtbot.addWidget(dialog)
    dialog.load(_table(tmp_path))
    dialog.set_column("daily_interactions", "Per day")
    dialog.set_column("whatsapp_share", "WA")
    dialog.replace_radio.setChecked(True)
    dialog.import_button.click()
    assert [f.id for f in document.plan.functions] == ["cakes", "questions"]
    assert document.plan.fallbacks == []
    assert document.undo_stack.count() == 1
