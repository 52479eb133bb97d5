"""Adjustments for running from a PyInstaller bundle rather than from Python."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def _utf8_locale() -> None:
    """Ask for a UTF-8 character set when the environment names none, before Qt starts.

    The python3 command does this itself (PEP 538 locale coercion); the bundle's embedded
    interpreter does not, and Qt then prints a warning on every start when LANG is unset
    (Detected locale "C" ... switched to "C.UTF-8"). Only LC_CTYPE is set: the language of
    the window and the number formats still follow LANG and LC_MESSAGES.
    """
    if os.environ.get("LC_ALL"):
        return  # the user chose everything explicitly
    ctype = os.environ.get("LC_CTYPE") or os.environ.get("LANG") or "C"
    if ctype in ("C", "POSIX"):
        os.environ["LC_CTYPE"] = "C.UTF-8"


def prepare() -> None:
    """Give matplotlib a lasting cache folder, a UTF-8 locale for Qt, and safe prints."""
    if not getattr(sys, "frozen", False):
        return
    if sys.platform.startswith("linux"):
        _utf8_locale()
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
