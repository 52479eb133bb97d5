"""Translated names for the model's fixed vocabularies: function kinds, loss categories."""

from __future__ import annotations

from collections.abc import Callable
from functools import cmp_to_key
from typing import Any

from continuity_app.core.document import FunctionKind
from continuity_app.core.i18n import translate

ERROR_STYLE = "color: #b00020;"  # every error text in the window, one red


def collation_key() -> Callable[[str], Any]:
    """A sort key for texts in the user's language (accents and case as its readers sort)."""
    from PySide6.QtCore import QCollator, QLocale

    collator = QCollator(QLocale())
    return cmp_to_key(collator.compare)


def kind_label(kind: FunctionKind) -> str:
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
    return {
        "lost_revenue": translate("Labels", "Lost revenue"),
        "churn": translate("Labels", "Customers lost for good"),
        "backlog": translate("Labels", "Backlog handling"),
        "fallback_messaging": translate("Labels", "Fallback messaging"),
        "productivity": translate("Labels", "Staff productivity"),
    }
