"""The values each coded column of the reference files may take."""

from __future__ import annotations

from continuity_app.core.plan import FunctionKind

CONFIDENCE_LEVELS: frozenset[str] = frozenset(
    {"H", "M", "L", "M-H", "L-M", "derived", "default", "assumed"}
)
SCOPES: frozenset[str] = frozenset({"global", "national", "regional", "partial"})
CATEGORIES: frozenset[str] = frozenset(
    {
        "whatsapp_app",
        "meta_wide",
        "meta_partial",
        "app_block",
        "carrier",
        "telegram",
        "signal",
        "cloud",
        "other",
    }
)
LAYER_KINDS: frozenset[str] = frozenset({"service", "network"})
E2EE_VALUES: frozenset[str] = frozenset({"yes", "no", "partial"})
SETUP_EFFORTS: frozenset[str] = frozenset({"low", "medium", "high"})

# Country figures other than app usage (country_figures.csv); shares are 0..1.
COUNTRY_FIGURES: tuple[str, ...] = (
    "mobile_phone_users_share",
    "internet_users_share",
    "smartphone_share",
    "ios_share",
    "usd_rate",
)


REGIONS = frozenset(
    {
        "africa",
        "middle_east_north_africa",
        "latin_america_caribbean",
        "south_asia",
        "central_asia",
        "east_asia",
        "southeast_asia",
        "oceania",
        "europe",
        "north_america",
    }
)

FUNCTION_KINDS: frozenset[str] = frozenset(kind.value for kind in FunctionKind)
CAPABILITIES: frozenset[str] = frozenset(
    {"one_to_one", "groups", "broadcast", "business_api", "payments"}
)


BEHAVIOUR_FIELDS: frozenset[str] = frozenset(
    {"patience_hours", "recapture_share", "churn_share", "perishable_share"}
)


RATE_SOURCES: frozenset[str] = frozenset({"history", "carrier_outages", "shutdowns"})
SHUTDOWN_KINDS: frozenset[str] = frozenset(
    {"mobile_data", "full", "app_block", "whatsapp_block", "mixed"}
)
RATE_SCOPES: frozenset[str] = frozenset({"national", "regional", "any"})

PAPERS: frozenset[str] = frozenset({"a4", "letter"})
