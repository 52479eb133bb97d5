"""Telegram Desktop JSON exports (one chat or a whole account), read as a stream."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any, TextIO

from continuity_app.core.i18n import translate

from .errors import ChatImportError
from .stats import Aggregator, RawDate

_CHUNK = 1 << 20
_MAX_OBJECT = 64 << 20  # one message larger than this means the file is broken
_MESSAGES = re.compile(r'"messages"\s*:\s*\[')
_SKIP = re.compile(r"[\s,]*")


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
    decoder = json.JSONDecoder()
    buf = ""
    pos = 0
    eof = False
    found = False

    def fill() -> bool:
        nonlocal buf, pos, eof
        chunk = stream.read(_CHUNK)
        if not chunk:
            eof = True
            return False
        keep = max(0, pos - 4096)  # keep a little look-behind for the chat header
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
        brace = buf.rfind("{", 0, m.start())
        header: dict[str, Any] = {}
        if brace >= 0:
            try:
                header = json.loads(buf[brace : m.start()].rstrip().rstrip(",") + "}")
            except ValueError:
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
                except json.JSONDecodeError as exc:
                    if len(buf) - pos > _MAX_OBJECT or not fill():
                        raise _malformed(
                            translate("ChatExport", "{error} near character {position}").format(
                                error=exc.msg, position=exc.pos
                            )
                        ) from None
            pos = end
            if isinstance(obj, dict):
                yield header, obj


def _when(msg: dict[str, Any]) -> tuple[str, int] | None:
    """(date key "YYYY-MM-DD", seconds of day) from "date" (local) or "date_unixtime" (UTC)."""
    text = msg.get("date")
    if isinstance(text, str) and len(text) >= 19:
        try:
            return text[:10], int(text[11:13]) * 3600 + int(text[14:16]) * 60 + int(text[17:19])
        except ValueError:
            pass
    unix = msg.get("date_unixtime")
    if unix is not None:
        try:
            dt = datetime.fromtimestamp(int(unix), UTC)
        except (ValueError, OverflowError, OSError):
            return None
        return dt.strftime("%Y-%m-%d"), dt.hour * 3600 + dt.minute * 60 + dt.second
    return None


def date_decoder(key: object) -> RawDate:
    """Aggregator callback for "YYYY-MM-DD" keys."""
    text = str(key)
    return (int(text[5:7]), int(text[8:10]), int(text[0:4]), True)


def parse_json(stream: TextIO, agg: Aggregator, chat: str | None) -> tuple[str, ...]:
    """Feed the export's messages into the aggregator; return the chat names seen.

    A whole-account export is read as all chats combined unless ``chat`` names one.
    """
    names: list[str] = []
    seen: set[str] = set()
    selected = 0
    for header, msg in iter_messages(stream):
        name = str(header.get("name") or header.get("type") or "(unnamed chat)")
        if name not in seen:
            seen.add(name)
            names.append(name)
        if chat is not None and name != chat:
            continue
        when = _when(msg)
        if when is None:
            continue
        selected += 1
        if msg.get("type", "message") == "message":
            author = msg.get("from") or msg.get("from_id") or "(unknown)"
            agg.add(when[0], when[1], str(author).strip())
        else:
            agg.add(when[0], when[1], None)
    if chat is not None and selected == 0:
        raise ChatImportError(
            translate(
                "ChatExport", "No chat named {chat} in this Telegram export. Chats: {chats}."
            ).format(chat=repr(chat), chats=", ".join(names))
        )
    return tuple(names)
