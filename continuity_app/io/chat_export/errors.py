"""Errors raised by the chat-export import, each naming the problem and the way out."""

from __future__ import annotations

from continuity_app.core.i18n import number, translate


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


class UnknownAuthor(ChatImportError):
    """The business named is not an author of the chat. The message says how many authors
    there are and how to see them, never their names; ``authors`` holds them (with their
    message counts) for a caller that may show names or pseudonyms."""

    def __init__(self, business: str, authors: dict[str, int]) -> None:
        self.business = business
        self.authors = dict(authors)
        super().__init__(
            translate(
                "ChatExport",
                "{business} is not an author in this chat, which has %n author(s). Import it "
                "without a business to see them (as pseudonyms), then name the business "
                "exactly as the export writes it.",
                None,
                len(authors),
            ).format(business=repr(business))
        )


class UnknownChat(ChatImportError):
    """No chat of a whole-account export has the name asked for. Chat names are often
    people's names: the message counts them; ``names`` holds them."""

    def __init__(self, chat: str, names: tuple[str, ...]) -> None:
        self.chat = chat
        self.names = tuple(names)
        super().__init__(
            translate(
                "ChatExport",
                "No chat named {chat} in this Telegram export, which has %n chat(s). Import it "
                "without choosing a chat to read them all together.",
                None,
                len(names),
            ).format(chat=repr(chat))
        )


class TooMany(ChatImportError):
    """More distinct authors or days than any chat has: the file is not a chat export."""

    def __init__(self, kind: str, limit: int) -> None:
        if kind == "authors":
            text = translate(
                "ChatExport",
                "This export has more than {limit} different authors, far more than any "
                "chat: it is not imported. Export a single chat and import that file.",
            )
        else:
            text = translate(
                "ChatExport",
                "This export has messages on more than {limit} different days, far more "
                "than any chat: it is not imported. Export a single chat and import that file.",
            )
        super().__init__(text.format(limit=number(limit)))
