"""Times the printable plan: results, charts, layout and PDF for every example, and the CLI."""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_SECONDS = 3.0


def in_process(names: list[str], repeats: int, folder: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    from continuity_app.core.plan_content import compute_results
    from continuity_app.core.reference import load_reference
    from continuity_app.io.examples import load_example
    from continuity_app.report.pdf_plan import render_plan_pdf

    reference = load_reference()
    print("| example | pages | results | charts + layout + PDF | total best | total median |")
    print("|---|---|---|---|---|---|")
    for name in names:
        plan = load_example(name)
        totals, results_times, render_times = [], [], []
        pages = 0
        for _ in range(repeats):
            start = time.perf_counter()
            results = compute_results(plan, reference)
            middle = time.perf_counter()
            report = render_plan_pdf(plan, reference, folder / f"{name}.pdf", results=results)
            end = time.perf_counter()
            pages = report.pages
            results_times.append(middle - start)
            render_times.append(end - middle)
            totals.append(end - start)
        print(
            f"| {name} | {pages} | {min(results_times):.2f} s | {min(render_times):.2f} s "
            f"| {min(totals):.2f} s | {statistics.median(totals):.2f} s |"
        )


def command_line(names: list[str], folder: Path) -> None:
    from continuity_app.io.examples import example_path

    print("\n| example | `continuity-app plan` (new process) |")
    print("|---|---|")
    for name in names:
        start = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "continuity_app",
                "plan",
                str(example_path(name)),
                "-o",
                str(folder / f"cli-{name}.pdf"),
            ],
            check=True,
            capture_output=True,
        )
        elapsed = time.perf_counter() - start
        flag = "" if elapsed < TARGET_SECONDS else f" (over the {TARGET_SECONDS:g} s target)"
        print(f"| {name} | {elapsed:.2f} s{flag} |")


def main() -> None:
    from continuity_app.io.examples import example_names

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--example", action="append", help="only these examples")
    args = parser.parse_args()
    names = args.example or example_names()
    with tempfile.TemporaryDirectory() as folder:
        in_process(names, args.repeats, Path(folder))
        command_line(names, Path(folder))


if __name__ == "__main__":
    main()
