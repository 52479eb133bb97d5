"""Functions tables from CSV/XLSX (mapping, per-cell errors) and results exported to sheets."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from continuity_app.core.plan import FunctionKind, Range
from continuity_app.io.results_export import export_results
from continuity_app.io.spreadsheets import (
    SpreadsheetError,
    TableProblems,
    functions_from_table,
    parse_cell,
    read_functions_table,
)

ROWS = {
    "name": ["Orders", "Questions", "Drivers"],
    "kind": ["orders_sales", "customer service", "delivery"],
    "daily_interactions": ["40 – 60 – 90", "40", "25"],
    "mix.whatsapp": ["0.9", "80 %", "1"],
    "revenue_per_interaction": ["35", "0", ""],
}


def _write(frame: pd.DataFrame, path: Path) -> Path:
    if path.suffix == ".csv":
        frame.to_csv(path, index=False)
    else:
        frame.to_excel(path, index=False)
    return path


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_round_trip_with_guessed_columns(tmp_path, suffix):
    path = _write(pd.DataFrame(ROWS), tmp_path / f"functions{suffix}")
    frame, detected = read_functions_table(path)
    assert detected == {field: field for field in ROWS}
    functions = functions_from_table(frame, detected)
    assert [f.name for f in functions] == ["Orders", "Questions", "Drivers"]
    assert [f.id for f in functions] == ["orders", "questions", "drivers"]
    assert functions[0].daily_interactions == Range(low=40, likely=60, high=90)
    assert functions[1].kind is FunctionKind.CUSTOMER_SERVICE
    assert functions[1].channel_mix["whatsapp"] == pytest.approx(0.8)
    assert functions[2].revenue_per_interaction == 0


def test_renamed_columns_are_mapped(tmp_path):
    frame = pd.DataFrame(
        {
            "Process": ["Orders", "Support"],
            "Msgs/day": ["60", "12"],
            "WA %": ["90%", "50%"],
            "Notes": ["busy", ""],
        }
    )
    path = _write(frame, tmp_path / "renamed.csv")
    table, detected = read_functions_table(path)
    assert detected.get("name") == "Process"
    mapping = {"name": "Process", "daily_interactions": "Msgs/day", "mix.whatsapp": "WA %"}
    functions = functions_from_table(table, mapping, existing_ids=["orders"])
    assert [f.id for f in functions] == ["orders-2", "support"]
    shares = [f.channel_mix["whatsapp"] for f in functions]
    assert shares == [pytest.approx(0.9), pytest.approx(0.5)]


def test_bad_value_names_row_and_column(tmp_path):
    frame = pd.DataFrame(
        {"Name": ["A", "B", "C"], "Per day": ["1", "2", "3"], "Share": ["0.5", "0.2", "1.7"]}
    )
    table, _ = read_functions_table(_write(frame, tmp_path / "bad.xlsx"))
    mapping = {"name": "Name", "daily_interactions": "Per day", "mix.whatsapp": "Share"}
    with pytest.raises(TableProblems) as info:
        functions_from_table(table, mapping)
    assert str(info.value) == "row 4, column 'Share': 1.7 is not between 0 and 1"
    assert info.value.problems[0].row == 4


def test_text_in_a_number_column_and_a_missing_mapping(tmp_path):
    frame = pd.DataFrame({"Name": ["A"], "Per day": ["lots"], "Share": ["0.5"]})
    table, _ = read_functions_table(_write(frame, tmp_path / "t.csv"))
    with pytest.raises(TableProblems, match="row 2, column 'Per day': 'lots' is not a number"):
        functions_from_table(
            table, {"name": "Name", "daily_interactions": "Per day", "mix.whatsapp": "Share"}
        )
    with pytest.raises(TableProblems, match=r"choose a column for On WhatsApp \(%\)"):
        functions_from_table(table, {"name": "Name", "daily_interactions": "Per day"})


def test_unreadable_tables(tmp_path):
    empty = tmp_path / "e.csv"
    empty.write_text("")
    with pytest.raises(SpreadsheetError, match="empty"):
        read_functions_table(empty)
    fake = tmp_path / "fake.xlsx"
    fake.write_text("not a workbook")
    with pytest.raises(SpreadsheetError, match=r"fake\.xlsx"):
        read_functions_table(fake)
    with pytest.raises(SpreadsheetError, match=r"csv or \.xlsx"):
        read_functions_table(tmp_path / "plan.pdf")


@pytest.fixture(scope="module")
def results():
    from continuity_app.core.evaluation import evaluate
    from continuity_app.core.montecarlo import simulate
    from continuity_app.core.recommend import recommend
    from continuity_app.core.reference import load_reference
    from continuity_app.io.examples import load_example

    plan = load_example("ramallah-bakery")
    reference = load_reference()
    return (
        evaluate(plan, reference),
        simulate(plan, reference, trials=300, seed=1),
        recommend(plan, reference),
        plan,
    )


def test_export_writes_the_sheets(tmp_path, results):
    path = tmp_path / "results.xlsx"
    export_results(path, *results)
    sheets = pd.read_excel(path, sheet_name=None)
    assert {"Scenarios", "Functions", "Actions", "Portfolio", "Warnings"} <= set(sheets)
    evaluation, _mc, recommendations, plan = results
    assert len(sheets["Scenarios"]) == len(evaluation.scenarios)
    assert list(sheets["Functions"]["function"]) == [f.id for f in plan.functions]
    assert len(sheets["Actions"]) == len(recommendations.actions)
    assert [p.name for p in tmp_path.iterdir()] == ["results.xlsx"]  # no temporary left


def test_export_csv_is_one_table(tmp_path, results):
    path = tmp_path / "results.csv"
    export_results(path, *results)
    table = pd.read_csv(path)
    assert table.columns[0] == "table"
    assert {"Summary", "Scenarios", "Functions", "Actions"} <= set(table["table"])


def test_export_without_slow_results(tmp_path, results):
    evaluation, _mc, _rec, plan = results
    path = tmp_path / "quick.xlsx"
    export_results(path, evaluation, None, None, plan)
    assert pd.read_excel(path, sheet_name="Actions").empty
    with pytest.raises(SpreadsheetError, match=r"csv or \.xlsx"):
        export_results(tmp_path / "r.ods", evaluation, None, None, plan)


@pytest.mark.parametrize("text", ["01/02/2024", "31/12/2023", "12/31/2023"])
def test_a_date_in_a_number_column_is_refused_not_read_as_a_range(text):
    with pytest.raises(ValueError, match="is a date, not a number"):
        parse_cell(text, "daily_interactions")


def test_slashed_ranges_are_still_ranges():
    assert parse_cell("40/60/90", "daily_interactions") == Range(low=40, likely=60, high=90)
    assert parse_cell("5/10/1200", "daily_interactions") == Range(low=5, likely=10, high=1200)
