"""The plan being written: its data, results and the formatting every section shares."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence

from continuity_app.core.channel_mix import WHATSAPP, whatsapp_only
from continuity_app.core.display import (
    channel_name,
    country_name,
    format_hours,
    format_mix,
    format_money,
    format_percent,
    mix_parts,
)
from continuity_app.core.i18n import number, translate
from continuity_app.core.plan import Plan, Range, Uncertain, likely
from continuity_app.core.plan_content import PlanResults
from continuity_app.core.reference import ReferenceData
from continuity_app.report.printed_plan.bidi import has_rtl, isolate, isolate_numbers, plan_is_rtl
from continuity_app.report.printed_plan.html import HtmlWriter, escape

# Every PDF string goes through translate("PrintedPlan", "…") with both arguments literal,
# so that pyside6-lupdate finds it; a QTranslator installed for --lang translates it.

DECISION_LOG_ROWS = 16


class Page(HtmlWriter):
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
        super().__init__(
            rtl=plan_is_rtl(plan, language),
            break_before=break_before,
            chart_names=chart_names,
            image_width=image_width,
        )
        self.plan = plan
        self.reference = reference
        self.results = results
        self.evaluation = results.evaluation
        self.mc = results.monte_carlo
        self.advice = results.recommendations
        self.language = language
        self.issued = issued
        self.toc_pages = toc_pages
        self.currency = plan.business.currency
        # the decision log fills the rest of its page, or a page of its own (the renderer
        # measures which)
        self.log_rows = log_rows
        self.log_new_page = log_new_page
        self.names = {f.id: f.name for f in plan.functions}

    # -- numbers, amounts and the user's text, escaped -------------------------------------

    def num(self, text: str) -> str:
        """A number, amount or phone number, isolated when the document is right-to-left."""
        return isolate(text, self.rtl)

    def money(self, amount: float) -> str:
        """An amount in whole units: every amount of the plan is printed alike (a cent beside
        amounts of thousands says nothing); prices per message keep their decimals."""
        return self.num(format_money(amount, self.currency, self.reference, whole=True))

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
        return escape(template).format(**values)

    def hours(self, hours: float | None) -> str:
        """A duration; None (never within the week) in words, as the command line says it."""
        return self.num(format_hours(hours)) if hours is not None else escape(format_hours(None))

    def pct(self, share: float) -> str:
        return self.num(format_percent(share))

    def phone(self, text: str) -> str:
        """A phone number on one line (no-break spaces), isolated in right-to-left text."""
        return self.num(escape(text).replace(" ", "\u00a0")) if text else "—"

    def user(self, text: str) -> str:
        """Text the user typed: escaped; numbers isolated where the text is right-to-left."""
        if has_rtl(text) or self.rtl:
            text = isolate_numbers(text)
        return escape(text)

    def uncertain(self, value: Uncertain, fmt: Callable[[float], str]) -> str:
        """A likely value, with its range after it when the input is uncertain."""
        if isinstance(value, Range):
            text = f"{fmt(value.likely)} ({fmt(value.low)}–{fmt(value.high)})"
        else:
            text = fmt(float(value))
        return self.num(text)

    @property
    def whatsapp_only(self) -> bool:
        """Whether every function runs on WhatsApp alone: such a plan speaks of its share on
        WhatsApp, as plans did before the channel mix."""
        return whatsapp_only(self.plan.functions)

    def mix(self, mix: Mapping[str, Uncertain], ranges: bool = True, cell: bool = False) -> str:
        """A function's channel mix: in a plan all on WhatsApp, its share on WhatsApp;
        otherwise each channel's share and the rest, one per line in a table `cell`."""
        if self.whatsapp_only:
            share = mix.get(WHATSAPP, 0.0)
            if ranges:
                return self.uncertain(share, format_percent)
            return self.num(format_percent(likely(share)))
        if cell:
            return "<br/>".join(self.user(part) for part in mix_parts(self.reference, mix))
        return self.user(format_mix(self.reference, mix))

    def mix_header(self, whatsapp_header: str) -> str:
        """The header of a column of mixes: `whatsapp_header` in a plan all on WhatsApp."""
        if self.whatsapp_only:
            return whatsapp_header
        return translate("PrintedPlan", "Channels")

    # -- reference names in the reader's language ------------------------------------------

    def channel(self, channel_id: str) -> str:
        return channel_name(self.reference, channel_id)

    def country(self, code: str) -> str:
        return country_name(self.reference, code)

    def layer(self, layer_id: str) -> str:
        known = self.reference.layers.get(layer_id)
        return translate("Reference", known.name) if known else layer_id

    def function_name(self, function_id: str) -> str:
        return self.user(self.names.get(function_id, function_id))

    def audience_name(self, audience: str) -> str:
        return {
            "customers": translate("PrintedPlan", "Customers"),
            "staff": translate("PrintedPlan", "Staff"),
            "suppliers": translate("PrintedPlan", "Suppliers"),
        }.get(audience, audience)
