"""Opening an export: zip members, text encoding (UTF-8/UTF-16), binary and empty files."""

from __future__ import annotations

import codecs
import io
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, TextIO

from continuity_app.core.i18n import translate

from .errors import ChatImportError

_SNIFF_BYTES = 64 * 1024


@dataclass(frozen=True)
class Source:
    """An export to read: a file, or one member of a zip, with its text encoding and kind."""

    path: Path
    member: str | None
    encoding: str
    kind: str  # "text" or "json"

    @contextmanager
    def open_binary(self) -> Iterator[BinaryIO]:
        """Open the raw bytes (the zip member is decompressed as a stream)."""
        if self.member is None:
            with open(self.path, "rb") as fh:
                yield fh
        else:
            with zipfile.ZipFile(self.path) as zf, zf.open(self.member) as fh:
                yield fh  # type: ignore[misc]

    @contextmanager
    def open_text(self) -> Iterator[TextIO]:
        """Open as text, decoded incrementally; universal newlines (CRLF, CR, LF)."""
        with self.open_binary() as fh:
            text = io.TextIOWrapper(fh, encoding=self.encoding, errors="replace", newline=None)
            try:
                yield text
            finally:
                text.detach()


def _first_line(data: bytes) -> str:
    line = data.split(b"\n", 1)[0][:60]
    return repr(line)


def _binary(what: str, head: bytes) -> ChatImportError:
    return ChatImportError(
        translate(
            "ChatExport",
            "{what} is a binary file, not a chat export (first bytes: {bytes}). "
            'Choose the .txt or .zip file WhatsApp\'s "Export chat" produced, or a Telegram '
            "Desktop JSON export.",
        ).format(what=what, bytes=_first_line(head))
    )


def _sniff_encoding(head: bytes, what: str) -> str:
    """Return the codec for these leading bytes or raise ChatImportError."""
    boms = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
    if not head.strip(b" \t\r\n\x00") or head.strip() in boms:
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
        raise _binary(what, head)
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        text = decoder.decode(head, final=False)
    except UnicodeDecodeError as exc:
        bad_line = head[: exc.start].count(b"\n") + 1
        start = head.rfind(b"\n", 0, exc.start) + 1
        line = head[start:].split(b"\n", 1)[0][:60]
        controls = sum(1 for b in head[:4096] if b < 9 or 13 < b < 32)
        if controls > 8 or exc.start < 16:
            raise _binary(what, head) from None
        raise ChatImportError(
            translate(
                "ChatExport",
                "{what} is not UTF-8 text: line {line} cannot be read ({text}). "
                "Re-export the chat, or save the file as UTF-8 and import it again.",
            ).format(what=what, line=bad_line, text=repr(line))
        ) from None
    controls = sum(1 for ch in text[:4096] if ch < "\t" or "\r" < ch < " ")
    if controls > 8:
        raise ChatImportError(
            translate(
                "ChatExport", "{what} is a binary file, not a chat export (first bytes: {bytes})."
            ).format(what=what, bytes=_first_line(head))
        )
    return "utf-8-sig"


def _kind(head: bytes, encoding: str) -> str:
    text = head.decode(encoding, errors="ignore").lstrip("\ufeff \t\r\n")
    if text.startswith("{"):
        return "json"
    if text.startswith("[") and text[1:].lstrip()[:1] in ("{", "]", '"'):
        raise ChatImportError(
            translate(
                "ChatExport",
                "This JSON file is not a Telegram Desktop export (it is a list, not an export "
                "object). Export the chat from Telegram Desktop as JSON.",
            )
        )
    return "text"


def _pick_member(zf: zipfile.ZipFile, path: Path) -> str:
    infos = [i for i in zf.infolist() if not i.is_dir() and not i.filename.startswith("__MACOSX/")]
    txts = [i for i in infos if i.filename.lower().endswith(".txt")]
    if txts:

        def rank(info: zipfile.ZipInfo) -> tuple[int, int]:
            name = info.filename.rsplit("/", 1)[-1].lower()
            preferred = name == "_chat.txt" or name.startswith("whatsapp") or "chat" in name
            return (1 if preferred else 0, info.file_size)

        return max(txts, key=rank).filename
    jsons = [i for i in infos if i.filename.lower().endswith(".json")]
    if jsons:
        return max(jsons, key=lambda i: i.file_size).filename
    listed = ", ".join(i.filename for i in infos[:8]) or translate("ChatExport", "(empty archive)")
    raise ChatImportError(
        translate(
            "ChatExport",
            "The zip file {name} contains no chat text file (.txt). Files found: {files}. "
            'Export the chat from WhatsApp again ("Export chat"), or import the .txt file.',
        ).format(name=path.name, files=listed)
    )


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
    with open(path, "rb") as fh:
        magic = fh.read(4)
    member = None
    if magic.startswith(b"PK\x03\x04") or magic == b"PK\x05\x06":
        try:
            with zipfile.ZipFile(path) as zf:
                member = _pick_member(zf, path)
                with zf.open(member) as fh:
                    head = fh.read(_SNIFF_BYTES)
        except (zipfile.BadZipFile, OSError) as exc:
            raise ChatImportError(
                translate(
                    "ChatExport",
                    "{name} looks like a zip file but cannot be opened ({error}). "
                    "Export the chat again.",
                ).format(name=path.name, error=exc)
            ) from None
        what = translate("ChatExport", "{member} in {archive}").format(
            member=member, archive=path.name
        )
    else:
        with open(path, "rb") as fh:
            head = fh.read(_SNIFF_BYTES)
        what = translate("ChatExport", "The file {name}").format(name=path.name)
    encoding = _sniff_encoding(head, what)
    return Source(path=path, member=member, encoding=encoding, kind=_kind(head, encoding))
