"""Appendix A: the plan's inputs and the reference data its figures rest on, with sources."""

from __future__ import annotations

from continuity_app.core.display import confidence_words, format_hours, format_list, format_percent
from continuity_app.core.fields import field
from continuity_app.core.i18n import digits, number, short_number, translate
from continuity_app.core.plan import Range
from continuity_app.core.plan_content import (
    SourceKind,
    SourceRow,
    reader_source,
    source_rows,
    unpriced_channels,
)
from continuity_app.report.printed_plan.html import escape, url_breaks
from continuity_app.report.printed_plan.page import Page


def unpriced_note(page: Page) -> str:
    """The one sentence on channels with no known price per message, escaped; empty when
    every channel has a price."""
    names = [
        translate("Reference", page.reference.channels[c].name)
        for c in unpriced_channels(page.plan, page.reference, page.advice)
    ]
    if not names:
        return ""
    return escape(
        translate(
            "PrintedPlan",
            "No price per message is known for {channels}: messages on them are counted "
            "as free. Enter a price in the fallback to include it.",
        ).format(channels=format_list(names))
    )


def _layer_kind(kind: str) -> str:
    """A layer's kind in the words the Sources page uses (its translations)."""
    return {
        "service": translate("SourcesPage", "one provider's service"),
        "network": translate("SourcesPage", "network"),
    }.get(kind, kind)


def _item_and_value(page: Page, row: SourceRow) -> tuple[str, str]:
    """What a reference row is about, and its value, in the reader's words (not escaped)."""
    reference = page.reference
    if row.kind is SourceKind.CHANNEL:
        channel = reference.channels[row.subject]
        name = translate("Reference", channel.name)
        if channel.cost_per_message_usd is None:
            price = "—"  # said once, in the assumptions or under this table
        else:
            price = translate("PrintedPlan", "{price} USD per message").format(
                price=short_number(channel.cost_per_message_usd, 4)
            )
        return translate("PrintedPlan", "Channel: {name}").format(name=name), price
    if row.kind is SourceKind.LAYER:
        layer = reference.layers[row.subject]
        name = translate("Reference", layer.name)
        return translate("PrintedPlan", "Layer: {name}").format(name=name), _layer_kind(layer.kind)
    if row.kind is SourceKind.COUNTRY:
        name = translate("Reference", reference.countries[row.subject].name)
        return translate("PrintedPlan", "Country: {name}").format(name=name), row.subject
    if row.kind is SourceKind.USAGE:
        figure = reference.usage_share(row.subject, row.channel)
        item = translate("PrintedPlan", "Usage: {channel} in {country}").format(
            channel=page.channel(row.channel), country=row.subject
        )
        if figure is None:  # the row is listed only for a figure core found
            return item, "—"
        value = f"{format_percent(figure.share)} ({figure.metric}, {figure.year or '—'})"
        return item, value
    if row.kind is SourceKind.CURRENCY:
        name = translate("Reference", reference.currencies[row.subject].name)
        return translate("PrintedPlan", "Currency: {name}").format(name=name), row.subject
    if row.kind is SourceKind.SCENARIO:
        name = translate("Reference", reference.presets[row.subject].name)
        # says the frequency as an owner does (core.scenarios, how_often)
        return translate("PrintedPlan", "Scenario: {name}").format(name=name), row.explanation
    default = reference.defaults[row.subject]
    unit = translate("Reference", default.unit)
    description = translate("Reference", default.description)
    # a year is a name, not a quantity: 2014, never 2,014
    value = (
        f"{digits(int(default.value))} {unit}"
        if default.unit == "year"
        else f"{short_number(default.value, 4)} {unit}"
    )
    return translate("PrintedPlan", "Default: {name}").format(name=description), value


def _source(row: SourceRow) -> str:
    """A stated default's source column explains the choice at length (shown on the Sources
    page); here the item says what it is, in the reader's language."""
    if row.kind is SourceKind.DEFAULT and row.confidence == "default":
        return translate("PrintedPlan", "(stated modelling default)")
    return row.source


def write(page: Page) -> None:
    page.heading("appendix-a", translate("PrintedPlan", "Appendix A. Assumptions and data sources"))
    page.sub(translate("PrintedPlan", "Plan inputs"))
    page.para(
        escape(
            translate(
                "PrintedPlan",
                "Entered for this plan. A range (low–high) marks an uncertain input; the "
                "likely value is used for the figures, the range for the simulated years.",
            )
        ),
        "note",
    )
    functions = page.plan.functions
    values = [
        v
        for f in functions
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
    value_each = page.money_column(values)
    rows = [
        [
            page.user(f.name),
            page.uncertain(f.daily_interactions, number),
            page.mix(f.channel_mix, cell=True),
            page.uncertain(f.revenue_per_interaction, value_each),
            page.uncertain(f.patience_hours, lambda v: format_hours(v, "hours")),
            page.uncertain(f.recapture_share, format_percent),
            page.uncertain(f.churn_share, format_percent),
        ]
        for f in functions
    ]
    page.headed_table(
        [
            field("function", "name").header,
            # shorter than the registry's headers: seven columns share the page
            translate("PrintedPlan", "A day"),
            page.mix_header(translate("PrintedPlan", "WhatsApp")),
            field("function", "revenue_per_interaction").header,
            field("function", "patience_hours").header,
            field("function", "recapture_share").header,
            field("function", "churn_share").header,
        ],
        rows,
        widths=[26, 12, 12, 14, 12, 12, 12] if page.whatsapp_only else [20, 10, 22, 13, 12, 11, 12],
    )
    page.sub(translate("PrintedPlan", "Reference data used"))
    page.para(
        escape(
            translate(
                "PrintedPlan",
                "Rows of the built-in reference data that this plan's figures rest on. "
                "Confidence: H high, M medium, L low, default a stated modelling choice.",
            )
        ),
        "note",
    )
    rows = []
    for row in source_rows(page.plan, page.reference, page.advice):
        item, value = _item_and_value(page, row)
        rows.append(
            [
                escape(reader_source(item)),
                f'<span class="small">{escape(reader_source(value))}</span>',
                f'<span class="small">{url_breaks(reader_source(_source(row)))}</span>',
                f'<span class="small">{escape(confidence_words(row.confidence))}</span>',
            ]
        )
    page.headed_table(
        [
            translate("PrintedPlan", "Item"),
            translate("PrintedPlan", "Value"),
            translate("PrintedPlan", "Source"),
            translate("PrintedPlan", "Conf."),
        ],
        rows,
        widths=[22, 25, 43, 10],
    )
    note = unpriced_note(page)
    if note and f"<li>{note}</li>" not in "".join(page.parts):
        page.para(note, "note")
