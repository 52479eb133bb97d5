"""The PyInstaller bundle: its size, packed and unpacked, and cold start to the first window."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "build" / "dist"


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def drop_caches() -> bool:
    """Ask the kernel to forget cached files, for a true cold start (root only)."""
    try:
        subprocess.run(["sync"], check=True)
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def start_seconds(executable: Path, cold: bool) -> float:
    env = dict(os.environ, CONTINUITY_APP_EXIT_AFTER_SHOW="1")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    if cold and not drop_caches():
        raise SystemExit("a cold start needs root to drop the page cache")
    start = time.perf_counter()
    process = subprocess.Popen(
        [str(executable), "--example", "ramallah-bakery"],
        stdout=subprocess.PIPE,
        env=env,
        text=True,
    )
    line = process.stdout.readline()
    elapsed = time.perf_counter() - start
    process.wait()
    if "window shown" not in line:
        raise SystemExit(f"the bundle did not open its window: {line!r}")
    return elapsed


def main() -> None:
    executable = DIST / "continuity-app" / "continuity-app"
    if not executable.is_file():
        sys.exit("no bundle: run build/build.sh first")
    archives = sorted(DIST.glob("continuity-app-*.tar.gz"))
    print(f"bundle folder: {folder_size(executable.parent) / 1e6:.0f} MB (target < 250 MB)")
    if archives:
        print(f"archive {archives[-1].name}: {archives[-1].stat().st_size / 1e6:.0f} MB (< 110 MB)")
    cold = [start_seconds(executable, cold=True) for _ in range(3)]
    warm = [start_seconds(executable, cold=False) for _ in range(5)]
    print(
        "start to first window (offscreen, target < 2 s): "
        f"cold median {statistics.median(cold):.2f} s (best {min(cold):.2f}), "
        f"warm median {statistics.median(warm):.2f} s"
    )


if __name__ == "__main__":
    main()
