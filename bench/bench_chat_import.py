"""Benchmark: import a generated 200,000-message WhatsApp export; optionally a ~1 GB one.

Usage:
    python bench/bench_chat_import.py            # 200k messages: wall time and peak memory
    python bench/bench_chat_import.py --huge     # also a ~1 GB file, to show it streams
    python bench/bench_chat_import.py --business # also compute response times

Peak memory is measured two ways: tracemalloc (Python allocations during the import) and
the process's peak resident set size (VmHWM, which includes the interpreter). The
import is run in a fresh child process per file so the RSS figure belongs to that import.
Targets (issue 7): 200k messages in under 3 s and under 200 MB; memory must not grow with
file size.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from datetime import datetime, timedelta
from pathlib import Path

AUTHORS = ["Shop", "Ana Souza", "Rahul", "+55 11 91234-5678", "Мария", "Carlos ✨", "Li Wei"]
TEXTS = [
    "Hi, is the order ready?",
    "Yes, you can pick it up after 5 pm 😊",
    "<Media omitted>",
    "Obrigado! Até amanhã",
    "Сколько стоит доставка?",
    "This message was deleted",
    "Can you send the invoice\nand the tracking number?\nThanks",
    "ok",
    "Preço: R$ 45,00 — pode pagar via Pix",
]

_YEAR = re.compile(r"/(20\d\d), ")


def generate(path: Path, messages: int, seed: int = 7) -> int:
    """Write an Android-style day-first 24 h export with ``messages`` messages; return bytes."""
    rng = random.Random(seed)
    t = datetime(2021, 1, 4, 8, 0)
    lines = ["04/01/2021, 08:00 - Messages and calls are end-to-end encrypted. Tap to learn more."]
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(lines[0] + "\n")
        batch: list[str] = []
        for i in range(messages):
            t += timedelta(seconds=rng.randint(5, 600))
            if t.hour >= 22:
                t = t.replace(hour=8, minute=0) + timedelta(days=1)
            author = AUTHORS[0] if i % 3 == 0 else AUTHORS[1 + i % (len(AUTHORS) - 1)]
            text = TEXTS[rng.randrange(len(TEXTS))]
            batch.append(f"{t:%d/%m/%Y, %H:%M} - {author}: {text}\n")
            if i % 997 == 0:
                batch.append(f"{t:%d/%m/%Y, %H:%M} - {author} changed their phone number\n")
            if len(batch) >= 10000:
                fh.write("".join(batch))
                batch.clear()
        fh.write("".join(batch))
    return path.stat().st_size


def generate_huge(path: Path, target_bytes: int) -> int:
    """Repeat a 200k-message block (about 4 years from 2021) until the file reaches the target.

    Each copy is shifted to another four-year window within 2005-2025, so the export spans
    a realistic 20 years however large it gets: per-day aggregates stay bounded, and the
    memory figure shows whether anything grows with the number of lines.
    """
    block = path.with_suffix(".block")
    generate(block, 200_000, seed=11)
    text = block.read_text(encoding="utf-8")
    block.unlink()
    size = 0
    copy = 0
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        while size < target_bytes:
            shift = 4 * (copy % 5) - 16  # multiples of 4 keep 29 February valid
            chunk = _YEAR.sub(lambda m, s=shift: f"/{int(m.group(1)) + s}, ", text)
            fh.write(chunk)
            size += len(chunk.encode("utf-8"))
            copy += 1
    return path.stat().st_size


def _peak_rss_mb() -> float:
    """Peak resident set size of this process image (VmHWM; ru_maxrss where unavailable).

    Linux keeps ru_maxrss across fork+exec, so in a child it can report the parent's peak;
    VmHWM belongs to the new process image only.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def measure(path: Path, business: str | None, traced: bool = True) -> dict[str, float | int | str]:
    """Import ``path`` in this process; return time, peak RSS and (if traced) tracemalloc peak."""
    from continuity_app.io.chat_export import analyse_chat

    result: dict[str, float | int | str] = {}
    if traced:
        tracemalloc.start()
        analyse_chat(path, business=business)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        result["tracemalloc_peak_mb"] = round(peak / 1e6, 1)
    # Timed without tracemalloc (it slows allocation-heavy code down several times).
    t0 = time.perf_counter()
    summary = analyse_chat(path, business=business)
    result["seconds"] = round(time.perf_counter() - t0, 2)
    result["max_rss_mb"] = _peak_rss_mb()
    result["messages"] = summary.messages
    result["date_order"] = summary.date_order
    if summary.response_time_median_minutes is not None:
        result["median_response_min"] = summary.response_time_median_minutes
    return result


def run_child(
    path: Path, business: str | None, traced: bool = True
) -> dict[str, float | int | str]:
    """Run ``measure`` in a fresh interpreter so max RSS is this import's alone."""
    here = Path(__file__).resolve().parent
    code = (
        f"import json, sys; sys.path.insert(0, {str(here.parent)!r}); "
        f"sys.path.insert(0, {str(here)!r});"
        "from bench_chat_import import measure; from pathlib import Path;"
        f"print(json.dumps(measure(Path({str(path)!r}), {business!r}, {traced!r})))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    if out.returncode:
        raise SystemExit(f"import failed:\n{out.stderr}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=200_000)
    parser.add_argument("--huge", action="store_true", help="also import a ~1 GB export")
    parser.add_argument("--huge-mb", type=int, default=1024)
    parser.add_argument("--business", action="store_true", help="compute response times")
    args = parser.parse_args()
    business = AUTHORS[0] if args.business else None
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "WhatsApp Chat with Shop.txt"
        size = generate(path, args.messages)
        res = run_child(path, business)
        print(f"{args.messages:,} messages, {size / 1e6:.1f} MB file: {res}")
        ok = float(res["seconds"]) < 3 and float(res["max_rss_mb"]) < 200
        print(f"  target < 3 s and < 200 MB: {'met' if ok else 'NOT met'}")
        path.unlink()
        if args.huge:
            huge = Path(tmp) / "huge.txt"
            size = generate_huge(huge, args.huge_mb * 1_000_000)
            res = run_child(huge, business, traced=False)
            print(f"huge file {size / 1e9:.2f} GB: {res}")


if __name__ == "__main__":
    main()
