"""The `plan` sub-command: the printable continuity plan as PDF."""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING

from continuity_app.cli import common
from continuity_app.cli.progress import TerminalProgress
from continuity_app.core.i18n import translate
from continuity_app.core.progress import EVALUATE, OUTLOOK, RECOMMEND, SIMULATE

if TYPE_CHECKING:
    from continuity_app.core.plan import Plan
    from continuity_app.core.plan_content import PlanResults
    from continuity_app.core.reference import ReferenceData


def register_plan(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "plan", help=translate("CliHelp", "write the printable continuity plan as PDF")
    )
    parser.add_argument("file", help=translate("CliHelp", "a .cplan plan file"))
    parser.add_argument(
        "-o", "--output", required=True, help=translate("CliHelp", "the PDF file to write")
    )
    parser.add_argument(
        "--paper",
        choices=("a4", "letter"),
        default=None,
        help=translate(
            "CliHelp", "paper size (default: the one used in the business's main country)"
        ),
    )
    parser.add_argument(
        "--lang",
        default=None,
        help=translate("CliHelp", "language of the plan's own text, e.g. ar or pt_BR"),
    )
    parser.add_argument(
        "--digits",
        choices=("locale", "western", "arabic_indic"),
        default="locale",
        help=translate(
            "CliHelp",
            "digits in the plan: as the language writes them (default), 0123 or ٠١٢٣",
        ),
    )
    parser.set_defaults(handler=run_plan)


def _gui_application():
    """A QGuiApplication for fonts and painting; offscreen when there is no display."""
    from continuity_app.display import display_problem

    if not os.environ.get("QT_QPA_PLATFORM") and display_problem() is not None:
        # without a display (none set, or one that does not answer) Qt would abort the
        # process; a PDF needs no screen
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication(sys.argv[:1])


def _results_with_progress(
    plan: Plan, reference: ReferenceData, shown: TerminalProgress
) -> PlanResults:
    """The plan's results as the renderer computes them, each stage shown on the terminal
    (their texts are worded when the plan is laid out, in the plan's language)."""
    from continuity_app.core.evaluation import evaluate
    from continuity_app.core.montecarlo import simulate
    from continuity_app.core.outlook import outlook
    from continuity_app.core.plan_content import PlanResults
    from continuity_app.core.recommend import recommend

    evaluation = evaluate(plan, reference, shown.stage(EVALUATE))
    monte_carlo = simulate(plan, reference, progress=shown.stage(SIMULATE))
    return PlanResults(
        evaluation=evaluation,
        monte_carlo=monte_carlo,
        outlook=outlook(plan, reference, evaluation, shown.stage(OUTLOOK), monte_carlo),
        recommendations=recommend(
            plan, reference, progress=shown.stage(RECOMMEND), evaluation=evaluation
        ),
    )


def run_plan(args: argparse.Namespace) -> int:
    plan, reference = common.read_plan(args.file)
    _gui_application()
    from continuity_app.report.pdf_plan import PlanRenderError, render_plan_pdf

    with TerminalProgress() as shown:  # on stderr when it is a terminal
        # without a terminal the renderer computes the same results itself
        results = _results_with_progress(plan, reference, shown) if shown.enabled else None
        shown.show(translate("CliProgress", "Laying out the printed plan…"))
        try:
            report = render_plan_pdf(
                plan,
                reference,
                args.output,
                args.paper,
                args.lang,
                digits=args.digits,
                results=results,
            )
        except PlanRenderError as error:
            raise common.CommandError(str(error)) from None
    for warning in report.warnings:
        notice = translate("CliErrors", "continuity-app plan: warning: {warning}")
        print(notice.format(warning=warning), file=sys.stderr)
    wrote = translate("CliErrors", "Wrote {path} (%n page(s), {paper})", None, report.pages)
    print(wrote.format(path=report.path, paper=report.paper.upper()), file=sys.stderr)
    return 0
