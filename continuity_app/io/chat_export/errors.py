"""Errors raised by the chat-export import, each naming the problem and the way out."""

from __future__ import annotations

from continuity_app.core.i18n import translate


def alternatives(options: tuple[str, ...] | list[str]) -> str:
    """Choices joined with "or" in the reader's language: "a or b or c"."""
    joined = options[0] if options else ""
    for option in options[1:]:
        joined = translate("ChatExport", "{orders} or {order}").format(orders=joined, order=option)
    return joined


class ChatImportError(ValueError):
    """The file cannot be imported as a chat export; the message says why and what to do."""


class AmbiguousDateOrder(ChatImportError):
    """Day/month order cannot be decided from the file; the user must choose one."""

    def __init__(self, candidates: tuple[str, ...], detail: str = "") -> None:
        self.candidates = tuple(candidates)
        names = alternatives(self.candidates)
        message = translate(
            "ChatExport",
            "Cannot tell whether the dates in this export are {orders}: no day is above 12 and "
            "both readings keep time moving forward equally well. Choose the date order "
            "(CLI: --date-order {choices}).",
        ).format(orders=names, choices="|".join(self.candidates))
        if detail:
            message += " " + detail
        super().__init__(message)


def quote_line(line: str, limit: int = 80) -> str:
    """Return a short, printable quotation of one input line for error messages."""
    text = line.rstrip("\r\n")
    if len(text) > limit:
        text = text[:limit] + "…"
    return repr(text)
