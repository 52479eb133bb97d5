"""Signal text exports (signal-export): ``[yyyy-mm-dd, HH:MM] Author: text`` lines."""

from __future__ import annotations

import re

# WhatsApp iOS headers always carry seconds; signal-export headers never do.
SIGNAL_HEADER = re.compile(r"\[\d{4}-\d{2}-\d{2}, \d{2}:\d{2}\] ")


def looks_like_signal(line: str) -> bool:
    """True if a (normalised) line starts with a signal-export message header."""
    return SIGNAL_HEADER.match(line) is not None
