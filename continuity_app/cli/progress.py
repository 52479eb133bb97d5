"""Progress of a long command on the terminal: one line on stderr, rewritten in place."""

from __future__ import annotations

import os
import sys
from types import TracebackType
from typing import TextIO

from continuity_app.cli.columns import clip, width
from continuity_app.core.i18n import current_language, number, speaking, translate
from continuity_app.core.progress import Progress, stage_text


def is_terminal(stream: TextIO) -> bool:
    """Whether a person watches `stream` (not a pipe, a file or a closed stream)."""
    try:
        return stream.isatty()
    except (AttributeError, ValueError, OSError):
        return False


class TerminalProgress:
    """Shows "Valuing preparation steps… 45%" on a terminal, rewritten with a carriage return
    and cleared at the end (also on an error or Ctrl+C); writes nothing when the stream is
    not a terminal, so piped output, JSON and logs stay clean.

    Use as a context manager; pass `stage(...)` as a computation's progress callback.
    """

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = sys.stderr if stream is None else stream
        self.enabled = is_terminal(self.stream)
        # the terminal's language, also while a plan is computed in its own (`plan --lang`)
        self.language = current_language()
        self._line = ""
        self._columns = 0  # terminal columns the line on screen takes

    def __enter__(self) -> TerminalProgress:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.clear()

    def stage(self, stage: str) -> Progress | None:
        """A progress callback that shows a stage of the results (core.progress) with its
        percentage; None when nothing is shown, which spares the computation the calls."""
        if not self.enabled:
            return None
        with speaking(self.language):
            text = stage_text(stage)

        def report(done: float) -> bool:
            with speaking(self.language):
                line = translate("CliProgress", "{stage} {percent}%").format(
                    stage=text, percent=number(int(done * 100))
                )
            self.show(line)
            return True  # the command is never cancelled but by Ctrl+C

        return report

    def show(self, line: str) -> None:
        """Put `line` in place of the one shown."""
        if not self.enabled:
            return
        line = clip(line, self._terminal_columns() - 1)  # a wrapped line cannot be rewritten
        if line == self._line:
            return
        columns = width(line)
        # spaces rub out what is left of a longer line before
        self.stream.write("\r" + line + " " * max(self._columns - columns, 0))
        self.stream.flush()
        self._line, self._columns = line, max(columns, self._columns)

    def clear(self) -> None:
        """Leave the terminal as it was before the first line."""
        if self.enabled and self._columns:
            self.stream.write("\r" + " " * self._columns + "\r")
            self.stream.flush()
        self._line, self._columns = "", 0

    def _terminal_columns(self) -> int:
        try:
            return os.get_terminal_size(self.stream.fileno()).columns or 80
        except (AttributeError, ValueError, OSError):
            return 80
