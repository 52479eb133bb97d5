"""Reads a reference CSV file into rows whose typed accessors name file, line and column."""

from __future__ import annotations

import csv
import math
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TypeVar

from continuity_app.core.reference.records import ReferenceDataError
from continuity_app.core.reference.vocabulary import CONFIDENCE_LEVELS

_T = TypeVar("_T")
# the codes and times the files use: ISO 3166-1 alpha-2, ISO 4217, HH:MM
_CODE2 = re.compile(r"[A-Z]{2}")
_CODE3 = re.compile(r"[A-Z]{3}")
_TIME = re.compile(r"([01]\d|2[0-3]):[0-5]\d")


class _Row:
    """One CSV record with typed accessors whose errors name file, line and column."""

    def __init__(self, file: str, line: int, values: dict[str, str]) -> None:
        self.file = file
        self.line = line
        self.values = values

    def error(self, column: str, message: str) -> ReferenceDataError:
        return ReferenceDataError(f"{self.file} line {self.line}, column {column}: {message}")

    def text(self, column: str, required: bool = False) -> str:
        value = self.values[column].strip()
        if required and not value:
            raise self.error(column, "is empty")
        return value

    def optional(self, column: str) -> str | None:
        return self.text(column) or None

    def choice(self, column: str, allowed: frozenset[str], required: bool = True) -> str | None:
        value = self.text(column, required=required)
        if not value:
            return None
        if value not in allowed:
            raise self.error(column, f"{value!r} is not one of {', '.join(sorted(allowed))}")
        return value

    def number(self, column: str) -> float | None:
        value = self.text(column)
        if not value:
            return None
        try:
            number = float(value)
        except ValueError:
            raise self.error(column, f"{value!r} is not a number") from None
        if not math.isfinite(number):
            raise self.error(column, f"{value!r} is not a finite number")
        return number

    def required_number(self, column: str) -> float:
        number = self.number(column)
        if number is None:
            raise self.error(column, "is empty")
        return number

    def non_negative(self, column: str) -> float | None:
        number = self.number(column)
        if number is not None and number < 0:
            raise self.error(column, f"{number:g} is negative")
        return number

    def share(self, column: str) -> float | None:
        number = self.number(column)
        if number is not None and not 0.0 <= number <= 1.0:
            raise self.error(column, f"{number:g} is outside 0..1 (shares are fractions)")
        return number

    def integer(self, column: str) -> int | None:
        value = self.text(column)
        if not value:
            return None
        try:
            return int(value)
        except ValueError:
            raise self.error(column, f"{value!r} is not a whole number") from None

    def year(self, column: str) -> int | None:
        year = self.integer(column)
        if year is not None and not 1900 <= year <= 2100:
            raise self.error(column, f"{year} is not a plausible year")
        return year

    def flag(self, column: str) -> bool | None:
        value = self.text(column)
        if value == "yes":
            return True
        if value == "no":
            return False
        if value:
            raise self.error(column, f"{value!r} is not yes, no or empty")
        return None

    def required_flag(self, column: str) -> bool:
        flag = self.flag(column)
        if flag is None:
            raise self.error(column, "is empty (must be yes or no)")
        return flag

    def items(self, column: str) -> list[str]:
        """A ';'-separated list, each item stripped of spaces, empty items dropped."""
        return [item.strip() for item in self.text(column).split(";") if item.strip()]

    def id_list(self, column: str, known: Iterable[str], what: str) -> frozenset[str]:
        known_set = set(known)
        items = self.items(column)
        for item in items:
            if item not in known_set:
                raise self.error(column, f"unknown {what} {item!r}")
        return frozenset(items)

    def provenance(self) -> tuple[str, str]:
        source = self.text("source", required=True)
        return source, self.choice("confidence", CONFIDENCE_LEVELS) or ""


def _rows(path: Path, columns: tuple[str, ...]) -> Iterator[_Row]:
    name = path.name
    try:
        handle = path.open(encoding="utf-8", newline="")
    except OSError as exc:
        raise ReferenceDataError(f"{name}: cannot be read ({exc.strerror})") from exc
    with handle:
        reader = csv.reader(handle, strict=True)
        try:
            header = next(reader, None)
            if header is None:
                raise ReferenceDataError(f"{name} line 1: the file is empty")
            # A spreadsheet may save a byte-order mark; it is not part of the first column name.
            header = [column.strip().lstrip("\ufeff") for column in header]
            for column in columns:
                if column not in header:
                    raise ReferenceDataError(f"{name} line 1, column {column}: missing from header")
            index = {column: header.index(column) for column in columns}
            for record in reader:
                if not any(cell.strip() for cell in record):
                    continue
                if len(record) != len(header):
                    raise ReferenceDataError(
                        f"{name} line {reader.line_num}: {len(record)} fields, "
                        f"the header has {len(header)}"
                    )
                values = {column: record[i] for column, i in index.items()}
                yield _Row(name, reader.line_num, values)
        except csv.Error as exc:
            raise ReferenceDataError(f"{name} line {reader.line_num}: {exc}") from exc
        except UnicodeDecodeError as exc:
            raise ReferenceDataError(f"{name}: not valid UTF-8 ({exc.reason})") from exc


def _keyed(
    path: Path, columns: tuple[str, ...], key: str, make: Callable[[_Row], _T]
) -> dict[str, _T]:
    items: dict[str, _T] = {}
    for row in _rows(path, columns):
        ident = row.text(key, required=True)
        if ident in items:
            raise row.error(key, f"duplicate id {ident!r}")
        items[ident] = make(row)
    return items
