"""Regenerate this folder's tiny hostile tables: `python tests/hostile/spreadsheets/make_corpus.py`.

expected.json says what each file must give: "imports" (with the function names), or the
words the refusal or the row problems must contain.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[2]))  # the checkout, for the tests package

from openpyxl import Workbook  # noqa: E402

from tests.io.spreadsheet_builders import header_row, inline, number, write_xlsx  # noqa: E402

TITLES = "Name,Per day,Share\n"


def _workbook(rows: list[list[object]]) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = "Functions"
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def main() -> None:
    (HERE / "nul_bytes.csv").write_bytes(b"Name,Per day,Share\nA\x00,1,0.5\n")
    (HERE / "latin1.csv").write_bytes("Name,Per day,Share\nCaf\u00e9,1,0.5\n".encode("latin-1"))
    (HERE / "utf16_tabs.csv").write_bytes(
        "Name\tPer day\tShare\nCaf\u00e9\t12\t80 %\n".encode("utf-16")
    )
    (HERE / "not_numbers.csv").write_text(
        TITLES + "A,NaN,0.5\nB,inf,0.5\nC,1e4300,0.5\nD,TRUE,0.5\nE,2024-01-05,0.5\n"
        "F,=A2*3,0.5\nG,12,-0.5\n"
    )
    (HERE / "formula_names.csv").write_text(
        TITLES + '\'=HYPERLINK("http://x";"click"),10,0.5\n"\'=cmd|\' /C calc\'!A0",10,0.5\n'
        "'+1,10,0.5\n'-Orders,10,0.5\n'@SUM(1),10,0.5\n"
    )
    (HERE / "wide.csv").write_text(",".join(f"c{i}" for i in range(101)) + "\n")
    (HERE / "bad_quotes.csv").write_text(TITLES + 'A,"1\n')
    (HERE / "not_a_workbook.xlsx").write_text("Name,Per day,Share\nA,1,0.5\n")
    (HERE / "encrypted.xlsx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504)
    good = _workbook([["Name", "Per day", "Share"], ["A", 1, 0.5]])
    (HERE / "truncated.xlsx").write_bytes(good[: len(good) // 2])
    # a workbook whose sheet part is missing: openpyxl raises KeyError
    with (
        zipfile.ZipFile(io.BytesIO(good)) as source,
        zipfile.ZipFile(HERE / "missing_sheet.xlsx", "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for member in source.infolist():
            if not member.filename.startswith("xl/worksheets/"):
                target.writestr(member, source.read(member))
    # a sheet part whose stored bytes were damaged after zipping: bad CRC or bad deflate data
    raw = bytearray(good)
    at = raw.find(b"xl/worksheets/sheet1.xml") + len("xl/worksheets/sheet1.xml") + 8
    raw[at : at + 4] = bytes(b ^ 0xFF for b in raw[at : at + 4])
    (HERE / "damaged_data.xlsx").write_bytes(bytes(raw))
    write_xlsx(
        HERE / "xfd1048576.xlsx",
        [header_row(), '<row r="1048576">' + inline("XFD1048576", "x") + "</row>"],
        dimension="A1:XFD1048576",
    )
    write_xlsx(
        HERE / "wide_row.xlsx", [header_row(), '<row r="2">' + inline("CW2", "x") + "</row>"]
    )
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        "<si><t>&b;</t></si></sst>"
    )
    write_xlsx(HERE / "entities.xlsx", [header_row()], shared_strings=[laughs])
    write_xlsx(
        HERE / "nan_cells.xlsx",
        [
            header_row(),
            f'<row r="2">{inline("A2", "A")}{number("B2", "NaN")}{number("C2", "0.5")}</row>',
            f'<row r="3">{inline("A3", "B")}{number("B3", "1e4300")}{number("C3", "0.5")}</row>',
        ],
    )
    (HERE / "typed_cells.xlsx").write_bytes(
        _workbook(
            [
                ["Name", "Per day", "Share"],
                ["Yes", True, 0.5],
                ["When", dt.datetime(2024, 1, 5), 0.5],
                ["Sum", "=1+2", 0.5],
                ['=HYPERLINK("http://x","click")', 4, 0.5],
            ]
        )
    )


if __name__ == "__main__":
    main()
