"""Benchmark: import a generated 200,000-message WhatsApp export; optionally a ~1 GB one.

Usage:
    python bench/bench_chat_import.py            # 200k messages, realistic: best of 3 runs
    python bench/bench_chat_import.py --simple   # the older, mostly-ASCII generator
    python bench/bench_chat_import.py --ios      # realistic, as an iPhone writes it
    python bench/bench_chat_import.py --huge     # also a ~1 GB file, to show it streams
    python bench/bench_chat_import.py --business # also compute response times
    python bench/bench_chat_import.py --profile  # also where the time goes (cProfile)

Peak memory is measured two ways: tracemalloc (Python allocations during the import) and
the process's peak resident set size (VmHWM, which includes the interpreter). The
import is run in a fresh child process per file so the RSS figure belongs to that import.
Targets (issue 7): 200k messages in under 3 s and under 200 MB; memory must not grow with
file size. Issue 18: 200k messages of the realistic export (mixed scripts, about 73% of its
lines not ASCII) in under 0.4 s. Timings depend on what else the machine runs: each result
line ends with the load average of the minute before it.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
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

# The realistic export: a shop's chat with customers writing in several languages and
# scripts, as WhatsApp writes it (U+202F before AM/PM since 2023, U+200E before media).
REAL_AUTHORS = [
    ("Loja Bela", 6),
    ("Ana Souza", 3),
    ("João Pereira", 2),
    ("Мария Иванова", 2),
    ("أحمد", 2),
    ("राहुल शर्मा", 2),
    ("+55 11 91234-5678", 2),
    ("Carlos ✨", 1),
    ("Li Wei", 1),
    ("Sam", 1),
]
REAL_TEXTS = [
    ("Bom dia! O pedido já está pronto?", 6),
    ("Obrigado! Até amanhã 🙏", 5),
    ("Você entrega em São Paulo?", 4),
    ("Preço: R$ 45,00 — pode pagar via Pix", 3),
    ("Сколько стоит доставка?", 4),
    ("Спасибо, жду 👍", 3),
    ("مرحبا، هل الطلب جاهز؟", 4),
    ("شكرا جزيلا", 3),
    ("नमस्ते, क्या ऑर्डर तैयार है?", 4),
    ("धन्यवाद 😊", 3),
    ("¿Cuánto cuesta el envío?", 2),
    ("👍", 4),
    ("ok", 6),
    ("Hi, is the order ready?", 6),
    ("Yes, you can pick it up after 5 pm", 5),
    ("Thanks!", 5),
    ("<Media omitted>", 8),
    ("This message was deleted", 2),
    ("Pedido:\n2 pães de queijo\n1 café com leite", 2),
    ("Address:\n45 Rua São João, apto 12\nnear the bakery", 2),
    ("Can you send the invoice\nand the tracking number?\nThanks", 2),
]


LRM = "\u200e"


def _pick(rng: random.Random, weighted: list[tuple[str, int]]) -> str:
    return rng.choices([w for w, _ in weighted], [n for _, n in weighted])[0]


def _header(t: datetime, ios: bool, twelve: bool, space: str) -> str:
    if twelve:
        clock = f"{t.hour % 12 or 12}:{t:%M}{':' + format(t, '%S') if ios else ''}"
        clock += space + ("PM" if t.hour >= 12 else "AM")
    else:
        clock = f"{t:%H:%M:%S}" if ios else f"{t:%H:%M}"
    if ios:
        return f"[{t:%d/%m/%Y}, {clock}] "
    return f"{t:%d/%m/%Y}, {clock} - "


def generate_realistic(path: Path, messages: int, seed: int = 7, ios: bool = False) -> int:
    """Write a day-first export in mixed scripts (about 72% of lines not ASCII): most
    headers 24-hour, one day in eight 12-hour with U+202F (or, rarely, U+00A0) before
    AM/PM, multi-line messages, a few system events; return its size in bytes."""
    rng = random.Random(seed)
    t = datetime(2021, 1, 4, 8, 0)
    first = "Messages and calls are end-to-end encrypted. Tap to learn more."
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(_header(t, ios, False, " ") + (f"Loja Bela: {first}" if ios else first) + "\n")
        batch: list[str] = []
        for i in range(messages):
            t += timedelta(seconds=rng.randint(5, 600))
            if t.hour >= 22:
                t = t.replace(hour=8, minute=0) + timedelta(days=1)
            day = t.toordinal()
            twelve = day % 8 == 0
            space = "\u00a0" if day % 24 == 0 else "\u202f"
            author = _pick(rng, REAL_AUTHORS)
            text = _pick(rng, REAL_TEXTS)
            if ios and text == "<Media omitted>":
                text = LRM + "image omitted"
            head = _header(t, ios, twelve, space)
            mark = LRM if ios and text.startswith(LRM) else ""  # iOS marks media lines
            batch.append(f"{mark}{head}{author}: {text}\n")
            if i % 997 == 0:
                batch.append(f"{head}{author} changed their phone number\n")
            if len(batch) >= 10000:
                fh.write("".join(batch))
                batch.clear()
        fh.write("".join(batch))
    return path.stat().st_size


def non_ascii_share(path: Path) -> float:
    """Share of the file's lines that are not plain ASCII."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return sum(not line.isascii() for line in lines) / max(len(lines), 1)


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


def measure(
    path: Path, business: str | None, traced: bool = True, repeats: int = 3
) -> dict[str, float | int | str]:
    """Import ``path`` in this process; return the best of ``repeats`` timings, peak RSS
    and (if traced) the tracemalloc peak."""
    from continuity_app.io.chat_export import analyse_chat

    result: dict[str, float | int | str] = {}
    if traced:
        tracemalloc.start()
        analyse_chat(path, business=business)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        result["tracemalloc_peak_mb"] = round(peak / 1e6, 1)
    # Timed without tracemalloc (it slows allocation-heavy code down several times).
    best = float("inf")
    for _ in range(repeats):
        t0 = time.perf_counter()
        summary = analyse_chat(path, business=business)
        best = min(best, time.perf_counter() - t0)
    result["seconds"] = round(best, 3)
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


def _load() -> str:
    """The one-minute load average, to read a timing against ("" where unknown)."""
    try:
        return f" (load {os.getloadavg()[0]:.2f})"
    except OSError:
        return ""


def profile(path: Path, business: str | None, rows: int = 12) -> None:
    """Print the functions where one import of ``path`` spends its time."""
    from continuity_app.io.chat_export import analyse_chat

    analyse_chat(path, business=business)  # warm: regexes compiled, modules loaded
    profiler = cProfile.Profile()
    profiler.runcall(analyse_chat, path, business=business)
    pstats.Stats(profiler).sort_stats("tottime").print_stats(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=200_000)
    parser.add_argument("--huge", action="store_true", help="also import a ~1 GB export")
    parser.add_argument("--huge-mb", type=int, default=1024)
    parser.add_argument("--business", action="store_true", help="compute response times")
    parser.add_argument("--simple", action="store_true", help="the older mostly-ASCII export")
    parser.add_argument("--ios", action="store_true", help="realistic export, iPhone layout")
    parser.add_argument("--profile", action="store_true", help="also print a cProfile summary")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "WhatsApp Chat with Shop.txt"
        if args.simple:
            business = AUTHORS[0] if args.business else None
            size = generate(path, args.messages)
        else:
            business = REAL_AUTHORS[0][0] if args.business else None
            size = generate_realistic(path, args.messages, ios=args.ios)
            print(f"realistic export: {non_ascii_share(path):.0%} of lines not ASCII")
        res = run_child(path, business)
        print(f"{args.messages:,} messages, {size / 1e6:.1f} MB file: {res}{_load()}")
        ok = float(res["seconds"]) < 3 and float(res["max_rss_mb"]) < 200
        print(f"  target < 3 s and < 200 MB: {'met' if ok else 'NOT met'}")
        if not args.simple:
            fast = float(res["seconds"]) < 0.4
            print(f"  target < 0.4 s (issue 18): {'met' if fast else 'NOT met'}")
        if args.profile:
            profile(path, business)
        path.unlink()
        if args.huge:
            huge = Path(tmp) / "huge.txt"
            size = generate_huge(huge, args.huge_mb * 1_000_000)
            res = run_child(huge, business, traced=False)
            print(f"huge file {size / 1e9:.2f} GB: {res}{_load()}")


if __name__ == "__main__":
    main()
