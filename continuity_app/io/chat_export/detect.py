"""Opening an export safely: regular files only, bounded sizes, zip members, text encodings."""

from __future__ import annotations

import codecs
import io
import os
import re
import struct
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, TextIO

from continuity_app.core.display import format_file_size
from continuity_app.core.i18n import translate
from continuity_app.io import regular_files

from .errors import ChatImportError

_SNIFF_BYTES = 64 * 1024

# A WhatsApp export holds at most 40,000 messages (a few MB of text) and one Telegram chat
# rarely reaches 50 MB: 256 MB of text is far above any real export and still reads in well
# under a minute. Nothing is read past this many bytes (plus one, to notice the excess).
MAX_EXPORT_BYTES = 250_000_000
# Chat text compresses about 3-10 times; a member that inflates more than this is a zip bomb.
MAX_ZIP_RATIO = 100
_RATIO_FLOOR = 8 * 1024 * 1024  # small members may compress better: not worth refusing
# A WhatsApp zip lists one file per photo or voice note; a central directory above this is
# not an export and would cost memory to list.
MAX_ZIP_DIRECTORY = 16_000_000
MAX_LINE_CHARS = 64 * 1024  # longer lines are cut: only their start (the header) matters

try:
    from lzma import LZMAError
except ImportError:  # a Python built without lzma cannot inflate such members anyway
    LZMAError = RuntimeError  # type: ignore[assignment,misc]

# What zipfile and its decompressors raise on damaged, encrypted or unsupported archives.
ZIP_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    LZMAError,
    EOFError,
    RuntimeError,
    NotImplementedError,
    OSError,  # bz2 reports damage as OSError
    ValueError,
    struct.error,
    OverflowError,
)


def too_large(what: str) -> ChatImportError:
    return ChatImportError(
        translate(
            "ChatExport",
            "{what} is larger than {limit}, far more than any chat export: it is not imported. "
            "Export a single chat (WhatsApp: Export chat, without media; Telegram Desktop: "
            "Export chat history of one chat) and import that file.",
        ).format(what=what, limit=format_file_size(MAX_EXPORT_BYTES))
    )


def unreadable_zip(name: str) -> ChatImportError:
    return ChatImportError(
        translate(
            "ChatExport",
            "{name} looks like a zip file but is damaged and cannot be read. Export the chat "
            "again, or unpack the zip and import the .txt file inside.",
        ).format(name=name)
    )


class BoundedReader(io.RawIOBase):
    """A read-only stream that refuses to deliver more than ``limit`` bytes and turns
    decompression errors into ChatImportError."""

    def __init__(self, raw: BinaryIO, limit: int, what: str, archive: str | None) -> None:
        super().__init__()
        self._raw = raw
        self._left = limit + 1  # one byte more than allowed tells "too large" from "exactly"
        self._what = what
        self._archive = archive

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        want = min(len(buffer), self._left)
        if want <= 0:
            raise too_large(self._what)
        if self._archive is None:  # a plain file: OSError (a failing disk) reaches the caller
            data = self._raw.read(want)
        else:
            try:
                data = self._raw.read(want)
            except ZIP_ERRORS:
                raise unreadable_zip(self._archive) from None
        n = len(data)
        self._left -= n
        if self._left <= 0:
            raise too_large(self._what)
        buffer[:n] = data
        return n


def open_regular(path: Path) -> BinaryIO:
    """Open a regular file for reading; refuse pipes, devices and sockets without blocking."""
    try:
        return regular_files.open_regular(path)
    except regular_files.NotARegularFile:
        raise ChatImportError(
            translate(
                "ChatExport",
                "{path} is not a regular file (it is a pipe, a device or a socket): "
                "choose the exported chat file itself.",
            ).format(path=path)
        ) from None
    except OSError as error:
        raise ChatImportError(
            translate("ChatExport", "{path} cannot be read: {reason}.").format(
                path=path, reason=error.strerror or error
            )
        ) from None


@dataclass(frozen=True)
class Source:
    """An export to read: a file, or one member of a zip, with its text encoding and kind."""

    path: Path
    member: str | None
    encoding: str
    kind: str  # "text" or "json"

    def _what(self) -> str:
        if self.member is None:
            return translate("ChatExport", "The file {name}").format(name=self.path.name)
        return translate("ChatExport", "{member} in {archive}").format(
            member=self.member, archive=self.path.name
        )

    @contextmanager
    def open_binary(self) -> Iterator[BinaryIO]:
        """Open the raw bytes, at most MAX_EXPORT_BYTES (a zip member is inflated as a stream)."""
        archive = None if self.member is None else self.path.name
        with open_regular(self.path) as fh:
            if self.member is None:
                raw: BinaryIO = fh
                yield io.BufferedReader(BoundedReader(raw, MAX_EXPORT_BYTES, self._what(), archive))
                return
            try:
                zf = zipfile.ZipFile(fh)
                member = zf.open(self.member)
            except ZIP_ERRORS:
                raise unreadable_zip(self.path.name) from None
            with zf, member:
                bounded = BoundedReader(member, MAX_EXPORT_BYTES, self._what(), archive)  # type: ignore[arg-type]
                yield io.BufferedReader(bounded)

    @contextmanager
    def open_text(self) -> Iterator[TextIO]:
        """Open as text, decoded incrementally; universal newlines (CRLF, CR, LF)."""
        with self.open_binary() as fh:
            text = io.TextIOWrapper(fh, encoding=self.encoding, errors="replace", newline=None)
            try:
                yield text
            finally:
                text.detach()


def bounded_lines(stream: TextIO, limit: int = MAX_LINE_CHARS) -> Iterator[str]:
    """The stream's lines, each cut to ``limit`` characters: a line of a gigabyte costs
    no more memory than a short one."""
    readline = stream.readline
    while True:
        line = readline(limit)
        if not line:
            return
        if len(line) >= limit and not line.endswith("\n"):
            while True:  # skip the rest of the overlong line
                rest = readline(limit)
                if not rest or rest.endswith("\n"):
                    break
            line += "\n"
        yield line


def _binary(what: str) -> ChatImportError:
    return ChatImportError(
        translate(
            "ChatExport",
            "{what} is a binary file, not a chat export. "
            'Choose the .txt or .zip file WhatsApp\'s "Export chat" produced, or a Telegram '
            "Desktop JSON export.",
        ).format(what=what)
    )


def _sniff_encoding(head: bytes, what: str) -> str:
    """Return the codec for these leading bytes or raise ChatImportError."""
    boms = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
    if not head.strip(b" \t\r\n") or head.strip() in boms:
        raise ChatImportError(
            translate("ChatExport", "{what} is empty: there is nothing to import.").format(
                what=what
            )
        )
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if b"\x00" in head:
        even = head[0::2].count(0)
        odd = head[1::2].count(0)
        half = len(head) // 2 or 1
        if odd > 0.3 * half and even < 0.05 * half:
            return "utf-16-le"
        if even > 0.3 * half and odd < 0.05 * half:
            return "utf-16-be"
        raise _binary(what)
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        text = decoder.decode(head, final=False)
    except UnicodeDecodeError as exc:
        # name the line, never its content: it is someone's message
        bad_line = head[: exc.start].count(b"\n") + 1
        controls = sum(1 for b in head[:4096] if b < 9 or 13 < b < 32)
        if controls > 8 or exc.start < 16:
            raise _binary(what) from None
        raise ChatImportError(
            translate(
                "ChatExport",
                "{what} is not UTF-8 text: line {line} has bytes that are not UTF-8. "
                "Re-export the chat, or save the file as UTF-8 and import it again.",
            ).format(what=what, line=bad_line)
        ) from None
    controls = sum(1 for ch in text[:4096] if ch < "\t" or "\r" < ch < " ")
    if controls > 8:
        raise _binary(what)
    return "utf-8-sig"


_META_KEYS = re.compile(r'(?<!\\)"(?:sender_name|timestamp_ms|senderName|threadName)"\s*:')
META_PART = re.compile(r"(?:^|/)message_\d+\.json$", re.IGNORECASE)


def looks_meta(head: str) -> bool:
    """True when the start of a JSON file is an Instagram or Messenger conversation (Meta's
    "participants" first, or its message fields), not a Telegram export."""
    text = head.lstrip("\ufeff \t\r\n")
    return text.startswith("{") and (
        re.match(r'\{\s*"participants"\s*:', text) is not None or bool(_META_KEYS.search(text))
    )


def _kind(head: bytes, encoding: str, name: str = "") -> str:
    text = head.decode(encoding, errors="ignore").lstrip("\ufeff \t\r\n")
    if text.startswith("{"):
        return "meta" if looks_meta(text) or META_PART.search(name) else "json"
    if text.startswith("[") and text[1:].lstrip()[:1] in ("{", "]", '"', "["):
        raise ChatImportError(
            translate(
                "ChatExport",
                "This JSON file is not a Telegram Desktop export (it is a list, not an export "
                "object). Export the chat from Telegram Desktop as JSON.",
            )
        )
    return "text"


def _directory_size(fh: BinaryIO) -> int | None:
    """Size of a zip's central directory from its end record, before zipfile reads it all;
    None when no end record is found (zipfile then reports the damage)."""
    end = fh.seek(0, os.SEEK_END)
    tail_start = max(0, end - (65535 + 22 + 20))
    fh.seek(tail_start)
    tail = fh.read()
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) - at < 22:
        return None
    size = struct.unpack("<I", tail[at + 12 : at + 16])[0]
    locator = at - 20
    if size == 0xFFFFFFFF and locator >= 0 and tail[locator : locator + 4] == b"PK\x06\x07":
        (offset,) = struct.unpack("<Q", tail[locator + 8 : locator + 16])
        if offset + 56 <= end:
            fh.seek(offset)
            record = fh.read(56)
            if record[:4] == b"PK\x06\x06":
                size = struct.unpack("<Q", record[40:48])[0]
    return size


def _pick_member(zf: zipfile.ZipFile, path: Path) -> zipfile.ZipInfo:
    # a damaged directory can give a member an empty name, which is neither file nor folder
    infos = [
        i
        for i in zf.infolist()
        if i.filename and not i.is_dir() and not i.filename.startswith("__MACOSX/")
    ]
    # an Instagram or Messenger export holds no-data.txt files beside its conversations
    threads = [i for i in infos if META_PART.search(i.filename)]
    if threads:
        return min(threads, key=lambda i: i.filename)
    if any(re.search(r"(?:^|/)message_\d+\.html$", i.filename, re.I) for i in infos):
        raise ChatImportError(
            translate(
                "ChatExport",
                "{name} is an Instagram or Messenger export in HTML, which has no exact times. "
                "Export the conversations again from Instagram or Facebook (Accounts Center > "
                "Your information and permissions > Download your information, format JSON).",
            ).format(name=path.name)
        )
    txts = [i for i in infos if i.filename.lower().endswith(".txt")]
    if txts:

        def rank(info: zipfile.ZipInfo) -> tuple[int, int]:
            name = info.filename.rsplit("/", 1)[-1].lower()
            preferred = name == "_chat.txt" or name.startswith("whatsapp") or "chat" in name
            return (1 if preferred else 0, info.file_size)

        return max(txts, key=rank)
    jsons = [i for i in infos if i.filename.lower().endswith(".json")]
    if jsons:
        return max(jsons, key=lambda i: i.file_size)
    # not the file names: shared documents keep theirs ("Ana's passport.pdf"); the kinds of
    # file say enough about what the zip holds
    kinds = sorted({i.filename.rsplit(".", 1)[-1].lower()[:8] for i in infos if "." in i.filename})
    listed = ", ".join(f".{k}" for k in kinds[:12]) or translate("ChatExport", "(none)")
    raise ChatImportError(
        translate(
            "ChatExport",
            "The zip file {name} contains no chat text file (.txt), only %n other file(s) "
            '({kinds}). Export the chat from WhatsApp again ("Export chat"), or import the '
            ".txt file.",
            None,
            len(infos),
        ).format(name=path.name, kinds=listed)
    )


def check_member(info: zipfile.ZipInfo, path: Path, what: str) -> None:
    if info.flag_bits & 0x1:
        raise ChatImportError(
            translate(
                "ChatExport",
                "{name} is protected by a password. Unpack it with your archive tool and "
                "import the chat .txt file inside, or export the chat again without a "
                "password.",
            ).format(name=path.name)
        )
    if info.file_size > MAX_EXPORT_BYTES:
        raise too_large(what)
    if info.file_size > _RATIO_FLOOR and info.file_size > MAX_ZIP_RATIO * max(
        info.compress_size, 1
    ):
        raise ChatImportError(
            translate(
                "ChatExport",
                "{name} would unpack to {ratio} times its packed size, far more than text "
                "ever compresses: it is a zip bomb or a damaged archive, and is not opened. "
                "Export the chat again.",
            ).format(name=path.name, ratio=info.file_size // max(info.compress_size, 1))
        )


def _open_zip(path: Path, fh: BinaryIO) -> tuple[str, bytes, str]:
    """(member name, its first bytes, how messages name it) of the chat inside a zip."""
    size = _directory_size(fh)
    if size is not None and size > MAX_ZIP_DIRECTORY:
        raise ChatImportError(
            translate(
                "ChatExport",
                "{name} lists more files than any chat export (its list of file names alone is "
                "{size}): it is not opened. Unpack it and import the chat .txt file inside.",
            ).format(name=path.name, size=format_file_size(size))
        )
    fh.seek(0)
    try:
        with zipfile.ZipFile(fh) as zf:
            info = _pick_member(zf, path)
            what = translate("ChatExport", "{member} in {archive}").format(
                member=info.filename, archive=path.name
            )
            check_member(info, path, what)
            with zf.open(info) as member:
                head = BoundedReader(member, MAX_EXPORT_BYTES, what, path.name)  # type: ignore[arg-type]
                data = io.BufferedReader(head).read(_SNIFF_BYTES)
    except ChatImportError:
        raise
    except ZIP_ERRORS:
        raise unreadable_zip(path.name) from None
    return info.filename, data, what


def open_source(path: Path) -> Source:
    """Identify what ``path`` holds and how to decode it; raise ChatImportError if unusable."""
    path = Path(path)
    if not path.exists():
        raise ChatImportError(translate("ChatExport", "File not found: {path}.").format(path=path))
    if path.is_dir():
        raise ChatImportError(
            translate(
                "ChatExport", "{path} is a folder: choose the exported chat file inside it."
            ).format(path=path)
        )
    member = None
    with open_regular(path) as fh:
        magic = fh.read(4)
        if magic.startswith(b"PK\x03\x04") or magic == b"PK\x05\x06":
            member, head, what = _open_zip(path, fh)
        else:
            what = translate("ChatExport", "The file {name}").format(name=path.name)
            # a zip may carry media and be large; a text file larger than the limit is
            # refused before a byte of it is decoded
            if os.fstat(fh.fileno()).st_size > MAX_EXPORT_BYTES:
                raise too_large(what)
            fh.seek(0)
            head = fh.read(_SNIFF_BYTES)
    encoding = _sniff_encoding(head, what)
    return Source(
        path=path, member=member, encoding=encoding, kind=_kind(head, encoding, member or path.name)
    )
