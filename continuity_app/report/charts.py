"""Charts of the model's results, as matplotlib Figure objects.

Pure functions: each takes results computed by the core and returns a new Figure, with every
user-visible string from a `ChartLabels` and money formatted by the caller's `money`. No
pyplot and no Qt: the GUI embeds the figures with FigureCanvasQTAgg, the PDF renderer saves
them with `save_figure`. `rtl=True` mirrors a chart for right-to-left languages: values grow
leftwards, the y axis and the text sit on the right, legends on the left.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

import matplotlib
import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.ticker import (
    FixedLocator,
    FuncFormatter,
    LogLocator,
    MaxNLocator,
    NullFormatter,
    NullLocator,
)
from matplotlib.transforms import blended_transform_factory

from continuity_app.core.display import format_percent, scenario_name
from continuity_app.core.evaluation import ScenarioOutcome
from continuity_app.core.i18n import number, time_of_day
from continuity_app.core.impact import CATEGORIES
from continuity_app.core.montecarlo import MonteCarloResult
from continuity_app.io.atomic import replacing
from continuity_app.report.chart_style import (
    BASE_FONT_SIZE,
    BLUE,
    CATEGORY_COLOURS,
    DASHES,
    INK,
    MARKERS,
    MUTED,
    REFERENCE_DASH,
    SERIES,
    ChartLabels,
    isolate,
    legend_options,
    new_figure,
    side_legend_location,
    style_axes,
    styled,
    title,
    wrap,
)

__all__ = [
    "ChartLabels",
    "hourly_profile",
    "impact_over_time",
    "loss_by_category",
    "loss_by_function",
    "loss_exceedance",
    "save_figure",
]

Money = Callable[[float], str]
FontFamily = str | Sequence[str] | None

LEGEND_WRAP = 26  # characters per line of a legend entry
# Beyond these a chart is no longer read (and takes seconds to draw): the outages and the
# functions that lose most are shown, the rest are counted (the tables beside list them all).
MAX_CURVES = 8  # the seven preset scenarios and one of the user's own
MAX_BARS = 15
NAME_WRAP = 28  # characters per line of a function name beside its bar
SAVE_FORMATS = (
    "png",
    "svg",
)  # the PDF plan embeds PNG; the bundle leaves out matplotlib's PDF writer
SAVE_DPI = 300


def impact_over_time(
    outcomes: Sequence[ScenarioOutcome],
    tolerance: float,
    labels: ChartLabels,
    money: Money,
    *,
    mtpd_hours: float | None = None,
    names: Mapping[str, str] | None = None,
    rtl: bool = False,
    size: tuple[float, float] = (7, 4),
    font_family: FontFamily = None,
) -> Figure:
    """Loss over outage duration, one line per scenario, with the tolerance and the MTPD.

    `names` may replace scenario names by id (e.g. translated preset names). Of many
    scenarios, the MAX_CURVES that lose most are drawn and the others counted in the legend.
    """
    names = names or {}
    largest = sorted(outcomes, key=lambda o: o.total, reverse=True)[:MAX_CURVES]
    shown = [o for o in outcomes if any(o is kept for kept in largest)]  # in the plan's order
    with styled(font_family, BASE_FONT_SIZE):
        figure = new_figure(size)
        ax = figure.add_subplot()
        style_axes(ax, rtl=rtl, grid_axis="both", font_family=font_family)
        handles = []
        low, high = np.inf, 0.0
        for index, outcome in enumerate(shown):
            hours = np.asarray(outcome.curve_hours, dtype=float)
            colour, marker = SERIES[index % len(SERIES)], MARKERS[index % len(MARKERS)]
            dash = DASHES[index % len(DASHES)]
            ax.plot(hours, outcome.curve, color=colour, linewidth=1.7, linestyle=dash)
            if hours.size:
                low, high = min(low, float(hours.min())), max(high, float(hours.max()))
                # the scenario's own duration, where its loss is read
                duration = outcome.scenario.duration_hours
                if hours.min() <= duration <= hours.max():
                    ax.scatter(
                        [duration], [outcome.total], s=34, marker=marker, color=colour, zorder=4
                    )
            name = names.get(outcome.scenario.id) or scenario_name(outcome.scenario.name)
            handles.append(
                Line2D(
                    [],
                    [],
                    color=colour,
                    linewidth=1.7,
                    linestyle=dash,
                    marker=marker,
                    markersize=5,
                    label=wrap(name, LEGEND_WRAP),
                )
            )
        if len(outcomes) > len(shown):
            handles.append(
                Line2D(
                    [],
                    [],
                    linestyle="none",
                    label=labels.more_scenarios(len(outcomes) - len(shown)),
                )
            )
        if not np.isfinite(low):
            low, high = 0.25, 168.0
        ax.set_xscale("log")
        ax.set_xlim(low, high)
        ax.xaxis.set_inverted(rtl)
        ticks = [(h, text) for h, text in labels.duration_ticks if low <= h <= high]
        ax.xaxis.set_major_locator(FixedLocator([h for h, _ in ticks]))
        ax.xaxis.set_major_formatter(FuncFormatter(_fixed_labels(ticks)))
        ax.xaxis.set_minor_locator(NullLocator())
        ax.xaxis.set_minor_formatter(NullFormatter())
        _money_axis(ax.yaxis, money)
        ax.set_ylim(bottom=0)
        ax.set_xlabel(labels.duration_axis)
        ax.set_ylabel(labels.loss_axis)
        title(ax, labels.impact_title, rtl)

        if tolerance > 0:
            ax.axhline(tolerance, color=MUTED, linewidth=1.0, linestyle=REFERENCE_DASH, zorder=1)
            ax.set_ylim(top=max(ax.get_ylim()[1], tolerance * 1.12))
            across = blended_transform_factory(ax.transAxes, ax.transData)
            marked = mtpd_hours is not None and low <= mtpd_hours <= high
            reach = (
                np.log(mtpd_hours / low) / np.log(high / low)
                if marked and high > low and mtpd_hours is not None
                else 0.0
            )
            # the longest bearable outage is labelled above the line on the start side when
            # there is room (see below): the tolerance's label then goes under the line, where
            # short outages cost little, so that the two do not overlap
            under = reach > 0.4
            ax.annotate(
                labels.tolerance.format(amount=isolate(money(tolerance), rtl)),
                xy=(0.99 if rtl else 0.01, tolerance),
                xycoords=across,
                xytext=(0, -3 if under else 3),
                textcoords="offset points",
                ha="right" if rtl else "left",
                va="top" if under else "bottom",
                color=MUTED,
            )
            if marked and mtpd_hours is not None:
                ax.vlines(mtpd_hours, 0, tolerance, colors=INK, linewidth=0.9, linestyles=":")
                ax.scatter([mtpd_hours], [tolerance], s=30, color="white", edgecolors=INK, zorder=5)
                # beside the marker on the side of shorter outages, where the curves are still
                # below the tolerance; if that side is short, to the other side below the line
                before = under
                towards_start = -1 if before else 1  # in reading direction
                sign = -towards_start if rtl else towards_start
                ax.annotate(
                    labels.mtpd.format(duration=isolate(labels.duration(mtpd_hours), rtl)),
                    xy=(mtpd_hours, tolerance),
                    xytext=(6 * sign, 4 if before else -5),
                    textcoords="offset points",
                    ha="left" if sign > 0 else "right",
                    va="bottom" if before else "top",
                    color=INK,
                    fontweight="bold",
                )
        if handles:
            _side_legend(figure, handles, rtl)
    return figure


def loss_by_function(
    outcome: ScenarioOutcome,
    names: Mapping[str, str],
    labels: ChartLabels,
    money: Money,
    *,
    rtl: bool = False,
    size: tuple[float, float] | None = None,
    font_family: FontFamily = None,
) -> Figure:
    """One horizontal bar per function, stacked by category, the largest loss on top.

    Categories with no loss in any function are left out. The default height grows with
    the number of bars: of many functions, those that lose least share one bar (MAX_BARS).
    """
    functions = sorted(outcome.functions, key=lambda f: f.total)
    # (name, loss by category) per bar, the largest loss last (on top)
    rows = [(names.get(f.function_id, f.function_id), f.by_category) for f in functions]
    if len(rows) > MAX_BARS:
        rest, rows = rows[: len(rows) - MAX_BARS + 1], rows[len(rows) - MAX_BARS + 1 :]
        together: dict[str, float] = {}
        for _, by_category in rest:
            for category, value in by_category.items():
                together[category] = together.get(category, 0.0) + value
        rows.insert(0, (labels.other_functions(len(rest)), together))
    if size is None:
        size = (7.0, 1.3 + 0.5 * max(len(rows), 2))
    with styled(font_family, BASE_FONT_SIZE):
        figure = new_figure(size)
        ax = figure.add_subplot()
        style_axes(ax, rtl=rtl, grid_axis="x", font_family=font_family)
        title(ax, labels.function_title, rtl)
        totals = np.array([sum(by_category.values()) for _, by_category in rows])
        if not rows or totals.max() <= 0:
            _empty(ax, labels)
            return figure
        positions = np.arange(len(rows))
        left = np.zeros(len(rows))
        bars = []
        for category in CATEGORIES:
            values = np.array([by_category.get(category, 0.0) for _, by_category in rows])
            if not np.any(values > 0):
                continue
            bars.append(
                ax.barh(
                    positions,
                    values,
                    left=left,
                    height=0.62,
                    color=CATEGORY_COLOURS.get(category, MUTED),
                    edgecolor="white",
                    linewidth=0.6,
                    label=wrap(labels.category(category), LEGEND_WRAP),
                )
            )
            left = left + values
        _value_labels(ax, positions, totals, [money(t) for t in totals], rtl)
        ax.set_yticks(positions, [wrap(name, NAME_WRAP) for name, _ in rows])
        ax.tick_params(axis="y", length=0)
        ax.set_ylim(-0.6, len(rows) - 0.4)
        _money_axis(ax.xaxis, money)
        _value_room(ax, float(totals.max()), rtl)
        ax.set_xlabel(labels.function_loss_axis)
        _side_legend(figure, bars, rtl)
    return figure


def loss_by_category(
    outcome: ScenarioOutcome,
    labels: ChartLabels,
    money: Money,
    *,
    rtl: bool = False,
    size: tuple[float, float] = (6, 2.8),
    font_family: FontFamily = None,
) -> Figure:
    """One horizontal bar per loss category, the largest on top, with amount and share."""
    amounts = outcome.by_category
    order = sorted(CATEGORIES, key=lambda c: amounts.get(c, 0.0))
    values = np.array([amounts.get(c, 0.0) for c in order])
    total = float(values.sum())
    with styled(font_family, BASE_FONT_SIZE):
        figure = new_figure(size)
        ax = figure.add_subplot()
        style_axes(ax, rtl=rtl, grid_axis="x", font_family=font_family)
        title(ax, labels.category_title, rtl)
        if total <= 0:
            _empty(ax, labels)
            return figure
        positions = np.arange(len(order))
        ax.barh(
            positions,
            values,
            height=0.62,
            color=[CATEGORY_COLOURS.get(c, MUTED) for c in order],
        )
        texts = [
            (labels.small_share if 0 < v / total < 0.005 else labels.share).format(
                amount=isolate(money(v), rtl),
                share=isolate(format_percent(max(v / total, 0.01)), rtl),
            )
            for v in values
        ]
        _value_labels(ax, positions, values, texts, rtl)
        ax.set_yticks(positions, [wrap(labels.category(c), NAME_WRAP) for c in order])
        ax.tick_params(axis="y", length=0)
        ax.set_ylim(-0.6, len(order) - 0.4)
        _money_axis(ax.xaxis, money)
        _value_room(ax, float(values.max()), rtl, room=0.32)
        ax.set_xlabel(labels.function_loss_axis)
    return figure


def loss_exceedance(
    result: MonteCarloResult,
    labels: ChartLabels,
    money: Money,
    *,
    tolerance: float | None = None,
    rtl: bool = False,
    size: tuple[float, float] = (7, 4),
    font_family: FontFamily = None,
) -> Figure:
    """The chance that a year loses more than each amount (log scale), with the P50, P90
    and P99 of the yearly loss marked on the curve and, if given, the tolerance per outage."""
    losses = np.asarray(result.exceedance_loss, dtype=float)
    probability = np.asarray(result.exceedance_probability, dtype=float)
    shown = probability > 0
    with styled(font_family, BASE_FONT_SIZE):
        figure = new_figure(size)
        ax = figure.add_subplot()
        style_axes(ax, rtl=rtl, grid_axis="both", font_family=font_family)
        title(ax, labels.exceedance_title, rtl)
        if not np.any(shown) or losses.max() <= 0:
            _empty(ax, labels)
            return figure
        ax.plot(losses[shown], probability[shown], color=BLUE, linewidth=1.8)
        ax.set_yscale("log")
        floor = max(float(probability[shown].min()), 1.0 / max(result.trials, 1))
        ax.set_ylim(floor / 1.6, 1.0)
        ax.yaxis.set_major_locator(LogLocator(base=10, subs=(1.0, 5.0)))
        ax.yaxis.set_major_formatter(FuncFormatter(lambda value, _: _percent(value)))
        ax.yaxis.set_minor_locator(NullLocator())
        ax.yaxis.set_minor_formatter(NullFormatter())
        _money_axis(ax.xaxis, money)
        right = float(losses[shown].max())
        ax.set_xlim(0, right * 1.04)
        ax.xaxis.set_inverted(rtl)
        ax.set_xlabel(labels.yearly_loss_axis)
        ax.set_ylabel(labels.exceedance_axis)

        points = [
            (key, result.per_year[key], 1 - int(key[1:]) / 100)
            for key in ("p50", "p90", "p99")
            if key in result.per_year
        ]
        if points:
            ax.scatter(
                [x for _, x, _ in points],
                [y for _, _, y in points],
                s=28,
                color="white",
                edgecolors=INK,
                linewidths=1.1,
                zorder=5,
                clip_on=False,
            )
            for key, amount, chance in points:
                name = labels.percentile_names.get(key, key.upper())
                ax.annotate(
                    labels.percentile.format(name=name, amount=isolate(money(amount), rtl)),
                    xy=(amount, chance),
                    xytext=(-7 if rtl else 7, 3),
                    textcoords="offset points",
                    ha="right" if rtl else "left",
                    va="bottom",
                    color=INK,
                )
        if tolerance is not None and tolerance > 0:
            ax.axvline(tolerance, color=MUTED, linewidth=1.0, linestyle=REFERENCE_DASH, zorder=1)
            if tolerance > right:
                ax.set_xlim(0, tolerance * 1.04)
                ax.xaxis.set_inverted(rtl)
            across = blended_transform_factory(ax.transData, ax.transAxes)
            ax.annotate(
                labels.tolerance_per_outage.format(amount=isolate(money(tolerance), rtl)),
                xy=(tolerance, 0.98),
                xycoords=across,
                xytext=(-4 if rtl else 4, 0),
                textcoords="offset points",
                ha="right" if rtl else "left",
                va="top",
                color=MUTED,
            )
    return figure


def hourly_profile(
    weights: Sequence[float],
    labels: ChartLabels,
    *,
    rtl: bool = False,
    size: tuple[float, float] = (4, 1.6),
    font_family: FontFamily = None,
) -> Figure:
    """A small bar chart of 24 hourly weights (relative: no value axis)."""
    values = np.asarray(weights, dtype=float)
    if values.shape != (24,):
        raise ValueError(f"an hourly profile needs 24 weights, got {values.size}")
    font_size = BASE_FONT_SIZE - 1
    with styled(font_family, font_size):
        figure = new_figure(size)
        ax = figure.add_subplot()
        style_axes(ax, rtl=rtl, grid_axis="", font_family=font_family, font_size=font_size)
        title(ax, labels.profile_title, rtl)
        hours = np.arange(24)
        ax.bar(hours, values, width=0.78, color=BLUE, linewidth=0)
        ax.set_xlim(-0.7, 23.7)
        ax.xaxis.set_inverted(rtl)
        ax.set_ylim(0, max(float(values.max()), 1e-9) * 1.05)
        ticks = list(range(0, 24, 6))
        ax.set_xticks(ticks, [time_of_day(h) for h in ticks])
        ax.xaxis.set_minor_locator(FixedLocator(range(0, 24, 3)))
        ax.tick_params(axis="x", which="minor", length=2, width=0.6)
        ax.set_yticks([])
        ax.set_xlabel(labels.hour_axis)
    return figure


def save_figure(figure: Figure, path: Path, format: str | None = None) -> None:
    """Writes PNG (300 dpi) or SVG, chosen by `format` or the file extension, atomically:
    a temporary file in the same folder replaces the target only once it is complete."""
    path = Path(path)
    kind = (format or path.suffix.lstrip(".")).lower()
    if kind not in SAVE_FORMATS:
        raise ValueError(f"cannot save a chart as {kind or path.name!r}: use PNG or SVG")
    with replacing(path) as temporary:
        _write(figure, temporary, kind)


def png_bytes(figure: Figure) -> bytes:
    """The figure as 300 dpi PNG in memory, as save_figure writes it."""
    buffer = io.BytesIO()
    _write(figure, buffer, "png")
    return buffer.getvalue()


def _write(figure: Figure, target: Path | io.BytesIO, kind: str) -> None:
    # SVG text as paths: the shipped fonts need not be installed where the file is opened
    with matplotlib.rc_context({"svg.fonttype": "path"}):
        figure.savefig(
            target,
            format=kind,
            dpi=SAVE_DPI,
            metadata=None if kind == "png" else {"Date": None},
        )


# helpers


def _fixed_labels(ticks: Sequence[tuple[float, str]]) -> Callable[[float, int | None], str]:
    lookup = {round(h, 6): text for h, text in ticks}

    def label(value: float, _pos: int | None = None) -> str:
        return lookup.get(round(value, 6), "")

    return label


def _percent(value: float) -> str:
    return format_percent(value, 0 if value >= 0.01 else 2)


def _money_axis(axis, money: Money) -> None:
    axis.set_major_locator(MaxNLocator(nbins=5, min_n_ticks=3))
    axis.set_major_formatter(
        FuncFormatter(lambda value, _: number(0) if value == 0 else money(value))
    )


def _value_labels(
    ax: Axes, positions: np.ndarray, values: np.ndarray, texts: Sequence[str], rtl: bool
) -> None:
    """Each bar's amount just past its end."""
    for y, value, text in zip(positions, values, texts, strict=True):
        ax.annotate(
            text,
            xy=(value, y),
            xytext=(-4 if rtl else 4, 0),
            textcoords="offset points",
            ha="right" if rtl else "left",
            va="center",
            color=INK,
        )


def _value_room(ax: Axes, largest: float, rtl: bool, room: float = 0.2) -> None:
    """Space after the longest bar for its amount."""
    ax.set_xlim(0, largest * (1 + room))
    ax.xaxis.set_inverted(rtl)


def _side_legend(figure: Figure, handles: Sequence, rtl: bool) -> None:
    legend = figure.legend(
        handles=list(handles),
        labels=[h.get_label() for h in handles],
        loc=side_legend_location(rtl),
        **legend_options(rtl),
    )
    if rtl:  # wrapped lines align on the key's side
        for text in legend.get_texts():
            text.set_multialignment("right")


def _empty(ax: Axes, labels: ChartLabels) -> None:
    ax.set_xticks([])
    ax.set_yticks([])
    ax.spines["bottom"].set_visible(False)
    ax.text(0.5, 0.5, labels.no_loss, transform=ax.transAxes, ha="center", va="center", color=MUTED)
