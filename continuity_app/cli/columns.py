"""Text columns for the terminal, padded by the columns each character takes there."""

from __future__ import annotations


def width(text: str) -> int:
    """Terminal columns `text` takes: combining marks take none, wide characters two."""
    from wcwidth import wcswidth  # only the readable reports need it

    columns = wcswidth(text)
    return columns if columns >= 0 else len(text)  # a control character: count characters


def clip(text: str, columns: int) -> str:
    """`text` cut to `columns` terminal columns, an ellipsis marking the cut."""
    if width(text) <= columns:
        return text
    kept = ""
    for char in text:
        if width(kept + char) > columns - 1:
            break
        kept += char
    return kept.rstrip() + "…"


def pad(text: str, columns: int, right: bool = False) -> str:
    """`text` padded with spaces to `columns` terminal columns, on the left when `right`."""
    padding = " " * max(columns - width(text), 0)
    return padding + text if right else text + padding


def table(headers: list[str], rows: list[list[str]], right: set[int]) -> list[str]:
    """Columns padded to their widest cell as the terminal shows it; numbers right-aligned."""
    widths = [max(width(str(r[i])) for r in [headers, *rows]) for i in range(len(headers))]

    def line(cells: list[str]) -> str:
        return "  ".join(
            pad(c, w, i in right) for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ).rstrip()

    return [line(headers), line(["-" * w for w in widths]), *(line(r) for r in rows)]
