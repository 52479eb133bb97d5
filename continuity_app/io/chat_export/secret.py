"""The installation's pseudonym key: random, made once, kept in the user's data folder."""

from __future__ import annotations

import os
import secrets
import sys
import threading
from collections.abc import Mapping
from pathlib import Path

from continuity_app.io.atomic import replacing

# Tests (and people who keep their data elsewhere) point this at another folder.
DATA_DIR_VARIABLE = "CONTINUITY_APP_DATA_DIR"
KEY_FILE = "pseudonym-key"
_KEY_BYTES = 32

_lock = threading.Lock()
_fallback: dict[Path, bytes] = {}  # per folder, when the key cannot be saved there


def data_dir(environ: Mapping[str, str] | None = None, platform: str | None = None) -> Path:
    """The folder for this application's data: CONTINUITY_APP_DATA_DIR if set, else
    $XDG_DATA_HOME or ~/.local/share on Linux, %APPDATA% on Windows, ~/Library/Application
    Support on macOS, each with a continuity-app folder."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    chosen = environ.get(DATA_DIR_VARIABLE)
    if chosen:
        return Path(chosen)
    if platform.startswith("win"):
        base = Path(environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "continuity-app"


def _read(path: Path) -> bytes | None:
    try:
        text = path.read_text(encoding="ascii").strip()
        key = bytes.fromhex(text)
    except (OSError, ValueError):  # missing, unreadable or damaged: make a new one
        return None
    return key if len(key) == _KEY_BYTES else None


def _write(path: Path, key: bytes) -> None:
    # private at every moment: the folder is the user's alone, and the file is 0600 from
    # its creation as a temporary to after the rename
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix":
        path.parent.chmod(0o700)
    with replacing(path, mode=0o600) as temporary:
        temporary.write_text(key.hex() + "\n", encoding="ascii")


def key_folder() -> str:
    """Where the key is kept, for help texts; never raises."""
    try:
        return str(data_dir() / "keys")
    except (RuntimeError, OSError, KeyError):  # no home folder (a service account)
        return KEY_FILE


def installation_key(folder: Path | None = None) -> bytes:
    """The secret that keys author pseudonyms on this installation.

    Made once with ``secrets.token_bytes`` and saved (0600, atomically) as
    ``<data folder>/keys/pseudonym-key``; the command line and the window read the same
    file, so both show the same pseudonyms. When the folder cannot be written, a key for
    this session only is used: pseudonyms stay private but change between runs.
    """
    if folder is None:
        try:
            folder = data_dir()
        except (RuntimeError, OSError, KeyError):  # no home folder: a key for this session
            folder = Path("-")
    folder = Path(folder)
    path = folder / "keys" / KEY_FILE
    with _lock:
        key = _read(path)
        if key is not None:
            return key
        if folder in _fallback:
            return _fallback[folder]
        key = secrets.token_bytes(_KEY_BYTES)
        try:
            _write(path, key)
        except OSError:
            _fallback[folder] = key
            return key
        # another process may have written its key at the same moment: use what is stored
        return _read(path) or key
