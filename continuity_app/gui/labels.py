"""Translated names for the model's fixed vocabularies: function kinds, loss categories."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from continuity_app.core.document import FunctionKind


def _tr(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def kind_label(kind: FunctionKind) -> str:
    return {
        FunctionKind.CUSTOMER_SERVICE: _tr("Customer service"),
        FunctionKind.ORDERS_SALES: _tr("Orders and sales"),
        FunctionKind.PAYMENTS: _tr("Payments"),
        FunctionKind.INTERNAL_COORDINATION: _tr("Staff coordination"),
        FunctionKind.SUPPLIER_COORDINATION: _tr("Supplier coordination"),
        FunctionKind.MARKETING_BROADCAST: _tr("Marketing broadcasts"),
        FunctionKind.APPOINTMENTS: _tr("Appointments"),
        FunctionKind.DELIVERY: _tr("Delivery"),
    }[kind]


def category_labels() -> dict[str, str]:
    return {
        "lost_revenue": _tr("Lost revenue"),
        "churn": _tr("Customers lost for good"),
        "backlog": _tr("Backlog handling"),
        "fallback_messaging": _tr("Fallback messaging"),
        "productivity": _tr("Staff productivity"),
    }
