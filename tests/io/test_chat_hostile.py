"""Hostile chat exports: a readable ChatImportError, fast and in bounded memory, never a crash.

The small files live in tests/hostile/chat/ with the message each must give
(expected.json); bombs, endless and huge inputs are generated here.
"""

from __future__ import annotations

import ast
import io
import json
import os
import re
import stat
import struct
import subprocess
import sys
import tempfile
import threading
import time
import tracemalloc
import zipfile
import zlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from continuity_app.cli import main
from continuity_app.io.chat_export import ChatImportError, ChatSummary, analyse_chat, detect, stats
from tests.paths import HOSTILE as TESTS_HOSTILE
from tests.paths import REPO_ROOT

HOSTILE = TESTS_HOSTILE / "chat"
EXPECTED = json.loads((HOSTILE / "expected.json").read_text(encoding="utf-8"))
CASES = sorted(name for name in EXPECTED if not name.startswith("_"))
REPO = REPO_ROOT
POSIX = pytest.mark.skipif(os.name != "posix", reason="pipes and /dev/zero as on POSIX")


def test_every_corpus_file_has_an_expectation() -> None:
    files = sorted(p.name for p in HOSTILE.iterdir() if p.name != "expected.json")
    assert files == CASES


@pytest.mark.parametrize("name", CASES)
def test_corpus_file(name: str) -> None:
    case = EXPECTED[name]
    started = time.perf_counter()
    if case["message"] is None:
        summary = analyse_chat(HOSTILE / name)
        assert summary.messages == case["messages"]
    else:
        with pytest.raises(ChatImportError) as info:
            analyse_chat(HOSTILE / name)
        message = str(info.value)
        assert re.search(case["message"], message), message
        for text in case["absent"]:
            assert text not in message, (text, message)
        assert "Error" not in message.split(":")[0]  # no exception class names
    assert time.perf_counter() - started < 5


@pytest.mark.parametrize("name", [n for n in CASES if EXPECTED[n]["message"] is not None])
def test_cli_gives_one_readable_line_and_exit_2(name: str, capsys) -> None:
    assert main(["import-chat", str(HOSTILE / name)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("continuity-app import-chat: ")
    assert "Traceback" not in captured.err and "Error:" not in captured.err


# -- generated bombs --------------------------------------------------------------------------


def _zip_bomb(path: Path, gigabytes: int = 1) -> int:
    """A zip of ~1 MB whose chat text inflates to `gigabytes` GB of one line ("AAAA..."),
    built from one compressed MB repeated (each piece ends in a full flush, so they chain)."""
    block = b"A" * (1 << 20)
    deflate = zlib.compressobj(9, zlib.DEFLATED, -15)
    piece = deflate.compress(block) + deflate.flush(zlib.Z_FULL_FLUSH)
    again = deflate.compress(block) + deflate.flush(zlib.Z_FULL_FLUSH)
    assert piece == again  # a flushed compressor starts afresh: pieces are identical
    head = b"18/03/2022, 14:56 - Ana: "
    data = deflate.compress(head) + deflate.flush(zlib.Z_FULL_FLUSH)
    data += piece * (1024 * gigabytes) + deflate.flush()
    size = len(head) + (1 << 30) * gigabytes
    name = b"WhatsApp Chat with Ana.txt"
    # ZIP64 sizes: the inflated size does not fit in 32 bits
    extra = struct.pack("<HHQQ", 1, 16, size, len(data))
    local = struct.pack(
        "<4sHHHHHIIIHH",
        b"PK\x03\x04",
        45,
        0,
        8,
        0,
        0,
        0,
        0xFFFFFFFF,
        0xFFFFFFFF,
        len(name),
        len(extra),
    )
    central = struct.pack(
        "<4sHHHHHHIIIHHHHHII",
        b"PK\x01\x02",
        45,
        45,
        0,
        8,
        0,
        0,
        0,
        0xFFFFFFFF,
        0xFFFFFFFF,
        len(name),
        len(extra),
        0,
        0,
        0,
        0,
        0,
    )
    body = local + name + extra + data
    directory = central + name + extra
    end = struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, 1, 1, len(directory), len(body), 0)
    path.write_bytes(body + directory + end)
    return path.stat().st_size


def _bounded_run(function, *args, seconds: float = 20):
    """Run `function` in a thread and fail (instead of hanging) if it has not returned."""
    outcome: dict[str, object] = {}

    def target() -> None:
        try:
            outcome["value"] = function(*args)
        except BaseException as error:  # the test inspects it
            outcome["error"] = error

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"still reading after {seconds} s"
    return outcome


def test_zip_bomb_is_refused_fast_in_little_memory(tmp_path: Path) -> None:
    bomb = tmp_path / "WhatsApp Chat with Ana.zip"
    assert _zip_bomb(bomb) < 1_200_000
    tracemalloc.start()
    started = time.perf_counter()
    try:
        with pytest.raises(ChatImportError, match=r"larger than 250\.0 MB") as info:
            analyse_chat(bomb)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert time.perf_counter() - started < 2
    assert peak < 20 * 1024 * 1024  # it took 2.1 GB before
    assert "Export a single chat" in str(info.value)


def test_zip_bomb_below_the_size_limit_is_refused_by_its_ratio(tmp_path: Path) -> None:
    bomb = tmp_path / "chat.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("_chat.txt", b"18/03/2022, 14:56 - Ana: hi\n" * 600_000)  # 16 MB
    with pytest.raises(ChatImportError, match=r"would unpack to \d+ times its packed size"):
        analyse_chat(bomb)


def test_zip_member_with_an_empty_name_is_skipped(tmp_path: Path) -> None:
    # found by the zip fuzz in CI: a damaged directory entry named "" broke ZipInfo.is_dir()
    archive = tmp_path / "chat.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr(zipfile.ZipInfo(""), b"x")
        zf.writestr("WhatsApp Chat with Ana.txt", _CHAT)
    assert analyse_chat(archive, business="Shop").messages == 60
    only_nameless = tmp_path / "nameless.zip"
    with zipfile.ZipFile(only_nameless, "w") as zf:
        zf.writestr(zipfile.ZipInfo(""), b"x")
    with pytest.raises(ChatImportError, match="contains no chat text file"):
        analyse_chat(only_nameless)


def test_zip_member_is_read_in_chunks(tmp_path: Path) -> None:
    # 2.4 MB of ordinary lines in a zip, below the ratio: read as a stream, never whole
    lines = [
        f"{1 + i % 28:02d}/03/2022, {i % 24:02d}:{i % 60:02d} - P{i % 50}: {i}\n"
        for i in range(60_000)
    ]
    archive = tmp_path / "chat.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("_chat.txt", "".join(lines))
    del lines
    tracemalloc.start()
    try:
        summary = analyse_chat(archive)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert summary.messages == 60_000 and summary.authors == 50
    assert peak < 1024 * 1024, peak  # the text is 2.4 MB


def test_a_line_of_40_mb_costs_no_more_memory_than_a_short_one(tmp_path: Path) -> None:
    path = tmp_path / "chat.txt"
    with path.open("wb") as fh:
        fh.write(b"18/03/2022, 14:56 - Ana: ")
        fh.write(b"x" * (40 << 20))
        fh.write(b"\n19/03/2022, 10:00 - Bob: ok\n")
    tracemalloc.start()
    try:
        summary = analyse_chat(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert (summary.messages, summary.authors) == (2, 2)
    assert peak < 4 * 1024 * 1024


def test_huge_file_is_refused_before_reading(tmp_path: Path) -> None:
    huge = tmp_path / "chat.txt"
    with huge.open("wb") as fh:  # sparse: no disk space used
        fh.truncate(detect.MAX_EXPORT_BYTES + 1)
    started = time.perf_counter()
    with pytest.raises(ChatImportError, match=r"is larger than 250\.0 MB"):
        analyse_chat(huge)
    assert time.perf_counter() - started < 1


def test_reading_stops_one_byte_past_the_limit(tmp_path: Path, monkeypatch) -> None:
    # a file that grows after it was checked (or a member that lies) is cut off while read
    path = tmp_path / "chat.txt"
    path.write_text("18/03/2022, 14:56 - Ana: hi\n" * 1000, encoding="utf-8")  # 28,000 bytes
    source = detect.open_source(path)
    monkeypatch.setattr(detect, "MAX_EXPORT_BYTES", 28_000)
    with source.open_binary() as fh:
        assert len(fh.read()) == 28_000  # exactly the limit is fine
    monkeypatch.setattr(detect, "MAX_EXPORT_BYTES", 27_999)
    with source.open_binary() as fh, pytest.raises(ChatImportError, match="larger than"):
        fh.read()


@POSIX
def test_named_pipe_is_refused_without_blocking(tmp_path: Path) -> None:
    pipe = tmp_path / "chat.txt"
    os.mkfifo(pipe)
    outcome = _bounded_run(analyse_chat, pipe, seconds=10)
    assert isinstance(outcome.get("error"), ChatImportError)
    assert "not a regular file" in str(outcome["error"])


@POSIX
@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_dev_zero_is_refused() -> None:
    outcome = _bounded_run(analyse_chat, Path("/dev/zero"), seconds=10)
    assert isinstance(outcome.get("error"), ChatImportError)
    assert "not a regular file" in str(outcome["error"])


_CLI = "import sys; from continuity_app.cli import main; sys.exit(main())"


@POSIX
def test_cli_on_a_pipe_and_a_bomb_exits_2_with_one_line(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    bomb = tmp_path / "bomb.zip"
    _zip_bomb(bomb)
    environment = dict(os.environ, PYTHONPATH=str(REPO))
    for target in (pipe, bomb):
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-c", _CLI, "import-chat", str(target)],
            capture_output=True,
            text=True,
            timeout=60,
            env=environment,
            cwd=tmp_path,
        )
        assert time.perf_counter() - started < 30
        assert done.returncode == 2, done.stderr
        assert len(done.stderr.strip().splitlines()) == 1, done.stderr
        assert "Traceback" not in done.stderr


def test_zip_with_an_enormous_directory_is_not_listed(tmp_path: Path, monkeypatch) -> None:
    archive = tmp_path / "chat.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for i in range(50):
            zf.writestr(f"IMG-{i:04d}.jpg", b"")
        zf.writestr("_chat.txt", "18/03/2022, 14:56 - Ana: hi\n")
    monkeypatch.setattr(detect, "MAX_ZIP_DIRECTORY", 1000)
    with pytest.raises(ChatImportError, match="lists more files than any chat export"):
        analyse_chat(archive)


def test_too_many_authors_or_days(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(stats, "MAX_AUTHORS", 20)
    monkeypatch.setattr(stats, "MAX_DAYS", 20)
    path = tmp_path / "chat.txt"
    path.write_text("".join(f"18/03/2022, 14:56 - P{i}: hi\n" for i in range(30)), "utf-8")
    with pytest.raises(ChatImportError, match="more than 20 different authors"):
        analyse_chat(path)
    path.write_text(
        "".join(f"{1 + i % 28:02d}/{1 + i // 28:02d}/2022, 10:00 - A: x\n" for i in range(30)),
        "utf-8",
    )
    with pytest.raises(ChatImportError, match="more than 20 different days"):
        analyse_chat(path)


def test_telegram_message_too_large(tmp_path: Path, monkeypatch) -> None:
    from continuity_app.io.chat_export import telegram

    monkeypatch.setattr(telegram, "_MAX_OBJECT", 3 << 20)
    monkeypatch.setattr(telegram, "_CHUNK", 1 << 16)
    path = tmp_path / "result.json"
    text = "my secret " * (1 << 19)  # 5 MB in one message
    message = {"type": "message", "date": "2023-01-02T10:00:00", "from": "Ana", "text": text}
    path.write_text(json.dumps({"name": "Ana", "messages": [message]})[:-3], "utf-8")
    too_large = r"One message in this JSON file is larger than 3\.1 MB"
    with pytest.raises(ChatImportError, match=too_large):
        analyse_chat(path)


def test_many_message_lists_are_refused_in_linear_time(tmp_path: Path, monkeypatch) -> None:
    from continuity_app.io.chat_export import telegram

    path = tmp_path / "result.json"
    # every list's chat header would be searched back to the first brace: quadratic before
    path.write_text("{" + '"messages":[],' * 60_000 + '"x":1}', encoding="utf-8")
    started = time.perf_counter()
    with pytest.raises(ChatImportError, match="no messages"):
        analyse_chat(path)
    assert time.perf_counter() - started < 5
    monkeypatch.setattr(telegram, "_MAX_LISTS", 1000)
    with pytest.raises(ChatImportError, match="more than 1,000 message lists"):
        analyse_chat(path)


def test_no_assert_checks_input() -> None:
    """Asserts vanish under python -O and crash with a bare AssertionError otherwise."""
    package = REPO / "continuity_app" / "io" / "chat_export"
    found = []
    for source in sorted(package.glob("*.py")):
        tree = ast.parse(source.read_text(encoding="utf-8"))
        found += [f"{source.name}:{n.lineno}" for n in ast.walk(tree) if isinstance(n, ast.Assert)]
    assert found == []


def test_non_regular_check_does_not_follow_into_a_device_through_a_link(tmp_path: Path) -> None:
    if not Path("/dev/null").exists():
        pytest.skip("no /dev/null")
    link = tmp_path / "chat.txt"
    link.symlink_to("/dev/null")
    assert not stat.S_ISREG(os.stat(link).st_mode)
    with pytest.raises(ChatImportError, match="not a regular file"):
        analyse_chat(link)


# -- fuzzing ----------------------------------------------------------------------------------

_FUZZ = settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
_FOLDER = tempfile.TemporaryDirectory(prefix="chat-fuzz-")


def _check(data: bytes, suffix: str, business: str | None = None) -> None:
    """Every input parses, or raises the module's own readable error: nothing else."""
    path = Path(_FOLDER.name) / f"input{suffix}"
    path.write_bytes(data)
    try:
        summary = analyse_chat(path, business=business)
    except ChatImportError as error:
        message = str(error)
        assert message and "Traceback" not in message
        return
    assert isinstance(summary, ChatSummary)
    assert sum(summary.hourly_counts) == summary.messages
    json.dumps(summary.to_json(key=b"k"))


_numbers = st.one_of(
    st.integers(min_value=-5, max_value=10_000),
    st.sampled_from([0, 12, 13, 24, 29, 30, 31, 99, 543, 2400, 9999, 99999]),
)


@st.composite
def _whatsapp_line(draw) -> str:
    a, b, c = draw(_numbers), draw(_numbers), draw(_numbers)
    h, m, s = draw(_numbers), draw(_numbers), draw(_numbers)
    sep = draw(st.sampled_from(["/", ".", "-", "/ "]))
    era = draw(st.sampled_from(["", "", "R", "H", "S"]))
    date = f"{a}{sep}{b}{sep}{era}{c}"
    time_ = f"{h}:{m:02d}" + draw(st.sampled_from(["", f":{s}", f".{s}"]))
    marker = draw(st.sampled_from(["", " AM", " p. m.", "\u202fPM", " م", " 午後"]))
    author = draw(st.sampled_from(["Ana", "Shop", "", "+1 555", "\u200eAna", "x" * 90]))
    text = draw(st.text(max_size=40))
    shape = draw(st.sampled_from(["android", "ios", "time-first", "raw"]))
    if shape == "android":
        return f"{date}, {time_}{marker} - {author}: {text}"
    if shape == "ios":
        return f"[{date}, {time_}{marker}] {author}: {text}"
    if shape == "time-first":
        return f"[{time_}{marker}, {date}] {author}: {text}"
    return text


@_FUZZ
@given(
    lines=st.lists(_whatsapp_line(), min_size=1, max_size=30),
    newline=st.sampled_from(["\n", "\r\n", "\r"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]),
    business=st.sampled_from([None, "Shop", "Nobody"]),
)
def test_fuzz_whatsapp_text(lines: list[str], newline: str, encoding: str, business) -> None:
    data = newline.join(lines).encode(encoding, errors="surrogatepass")
    _check(data, ".txt", business)


_json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=20),
    st.sampled_from(
        ["2023-01-02T10:00:00", "2023-02-30T10:00:00", "2023-01-01T99:00:00", "1672743600"]
    ),
)
_json = st.recursive(
    _json_scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
_message = st.fixed_dictionaries(
    {},
    optional={
        "type": st.sampled_from(["message", "service"]) | _json,
        "date": st.sampled_from(
            [
                "2023-01-02T10:00:00",
                "2023-01-02T23:59:59",
                "2023-02-29T10:00:00",
                "0000-01-01T00:00:00",
            ]
        )
        | _json,
        "date_unixtime": _json,
        "from": st.sampled_from(["Ana", "Shop"]) | _json,
        "from_id": _json,
        "text": _json,
    },
)


@_FUZZ
@given(
    messages=st.lists(_message | _json, max_size=8),
    name=_json,
    cut=st.one_of(st.none(), st.integers(min_value=0, max_value=400)),
    depth=st.sampled_from([0, 0, 0, 50, 3000]),
    business=st.sampled_from([None, "Shop"]),
)
def test_fuzz_telegram_json(messages, name, cut, depth: int, business) -> None:
    export = {"name": name, "type": "personal_chat", "messages": messages}
    text = json.dumps(export, allow_nan=True)
    if depth:
        text = text.replace('"messages": [', '"messages": [' + "[" * depth + "]" * depth + ", ", 1)
    data = text.encode("utf-8")
    if cut is not None:
        data = data[:cut]
    _check(data, ".json", business)


def _small_zip(text: bytes, method: int) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as zf:
        zf.writestr("IMG-0001.jpg", b"\xff\xd8\xff" * 10)
        zf.writestr("WhatsApp Chat with Ana.txt", text)
    return buffer.getvalue()


_CHAT = (
    b"18/03/2022, 14:56 - Ana: hello\n18/03/2022, 15:01 - Shop: hi\n19/03/2022, 09:00 - Ana: ok\n"
) * 20


@_FUZZ
@given(
    method=st.sampled_from(
        [zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA]
    ),
    flips=st.lists(st.tuples(st.integers(min_value=0), st.integers(1, 255)), max_size=6),
    cut=st.one_of(st.none(), st.integers(min_value=0)),
)
def test_fuzz_zip(method: int, flips, cut) -> None:
    data = bytearray(_small_zip(_CHAT, method))
    for position, mask in flips:
        data[position % len(data)] ^= mask
    if cut is not None:
        data = data[: cut % (len(data) + 1)]
    _check(bytes(data), ".zip", "Shop")
