"""The continuity plan's content as rich text (HTML) for a QTextDocument, with its charts."""

from __future__ import annotations

import calendar
import datetime as dt
import html
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from continuity_app.core.channel_fit import provider_layers, shares_provider_with_whatsapp
from continuity_app.core.display import (
    channel_name,
    confidence_words,
    country_name,
    format_hours,
    format_list,
    format_money,
    format_percent,
    format_start,
    scenario_name,
)
from continuity_app.core.evaluation import Evaluation, evaluate
from continuity_app.core.i18n import (
    current_language,
    date,
    digits,
    number,
    short_number,
    speaking,
    translate,
)
from continuity_app.core.impact import CATEGORIES, first_crossing
from continuity_app.core.inputs import price_per_message
from continuity_app.core.labels import category_labels, kind_label
from continuity_app.core.message_templates import (
    AUDIENCES,
    message_channels,
    message_languages,
    suggested_message,
)
from continuity_app.core.montecarlo import MonteCarloResult, simulate
from continuity_app.core.plan import Function, FunctionKind, Plan, Range, Uncertain, likely
from continuity_app.core.recommend import Recommendations, recommend
from continuity_app.core.reference import ReferenceData
from continuity_app.core.scenarios import derive
from continuity_app.core.sms import sms_segments
from continuity_app.core.terms import glossary, how_often, term
from continuity_app.localization import language_for, language_name, written_in

# Every PDF string goes through translate("OpenPlan", "…") with both arguments literal,
# so that pyside6-lupdate finds it; a QTranslator installed for --lang translates it.

# How often the plan is reviewed and exercised; the schedule (section 11) and the next
# review date in document control both follow from these.
REVIEW_MONTHS = 6
CONTACT_TEST_MONTHS = 3
DECISION_LOG_ROWS = 16
LIST_HANG_PX = 40  # how far a numbered step's wrapped lines hang under its text
RTL_LANGUAGES = frozenset({"ar", "fa", "he", "ur", "ps", "sd", "yi", "ug", "ckb", "dv"})

# Isolates: a number or amount inside right-to-left text keeps its digit order. Qt's rich text
# ignores dir="ltr" spans, but honours these Unicode controls.
LRI, FSI, PDI = "\u2066", "\u2068", "\u2069"
# Runs that read as one number: phone numbers, amounts with separators, times.
_NUMBER_RUN = re.compile(r"[+(]?\d[\d\s\-().,/:]*\d|\d")


@dataclass(frozen=True)
class PlanResults:
    """The core results the plan quotes: the same objects `evaluate` and `recommend` print."""

    evaluation: Evaluation
    monte_carlo: MonteCarloResult
    recommendations: Recommendations


def compute_results(plan: Plan, reference: ReferenceData) -> PlanResults:
    """Evaluate, simulate and recommend exactly as the CLI's evaluate and recommend do."""
    return PlanResults(
        evaluation=evaluate(plan, reference),
        monte_carlo=simulate(plan, reference),
        recommendations=recommend(plan, reference),
    )


@dataclass(frozen=True)
class Section:
    """A numbered heading of the plan, listed in the table of contents."""

    key: str
    title: str


@dataclass
class PlanContent:
    """The HTML of the plan and its sections in order (charts are referred to by name)."""

    html: str
    sections: list[Section]
    rtl: bool
    header: str
    title: str


def is_rtl_language(language: str | None) -> bool:
    return bool(language) and language.replace("_", "-").split("-")[0].lower() in RTL_LANGUAGES


def first_strong_rtl(text: str) -> bool:
    """True when the first letter with a direction is right-to-left (Unicode rule P2)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(c) in ("R", "AL") for c in text)


def plan_is_rtl(plan: Plan, language: str | None) -> bool:
    """Lay the whole plan out right-to-left: the PDF language is right-to-left, or, with no
    language given, the business name and every customer message are in a right-to-left
    script."""
    if language:
        return is_rtl_language(language)
    customer = [m for m in plan.details.messages if m.audience == "customers"]
    return (
        first_strong_rtl(plan.business.name)
        and bool(customer)
        and all(is_rtl_language(m.language) for m in customer)
    )


def isolate_numbers(text: str) -> str:
    """Wrap every number run in LRI…PDI, so '02 295 1234' keeps its order in Arabic text."""
    return _NUMBER_RUN.sub(lambda m: f"{LRI}{m.group(0)}{PDI}", text)


def _add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _url_breaks(text: str) -> str:
    """Escaped source text that may wrap inside long URLs (zero-width space after / ; ?)."""
    return _e(text).replace("/", "/\u200b").replace("&amp;", "&amp;\u200b")


# File paths of the project (reference CSVs, research notes) said as a reader would say them.
_DATA_FILES = {
    "outages": "the outage history (appendix B)",
    "shutdowns": "Counts of government shutdowns",
    "carrier_outages": "regulators' and news reports of nationwide carrier outages",
}
_RESEARCH_NOTE = re.compile(r"\s*\((?:see\s+)?(?:docs|shared)/[^()]*\)|\s*\(facts\.md[^()]*\)")
_COMPILED_IN = re.compile(r"as compiled in (?:docs|shared)/\S+\.md")
_DATA_FILE = re.compile(r"(?:resources/data/)?\b(\w+)\.csv\b")
_CATEGORY = re.compile(r"\s*\(category \w+\)|,\s*category \w+(?=[,;)]|$)")
_FILE_PATH = re.compile(r"\b(?:docs|shared|resources)/\S+")


def reader_source(text: str) -> str:
    """Reference text without the project's file paths and internal codes: "resources/data/
    outages.csv, category meta_wide (facts.md table 1a)" reads "the outage history
    (appendix B)"."""
    text = _RESEARCH_NOTE.sub("", text)
    text = _COMPILED_IN.sub("as compiled from these sources", text)
    text = _CATEGORY.sub("", text)
    text = _DATA_FILE.sub(lambda m: _DATA_FILES.get(m.group(1), "the reference data"), text)
    return _FILE_PATH.sub("", text).strip()


def _uncertain(value: Uncertain, fmt: Callable[[float], str]) -> str:
    if isinstance(value, Range):
        return f"{fmt(value.likely)} ({fmt(value.low)}–{fmt(value.high)})"
    return fmt(float(value))


# Whom a function's WhatsApp counterparts are: the audience its message is written for.
# Drivers and riders are told where to go like staff; every other function serves customers.
_STAFF_KINDS = frozenset({FunctionKind.INTERNAL_COORDINATION, FunctionKind.DELIVERY})


def _audience(kind: FunctionKind) -> str:
    if kind in _STAFF_KINDS:
        return "staff"
    return "suppliers" if kind is FunctionKind.SUPPLIER_COORDINATION else "customers"


def plan_audiences(plan: Plan) -> list[str]:
    """The audiences the plan has a message for: those of its functions, and any the user
    wrote a message to (no suppliers' message for a business with no supplier function)."""
    wanted = {_audience(f.kind) for f in plan.functions}
    wanted |= {m.audience for m in plan.details.messages}
    return [a for a in AUDIENCES if a in wanted]


# The background of a message's cell; the renderer finds message boxes by it, to keep each
# box on one page.
MESSAGE_BOX_COLOR = "#f5f7fa"

STYLE = """
body { font-size: 9.5pt; color: #1f1f1f; }
h1 { font-size: 15pt; font-weight: bold; color: #0b3d66; margin-top: 18px; margin-bottom: 8px; }
h2 { font-size: 11.5pt; font-weight: bold; color: #0b3d66; margin-top: 16px; margin-bottom: 4px; }
h3 { font-size: 10pt; font-weight: bold; color: #1f1f1f; margin-top: 8px; margin-bottom: 2px; }
p { margin-top: 3px; margin-bottom: 5px; }
li { margin-bottom: 2px; }
table.grid { border-collapse: collapse; margin-top: 4px; margin-bottom: 8px; }
table.grid td, table.grid th { border: 0.6px solid #9aa5b1; padding: 3px 5px; }
table.grid th { background-color: #e8eef4; font-weight: bold; }
th { text-align: left; }
table.form td { border: 0.6px solid #9aa5b1; padding: 7px 5px; }
table.form th { border: 0.6px solid #9aa5b1; padding: 3px 5px; background-color: #e8eef4; }
table.keys td { padding: 4px 8px; border: 0.6px solid #9aa5b1; }
td.num, th.num { text-align: right; }
.small { font-size: 8pt; color: #444444; }
.muted { color: #5a5a5a; }
.note { color: #5a5a5a; font-size: 8.5pt; }
.warn { color: #9a3412; }
.big { font-size: 14pt; font-weight: bold; color: #0b3d66; }
.message { background-color: MESSAGE_BOX_COLOR; }
table.card td { border: 0.6px solid #9aa5b1; padding: 4px 6px; font-size: 11pt; }
table.card th { border: 0.6px solid #9aa5b1; padding: 4px 6px; background-color: #e8eef4; }
p.card { font-size: 11pt; }
""".replace("MESSAGE_BOX_COLOR", MESSAGE_BOX_COLOR)


class _Builder:
    """Writes the sections of one plan; every number comes from the core results."""

    def __init__(
        self,
        plan: Plan,
        reference: ReferenceData,
        results: PlanResults,
        *,
        language: str | None,
        issued: dt.date,
        toc_pages: dict[str, int] | None,
        chart_names: Sequence[str],
        image_width: int,
        break_before: frozenset[int] = frozenset(),
        log_rows: int = DECISION_LOG_ROWS,
        log_new_page: bool = True,
    ) -> None:
        self.plan = plan
        self.reference = reference
        self.results = results
        self.evaluation = results.evaluation
        self.mc = results.monte_carlo
        self.advice = results.recommendations
        self.language = language
        self.rtl = plan_is_rtl(plan, language)
        self.issued = issued
        self.toc_pages = toc_pages
        self.chart_names = set(chart_names)
        self.image_width = image_width
        self.currency = plan.business.currency
        self.parts: list[str] = []
        self.sections: list[Section] = []
        # Headings are counted in document order; those in break_before start a new page
        # because the last layout left them alone at the foot of a page.
        self.break_before = break_before
        # the decision log fills the rest of its page, or a page of its own (the renderer
        # measures which)
        self.log_rows = log_rows
        self.log_new_page = log_new_page
        self.headings = 0
        self.boxes = 0  # message boxes written so far
        self.names = {f.id: f.name for f in plan.functions}

    # -- formatting ------------------------------------------------------------------------

    def num(self, text: str) -> str:
        """A number, amount or phone number, isolated when the document is right-to-left.

        First-strong isolate: a bare number or a phone number reads left to right, while a
        number with an Arabic unit or month ("30 د", "25 نوفمبر 2026") keeps the unit after
        the number also in Latin digits (--digits western)."""
        return f"{FSI}{text}{PDI}" if self.rtl and text else text

    def money(self, amount: float) -> str:
        """An amount in whole units: every amount of the plan is printed alike (a cent beside
        amounts of thousands says nothing); prices per message keep their decimals."""
        return self.num(format_money(amount, self.currency, self.reference, whole=True))

    money_whole = money

    def money_column(self, amounts: Sequence[float]) -> Callable[[float], str]:
        """One style for a column: whole units, unless every amount is small and one has a
        fraction that matters (a bakery's 2.50 per order); the formatter, not escaped."""
        minor = self.reference.currencies.get(self.currency)
        decimals = minor.minor_units if minor else 2
        fractions = [a for a in amounts if abs(a) < 100 and abs(a - round(a)) > 1e-9]
        small = all(abs(a) < 100 for a in amounts)
        if not (fractions and small and decimals):
            return lambda v: format_money(v, self.currency, self.reference, whole=True)
        symbol = format_money(0, self.currency, self.reference, whole=True)[:-1]
        return lambda v: ("-" if v < 0 else "") + symbol + number(abs(v), decimals)

    def t(self, template: str, **values: str) -> str:
        """A translated whole sentence, escaped, with its named placeholders filled by HTML
        already escaped (amounts, names, durations)."""
        return _e(template).format(**values)

    def hours(self, hours: float | None) -> str:
        """A duration; None (never within the week) in words, as the command line says it."""
        return self.num(format_hours(hours)) if hours is not None else _e(format_hours(None))

    def pct(self, share: float) -> str:
        return self.num(format_percent(share))

    def phone(self, text: str) -> str:
        """A phone number on one line (no-break spaces), isolated in right-to-left text."""
        return self.num(_e(text).replace(" ", "\u00a0")) if text else "—"

    def user(self, text: str) -> str:
        """Text the user typed: escaped; numbers isolated where the text is right-to-left."""
        if has_rtl(text) or self.rtl:
            text = isolate_numbers(text)
        return _e(text)

    def dir_attr(self, text: str) -> str:
        return ' dir="rtl"' if first_strong_rtl(text) else ' dir="ltr"'

    def message_dir(self, text: str, language: str | None) -> str:
        """A message reads in its own language's direction, even when it opens with a name
        in another script (an English message starting with an Arabic business name)."""
        if language:
            return ' dir="rtl"' if is_rtl_language(language) else ' dir="ltr"'
        return self.dir_attr(text)

    def channel(self, channel_id: str) -> str:
        return channel_name(self.reference, channel_id)

    def country(self, code: str) -> str:
        return country_name(self.reference, code)

    def layer(self, layer_id: str) -> str:
        known = self.reference.layers.get(layer_id)
        return translate("Reference", known.name) if known else layer_id

    # Outage scopes and layer kinds in the words the Sources page uses for them (its
    # translations; the PDF has no strings of its own for these reference codes).
    def scope(self, scope: str) -> str:
        return {
            "global": translate("SourcesPage", "worldwide"),
            "national": translate("SourcesPage", "one country"),
            "regional": translate("SourcesPage", "regional"),
            "partial": translate("SourcesPage", "partial"),
        }.get(scope, scope)

    def layer_kind(self, kind: str) -> str:
        return {
            "service": translate("SourcesPage", "one provider's service"),
            "network": translate("SourcesPage", "network"),
        }.get(kind, kind)

    def audience_name(self, audience: str) -> str:
        return {
            "customers": translate("OpenPlan", "Customers"),
            "staff": translate("OpenPlan", "Staff"),
            "suppliers": translate("OpenPlan", "Suppliers"),
        }.get(audience, audience)

    # -- building blocks -------------------------------------------------------------------

    def add(self, *chunks: str) -> None:
        self.parts.extend(chunks)

    def _h(self, level: int, text: str, new_page: bool = False) -> None:
        ordinal = self.headings
        self.headings += 1
        brk = ' style="page-break-before: always;"'
        style = brk if new_page or ordinal in self.break_before else ""
        previous = self.parts[-1] if self.parts else ""
        if style and re.match(r"<h\d>", previous):
            # a heading right above this one goes to the next page with it (a section's
            # title would otherwise stay alone at the foot of the page)
            self.parts[-1] = previous[:3] + brk + previous[3:]
            style = ""
        self.add(f"<h{level}{style}>{_e(text)}</h{level}>")

    def _box(self) -> str:
        """Attributes of a message box: a box that a page break would cut starts a new page
        (its ordinal, counted from -1 down, is in break_before; see MESSAGE_BOX_COLOR)."""
        self.boxes += 1
        if -self.boxes not in self.break_before:
            return ""
        if self.parts and self.parts[-1].startswith("<h") and "page-break" in self.parts[-1]:
            return ""  # its heading, left alone at the foot of the page, starts it already
        if (
            len(self.parts) >= 2
            and re.match(r"<h\d>", self.parts[-2])
            and self.parts[-1].startswith('<p class="warn">')
        ):
            # an audience's heading and the line above its suggested message go with it
            self.parts[-2] = (
                self.parts[-2][:3] + ' style="page-break-before: always;"' + (self.parts[-2][3:])
            )
            return ""
        return ' style="page-break-before: always;"'

    def heading(self, key: str, title: str, *, new_page: bool = False) -> None:
        self.sections.append(Section(key, title))
        label = title if key.startswith("appendix") else f"{number(len(self.sections))}. {title}"
        self._h(1, label, new_page)

    def sub(self, title: str) -> None:
        self._h(2, title)

    def para(self, text: str, css: str = "") -> None:
        klass = f' class="{css}"' if css else ""
        style = ' style="font-size: 11pt;"' if css == "card" else ""
        self.add(f"<p{klass}{style}>{text}</p>")

    def bullets(self, items: Sequence[str], ordered: bool = False, css: str = "") -> None:
        if not items:
            return
        tag = "ol" if ordered else "ul"
        # Qt's CSS reaches list items only through their own style attribute
        style = ' style="font-size: 11pt; margin-bottom: 4px;"' if css == "card" else ""
        if ordered and number(1) != "1":
            # Qt numbers lists in Latin digits only: write the reader's own digits instead
            # (a paragraph per step, its wrapped lines hanging under the text)
            size = "font-size: 11pt; " if css == "card" else ""
            style = (
                f' style="{size}-qt-block-indent: 1; text-indent: -{LIST_HANG_PX}px; '
                'margin-top: 0px; margin-bottom: 2px;"'
            )
            self.add(
                *(
                    f"<p{style}>{self.num(number(i) + '.')}\u00a0{item}</p>"
                    for i, item in enumerate(items, 1)
                )
            )
            return
        self.add(f"<{tag}>" + "".join(f"<li{style}>{item}</li>" for item in items) + f"</{tag}>")

    def table(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[str]],
        *,
        numeric: set[int] | None = None,
        widths: Sequence[int] | None = None,
        css: str = "grid",
    ) -> None:
        """A bordered table; cells are HTML already escaped; numeric columns right-aligned."""
        numeric = numeric or set()
        direction = ' dir="rtl"' if self.rtl else ""
        if self.rtl:
            # Qt's HTML import does not mirror a table for dir="rtl": put the first column
            # on the right by writing the columns in reverse.
            last = len(headers) - 1
            headers = list(reversed(headers))
            rows = [list(reversed(row)) for row in rows]
            widths = list(reversed(widths)) if widths else None
            numeric = {last - i for i in numeric}
        out = [
            f'<table class="{css}" width="100%" cellspacing="0" cellpadding="4"{direction}>',
            "<thead><tr>",
        ]
        for i, header in enumerate(headers):
            width = f' width="{widths[i]}%"' if widths else ""
            klass = ' class="num"' if i in numeric else ""
            out.append(f"<th{klass}{width}>{header}</th>")
        out.append("</tr></thead>")
        for row in rows:
            out.append("<tr>")
            for i, cell in enumerate(row):
                klass = ' class="num"' if i in numeric else ""
                out.append(f"<td{klass}>{cell}</td>")
            out.append("</tr>")
        out.append("</table>")
        self.add("".join(out))

    def figure(self, name: str, caption: str) -> None:
        if name in self.chart_names:
            self.add(
                f'<p align="center"><img src="chart:{name}" width="{self.image_width}"></p>'
                f'<p class="note" align="center">{_e(caption)}</p>'
            )

    # -- the plan --------------------------------------------------------------------------

    def build(self) -> str:
        self.cover()
        self.document_control()
        self.purpose()
        self.impact()
        self.dependencies()
        self.activation()
        self.roles()
        self.communications()
        self.procedures()
        self.resources()
        self.return_to_normal()
        self.exercises()
        self.appendix_sources()
        self.appendix_history()
        self.appendix_decision_log()
        self.appendix_card()
        self.appendix_glossary()
        body = "".join(self.parts)
        direction = ' dir="rtl"' if self.rtl else ""
        return f"<html><head><style>{STYLE}</style></head><body{direction}>{body}</body></html>"

    def cover(self) -> None:
        business = self.plan.business
        details = self.plan.details
        self.add(
            '<p style="margin-top: 40px;" align="center" class="muted">'
            + _e(translate("OpenPlan", "Business continuity plan"))
            + "</p>",
            f'<p align="center"{self.dir_attr(business.name)} style="font-size: 22pt; '
            f'font-weight: bold; color: #0b3d66;">{self.user(business.name)}</p>',
            '<p align="center" style="font-size: 13pt;">'
            + _e(
                translate(
                    "OpenPlan",
                    "Continuity of customer contact, orders and payments when WhatsApp fails",
                )
            )
            + "</p>",
        )
        facts = [
            (translate("OpenPlan", "Plan version"), self.num(_e(details.plan_version))),
            (translate("OpenPlan", "Issued"), self.num(date(self.issued))),
            (translate("OpenPlan", "Owner"), self.user(details.owner or "—")),
            (translate("OpenPlan", "Approved by"), self.user(details.approver or "—")),
        ]
        self.add(
            '<table align="center" cellpadding="3" cellspacing="0" style="margin-top: 10px;">'
            + "".join(
                f'<tr><td class="muted">{_e(k)}</td><td><b>{v}</b></td></tr>' for k, v in facts
            )
            + "</table>"
        )
        self.toc()

    def toc(self) -> None:
        """The contents with page numbers; placeholders in the first layout pass."""
        self.add(
            '<p style="margin-top: 28px; font-size: 13pt; font-weight: bold; color: #0b3d66;">'
            + _e(translate("OpenPlan", "Contents"))
            + "</p>"
        )
        # The sections are known only after building; the caller lays out twice, so the
        # titles are listed here from a fixed order that build() follows.
        rows = []
        for index, (key, title) in enumerate(section_titles(), 1):
            label = title if key.startswith("appendix") else f"{number(index)}. {title}"
            found = self.toc_pages.get(key) if self.toc_pages else None
            page = number(found) if found is not None else number(0) * 2  # room for two digits
            cells = [f"<td>{_e(label)}</td>", f'<td class="num" width="12%">{self.num(page)}</td>']
            if self.rtl:
                # Qt does not mirror a table for dir="rtl": the page number goes first (left)
                cells.reverse()
            rows.append("<tr>" + "".join(cells) + "</tr>")
        direction = ' dir="rtl"' if self.rtl else ""
        self.add(
            f'<table width="100%" cellpadding="2" cellspacing="0"{direction}>'
            + "".join(rows)
            + "</table>"
        )

    def document_control(self) -> None:
        details = self.plan.details
        self.heading("control", translate("OpenPlan", "Document control"), new_page=True)
        holders = []
        for role in details.roles:
            for person in (role.holder, role.alternate):
                if person and person not in holders:
                    holders.append(person)
        for person in (details.owner, details.approver):
            if person and person not in holders:
                holders.insert(0, person)
        review = _add_months(self.issued, REVIEW_MONTHS)
        rows = [
            (translate("OpenPlan", "Business"), self.user(self.plan.business.name)),
            (translate("OpenPlan", "Sector"), self.user(self.plan.business.sector or "—")),
            (translate("OpenPlan", "Plan version"), self.num(_e(details.plan_version))),
            (translate("OpenPlan", "Date of issue"), self.num(date(self.issued))),
            (
                translate("OpenPlan", "Owner"),
                self.user(details.owner or translate("OpenPlan", "not named yet")),
            ),
            (
                translate("OpenPlan", "Approver"),
                self.user(details.approver or translate("OpenPlan", "not named yet")),
            ),
            (
                translate("OpenPlan", "Distribution"),
                self.user(format_list(holders))
                if holders
                else _e(translate("OpenPlan", "not named yet")),
            ),
            (translate("OpenPlan", "Next review date"), self.num(date(review))),
            (
                translate("OpenPlan", "Results"),
                self.t(
                    translate(
                        "OpenPlan",
                        "Computed by Continuity Planner from this plan file: the same figures "
                        "as the Results page. {trials} simulated years (simulation number "
                        "{seed}).",
                    ),
                    trials=self.num(number(self.mc.trials)),
                    seed=self.num(digits(self.mc.seed)),
                ),
            ),
        ]
        self.table(
            [_e(translate("OpenPlan", "Item")), _e(translate("OpenPlan", "Value"))],
            [[_e(k), v] for k, v in rows],
            widths=[28, 72],
        )
        self.sub(translate("OpenPlan", "Approval"))
        self.table(
            [
                _e(translate("OpenPlan", "Role")),
                _e(translate("OpenPlan", "Name")),
                _e(translate("OpenPlan", "Signature")),
                _e(translate("OpenPlan", "Date")),
            ],
            [
                [_e(translate("OpenPlan", "Owner")), self.user(details.owner), "", ""],
                [_e(translate("OpenPlan", "Approver")), self.user(details.approver), "", ""],
            ],
            widths=[20, 30, 30, 20],
            css="form",
        )
        self.sub(translate("OpenPlan", "Change history"))
        self.table(
            [
                _e(translate("OpenPlan", "Version")),
                _e(translate("OpenPlan", "Date")),
                _e(translate("OpenPlan", "Change")),
                _e(translate("OpenPlan", "By")),
            ],
            [
                [
                    self.num(_e(details.plan_version)),
                    self.num(date(self.issued)),
                    _e(translate("OpenPlan", "Issued")),
                    self.user(details.owner),
                ],
                ["", "", "", ""],
                ["", "", "", ""],
            ],
            widths=[12, 18, 50, 20],
            css="form",
        )

    def purpose(self) -> None:
        plan = self.plan
        business = plan.business
        self.heading("purpose", translate("OpenPlan", "Purpose, scope and assumptions"))
        self.sub(translate("OpenPlan", "Purpose"))
        self.para(
            _e(
                translate(
                    "OpenPlan",
                    "This plan says what {business} does when WhatsApp, or the Meta services "
                    "around it, stop working: who decides, whom to call, what to send to "
                    "customers, staff and suppliers, and how each business function carries on "
                    "until the service returns.",
                ).format(business="\u2068" + business.name + "\u2069")
            )
        )
        if plan.details.summary:
            self.add(
                f"<p{self.dir_attr(plan.details.summary)}>{self.user(plan.details.summary)}</p>"
            )
        self.sub(translate("OpenPlan", "Scope"))
        rows = []
        for function in plan.functions:
            rows.append(
                [
                    self.user(function.name),
                    _e(kind_label(function.kind)),
                    self.num(_uncertain(function.daily_interactions, number)),
                    self.num(_uncertain(function.whatsapp_share, format_percent)),
                ]
            )
        self.table(
            [
                _e(translate("OpenPlan", "Business function")),
                _e(translate("OpenPlan", "Kind")),
                _e(translate("OpenPlan", "Interactions per open day")),
                _e(translate("OpenPlan", "Share on WhatsApp")),
            ],
            rows,
            numeric={2, 3},
            widths=[44, 22, 17, 17],
        )
        countries = format_list(
            f"{self.country(c)} {self.num(format_percent(s))}"
            for c, s in sorted(business.country_mix.items(), key=lambda item: -item[1])
        )
        self.para(
            _e(translate("OpenPlan", "Counterparts by country: "))
            + countries
            + ". "
            + _e(translate("OpenPlan", "Currency: "))
            + _e(self.currency)
            + "."
        )
        self.sub(translate("OpenPlan", "Assumptions"))
        basis = {
            "revenue": translate("OpenPlan", "lost revenue"),
            "margin": translate("OpenPlan", "lost gross margin"),
        }[plan.settings.loss_basis]
        items = [
            self.t(
                translate(
                    "OpenPlan",
                    "The business can bear a loss of at most {amount} from one outage; the "
                    "longest outage you can bear is read from it.",
                ),
                amount=self.money(self.evaluation.tolerance),
            ),
            _e(translate("OpenPlan", "Lost sales are counted as {basis}.").format(basis=basis)),
            _e(
                translate(
                    "OpenPlan",
                    "Outages can start at any hour: a scenario's loss is the average over every "
                    "start hour of the week, and the worst start is shown beside it.",
                )
            ),
            self.t(
                translate(
                    "OpenPlan",
                    "The longest outage you can bear is worked out for this outage: {scenario}.",
                ),
                scenario=self.user(scenario_name(self.evaluation.reference.scenario.name)),
            ),
            _e(
                translate(
                    "OpenPlan",
                    "Figures are estimates from the plan's inputs and the reference data "
                    "listed in appendix A, each with its source and confidence.",
                )
            ),
        ]
        # evaluate() writes one note per fallback with no price per message, first; the plan
        # says it once, for every channel it applies to
        unpriced = [
            f
            for f in plan.fallbacks
            if f.cost_per_message is None
            and price_per_message(plan, self.reference, f.channel) is None
        ]
        notes = list(self.evaluation.notes)[len(unpriced) :]
        if unpriced and self._unpriced_note():
            items.append(self._unpriced_note())
        items += [_e(note) for note in notes]
        self.bullets(items)

    def impact(self) -> None:
        evaluation = self.evaluation
        mc = self.mc
        reference_outcome = evaluation.reference
        self.heading("impact", translate("OpenPlan", "Impact summary"))
        mtpd = evaluation.mtpd_hours
        keys = [
            (term("ale").plain, self.money(evaluation.ale)),
            (term("p90").plain, self.money(mc.per_year["p90"])),
            (
                translate("OpenPlan", "Loss if this outage strikes while you are open"),
                self.money(reference_outcome.planning_loss)
                + " ("
                + self.user(scenario_name(reference_outcome.scenario.name))
                + ", "
                + self.hours(reference_outcome.scenario.duration_hours)
                + ")",
            ),
            (
                translate("OpenPlan", "The same outage, averaged over the week"),
                self.money(reference_outcome.total),
            ),
            (term("mtpd").plain, self.hours(mtpd)),
            (term("bearable_loss").plain, self.money(evaluation.tolerance)),
        ]
        self.table(
            [_e(translate("OpenPlan", "Key figure")), _e(translate("OpenPlan", "Value"))],
            [[_e(k), f"<b>{v}</b>"] for k, v in keys],
            widths=[45, 55],
            css="grid",
        )
        if mtpd is not None:
            self.para(
                self.t(
                    translate(
                        "OpenPlan",
                        "After {duration}, an outage that strikes while the business is open "
                        "costs more than the {amount} you can bear: the plan must be working "
                        "well before then.",
                    ),
                    duration=self.hours(mtpd),
                    amount=self.money(evaluation.tolerance),
                )
            )
        else:
            self.para(
                self.t(
                    translate(
                        "OpenPlan",
                        "Even an outage of a whole week costs less than the {amount} you can "
                        "bear, in this outage: {scenario}.",
                    ),
                    amount=self.money(evaluation.tolerance),
                    scenario=self.user(scenario_name(reference_outcome.scenario.name)),
                )
            )
        self.sub(translate("OpenPlan", "Outage scenarios"))
        rows = []
        for outcome in evaluation.scenarios:
            s = outcome.scenario
            day, hour = outcome.worst_start
            rows.append(
                [
                    self.user(scenario_name(s.name)),
                    _e(" + ".join(self.layer(x) for x in s.failed_layers)),
                    self.num(format_hours(s.duration_hours, "hours")),
                    _e(how_often(s.frequency_per_year)),
                    self.money(outcome.planning_loss),
                    self.money(outcome.total),
                    self.num(format_start(day, hour)) + " " + self.money(outcome.worst_start_loss),
                    self.money(outcome.expected_yearly_loss),
                ]
            )
        self.table(
            [
                _e(translate("OpenPlan", "Scenario")),
                _e(translate("OpenPlan", "Failed")),
                _e(translate("OpenPlan", "Length")),
                _e(translate("OpenPlan", "How often")),
                _e(translate("OpenPlan", "While open")),
                _e(translate("OpenPlan", "Average")),
                _e(translate("OpenPlan", "Worst start")),
                _e(translate("OpenPlan", "Yearly")),
            ],
            rows,
            numeric={2, 4, 5, 6, 7},
            widths=[21, 17, 8, 14, 10, 10, 12, 8],
        )
        self.para(
            _e(
                translate(
                    "OpenPlan",
                    "While open: an outage of typical length that strikes while the business is "
                    "open, the figure to plan for. Average: over every start hour of the week and "
                    "every length the history gives. How often: from the outage history and the "
                    "counts for the business's countries. Yearly: the average times how often "
                    "it happens.",
                )
            ),
            "note",
        )
        self.sub(translate("OpenPlan", "Impact over time"))
        self.figure(
            "impact",
            translate(
                "OpenPlan",
                "Loss per outage by how long it lasts, per scenario, with the largest loss "
                "you can bear and the longest outage you can bear.",
            ),
        )
        self.sub(translate("OpenPlan", "Exposure by function"))
        tolerance = evaluation.tolerance
        ale_by_function = evaluation.ale_by_function
        rows = []
        for item in reference_outcome.functions:
            function = self.plan.function(item.function_id)
            curve = reference_outcome.curve_by_function.get(item.function_id)
            alone = (
                first_crossing(reference_outcome.curve_hours, curve, tolerance)
                if curve is not None
                else None
            )
            if item.mbco is None:
                objective = "—"
            else:
                objective_hours = self.plan.tolerance.functions[item.function_id].within_hours
                state = (
                    translate("OpenPlan", "breached for {duration}")
                    if item.mbco_breached
                    else translate("OpenPlan", "met after {duration}")
                )
                when = (
                    item.mbco_breach_hours if item.mbco_breached else item.mbco_reached_after_hours
                )
                objective = self.t(
                    translate("OpenPlan", "{share} within {duration}: {state}"),
                    share=self.pct(item.mbco),
                    duration=self.hours(objective_hours),
                    state=_e(state.format(duration=format_hours(when))),
                )
            rows.append(
                [
                    self.user(function.name),
                    self.num(format_percent(likely(function.whatsapp_share))),
                    self.money(reference_outcome.planning_by_function[item.function_id]),
                    self.money(ale_by_function.get(item.function_id, 0.0)),
                    self.hours(alone),
                    objective,
                ]
            )
        self.table(
            [
                _e(translate("OpenPlan", "Function")),
                _e(translate("OpenPlan", "On WhatsApp")),
                _e(translate("OpenPlan", "While open")),
                _e(term("ale").plain),
                _e(translate("OpenPlan", "Outage it can bear alone")),
                _e(term("mbco").plain),
            ],
            rows,
            numeric={1, 2, 3, 4},
            widths=[30, 10, 11, 11, 12, 26],
        )
        self.para(
            _e(
                translate(
                    "OpenPlan",
                    "While open: in the outage the plan is measured on, striking while the "
                    "business is open. Outage it can bear alone: how long an outage can last "
                    "before this function's loss by itself passes the largest loss you can bear. "
                    "Minimum service: the share of the function's interactions that must still "
                    "be served, within the time set in the plan.",
                )
            ),
            "note",
        )
        self.figure(
            "functions",
            translate(
                "OpenPlan", "Loss by function and category in this outage: {scenario}."
            ).format(scenario=scenario_name(reference_outcome.scenario.name)),
        )
        self.sub(translate("OpenPlan", "Loss by category in this outage"))
        rows = [
            [_e(category_labels()[c]), self.money(reference_outcome.by_category[c])]
            for c in CATEGORIES
            if reference_outcome.by_category[c]
        ]
        self.table(
            [_e(translate("OpenPlan", "Category")), _e(translate("OpenPlan", "Loss"))],
            rows,
            numeric={1},
            widths=[60, 40],
        )
        self.sub(translate("OpenPlan", "How much the loss varies from year to year"))
        self.para(
            self.t(
                translate(
                    "OpenPlan",
                    "{trials} simulated years: the number of outages, their lengths, their start "
                    "times and every uncertain input are drawn at random from their ranges.",
                ),
                trials=self.num(number(mc.trials)),
            )
        )
        self.table(
            [""] + [_e(term(key).plain) for key in ("p50", "p90", "p99")],
            [
                [_e(translate("OpenPlan", "One outage"))]
                + [self.money(mc.per_outage[p]) for p in ("p50", "p90", "p99")],
                [_e(translate("OpenPlan", "One year"))]
                + [self.money(mc.per_year[p]) for p in ("p50", "p90", "p99")],
            ],
            numeric={1, 2, 3},
            widths=[40, 20, 20, 20],
        )
        self.figure(
            "exceedance",
            translate(
                "OpenPlan",
                "Chance that a year loses more than each amount, with a typical, a bad and a "
                "very bad year marked.",
            ),
        )

    def _survives(self, channel_id: str, scenario_layers: Sequence[str]) -> bool:
        channel = self.reference.channels.get(channel_id)
        return channel is not None and not (set(channel.layers) & set(scenario_layers))

    def dependencies(self) -> None:
        self.heading(
            "dependencies", translate("OpenPlan", "Dependencies and single points of failure")
        )
        reference = self.reference
        meta = [
            translate("Reference", c.name)
            for c in reference.channels.values()
            if "meta" in provider_layers(reference, c)
        ]
        self.add(
            '<table class="keys" width="100%" cellspacing="0" cellpadding="6"><tr><td '
            'style="background-color: #fff4e5;">'
            + "<b>"
            + _e(translate("OpenPlan", "The Meta group fails together."))
            + "</b> "
            + _e(
                translate(
                    "OpenPlan",
                    "{channels} run on the same Meta infrastructure. When it fails, as on "
                    "4 October 2021 for about six hours, all of them stop at once: none of "
                    "them is a fallback for WhatsApp.",
                ).format(channels=format_list(meta))
            )
            + "</td></tr></table>"
        )
        self.sub(translate("OpenPlan", "Which functions rely on which layers"))
        scenarios = self.plan.scenarios
        headers = [
            _e(translate("OpenPlan", "Function")),
            _e(translate("OpenPlan", "Channel")),
            _e(translate("OpenPlan", "Depends on")),
        ]
        headers += [_e(scenario_name(s.name)) for s in scenarios]
        rows = []
        ok, down = (
            _e(translate("OpenPlan", "works")),
            "<b>" + _e(translate("OpenPlan", "fails")) + "</b>",
        )
        for function in self.plan.functions:
            channels = ["whatsapp"] + [f.channel for f in self.plan.fallbacks_for(function.id)]
            for index, channel_id in enumerate(channels):
                channel = reference.channels.get(channel_id)
                layers = sorted(channel.layers) if channel else []
                row = [
                    self.user(function.name) if index == 0 else "",
                    _e(self.channel(channel_id))
                    + ("" if index else " " + _e(translate("OpenPlan", "(today)"))),
                    _e(format_list(self.layer(x) for x in layers)),
                ]
                row += [
                    ok if self._survives(channel_id, s.failed_layers) else down for s in scenarios
                ]
                rows.append(row)
        # the columns add up to the page's width (seven scenarios overflowed it)
        share = 58 // max(len(scenarios), 1)
        self.table(headers, rows, widths=[15, 11, 16] + [share] * len(scenarios))
        self.sub(translate("OpenPlan", "Single points of failure"))
        items = []
        for function in self.plan.functions:
            fallbacks = self.plan.fallbacks_for(function.id)
            if not fallbacks:
                items.append(
                    self.user(function.name)
                    + _e(
                        translate(
                            "OpenPlan",
                            ": no fallback channel at all; WhatsApp is a single point of failure.",
                        )
                    )
                )
                continue
            for scenario in scenarios:
                alive = [
                    f
                    for f in fallbacks
                    if self._survives(f.channel, scenario.failed_layers) and likely(f.readiness) > 0
                ]
                if not alive:
                    items.append(
                        self.user(function.name)
                        + _e(translate("OpenPlan", ": no fallback keeps working in: "))
                        + self.user(scenario_name(scenario.name))
                        + "."
                    )
        items += [
            '<span class="warn">' + self.user(w.message) + "</span>"
            for w in self.advice.warnings
            if w.kind in ("shared_infrastructure", "needs_two_independent")
        ]
        if items:
            self.bullets(items)
        else:
            self.para(
                _e(
                    translate(
                        "OpenPlan",
                        "Every function has a fallback that survives every scenario.",
                    )
                )
            )

    def _declarers(self) -> list:
        roles = self.plan.details.roles
        called = {c for r in roles for c in r.calls}
        roots = [r for r in roles if r.id not in called]
        return roots or list(roles[:1])

    def activation(self) -> None:
        details = self.plan.details
        self.heading("activation", translate("OpenPlan", "Activation criteria and who may declare"))
        self.sub(translate("OpenPlan", "Declare an outage when"))
        criteria = [self.user(c) for c in details.activation_criteria]
        if not criteria:
            criteria = [
                _e(translate("OpenPlan", "No activation criteria are written in the plan yet."))
            ]
        self.bullets(criteria)
        self.sub(translate("OpenPlan", "Who may declare"))
        declarers = self._declarers()
        if declarers:
            items = []
            for role in declarers:
                text = "<b>" + self.user(role.title) + "</b>: " + self.user(role.holder or "—")
                if role.phone:
                    text += " (" + self.phone(role.phone) + ")"
                if role.alternate:
                    text += _e(
                        translate("OpenPlan", "; if unreachable, the alternate ")
                    ) + self.user(role.alternate)
                    if role.alternate_phone:
                        text += " (" + self.phone(role.alternate_phone) + ")"
                items.append(text)
            self.bullets(items)
        else:
            self.para(
                _e(translate("OpenPlan", "No role is named yet: name an outage lead in the plan.")),
                "warn",
            )
        self.sub(translate("OpenPlan", "Escalation"))
        items = []
        for function_id, objective in self.plan.tolerance.functions.items():
            items.append(
                self.t(
                    translate(
                        "OpenPlan",
                        "Within {duration}, {function} must serve at least {share} of its "
                        "interactions; if it does not, add the next fallback channel.",
                    ),
                    duration=self.hours(objective.within_hours),
                    function=self.user(self.names.get(function_id, function_id)),
                    share=self.pct(objective.mbco),
                )
            )
        mtpd = self.evaluation.mtpd_hours
        if mtpd is not None:
            items.append(
                self.t(
                    translate(
                        "OpenPlan",
                        "At {duration}, the longest outage you can bear, the loss passes "
                        "{amount}: the owner decides on further measures.",
                    ),
                    duration=self.hours(mtpd),
                    amount=self.money(self.evaluation.tolerance),
                )
            )
        self.bullets(items)

    def roles(self) -> None:
        details = self.plan.details
        self.heading("roles", translate("OpenPlan", "Roles and contact tree"))
        rows = [
            [
                "<b>" + self.user(r.title) + "</b>",
                self.user(r.holder or "—"),
                self.phone(r.phone),
                self.user(r.alternate or "—"),
                self.phone(r.alternate_phone),
                self.user(r.duties),
            ]
            for r in details.roles
        ]
        if rows:
            self.table(
                [
                    _e(translate("OpenPlan", "Role")),
                    _e(translate("OpenPlan", "Holder")),
                    _e(translate("OpenPlan", "Phone")),
                    _e(translate("OpenPlan", "Alternate")),
                    _e(translate("OpenPlan", "Alternate's phone")),
                    _e(translate("OpenPlan", "Duties")),
                ],
                rows,
                widths=[14, 14, 15, 14, 15, 28],
            )
        else:
            self.para(_e(translate("OpenPlan", "No roles are named yet.")), "warn")
        self.sub(translate("OpenPlan", "Contact tree"))
        self.para(
            _e(
                translate(
                    "OpenPlan",
                    "When an outage is declared, each role calls the roles below it.",
                )
            )
        )
        by_id = {r.id: r for r in details.roles}

        def branch(role_id: str, seen: frozenset[str]) -> str:
            role = by_id[role_id]
            text = "<b>" + self.user(role.title) + "</b> — " + self.user(role.holder or "—")
            if role.phone:
                text += " " + self.phone(role.phone)
            children = [c for c in role.calls if c in by_id and c not in seen]
            if children:
                text += (
                    "<ul>"
                    + "".join(f"<li>{branch(c, seen | {c})}</li>" for c in children)
                    + "</ul>"
                )
            return text

        roots = self._declarers()
        if roots:
            self.add(
                "<ul>"
                + "".join(f"<li>{branch(r.id, frozenset({r.id}))}</li>" for r in roots)
                + "</ul>"
            )

    def communications(self) -> None:
        details = self.plan.details
        self.heading("communications", translate("OpenPlan", "Communications"))
        self.para(
            _e(
                translate(
                    "OpenPlan",
                    "Ready-to-send messages. SMS counts: characters as the network counts them, "
                    "the encoding, and how many SMS segments each message takes (each segment "
                    "is billed).",
                )
            )
        )
        for audience in plan_audiences(self.plan):
            messages = [m for m in details.messages if m.audience == audience]
            self.sub(self.audience_name(audience))
            for message in messages:
                self._message(message.channel, message.language, message.text)
            if messages:
                continue
            self.para(
                _e(
                    translate(
                        "OpenPlan",
                        "No message is written for this audience yet. A suggested text follows: "
                        "adapt it before an outage.",
                    )
                ),
                "warn",
            )
            channel = message_channels(self.plan, self.reference)[0]
            offered = message_languages(self.plan, self.reference)
            # the reader's digits choice holds for every language the plan prints in
            digits = getattr(current_language(), "digits", "locale")
            for code in [c for c in offered if written_in(c)][:2]:
                with speaking(language_for(code, digits)):
                    text = suggested_message(audience, channel, self.plan, self.reference)
                self._message(channel, code, text)

    def _message(self, channel: str, language: str, text: str) -> None:
        """One ready-to-send message with its channel, language and SMS length."""
        count = sms_segments(text, self.reference)
        facts = (
            _e(translate("OpenPlan", "Channel: "))
            + _e(self.channel(channel))
            + " · "
            + _e(translate("OpenPlan", "Language: "))
            + _e(language_name(language))
            + " · "
            + _e(
                translate("OpenPlan", "SMS: {characters}, {encoding}, {segments}").format(
                    characters=translate("OpenPlan", "%n character(s)", None, count.characters),
                    encoding=count.encoding,
                    segments=translate("OpenPlan", "%n segment(s)", None, count.segments),
                )
            )
        )
        self.add(
            f'<table class="grid" width="100%" cellspacing="0" cellpadding="6"{self._box()}>'
            f'<tr><td class="small">{facts}</td></tr>'
            f'<tr><td class="message"><p{self.message_dir(text, language)}>'
            f"{self.user(text)}</p></td></tr></table>"
        )

    def _fails_with_whatsapp(self, channel_id: str) -> bool:
        """Messenger and Instagram: a step on them is no fallback (core/channel_fit)."""
        known = channel_id in self.reference.channels and "whatsapp" in self.reference.channels
        return known and shares_provider_with_whatsapp(self.reference, channel_id)

    def _ordered_fallbacks(self, function: Function) -> list:
        """Independent channels first (a Meta channel fails with WhatsApp), then the quickest
        and most ready."""
        return sorted(
            self.plan.fallbacks_for(function.id),
            key=lambda f: (
                self._fails_with_whatsapp(f.channel),
                f.activation_delay_hours,
                -likely(f.readiness),
            ),
        )

    def _function_steps(self, function: Function) -> tuple[list[str], list[str], list[str]]:
        """Before, during and after, from the plan's fallbacks and the recommended portfolio."""
        fallbacks = self._ordered_fallbacks(function)
        portfolio = [i for i in self.advice.portfolio if i.action.function_id == function.id]
        lead = self._declarers()[0] if self._declarers() else None
        payment = self.reference.payment_methods.get(
            max(self.plan.business.country_mix, key=self.plan.business.country_mix.get),
            translate("OpenPlan", "card or bank transfer"),
        )
        before = []
        for item in portfolio:
            before.append(
                self.t(
                    translate(
                        "OpenPlan", "{step} — recommended: saves {saving} a year for {cost}."
                    ),
                    step=self.user(item.action.title),
                    saving=self.money(item.marginal_ale_reduction),
                    cost=self.money(item.cost_per_year),
                )
            )
        for fallback in fallbacks:
            before.append(
                self.t(
                    translate(
                        "OpenPlan",
                        "Keep {channel} ready: today it reaches {share} of this function's "
                        "WhatsApp contacts, within {duration}. Check the contact list and consent.",
                    ),
                    channel=_e(self.channel(fallback.channel)),
                    share=self.pct(likely(fallback.readiness)),
                    duration=self.hours(fallback.activation_delay_hours),
                )
            )
        for warning in self.advice.warnings:
            if warning.function == function.id and warning.kind == "shared_infrastructure":
                before.append('<span class="warn">' + self.user(warning.message) + "</span>")
        audience = _audience(function.kind)
        before.append(
            _e(
                translate(
                    "OpenPlan", "Keep the message for {audience} (section 7) up to date."
                ).format(audience=self.audience_name(audience).lower())
            )
        )
        during = [
            _e(
                translate(
                    "OpenPlan", "Confirm the outage against the activation criteria (section 5)"
                )
            )
            + (
                _e(translate("OpenPlan", "; the "))
                + self.user(lead.title)
                + _e(translate("OpenPlan", " declares it."))
                if lead
                else "."
            )
        ]
        for fallback in fallbacks:
            survives = [
                scenario_name(s.name)
                for s in self.plan.scenarios
                if self._survives(fallback.channel, s.failed_layers)
            ]
            if not survives:
                note = _e(
                    translate(
                        "OpenPlan", " (fails in every scenario of this plan: do not rely on it)"
                    )
                )
            elif self._fails_with_whatsapp(fallback.channel):
                note = _e(
                    translate(
                        "OpenPlan",
                        " (fails together with WhatsApp in a Meta outage: only when "
                        "WhatsApp alone is down)",
                    )
                )
            else:
                note = ""
            during.append(
                _e(
                    translate("OpenPlan", "Switch to {channel} within ").format(
                        channel=self.channel(fallback.channel)
                    )
                )
                + self.hours(fallback.activation_delay_hours)
                + note
                + "."
            )
        added = sorted(
            {i.action.channel for i in portfolio} - {f.channel for f in fallbacks},
            key=[i.action.channel for i in portfolio].index,
        )
        for channel in added:
            if channel:
                during.append(
                    _e(
                        translate("OpenPlan", "Once prepared, use {channel} as well.").format(
                            channel=self.channel(channel)
                        )
                    )
                )
        during.append(
            _e(
                translate(
                    "OpenPlan", "Send the {audience} message on every channel that works."
                ).format(audience=self.audience_name(audience).lower())
            )
        )
        kind_steps = {
            FunctionKind.ORDERS_SALES: translate(
                "OpenPlan",
                "Write every order taken on a fallback channel in the order book: time, name, "
                "phone, items, amount, channel.",
            ),
            FunctionKind.PAYMENTS: translate(
                "OpenPlan",
                "Take payment by {payment} and write down each payment reference with the "
                "order it belongs to.",
            ).format(payment=payment),
            FunctionKind.CUSTOMER_SERVICE: translate(
                "OpenPlan",
                "Answer questions by the fallback channels; note who asked what for a "
                "follow-up once WhatsApp is back.",
            ),
            FunctionKind.DELIVERY: translate(
                "OpenPlan",
                "Drivers call in at fixed times; give drop-off times by phone and note "
                "changes on the delivery sheet.",
            ),
            FunctionKind.APPOINTMENTS: translate(
                "OpenPlan",
                "Confirm the day's appointments by phone or SMS; note cancellations and "
                "new bookings in the diary.",
            ),
            FunctionKind.MARKETING_BROADCAST: translate(
                "OpenPlan",
                "Postpone broadcasts that are not urgent; send urgent notices by the "
                "fallback channels only.",
            ),
            FunctionKind.INTERNAL_COORDINATION: translate(
                "OpenPlan",
                "Staff check the fallback group at fixed times; shift changes are "
                "confirmed by phone.",
            ),
            FunctionKind.SUPPLIER_COORDINATION: translate(
                "OpenPlan",
                "Place urgent orders with suppliers by phone and confirm them in writing "
                "(SMS or email).",
            ),
        }
        during.append(_e(kind_steps[function.kind]))
        objective = self.plan.tolerance.functions.get(function.id)
        if objective is not None:
            during.append(
                self.t(
                    translate(
                        "OpenPlan",
                        "By {duration}, at least {share} of interactions must be served again "
                        "(the minimum service); if not, escalate.",
                    ),
                    duration=self.hours(objective.within_hours),
                    share=self.pct(objective.mbco),
                )
            )
        after = [
            _e(
                translate(
                    "OpenPlan",
                    "Tell {audience} that WhatsApp works again and where to write from now on.",
                ).format(audience=self.audience_name(audience).lower())
            ),
            _e(
                translate(
                    "OpenPlan",
                    "Work through the backlog: answer everyone who wrote during the outage, "
                    "oldest first.",
                )
            ),
        ]
        if function.kind in (FunctionKind.ORDERS_SALES, FunctionKind.PAYMENTS):
            after.append(
                _e(
                    translate(
                        "OpenPlan",
                        "Reconcile: enter every order from the order book into the usual "
                        "records and match each payment reference (section 10).",
                    )
                )
            )
        after.append(
            _e(translate("OpenPlan", "Note what worked and what did not in the decision log."))
        )
        return before, during, after

    def procedures(self) -> None:
        self.heading(
            "procedures",
            translate("OpenPlan", "Fallback procedures per function"),
        )
        losses = self.evaluation.reference.planning_by_function
        for function in self.plan.functions:
            self.sub(function.name)
            loss = losses.get(function.id)
            facts = (
                _e(kind_label(function.kind))
                + " · "
                + self.num(format_percent(likely(function.whatsapp_share)))
                + " "
                + _e(translate("OpenPlan", "on WhatsApp"))
            )
            if loss is not None:
                facts += " · " + self.t(
                    translate("OpenPlan", "loss in {scenario}, while open: {amount}"),
                    scenario=self.user(scenario_name(self.evaluation.reference.scenario.name)),
                    amount=self.money(loss),
                )
            self.para(facts, "muted")
            before, during, after = self._function_steps(function)
            for title, steps in (
                (translate("OpenPlan", "Before an outage"), before),
                (translate("OpenPlan", "During an outage"), during),
                (translate("OpenPlan", "After the outage"), after),
            ):
                self._h(3, title)
                self.bullets(steps, ordered=True)

    def resources(self) -> None:
        self.heading("resources", translate("OpenPlan", "Resources"))
        advice = self.advice
        channels = sorted({f.channel for f in self.plan.fallbacks})
        items = [
            _e(translate("OpenPlan", "Fallback channels: "))
            + _e(
                format_list(self.channel(c) for c in channels) or translate("OpenPlan", "none yet")
            ),
            _e(
                translate(
                    "OpenPlan",
                    "A printed copy of this plan and the outage card (appendix D) at the "
                    "counter and at home with the outage lead.",
                )
            ),
            _e(
                translate(
                    "OpenPlan",
                    "Contact lists of customers, staff and suppliers with their consent, kept "
                    "outside WhatsApp (phone book, spreadsheet, printed list).",
                )
            ),
            _e(
                translate(
                    "OpenPlan",
                    "A paper order book and a payment log for orders taken on fallback channels.",
                )
            ),
            _e(
                translate(
                    "OpenPlan",
                    "A charged second phone with credit on a different network, if possible.",
                )
            ),
        ]
        self.bullets(items)
        self.sub(translate("OpenPlan", "Recommended preparation"))
        if advice.portfolio:
            rows = [
                [
                    self.user(i.action.title),
                    self.user(self.names.get(i.action.function_id, i.action.function_id)),
                    self.money_whole(i.marginal_ale_reduction),
                    self.money_whole(i.cost_per_year),
                ]
                for i in advice.portfolio
            ]
            self.table(
                [
                    _e(translate("OpenPlan", "Step")),
                    _e(translate("OpenPlan", "For")),
                    _e(translate("OpenPlan", "Saves/year")),
                    _e(translate("OpenPlan", "Cost/year")),
                ],
                rows,
                numeric={2, 3},
                widths=[50, 26, 12, 12],
            )
            self.para(
                self.t(
                    translate(
                        "OpenPlan",
                        "Expected loss per year today: {before}; after these steps: {after} (a "
                        "bad year, 1 in 10: {bad_year}), for {cost} a year.",
                    ),
                    before=self.money(advice.ale_before),
                    after=self.money(advice.portfolio_ale),
                    bad_year=self.money(advice.portfolio_p90),
                    cost=self.money(advice.portfolio_cost),
                )
            )
        else:
            self.para(_e(translate("OpenPlan", "No preparation step saves more than it costs.")))
        chosen = {i.action.id for i in advice.portfolio}
        # Instagram and Messenger fail with WhatsApp (section 4 says so): not suggested here
        others = [
            v
            for v in advice.actions
            if v.worth_doing
            and v.action.id not in chosen
            and not self._fails_with_whatsapp(v.action.channel)
        ][:5]
        if others:
            self.sub(translate("OpenPlan", "Also worth considering"))
            rows = [
                [
                    self.user(v.action.title),
                    self.user(self.names.get(v.action.function_id, v.action.function_id)),
                    self.money_whole(v.ale_reduction),
                    self.money_whole(v.cost_per_year),
                    self.num(number(v.payback_months, 1))
                    if v.payback_months is not None
                    else _e(translate("OpenPlan", "never")),
                ]
                for v in others
            ]
            self.table(
                [
                    _e(translate("OpenPlan", "Step")),
                    _e(translate("OpenPlan", "For")),
                    _e(translate("OpenPlan", "Saves/year")),
                    _e(translate("OpenPlan", "Cost/year")),
                    _e(translate("OpenPlan", "Payback (months)")),
                ],
                rows,
                numeric={2, 3, 4},
                widths=[44, 22, 11, 11, 12],
            )
        set_aside = [v for v in advice.actions if not v.worth_doing]
        if set_aside:
            self.sub(translate("OpenPlan", "Not worth it now"))
            self.table(
                [
                    _e(translate("OpenPlan", "Step")),
                    _e(translate("OpenPlan", "For")),
                    _e(translate("OpenPlan", "Why not now")),
                ],
                [
                    [
                        self.user(v.action.title),
                        self.user(self.names.get(v.action.function_id, v.action.function_id)),
                        _e(v.set_aside),
                    ]
                    for v in set_aside[:12]
                ],
                widths=[40, 20, 40],
            )

    def return_to_normal(self) -> None:
        self.heading("return", translate("OpenPlan", "Return to normal and reconciliation"))
        lead = self._declarers()[0] if self._declarers() else None
        self.sub(translate("OpenPlan", "Standing down"))
        self.bullets(
            [
                _e(
                    translate(
                        "OpenPlan",
                        "WhatsApp delivers messages again (two ticks) on two phones on "
                        "different networks for 30 minutes.",
                    )
                ),
                (
                    _e(translate("OpenPlan", "The "))
                    + self.user(lead.title)
                    + _e(translate("OpenPlan", " declares the outage over."))
                    if lead
                    else _e(translate("OpenPlan", "The outage lead declares the outage over."))
                ),
                _e(
                    translate(
                        "OpenPlan",
                        "Tell customers, staff and suppliers, on the fallback channels too, "
                        "that WhatsApp works again.",
                    )
                ),
            ],
            ordered=True,
        )
        self.sub(translate("OpenPlan", "Reconciling orders and payments"))
        self.para(
            _e(
                translate(
                    "OpenPlan",
                    "Every order and payment taken on a fallback channel is entered in the "
                    "usual records within one working day. Match each payment reference to "
                    "its order; call the customer when one is missing. Fill in one line per "
                    "channel:",
                )
            )
        )
        channels = sorted({f.channel for f in self.plan.fallbacks}) or ["—"]
        rows = [[_e(self.channel(c)), "", "", "", "", ""] for c in channels]
        rows.append([_e(translate("OpenPlan", "Other")), "", "", "", "", ""])
        self.table(
            [
                _e(translate("OpenPlan", "Channel")),
                _e(translate("OpenPlan", "Orders taken")),
                _e(translate("OpenPlan", "Payments received")),
                _e(translate("OpenPlan", "Entered in records")),
                _e(translate("OpenPlan", "Differences")),
                _e(translate("OpenPlan", "Checked by")),
            ],
            rows,
            widths=[22, 14, 16, 16, 16, 16],
            css="form",
        )

    def exercises(self) -> None:
        self.heading("exercises", translate("OpenPlan", "Exercise and review schedule"))
        details = self.plan.details
        lead = self._declarers()[0] if self._declarers() else None
        lead_name = lead.holder if lead and lead.holder else details.owner
        rows = [
            [
                _e(translate("OpenPlan", "Call the contact tree: everyone answers or calls back")),
                _e(translate("OpenPlan", "every %n month(s)", None, CONTACT_TEST_MONTHS)),
                self.num(date(_add_months(self.issued, CONTACT_TEST_MONTHS))),
                self.user(lead_name or "—"),
            ],
            [
                _e(translate("OpenPlan", "Send a test message on every fallback channel")),
                _e(translate("OpenPlan", "every %n month(s)", None, CONTACT_TEST_MONTHS)),
                self.num(date(_add_months(self.issued, CONTACT_TEST_MONTHS))),
                self.user(lead_name or "—"),
            ],
            [
                _e(
                    translate(
                        "OpenPlan",
                        "Table-top exercise: walk through a Meta-wide outage with this plan",
                    )
                ),
                _e(translate("OpenPlan", "every %n month(s)", None, REVIEW_MONTHS)),
                self.num(date(_add_months(self.issued, REVIEW_MONTHS))),
                self.user(details.owner or "—"),
            ],
            [
                _e(
                    translate(
                        "OpenPlan", "Review the plan: figures, contacts, messages and fallbacks"
                    )
                ),
                _e(translate("OpenPlan", "every %n month(s)", None, REVIEW_MONTHS)),
                self.num(date(_add_months(self.issued, REVIEW_MONTHS))),
                self.user(details.approver or details.owner or "—"),
            ],
            [
                _e(translate("OpenPlan", "Review after every real outage")),
                _e(translate("OpenPlan", "within a week")),
                "—",
                self.user(details.owner or "—"),
            ],
        ]
        self.table(
            [
                _e(translate("OpenPlan", "Activity")),
                _e(translate("OpenPlan", "How often")),
                _e(translate("OpenPlan", "Next")),
                _e(translate("OpenPlan", "Who")),
            ],
            rows,
            widths=[50, 16, 14, 20],
        )
        self.table(
            [
                _e(translate("OpenPlan", "Date")),
                _e(translate("OpenPlan", "Exercise")),
                _e(translate("OpenPlan", "Findings")),
                _e(translate("OpenPlan", "Actions")),
            ],
            [["", "", "", ""] for _ in range(4)],
            widths=[14, 26, 30, 30],
            css="form",
        )

    def appendix_sources(self) -> None:
        reference = self.reference
        self.heading(
            "appendix-a",
            translate("OpenPlan", "Appendix A. Assumptions and data sources"),
        )
        self.sub(translate("OpenPlan", "Plan inputs"))
        self.para(
            _e(
                translate(
                    "OpenPlan",
                    "Entered for this plan. A range (low–high) marks an uncertain input; the "
                    "likely value is used for the figures, the range for the simulated years.",
                )
            ),
            "note",
        )
        rows = []
        values = [
            v
            for f in self.plan.functions
            for v in (
                (
                    f.revenue_per_interaction.low,
                    f.revenue_per_interaction.likely,
                    f.revenue_per_interaction.high,
                )
                if isinstance(f.revenue_per_interaction, Range)
                else (float(f.revenue_per_interaction),)
            )
        ]
        value_each = self.money_column(values)
        for f in self.plan.functions:
            rows.append(
                [
                    self.user(f.name),
                    self.num(_uncertain(f.daily_interactions, number)),
                    self.num(_uncertain(f.whatsapp_share, format_percent)),
                    self.num(_uncertain(f.revenue_per_interaction, value_each)),
                    self.num(_uncertain(f.patience_hours, lambda v: format_hours(v, "hours"))),
                    self.num(_uncertain(f.recapture_share, format_percent)),
                    self.num(_uncertain(f.churn_share, format_percent)),
                ]
            )
        self.table(
            [
                _e(translate("OpenPlan", "Function")),
                _e(translate("OpenPlan", "A day")),
                _e(translate("OpenPlan", "WhatsApp")),
                _e(translate("OpenPlan", "Value each")),
                _e(translate("OpenPlan", "Patience")),
                _e(translate("OpenPlan", "Won back")),
                _e(translate("OpenPlan", "Lost for good")),
            ],
            rows,
            widths=[26, 12, 12, 14, 12, 12, 12],
        )
        self.sub(translate("OpenPlan", "Reference data used"))
        self.para(
            _e(
                translate(
                    "OpenPlan",
                    "Rows of the built-in reference data that this plan's figures rest on. "
                    "Confidence: H high, M medium, L low, default a stated modelling choice.",
                )
            ),
            "note",
        )
        used: list[tuple[str, str, str, str]] = []
        channel_ids = self._sourced_channels()
        layer_ids = {x for s in self.plan.scenarios for x in s.failed_layers}
        for channel_id in sorted(channel_ids):
            channel = reference.channels.get(channel_id)
            if channel:
                layer_ids |= set(channel.layers)
                if channel.cost_per_message_usd is None:
                    price = "—"  # said once, in the assumptions or under this table
                else:
                    price = translate("OpenPlan", "{price} USD per message").format(
                        price=short_number(channel.cost_per_message_usd, 4)
                    )
                used.append(
                    (
                        translate("OpenPlan", "Channel: ") + translate("Reference", channel.name),
                        price,
                        channel.source,
                        channel.confidence,
                    )
                )
        for layer_id in sorted(layer_ids):
            layer = reference.layers.get(layer_id)
            if layer:
                used.append(
                    (
                        translate("OpenPlan", "Layer: ") + translate("Reference", layer.name),
                        self.layer_kind(layer.kind),
                        layer.source,
                        layer.confidence,
                    )
                )
        for code in sorted(self.plan.business.country_mix):
            country = reference.countries.get(code)
            if country:
                used.append(
                    (
                        translate("OpenPlan", "Country: ") + translate("Reference", country.name),
                        code,
                        country.source,
                        country.confidence,
                    )
                )
            for channel_id in sorted(channel_ids):
                figure = reference.usage_share(code, channel_id)
                if figure:
                    used.append(
                        (
                            translate("OpenPlan", "Usage: {channel} in {country}").format(
                                channel=self.channel(channel_id), country=code
                            ),
                            f"{format_percent(figure.share)} "
                            f"({figure.metric}, {figure.year or '—'})",
                            figure.source,
                            figure.confidence,
                        )
                    )
        currency = reference.currencies.get(self.currency)
        if currency:
            used.append(
                (
                    translate("OpenPlan", "Currency: ") + translate("Reference", currency.name),
                    currency.code,
                    currency.source,
                    currency.confidence,
                )
            )
        for scenario in self.plan.scenarios:
            preset = reference.presets.get(scenario.preset or "")
            if preset:
                used.append(
                    (
                        translate("OpenPlan", "Scenario: ") + translate("Reference", preset.name),
                        # says the frequency as an owner does (core.scenarios, how_often)
                        derive(reference, preset, self.plan.business.country_mix).explanation,
                        preset.source,
                        preset.confidence,
                    )
                )
        for default in reference.defaults.values():
            # A stated default's source column explains the choice at length (shown on the
            # Sources page); here the item says what it is, in the reader's language.
            source = (
                translate("OpenPlan", "(stated modelling default)")
                if default.confidence == "default"
                else default.source
            )
            unit = translate("Reference", default.unit)
            used.append(
                (
                    translate("OpenPlan", "Default: ")
                    + translate("Reference", default.description),
                    # a year is a name, not a quantity: 2014, never 2,014
                    f"{digits(int(default.value))} {unit}"
                    if default.unit == "year"
                    else f"{short_number(default.value, 4)} {unit}",
                    source,
                    default.confidence,
                )
            )
        self.table(
            [
                _e(translate("OpenPlan", "Item")),
                _e(translate("OpenPlan", "Value")),
                _e(translate("OpenPlan", "Source")),
                _e(translate("OpenPlan", "Conf.")),
            ],
            [
                [
                    _e(reader_source(item)),
                    f'<span class="small">{_e(reader_source(value))}</span>',
                    f'<span class="small">{_url_breaks(reader_source(source))}</span>',
                    f'<span class="small">{_e(confidence_words(confidence))}</span>',
                ]
                for item, value, source, confidence in used
            ],
            widths=[22, 25, 43, 10],
        )
        note = self._unpriced_note()
        if note and f"<li>{note}</li>" not in "".join(self.parts):
            self.para(note, "note")

    def _sourced_channels(self) -> set[str]:
        """The channels appendix A gives the sources of."""
        ids = {"whatsapp"} | {f.channel for f in self.plan.fallbacks}
        return ids | {i.action.channel for i in self.advice.portfolio}

    def _unpriced_note(self) -> str:
        """The one sentence on channels with no known price per message."""
        names = [
            translate("Reference", self.reference.channels[c].name)
            for c in sorted(self._sourced_channels())
            if c in self.reference.channels
            and self.reference.channels[c].cost_per_message_usd is None
            and price_per_message(self.plan, self.reference, c) is None
        ]
        if not names:
            return ""
        return _e(
            translate(
                "OpenPlan",
                "No price per message is known for {channels}: messages on them are counted "
                "as free. Enter a price in the fallback to include it.",
            ).format(channels=format_list(names))
        )

    def appendix_history(self) -> None:
        self.heading("appendix-b", translate("OpenPlan", "Appendix B. Outage history"))
        self.para(
            _e(
                translate(
                    "OpenPlan",
                    "The outages the scenarios' frequencies and lengths are derived from, as "
                    "news reports and the providers' status pages describe them.",
                )
            ),
            "note",
        )
        rows = [
            [
                self.num(date(o.date)),
                _e(o.services),
                self.num(format_hours(o.duration_hours, "hours"))
                if o.duration_hours is not None
                else "—",
                _e(self.scope(o.scope))
                + (" " + self.num(_e(f"({o.country})")) if o.country else ""),
                f'<span class="small">{_e(o.cause)}</span>',
                f'<span class="small">{_e(confidence_words(o.confidence))}</span>',
            ]
            for o in sorted(self.reference.outages, key=lambda o: o.date)
        ]
        self.table(
            [
                _e(translate("OpenPlan", "Date")),
                _e(translate("OpenPlan", "Services")),
                _e(translate("OpenPlan", "Length")),
                _e(translate("OpenPlan", "Scope")),
                _e(translate("OpenPlan", "Cause")),
                _e(translate("OpenPlan", "Conf.")),
            ],
            rows,
            numeric={2},
            widths=[12, 22, 9, 13, 38, 6],
        )

    def appendix_decision_log(self) -> None:
        self.heading(
            "appendix-c",
            translate("OpenPlan", "Appendix C. Decision log"),
            new_page=self.log_new_page,
        )
        self.para(
            _e(
                translate(
                    "OpenPlan",
                    "Outage started (date, time): ______________   Declared by: ______________",
                )
            )
        )
        self.table(
            [
                _e(translate("OpenPlan", "Time")),
                _e(translate("OpenPlan", "Decision or action")),
                _e(translate("OpenPlan", "By")),
                _e(translate("OpenPlan", "Why")),
                _e(translate("OpenPlan", "Follow-up")),
            ],
            [["", "", "", "", ""] for _ in range(self.log_rows)],
            widths=[10, 35, 13, 24, 18],
            css="form",
        )

    def appendix_card(self) -> None:
        details = self.plan.details
        self.heading("appendix-d", translate("OpenPlan", "Appendix D. Outage card"), new_page=True)
        self.add(
            '<p class="big">'
            + _e(translate("OpenPlan", "WhatsApp down? Keep this card by the phone."))
            + "</p>",
            f'<p{self.dir_attr(self.plan.business.name)} style="font-size: 12pt;">'
            + self.user(self.plan.business.name)
            + "</p>",
        )
        declarers = self._declarers()
        self.sub(translate("OpenPlan", "Who declares"))
        if declarers:
            role = declarers[0]
            text = "<b>" + self.user(role.holder or role.title) + "</b>"
            if role.phone:
                text += " " + self.phone(role.phone)
            if role.alternate:
                text += _e(translate("OpenPlan", " — or ")) + self.user(role.alternate)
                if role.alternate_phone:
                    text += " " + self.phone(role.alternate_phone)
            self.para(text, "card")
        else:
            self.para(_e(translate("OpenPlan", "Name an outage lead in the plan.")), "warn")
        self.sub(translate("OpenPlan", "Numbers to call"))
        rows = []
        for role in details.roles:
            if role.holder or role.phone:
                rows.append(
                    [
                        self.user(role.title),
                        self.user(role.holder or "—"),
                        "<b>" + self.phone(role.phone) + "</b>",
                    ]
                )
            if role.alternate or role.alternate_phone:
                rows.append(
                    [
                        self.user(role.title) + " " + _e(translate("OpenPlan", "(alternate)")),
                        self.user(role.alternate or "—"),
                        "<b>" + self.phone(role.alternate_phone) + "</b>",
                    ]
                )
        if rows:
            self.table(
                [
                    _e(translate("OpenPlan", "Role")),
                    _e(translate("OpenPlan", "Name")),
                    _e(translate("OpenPlan", "Phone")),
                ],
                rows,
                widths=[35, 35, 30],
                css="card",
            )
        self.sub(translate("OpenPlan", "First 5 steps"))
        self.bullets(self.card_steps(), ordered=True, css="card")
        self.sub(translate("OpenPlan", "Message to customers"))
        customer = [m for m in details.messages if m.audience == "customers"]
        # the texts are English when no language is given
        language = (self.language or "en").replace("_", "-").split("-")[0]
        customer.sort(key=lambda m: m.language.split("-")[0] != language)
        # one message: the card must stay one page (the plan's language first; all of them are
        # in the Communications section)
        for message in customer[:1]:
            self.add(
                f'<table class="grid" width="100%" cellspacing="0" cellpadding="6"{self._box()}>'
                "<tr>"
                f'<td class="message"><p style="font-size: 11pt;"'
                f"{self.message_dir(message.text, message.language)}>"
                f"{self.user(message.text)}</p></td></tr></table>"
            )
        if not customer:
            self.para(_e(translate("OpenPlan", "No customer message is written yet.")), "warn")

    def appendix_glossary(self) -> None:
        """The plan's plain words with the technical terms a consultant or insurer uses."""
        self.heading("appendix-e", translate("OpenPlan", "Appendix E. Glossary"), new_page=True)
        self.para(
            _e(
                translate(
                    "OpenPlan",
                    "This plan uses everyday words; the technical term beside each is the one "
                    "continuity standards and risk analysts use.",
                )
            ),
            "note",
        )
        self.table(
            [
                _e(translate("OpenPlan", "In this plan")),
                _e(translate("OpenPlan", "Technical term")),
                _e(translate("OpenPlan", "Meaning")),
            ],
            [[f"<b>{_e(t.plain)}</b>", _e(t.technical), _e(t.meaning)] for t in glossary()],
            widths=[26, 26, 48],
        )

    def card_steps(self) -> list[str]:
        details = self.plan.details
        criteria = details.activation_criteria
        first = (
            _e(translate("OpenPlan", "Check: ")) + self.user(criteria[0])
            if criteria
            else _e(
                translate(
                    "OpenPlan", "Check that WhatsApp fails on two phones on different networks."
                )
            )
        )
        lead = self._declarers()[0] if self._declarers() else None
        declare = _e(translate("OpenPlan", "Declare the outage and start the contact tree"))
        if lead and lead.calls:
            called = [r.title for r in details.roles if r.id in lead.calls]
            declare += _e(translate("OpenPlan", ": call ")) + self.user(format_list(called))
        declare += "."
        switches = []
        for function in self.plan.functions:
            fallbacks = self._ordered_fallbacks(function)
            if fallbacks:
                channel_id = fallbacks[0].channel
                text = self.user(function.name) + ": " + _e(self.channel(channel_id))
                if self._fails_with_whatsapp(channel_id):
                    text += _e(translate("OpenPlan", " (only if WhatsApp alone is down)"))
                switches.append(text)
        switch = (
            _e(translate("OpenPlan", "Switch to the fallbacks: "))
            + format_list(switches, clauses=True)
            + "."
            if switches
            else _e(
                translate(
                    "OpenPlan",
                    "Switch to the channels prepared before the outage (section 8).",
                )
            )
        )
        send = _e(
            translate("OpenPlan", "Send the customer message below on every channel that works.")
        )
        record = _e(
            translate(
                "OpenPlan",
                "Write down every order and payment taken on a fallback channel, with the time.",
            )
        )
        return [first, declare, switch, send, record]


def section_titles() -> list[tuple[str, str]]:
    """The numbered sections in order, as the contents lists them."""
    return [
        ("control", translate("OpenPlan", "Document control")),
        ("purpose", translate("OpenPlan", "Purpose, scope and assumptions")),
        ("impact", translate("OpenPlan", "Impact summary")),
        ("dependencies", translate("OpenPlan", "Dependencies and single points of failure")),
        ("activation", translate("OpenPlan", "Activation criteria and who may declare")),
        ("roles", translate("OpenPlan", "Roles and contact tree")),
        ("communications", translate("OpenPlan", "Communications")),
        ("procedures", translate("OpenPlan", "Fallback procedures per function")),
        ("resources", translate("OpenPlan", "Resources")),
        ("return", translate("OpenPlan", "Return to normal and reconciliation")),
        ("exercises", translate("OpenPlan", "Exercise and review schedule")),
        ("appendix-a", translate("OpenPlan", "Appendix A. Assumptions and data sources")),
        ("appendix-b", translate("OpenPlan", "Appendix B. Outage history")),
        ("appendix-c", translate("OpenPlan", "Appendix C. Decision log")),
        ("appendix-d", translate("OpenPlan", "Appendix D. Outage card")),
        ("appendix-e", translate("OpenPlan", "Appendix E. Glossary")),
    ]


def build_plan_html(
    plan: Plan,
    reference: ReferenceData,
    results: PlanResults,
    *,
    language: str | None = None,
    issued: dt.date | None = None,
    toc_pages: dict[str, int] | None = None,
    chart_names: Sequence[str] = (),
    image_width: int = 600,
    break_before: frozenset[int] = frozenset(),
    log_rows: int = DECISION_LOG_ROWS,
    log_new_page: bool = True,
) -> PlanContent:
    """The whole plan as HTML; `toc_pages` fills the contents' page numbers (second pass)."""
    builder = _Builder(
        plan,
        reference,
        results,
        language=language,
        issued=issued or dt.date.today(),
        toc_pages=toc_pages,
        chart_names=chart_names,
        image_width=image_width,
        break_before=break_before,
        log_rows=log_rows,
        log_new_page=log_new_page,
    )
    body = builder.build()
    header = translate("OpenPlan", "{business} — continuity plan, version {version}").format(
        business=plan.business.name, version=plan.details.plan_version
    )
    return PlanContent(
        html=body,
        sections=builder.sections,
        rtl=builder.rtl,
        header=header,
        title=translate("OpenPlan", "Business continuity plan: {business}").format(
            business=plan.business.name
        ),
    )


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
    from continuity_app.report.charts import (
        impact_over_time,
        loss_by_function,
        loss_exceedance,
        png_bytes,
    )

    evaluation = results.evaluation
    from continuity_app.report.chart_style import chart_labels

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
