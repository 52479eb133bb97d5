"""The plan's charts as PNG, keyed by the names the HTML refers to them by."""

from __future__ import annotations

from collections.abc import Sequence

from continuity_app.core.display import format_money
from continuity_app.core.plan import Plan
from continuity_app.core.plan_content import PlanResults
from continuity_app.core.reference import ReferenceData


def render_charts(
    plan: Plan,
    reference: ReferenceData,
    results: PlanResults,
    *,
    rtl: bool,
    font_family: Sequence[str] | None,
    width_inches: float = 6.6,
) -> dict[str, bytes]:
    """The plan's charts as 300 dpi PNG (png_bytes), keyed by the names the HTML uses.

    PNG rather than SVG: QTextDocument rasterises any <img>, SVG included, at its intrinsic
    size, so vector input would gain nothing; 300 dpi prints as sharp as the text.
    """
    # matplotlib loads only when a plan is printed
    from continuity_app.report.chart_style import chart_labels
    from continuity_app.report.charts import (
        impact_over_time,
        loss_by_function,
        loss_exceedance,
        png_bytes,
    )

    evaluation = results.evaluation
    labels = chart_labels()

    def money(amount: float) -> str:
        return format_money(amount, plan.business.currency, reference, whole=True)

    names = {f.id: f.name for f in plan.functions}
    figures = {
        "impact": impact_over_time(
            evaluation.scenarios,
            evaluation.tolerance,
            labels,
            money,
            mtpd_hours=evaluation.mtpd_hours,
            rtl=rtl,
            size=(width_inches, 3.4),
            font_family=font_family,
        ),
        "functions": loss_by_function(
            evaluation.reference, names, labels, money, rtl=rtl, font_family=font_family
        ),
        "exceedance": loss_exceedance(
            results.monte_carlo,
            labels,
            money,
            tolerance=evaluation.tolerance,
            rtl=rtl,
            size=(width_inches, 3.0),
            font_family=font_family,
        ),
    }
    figures["functions"].set_size_inches(width_inches, figures["functions"].get_size_inches()[1])
    return {name: png_bytes(figure) for name, figure in figures.items()}
