"""Telegram Desktop JSON exports (one chat or a whole account), read as a stream."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import Any, TextIO

from continuity_app.core.display import format_file_size
from continuity_app.core.i18n import number, translate

from .errors import ChatImportError, UnknownChat
from .stats import Aggregator, RawDate

_CHUNK = 1 << 20
# One Telegram message is a few kilobytes (4,096 characters of text plus entities): one
# larger than this means the file is broken, and is not held in memory.
_MAX_OBJECT = 16_000_000
_MESSAGES = re.compile(r'"messages"\s*:\s*\[')
_SKIP = re.compile(r"[\s,]*")
_LOOK_BEHIND = 4096  # characters before a "messages" list searched for the chat's name
_MAX_NAME = 200  # author and chat names are cut here
_MAX_CHATS = 10_000  # chat names remembered (for choosing one)
_MAX_LISTS = 100_000  # "messages" lists: one per chat in a whole-account export


def _number(text: str) -> int | None:
    """JSON integers: ones too long to be a time are None (int() of 10^4300 digits raises)."""
    return int(text) if len(text) <= 24 else None


def _constant(_name: str) -> None:
    """NaN, Infinity and -Infinity are no time: read as null."""
    return None


def _too_deep() -> ChatImportError:
    return ChatImportError(
        translate(
            "ChatExport",
            "This JSON file is nested too deeply to be a Telegram Desktop export. Re-export "
            "the chat from Telegram Desktop (Settings > Advanced > Export Telegram data, "
            "format: machine-readable JSON).",
        )
    )


def _malformed(detail: str) -> ChatImportError:
    return ChatImportError(
        translate(
            "ChatExport",
            "Malformed JSON ({detail}). Re-export the chat from Telegram Desktop "
            "(Settings > Advanced > Export Telegram data, format: machine-readable JSON).",
        ).format(detail=detail)
    )


def iter_messages(stream: TextIO) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    """Yield (chat header, message) for every message object of every "messages" array.

    Only one message object (plus a small look-behind for the chat header) is held in
    memory at a time, so whole-account exports of any size stream.
    """
    decoder = json.JSONDecoder(parse_int=_number, parse_constant=_constant)
    buf = ""
    pos = 0
    eof = False
    found = False
    lists = 0

    def fill() -> bool:
        nonlocal buf, pos, eof
        # read at least as much again as is pending, so a large object is decoded a few
        # times over a doubling buffer, not once per chunk
        chunk = stream.read(max(_CHUNK, len(buf) - pos))
        if not chunk:
            eof = True
            return False
        keep = max(0, pos - _LOOK_BEHIND)  # keep a little look-behind for the chat header
        buf = buf[keep:] + chunk
        pos -= keep
        return True

    fill()
    while True:
        # Seek the next "messages": [ outside any message object.
        m = _MESSAGES.search(buf, pos)
        while m is None or (m.start() > 0 and buf[m.start() - 1] == "\\"):
            if m is not None:
                pos = m.end()
                m = _MESSAGES.search(buf, pos)
                continue
            pos = max(pos, len(buf) - 64)
            if not fill():
                if not found:
                    raise ChatImportError(
                        translate(
                            "ChatExport",
                            "This JSON file is not a Telegram Desktop export: it has no "
                            '"messages" list. Export the chat from Telegram Desktop as JSON.',
                        )
                    )
                return
            m = _MESSAGES.search(buf, pos)
        found = True
        lists += 1
        if lists > _MAX_LISTS:
            raise ChatImportError(
                translate(
                    "ChatExport",
                    "This JSON file has more than {limit} message lists, far more chats than "
                    "any Telegram account: it is not imported. Export a single chat from "
                    "Telegram Desktop and import that file.",
                ).format(limit=number(_MAX_LISTS))
            )
        # the chat's header is the object this list is in, within the look-behind; looking
        # further back for every list would make a file of many lists quadratic
        brace = buf.rfind("{", max(0, m.start() - _LOOK_BEHIND), m.start())
        header: dict[str, Any] = {}
        if brace >= 0:
            try:
                header = decoder.decode(buf[brace : m.start()].rstrip().rstrip(",") + "}")
            except (ValueError, RecursionError):
                header = {}
            if not isinstance(header, dict):
                header = {}
        pos = m.end()
        # Decode the array's objects one by one.
        while True:
            while True:
                pos = _SKIP.match(buf, pos).end()  # type: ignore[union-attr]
                if pos < len(buf) or not fill():
                    break
            if pos >= len(buf):
                raise _malformed(translate("ChatExport", 'the file ends inside a "messages" list'))
            if buf[pos] == "]":
                pos += 1
                break
            while True:
                try:
                    obj, end = decoder.raw_decode(buf, pos)
                    break
                except RecursionError:
                    raise _too_deep() from None
                except json.JSONDecodeError as exc:
                    if len(buf) - pos > _MAX_OBJECT:
                        raise ChatImportError(
                            translate(
                                "ChatExport",
                                "One message in this JSON file is larger than {limit}, far "
                                "more than any Telegram message: the file is damaged or not a "
                                "Telegram Desktop export. Export the chat again.",
                            ).format(limit=format_file_size(_MAX_OBJECT))
                        ) from None
                    if not fill():
                        raise _malformed(
                            translate("ChatExport", "{error} near character {position}").format(
                                error=exc.msg, position=exc.pos
                            )
                        ) from None
            pos = end
            if isinstance(obj, dict):
                yield header, obj


def _clock(hour: int, minute: int, second: int) -> int | None:
    if 0 <= hour <= 23 and 0 <= minute <= 59 and 0 <= second <= 59:
        return hour * 3600 + minute * 60 + second
    return None


def _local(text: str) -> tuple[str, int] | None:
    """("YYYY-MM-DD", seconds) of an ISO "2023-01-02T10:00:00"; None unless a real time."""
    digits = text[:19].replace("-", "").replace(":", "").replace("T", "")
    if len(text) < 19 or not (digits.isascii() and digits.isdigit()):
        return None
    try:
        day = date(int(text[0:4]), int(text[5:7]), int(text[8:10]))
    except ValueError:  # 30 February, month 13, year 0
        return None
    secs = _clock(int(text[11:13]), int(text[14:16]), int(text[17:19]))
    if secs is None or text[4] + text[7] + text[10] + text[13] + text[16] != "--T::":
        return None
    return day.isoformat(), secs


def _when(msg: dict[str, Any]) -> tuple[str, int] | None:
    """(date key "YYYY-MM-DD", seconds of day) from "date" (local) or "date_unixtime" (UTC);
    None when neither is a real time."""
    text = msg.get("date")
    if isinstance(text, str):
        local = _local(text)
        if local is not None:
            return local
    unix = msg.get("date_unixtime")
    if isinstance(unix, str) and unix.isascii() and 0 < len(unix.strip()) <= 24:
        try:
            unix = int(unix.strip())
        except ValueError:
            return None
    if isinstance(unix, float) and math.isfinite(unix):
        unix = int(unix)
    if type(unix) is not int:  # garbage, null, NaN, a list; bool is no time either
        return None
    try:
        dt = datetime.fromtimestamp(unix, UTC)
    except (ValueError, OverflowError, OSError):  # before year 1 or after 9999
        return None
    return dt.strftime("%Y-%m-%d"), dt.hour * 3600 + dt.minute * 60 + dt.second


def _name(value: object) -> str | None:
    """A name field as text, cut to a sane length; None unless it is a string or number."""
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return None
    text = str(value).strip()
    return text[:_MAX_NAME] or None


def date_decoder(key: object) -> RawDate:
    """Aggregator callback for "YYYY-MM-DD" keys (checked real dates)."""
    text = str(key)
    return (int(text[5:7]), int(text[8:10]), int(text[0:4]), True)


def parse_json(stream: TextIO, agg: Aggregator, chat: str | None) -> tuple[str, ...]:
    """Feed the export's messages into the aggregator; return the chat names seen.

    A whole-account export is read as all chats combined unless ``chat`` names one.
    """
    names: list[str] = []
    seen: set[str] = set()
    selected = 0
    undated = 0
    for header, msg in iter_messages(stream):
        name = _name(header.get("name")) or _name(header.get("type")) or "(unnamed chat)"
        if name not in seen and len(names) < _MAX_CHATS:
            seen.add(name)
            names.append(name)
        if chat is not None and name != chat:
            continue
        when = _when(msg)
        if when is None:
            undated += 1
            continue
        selected += 1
        if msg.get("type", "message") == "message":
            author = _name(msg.get("from")) or _name(msg.get("from_id")) or "(unknown)"
            agg.add(when[0], when[1], author)
        else:
            agg.add(when[0], when[1], None)
    if chat is not None and selected == 0 and undated == 0:
        raise UnknownChat(chat, tuple(names))
    if selected == 0 and undated:
        raise ChatImportError(
            translate(
                "ChatExport",
                'None of the %n message(s) in this export has a real date and time ("date" '
                'or "date_unixtime"): there is nothing to count. Re-export the chat from '
                "Telegram Desktop as machine-readable JSON.",
                None,
                undated,
            )
        )
    return tuple(names)
