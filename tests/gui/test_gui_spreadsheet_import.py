"""Spreadsheet import dialog: mapping, per-row problems, add and replace as one undo step."""

from __future__ import annotations

import pandas as pd

from continuity_app.gui.spreadsheet_dialog import SpreadsheetImportDialog
from tests.paths import HOSTILE


def _table(tmp_path, share: str = "0.5"):
    path = tmp_path / "functions.csv"
    pd.DataFrame(
        {"Process": ["Cakes", "Questions"], "Per day": ["12", "30"], "WA": ["0.9", share]}
    ).to_csv(path, index=False)
    return path


def test_add_functions_then_undo(qtbot, app_context, tmp_path):
    open_plan = app_context.open_plan
    before = open_plan.plan
    dialog = SpreadsheetImportDialog(app_context)
    qtbot.addWidget(dialog)
    assert dialog.load(_table(tmp_path))
    assert dialog.combos["name"].currentData() == "Process"
    dialog.set_column("daily_interactions", "Per day")
    dialog.set_column("mix.whatsapp", "WA")
    assert dialog.problems == [] and dialog.import_button.isEnabled()
    dialog.import_button.click()
    assert [f.name for f in open_plan.plan.functions[-2:]] == ["Cakes", "Questions"]
    assert len(open_plan.plan.functions) == len(before.functions) + 2
    open_plan.undo_stack.undo()
    assert open_plan.plan == before


def test_bad_cell_is_named_and_blocks_import(qtbot, app_context, tmp_path):
    dialog = SpreadsheetImportDialog(app_context)
    qtbot.addWidget(dialog)
    dialog.load(_table(tmp_path, share="1.7"))
    dialog.set_column("daily_interactions", "Per day")
    dialog.set_column("mix.whatsapp", "WA")
    assert dialog.problems == ["Row 3, column “WA”: 1.7 is not between 0 and 1"]
    assert not dialog.import_button.isEnabled()


def test_replace_drops_old_fallbacks(qtbot, app_context, tmp_path):
    open_plan = app_context.open_plan
    dialog = SpreadsheetImportDialog(app_context)
    qtbot.addWidget(dialog)
    dialog.load(_table(tmp_path))
    dialog.set_column("daily_interactions", "Per day")
    dialog.set_column("mix.whatsapp", "WA")
    dialog.replace_radio.setChecked(True)
    dialog.import_button.click()
    assert [f.id for f in open_plan.plan.functions] == ["cakes", "questions"]
    assert open_plan.plan.fallbacks == []
    assert open_plan.undo_stack.count() == 1


def test_refused_file_shows_the_reason_not_a_traceback(qtbot, app_context, tmp_path):

    corpus = HOSTILE / "spreadsheets"
    dialog = SpreadsheetImportDialog(app_context)
    qtbot.addWidget(dialog)
    assert dialog.load(_table(tmp_path))
    for name, words in [
        ("xfd1048576.xlsx", "the sheet has 1,048,576 rows; a functions table has at most 5,000"),
        ("encrypted.xlsx", "is password-protected or an old-style .xls workbook"),
        ("nul_bytes.csv", "contains NUL characters"),
    ]:
        assert not dialog.load(corpus / name)
        assert len(dialog.problems) == 1
        assert dialog.problems[0].startswith(name) and words in dialog.problems[0]
        assert dialog.problems_list.item(0).text() == dialog.problems[0]
        assert not dialog.import_button.isEnabled()
        assert dialog.preview.rowCount() == 0


def test_problem_rows_are_the_files_row_numbers(qtbot, app_context, tmp_path):
    path = tmp_path / "gaps.csv"
    path.write_text("Process,Per day,WA\n\nCakes,12,0.9\n\nQuestions,30,1.7\n", encoding="utf-8")
    dialog = SpreadsheetImportDialog(app_context)
    qtbot.addWidget(dialog)
    dialog.load(path)
    dialog.set_column("daily_interactions", "Per day")
    dialog.set_column("mix.whatsapp", "WA")
    assert dialog.problems == ["Row 5, column “WA”: 1.7 is not between 0 and 1"]
    assert dialog.preview.verticalHeaderItem(1).text() == "5"
    assert dialog.preview.item(1, 2).toolTip() == "1.7 is not between 0 and 1"


def test_functions_saved_as_a_table_import_back_unchanged(qtbot, app_context, tmp_path):
    from continuity_app.core.plan import revise

    open_plan = app_context.open_plan
    hostile = '=HYPERLINK("http://x","click")'
    first, *rest = open_plan.plan.functions
    open_plan.edit(
        revise(open_plan.plan, functions=[first.model_copy(update={"name": hostile}), *rest]),
        "rename",
    )
    original = open_plan.plan.functions
    dialog = SpreadsheetImportDialog(app_context)
    qtbot.addWidget(dialog)
    for suffix in (".xlsx", ".csv"):
        path = tmp_path / f"functions{suffix}"
        assert dialog.write_functions(path)
        assert dialog.load(path)
        dialog.replace_radio.setChecked(True)
        assert dialog.problems == []
        assert [f.model_dump() for f in dialog.functions] == [
            f.model_dump(exclude={"hourly_profile", "weekday_profile"})
            | {"hourly_profile": None, "weekday_profile": None}
            for f in original
        ]
        assert dialog.functions[0].name == hostile


def test_a_failed_save_is_reported(qtbot, app_context, tmp_path, monkeypatch):
    from continuity_app.gui import spreadsheet_dialog

    shown = []
    monkeypatch.setattr(
        spreadsheet_dialog.QMessageBox, "critical", lambda _p, title, text: shown.append(text)
    )
    dialog = SpreadsheetImportDialog(app_context)
    qtbot.addWidget(dialog)
    assert not dialog.write_functions(tmp_path / "no-such-folder" / "functions.xlsx")
    assert len(shown) == 1 and "cannot write" in shown[0]


def test_a_table_with_a_column_per_app_imports_each_functions_mix(qtbot, app_context, tmp_path):
    path = tmp_path / "channels.csv"
    pd.DataFrame(
        {
            "Activity": ["Orders", "Questions"],
            "Per day": ["40", "25"],
            "WhatsApp %": ["60 %", "80 %"],
            "Instagram %": ["30 %", ""],
            "Facebook": ["", "0.1"],
        }
    ).to_csv(path, index=False)
    dialog = SpreadsheetImportDialog(app_context)
    qtbot.addWidget(dialog)
    dialog.resize(1000, 700)
    assert dialog.load(path)
    # the app's columns are recognised from their headers
    assert dialog.combos["mix.whatsapp"].currentData() == "WhatsApp %"
    assert dialog.combos["mix.instagram"].currentData() == "Instagram %"
    assert dialog.combos["mix.facebook"].currentData() == "Facebook"
    dialog.set_column("daily_interactions", "Per day")
    assert dialog.problems == [] and dialog.import_button.isEnabled()
    dialog.import_button.click()
    orders, questions = app_context.open_plan.plan.functions[-2:]
    assert orders.channel_mix == {"whatsapp": 0.6, "instagram": 0.3}
    assert questions.channel_mix == {"whatsapp": 0.8, "facebook": 0.1}


def test_apps_adding_up_to_more_than_the_whole_are_named_in_their_columns(
    qtbot, app_context, tmp_path
):
    path = tmp_path / "over.csv"
    pd.DataFrame(
        {"Name": ["Orders"], "Per day": ["40"], "WhatsApp": ["80 %"], "Instagram": ["30 %"]}
    ).to_csv(path, index=False)
    dialog = SpreadsheetImportDialog(app_context)
    qtbot.addWidget(dialog)
    assert dialog.load(path)
    dialog.set_column("daily_interactions", "Per day")
    assert not dialog.import_button.isEnabled()
    (problem,) = dialog.problems
    assert "110%" in problem and "WhatsApp, Instagram" in problem
