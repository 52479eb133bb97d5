"""Names for the model's fixed vocabularies in the reader's language: function kinds, loss
categories, country figures and regions (the window, the printed plan and the command line
say them alike)."""

from __future__ import annotations

from continuity_app.core.i18n import translate
from continuity_app.core.plan import FunctionKind, TaskStatus


def kind_label(kind: FunctionKind) -> str:
    """A function kind as people name it."""
    return {
        FunctionKind.CUSTOMER_SERVICE: translate("Labels", "Customer service"),
        FunctionKind.ORDERS_SALES: translate("Labels", "Orders and sales"),
        FunctionKind.PAYMENTS: translate("Labels", "Payments"),
        FunctionKind.INTERNAL_COORDINATION: translate("Labels", "Staff coordination"),
        FunctionKind.SUPPLIER_COORDINATION: translate("Labels", "Supplier coordination"),
        FunctionKind.MARKETING_BROADCAST: translate("Labels", "Marketing broadcasts"),
        FunctionKind.APPOINTMENTS: translate("Labels", "Appointments"),
        FunctionKind.DELIVERY: translate("Labels", "Delivery"),
    }[kind]


def status_label(status: TaskStatus) -> str:
    """A preparation task's status as people say it."""
    return {
        TaskStatus.PLANNED: translate("Labels", "Planned"),
        TaskStatus.IN_PROGRESS: translate("Labels", "In progress"),
        TaskStatus.DONE: translate("Labels", "Done"),
        TaskStatus.DROPPED: translate("Labels", "Dropped"),
    }[status]


def category_labels() -> dict[str, str]:
    """Each loss category (impact.CATEGORIES) by name."""
    return {
        "lost_revenue": translate("Labels", "Lost revenue"),
        "churn": translate("Labels", "Customers lost for good"),
        "backlog": translate("Labels", "Backlog handling"),
        "fallback_messaging": translate("Labels", "Fallback messaging"),
        "productivity": translate("Labels", "Staff productivity"),
    }


def figure_label(figure: str) -> str:
    """A country figure (reference.COUNTRY_FIGURES) by its short name."""
    return {
        "mobile_phone_users_share": translate("Labels", "People with a mobile phone"),
        "internet_users_share": translate("Labels", "Internet users"),
        "smartphone_share": translate("Labels", "Smartphone owners"),
        "ios_share": translate("Labels", "iPhone share"),
        "usd_rate": translate("Labels", "Units per US dollar"),
    }[figure]


def region_label(region: str) -> str:
    """A world region (reference.REGIONS) by name; empty when the data gives none."""
    return {
        "africa": translate("Labels", "Sub-Saharan Africa"),
        "middle_east_north_africa": translate("Labels", "Middle East and North Africa"),
        "latin_america_caribbean": translate("Labels", "Latin America and the Caribbean"),
        "south_asia": translate("Labels", "South Asia"),
        "central_asia": translate("Labels", "Central Asia and the Caucasus"),
        "east_asia": translate("Labels", "East Asia"),
        "southeast_asia": translate("Labels", "Southeast Asia"),
        "oceania": translate("Labels", "Oceania"),
        "europe": translate("Labels", "Europe"),
        "north_america": translate("Labels", "North America"),
    }.get(region, "")
