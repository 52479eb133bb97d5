"""Charts build from real example results, show the labels they are given, mirror for RTL
languages and save as PNG, SVG and PDF, without pyplot."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
import textwrap
from functools import cache

import numpy as np
import pytest
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from continuity_app.core.display import format_money
from continuity_app.core.evaluation import Evaluation, evaluate
from continuity_app.core.impact import CATEGORIES
from continuity_app.core.montecarlo import MonteCarloResult, simulate
from continuity_app.core.reference import load_reference
from continuity_app.io.examples import load_example
from continuity_app.report import charts
from continuity_app.report.charts import (
    ChartLabels,
    hourly_profile,
    impact_over_time,
    loss_by_category,
    loss_by_function,
    loss_exceedance,
    save_figure,
)
from tests.paths import REPO_ROOT

EXAMPLES = ("ramallah-bakery", "sao-paulo-fashion", "mumbai-clinic")
ARABIC = ChartLabels(
    impact_title="الخسارة حسب مدة الانقطاع",
    duration_axis="مدة الانقطاع",
    loss_axis="الخسارة لكل انقطاع",
    tolerance="حد التحمّل {amount}",
    mtpd="أقصى مدة مقبولة {duration}",
    function_title="الخسارة حسب الوظيفة",
    category_title="الخسارة حسب الفئة",
    categories={"lost_revenue": "إيرادات ضائعة", "churn": "عملاء فُقدوا نهائياً"},
    exceedance_title="احتمال تجاوز الخسارة السنوية",
    percentile_names={"p50": "الوسيط", "p90": "سنة من 10", "p99": "سنة من 100"},
    profile_title="توزيع الرسائل على ساعات اليوم",
    hour_axis="ساعة اليوم",
)
PROFILE = [0] * 7 + [2, 4, 6, 6, 5, 4, 5, 6, 6, 5, 4, 3, 2, 1] + [0] * 3


@cache
def results(example: str) -> tuple[object, Evaluation, MonteCarloResult]:
    reference = load_reference()
    plan = load_example(example)
    return plan, evaluate(plan, reference), simulate(plan, reference, trials=2000)


def money_for(plan):
    reference = load_reference()
    return lambda amount: format_money(amount, plan.business.currency, reference)


def texts(figure: Figure) -> list[str]:
    """Every string drawn in the figure: titles, labels, tick labels, legends, annotations."""
    figure.draw_without_rendering()  # tick labels are filled in at draw time
    found = [t.get_text() for t in figure.findobj(lambda a: hasattr(a, "get_text"))]
    return [t for t in found if t]


def with_text(figure: Figure, needle: str) -> bool:
    return any(needle in text for text in texts(figure))


@pytest.mark.parametrize("example", EXAMPLES)
def test_impact_over_time_draws_a_line_per_scenario_and_the_tolerance(example):
    plan, evaluation, _ = results(example)
    figure = impact_over_time(
        evaluation.scenarios,
        evaluation.tolerance,
        ChartLabels(),
        money_for(plan),
        mtpd_hours=evaluation.mtpd_hours,
    )
    assert isinstance(figure, Figure)
    (ax,) = figure.axes
    lines = ax.get_lines()
    assert len(lines) == len(evaluation.scenarios) + 1  # one per scenario, plus the tolerance
    np.testing.assert_allclose(lines[0].get_ydata(), evaluation.scenarios[0].curve)
    tolerance = lines[-1]
    assert list(tolerance.get_ydata()) == [evaluation.tolerance] * 2
    assert tolerance.get_linestyle() == "--"
    assert ax.get_xscale() == "log"
    assert with_text(figure, "Tolerance " + money_for(plan)(evaluation.tolerance))
    for tick in ("15 min", "1 h", "6 h", "1 day", "3 days", "1 week"):
        assert with_text(figure, tick)
    if evaluation.mtpd_hours is not None:
        assert with_text(figure, "MTPD ")
    legend = figure.legends[0]
    assert len(legend.get_texts()) == len(evaluation.scenarios)
    assert figure.get_layout_engine().__class__.__name__ == "ConstrainedLayoutEngine"


def test_impact_over_time_without_mtpd_draws_no_marker():
    plan, evaluation, _ = results("ramallah-bakery")
    figure = impact_over_time(
        evaluation.scenarios[:1], evaluation.tolerance, ChartLabels(), money_for(plan)
    )
    assert not with_text(figure, "MTPD")
    assert len(figure.axes[0].get_lines()) == 2


@pytest.mark.parametrize("example", EXAMPLES)
def test_loss_by_function_stacks_categories_sorted_by_total(example):
    plan, evaluation, _ = results(example)
    outcome = evaluation.reference
    names = {f.id: f.name for f in plan.functions}
    figure = loss_by_function(outcome, names, ChartLabels(), money_for(plan))
    (ax,) = figure.axes
    shown = [c for c in CATEGORIES if any(f.by_category[c] > 0 for f in outcome.functions)]
    assert len(ax.patches) == len(outcome.functions) * len(shown)
    # the bar ends of the last category are the function totals, the largest on top
    ends = [p.get_x() + p.get_width() for p in ax.patches[-len(outcome.functions) :]]
    assert ends == sorted(ends)
    assert ends[-1] == pytest.approx(max(outcome.by_function.values()))
    top = max(outcome.by_function, key=outcome.by_function.get)
    assert ax.get_yticklabels()[-1].get_text().replace("\n", " ") == names[top]
    assert [t.get_text() for t in figure.legends[0].get_texts()] == [
        ChartLabels().category(c) for c in shown
    ]


def test_many_scenarios_draw_the_costliest_and_count_the_rest():
    """A chart of 30 curves is not read: the 8 that lose most, and a count of the others."""
    plan, evaluation, _ = results("ramallah-bakery")
    base = evaluation.scenarios[0]

    def scaled(factor: float):
        functions = tuple(
            dataclasses.replace(f, by_category={c: v * factor for c, v in f.by_category.items()})
            for f in base.functions
        )
        curves = {k: v * factor for k, v in base.curve_by_function.items()}
        return dataclasses.replace(base, functions=functions, curve_by_function=curves)

    outcomes = [scaled(k + 1) for k in range(30)]
    figure = impact_over_time(outcomes, evaluation.tolerance, ChartLabels(), money_for(plan))
    (ax,) = figure.axes
    drawn = ax.get_lines()[:-1]  # the last is the tolerance
    assert len(drawn) == charts.MAX_CURVES
    # the costliest (the largest factors), in the plan's order
    np.testing.assert_allclose(drawn[0].get_ydata(), outcomes[30 - charts.MAX_CURVES].curve)
    np.testing.assert_allclose(drawn[-1].get_ydata(), outcomes[29].curve)
    legend = [t.get_text().replace("\n", " ") for t in figure.legends[0].get_texts()]
    assert len(legend) == charts.MAX_CURVES + 1
    assert legend[-1] == f"+ {30 - charts.MAX_CURVES} more, with smaller losses"


def test_many_functions_share_one_bar_for_those_that_lose_least():
    plan, evaluation, _ = results("ramallah-bakery")
    outcome = evaluation.reference
    model = outcome.functions[0]
    functions = [
        dataclasses.replace(
            model, function_id=f"f{k}", by_category={"lost_revenue": 100.0 * (k + 1)}
        )
        for k in range(40)
    ]
    many = dataclasses.replace(outcome, functions=functions)
    names = {f"f{k}": f"Function {k}" for k in range(40)}
    figure = loss_by_function(many, names, ChartLabels(), money_for(plan))
    (ax,) = figure.axes
    ticks = [t.get_text() for t in ax.get_yticklabels()]
    assert len(ticks) == charts.MAX_BARS
    assert ticks[-1] == "Function 39" and ticks[1] == "Function 26"
    assert ticks[0] == "26 other functions"
    # the shared bar carries the others' whole loss: 100 * (1 + ... + 26)
    assert ax.patches[0].get_width() == pytest.approx(100.0 * 26 * 27 / 2)


@pytest.mark.parametrize("example", EXAMPLES)
def test_loss_by_category_has_one_bar_per_category(example):
    plan, evaluation, _ = results(example)
    figure = loss_by_category(evaluation.reference, ChartLabels(), money_for(plan))
    (ax,) = figure.axes
    assert len(ax.patches) == len(CATEGORIES)
    widths = [p.get_width() for p in ax.patches]
    assert widths == sorted(widths)
    assert sum(widths) == pytest.approx(evaluation.reference.total)
    assert with_text(figure, "Lost revenue")


@pytest.mark.parametrize("example", EXAMPLES)
def test_loss_exceedance_marks_the_yearly_percentiles(example):
    plan, evaluation, result = results(example)
    money = money_for(plan)
    figure = loss_exceedance(result, ChartLabels(), money, tolerance=evaluation.tolerance)
    (ax,) = figure.axes
    assert ax.get_yscale() == "log"
    assert len(ax.get_lines()) == 2  # the curve and the tolerance
    points = ax.collections[0].get_offsets()
    assert len(points) == 3
    assert list(points[:, 1]) == pytest.approx([0.5, 0.1, 0.01])
    for key in ("p50", "p90", "p99"):
        assert with_text(figure, f"{key.upper()} {money(result.per_year[key])}")
    assert with_text(figure, "Tolerance per outage")


def test_hourly_profile_draws_24_bars():
    figure = hourly_profile(PROFILE, ChartLabels())
    (ax,) = figure.axes
    assert len(ax.patches) == 24
    assert [p.get_height() for p in ax.patches] == PROFILE
    assert with_text(figure, "Hour of day")
    assert with_text(figure, "12:00")
    with pytest.raises(ValueError, match="24"):
        hourly_profile([1.0] * 23, ChartLabels())


def all_charts(example: str, labels: ChartLabels, rtl: bool) -> dict[str, Figure]:
    plan, evaluation, result = results(example)
    money = money_for(plan)
    names = {f.id: f.name for f in plan.functions}
    outcome = evaluation.reference
    return {
        "impact": impact_over_time(
            evaluation.scenarios,
            evaluation.tolerance,
            labels,
            money,
            mtpd_hours=evaluation.mtpd_hours,
            rtl=rtl,
        ),
        "functions": loss_by_function(outcome, names, labels, money, rtl=rtl),
        "categories": loss_by_category(outcome, labels, money, rtl=rtl),
        "exceedance": loss_exceedance(
            result, labels, money, tolerance=evaluation.tolerance, rtl=rtl
        ),
        "profile": hourly_profile(PROFILE, labels, rtl=rtl),
    }


def test_arabic_labels_appear_in_the_figures():
    charts = all_charts("ramallah-bakery", ARABIC, rtl=True)
    assert with_text(charts["impact"], ARABIC.impact_title)
    assert with_text(charts["impact"], "حد التحمّل")
    assert with_text(charts["impact"], "أقصى مدة مقبولة")
    assert with_text(charts["functions"], ARABIC.function_title)
    assert with_text(charts["functions"], "إيرادات ضائعة")  # legend entry
    assert with_text(charts["categories"], "عملاء فُقدوا نهائياً")  # tick label
    assert with_text(charts["exceedance"], "سنة من 100")
    assert with_text(charts["profile"], ARABIC.hour_axis)


def test_an_amount_inside_right_to_left_text_is_isolated():
    plan, evaluation, _ = results("ramallah-bakery")
    money = money_for(plan)
    figure = impact_over_time(evaluation.scenarios, evaluation.tolerance, ARABIC, money, rtl=True)
    assert with_text(figure, f"حد التحمّل \u2068{money(evaluation.tolerance)}\u2069")


def test_rtl_mirrors_the_axes():
    left_to_right = all_charts("sao-paulo-fashion", ChartLabels(), rtl=False)
    right_to_left = all_charts("sao-paulo-fashion", ChartLabels(), rtl=True)
    for name in ("impact", "functions", "categories", "exceedance"):
        ax = right_to_left[name].axes[0]
        assert ax.yaxis.get_ticks_position() == "right", name
        assert ax.yaxis.get_label_position() == "right", name
        assert ax.xaxis_inverted(), name
        plain = left_to_right[name].axes[0]
        assert plain.yaxis.get_ticks_position() == "left", name
        assert not plain.xaxis_inverted(), name
    assert right_to_left["profile"].axes[0].xaxis_inverted()
    # legends beside the plot: on the right, or on the left in RTL
    for figures, side in ((left_to_right, "right"), (right_to_left, "left")):
        for name in ("impact", "functions"):
            figure = figures[name]
            figure.draw_without_rendering()
            legend = figure.legends[0].get_window_extent()
            plot = figure.axes[0].get_window_extent()
            if side == "right":
                assert legend.x0 >= plot.x1, name
            else:
                assert legend.x1 <= plot.x0, name


def test_labels_must_not_be_hard_coded():
    """Every visible English default can be replaced: with other labels none is left."""
    other = ChartLabels(
        duration_axis="D",
        loss_axis="L",
        tolerance="T {amount}",
        mtpd="M {duration}",
        duration_ticks=((1.0, "one"), (24.0, "day")),
        function_loss_axis="F",
        categories={c: f"cat-{c}" for c in CATEGORIES},
        yearly_loss_axis="Y",
        exceedance_axis="E",
        percentile_names={"p50": "a", "p90": "b", "p99": "c"},
        tolerance_per_outage="TO {amount}",
        hour_axis="H",
    )
    english = ("Outage", "Loss", "Tolerance", "MTPD", "Lost revenue", "Chance", "Hour", "P50")
    for name, figure in all_charts("mumbai-clinic", other, rtl=False).items():
        for text in texts(figure):
            assert not any(word in text for word in english), (name, text)


def test_empty_results_say_so():
    plan, evaluation, result = results("ramallah-bakery")
    outcome = evaluation.reference
    nothing = type(outcome)(
        scenario=outcome.scenario,
        functions=(),
        planning_by_function={},
        worst_start=outcome.worst_start,
        worst_start_loss=0.0,
        curve_hours=outcome.curve_hours,
        curve_by_function={},
        mtpd_hours=None,
    )
    labels = ChartLabels(no_loss="nothing lost")
    money = money_for(plan)
    assert with_text(loss_by_function(nothing, {}, labels, money), "nothing lost")
    assert with_text(loss_by_category(nothing, labels, money), "nothing lost")
    quiet = type(result)(
        trials=10,
        seed=1,
        per_outage={"p50": 0.0, "p90": 0.0, "p99": 0.0},
        per_year={"p50": 0.0, "p90": 0.0, "p99": 0.0},
        mean_per_year=0.0,
        exceedance_loss=np.zeros(60),
        exceedance_probability=np.zeros(60),
    )
    assert with_text(loss_exceedance(quiet, labels, money), "nothing lost")
    impact_over_time([nothing], 100.0, labels, money).draw_without_rendering()


def test_font_family_goes_first_with_dejavu_behind_it():
    figure = hourly_profile(PROFILE, ARABIC, font_family="Noto Sans Arabic")
    label = figure.axes[0].xaxis.label
    assert label.get_fontfamily() == ["Noto Sans Arabic", "DejaVu Sans"]
    tick = figure.axes[0].get_xticklabels()[0]
    assert tick.get_fontfamily()[-1] == "DejaVu Sans"


def test_save_figure_writes_png_and_svg(tmp_path):
    figure = all_charts("ramallah-bakery", ARABIC, rtl=True)["impact"]
    png, svg = tmp_path / "chart.png", tmp_path / "chart.svg"
    save_figure(figure, png)
    save_figure(figure, svg)
    assert png.read_bytes().startswith(b"\x89PNG")
    assert "<svg" in svg.read_text(encoding="utf-8")
    with pytest.raises(ValueError, match="use PNG or SVG"):
        save_figure(figure, tmp_path / "chart.pdf")
    # 300 dpi: a 7 x 4 inch chart is 2100 x 1200 pixels
    width, height = int.from_bytes(png.read_bytes()[16:20]), int.from_bytes(png.read_bytes()[20:24])
    assert (width, height) == (2100, 1200)
    # format given explicitly; nothing left behind
    save_figure(figure, tmp_path / "picture", format="SVG")
    assert "<svg" in (tmp_path / "picture").read_text(encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "chart.png",
        "chart.svg",
        "picture",
    ]


def test_save_figure_is_atomic(tmp_path, monkeypatch):
    target = tmp_path / "chart.png"
    target.write_bytes(b"old")
    figure = hourly_profile(PROFILE, ChartLabels())

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(figure, "savefig", broken)
    with pytest.raises(RuntimeError):
        save_figure(figure, target)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["chart.png"]
    with pytest.raises(ValueError, match="PNG or SVG"):
        save_figure(figure, tmp_path / "chart.gif")


def test_charts_never_import_pyplot_or_qt():
    script = textwrap.dedent(
        """
        import sys
        from tests.report.test_charts import all_charts, ARABIC, PROFILE
        from continuity_app.report.charts import ChartLabels, save_figure
        import tempfile, pathlib
        folder = pathlib.Path(tempfile.mkdtemp())
        for labels, rtl in ((ChartLabels(), False), (ARABIC, True)):
            for name, figure in all_charts("ramallah-bakery", labels, rtl).items():
                save_figure(figure, folder / f"{name}.png")
            save_figure(figure, folder / f"{name}.svg")
        loaded = [m for m in sys.modules if m == "matplotlib.pyplot" or m.startswith("PySide6")]
        print(loaded)
        assert not loaded, loaded
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]


def test_legend_proxies_match_the_lines():
    plan, evaluation, _ = results("mumbai-clinic")
    figure = impact_over_time(
        evaluation.scenarios, evaluation.tolerance, ChartLabels(), money_for(plan)
    )
    handles = figure.legends[0].legend_handles
    lines = figure.axes[0].get_lines()
    for handle, line in zip(handles, lines, strict=False):
        assert isinstance(handle, Line2D)
        assert handle.get_color() == line.get_color()
