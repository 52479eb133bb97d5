"""Adjustments for running from a PyInstaller bundle rather than from Python."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def prepare() -> None:
    """Give matplotlib a lasting cache folder and make prints safe in windowed builds."""
    if not getattr(sys, "frozen", False):
        return
    # Without a persistent MPLCONFIGDIR, matplotlib rebuilds its font cache at every start.
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "continuity-app"
    if sys.platform == "win32":
        cache = Path(os.environ.get("LOCALAPPDATA", Path.home())) / "continuity-app" / "cache"
    elif sys.platform == "darwin":
        cache = Path.home() / "Library" / "Caches" / "continuity-app"
    os.environ.setdefault("MPLCONFIGDIR", str(cache / "matplotlib"))
    # A windowed build (Windows, macOS app) has no console: sys.stdout and stderr are None.
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the app
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
