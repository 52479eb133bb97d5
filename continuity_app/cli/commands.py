"""The headless sub-commands: demo, evaluate, scenarios."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from continuity_app.cli.chat_command import register_export, register_import_chat
from continuity_app.cli.common import (
    CommandError,
    non_negative_int,
    positive_int,
    read_plan,
    reference_data,
    write_json,
)
from continuity_app.cli.data_quality_command import register_data_quality
from continuity_app.cli.plan_command import register_plan
from continuity_app.cli.progress import TerminalProgress
from continuity_app.core.i18n import number, translate
from continuity_app.core.progress import EVALUATE, OUTLOOK, RECOMMEND, SIMULATE
from continuity_app.io.planfile import load_plan

# -- demo -------------------------------------------------------------------------------------


def register_demo(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("demo", help=translate("CliHelp", "write a built-in example plan"))
    parser.add_argument(
        "-o", "--output", help=translate("CliHelp", "file to write (default: print the plan)")
    )
    parser.add_argument(
        "--example", default=None, help=translate("CliHelp", "which example (see --list)")
    )
    parser.add_argument(
        "--list", action="store_true", help=translate("CliHelp", "list the examples, one per line")
    )
    parser.set_defaults(handler=run_demo)


def run_demo(args: argparse.Namespace) -> int:
    from continuity_app.io.examples import DEFAULT_EXAMPLE, example_names, example_path
    from continuity_app.io.planfile import atomic_write_text

    if args.list:
        for name in example_names():
            plan = load_plan(example_path(name))
            print(f"{name}\t{plan.business.name}\t{plan.details.summary}")
        return 0
    try:
        path = example_path(args.example or DEFAULT_EXAMPLE)
    except KeyError as error:
        raise CommandError(error.args[0]) from None
    text = path.read_text(encoding="utf-8")
    if args.output is None:
        sys.stdout.write(text)
        return 0
    target = Path(args.output)
    if target.is_dir():
        problem = translate("CliErrors", "{path} is a folder; give a file name such as {example}")
        raise CommandError(problem.format(path=target, example=target / path.name))
    try:
        atomic_write_text(target, text)
    except OSError as error:
        problem = translate("CliErrors", "cannot write {path}: {reason}")
        raise CommandError(problem.format(path=target, reason=error.strerror)) from None
    print(translate("CliErrors", "Wrote {path}").format(path=target), file=sys.stderr)
    return 0


# -- evaluate ---------------------------------------------------------------------------------


def register_evaluate(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "evaluate", help=translate("CliHelp", "what outages cost: per scenario, ALE, Monte Carlo")
    )
    parser.add_argument("file", help=translate("CliHelp", "a .cplan plan file"))
    parser.add_argument(
        "--json", action="store_true", help=translate("CliHelp", "print one JSON object")
    )
    parser.add_argument(
        "--trials", type=positive_int, default=None, help=translate("CliHelp", "Monte Carlo years")
    )
    parser.add_argument(
        "--seed", type=non_negative_int, default=None, help=translate("CliHelp", "random seed")
    )
    parser.add_argument(
        "--scenario", default=None, help=translate("CliHelp", "only this scenario id")
    )
    parser.set_defaults(handler=run_evaluate)


def run_evaluate(args: argparse.Namespace) -> int:
    from continuity_app.core.evaluation import evaluate
    from continuity_app.core.montecarlo import simulate
    from continuity_app.core.outlook import outlook
    from continuity_app.core.results import evaluation_json

    plan, reference = read_plan(args.file)
    if args.scenario is not None:
        chosen = [s for s in plan.scenarios if s.id == args.scenario]
        if not chosen:
            known = ", ".join(s.id for s in plan.scenarios)
            problem = translate("CliErrors", "no scenario {scenario}; the plan has {known}")
            raise CommandError(
                f"{args.file}: " + problem.format(scenario=repr(args.scenario), known=known)
            )
        plan = plan.model_copy(
            update={
                "scenarios": chosen,
                "settings": plan.settings.model_copy(update={"reference_scenario": None}),
            }
        )
    with TerminalProgress() as shown:  # on stderr when it is a terminal
        evaluation = evaluate(plan, reference, shown.stage(EVALUATE))
        monte_carlo = simulate(
            plan, reference, trials=args.trials, seed=args.seed, progress=shown.stage(SIMULATE)
        )
        both = outlook(plan, reference, evaluation, shown.stage(OUTLOOK), monte_carlo)
    if args.json:
        write_json(evaluation_json(evaluation, monte_carlo, both))
    else:
        from continuity_app.cli.report_text import evaluation_text

        print(evaluation_text(plan, reference, evaluation, monte_carlo, both))
    return 0


# -- recommend --------------------------------------------------------------------------------


def register_recommend(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "recommend",
        help=translate(
            "CliHelp", "fallback channels and preparation steps, valued by the loss they prevent"
        ),
    )
    parser.add_argument("file", help=translate("CliHelp", "a .cplan plan file"))
    parser.add_argument(
        "--json", action="store_true", help=translate("CliHelp", "print one JSON object")
    )
    parser.add_argument(
        "--budget",
        type=_amount,
        default=None,
        help=translate("CliHelp", "largest yearly spend on preparation"),
    )
    parser.set_defaults(handler=run_recommend)


def _amount(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not an amount of money") from None
    if not value >= 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"{text} must be zero or more")
    return value


def run_recommend(args: argparse.Namespace) -> int:
    from continuity_app.core.recommend import recommend
    from continuity_app.core.results import recommendations_json

    plan, reference = read_plan(args.file)
    with TerminalProgress() as shown:  # on stderr when it is a terminal
        result = recommend(plan, reference, budget=args.budget, progress=shown.stage(RECOMMEND))
    if args.json:
        write_json(recommendations_json(result, reference, plan))
    else:
        from continuity_app.cli.report_text import recommendations_text

        print(recommendations_text(plan, reference, result))
    return 0


# -- scenarios --------------------------------------------------------------------------------


def register_scenarios(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "scenarios",
        help=translate(
            "CliHelp", "the preset outage scenarios and how the history gives their numbers"
        ),
    )
    parser.add_argument(
        "--json", action="store_true", help=translate("CliHelp", "print one JSON object")
    )
    parser.add_argument(
        "--country",
        action="append",
        default=[],
        metavar="CC",
        help=translate(
            "CliHelp",
            "a country of the business (ISO code such as BR; repeat for several): shutdowns "
            "and carrier outages are counted for it",
        ),
    )
    parser.set_defaults(handler=run_scenarios)


def run_scenarios(args: argparse.Namespace) -> int:
    from continuity_app.core.display import format_hours, layer_names, scenario_name
    from continuity_app.core.scenarios import derivations

    reference = reference_data()
    codes = [code.strip().upper() for code in args.country]
    unknown = [code for code in codes if code not in reference.countries]
    if unknown:
        problem = translate(
            "CliReport", "{code} is not a country this application knows; use an ISO code: {known}"
        )
        known = ", ".join(sorted(reference.countries))
        print(f"continuity-app: {problem.format(code=unknown[0], known=known)}", file=sys.stderr)
        return 2
    found = derivations(reference, {code: 1.0 / len(codes) for code in codes})
    if args.json:
        write_json(
            [
                {
                    **d.scenario().model_dump(exclude_none=True),
                    "events": [o.id for o in d.events],
                    "history_years": round(d.years, 2),
                    "explanation": d.explanation,
                }
                for d in found
            ]
        )
        return 0
    for d in found:
        s = d.scenario()
        print(f"{s.id}: {scenario_name(s.name)}")
        failed = translate("CliReport", "failed layers: {layers}")
        print("  " + failed.format(layers=layer_names(reference, s.failed_layers)))
        shape = translate(
            "CliReport", "{frequency} per year, typical {duration} (log-normal spread {sigma})"
        )
        print(
            "  "
            + shape.format(
                frequency=number(s.frequency_per_year, 3),
                duration=format_hours(s.duration_hours, "hours"),
                sigma=number(s.duration_log_sigma, 2),
            )
        )
        how = translate("CliReport", "how: {explanation}")
        print("  " + how.format(explanation=d.explanation) + "\n")
    return 0


# -- the window -------------------------------------------------------------------------------


def start_gui(args: argparse.Namespace) -> int:
    """With no sub-command: the desktop window, on a file or an example if given."""
    from continuity_app.gui.app import run

    if args.example is not None:
        from continuity_app.io.examples import example_path

        try:
            example_path(args.example)
        except KeyError as error:
            print(f"continuity-app: {error.args[0]}", file=sys.stderr)
            return 2
    try:
        return run(Path(args.file) if args.file else None, args.example)
    except KeyboardInterrupt:  # Ctrl+C before the window took over the signal
        return 130


def register_screenshots(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "screenshots", help=translate("CliHelp", "render every page of the window to PNG files")
    )
    parser.add_argument("folder", help=translate("CliHelp", "where to write one PNG per page"))
    parser.add_argument(
        "--lang", default=None, help=translate("CliHelp", "interface language, e.g. ar or pt_BR")
    )
    parser.add_argument(
        "--example", default=None, help=translate("CliHelp", "which example plan to show")
    )
    parser.set_defaults(handler=run_screenshots)


def run_screenshots(args: argparse.Namespace) -> int:
    from continuity_app.gui.app import screenshots
    from continuity_app.io.examples import example_path

    if args.example is not None:
        try:
            example_path(args.example)
        except KeyError as error:
            raise CommandError(error.args[0]) from None
    folder = Path(args.folder)
    if folder.exists() and not folder.is_dir():
        problem = translate("CliErrors", "{path} is a file; give a folder for the screenshots")
        raise CommandError(problem.format(path=folder))
    count = screenshots(folder, args.lang, args.example)
    wrote = translate("CliErrors", "Wrote %n screenshot(s) to {folder}", None, count)
    print(wrote.format(folder=folder), file=sys.stderr)
    return 0


REGISTRY: list[Callable[[argparse._SubParsersAction], None]] = [
    register_data_quality,
    register_demo,
    register_evaluate,
    register_import_chat,
    register_export,
    register_plan,
    register_recommend,
    register_scenarios,
    register_screenshots,
]
