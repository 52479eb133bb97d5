"""Hostile tables: bombs refused in bounded time and memory, no traceback, no live formula out."""

from __future__ import annotations

import csv
import io
import json
import os
import struct
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from continuity_app.core.plan import Function, FunctionKind, Range
from continuity_app.io import table_files
from continuity_app.io.formula_guard import escape_formula, unescape_formula
from continuity_app.io.results_export import export_results
from continuity_app.io.sheet_writers import csv_cell
from continuity_app.io.spreadsheets import (
    SpreadsheetError,
    TableProblems,
    export_functions_table,
    functions_from_table,
    read_functions_table,
)
from tests.io.spreadsheet_builders import header_row, inline, number, write_xlsx
from tests.paths import HOSTILE, REPO_ROOT

CORPUS = HOSTILE / "spreadsheets"
EXPECTED = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))
FIRST_THREE = ("name", "daily_interactions", "mix.whatsapp")
QUICK = 10.0  # seconds: every refusal comes long before this


def _import(path: Path) -> list[Function]:
    frame, _guess = read_functions_table(path)
    mapping = dict(zip(FIRST_THREE, frame.columns, strict=False))
    return functions_from_table(frame, mapping)


# -- the corpus -------------------------------------------------------------------------------


def test_every_corpus_file_has_an_expectation():
    files = {p.name for p in CORPUS.iterdir() if p.suffix in (".csv", ".xlsx")}
    assert files == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_corpus(name):
    expected = EXPECTED[name]
    path = CORPUS / name
    started = time.monotonic()
    if "imports" in expected:
        assert [f.name for f in _import(path)] == expected["imports"]
    elif "problems" in expected:
        with pytest.raises(TableProblems) as info:
            _import(path)
        assert str(info.value) == expected["problems"]
    else:
        with pytest.raises(SpreadsheetError) as info:
            _import(path)
        message = str(info.value)
        assert not isinstance(info.value, TableProblems)
        assert message.startswith(name) and expected["refused"] in message
        assert "Traceback" not in message
    assert time.monotonic() - started < QUICK


# -- bombs, generated -------------------------------------------------------------------------


def _refusal(path: Path) -> str:
    started = time.monotonic()
    with pytest.raises(SpreadsheetError) as info:
        read_functions_table(path)
    assert time.monotonic() - started < QUICK
    assert str(info.value).startswith(path.name)
    return str(info.value)


def _blanks(megabytes: int):
    chunk = b" " * (1 << 20)
    for _ in range(megabytes):
        yield chunk


def test_zip_bomb_is_refused_by_its_declared_size(tmp_path):
    path = write_xlsx(tmp_path / "bomb.xlsx", [header_row(), *_blanks(200)])
    assert path.stat().st_size < 1_000_000
    assert "the workbook unpacks to more than 209.7 MB" in _refusal(path)


def _lie_about_size(path: Path, member: str, declared: int) -> None:
    """Rewrite the sizes a zip declares for ``member`` (local and central headers)."""
    data = bytearray(path.read_bytes())
    name = member.encode()
    for signature, size_at in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = data.find(signature)
        while at != -1:
            name_at = at + (30 if signature == b"PK\x03\x04" else 46)
            if data[name_at : name_at + len(name)] == name:
                data[at + size_at : at + size_at + 4] = struct.pack("<I", declared)
            at = data.find(signature, at + 4)
    path.write_bytes(bytes(data))


def test_zip_bomb_that_lies_about_its_size_is_cut_short(tmp_path):
    path = tmp_path / "liar.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:  # no zip64 extra
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"<worksheet>" + b" " * (40 << 20))
    _lie_about_size(path, "xl/worksheets/sheet1.xml", 1000)
    assert zipfile.ZipFile(path).getinfo("xl/worksheets/sheet1.xml").file_size == 1000
    assert "the workbook is damaged" in _refusal(path)


def test_huge_cell_is_refused_with_its_address(tmp_path):
    text = "A" * (12 << 20)
    sst = (
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f"<si><t>{text}</t></si></sst>"
    )
    path = write_xlsx(
        tmp_path / "cell.xlsx",
        [header_row(), '<row r="2"><c r="A2" t="s"><v>0</v></c></row>'],
        shared_strings=[sst],
    )
    assert path.stat().st_size < 100_000
    message = _refusal(path)
    assert "cell A2 holds 12,582,912 characters" in message
    assert "at most 10,000. Shorten that cell" in message


def test_many_rows_are_refused_without_reading_them_all(tmp_path):
    rows = (
        f'<row r="{r}">{inline(f"A{r}", "f")}{number(f"B{r}", r)}{number(f"C{r}", "0.5")}</row>'
        for r in range(2, 60_000)
    )
    path = write_xlsx(tmp_path / "rows.xlsx", [header_row(), *rows], dimension="A1:C59999")
    assert "the sheet has 59,999 rows; a functions table has at most 5,000" in _refusal(path)


def test_csv_limits(tmp_path):
    rows = tmp_path / "rows.csv"
    rows.write_text("Name,Per day,Share\n" + "A,1,0.5\n" * 6000)
    assert "the sheet has more than 5,000 rows" in _refusal(rows)
    field = tmp_path / "field.csv"
    field.write_text("Name,Per day,Share\n" + "A" * 200_000 + ",1,0.5\n")
    assert "line 2 holds more than 131,072 characters" in _refusal(field)
    cell = tmp_path / "cell.csv"
    cell.write_text("Name,Per day,Share\nA," + "1" * 20_000 + ",0.5\n")
    assert "line 2, cell 2 holds 20,000 characters" in _refusal(cell)
    big = tmp_path / "big.csv"
    with open(big, "wb") as handle:
        handle.truncate(table_files.MAX_FILE_BYTES + 1)
    assert "is 20.0 MB; a functions table file is at most 20.0 MB" in _refusal(big)


def _finishes(path: Path) -> str:
    """The refusal, from a thread: a read that blocks fails the test instead of hanging it."""
    outcome: list[str] = []

    def run() -> None:
        try:
            read_functions_table(path)
        except SpreadsheetError as error:
            outcome.append(str(error))

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(QUICK)
    assert not worker.is_alive(), f"reading {path} blocked"
    assert outcome
    return outcome[0]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_pipes_and_devices_are_refused_without_blocking(tmp_path):
    pipe = tmp_path / "pipe.csv"
    os.mkfifo(pipe)
    assert "pipe.csv is not a regular file" in _finishes(pipe)
    zero = tmp_path / "zero.xlsx"
    zero.symlink_to("/dev/zero")
    assert "zero.xlsx is not a regular file" in _finishes(zero)
    folder = tmp_path / "folder.csv"
    folder.mkdir()
    assert "folder.csv is not a regular file" in _finishes(folder)


_CAPPED = """
import resource, sys
resource.setrlimit(resource.RLIMIT_AS, (1_500_000_000, 1_500_000_000))
from continuity_app.io.spreadsheets import SpreadsheetError, read_functions_table
try:
    read_functions_table(sys.argv[1])
except SpreadsheetError as error:
    print(error)
"""


@pytest.mark.skipif(sys.platform != "linux", reason="address-space limit")
def test_bombs_stay_within_memory(tmp_path):
    """With 1.5 GB of address space (it took 3.9 GB before and failed), each is refused."""
    bombs = [
        write_xlsx(
            tmp_path / "grid.xlsx",
            [header_row(), '<row r="1048576">' + inline("XFD1048576", "x") + "</row>"],
            dimension="A1:XFD1048576",
        ),
        write_xlsx(tmp_path / "bomb.xlsx", [header_row(), *_blanks(400)]),
    ]
    for bomb in bombs:
        run = subprocess.run(
            [sys.executable, "-c", _CAPPED, str(bomb)],
            capture_output=True,
            text=True,
            timeout=60,
            cwd=REPO_ROOT,
        )
        assert run.returncode == 0, run.stderr[-2000:]
        assert run.stdout.startswith(bomb.name), run.stdout
        assert "MemoryError" not in run.stdout + run.stderr


# -- formulas never leave live ----------------------------------------------------------------

HOSTILE_NAMES = [
    '=HYPERLINK("http://x","click")',
    "=cmd|' /C calc'!A0",
    "+1+1",
    "-2+3",
    "@SUM(A1)",
    "\t=1+2",
    "\r=1+2",
    "'=already quoted",
    "'Orders",
    "Plain name",
]


def _function(name: str, index: int) -> Function:
    return Function(
        id=f"f{index}",
        kind=FunctionKind.ORDERS_SALES,
        name=name,
        daily_interactions=Range(low=40, likely=60, high=90),
        channel_mix={"whatsapp": 0.8},
        revenue_per_interaction=12.5,
    )


@given(st.text(max_size=30))
def test_escaping_always_undoes(text):
    assert unescape_formula(escape_formula(text)) == text
    escaped = escape_formula(text)
    assert not escaped.startswith(("=", "+", "-", "@", "\t", "\r"))


def test_negative_numbers_stay_numbers():
    assert csv_cell(-5) == "-5"
    assert csv_cell(-0.25) == "-0.25"
    assert csv_cell("-5") == "'-5"  # text that looks like a formula is text
    assert csv_cell(float("-inf")) == "'-inf"
    assert csv_cell(float("nan")) == ""


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_functions_table_round_trip_keeps_hostile_names(tmp_path, suffix):
    functions = [_function(name, i) for i, name in enumerate(HOSTILE_NAMES)]
    path = tmp_path / f"functions{suffix}"
    export_functions_table(path, functions)
    frame, guessed = read_functions_table(path)
    back = functions_from_table(frame, guessed)
    # the user's text back, without an apostrophe; only the blanks around a cell are trimmed
    assert [f.name for f in back] == [f.name.strip() for f in functions]
    assert [f.id for f in back] == [f.id for f in functions]
    assert back[0].daily_interactions == Range(low=40, likely=60, high=90)
    assert back[0].revenue_per_interaction == 12.5
    if suffix == ".csv":
        text = path.read_text(encoding="utf-8")
        assert "'=HYPERLINK" in text and "'=cmd|" in text and "''=already quoted" in text
        assert "'\t=1+2" in text and "'Orders," in text
        with open(path, encoding="utf-8", newline="") as handle:
            for row in csv.reader(handle):
                assert not any(c.startswith(("=", "+", "-", "@", "\t", "\r")) for c in row)
    else:
        _assert_no_formulas(path)


def _assert_no_formulas(path: Path) -> None:
    with zipfile.ZipFile(path) as archive:
        for member in archive.namelist():
            if member.startswith("xl/worksheets/"):
                assert b"<f>" not in archive.read(member) and b"<f " not in archive.read(member)
    book = load_workbook(path)
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str) and cell.value.startswith(("=", "+", "-", "@")):
                    assert cell.quotePrefix, cell.coordinate


@pytest.fixture(scope="module")
def hostile_results():
    from continuity_app.core.evaluation import evaluate
    from continuity_app.core.plan import revise
    from continuity_app.core.reference import load_reference
    from continuity_app.io.examples import load_example

    plan = load_example("ramallah-bakery")
    renamed = [
        f.model_copy(update={"name": HOSTILE_NAMES[i % 3]}) for i, f in enumerate(plan.functions)
    ]
    plan = revise(plan, functions=renamed)
    return evaluate(plan, load_reference()), plan


def test_results_export_carries_no_live_formula(tmp_path, hostile_results):
    evaluation, plan = hostile_results
    workbook = tmp_path / "results.xlsx"
    export_results(workbook, evaluation, None, None, plan)
    _assert_no_formulas(workbook)
    names = [row[1].value for row in load_workbook(workbook)["Functions"].iter_rows(min_row=2)]
    assert names == [f.name for f in plan.functions]  # the text itself, no apostrophe added
    table = tmp_path / "results.csv"
    export_results(table, evaluation, None, None, plan)
    with open(table, encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    for row in rows:
        for cell in row:
            if cell.startswith(("=", "+", "-", "@", "\t", "\r")):
                float(cell)  # only numbers, negative ones, may start so
    assert any(cell == "'" + HOSTILE_NAMES[0] for row in rows for cell in row)


# -- fuzz: every input imports or gives the readable error ------------------------------------

_SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _imports_or_refuses(path: Path) -> None:
    try:
        frame, guessed = read_functions_table(path)
        functions_from_table(frame, guessed)
        functions_from_table(frame, dict(zip(FIRST_THREE, frame.columns, strict=False)))
    except SpreadsheetError as error:
        assert str(error)


_CELL = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["=1+2", "'=x", "NaN", "inf", "-1e4300", "1e4300", "80 %", "1 – 2 – 3"]),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.integers(-(10**30), 10**30).map(str),
)


@_SETTINGS
@given(
    rows=st.lists(st.lists(_CELL, max_size=5), max_size=6),
    separator=st.sampled_from([",", ";", "\t"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "latin-1"]),
    noise=st.binary(max_size=20),
)
def test_fuzz_csv(rows, separator, encoding, noise):
    text = "\n".join(separator.join(cells) for cells in [["Name", "Per day", "Share"], *rows])
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode("utf-8")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "t.csv"
        path.write_bytes(data + noise)
        _imports_or_refuses(path)


_XLSX_VALUE = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**15), 10**15),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=12),
    st.sampled_from(["=1+2", '=HYPERLINK("http://x","y")', "@x", "-3", "40 – 60 – 90"]),
    st.dates().map(lambda d: d),
)


def _small_workbook(rows: list[list[object]]) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.append(["Name", "Per day", "Share"])
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _damaged_inside(data: bytes, member: int, damage: list[tuple[int, int]]) -> bytes:
    """The workbook with bytes of one part changed before zipping, so the zip stays valid
    and the damage reaches openpyxl's parsers."""
    source = zipfile.ZipFile(io.BytesIO(data))
    names = source.namelist()
    target_name = names[member % len(names)]
    buffer = io.BytesIO()
    with source, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for name in names:
            part = bytearray(source.read(name))
            if name == target_name and part:
                for at, value in damage:
                    part[at % len(part)] = value
            target.writestr(name, bytes(part))
    return buffer.getvalue()


def test_a_workbook_asking_for_an_unknown_zip_version_is_refused(tmp_path):
    """Found by the xlsx fuzz (explore profile): a damaged directory entry that asks for zip
    version 6.4 made zipfile raise NotImplementedError instead of a message."""
    data = bytearray(_small_workbook([[1, 2], [3, 4]]))
    entry = data.find(b"PK\x01\x02")  # the first central-directory entry
    data[entry + 6 : entry + 8] = (64).to_bytes(2, "little")  # version needed: 6.4
    path = tmp_path / "damaged.xlsx"
    path.write_bytes(bytes(data))
    with pytest.raises(SpreadsheetError, match="is not an Excel workbook"):
        read_functions_table(path)


@_SETTINGS
@given(
    rows=st.lists(st.lists(_XLSX_VALUE, max_size=4), max_size=5),
    member=st.integers(0, 20),
    damage=st.lists(
        st.tuples(st.integers(0, 10**5), st.sampled_from(b"<>/=\"'&0123456789 ax\x00\xff")),
        max_size=3,
    ),
    zip_damage=st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), max_size=2),
    cut=st.one_of(st.none(), st.integers(0, 10**6)),
)
def test_fuzz_xlsx(rows, member, damage, zip_damage, cut):
    data = bytearray(_damaged_inside(_small_workbook(rows), member, damage))
    for at, value in zip_damage:
        data[at % len(data)] = value
    if cut is not None:
        data = data[: cut % (len(data) + 1)]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "t.xlsx"
        path.write_bytes(bytes(data))
        _imports_or_refuses(path)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_reading_stops_at_the_time_limit(tmp_path, monkeypatch, suffix):
    path = tmp_path / f"slow{suffix}"
    export_functions_table(path, [_function(f"F{i}", i) for i in range(300)])
    monkeypatch.setattr(table_files, "MAX_SECONDS", -1.0)  # every check is past the deadline
    assert "reading the table took more than" in _refusal(path)
