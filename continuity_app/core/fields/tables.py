"""The registry's entries for the fallbacks, scenarios and roles tables."""

from __future__ import annotations

from continuity_app.core.fields.base import SHARE, WEEK_HOURS, Field, Limits
from continuity_app.core.i18n import translate
from continuity_app.core.terms import term


def fallback_fields() -> tuple[Field, ...]:
    return (
        Field(
            "readiness",
            "fallback",
            translate("FallbacksModel", "{ready} (%)").format(ready=term("readiness").plain),
            term("readiness").tooltip,
            kind="share",
            unit="percent",
            scale=100.0,
            uncertain=True,
            limits=SHARE,
        ),
        Field(
            "activation_delay_hours",
            "fallback",
            translate("FallbacksModel", "{delay} (hours)").format(
                delay=term("activation_delay").plain
            ),
            term("activation_delay").tooltip,
            kind="number",
            unit="hours",
            limits=WEEK_HOURS,
        ),
    )


def scenario_fields() -> tuple[Field, ...]:
    return (
        Field(
            "name",
            "scenario",
            translate("ScenariosModel", "Scenario"),
            translate("ScenariosModel", "A name for this kind of outage."),
            default_source="resources/data/scenario_presets.csv",
        ),
        Field(
            "failed_layers",
            "scenario",
            translate("ScenariosModel", "What fails"),
            translate(
                "ScenariosModel",
                "The infrastructure that stops working; every channel on it fails.",
            ),
            kind="choice",
            default_source="resources/data/layers.csv",
        ),
        Field(
            "duration_hours",
            "scenario",
            translate("ScenariosModel", "Duration (h)"),
            translate("ScenariosModel", "Typical length of one outage, hours."),
            kind="number",
            unit="hours",
            limits=Limits(0.0, 168.0, low_excluded=True),
            default_source="resources/data/outages.csv",
        ),
        Field(
            "frequency_per_year",
            "scenario",
            translate("ScenariosModel", "How often"),
            translate(
                "ScenariosModel",
                "How many such outages to expect in a year. Double-click to type it as a "
                "number per year: 0.5 is once every two years, 4 is four times a year.",
            ),
            kind="number",
            unit="per year",
            limits=Limits(0.0, 365.0),
            default_source="resources/data/outages.csv",
        ),
        Field(
            "start",
            "scenario",
            translate("ScenariosModel", "Starts"),
            translate(
                "ScenariosModel",
                "A pinned start time, or any time of the week (losses averaged).",
            ),
            kind="choice",
            optional=True,
        ),
    )


def role_fields() -> tuple[Field, ...]:
    return (
        Field(
            "title",
            "role",
            translate("RolesModel", "Role"),
            translate("RolesModel", "What this person does during an outage."),
        ),
        Field(
            "holder",
            "role",
            translate("RolesModel", "Holder"),
            translate("RolesModel", "Who normally takes this role."),
        ),
        Field(
            "alternate",
            "role",
            translate("RolesModel", "Alternate"),
            translate("RolesModel", "Who steps in when the holder cannot be reached."),
        ),
        Field(
            "phone",
            "role",
            translate("RolesModel", "Phone"),
            translate("RolesModel", "The holder's phone number (not WhatsApp)."),
        ),
        Field(
            "alternate_phone",
            "role",
            translate("RolesModel", "Alternate's phone"),
            translate("RolesModel", "The alternate's phone number."),
        ),
        Field(
            "duties",
            "role",
            translate("RolesModel", "Duties"),
            translate("RolesModel", "What this role does once an outage is declared."),
        ),
    )
