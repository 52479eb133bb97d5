"""The Sources page's tables: one model per reference file, its figures with their sources."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from continuity_app.core.data_quality import coverage
from continuity_app.core.display import (
    channel_name,
    country_name,
    format_list,
    format_partial_date,
    layer_name,
)
from continuity_app.core.i18n import translate
from continuity_app.core.labels import figure_label, kind_label, region_label
from continuity_app.core.plan import FunctionKind
from continuity_app.core.reference import COUNTRY_FIGURES, ReferenceData
from continuity_app.gui.formatting import Formatter
from continuity_app.gui.models.reference_table import (
    Cell,
    Figure,
    ReferenceRow,
    ReferenceTableModel,
)

if TYPE_CHECKING:
    from continuity_app.gui.pages.base import Page as _PageBase
else:
    _PageBase = object


class ReferenceTables(_PageBase):
    """The tables of the Sources page: a part of SourcesPage (its texts are SourcesPage's, for
    the translations), kept in its own module."""

    reference: ReferenceData  # SourcesPage's

    def _model(self, headers: list[str], rows: Iterable[ReferenceRow]) -> ReferenceTableModel:
        return ReferenceTableModel(headers, list(rows), self)

    # Cell helpers: numbers keep their value for sorting and follow the locale on screen.

    def _number(self, value: float | None, decimals: int = 0) -> Cell:
        if value is None:
            return ""
        return Figure(value, self._formatter().number(value, decimals))

    def _share(self, value: float | None) -> Cell:
        return "" if value is None else Figure(value, self._formatter().percent(value))

    def _year(self, value: int | None) -> Cell:
        return "" if value is None else Figure(value, str(value))

    def _formatter(self) -> Formatter:
        return self.context.formatter()

    def _flag(self, value: bool | str | None) -> str:
        words = {
            True: translate("SourcesPage", "yes"),
            False: translate("SourcesPage", "no"),
            "yes": translate("SourcesPage", "yes"),
            "no": translate("SourcesPage", "no"),
            "partial": translate("SourcesPage", "partly"),
            "low": translate("SourcesPage", "low"),
            "medium": translate("SourcesPage", "medium"),
            "high": translate("SourcesPage", "high"),
        }
        return "" if value is None else words.get(value, str(value))

    @staticmethod
    def _name(text: str) -> str:
        """A reference name or title in the interface language.

        scripts/reference_strings.py lists the reference data's names, titles, descriptions,
        units and reasons for translators; evidence (sources, metrics, notes) is not listed
        and comes back as it is.
        """
        return translate("Reference", text) if text else text

    def _layer_names(self, layers: Iterable[str]) -> str:
        return format_list(layer_name(self.reference, layer) for layer in sorted(layers))

    def _channels(self) -> ReferenceTableModel:
        headers = [
            translate("SourcesPage", "Channel"),
            translate("SourcesPage", "Provider"),
            translate("SourcesPage", "Depends on"),
            translate("SourcesPage", "Works without mobile data"),
            translate("SourcesPage", "End-to-end encrypted"),
            translate("SourcesPage", "Cost per message (USD)"),
            translate("SourcesPage", "Set-up effort"),
            translate("SourcesPage", "Slows under sign-up surges"),
            translate("SourcesPage", "Notes"),
        ]
        rows = (
            ReferenceRow(
                (
                    self._name(c.name),
                    self._name(c.owner),
                    self._layer_names(c.layers),
                    self._flag(c.works_without_mobile_data),
                    self._flag(c.e2ee_default),
                    self._number(c.cost_per_message_usd, 4),
                    self._flag(c.setup_effort),
                    self._flag(c.surge_risk),
                    c.cost_note,
                ),
                c.source,
                c.confidence,
            )
            for c in self.reference.channels.values()
        )
        return self._model(headers, rows)

    def _usage(self) -> ReferenceTableModel:
        headers = [
            translate("SourcesPage", "Country"),
            translate("SourcesPage", "Channel"),
            translate("SourcesPage", "Share"),
            translate("SourcesPage", "What was measured"),
            translate("SourcesPage", "Year"),
            translate("SourcesPage", "Used by the model"),
        ]
        rows = (
            ReferenceRow(
                (
                    country_name(self.reference, u.country),
                    channel_name(self.reference, u.channel),
                    self._share(u.share),
                    u.metric,
                    self._year(u.year),
                    self._flag(u.preferred),
                ),
                u.source,
                u.confidence,
            )
            for u in self.reference.usage
        )
        return self._model(headers, rows)

    def _outages(self) -> ReferenceTableModel:
        scopes = {
            "global": translate("SourcesPage", "worldwide"),
            "national": translate("SourcesPage", "one country"),
            "regional": translate("SourcesPage", "regional"),
            "partial": translate("SourcesPage", "partial"),
        }
        headers = [
            translate("SourcesPage", "Date"),
            translate("SourcesPage", "Start (UTC)"),
            translate("SourcesPage", "Services"),
            translate("SourcesPage", "Failed layers"),
            translate("SourcesPage", "Duration (h)"),
            translate("SourcesPage", "About the duration"),
            translate("SourcesPage", "Scope"),
            translate("SourcesPage", "Country"),
            translate("SourcesPage", "Cause"),
        ]
        rows = (
            ReferenceRow(
                (
                    # ISO dates: unambiguous in every language and searchable as typed.
                    o.date.isoformat(),
                    o.start_utc or "",
                    o.services,
                    self._layer_names(o.failed_layers),
                    self._number(o.duration_hours, 1),
                    o.duration_note,
                    scopes.get(o.scope, o.scope),
                    o.country or "",
                    o.cause,
                ),
                o.source,
                o.confidence,
            )
            for o in self.reference.outages
        )
        return self._model(headers, rows)

    def _countries(self) -> ReferenceTableModel:
        headers = [
            translate("SourcesPage", "Code"),
            translate("SourcesPage", "Country"),
            translate("SourcesPage", "Region"),
            translate("SourcesPage", "Languages"),
            translate("SourcesPage", "Currency"),
        ]
        rows = (
            ReferenceRow(
                (
                    c.code,
                    self._name(c.name),
                    region_label(c.region),
                    format_list(c.languages),
                    c.currency or "",
                ),
                c.source,
                c.confidence,
            )
            for c in self.reference.countries.values()
        )
        return self._model(headers, rows)

    def _country_figures(self) -> ReferenceTableModel:
        headers = [
            translate("SourcesPage", "Code"),
            translate("SourcesPage", "Country"),
            translate("SourcesPage", "Figure"),
            translate("SourcesPage", "Value"),
            translate("SourcesPage", "What it measures"),
            translate("SourcesPage", "Year"),
        ]
        rows = (
            ReferenceRow(
                (
                    c.code,
                    self._name(c.name),
                    figure_label(f.figure),
                    self._number(f.value, 2) if f.figure == "usd_rate" else self._share(f.value),
                    f.metric,
                    self._year(f.year),
                ),
                f.source,
                f.confidence,
            )
            for c in self.reference.countries.values()
            for f in c.figures.values()
        )
        return self._model(headers, rows)

    def _blocks(self) -> ReferenceTableModel:
        headers = [
            translate("SourcesPage", "Country"),
            translate("SourcesPage", "App"),
            translate("SourcesPage", "What is blocked"),
            translate("SourcesPage", "Since"),
            translate("SourcesPage", "Until"),
            translate("SourcesPage", "Note"),
        ]
        scopes = {
            "all": translate("SourcesPage", "the whole app"),
            "calls": translate("SourcesPage", "its calls"),
            "slowed": translate("SourcesPage", "slowed down, not blocked"),
        }
        rows = (
            ReferenceRow(
                (
                    country_name(self.reference, b.country),
                    channel_name(self.reference, b.channel),
                    scopes[b.scope],
                    format_partial_date(b.since),
                    format_partial_date(b.until)
                    if b.until
                    else translate("SourcesPage", "in force"),
                    b.note,
                ),
                b.source,
                b.confidence,
            )
            for b in self.reference.blocks
        )
        return self._model(headers, rows)

    def _coverage(self) -> ReferenceTableModel:
        """The data-quality view: what is known per country, and how old it is."""
        found = coverage(self.reference)
        headers = [
            translate("SourcesPage", "Country"),
            translate("SourcesPage", "Region"),
            *(figure_label(f) for f in COUNTRY_FIGURES),
            translate("SourcesPage", "Apps with a usage figure"),
            translate("SourcesPage", "Blocked apps"),
            translate("SourcesPage", "Oldest figure"),
            translate("SourcesPage", "Newest figure"),
        ]
        known, missing = translate("SourcesPage", "known"), translate("SourcesPage", "no data")
        rows = (
            ReferenceRow(
                (
                    country_name(self.reference, c.code),
                    region_label(c.region),
                    *(known if f in c.figures else missing for f in COUNTRY_FIGURES),
                    format_list(channel_name(self.reference, a) for a in c.apps) or missing,
                    format_list(channel_name(self.reference, a) for a in c.blocked),
                    self._year(c.oldest_year),
                    self._year(c.newest_year),
                ),
                translate(
                    "SourcesPage",
                    "Counted from the other tabs: each figure keeps its own source there.",
                ),
                "derived",
            )
            for c in found.countries
        )
        return self._model(headers, rows)

    def _defaults(self) -> ReferenceTableModel:
        headers = [
            translate("SourcesPage", "Assumption"),
            translate("SourcesPage", "Value"),
            translate("SourcesPage", "Unit"),
            translate("SourcesPage", "Key"),
        ]
        rows = (
            ReferenceRow(
                (
                    self._name(d.description),
                    self._number(d.value, 4 if d.value % 1 else 0),
                    self._name(d.unit),
                    d.key,
                ),
                d.source,
                d.confidence,
            )
            for d in self.reference.defaults.values()
        )
        return self._model(headers, rows)

    def _behaviour(self) -> ReferenceTableModel:
        headers = [
            translate("SourcesPage", "Kind of function"),
            translate("SourcesPage", "Sector"),
            translate("SourcesPage", "Figure"),
            translate("SourcesPage", "Value"),
            translate("SourcesPage", "Low"),
            translate("SourcesPage", "High"),
            translate("SourcesPage", "Why"),
        ]
        words = {
            "patience_hours": translate("SourcesPage", "How long customers wait (h)"),
            "recapture_share": translate("SourcesPage", "Share who come back later"),
            "churn_share": translate("SourcesPage", "Share lost for good"),
            "perishable_share": translate("SourcesPage", "Share that cannot wait"),
        }
        sectors = {g.id: self._name(g.name) for g in self.reference.sectors.values()}

        def value(field: str, number: float | None) -> Cell:
            return self._number(number, 1) if field == "patience_hours" else self._share(number)

        rows = (
            ReferenceRow(
                (
                    kind_label(FunctionKind(b.kind)),
                    sectors.get(b.sector, translate("SourcesPage", "all sectors")),
                    words[b.field],
                    value(b.field, b.value),
                    value(b.field, b.low),
                    value(b.field, b.high),
                    b.note,
                ),
                f"{b.source} ({b.year})" if b.source and b.year else b.source,
                b.confidence,
            )
            for b in self.reference.behaviour.values()
        )
        return self._model(headers, rows)

    def _country_counts(self) -> ReferenceTableModel:
        headers = [
            translate("SourcesPage", "Country"),
            translate("SourcesPage", "Event"),
            translate("SourcesPage", "Where"),
            translate("SourcesPage", "First year"),
            translate("SourcesPage", "Last year"),
            translate("SourcesPage", "Events"),
            translate("SourcesPage", "Per year"),
            translate("SourcesPage", "Typical length (h)"),
        ]
        kinds = {
            "mobile_data": translate("SourcesPage", "Government mobile-data shutdown"),
            "full": translate("SourcesPage", "Government internet shutdown"),
            "app_block": translate("SourcesPage", "Apps blocked by the government"),
            "whatsapp_block": translate(
                "SourcesPage", "WhatsApp blocked in the country (court or government)"
            ),
            "mixed": translate(
                "SourcesPage", "Internet shutdown by the government (kind not given)"
            ),
            "carrier": translate("SourcesPage", "Nationwide mobile-carrier outage"),
        }
        scopes = {
            "national": translate("SourcesPage", "whole country"),
            "regional": translate("SourcesPage", "one region"),
            "any": translate("SourcesPage", "not stated"),
        }
        rows = (
            ReferenceRow(
                (
                    (
                        translate("SourcesPage", "World")
                        if r.country == "WORLD"
                        else country_name(self.reference, r.country)
                    ),
                    kinds[r.kind],
                    scopes[r.scope],
                    self._year(r.first_year),
                    self._year(r.last_year),
                    self._number(r.events),
                    self._number(r.per_year, 3),
                    self._number(r.median_hours),
                ),
                r.source,
                r.confidence,
            )
            for r in (*self.reference.shutdowns, *self.reference.carrier_outages)
        )
        return self._model(headers, rows)

    def _presets(self) -> ReferenceTableModel:
        headers = [
            translate("SourcesPage", "Scenario"),
            translate("SourcesPage", "Failed layers"),
            translate("SourcesPage", "Outages at least (h)"),
            translate("SourcesPage", "Outages under (h)"),
            translate("SourcesPage", "Description"),
        ]
        rows = (
            ReferenceRow(
                (
                    self._name(p.name),
                    self._layer_names(p.failed_layers),
                    self._number(p.min_duration_hours),
                    self._number(p.max_duration_hours),
                    self._name(p.description),
                ),
                p.source,
                p.confidence,
            )
            for p in self.reference.presets.values()
        )
        return self._model(headers, rows)

    def _actions(self) -> ReferenceTableModel:
        headers = [
            translate("SourcesPage", "Step"),
            translate("SourcesPage", "Channel"),
            translate("SourcesPage", "For"),
            translate("SourcesPage", "Counterparts who follow"),
            translate("SourcesPage", "Ready after (h)"),
            translate("SourcesPage", "Set-up work (h)"),
            translate("SourcesPage", "Monthly fee (USD)"),
            translate("SourcesPage", "Why"),
        ]
        # Titles name the payment method of the plan's country; here every known one is shown.
        payment = translate("SourcesPage", "local (e.g. %1)").replace(
            "%1", format_list(self.reference.payment_methods.values())
        )
        rows = (
            ReferenceRow(
                (
                    self._name(a.title).replace("{payment}", payment),
                    channel_name(self.reference, a.channel),
                    format_list(kind_label(FunctionKind(kind)) for kind in sorted(a.kinds)),
                    self._share(a.adoption),
                    self._number(a.activation_delay_hours, 2),
                    self._number(a.one_off_hours, 1),
                    self._number(a.monthly_fee_usd, 2),
                    self._name(a.why),
                ),
                a.source,
                a.confidence,
            )
            for a in self.reference.actions.values()
        )
        return self._model(headers, rows)

    def _needs(self) -> ReferenceTableModel:
        capabilities = {
            "one_to_one": translate("SourcesPage", "one-to-one chats"),
            "groups": translate("SourcesPage", "groups"),
            "broadcast": translate("SourcesPage", "broadcast"),
            "business_api": translate("SourcesPage", "business account or API"),
            "payments": translate("SourcesPage", "payments"),
        }
        headers = [
            translate("SourcesPage", "Function"),
            translate("SourcesPage", "Needs"),
            translate("SourcesPage", "Weight"),
            translate("SourcesPage", "Why"),
        ]
        rows = (
            ReferenceRow(
                (
                    kind_label(FunctionKind(n.kind)),
                    capabilities.get(n.capability, n.capability),
                    self._share(n.weight),
                    self._name(n.why),
                ),
                n.source,
                n.confidence,
            )
            for n in self.reference.needs
        )
        return self._model(headers, rows)

    def _layers(self) -> ReferenceTableModel:
        kinds = {
            "service": translate("SourcesPage", "one provider's service"),
            "network": translate("SourcesPage", "network"),
        }
        headers = [
            translate("SourcesPage", "Layer"),
            translate("SourcesPage", "Kind"),
            translate("SourcesPage", "What fails with it"),
        ]
        rows = (
            ReferenceRow(
                (
                    self._name(layer.name),
                    kinds.get(layer.kind, layer.kind),
                    self._name(layer.description),
                ),
                layer.source,
                layer.confidence,
            )
            for layer in self.reference.layers.values()
        )
        return self._model(headers, rows)
