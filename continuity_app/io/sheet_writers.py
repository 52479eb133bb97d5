"""Tables written to CSV and XLSX with no live formula in them, whatever the text says.

A function named =HYPERLINK("http://x","click") or =cmd|' /C calc'!A0 must reach the
spreadsheet program as text. In XLSX a text cell is never a formula (openpyxl would make
any string starting with "=" one, so the type is set back to text, and Excel's
quote-prefix flag keeps it text should the user edit the cell). CSV has no types, so
formula-like text gets an apostrophe in front (OWASP's CSV injection advice), which the
CSV reader removes again. Numbers stay numbers, negative ones included.
"""

from __future__ import annotations

import csv
import math
import numbers
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from continuity_app.core.i18n import translate
from continuity_app.io.atomic import replacing
from continuity_app.io.formula_guard import escape_formula, looks_like_formula
from continuity_app.io.table_files import SpreadsheetError

if TYPE_CHECKING:
    import pandas as pd

Row = Sequence[Any]


def _plain(value: Any) -> Any:
    """None, bool, int, float or str: numpy and pandas scalars as plain Python values."""
    if value is None or isinstance(value, (bool, str)):
        return value
    if type(value).__name__ in ("NAType", "NaTType"):  # pandas' missing values
        return None
    if hasattr(value, "item") and not isinstance(value, (int, float)):  # numpy scalars
        value = value.item()
    if isinstance(value, bool):
        return value
    if isinstance(value, numbers.Integral):
        return int(value)
    if isinstance(value, numbers.Real):
        number = float(value)
        return None if math.isnan(number) else number
    return str(value)


def csv_cell(value: Any) -> str:
    """A value as CSV text: numbers as digits, text made inert, nothing for missing."""
    value = _plain(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isinf(value):  # "-inf" would start a formula
            return escape_formula("inf" if value > 0 else "-inf")
        return repr(value)
    return escape_formula(value)


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Row]) -> None:
    """A UTF-8 CSV table; every cell goes through ``csv_cell``."""
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([csv_cell(title) for title in header])
        for row in rows:
            writer.writerow([csv_cell(value) for value in row])


def set_cell(cell: Any, value: Any) -> None:
    """Put a value in an openpyxl cell: text always as text, never as a formula."""
    value = _plain(value)
    if isinstance(value, float) and math.isinf(value):
        value = "inf" if value > 0 else "-inf"
    if isinstance(value, str):
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

        # control characters cannot be stored in XLSX at all (openpyxl refuses them)
        value = ILLEGAL_CHARACTERS_RE.sub("\ufffd", value)
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"  # openpyxl typed "=..." as a formula
        if looks_like_formula(value):
            cell.quotePrefix = True  # edited in Excel, it stays text


def write_xlsx(path: Path, sheets: Mapping[str, tuple[Sequence[str], Sequence[Row]]]) -> None:
    """A workbook with one sheet per table: titles in row 1, frozen; columns fit to content."""
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    book = Workbook()
    book.remove(book.active)
    for title, (header, rows) in sheets.items():
        sheet = book.create_sheet(title=title)
        for column, text in enumerate(header, start=1):
            set_cell(sheet.cell(row=1, column=column), text)
        for number, row in enumerate(rows, start=2):
            for column, value in enumerate(row, start=1):
                set_cell(sheet.cell(row=number, column=column), value)
        for column, text in enumerate(header, start=1):
            longest = max([len(str(text)), *(len(str(row[column - 1])) for row in rows[:200])])
            sheet.column_dimensions[get_column_letter(column)].width = min(longest + 2, 60)
        sheet.freeze_panes = "A2"
    book.save(path)


def export_path(path: Path | str) -> Path:
    """The path to write a table to; SpreadsheetError unless it ends in .csv or .xlsx."""
    path = Path(path)
    if path.suffix.lower() not in (".csv", ".xlsx"):
        raise SpreadsheetError(
            translate("Spreadsheets", "{name}: give a file name ending in .csv or .xlsx").format(
                name=path.name
            )
        )
    return path


def header_and_rows(frame: pd.DataFrame) -> tuple[list[str], list[list[Any]]]:
    """A data frame as a header and rows of cells."""
    return [str(c) for c in frame.columns], [list(row) for row in frame.itertuples(index=False)]


def write_atomically(path: Path, write: Callable[[Path], None]) -> None:
    """Run `write` on a temporary file that replaces `path` once written; SpreadsheetError
    says why the file cannot be written."""
    try:
        with replacing(path, suffix=path.suffix.lower()) as temporary:
            write(temporary)
    except OSError as error:
        raise SpreadsheetError(
            translate("Spreadsheets", "cannot write {path}: {error}").format(
                path=path, error=error.strerror or error
            )
        ) from None
