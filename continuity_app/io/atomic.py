"""Replacing a file atomically: a reader sees the old content or the new, never a mix."""

from __future__ import annotations

import os
import re
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

try:  # POSIX: a lock tells a live save's temporary from one a killed save left behind
    import fcntl
except ImportError:  # Windows: an open file cannot be deleted, which tells the same
    fcntl = None  # type: ignore[assignment]


def temporary_pattern(path: Path, suffix: str = ".part") -> re.Pattern[str]:
    """The names of the temporaries that saves of `path` create beside it."""
    return re.compile(rf"\.{re.escape(path.name)}\.[0-9a-f]{{8}}{re.escape(suffix)}")


def _locked(descriptor: int) -> bool:
    """Take the lock of an open temporary without waiting; False if a live save holds it."""
    if fcntl is None:
        return True
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _remove_leftovers(directory: Path, pattern: re.Pattern[str]) -> None:
    """Delete the temporaries of saves that were killed before they could clean up."""
    try:
        names = [entry.name for entry in os.scandir(directory) if pattern.fullmatch(entry.name)]
    except OSError:
        return
    for name in names:
        leftover = directory / name
        try:
            descriptor = os.open(leftover, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        except OSError:
            continue
        try:
            # A live save holds its lock until its temporary is renamed; a dead one holds none.
            if _locked(descriptor):
                if fcntl is None:
                    os.close(descriptor)  # Windows refuses to delete an open file
                    descriptor = -1
                leftover.unlink()
        except OSError:
            pass  # in use (Windows) or already gone
        finally:
            if descriptor >= 0:
                os.close(descriptor)


def _create_temporary(directory: Path, name: str, suffix: str) -> tuple[Path, int]:
    """A new, locked, empty temporary beside the target, and its open descriptor."""
    while True:
        temporary = directory / f".{name}.{secrets.token_hex(4)}{suffix}"
        descriptor = os.open(temporary, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
        if fcntl is None:
            return temporary, descriptor
        fcntl.flock(descriptor, fcntl.LOCK_EX)
        # Another save's cleaning may have taken the file between creation and lock: keep it
        # only if the name still leads to this very file.
        try:
            same = os.stat(temporary).st_ino == os.fstat(descriptor).st_ino
        except FileNotFoundError:
            same = False
        if same:
            return temporary, descriptor
        os.close(descriptor)


@contextmanager
def replacing(path: Path, suffix: str = ".part", mode: int | None = None) -> Iterator[Path]:
    """A temporary file beside `path` to write in the block.

    When the block ends without error the file is flushed to disk and replaces `path`,
    keeping the permissions `path` had; on any error it is removed and `path` is untouched.
    A symbolic link is followed: the file it points to is replaced, the link stays. A save that
    is killed leaves at most one temporary, which the next save of the same file deletes.
    `mode` sets the file's permissions (a private key: 0o600); by default they are kept.
    OSError (e.g. a folder one may not write in) reaches the caller.
    """
    # the user chose the link's name; the data belongs in the file it leads to
    path = Path(os.path.realpath(path))
    directory = path.parent
    pattern = temporary_pattern(path, suffix)
    # cleaning first keeps the count at one: a save killed after this leaves only its own
    _remove_leftovers(directory, pattern)
    temporary, descriptor = _create_temporary(directory, path.name, suffix)
    try:
        yield temporary
        with temporary.open("rb") as written:
            os.fsync(written.fileno())
        if mode is None:
            # keep the user's permissions on a file they chose; a new file is readable by others
            mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
        temporary.chmod(mode)
        if fcntl is None:  # Windows cannot rename a file that is open
            os.close(descriptor)
            descriptor = -1
        os.replace(temporary, path)
    except BaseException:
        if descriptor >= 0:
            os.close(descriptor)  # Windows cannot delete a file that is open
            descriptor = -1
        temporary.unlink(missing_ok=True)
        raise
    finally:
        if descriptor >= 0:  # held until the rename, so no other save takes it for a leftover
            os.close(descriptor)
    if hasattr(os, "O_DIRECTORY"):  # make the rename itself durable
        folder = os.open(directory, os.O_DIRECTORY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)
