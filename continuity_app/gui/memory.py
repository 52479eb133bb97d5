"""Large temporary arrays go back to the system, so a long session does not creep upwards."""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import sys

# glibc's M_MMAP_THRESHOLD: blocks at least this large get their own mapping, unmapped when
# freed. Left dynamic, glibc raises it to the largest block freed, and the model's 0.3 MB
# working arrays, made on the results engine's worker threads, then pile up in per-thread
# heaps: a 3,000-edit session grew by 90 MB that way, against 20 MB with the threshold fixed.
_M_MMAP_THRESHOLD = -3
_THRESHOLD_BYTES = 128 * 1024


def _libc() -> ctypes.CDLL | None:
    """glibc, or None on other systems and C libraries."""
    if not sys.platform.startswith("linux"):
        return None
    name = ctypes.util.find_library("c")
    if name is None:
        return None
    try:
        return ctypes.CDLL(name)
    except OSError:
        return None


def return_freed_memory(collect: bool = False) -> bool:
    """Hand the heap's free pages back to the system after a large transient job (a print
    preview or a PDF renders its pages, tens of MB, then frees them; glibc keeps the pages,
    and a long session that previews now and then grew by that much each time). `collect`
    first frees Python's unreachable cycles (a tenth of a second: for rare jobs only). True
    when some memory was returned (Linux with glibc only)."""
    if collect:
        gc.collect()
    libc = _libc()
    trim = getattr(libc, "malloc_trim", None) if libc is not None else None
    if trim is None:
        return False
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return bool(trim(0))


def return_large_buffers_to_system() -> bool:
    """Fix glibc's mapping threshold; True when it was set (Linux with glibc only)."""
    libc = _libc()
    mallopt = getattr(libc, "mallopt", None) if libc is not None else None
    if mallopt is None:  # musl and other C libraries have no mallopt
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    return bool(mallopt(_M_MMAP_THRESHOLD, _THRESHOLD_BYTES))
