"""Instagram Direct and Messenger exports (Meta "Download your information" JSON), streamed."""

from __future__ import annotations

import io
import json
import os
import re
import zipfile
from array import array
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any, TextIO

from continuity_app.core.display import format_file_size
from continuity_app.core.i18n import number, translate

# the zip checks of detect.py, reused so a Meta zip meets the same limits as any other
from .detect import (
    MAX_EXPORT_BYTES,
    ZIP_ERRORS,
    BoundedReader,
    Source,
    check_member,
    looks_meta,
    open_regular,
    too_large,
    unreadable_zip,
)
from .errors import ChatImportError, UnknownChat
from .stats import Aggregator, ChatSummary
from .telegram import date_decoder

# Meta writes each thread as messages/<section>/<thread>/message_<N>.json (N = 1 is the newest)
THREAD_PART = re.compile(r"(?:^|/)message_(\d+)\.json$", re.IGNORECASE)
_HTML_PART = re.compile(r"(?:^|/)message_\d+\.html$", re.IGNORECASE)
# Messenger's own spam folder: not conversations the business had
_SKIPPED_SECTIONS = ("/filtered_threads/",)
# Which channel each format counts toward (ids of resources/data/channels.csv).
CHANNEL_OF_FORMAT = {
    "whatsapp-android": "whatsapp",
    "whatsapp-ios": "whatsapp",
    "telegram-json": "telegram",
    "signal-txt": "signal",
    "instagram-json": "instagram",
    "messenger-json": "messenger",
    "messenger-e2ee-json": "messenger",
}
ZONE: tzinfo | None = None  # None: the computer's time zone (Meta times are UTC)
_CHUNK = 1 << 20
_MAX_OBJECT = 16_000_000  # one message or header value larger than this is a broken file
_MAX_FILES = 100_000  # thread files in one import: more than any inbox
_MAX_NAME = 200
_HINTED = 500  # messages of each file searched for what tells Instagram from Messenger
_SKIP = re.compile(r"[\s,:]*")
# A time in milliseconds before 1973 is no Messenger (2011) or Instagram Direct (2013) message:
# such values are seconds.
_MIN_MS = 10**11
_MAX_MS = 253_402_300_799_000  # 9999-12-31


def channel_of(fmt: str) -> str | None:
    """The channel id a summary's format counts toward; None when it cannot be told."""
    return CHANNEL_OF_FORMAT.get(fmt)


def fix_text(text: str) -> str:
    """Undo Meta's mojibake (UTF-8 bytes written as Latin-1 characters) where it round-trips."""
    if text.isascii():
        return text
    try:
        return text.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


class UnknownConversation(UnknownChat):
    """No conversation of an inbox has the title asked for; ``names`` holds the titles."""

    def __init__(self, chat: str, names: tuple[str, ...]) -> None:
        ChatImportError.__init__(
            self,
            translate(
                "ChatExport",
                "No conversation named {chat} in this Instagram or Messenger export, which has "
                "%n conversation(s). Import it without choosing one to read them all together.",
                None,
                len(names),
            ).format(chat=repr(chat)),
        )
        self.chat = chat
        self.names = tuple(names)


def _reexport() -> str:
    return translate(
        "ChatExport",
        "Export the conversations again from Instagram or Facebook (Accounts Center > Your "
        "information and permissions > Download your information, format JSON).",
    )


def _malformed(what: str, detail: str) -> ChatImportError:
    return ChatImportError(
        translate("ChatExport", "{what} is not readable JSON ({detail}). {reexport}").format(
            what=what, detail=detail, reexport=_reexport()
        )
    )


def _name(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    text = fix_text(value).strip()
    return text[:_MAX_NAME] or None


@contextmanager
def _text(raw: Any, what: str, archive: str | None, limit: int) -> Iterator[TextIO]:
    stream = io.TextIOWrapper(
        io.BufferedReader(BoundedReader(raw, limit, what, archive)),
        encoding="utf-8-sig",
        errors="replace",
    )
    try:
        yield stream
    finally:
        stream.detach()


class _Reader:
    """One Meta JSON object read key by key; the "messages" list one message at a time."""

    def __init__(self, stream: TextIO, what: str) -> None:
        self.stream = stream
        self.what = what
        self.decoder = json.JSONDecoder(parse_int=lambda t: int(t) if len(t) <= 24 else None)
        self.buf = ""
        self.pos = 0
        self.eof = False

    def fill(self) -> bool:
        chunk = self.stream.read(max(_CHUNK, len(self.buf) - self.pos))
        if not chunk:
            self.eof = True
            return False
        self.buf = self.buf[self.pos :] + chunk
        self.pos = 0
        return True

    def skip(self) -> str:
        """Skip blanks, commas and colons; the next character ('' at the end)."""
        while True:
            self.pos = _SKIP.match(self.buf, self.pos).end()  # type: ignore[union-attr]
            if self.pos < len(self.buf) or not self.fill():
                return self.buf[self.pos : self.pos + 1]

    def value(self) -> Any:
        while True:
            try:
                obj, end = self.decoder.raw_decode(self.buf, self.pos)
                # a number cut by the buffer's end decodes short: read on first
                if end < len(self.buf) or self.eof:
                    self.pos = end
                    return obj
            except RecursionError:
                raise _malformed(self.what, translate("ChatExport", "nested too deeply")) from None
            except json.JSONDecodeError as exc:
                if len(self.buf) - self.pos > _MAX_OBJECT:
                    raise ChatImportError(
                        translate(
                            "ChatExport",
                            "One message in {what} is larger than {limit}, far more than any "
                            "Instagram or Messenger message: the file is damaged. {reexport}",
                        ).format(
                            what=self.what,
                            limit=format_file_size(_MAX_OBJECT),
                            reexport=_reexport(),
                        )
                    ) from None
                if self.eof:
                    raise _malformed(
                        self.what,
                        translate("ChatExport", "{error} near character {position}").format(
                            error=exc.msg, position=exc.pos
                        ),
                    ) from None
            self.fill()

    def read(self) -> Iterator[tuple[str, Any]]:
        """Yield ("header", (key, value)) for top-level keys and ("message", dict) per message."""
        if self.skip() != "{":
            raise _not_meta(self.what)
        self.pos += 1
        while True:
            ch = self.skip()
            if ch == "}":
                return
            if ch != '"':
                raise _malformed(self.what, translate("ChatExport", "the file ends too early"))
            key = self.value()
            if self.skip() == "[" and key == "messages":
                self.pos += 1
                while (ch := self.skip()) != "]":
                    if not ch:
                        raise _malformed(
                            self.what, translate("ChatExport", "the file ends too early")
                        )
                    item = self.value()
                    if isinstance(item, dict):
                        yield "message", item
                self.pos += 1
                yield "header", ("messages", ...)  # a list was read, message by message
            else:
                yield "header", (key, self.value())


def _not_meta(what: str) -> ChatImportError:
    return ChatImportError(
        translate(
            "ChatExport",
            '{what} is not an Instagram or Messenger conversation: it has no "messages" list '
            "of a Meta export. Choose a message_1.json file, its folder or the export's zip. "
            "{reexport}",
        ).format(what=what, reexport=_reexport())
    )


class _Collector:
    """Messages of every thread read, as compact arrays, and what tells the app apart."""

    def __init__(self, chat: str | None) -> None:
        self.chat = chat
        self.times = array("q")
        self.who = array("l")  # author index, -1 for a system event
        self.authors: dict[str, int] = {}
        self._raw: dict[str, int] = {}  # author index of each name as written in the file
        self.names: list[str] = []
        self._seen: set[str] = set()
        self.undated = 0
        self.seconds = 0
        self.parts = 0
        self.instagram = 0
        self.messenger = 0
        self.e2ee = False

    def hint(self, where: str) -> None:
        where = where.lower()
        if "your_instagram_activity/" in where or "ig.me/" in where:
            self.instagram += 1
        elif (
            "your_facebook_activity/" in where
            or "your_activity_across_facebook/" in where
            or "/e2ee_cutover/" in where
            or "m.me/" in where
            or "stickers_used/" in where
        ):
            self.messenger += 1

    def thread(self, reader: _Reader) -> None:
        """Read one thread file; keep its messages unless another conversation was chosen."""
        times = array("q")
        who = array("l")
        title = None
        meta = listed = False
        for kind, item in reader.read():
            if kind == "header":
                key, value = item
                listed = listed or (key == "messages" and value is ...)
                if key in ("title", "threadName"):
                    title = _name(value)
                elif key == "participants" and isinstance(value, list):
                    meta = True
                elif key == "joinable_mode" and isinstance(value, dict):
                    self.hint(str(value.get("link", "")))
                elif key == "thread_path" and isinstance(value, str):
                    self.hint(value)
                continue
            meta = meta or "sender_name" in item or "senderName" in item
            self._message(item, times, who, len(times) < _HINTED)
        if not (meta and listed):
            raise _not_meta(reader.what)
        self.parts += 1
        name = title or translate("ChatExport", "(untitled conversation)")
        if name not in self._seen:
            self._seen.add(name)
            self.names.append(name)
        if self.chat is None or name == self.chat:
            self.times.extend(times)
            self.who.extend(who)

    def _message(
        self, msg: dict[str, Any], times: array[int], who: array[int], hinted: bool
    ) -> None:
        e2ee = "senderName" in msg or ("timestamp" in msg and "timestamp_ms" not in msg)
        self.e2ee = self.e2ee or e2ee
        stamp = msg.get("timestamp" if e2ee else "timestamp_ms")
        if type(stamp) is float and stamp == stamp and abs(stamp) < 1e18:
            stamp = int(stamp)
        if type(stamp) is not int or not 0 < stamp <= _MAX_MS:
            self.undated += 1
            return
        if stamp < _MIN_MS:
            self.seconds += 1
            return
        raw = msg.get("senderName" if e2ee else "sender_name")
        index = self._raw.get(raw, -2) if type(raw) is str else -1
        if index == -2:  # a name not seen yet: un-mojibaked once
            author = _name(raw)
            index = -1 if author is None else self.authors.setdefault(author, len(self.authors))
            self._raw[raw] = index  # type: ignore[index]
        if msg.get("type") in ("Subscribe", "Unsubscribe"):
            index = -1  # joined or left a group: an event, not a message
        # an unsent message (is_unsent) counts: it reached the business before it was taken back
        times.append(stamp)
        who.append(index)
        if not hinted:
            return
        share = msg.get("share")
        # who posted a shared post or reel, or a shared profile: Instagram's share fields
        if isinstance(share, dict) and (
            "original_content_owner" in share or "profile_share_username" in share
        ):
            self.instagram += 1
        for field in ("photos", "videos", "audio_files", "files", "gifs"):
            media = msg.get(field)
            if isinstance(media, list) and media and isinstance(media[0], dict):
                self.hint(str(media[0].get("uri", "")))
        sticker = msg.get("sticker")
        if isinstance(sticker, dict):
            self.hint(str(sticker.get("uri", "")))

    def format(self) -> str:
        if self.e2ee and not self.instagram:
            return "messenger-e2ee-json"
        if self.instagram and not self.messenger:
            return "instagram-json"
        if self.messenger and not self.instagram:
            return "messenger-json"
        return "instagram-or-messenger-json"

    def summary(self, business: str | None, what: str) -> ChatSummary:
        if self.seconds:
            raise ChatImportError(
                translate(
                    "ChatExport",
                    "%n message time(s) in {what} are in seconds, where Instagram and Messenger "
                    "give them in milliseconds: the file was changed after it was exported. "
                    "{reexport}",
                    None,
                    self.seconds,
                ).format(what=what, reexport=_reexport())
            )
        if self.chat is not None and self.chat not in self.names:
            raise UnknownConversation(self.chat, tuple(self.names))
        if not self.times and self.undated:
            raise ChatImportError(
                translate(
                    "ChatExport",
                    'None of the %n message(s) in {what} has a real time ("timestamp_ms"): '
                    "there is nothing to count. {reexport}",
                    None,
                    self.undated,
                ).format(what=what, reexport=_reexport())
            )
        import numpy as np

        agg = Aggregator(date_decoder, business)
        names = list(self.authors)
        times = np.frombuffer(self.times, dtype=np.int64) if self.times else np.zeros(0, np.int64)
        order = np.argsort(times, kind="stable")  # threads merged into one timeline
        last_hour = -1
        key = ""
        base = 0
        for i in order.tolist():
            stamp = self.times[i] // 1000
            try:
                hour = stamp // 3600  # time zones change offset on the hour or half hour
                if hour != last_hour:
                    key, base = _local(hour * 3600)
                    base -= hour * 3600
                    last_hour = hour
                secs = base + stamp
                if not 0 <= secs < 86400:  # a half-hour zone crossed midnight in this hour
                    key, secs = _local(stamp)
                    last_hour = -1
            except (ValueError, OverflowError, OSError):  # beyond the years a date can have
                continue
            index = self.who[i]
            agg.add(key, secs, names[index] if index >= 0 else None)
        return agg.summary(self.format(), None, chat_names=tuple(self.names))


def _local(stamp: int) -> tuple[str, int]:
    """("YYYY-MM-DD", seconds of day) of a UTC epoch second in ZONE."""
    local = datetime.fromtimestamp(stamp, ZONE)
    return local.strftime("%Y-%m-%d"), local.hour * 3600 + local.minute * 60 + local.second


def _refuse_html(name: str) -> None:
    if _HTML_PART.search(name.replace("\\", "/")):
        raise ChatImportError(
            translate(
                "ChatExport",
                "{name} is an Instagram or Messenger export in HTML, which has no exact times. "
                "{reexport}",
            ).format(name=Path(name).name, reexport=_reexport())
        )


def _part_key(name: str) -> tuple[str, int]:
    """(thread folder, part number): parts are read thread by thread."""
    match = THREAD_PART.search(name)
    folder = name.rsplit("/", 1)[0] if "/" in name else ""
    return folder, int(match.group(1)) if match else 0


def _wanted(name: str) -> bool:
    lowered = "/" + name.lower()
    return THREAD_PART.search(name) is not None and not any(s in lowered for s in _SKIPPED_SECTIONS)


def _too_many() -> ChatImportError:
    return ChatImportError(
        translate(
            "ChatExport",
            "This export holds more than {limit} conversation files, more than any inbox: it "
            "is not imported. Choose the folder of one conversation instead.",
        ).format(limit=number(_MAX_FILES))
    )


def analyse_folder(folder: Path, business: str | None, chat: str | None) -> ChatSummary:
    """A thread folder, an inbox or a whole unpacked export: every message_N.json under it
    (or, for a Messenger end-to-end-encrypted export, every conversation file in it)."""
    files: list[Path] = []
    html = None
    for root, dirs, names in os.walk(folder):
        dirs.sort()
        for name in sorted(names):
            rel = Path(root, name).relative_to(folder).as_posix()
            if _wanted(rel):
                files.append(Path(root, name))
            elif html is None and _HTML_PART.search(rel):
                html = rel
        if len(files) > _MAX_FILES:
            raise _too_many()
    if not files:
        files = [p for p in sorted(folder.glob("*.json")) if _looks_meta_file(p)]
    if not files:
        if html is not None:
            _refuse_html(html)
        raise ChatImportError(
            translate(
                "ChatExport",
                "{path} is a folder with no Instagram or Messenger conversation "
                "(message_1.json) in it: choose the exported chat file, or the folder of "
                "an Instagram or Messenger export.",
            ).format(path=folder)
        )
    return _read_files(files, folder, business, chat)


def _looks_meta_file(path: Path) -> bool:
    try:
        with open_regular(path) as fh:
            head = fh.read(4096).decode("utf-8", "ignore")
    except ChatImportError:
        return False
    return looks_meta(head)


def _read_files(
    files: list[Path], folder: Path, business: str | None, chat: str | None
) -> ChatSummary:
    total = 0
    for path in files:
        try:
            total += path.stat().st_size
        except OSError:
            continue
    what = translate("ChatExport", "The export {name}").format(name=folder.name)
    if total > MAX_EXPORT_BYTES:
        raise too_large(what)
    collector = _Collector(chat)
    files.sort(key=lambda p: _part_key(p.as_posix()))
    for path in files:
        part = translate("ChatExport", "The file {name}").format(name=path.name)
        collector.hint(path.as_posix())
        with open_regular(path) as fh, _text(fh, part, None, MAX_EXPORT_BYTES) as stream:
            collector.thread(_Reader(stream, part))
    return collector.summary(business, what)


def analyse(source: Source, business: str | None, chat: str | None) -> ChatSummary:
    """A Meta JSON file found by open_source: with the other parts of its thread when it is a
    message_N.json beside others, or with every conversation of the zip it is in."""
    if source.member is None:
        siblings = [source.path]
        if THREAD_PART.search(source.path.name):
            siblings = sorted(p for p in source.path.parent.glob("*.json") if _wanted(p.name))
            siblings = siblings or [source.path]
        return _read_files(siblings, source.path.parent, business, chat)
    return _analyse_zip(source.path, source.member, business, chat)


def _analyse_zip(path: Path, picked: str, business: str | None, chat: str | None) -> ChatSummary:
    collector = _Collector(chat)
    what = translate("ChatExport", "The export {name}").format(name=path.name)
    with open_regular(path) as fh:
        try:
            zf = zipfile.ZipFile(fh)
        except ZIP_ERRORS:
            raise unreadable_zip(path.name) from None
        with zf:
            infos = [i for i in zf.infolist() if i.filename and not i.is_dir()]
            members = [i for i in infos if _wanted(i.filename)]
            if not members:  # an end-to-end-encrypted export: one file per conversation
                members = [
                    i
                    for i in infos
                    if i.filename.lower().endswith(".json") and "media/" not in i.filename
                ]
            members = members or [zf.getinfo(picked)]
            if len(members) > _MAX_FILES:
                raise _too_many()
            if sum(i.file_size for i in members) > MAX_EXPORT_BYTES:
                raise too_large(what)
            members.sort(key=lambda i: _part_key(i.filename))
            for info in members:
                part = translate("ChatExport", "{member} in {archive}").format(
                    member=info.filename, archive=path.name
                )
                check_member(info, path, part)
                collector.hint(info.filename)
                try:
                    raw = zf.open(info)
                except ZIP_ERRORS:
                    raise unreadable_zip(path.name) from None
                with raw, _text(raw, part, path.name, MAX_EXPORT_BYTES) as stream:
                    reader = _Reader(stream, part)
                    if THREAD_PART.search(info.filename) is None and not _peek_meta(reader):
                        continue  # another JSON file of the export (settings, profile)
                    collector.thread(reader)
    if not collector.parts:
        raise _not_meta(what)
    return collector.summary(business, what)


def _peek_meta(reader: _Reader) -> bool:
    reader.fill()
    return looks_meta(reader.buf[:4096])
