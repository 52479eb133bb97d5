"""CSV and XLSX files read as rows of text cells, within limits a functions table never reaches.

Every input is hostile until read: a pipe or /dev/zero named table.csv, a workbook whose
declared grid is 16,384 x 1,048,576 cells, a zip that unpacks to gigabytes, an XML entity
bomb, a cell of a billion characters. Each limit is checked before the work it protects,
and each refusal is a SpreadsheetError naming the file, the problem and the way out.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import math
import time
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import NoReturn
from xml.parsers import expat

from continuity_app.core.display import format_file_size
from continuity_app.core.i18n import number, translate
from continuity_app.io.formula_guard import unescape_formula
from continuity_app.io.regular_files import FileTooLarge, NotARegularFile, read_regular

# A functions table lists a business's functions: dozens, rarely hundreds. The limits are
# far above that and far below what would exhaust memory or time.
MAX_FILE_BYTES = 20_000_000
MAX_ROWS = 5_000  # sheet rows, the title row included
MAX_COLUMNS = 100
MAX_CELL_CHARS = 10_000
MAX_SECONDS = 30.0
MAX_MEMBERS = 1_000
MAX_MEMBER_BYTES = 32_000_000  # one part of an .xlsx, unpacked
MAX_UNPACKED_BYTES = 64_000_000  # all parts of an .xlsx, unpacked

_CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # password-protected .xlsx and old .xls
_CHUNK = 64 * 1024


class SpreadsheetError(ValueError):
    """A table file that is refused or cannot be read; the message says why and what to do."""


@dataclass
class RawTable:
    """Rows of text cells as read, each with its row number in the file or sheet (from 1)."""

    rows: list[tuple[int, list[str]]] = field(default_factory=list)


# -- the file itself --------------------------------------------------------------------------


def read_regular_file(path: Path) -> bytes:
    """The bytes of a regular file of at most MAX_FILE_BYTES; pipes and devices are refused."""
    try:
        data = read_regular(path, MAX_FILE_BYTES)
    except FileNotFoundError:
        raise SpreadsheetError(
            translate("Spreadsheets", "{path}: no such file").format(path=path)
        ) from None
    except NotARegularFile:
        raise SpreadsheetError(
            translate(
                "Spreadsheets",
                "{name} is not a regular file (it is a folder, a pipe or a device). "
                "Choose the spreadsheet file itself.",
            ).format(name=path.name)
        ) from None
    except FileTooLarge as error:
        raise SpreadsheetError(_too_big(path, error.size or MAX_FILE_BYTES + 1)) from None
    except OSError as error:
        raise SpreadsheetError(
            translate("Spreadsheets", "{path} cannot be read: {reason}.").format(
                path=path, reason=error.strerror or error
            )
        ) from None
    if not data:
        raise SpreadsheetError(
            translate("Spreadsheets", "{name}: the file is empty").format(name=path.name)
        )
    return data


def _too_big(path: Path, size: int) -> str:
    return translate(
        "Spreadsheets",
        "{name} is {size}; a functions table file is at most {limit}. "
        "Keep only the functions table in the file and save it again.",
    ).format(name=path.name, size=format_file_size(size), limit=format_file_size(MAX_FILE_BYTES))


# -- limits shared by both formats ------------------------------------------------------------


class _Limits:
    """Row, column, cell and time limits, with the refusal each one gives."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.deadline = time.monotonic() + MAX_SECONDS

    def rows(self, rows: int | str) -> SpreadsheetError:
        shown = number(rows) if isinstance(rows, int) else rows
        return SpreadsheetError(
            translate(
                "Spreadsheets",
                "{name}: the sheet has {rows} rows; a functions table has at most {limit}. "
                "Delete the rows below the table (or copy the table to a new sheet) and "
                "save it again.",
            ).format(name=self.path.name, rows=shown, limit=number(MAX_ROWS))
        )

    def columns(self, columns: int | str) -> SpreadsheetError:
        shown = number(columns) if isinstance(columns, int) else columns
        return SpreadsheetError(
            translate(
                "Spreadsheets",
                "{name}: the sheet has {columns} columns; a functions table has at most "
                "{limit}. Delete the columns right of the table and save it again.",
            ).format(name=self.path.name, columns=shown, limit=number(MAX_COLUMNS))
        )

    def cell(self, where: str, length: int | str) -> SpreadsheetError:
        return SpreadsheetError(
            translate(
                "Spreadsheets",
                "{name}: {cell} holds {length} characters; a cell of a functions table holds "
                "at most {limit}. Shorten that cell and save the file again.",
            ).format(
                name=self.path.name,
                cell=where,
                length=number(length) if isinstance(length, int) else length,
                limit=number(MAX_CELL_CHARS),
            )
        )

    def check_time(self) -> None:
        if time.monotonic() > self.deadline:
            raise SpreadsheetError(
                translate(
                    "Spreadsheets",
                    "{name}: reading the table took more than {seconds} seconds, far longer "
                    "than a functions table needs. Keep only the functions table in the file "
                    "and save it again.",
                ).format(name=self.path.name, seconds=number(MAX_SECONDS))
            )


# -- CSV --------------------------------------------------------------------------------------


def read_csv_table(path: Path) -> RawTable:
    """A CSV file's rows; the separator (comma, semicolon or tab) is told from the first line."""
    data = read_regular_file(path)
    text = _decode(path, data)
    limits = _Limits(path)
    first = next((line for line in io.StringIO(text) if line.strip()), "")
    delimiter = _delimiter(first[: MAX_COLUMNS * MAX_CELL_CHARS])
    table = RawTable()
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for cells in reader:
            line = reader.line_num
            if line > MAX_ROWS:
                raise limits.rows(_more_than(MAX_ROWS))
            if len(cells) > MAX_COLUMNS:
                raise limits.columns(len(cells))
            for index, cell in enumerate(cells):
                if len(cell) > MAX_CELL_CHARS:
                    where = translate("Spreadsheets", "line {line}, cell {column}").format(
                        line=number(line), column=number(index + 1)
                    )
                    raise limits.cell(where, len(cell))
            if line % 256 == 0:
                limits.check_time()
            table.rows.append((line, [unescape_formula(c) for c in cells]))
    except csv.Error as error:
        if "field larger than field limit" in str(error):
            where = translate("Spreadsheets", "line {line}").format(line=number(reader.line_num))
            raise limits.cell(where, _more_than(csv.field_size_limit())) from None
        raise SpreadsheetError(
            translate(
                "Spreadsheets",
                "{name}: line {line} cannot be read as CSV ({error}). Open the file in your "
                "spreadsheet program and save it again as CSV UTF-8.",
            ).format(name=path.name, line=number(reader.line_num), error=error)
        ) from None
    return table


def _more_than(limit: int) -> str:
    return translate("Spreadsheets", "more than {limit}").format(limit=number(limit))


def _not_text(path: Path) -> SpreadsheetError:
    return SpreadsheetError(
        translate(
            "Spreadsheets",
            "{name} contains NUL characters, so it is not a text table (perhaps a "
            "workbook or another binary file named .csv). Save the table as CSV UTF-8 "
            "or as .xlsx and try again.",
        ).format(name=path.name)
    )


def _decode(path: Path, data: bytes) -> str:
    """Text from UTF-8 (with or without a BOM) or UTF-16 with a BOM (Excel's "Unicode text")."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        encoding = "utf-8-sig"
        if b"\x00" in data:
            raise _not_text(path)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        raise SpreadsheetError(
            translate(
                "Spreadsheets", "{name}: not UTF-8 text; save the table as CSV UTF-8 or as .xlsx"
            ).format(name=path.name)
        ) from None
    if "\x00" in text:
        raise _not_text(path)
    return text


def _delimiter(first_line: str) -> str:
    """The separator the title line uses most, outside quotes; a comma when there is none."""
    counts = dict.fromkeys((",", ";", "\t"), 0)
    quoted = False
    for char in first_line:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(counts, key=lambda c: counts[c])
    return best if counts[best] else ","


# -- XLSX -------------------------------------------------------------------------------------


def read_xlsx_table(path: Path, preferred_sheet: str = "Functions") -> RawTable:
    """A workbook's rows: the sheet named ``preferred_sheet`` if there is one, else the first.

    Formulas are never computed: a formula cell reads as its text ("=A2*3").
    """
    data = read_regular_file(path)
    limits = _Limits(path)
    if data.startswith(_CFB_MAGIC):
        raise SpreadsheetError(
            translate(
                "Spreadsheets",
                "{name} is password-protected or an old-style .xls workbook. Remove the "
                "password (or save it as .xlsx) in your spreadsheet program and try again.",
            ).format(name=path.name)
        )
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    # NotImplementedError: a damaged directory asks for a zip version Python does not read
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        OSError,
        ValueError,
        EOFError,
        NotImplementedError,
    ):
        raise _not_a_workbook(path) from None
    with archive:
        _check_members(path, archive, limits)
        return _read_sheet(path, archive, data, preferred_sheet, limits)


def _not_a_workbook(path: Path) -> SpreadsheetError:
    return SpreadsheetError(
        translate(
            "Spreadsheets",
            "{name} is not an Excel workbook (.xlsx). Save the table as .xlsx or as CSV "
            "UTF-8 and try again.",
        ).format(name=path.name)
    )


def _damaged(path: Path, detail: object) -> SpreadsheetError:
    return SpreadsheetError(
        translate(
            "Spreadsheets",
            "{name}: the workbook is damaged and cannot be read ({detail}). Open it in your "
            "spreadsheet program and save it again, or save the table as CSV UTF-8.",
        ).format(name=path.name, detail=detail)
    )


def _unpacks_too_big(path: Path, size: int) -> SpreadsheetError:
    return SpreadsheetError(
        translate(
            "Spreadsheets",
            "{name}: the workbook unpacks to more than {size}, far more than a functions "
            "table needs, so it is not opened. Copy the functions table into a new workbook "
            "and save that.",
        ).format(name=path.name, size=format_file_size(size))
    )


def _check_members(path: Path, archive: zipfile.ZipFile, limits: _Limits) -> None:
    """Refuse a zip bomb or an XML entity bomb before openpyxl unpacks anything.

    The declared sizes are checked first (cheap), then every part is unpacked as a stream
    and counted, since a crafted zip may declare less than it holds. XML parts are parsed
    by expat with declarations refused: spreadsheet programs never write a DOCTYPE, and
    entities are how a few kilobytes of XML expand to gigabytes.
    """
    members = archive.infolist()
    if len(members) > MAX_MEMBERS:
        raise _damaged(path, translate("Spreadsheets", "too many parts"))
    declared = 0
    for member in members:
        if member.file_size > MAX_MEMBER_BYTES:
            raise _unpacks_too_big(path, member.file_size)
        declared += member.file_size
        if declared > MAX_UNPACKED_BYTES:
            raise _unpacks_too_big(path, declared)
    total = 0
    for member in members:
        if member.flag_bits & 0x1:
            raise SpreadsheetError(
                translate(
                    "Spreadsheets",
                    "{name} is password-protected. Remove the password in your spreadsheet "
                    "program and try again.",
                ).format(name=path.name)
            )
        scanner = _XmlScanner(path, limits) if member.filename.endswith((".xml", ".rels")) else None
        total += _unpack(path, archive, member, scanner, limits, MAX_UNPACKED_BYTES - total)


def _unpack(
    path: Path,
    archive: zipfile.ZipFile,
    member: zipfile.ZipInfo,
    scanner: _XmlScanner | None,
    limits: _Limits,
    allowance: int,
) -> int:
    """Unpack one part as a stream, at most ``allowance`` bytes; its size."""
    size = 0
    try:
        with archive.open(member) as stream:
            while chunk := stream.read(_CHUNK):
                size += len(chunk)
                if size > min(allowance, MAX_MEMBER_BYTES):
                    raise _unpacks_too_big(path, MAX_UNPACKED_BYTES)
                if scanner is not None:
                    scanner.feed(chunk)
                limits.check_time()
        if scanner is not None:
            scanner.close()
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as error:
        raise _damaged(path, error) from None
    except NotImplementedError as error:  # a compression method Python cannot unpack
        raise _damaged(path, error) from None
    return size


class _XmlScanner:
    """Stream-parse one XML part, refusing DOCTYPEs and entities; optionally count cells."""

    def __init__(
        self, path: Path, limits: _Limits, on_start: Callable[..., None] | None = None
    ) -> None:
        self.path = path
        self.parser = expat.ParserCreate()
        self.parser.StartDoctypeDeclHandler = self._refuse
        self.parser.EntityDeclHandler = self._refuse
        self.parser.ExternalEntityRefHandler = self._refuse
        if on_start is not None:
            self.parser.StartElementHandler = on_start

    def _refuse(self, *_args: object) -> NoReturn:
        raise SpreadsheetError(
            translate(
                "Spreadsheets",
                "{name}: the workbook holds XML declarations that spreadsheet programs never "
                "write (a way to make a small file expand without end), so it is not opened. "
                "Copy the table into a new workbook and save that.",
            ).format(name=self.path.name)
        )

    def feed(self, chunk: bytes) -> None:
        try:
            self.parser.Parse(chunk, False)
        except expat.ExpatError as error:
            raise _damaged(self.path, error) from None

    def close(self) -> None:
        try:
            self.parser.Parse(b"", True)
        except expat.ExpatError as error:
            raise _damaged(self.path, error) from None


class _SheetShape:
    """Counts a worksheet's rows and columns from its XML, refusing past the limits.

    openpyxl builds a whole row before handing it over, so a row of a million cells must be
    refused before openpyxl reads it; the declared dimension is not trusted, only used to
    tell the user how big the sheet claims to be.
    """

    def __init__(self, limits: _Limits) -> None:
        self.limits = limits
        self.row = 0
        self.cells_in_row = 0
        self.declared_rows: int | None = None

    def start(self, name: str, attributes: dict[str, str]) -> None:
        local = name.rpartition("}")[2].rpartition(":")[2]
        if local == "dimension":
            self.declared_rows = _declared_rows(attributes.get("ref", ""))
        elif local == "row":
            self.row = _row_number(attributes.get("r"), self.row + 1)
            self.cells_in_row = 0
            if self.row > MAX_ROWS:
                # the declared size, when it covers this row, is the size the user sees
                declared = self.declared_rows or 0
                raise self.limits.rows(declared if declared >= self.row else _more_than(MAX_ROWS))
        elif local == "c":
            self.cells_in_row += 1
            column = _column_number(attributes.get("r", ""), self.cells_in_row)
            if column > MAX_COLUMNS or self.cells_in_row > MAX_COLUMNS:
                raise self.limits.columns(max(column, self.cells_in_row))


def _row_number(text: str | None, default: int) -> int:
    try:
        return int(float(text)) if text else default
    except (ValueError, OverflowError):
        return default


def _column_number(reference: str, default: int) -> int:
    letters = "".join(c for c in reference if c.isalpha()).upper()
    if not letters or not letters.isascii():
        return default
    value = 0
    for letter in letters[:8]:
        value = value * 26 + ord(letter) - 64
    return value


def _declared_rows(reference: str) -> int | None:
    last = reference.rpartition(":")[2]
    digits = "".join(c for c in last if c.isdigit())
    return int(digits[:9]) if digits else None


def _read_sheet(
    path: Path, archive: zipfile.ZipFile, data: bytes, preferred: str, limits: _Limits
) -> RawTable:
    import warnings

    from openpyxl import load_workbook

    try:
        with warnings.catch_warnings():  # openpyxl warns about styles and extensions it skips
            warnings.simplefilter("ignore")
            # read_only: rows stream from the XML instead of building the whole grid
            book = load_workbook(
                io.BytesIO(data), read_only=True, data_only=False, keep_links=False
            )
    except SpreadsheetError:
        raise
    except Exception as error:  # openpyxl's errors on a bad workbook have no common base
        raise _damaged(path, f"{type(error).__name__}: {error}") from None
    try:
        names = book.sheetnames
        if not names:
            raise _damaged(path, translate("Spreadsheets", "no sheets"))
        chosen = next((n for n in names if n.casefold() == preferred.casefold()), names[0])
        sheet = book[chosen]
        member = getattr(sheet, "_worksheet_path", None)
        if member:
            shape = _SheetShape(limits)
            scanner = _XmlScanner(path, limits, shape.start)
            try:
                info = archive.getinfo(member)
            except KeyError:
                raise _damaged(path, member) from None
            _unpack(path, archive, info, scanner, limits, MAX_UNPACKED_BYTES)
        return _sheet_rows(path, sheet, limits)
    except SpreadsheetError:
        raise
    except Exception as error:  # a part openpyxl reads lazily may be the broken one
        raise _damaged(path, f"{type(error).__name__}: {error}") from None
    finally:
        book.close()


def _sheet_rows(path: Path, sheet: object, limits: _Limits) -> RawTable:
    from openpyxl.utils import get_column_letter

    sheet.reset_dimensions()  # type: ignore[attr-defined]  # never trust the declared size
    table = RawTable()
    for number_, row in enumerate(sheet.iter_rows(), start=1):  # type: ignore[attr-defined]
        if number_ > MAX_ROWS:
            raise limits.rows(_more_than(MAX_ROWS))
        if len(row) > MAX_COLUMNS:
            raise limits.columns(len(row))
        cells = []
        for index, cell in enumerate(row):
            text = cell_text(getattr(cell, "value", None))
            if len(text) > MAX_CELL_CHARS:
                where = translate("Spreadsheets", "cell {cell}").format(
                    cell=f"{get_column_letter(index + 1)}{number_}"
                )
                raise limits.cell(where, len(text))
            cells.append(text)
        if number_ % 256 == 0:
            limits.check_time()
        if any(cells):
            table.rows.append((number_, cells))
    return table


def cell_text(value: object) -> str:
    """A cell's value as the text a user would type for it; formulas stay their text.

    Whole numbers lose the ".0" Excel gives them; dates become ISO dates (so a date in a
    number column is refused by the column's check, never read as a serial number).
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if math.isfinite(value) and value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, str):
        # exports write formula-like text as text cells without an apostrophe: nothing to undo
        return value
    return str(getattr(value, "text", value))  # ArrayFormula and the like: their text


def iter_rows(table: RawTable) -> Iterator[tuple[int, list[str]]]:
    """The rows with at least one non-blank cell."""
    return ((n, cells) for n, cells in table.rows if any(c.strip() for c in cells))
