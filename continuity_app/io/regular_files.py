"""Opening only regular files: a pipe, a device or a socket given as a file is refused at once."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO


class NotARegularFile(Exception):
    """The name leads to a folder, a named pipe, a device or a socket; `mode` says which."""

    def __init__(self, path: Path, mode: int) -> None:
        super().__init__(f"{path} is not a regular file")
        self.path = path
        self.mode = mode


class FileTooLarge(Exception):
    """A file above the caller's limit; `size` is None when it grew while it was read."""

    def __init__(self, path: Path, size: int | None) -> None:
        super().__init__(f"{path} is too large")
        self.path = path
        self.size = size


def open_regular(path: Path) -> BinaryIO:
    """Open a regular file for reading.

    A named pipe would block open() and a reader until something writes to it, and /dev/zero
    never ends: the kind is looked at before opening, and again on the open descriptor (the
    name may be swapped meanwhile), which O_NONBLOCK opens without waiting. Raises
    NotARegularFile, or OSError (FileNotFoundError, PermissionError...) as open() would.
    """
    mode = os.stat(path).st_mode
    if not stat.S_ISREG(mode):
        raise NotARegularFile(path, mode)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    descriptor = os.open(path, flags)
    try:
        mode = os.fstat(descriptor).st_mode
        if not stat.S_ISREG(mode):
            raise NotARegularFile(path, mode)
        if hasattr(os, "set_blocking"):
            os.set_blocking(descriptor, True)
        return os.fdopen(descriptor, "rb")
    except BaseException:
        os.close(descriptor)
        raise


def read_regular(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most `limit` bytes; never reads more than limit + 1.

    Raises NotARegularFile, FileTooLarge, or OSError.
    """
    with open_regular(path) as file:
        size = os.fstat(file.fileno()).st_size
        if size > limit:
            raise FileTooLarge(path, size)
        data = file.read(limit + 1)
    if len(data) > limit:
        raise FileTooLarge(path, None)
    return data
