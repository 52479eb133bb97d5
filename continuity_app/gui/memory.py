"""Large temporary arrays go back to the system, so a long session does not creep upwards."""

from __future__ import annotations

import ctypes
import ctypes.util
import sys

# glibc's M_MMAP_THRESHOLD: blocks at least this large get their own mapping, unmapped when
# freed. Left dynamic, glibc raises it to the largest block freed, and the model's 0.3 MB
# working arrays, made on the results engine's worker threads, then pile up in per-thread
# heaps: a 3,000-edit session grew by 90 MB that way, against 20 MB with the threshold fixed.
_M_MMAP_THRESHOLD = -3
_THRESHOLD_BYTES = 128 * 1024


def return_large_buffers_to_system() -> bool:
    """Fix glibc's mapping threshold; True when it was set (Linux with glibc only)."""
    if not sys.platform.startswith("linux"):
        return False
    name = ctypes.util.find_library("c")
    if name is None:
        return False
    try:
        libc = ctypes.CDLL(name)
        mallopt = libc.mallopt
    except (OSError, AttributeError):  # musl and other C libraries have no mallopt
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    return bool(mallopt(_M_MMAP_THRESHOLD, _THRESHOLD_BYTES))
