"""A chat summary's date order and its reason in the reader's language (window and CLI)."""

from __future__ import annotations

from continuity_app.core.i18n import number, translate

from .stats import OrderBasis


def order_name(order: str) -> str:
    """A date order ("dmy", "mdy", "ymd") as people say it."""
    names = {
        "dmy": translate("ChatWording", "day first"),
        "mdy": translate("ChatWording", "month first"),
        "ymd": translate("ChatWording", "year first"),
    }
    return names.get(order, order)


def order_reason(basis: OrderBasis) -> str:
    """Why the date order was taken."""
    if basis.kind == "time_forward":
        return translate(
            "ChatWording",
            "time runs forward in this order (%n backward jump(s) against {more})",
            None,
            basis.fewer,
        ).format(more=number(basis.more))
    reasons = {
        "chosen": translate("ChatWording", "chosen by you"),
        "year_first": translate("ChatWording", "the dates start with the year"),
        "day_above_12": translate("ChatWording", "a day is above 12"),
        "same_either_way": translate(
            "ChatWording", "day and month are the same on every date: either order reads alike"
        ),
    }
    return reasons.get(basis.kind, basis.english())
