"""Replacing a file atomically: a reader sees the old content or the new, never a mix."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def replacing(path: Path, suffix: str = ".part") -> Iterator[Path]:
    """A temporary file beside `path` to write in the block.

    When the block ends without error the file is flushed to disk and replaces `path`,
    keeping the permissions `path` had; on any error it is removed and `path` is untouched.
    OSError (e.g. a folder one may not write in) reaches the caller.
    """
    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    descriptor, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=suffix, dir=directory)
    os.close(descriptor)
    temporary = Path(name)
    try:
        yield temporary
        with temporary.open("rb") as written:
            os.fsync(written.fileno())
        # keep the user's permissions on a file they chose; a new file is readable by others
        temporary.chmod(path.stat().st_mode & 0o777 if path.exists() else 0o644)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    if hasattr(os, "O_DIRECTORY"):  # make the rename itself durable
        folder = os.open(directory, os.O_DIRECTORY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)
