"""The import-chat and export sub-commands: chat exports to aggregates, results to spreadsheets."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from continuity_app.cli import common
from continuity_app.cli.columns import pad
from continuity_app.core.display import format_hours, format_list, format_percent
from continuity_app.core.i18n import date, number, time_of_day, translate
from continuity_app.io.chat_export.wording import order_name, order_reason

if TYPE_CHECKING:
    from continuity_app.io.chat_export import ChatSummary


# -- import-chat ------------------------------------------------------------------------------


def register_import_chat(sub: argparse._SubParsersAction) -> None:
    from continuity_app.io.chat_export.secret import key_folder

    parser = sub.add_parser(
        "import-chat",
        help=translate(
            "CliHelp",
            "measure a function's messages from a WhatsApp, Telegram, Signal, Instagram or "
            "Messenger chat export",
        ),
        description=(
            translate(
                "CliHelp",
                "Read a chat export (WhatsApp .txt or .zip, Telegram Desktop JSON, Signal text, "
                "Instagram or Messenger JSON from Meta's Download your information: a "
                "message_1.json, its folder or the export's zip) and print its aggregates: "
                "messages, authors, the hour-of-day profile and, with --business, customer "
                "messages per day and response times. Message text is never "
                "printed or stored; author names are shown as pseudonyms (Author-…) unless "
                "--keep-names. Pseudonyms are keyed by a secret of this installation, made once "
                "and kept in {folder}, so nobody can recompute them from a list of names or "
                "phone numbers.",
            ).format(folder=key_folder())
        ),
    )
    parser.add_argument(
        "file",
        help=translate(
            "CliHelp",
            "the exported chat (.txt, .zip or .json), or an Instagram or Messenger folder",
        ),
    )
    parser.add_argument(
        "--json", action="store_true", help=translate("CliHelp", "print one JSON object")
    )
    parser.add_argument(
        "--date-order",
        choices=("dmy", "mdy", "ymd"),
        default=None,
        help=translate("CliHelp", "day/month order of the dates when it cannot be detected"),
    )
    parser.add_argument(
        "--business",
        metavar="NAME",
        help=translate(
            "CliHelp", "the author who is the business: a name, or a pseudonym the output showed"
        ),
    )
    parser.add_argument(
        "--chat", metavar="NAME", help=translate("CliHelp", "one chat of a whole-account export")
    )
    parser.add_argument(
        "--keep-names",
        action="store_true",
        help=translate("CliHelp", "show author names instead of pseudonyms"),
    )
    parser.add_argument(
        "--salt",
        metavar="KEY",
        default=None,
        help=translate(
            "CliHelp",
            "key the pseudonyms with KEY instead of this installation's secret, for output "
            "that is the same on every computer (keep KEY secret)",
        ),
    )
    parser.set_defaults(handler=run_import_chat)


def _pseudonym_key(args: argparse.Namespace) -> bytes:
    """--salt when given, else this installation's secret."""
    from continuity_app.io.chat_export.secret import installation_key

    return args.salt.encode("utf-8") if args.salt is not None else installation_key()


def _analyse(args: argparse.Namespace, path: Path) -> ChatSummary:
    """analyse_chat, with --business also matching a pseudonym the output showed."""
    from continuity_app.io.chat_export import UnknownAuthor, analyse_chat, pseudonymise

    try:
        return analyse_chat(
            path, date_order=args.date_order, business=args.business, chat=args.chat
        )
    except UnknownAuthor as error:
        key = _pseudonym_key(args)
        named = [a for a in error.authors if pseudonymise(a, key) == args.business.strip()]
        if len(named) != 1:
            raise
        return analyse_chat(path, date_order=args.date_order, business=named[0], chat=args.chat)


def _who(error: Exception, args: argparse.Namespace) -> str:
    """What an unknown --business or --chat can be instead: names only with --keep-names."""
    from continuity_app.io.chat_export import UnknownAuthor, pseudonymise

    if isinstance(error, UnknownAuthor):
        ranked = sorted(error.authors.items(), key=lambda kv: -kv[1])[:20]
        if args.keep_names:
            listed = format_list(f"{a} ({number(c)})" for a, c in ranked)
            return translate("CliErrors", "Authors: {names}.").format(names=listed)
        key = _pseudonym_key(args)
        listed = format_list(f"{pseudonymise(a, key)} ({number(c)})" for a, c in ranked)
        return translate(
            "CliErrors",
            "Authors as pseudonyms: {names}. Pass one of them to --business, or add "
            "--keep-names to see the names.",
        ).format(names=listed)
    names = getattr(error, "names", ())
    if args.keep_names:
        return translate("CliErrors", "Chats: {names}.").format(names=format_list(names[:50]))
    return translate("CliErrors", "Add --keep-names to list the chats' names.")


def run_import_chat(args: argparse.Namespace) -> int:
    from continuity_app.io.chat_export import (
        AmbiguousDateOrder,
        ChatImportError,
        UnknownAuthor,
        UnknownChat,
    )
    from continuity_app.io.chat_export.errors import alternatives
    from continuity_app.io.chat_export.meta import UnknownConversation

    path = Path(args.file)
    try:
        summary = _analyse(args, path)
    except AmbiguousDateOrder as error:
        fits = alternatives([f"--date-order {c} ({order_name(c)})" for c in error.candidates])
        problem = translate(
            "CliErrors",
            "cannot tell the day from the month in these dates (no day is above 12 and "
            "both readings keep time moving forward). Pass {options}.",
        )
        raise common.CommandError(f"{path}: " + problem.format(options=fits)) from None
    except UnknownAuthor as error:
        problem = translate("CliErrors", "{business} is not an author in this chat.")
        problem = problem.format(business=repr(error.business))
        raise common.CommandError(f"{path}: {problem} {_who(error, args)}") from None
    except UnknownChat as error:
        if isinstance(error, UnknownConversation):
            problem = translate(
                "CliErrors",
                "No conversation named {chat} in this Instagram or Messenger export, which "
                "has %n conversation(s).",
                None,
                len(error.names),
            )
        else:
            problem = translate(
                "CliErrors",
                "No chat named {chat} in this Telegram export, which has %n chat(s).",
                None,
                len(error.names),
            )
        problem = problem.format(chat=repr(error.chat))
        raise common.CommandError(f"{path}: {problem} {_who(error, args)}") from None
    except ChatImportError as error:
        # name the file once: messages about the file itself already do
        message = str(error) if str(path) in str(error) else f"{path}: {error}"
        raise common.CommandError(message) from None
    except OSError as error:
        problem = translate("CliErrors", "cannot read the file: {reason}")
        raise common.CommandError(
            f"{path}: " + problem.format(reason=error.strerror or error)
        ) from None
    except MemoryError:  # a last guard: the readers bound what they keep
        problem = translate("CliErrors", "not enough memory to read this file.")
        raise common.CommandError(f"{path}: {problem}") from None
    key = b"" if args.keep_names else _pseudonym_key(args)
    if args.json:
        common.write_json(summary.to_json(keep_names=args.keep_names, key=key))
    else:
        print(summary_text(summary, keep_names=args.keep_names, key=key))
    return 0


def summary_text(summary: ChatSummary, *, keep_names: bool = False, key: bytes | str = b"") -> str:
    """A readable account of a chat summary, with the inputs it gives a function; authors
    as pseudonyms keyed by ``key`` unless ``keep_names``."""
    from continuity_app.io.chat_export import pseudonymise, to_function_inputs

    def name(author: str) -> str:
        return author if keep_names else pseudonymise(author, key)

    def when(value: dt.datetime | None) -> str:
        if value is None:
            return "–"
        return f"{date(value.date())} {time_of_day(value.hour, value.minute)}"

    def row(label: str, value: object) -> str:
        return f"{pad(label, 19)} {value}"

    messages = number(summary.messages)
    if summary.system_events:
        messages = translate(
            "ChatReport", "{messages} (plus %n system event(s))", None, summary.system_events
        ).format(messages=messages)
    lines = [
        row(translate("ChatReport", "Format:"), summary.format),
        row(
            translate("ChatReport", "Date order:"),
            f"{summary.date_order} ({order_name(summary.date_order)}; "
            f"{order_reason(summary.date_order_basis)})",
        ),
        row(translate("ChatReport", "Messages:"), messages),
        row(translate("ChatReport", "Authors:"), number(summary.authors)),
        row(translate("ChatReport", "First message:"), when(summary.first_message)),
        row(translate("ChatReport", "Last message:"), when(summary.last_message)),
        row(
            translate("ChatReport", "Active days:"),
            translate("ChatReport", "{active} of {calendar} calendar days").format(
                active=number(summary.active_days), calendar=number(summary.calendar_days)
            ),
        ),
        row(
            translate("ChatReport", "Per active day:"),
            translate("ChatReport", "{count} messages").format(
                count=number(summary.messages_per_active_day, 1)
            ),
        ),
    ]
    total = sum(summary.hourly_counts)
    if total:
        busiest = sorted(range(24), key=lambda h: (-summary.hourly_counts[h], h))[:3]
        hours = format_list(
            f"{time_of_day(h)}–{time_of_day((h + 1) % 24)} "
            f"({format_percent(summary.hourly_counts[h] / total)})"
            for h in busiest
            if summary.hourly_counts[h]
        )
        lines.append(row(translate("ChatReport", "Busiest hours:"), hours))
    if summary.out_of_order:
        lines.append(
            row(
                translate("ChatReport", "Out of order:"),
                translate(
                    "ChatReport",
                    "%n line(s) earlier than the one before",
                    None,
                    summary.out_of_order,
                ),
            )
        )
    top = list(summary.author_counts.items())[:5]
    if top:
        lines.append(
            row(
                translate("ChatReport", "Most messages:"),
                format_list(f"{name(a)} {number(c)}" for a, c in top),
            )
        )
    if summary.business is not None:
        lines.append("")
        lines.append(row(translate("ChatReport", "Business:"), name(summary.business)))
        lines.append(
            row(
                translate("ChatReport", "Customer messages:"),
                translate("ChatReport", "{count} ({per_day} per active day)").format(
                    count=number(summary.customer_messages or 0),
                    per_day=number(summary.customer_messages_per_day or 0, 1),
                ),
            )
        )
        if summary.response_time_median_minutes is not None:
            reply = translate(
                "ChatReport", "median {median}, P90 {p90} (%n answer(s))", None, summary.responses
            ).format(
                median=format_hours(summary.response_time_median_minutes / 60),
                p90=format_hours((summary.response_time_p90_minutes or 0) / 60),
            )
        else:
            reply = translate("ChatReport", "the business never answered a customer here")
        lines.append(row(translate("ChatReport", "Response time:"), reply))
    inputs = to_function_inputs(summary)
    if summary.business is not None:
        basis = translate("ChatReport", "customer messages per active day")
    else:
        basis = translate(
            "ChatReport", "messages per active day; pass --business to count customers only"
        )
    lines.append("")
    lines.append(
        row(
            translate("ChatReport", "For the plan:"),
            translate("ChatReport", "{count} daily interactions ({basis})").format(
                count=number(inputs["daily_interactions"], 1), basis=basis
            ),
        )
    )
    return "\n".join(lines)


# -- export -----------------------------------------------------------------------------------


def register_export(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "export",
        help=translate(
            "CliHelp", "write a plan's results and recommendations to a CSV or XLSX file"
        ),
    )
    parser.add_argument("file", help=translate("CliHelp", "a .cplan plan file"))
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        help=translate("CliHelp", "file to write, ending in .csv or .xlsx"),
    )
    parser.add_argument(
        "--trials",
        type=common.positive_int,
        default=None,
        help=translate("CliHelp", "Monte Carlo years"),
    )
    parser.add_argument(
        "--seed",
        type=common.non_negative_int,
        default=None,
        help=translate("CliHelp", "random seed"),
    )
    parser.set_defaults(handler=run_export)


def run_export(args: argparse.Namespace) -> int:
    from continuity_app.core.evaluation import evaluate
    from continuity_app.core.montecarlo import simulate
    from continuity_app.core.recommend import recommend
    from continuity_app.io.results_export import export_results
    from continuity_app.io.spreadsheets import SpreadsheetError

    target = Path(args.output)
    if target.suffix.lower() not in (".csv", ".xlsx"):
        problem = translate("CliErrors", "give a file name ending in .csv or .xlsx")
        raise common.CommandError(f"{target}: {problem}")
    if target.is_dir():
        problem = translate("CliErrors", "{path} is a folder; give a file name such as {example}")
        raise common.CommandError(problem.format(path=target, example=target / "out.xlsx"))
    plan, reference = common.read_plan(args.file)
    evaluation = evaluate(plan, reference)
    monte_carlo = simulate(plan, reference, trials=args.trials, seed=args.seed)
    recommendations = recommend(plan, reference)
    try:
        export_results(target, evaluation, monte_carlo, recommendations, plan)
    except SpreadsheetError as error:
        raise common.CommandError(str(error)) from None
    print(translate("CliErrors", "Wrote {path}").format(path=target), file=sys.stderr)
    return 0
