"""Names for the model's fixed vocabularies in the reader's language: function kinds and
loss categories (the window, the printed plan and the command line say them alike)."""

from __future__ import annotations

from continuity_app.core.document import FunctionKind
from continuity_app.core.i18n import translate


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


def category_labels() -> dict[str, str]:
    """Each loss category (impact.CATEGORIES) by name."""
    return {
        "lost_revenue": translate("Labels", "Lost revenue"),
        "churn": translate("Labels", "Customers lost for good"),
        "backlog": translate("Labels", "Backlog handling"),
        "fallback_messaging": translate("Labels", "Fallback messaging"),
        "productivity": translate("Labels", "Staff productivity"),
    }
