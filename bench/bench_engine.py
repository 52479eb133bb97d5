"""Times the planning engine: deterministic evaluation and Monte Carlo on every example."""

from __future__ import annotations

import argparse
import platform
import resource
import statistics
import subprocess
import sys
import time

from continuity_app.core.actions import candidate_actions
from continuity_app.core.evaluation import evaluate
from continuity_app.core.montecarlo import simulate
from continuity_app.core.outlook import outlook
from continuity_app.core.plan_edits import PlanSteps
from continuity_app.core.recommend import recommend
from continuity_app.core.reference import load_reference
from continuity_app.io.examples import example_names, load_example


def best_of(function, repeats: int) -> tuple[float, float]:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times)


def monte_carlo_child(name: str, trials: int) -> None:
    """Run in a fresh process so that its peak memory is its own."""
    reference = load_reference()
    plan = load_example(name)
    start = time.perf_counter()
    simulate(plan, reference, trials=trials, seed=1)
    elapsed = time.perf_counter() - start
    print(f"{elapsed:.4f} {peak_mb():.0f}")


def peak_mb() -> float:
    """This process's peak resident memory. Linux's VmHWM starts afresh at exec, while
    ru_maxrss keeps the parent's peak when that was larger."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--child", nargs=2, metavar=("EXAMPLE", "TRIALS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        monte_carlo_child(args.child[0], int(args.child[1]))
        return
    print(f"machine: {platform.processor() or platform.machine()}, {platform.python_version()}")
    reference = load_reference()
    print("\nDeterministic evaluation (every scenario, loss curves; target < 20 ms)")
    for name in example_names():
        plan = load_example(name)
        evaluate(plan, reference)  # warm-up
        best, median = best_of(lambda plan=plan: evaluate(plan, reference), 20)
        print(f"  {name:20s} best {best * 1000:6.1f} ms   median {median * 1000:6.1f} ms")
    print("\nRecommendations (rank, value every action, choose a portfolio; target < 1 s)")
    for name in example_names():
        plan = load_example(name)
        valued = len(candidate_actions(reference, plan))
        best, median = best_of(lambda plan=plan: recommend(plan, reference), 3)
        print(
            f"  {name:20s} {valued:3d} actions valued   "
            f"best {best * 1000:6.0f} ms   median {median * 1000:6.0f} ms"
        )
    print("\nToday against every open task done (the outlook; target < 1 s), 3 steps planned")
    for name in example_names():
        plan = planned(load_example(name), reference, 3)
        best, median = best_of(lambda plan=plan: outlook(plan, reference), 3)
        print(f"  {name:20s} best {best * 1000:6.0f} ms   median {median * 1000:6.0f} ms")
    print("\nMonte Carlo (targets: 10,000 < 300 ms; 100,000 < 3 s and < 500 MB peak process)")
    for name in example_names():
        for trials in (10_000, 100_000):
            output = subprocess.run(
                [sys.executable, __file__, "--child", name, str(trials)],
                capture_output=True,
                text=True,
                check=True,
            ).stdout.split()
            seconds, peak = float(output[0]), output[1]
            print(f"  {name:20s} {trials:>7,} trials  {seconds * 1000:7.0f} ms   peak {peak} MB")

    print("\nRecommendations on a large plan (target < 5 s)")
    from bench_responsiveness import big_plan  # beside this script

    large = big_plan(50, 20)
    valued = len(candidate_actions(reference, large))
    start = time.perf_counter()
    recommend(large, reference)
    print(
        f"  {'50 functions x 20 scenarios':27s} {valued:4d} actions valued   "
        f"{time.perf_counter() - start:6.1f} s (target < 5 s)"
    )
    large = planned(large, reference, 10)
    start = time.perf_counter()
    outlook(large, reference)
    print(f"  outlook with 10 open tasks   {time.perf_counter() - start:6.1f} s")


def planned(plan, reference, count: int):
    """The plan with its `count` best recommended steps planned as tasks."""
    advice = recommend(plan, reference)
    return PlanSteps([v.action for v in advice.actions if v.worth_doing][:count]).apply(plan)


if __name__ == "__main__":
    main()
