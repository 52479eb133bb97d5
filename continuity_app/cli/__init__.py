"""Command line: the desktop window by default, and headless sub-commands."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from continuity_app import __version__
from continuity_app.cli import commands
from continuity_app.resources import ResourcesMissing


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="continuity-app",
        description="Plan for WhatsApp and Meta outages: impact, fallbacks, a printable plan.",
    )
    parser.add_argument("--version", action="version", version=f"continuity-app {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for register in commands.REGISTRY:
        register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `continuity-app`."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        return commands.start_gui(args)
    try:
        return args.handler(args)
    except commands.CommandError as error:
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
