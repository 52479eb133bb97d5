"""Waiting for worker threads from the GUI thread without deadlocking on Python's GIL."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QThreadPool


def wait_for_pool(pool: QThreadPool, timeout_ms: int | None = 30_000) -> bool:
    """Block until the pool is idle, processing events; False if it is still busy at timeout
    (None: no timeout).

    QThreadPool.waitForDone holds the GIL while it blocks, so a Python worker that needs the
    GIL to finish would never finish: poll instead.
    """
    deadline = None if timeout_ms is None else time.monotonic() + timeout_ms / 1000
    while pool.activeThreadCount() > 0:
        if deadline is not None and time.monotonic() > deadline:
            return False
        QCoreApplication.processEvents()
        time.sleep(0.005)
    QCoreApplication.processEvents()
    return True
