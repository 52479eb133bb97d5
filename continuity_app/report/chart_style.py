"""The look shared by every chart: palette, fonts, labels and right-to-left mirroring.

No pyplot and no Qt here: the charts serve both the GUI (FigureCanvasQTAgg) and the PDF.
Every string a user reads comes from a `ChartLabels`, so the GUI can pass translated strings
and the PDF the plan language's strings. matplotlib >= 3.11 shapes Arabic itself.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

import matplotlib
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from continuity_app.core.display import format_hours
from continuity_app.core.i18n import digits, translate
from continuity_app.core.labels import category_labels
from continuity_app.core.terms import term

if TYPE_CHECKING:
    from matplotlib.typing import LegendLocType, LineStyleType, RcKeyType

# Okabe & Ito (2008), the colour-blind safe palette; yellow (#F0E442) is left out because it
# is too light on white for lines and thin bars.
BLUE = "#0072B2"
VERMILLION = "#D55E00"
GREEN = "#009E73"
ORANGE = "#E69F00"
PURPLE = "#CC79A7"
SKY = "#56B4E9"
BLACK = "#000000"
SERIES = (BLUE, VERMILLION, GREEN, ORANGE, PURPLE, SKY, BLACK)
CATEGORY_COLOURS: dict[str, str] = {
    "lost_revenue": BLUE,
    "churn": VERMILLION,
    "backlog": ORANGE,
    "fallback_messaging": SKY,
    "productivity": GREEN,
}
INK = "#262626"  # text
MUTED = "#595959"  # axis labels, reference lines
GRID = "#E3E3E3"
SPINE = "#8C8C8C"
# Markers and dashes tell the scenario lines apart in greyscale print, and let lines that
# coincide show through each other.
MARKERS = ("o", "s", "^", "D", "v", "P", "X")
DASHES: tuple[LineStyleType, ...] = (
    "-",
    (0, (6, 2)),
    (0, (1.5, 1.5)),
    (0, (6, 2, 1.5, 2)),
    (0, (3, 2)),
    (0, (10, 3)),
    "-",
)
REFERENCE_DASH = (0, (4, 4))

BASE_FONT_SIZE = 8.5
FALLBACK_FONT = "DejaVu Sans"  # present everywhere, covers Latin, Greek, Cyrillic and Arabic

# First-strong isolate: a value put into right-to-left text keeps its own order ("₪6,000"
# stays as written; "2.4 يوم" stays Arabic) whatever surrounds it.
FSI, PDI = "\u2068", "\u2069"


DEFAULT_CATEGORY_LABELS: dict[str, str] = {
    "lost_revenue": "Lost revenue",
    "churn": "Customers lost for good",
    "backlog": "Backlog handling",
    "fallback_messaging": "Fallback messaging",
    "productivity": "Staff productivity",
}

DEFAULT_DURATION_TICKS: tuple[tuple[float, str], ...] = (
    (0.25, "15 min"),
    (1.0, "1 h"),
    (6.0, "6 h"),
    (24.0, "1 day"),
    (72.0, "3 days"),
    (168.0, "1 week"),
)


@dataclass(frozen=True)
class ChartLabels:
    """Every string the charts show, with English defaults.

    Templates use str.format fields: {amount}, {duration}, {name}, {share}, each already
    written in the reader's language. Numbers, durations and clock times follow
    continuity_app.core.i18n's current language.
    Titles are empty by default: the GUI and the PDF put headings around the charts.
    """

    # impact over time
    impact_title: str = ""
    duration_axis: str = "Outage duration"
    loss_axis: str = "Loss per outage"
    tolerance: str = "Tolerance {amount}"
    mtpd: str = "MTPD {duration}"
    duration_ticks: tuple[tuple[float, str], ...] = DEFAULT_DURATION_TICKS
    # loss by function and by category
    function_title: str = ""
    category_title: str = ""
    function_loss_axis: str = "Loss in this outage"
    categories: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_CATEGORY_LABELS))
    share: str = "{amount} ({share})"
    small_share: str = "{amount} (<{share})"  # a share that would round to 0%: below 1%
    # loss exceedance
    exceedance_title: str = ""
    yearly_loss_axis: str = "Loss in a year"
    exceedance_axis: str = "Chance a year loses more"
    percentile: str = "{name} {amount}"
    percentile_names: dict[str, str] = field(
        default_factory=lambda: {"p50": "P50", "p90": "P90", "p99": "P99"}
    )
    tolerance_per_outage: str = "Tolerance per outage {amount}"
    # hourly profile
    profile_title: str = ""
    hour_axis: str = "Hour of day"
    # empty results
    no_loss: str = "No loss"

    def category(self, key: str) -> str:
        return self.categories.get(key, DEFAULT_CATEGORY_LABELS.get(key, key))

    def duration(self, hours: float) -> str:
        """A duration in the unit people would say it in."""
        return format_hours(hours)

    def more_scenarios(self, count: int) -> str:
        """The legend's last line when the chart leaves out the outages that cost least."""
        return translate("Charts", "+ %n more, with smaller losses", None, count)

    def other_functions(self, count: int) -> str:
        """The bar that stands for the functions that lose least, together."""
        return translate("Charts", "%n other function(s)", None, count)


def font_families(font_family: str | Sequence[str] | None) -> list[str]:
    """The caller's font(s) first, then DejaVu Sans for any glyph they lack."""
    if font_family is None:
        families: list[str] = []
    elif isinstance(font_family, str):
        families = [font_family]
    else:
        families = list(font_family)
    return [*(f for f in families if f != FALLBACK_FONT), FALLBACK_FONT]


def style_params(font_family: str | Sequence[str] | None, font_size: float) -> dict[RcKeyType, Any]:
    """rcParams for building one figure; everything else is set on the artists themselves."""
    return {
        "font.family": font_families(font_family),
        "font.size": font_size,
        "text.color": INK,
        "axes.labelcolor": MUTED,
        "axes.edgecolor": SPINE,
        "axes.linewidth": 0.8,
        "axes.titlesize": font_size + 1.5,
        "axes.titleweight": "bold",
        "axes.titlecolor": INK,
        "axes.labelsize": font_size,
        "axes.unicode_minus": False,  # a plain hyphen exists in every font
        "xtick.color": SPINE,
        "ytick.color": SPINE,
        "xtick.labelcolor": INK,
        "ytick.labelcolor": INK,
        "xtick.labelsize": font_size - 0.5,
        "ytick.labelsize": font_size - 0.5,
        "legend.fontsize": font_size - 0.5,
        "legend.frameon": False,
        "figure.facecolor": "white",
        "axes.facecolor": "white",
        "savefig.facecolor": "white",
        "svg.fonttype": "path",  # Arabic stays shaped in any SVG viewer
        "pdf.fonttype": 42,
    }


@contextmanager
def styled(font_family: str | Sequence[str] | None, font_size: float) -> Iterator[None]:
    """Builds a figure with the shared style; artists keep their fonts after the block."""
    with matplotlib.rc_context(style_params(font_family, font_size)):
        yield


def new_figure(size: tuple[float, float]) -> Figure:
    figure = Figure(figsize=size, dpi=100)
    figure.set_layout_engine("constrained", h_pad=0.06, w_pad=0.06)
    return figure


def style_axes(
    ax: Axes,
    *,
    rtl: bool,
    grid_axis: Literal["x", "y", "both", ""] = "y",
    font_family: str | Sequence[str] | None = None,
    font_size: float = BASE_FONT_SIZE,
) -> None:
    """Light grid behind the data, only the spines that carry an axis, mirrored for RTL."""
    ax.set_axisbelow(True)
    if grid_axis:
        ax.grid(True, axis=grid_axis, color=GRID, linewidth=0.7)
    for side in ("top", "left", "right"):
        ax.spines[side].set_visible(False)
    ax.tick_params(
        length=3,
        width=0.7,
        labelfontfamily=font_families(font_family),
        labelsize=font_size - 0.5,
    )
    if rtl:
        mirror(ax)


def mirror(ax: Axes) -> None:
    """Right-to-left: values grow leftwards and the y axis sits on the right."""
    ax.xaxis.set_inverted(True)
    ax.yaxis.tick_right()
    ax.yaxis.set_label_position("right")


def title(ax: Axes, text: str, rtl: bool) -> None:
    if text:
        ax.set_title(text, loc="right" if rtl else "left", pad=8)


def isolate(text: str, rtl: bool) -> str:
    """A number or amount put into right-to-left text keeps its own order ("₪6,000")."""
    return f"{FSI}{text}{PDI}" if rtl else text


def wrap(text: str, width: int) -> str:
    """Long names on two or three lines instead of squeezing the plot."""
    lines = textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False)
    if len(lines) > 3:
        lines = [*lines[:2], textwrap.shorten(" ".join(lines[2:]), width, placeholder="…")]
    return "\n".join(lines) or text


def side_legend_location(rtl: bool) -> LegendLocType:
    """Legends sit outside the plot, after the data in reading order."""
    return "outside left upper" if rtl else "outside right upper"


def legend_options(rtl: bool) -> Mapping[str, Any]:
    """Keys after the text and text aligned to the right in right-to-left languages."""
    return {
        "markerfirst": not rtl,
        "alignment": "right" if rtl else "left",
        "handlelength": 1.6,
        "handletextpad": 0.5,
        "labelspacing": 0.7,
        "borderaxespad": 0.2,
    }


def chart_labels() -> ChartLabels:
    """Every chart string in the current language: the window's and the printed plan's."""
    return ChartLabels(
        duration_axis=translate("Charts", "Outage duration"),
        loss_axis=translate("Charts", "Loss per outage"),
        tolerance=translate("Charts", "Largest bearable loss {amount}"),
        mtpd=translate("Charts", "Longest bearable outage {duration}"),
        duration_ticks=(
            (0.25, digits(translate("Charts", "15 min"))),
            (1.0, digits(translate("Charts", "1 h"))),
            (6.0, digits(translate("Charts", "6 h"))),
            (24.0, digits(translate("Charts", "1 day"))),
            (72.0, digits(translate("Charts", "3 days"))),
            (168.0, digits(translate("Charts", "1 week"))),
        ),
        function_loss_axis=translate("Charts", "Loss in this outage"),
        categories=category_labels(),
        share=translate("Charts", "{amount} ({share})"),
        small_share=translate("Charts", "{amount} (<{share})"),
        yearly_loss_axis=translate("Charts", "Loss in a year"),
        exceedance_axis=translate("Charts", "Chance a year loses more"),
        percentile=translate("Charts", "{name}: {amount}"),
        # the plain words of the printed plan and the window (core/terms.py)
        percentile_names={key: term(key).plain for key in ("p50", "p90", "p99")},
        tolerance_per_outage=translate("Charts", "Largest bearable loss per outage {amount}"),
        hour_axis=translate("Charts", "Hour of day"),
        no_loss=translate("Charts", "No loss"),
    )
