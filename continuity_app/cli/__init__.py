"""Command line: the desktop window by default, and headless sub-commands."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from continuity_app import __version__, frozen
from continuity_app.cli import commands
from continuity_app.cli.argparse_texts import speak_in_argparse
from continuity_app.cli.common import CommandError
from continuity_app.cli.exercise_command import register_exercise
from continuity_app.cli.tasks_command import register_tasks
from continuity_app.core.i18n import translate
from continuity_app.io.planfile import PLAN_SUFFIX
from continuity_app.resources import ResourcesMissing


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="continuity-app",
        description=translate(
            "CliHelp", "Plan for WhatsApp and Meta outages: impact, fallbacks, a printable plan."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"continuity-app {__version__}",
        # Python 3.11's argparse sets this help without looking it up: give it translated
        help=translate("argparse", "show program's version number and exit"),
    )
    parser.add_argument(
        "--example",
        metavar="NAME",
        help=translate("CliHelp", "open the window on a built-in example (see demo --list)"),
    )
    parser.add_argument(
        "--selftest",
        action="store_true",
        help=translate(
            "CliHelp", "check that this installation works (examples, model, PDF, window) and exit"
        ),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for register in (*commands.REGISTRY, register_tasks, register_exercise):
        register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `continuity-app`."""
    frozen.prepare()
    argv = list(sys.argv[1:] if argv is None else argv)
    from continuity_app.cli.language import install_language

    # First: help, argument errors and "no display" are readable output too.
    install_language()
    if argv and argv[0].endswith(PLAN_SUFFIX):  # `continuity-app plan.cplan`, from a file manager
        return commands.start_gui(argparse.Namespace(file=argv[0], example=None))
    speak_in_argparse()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.selftest:
        from continuity_app.selftest import run_selftest

        return run_selftest()
    if args.command is None:
        args.file = None
        return commands.start_gui(args)
    try:
        return args.handler(args)
    except CommandError as error:
        print(f"continuity-app {args.command}: {error}", file=sys.stderr)
        return 2
    except ResourcesMissing as error:
        print(f"continuity-app: {error}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # output piped into `head` and the like
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
