"""Chat-export import: WhatsApp, Telegram, Signal, Instagram and Messenger exports to aggregates.

Privacy: only aggregates are produced; message text is never stored, and ``to_json`` turns
author names into stable pseudonyms unless asked to keep them.
"""

from __future__ import annotations

from itertools import islice
from pathlib import Path

from continuity_app.core.i18n import translate

from . import meta, telegram, whatsapp
from .detect import MAX_EXPORT_BYTES, Source, bounded_lines, open_source
from .errors import AmbiguousDateOrder, ChatImportError, UnknownAuthor, UnknownChat
from .stats import ORDERS, Aggregator, ChatSummary, pseudonymise, to_function_inputs

__all__ = [
    "MAX_EXPORT_BYTES",
    "ORDERS",
    "AmbiguousDateOrder",
    "ChatImportError",
    "ChatSummary",
    "UnknownAuthor",
    "UnknownChat",
    "analyse_chat",
    "pseudonymise",
    "to_function_inputs",
]


def analyse_chat(
    path: Path | str,
    *,
    date_order: str | None = None,
    business: str | None = None,
    chat: str | None = None,
) -> ChatSummary:
    """Read a chat export as a stream and return its aggregates.

    ``path``: a WhatsApp "Export chat" .txt or .zip (Android or iOS, any locale), a Telegram
    Desktop JSON export (one chat, or a whole account: all chats combined unless ``chat``
    names one), a Signal text export (signal-export) or an Instagram or Messenger export of
    Meta's "Download your information" (JSON): a message_N.json (read with the other parts of
    its thread), a thread or inbox folder, or the export's zip (all conversations combined
    unless ``chat`` names one; ``format`` says which app, see ``meta.channel_of``).

    ``date_order``: None to detect ("dmy", "mdy" or "ymd"): a day above 12 decides, else
    the reading with fewer backward jumps in time; otherwise AmbiguousDateOrder is raised
    and the caller must pass the order.

    ``business``: the author name of the business; adds customer messages per active day
    and response times (first customer message of each waiting run to the next business
    message). An unknown name raises UnknownAuthor, whose message counts the authors
    without naming them.

    Raises ChatImportError (a ValueError) with a message naming the problem and the way out,
    never quoting the chat: pipes and devices, files above MAX_EXPORT_BYTES, zip bombs,
    password-protected or damaged zips, impossible dates and malformed JSON all end there.
    """
    if date_order is not None and date_order not in ORDERS:
        raise ChatImportError(
            translate("ChatExport", "Unknown date order {order}: use dmy, mdy or ymd.").format(
                order=repr(date_order)
            )
        )
    if Path(path).is_dir():  # an Instagram or Messenger export, unpacked
        return meta.analyse_folder(Path(path), business, chat)
    source = open_source(Path(path))
    if source.kind == "meta":
        return meta.analyse(source, business, chat)
    if source.kind == "json":
        return _analyse_json(source, business, chat)
    with source.open_text() as stream:
        sniffed = whatsapp.sniff(islice(bounded_lines(stream), 400))
    agg = Aggregator(whatsapp.date_decoder, business)
    with source.open_text() as stream:
        whatsapp.parse_text(stream, sniffed.layout, agg)
    return agg.summary(sniffed.format, date_order)


def _analyse_json(source: Source, business: str | None, chat: str | None) -> ChatSummary:
    agg = Aggregator(telegram.date_decoder, business)
    with source.open_text() as stream:
        names = telegram.parse_json(stream, agg, chat)
    return agg.summary("telegram-json", None, chat_names=names)
