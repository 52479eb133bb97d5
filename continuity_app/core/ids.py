"""Identifiers for new items: the first one not used yet."""

from __future__ import annotations

from collections.abc import Collection


def unique_id(base: str, taken: Collection[str], *, numbered: bool = False) -> str:
    """`base`, or `base-2`, `base-3`... whichever is not used yet.

    numbered: always with a number, from `base-1` (for "function-1", "function-2"...).
    """
    if not numbered and base not in taken:
        return base
    number = 1 if numbered else 2
    while f"{base}-{number}" in taken:
        number += 1
    return f"{base}-{number}"
