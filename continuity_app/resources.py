"""Finds the resources folder in a source checkout, an installed wheel or a PyInstaller bundle."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


class ResourcesMissing(RuntimeError):
    """The installation lacks its resources folder (a broken or partial install)."""


def _candidates() -> list[Path]:
    candidates = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:  # PyInstaller unpacks data next to the executable's internals
        candidates.append(Path(bundle) / "resources")
    candidates.append(_PACKAGE_DIR / "resources")  # wheel: mapped into the package
    candidates.append(_PACKAGE_DIR.parent / "resources")  # source checkout
    return candidates


@cache
def resources_dir() -> Path:
    """The folder holding data/, schema/, examples/, fonts/, i18n/ and icons/."""
    for candidate in _candidates():
        if (candidate / "data").is_dir():
            return candidate
    searched = ", ".join(str(c) for c in _candidates())
    raise ResourcesMissing(
        f"The application's resources are missing (looked in {searched}). "
        "Reinstall the application."
    )


def resource_path(*parts: str) -> Path:
    """Path of a file or folder inside the resources folder."""
    return resources_dir().joinpath(*parts)
