"""The columns each reference CSV file must have in its header."""

from __future__ import annotations

_PAPER_SIZES = ("country", "paper", "source", "year", "confidence")
_LAYERS = ("id", "name", "kind", "description", "source", "confidence")
_CHANNELS = (
    "id",
    "name",
    "owner",
    "layers",
    "one_to_one",
    "groups",
    "max_group_size",
    "broadcast",
    "business_api",
    "payments",
    "works_without_mobile_data",
    "e2ee_default",
    "cost_per_message_usd",
    "cost_note",
    "setup_effort",
    "surge_risk",
    "worldwide",
    "fallback",
    "source",
    "confidence",
)
_OUTAGES = (
    "id",
    "date",
    "start_utc",
    "services",
    "failed_layers",
    "duration_hours",
    "duration_note",
    "scope",
    "country",
    "category",
    "cause",
    "source",
    "confidence",
)
_COUNTRIES = ("country", "name", "region", "languages", "currency", "source", "confidence")
_COUNTRY_FIGURES = ("country", "figure", "value", "metric", "year", "source", "confidence")
_BLOCKS = ("country", "channel", "scope", "since", "until", "source", "confidence", "note")
_REGIONAL_FIGURES = ("region", "figure", "value", "metric", "year", "source", "confidence")
_USAGE = (
    "country",
    "channel",
    "share",
    "metric",
    "base",
    "year",
    "source",
    "confidence",
    "preferred",
)
_CURRENCIES = ("code", "name", "minor_units", "symbol", "source", "confidence")
_DEFAULTS = ("key", "value", "unit", "description", "source", "confidence")
_NEEDS = ("kind", "capability", "weight", "why", "source", "confidence")
_ACTIONS = (
    "id",
    "channel",
    "kinds",
    "title",
    "adoption",
    "activation_delay_hours",
    "one_off_hours",
    "monthly_fee_usd",
    "why",
    "audience",
    "source",
    "confidence",
)
_PAYMENTS = ("country", "method", "source", "confidence")
_FUNCTION_DEFAULTS = (
    "kind",
    "name",
    "daily_interactions",
    "whatsapp_share",
    "revenue_per_interaction",
    "backlog_cost",
    "staff_share_affected",
    "productivity_loss",
    "source",
    "confidence",
)
_BEHAVIOUR = (
    "kind",
    "sector",
    "field",
    "value",
    "low",
    "high",
    "source",
    "year",
    "confidence",
    "note",
)
_SECTORS = ("id", "name", "keywords")
_SHUTDOWNS = (
    "country",
    "years",
    "first_year",
    "last_year",
    "shutdowns",
    "kind",
    "scope",
    "median_hours",
    "source",
    "confidence",
    "note",
)
_CARRIER_OUTAGES = (
    "country",
    "years",
    "first_year",
    "last_year",
    "outages",
    "countries",
    "median_hours",
    "source",
    "confidence",
    "note",
)
_PRESETS = (
    "id",
    "name",
    "failed_layers",
    "categories",
    "min_duration_hours",
    "max_duration_hours",
    "rate_source",
    "rate_kinds",
    "anchor_outage",
    "frequency_default_key",
    "duration_default_key",
    "description",
    "source",
    "confidence",
)
