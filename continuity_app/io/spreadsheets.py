"""Functions tables from CSV/XLSX into a plan, and a plan's functions out to CSV/XLSX (no Qt).

The results go out through io/results_export.py."""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from continuity_app.core.channel_mix import MIX_FIELD, WHATSAPP, field_value, mix_field, with_field
from continuity_app.core.fields import field as field_entry
from continuity_app.core.fields import fields
from continuity_app.core.i18n import English, speaking, translate
from continuity_app.core.ids import unique_id
from continuity_app.core.plan import Function, FunctionKind, Range, Uncertain
from continuity_app.io import sheet_writers
from continuity_app.io.table_files import (
    SpreadsheetError,
    cell_text,
    iter_rows,
    read_csv_table,
    read_xlsx_table,
)

if TYPE_CHECKING:  # pandas loads only when a spreadsheet is read or written
    import pandas as pd

TABLE_SUFFIXES = (".csv", ".xlsx", ".xlsm")

# Plan fields a functions table can fill, in the order the mapping shows them: the field
# registry's function fields, whose kinds say which hold shares and which take ranges.
FIELDS: tuple[str, ...] = tuple(entry.key for entry in fields("function"))
REQUIRED: tuple[str, ...] = ("name", "daily_interactions")
# and a share on at least one channel: WhatsApp's column stands for them in a message
MIX: tuple[str, ...] = tuple(f for f in FIELDS if f.startswith(MIX_FIELD))
ROW_INDEX = "row"  # a table's index with this name holds each row's number in the file
_SHARES = frozenset(entry.key for entry in fields("function") if entry.kind == "share")
_WORDS = frozenset(entry.key for entry in fields("function") if entry.kind == "text")
_COUNTS = frozenset(entry.key for entry in fields("function") if entry.kind == "count")
# numbers that take no low – likely – high range
_SINGLE = frozenset(
    entry.key
    for entry in fields("function")
    if entry.kind in ("number", "money", "share") and not entry.uncertain
)


_ENGLISH = English()  # the words of the source text, as a header may use them in any language


def _synonyms(field: str) -> tuple[str, ...]:
    """Header words that point to a field (compared without case, spaces or punctuation): the
    registry's words, then the field's label in English and in the reader's language."""
    entry = next(entry for entry in fields("function") if entry.key == field)
    with speaking(_ENGLISH):
        english = field_entry("function", field).title()
    labels = (_key(english), _key(entry.title()))
    # the export writes the field's key as its header
    return (*entry.synonyms, _key(field), *(label for label in dict.fromkeys(labels) if label))


_KIND_WORDS: dict[str, FunctionKind] = {
    "customerservice": FunctionKind.CUSTOMER_SERVICE,
    "service": FunctionKind.CUSTOMER_SERVICE,
    "support": FunctionKind.CUSTOMER_SERVICE,
    "orders": FunctionKind.ORDERS_SALES,
    "sales": FunctionKind.ORDERS_SALES,
    "orderssales": FunctionKind.ORDERS_SALES,
    "payments": FunctionKind.PAYMENTS,
    "payment": FunctionKind.PAYMENTS,
    "internal": FunctionKind.INTERNAL_COORDINATION,
    "internalcoordination": FunctionKind.INTERNAL_COORDINATION,
    "team": FunctionKind.INTERNAL_COORDINATION,
    "supplier": FunctionKind.SUPPLIER_COORDINATION,
    "suppliers": FunctionKind.SUPPLIER_COORDINATION,
    "suppliercoordination": FunctionKind.SUPPLIER_COORDINATION,
    "marketing": FunctionKind.MARKETING_BROADCAST,
    "broadcast": FunctionKind.MARKETING_BROADCAST,
    "marketingbroadcast": FunctionKind.MARKETING_BROADCAST,
    "appointments": FunctionKind.APPOINTMENTS,
    "appointment": FunctionKind.APPOINTMENTS,
    "bookings": FunctionKind.APPOINTMENTS,
    "delivery": FunctionKind.DELIVERY,
    "deliveries": FunctionKind.DELIVERY,
}


@dataclass(frozen=True)
class RowProblem:
    """One bad cell: ``row`` is the spreadsheet's row number (the header is row 1)."""

    row: int
    column: str | None
    message: str

    def __str__(self) -> str:
        if self.column:
            return translate("Spreadsheets", "row {row}, column {column}: {message}").format(
                row=self.row, column=repr(self.column), message=self.message
            )
        return translate("Spreadsheets", "row {row}: {message}").format(
            row=self.row, message=self.message
        )


class TableProblems(SpreadsheetError):
    """The table was read but some rows are not valid functions."""

    def __init__(self, problems: list[RowProblem]) -> None:
        self.problems = problems
        shown = "; ".join(str(p) for p in problems[:5])
        more = ""
        if len(problems) > 5:
            more = " " + translate("Spreadsheets", "(and %n more)", None, len(problems) - 5)
        super().__init__(shown + more)


def _key(text: object) -> str:
    norm = unicodedata.normalize("NFKD", str(text)).casefold()
    return "".join(c for c in norm if c.isalnum())


# -- reading ----------------------------------------------------------------------------------


def read_functions_table(path: Path | str) -> tuple[pd.DataFrame, dict[str, str]]:
    """Read a CSV or XLSX functions table as text cells; also guess which column is which field.

    Returns the table (every cell a string, empty cells "", the index named "row" holding
    each row's number in the file) and {field: column} for the columns whose titles look
    like a plan field. A workbook's sheet named "Functions" is read if there is one, else
    its first sheet. Files past the limits in ``table_files`` are refused, never half read.
    """
    import pandas as pd

    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in TABLE_SUFFIXES:
        raise SpreadsheetError(
            translate("Spreadsheets", "{name}: choose a .csv or .xlsx file").format(name=path.name)
        )
    raw = read_csv_table(path) if suffix == ".csv" else read_xlsx_table(path)
    rows = list(iter_rows(raw))
    if not rows:
        raise SpreadsheetError(
            translate("Spreadsheets", "{name}: the file is empty").format(name=path.name)
        )
    (_title_row, titles), body = rows[0], rows[1:]
    width = max(len(cells) for _n, cells in rows)
    columns = _column_titles(titles, width)
    frame = pd.DataFrame(
        [cells + [""] * (width - len(cells)) for _n, cells in body],
        columns=columns,
        index=pd.Index([n for n, _cells in body], name=ROW_INDEX, dtype="int64"),
        dtype=object,
    )
    return frame, guess_mapping(columns)


def _column_titles(titles: list[str], width: int) -> list[str]:
    """The titles, stripped; a blank title becomes "Column 3" and a repeated one "Name (2)"."""
    columns: list[str] = []
    for index in range(width):
        title = titles[index].strip() if index < len(titles) else ""
        if not title:
            title = translate("Spreadsheets", "Column {number}").format(number=index + 1)
        unique, count = title, 1
        while unique in columns:
            count += 1
            unique = f"{title} ({count})"
        columns.append(unique)
    return columns


def guess_mapping(columns: Iterable[str]) -> dict[str, str]:
    """{field: column} for the columns whose titles name a field; each column used once."""
    columns = list(columns)
    keys = {c: _key(c) for c in columns}
    mapping: dict[str, str] = {}
    used: set[str] = set()
    for exact in (True, False):
        for field in FIELDS:
            if field in mapping:
                continue
            for word in (_key(field), *_synonyms(field)):
                match = next(
                    (
                        c
                        for c in columns
                        if c not in used
                        and (keys[c] == word if exact else len(word) > 3 and word in keys[c])
                    ),
                    None,
                )
                if match is not None:
                    mapping[field] = match
                    used.add(match)
                    break
    return mapping


# -- turning rows into functions --------------------------------------------------------------

_SEPARATORS = re.compile(r"\s*[–—/;]\s*|\s+-\s+|\s*\.\.\s*")
_THOUSANDS = re.compile(r"^-?\d{1,3}(,\d{3})+(\.\d+)?$")
_SLASHED_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")


def _is_date(text: str) -> bool:
    """A date such as 01/02/2024 (either order), which would read as the range 1 – 2 – 2024."""
    match = _SLASHED_DATE.fullmatch(text)
    if match is None:
        return False
    first, second, year = (int(group) for group in match.groups())
    return 1900 <= year <= 2100 and min(first, second) <= 12 and 1 <= max(first, second) <= 31


def _number(text: str) -> float:
    cleaned = text.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    thousands = _THOUSANDS.match(cleaned)
    return float(cleaned.replace(",", "") if thousands else cleaned.replace(",", "."))


def parse_cell(text: object, field: str) -> Uncertain | int | str | None:
    """One cell as the field's value; ValueError says what is wrong. Empty gives None.

    A formula is never computed: in a number column its text is refused with the way out.
    """
    if text is None or (isinstance(text, float) and math.isnan(text)):
        return None  # a missing cell in a table built by code
    text = str(text).strip()
    if not text:
        return None
    if field in _WORDS:
        return text
    if field == "kind":
        return _kind(text)
    if len(text) > _LONGEST_NUMBER:  # long enough to be no number, and to slow the regexes
        raise ValueError(_not_a_number(text, field))
    if text.startswith("="):
        raise ValueError(
            translate(
                "Spreadsheets",
                "{text} is a formula, and formulas are not computed here; type the value "
                "itself (or paste values only) in the spreadsheet",
            ).format(text=_quoted(text))
        )
    if _is_date(text):
        raise ValueError(
            translate("Spreadsheets", "{text} is a date, not a number; {hint}").format(
                text=_quoted(text), hint=_hint(field)
            )
        )
    percent = field in _SHARES and "%" in text
    parts = [p for p in _SEPARATORS.split(text.replace("%", "")) if p]
    try:
        numbers = [_number(p) for p in parts]
    except ValueError:
        raise ValueError(_not_a_number(text, field)) from None
    if not numbers or not all(math.isfinite(n) for n in numbers):
        raise ValueError(
            translate("Spreadsheets", "{text} is not a finite number; {hint}").format(
                text=_quoted(text), hint=_hint(field)
            )
        )
    if percent:  # "80 %" in a share column
        numbers = [n / 100 for n in numbers]
    if field in _COUNTS:
        if len(numbers) != 1 or numbers[0] != int(numbers[0]):
            raise ValueError(
                translate("Spreadsheets", "{text} is not a whole number of people").format(
                    text=_quoted(text)
                )
            )
        return int(numbers[0])
    if field in _SINGLE:
        if len(numbers) != 1:
            raise ValueError(
                translate("Spreadsheets", "{text}: give one number").format(text=_quoted(text))
            )
        return numbers[0]
    if len(numbers) == 1:
        return numbers[0]
    if len(numbers) == 3:
        low, mid, high = numbers
        if not low <= mid <= high:
            raise ValueError(
                translate(
                    "Spreadsheets", "{text}: low – likely – high must be in rising order"
                ).format(text=_quoted(text))
            )
        return Range(low=low, likely=mid, high=high)
    raise ValueError(
        translate("Spreadsheets", "{text}: give one number or low – likely – high").format(
            text=_quoted(text)
        )
    )


_LONGEST_NUMBER = 100


def _quoted(text: str) -> str:
    """A cell's text as a message quotes it: in quotes, cut short when long."""
    return repr(text if len(text) <= 40 else text[:37] + "...")


def _not_a_number(text: str, field: str) -> str:
    return translate("Spreadsheets", "{text} is not a number; {hint}").format(
        text=_quoted(text), hint=_hint(field)
    )


def _hint(field: str) -> str:
    """What the column holds, in its words and units, with an example (the registry's)."""
    hint = next((entry.sheet_hint for entry in fields("function") if entry.key == field), "")
    return hint or translate("Spreadsheets", "write a number")


def _kind(text: str) -> FunctionKind:
    key = _key(text)
    for kind in FunctionKind:
        if key == _key(kind.value):
            return kind
    if key in _KIND_WORDS:
        return _KIND_WORDS[key]
    for word, kind in _KIND_WORDS.items():
        if len(word) > 4 and word in key:
            return kind
    names = ", ".join(k.value for k in FunctionKind)
    raise ValueError(
        translate("Spreadsheets", "{text} is not a kind of function; use one of {kinds}").format(
            text=_quoted(text), kinds=names
        )
    )


def _slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:40]
    return slug or "function"


def functions_from_table(
    df: pd.DataFrame,
    mapping: Mapping[str, str | None],
    *,
    existing_ids: Iterable[str] = (),
) -> list[Function]:
    """Validated functions, one per row; TableProblems lists every bad cell by row and column.

    ``mapping`` is {field: column}; unmapped fields keep the plan's defaults (kind: customer
    service). Ids come from an "id" column or from the names, unique among themselves and
    ``existing_ids``.
    """
    mapping = {f: c for f, c in mapping.items() if c}
    problems: list[RowProblem] = []
    missing = [field_entry("function", f).title() for f in REQUIRED if f not in mapping]
    mixed = [f for f in MIX if f in mapping]
    if not mixed:  # the share on at least one app
        missing.append(field_entry("function", mix_field(WHATSAPP)).title())
    if missing:
        message = translate("Spreadsheets", "choose a column for {fields}").format(
            fields=", ".join(missing)
        )
        raise TableProblems([RowProblem(1, None, message)])
    for field, column in mapping.items():
        if field not in FIELDS:
            raise TableProblems([RowProblem(1, column, f"{field!r} is not a function field")])
        if column not in df.columns:
            message = translate("Spreadsheets", "no such column in the table")
            raise TableProblems([RowProblem(1, column, message)])
    taken = set(existing_ids)
    functions: list[Function] = []
    # a table read from a file knows its rows' numbers; one built by code has the header at 1
    numbers = df.index if df.index.name == ROW_INDEX else range(2, len(df) + 2)
    for number, row in zip(numbers, df.itertuples(index=False), strict=True):
        cells = dict(zip(df.columns, row, strict=True))
        values: dict[str, Any] = {}
        bad = False
        for field, column in mapping.items():
            try:
                value = parse_cell(cells[column], field)
            except ValueError as error:
                problems.append(RowProblem(number, column, str(error)))
                bad = True
                continue
            if value is not None:
                values[field] = value
        if bad:
            continue
        empty = translate("Spreadsheets", "empty", "a required cell with nothing in it")
        for field in REQUIRED:
            if field not in values:
                problems.append(RowProblem(number, mapping[field], empty))
                bad = True
        if not any(field in values for field in mixed):
            problems.append(RowProblem(number, mapping[mixed[0]], empty))
            bad = True
        if bad:
            continue
        for field in mixed:
            values = with_field(values, field, values.pop(field, None))
        values.setdefault("kind", FunctionKind.CUSTOMER_SERVICE)
        values["id"] = unique_id(_slug(str(values.get("id") or values["name"])), taken)
        number = int(number)
        try:
            function = Function.model_validate(values)
        except ValidationError as error:
            for item in error.errors():
                field = str(item["loc"][0]) if item["loc"] else "kind"
                message = str(item["msg"]).removeprefix("Value error, ")
                column = mapping.get(field, field)
                if field == "channel_mix":  # one channel's share, or what they add up to
                    one = mix_field(str(item["loc"][1])) if len(item["loc"]) > 1 else None
                    column = mapping.get(one or "") or ", ".join(str(mapping[f]) for f in mixed)
                problems.append(RowProblem(number, column, message))
            continue
        taken.add(function.id)
        functions.append(function)
    if problems:
        raise TableProblems(problems)
    return functions


def functions_table(functions: Iterable[Function]) -> tuple[list[str], list[list[Any]]]:
    """The plan's functions as a table the importer reads back: one column per field.

    Uncertain values are written "low – likely – high", exactly as the importer parses them.
    """
    functions = list(functions)
    # WhatsApp's share, and the other channels some function has
    used = {mix_field(c) for f in functions for c in f.channel_mix} | {mix_field(WHATSAPP)}
    header = [f for f in FIELDS if f not in MIX or f in used]
    rows = []
    for function in functions:
        values = function.model_dump(mode="json")
        row: list[Any] = []
        for field in header:
            value = field_value(function, field)
            if isinstance(value, Range):
                row.append(" – ".join(cell_text(v) for v in (value.low, value.likely, value.high)))
            elif isinstance(value, FunctionKind):
                row.append(value.value)
            elif field in MIX:
                row.append(value)
            else:
                row.append(values[field])
        rows.append(row)
    return header, rows


def export_functions_table(path: Path | str, functions: Iterable[Function]) -> None:
    """Write the functions table atomically as .csv or .xlsx, for editing and importing back."""
    path = sheet_writers.export_path(path)
    header, rows = functions_table(functions)
    if path.suffix.lower() == ".xlsx":
        sheets = {"Functions": (header, rows)}
        sheet_writers.write_atomically(
            path, lambda temporary: sheet_writers.write_xlsx(temporary, sheets)
        )
    else:
        sheet_writers.write_atomically(
            path, lambda temporary: sheet_writers.write_csv(temporary, header, rows)
        )
