"""WhatsApp exports read in blocks give what reading them line by line gives, in small memory."""

from __future__ import annotations

import io
import re
import tracemalloc
from pathlib import Path
from typing import cast

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from continuity_app.io.chat_export import analyse_chat, whatsapp
from continuity_app.io.chat_export.detect import MAX_LINE_CHARS, bounded_lines
from continuity_app.io.chat_export.stats import Aggregator
from tests.io.test_chat_locale_words import _Recorder, _reference
from tests.paths import CHAT_EXPORTS

Entries = list[tuple[object, int, str | None]]


def _blockwise(text: str, layout: str, size: int, limit: int) -> Entries:
    """The import's reading: blocks of ``size`` characters, lines cut at ``limit``."""
    rec = _Recorder()
    blocks = whatsapp._blocks(io.StringIO(text), size, limit)
    whatsapp._Pass(layout, cast(Aggregator, rec)).run(blocks)
    return rec.entries


def _linewise(text: str, layout: str, limit: int) -> Entries:
    """Each line, cut as bounded_lines cuts it, normalised whole and matched."""
    return _reference(list(bounded_lines(io.StringIO(text), limit)), layout)


_CORPUS = sorted((CHAT_EXPORTS / "whatsapp").glob("*.txt")) if CHAT_EXPORTS.is_dir() else []


@pytest.mark.skipif(not _CORPUS, reason="shared corpus not present")
@pytest.mark.parametrize("path", _CORPUS, ids=lambda p: p.name)
def test_corpus_read_in_blocks_equals_line_by_line(path: Path) -> None:
    text = path.read_text(encoding="utf-8-sig")
    layout = whatsapp.sniff(text.splitlines(keepends=True)).layout
    expected = _linewise(text, layout, MAX_LINE_CHARS)
    assert expected
    for size in (1, 7, 100, whatsapp._BLOCK_CHARS):  # every line end falls on a block end
        assert _blockwise(text, layout, size, MAX_LINE_CHARS) == expected, size
    # lines cut inside the header, the author or the text, as a 64 KiB line is cut
    for size in (1, 7, 29):
        assert _blockwise(text, layout, size, 30) == _linewise(text, layout, 30), size


def _marks(n: int) -> str:
    return "\u200e" * n


@st.composite
def _line(draw: st.DrawFn) -> str:
    dates = ["18/03/2022", "3/18/22", "2022-03-18", "١٨\u200f/٣/٢٠٢٢", "31/02/22"]
    date = draw(st.sampled_from(dates))
    time_ = draw(st.sampled_from(["14:56", "14:56:01", "2:56:01\u202fPM", "9:41 a. m.", "25:61"]))
    between = draw(st.sampled_from([", ", " ", "\u060c ", " à ", ",\u200f "]))
    author = draw(st.sampled_from(["Ana", "Ana\u00a0Souza", "\u202a+40 521\u202c", "", "x" * 90]))
    colon = draw(st.sampled_from([": ", ":\u00a0", ":", " "]))
    text = draw(st.text(max_size=30))
    lead = draw(st.sampled_from(["", "", _marks(1), "\ufeff" * 3, _marks(120)]))
    shape = draw(st.sampled_from(["android", "ios", "time-first", "text", "long"]))
    if shape == "android":
        return f"{lead}{date}{between}{time_} - {author}{colon}{text}"
    if shape == "ios":
        return f"{lead}[{date}{between}{time_}] {author}{colon}{text}"
    if shape == "time-first":
        return f"{lead}[{time_}, {date}] {author}{colon}{text}"
    if shape == "long":  # the author's colon far out, or behind many marks
        filler = draw(st.sampled_from(["y", "\u200e", " "])) * draw(st.integers(20, 300))
        return f"{lead}[{date}{between}{time_}] {filler}{author}{colon}{text}"
    return text


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    lines=st.lists(_line(), min_size=1, max_size=25),
    layout=st.sampled_from(sorted(whatsapp.LAYOUTS)),
    size=st.integers(1, 120),
    extra=st.integers(1, 200),
    last_newline=st.booleans(),
)
def test_any_text_read_in_blocks_equals_line_by_line(
    lines: list[str], layout: str, size: int, extra: int, last_newline: bool
) -> None:
    text = "\n".join(lines) + ("\n" if last_newline else "")
    limit = size + extra  # blocks are shorter than the line limit
    assert _blockwise(text, layout, size, limit) == _linewise(text, layout, limit)


@settings(max_examples=400, deadline=None)
@given(
    hour=st.integers(0, 29),
    minute=st.integers(0, 69),
    second=st.one_of(st.none(), st.integers(0, 99)),
    seps=st.sampled_from([":", ".", ":."]),
    dot=st.booleans(),
    marker=st.sampled_from(["", " AM", "\u202fPM", " p. m.", "PM", " م", "午後"]),
    arabic=st.sampled_from(["", "hour", "second", "all"]),
    pad=st.booleans(),
)
def test_a_time_decodes_as_its_whole_spelling(
    hour: int,
    minute: int,
    second: int | None,
    seps: str,
    dot: bool,
    marker: str,
    arabic: str,
    pad: bool,
) -> None:
    def digits(value: int, part: str, width: int) -> str:
        text = f"{value:0{width}d}"
        if arabic in (part, "all"):
            text = "".join(chr(0x0660 + int(c)) for c in text)
        return text

    t = digits(hour, "hour", 2 if pad else 1) + seps[0] + digits(minute, "minute", 2)
    if second is not None:
        t += seps[-1] + digits(second, "second", 2)
    t += ("." if dot else "") + marker
    assume(re.fullmatch(whatsapp._T, t))  # a time as the layouts capture it
    reading = whatsapp._Pass("ios", cast(Aggregator, _Recorder()))
    expected = whatsapp.decode_time(whatsapp.normalise(t))
    assert reading.seconds(t) == expected
    assert reading.seconds(t) == expected  # and again, from what it keeps


def test_times_with_seconds_are_not_kept_one_by_one(tmp_path: Path) -> None:
    # an iPhone export writes seconds: a day of one message a second has 86,400 spellings
    path = tmp_path / "_chat.txt"
    with path.open("w", encoding="utf-8") as fh:
        for s in range(86_400):
            fh.write(f"[18/03/2022, {s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}] Ana: hi\n")
    tracemalloc.start()
    try:
        summary = analyse_chat(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert summary.messages == 86_400
    assert summary.hourly_counts == (3600,) * 24
    assert peak < 2_500_000  # a decoded time kept per spelling took 11 MB


def test_an_hour_of_more_than_65535_messages(tmp_path: Path) -> None:
    path = tmp_path / "chat.txt"
    path.write_text("18/03/2022, 14:56 - Ana: hi\n" * 70_000, encoding="utf-8")
    summary = analyse_chat(path)
    assert summary.hourly_counts[14] == 70_000
    assert summary.weekday_hour_counts[4][14] == 70_000  # a Friday
