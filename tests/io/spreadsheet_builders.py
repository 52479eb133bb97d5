"""Hand-made XLSX workbooks for hostile-input tests: any sheet XML, streamed into a zip."""

from __future__ import annotations

import zipfile
from collections.abc import Iterable
from pathlib import Path

_PKG = "http://schemas.openxmlformats.org/package/2006"
_PKG_VND = "application/vnd.openxmlformats-package.relationships+xml"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_VND = "application/vnd.openxmlformats-officedocument.spreadsheetml"
_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    f'<Types xmlns="{_PKG}/content-types">'
    f'<Default Extension="rels" ContentType="{_PKG_VND}"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    f'<Override PartName="/xl/workbook.xml" ContentType="{_VND}.sheet.main+xml"/>'
    f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{_VND}.worksheet+xml"/>'
    f'<Override PartName="/xl/sharedStrings.xml" ContentType="{_VND}.sharedStrings+xml"/>'
    "</Types>"
)
_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    f'<Relationships xmlns="{_PKG}/relationships">'
    f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    f'xmlns:r="{_REL}">'
    '<sheets><sheet name="Functions" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    f'<Relationships xmlns="{_PKG}/relationships">'
    f'<Relationship Id="rId1" Type="{_REL}/worksheet" Target="worksheets/sheet1.xml"/>'
    f'<Relationship Id="rId2" Type="{_REL}/sharedStrings" Target="sharedStrings.xml"/>'
    "</Relationships>"
)
SHEET_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
)


def inline(ref: str, text: str) -> str:
    """An inline-string cell."""
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def number(ref: str, value: str) -> str:
    """A number cell holding the literal ``value``."""
    return f'<c r="{ref}"><v>{value}</v></c>'


def header_row(titles: Iterable[str] = ("Name", "Per day", "Share")) -> str:
    cells = "".join(inline(f"{chr(65 + i)}1", t) for i, t in enumerate(titles))
    return f'<row r="1">{cells}</row>'


def write_xlsx(
    path: Path,
    sheet_parts: Iterable[str | bytes],
    *,
    shared_strings: Iterable[str | bytes] = (
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>',
    ),
    dimension: str | None = None,
) -> Path:
    """A workbook whose sheet1.xml is the parts given, streamed (so it may be huge)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _ROOT_RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        with archive.open("xl/sharedStrings.xml", "w", force_zip64=True) as out:
            for part in shared_strings:
                out.write(part.encode() if isinstance(part, str) else part)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as out:
            out.write(SHEET_HEAD.encode())
            if dimension:
                out.write(f'<dimension ref="{dimension}"/>'.encode())
            out.write(b"<sheetData>")
            for part in sheet_parts:
                out.write(part.encode() if isinstance(part, str) else part)
            out.write(b"</sheetData></worksheet>")
    return path
