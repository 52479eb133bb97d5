"""WhatsApp (and Signal text) line parsing: header layouts, dates, times, authors, E2E notice."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from continuity_app.core.i18n import translate

from .errors import ChatImportError
from .signal import looks_like_signal
from .stats import Aggregator, RawDate

# Invisible direction and byte-order marks, dropped anywhere in a line. ZWJ/ZWNJ are kept
# (they are part of emoji and of some scripts).
_INVISIBLE = re.compile("[\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\u061c]")
_TRANS = str.maketrans(
    {
        "\u00a0": " ",  # no-break space
        "\u202f": " ",  # narrow no-break space (WhatsApp >= 2023 before AM/PM)
        "\u2007": " ",
        "\u2009": " ",
        "\u060c": ",",  # Arabic comma
        **{chr(0x0660 + i): str(i) for i in range(10)},  # Arabic-Indic digits
        **{chr(0x06F0 + i): str(i) for i in range(10)},  # Extended Arabic-Indic (Persian)
        **{chr(0x0966 + i): str(i) for i in range(10)},  # Devanagari digits
    }
)


def normalise(line: str) -> str:
    """Drop invisible marks, unify spaces, commas and digits (ASCII lines pass unchanged)."""
    if line.isascii():
        return line
    return _INVISIBLE.sub("", line).translate(_TRANS)


_D = r"(\d{1,4}[./-] ?\d{1,2}[./-] ?(?:[RHSrhs] ?)?\d{1,4}(?: ?BE)?\.?)"
_AMPM = r"(?: ?(?:[aApP]\.? ?[mM]\.?|ص|م|午前|午後|上午|下午|오전|오후))?"
_T = r"(\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\.?" + _AMPM + ")"

# Each layout: (name, regex with groups date, time, rest). Time-first layouts swap groups.
LAYOUTS: dict[str, re.Pattern[str]] = {
    "ios": re.compile(r"\[ ?" + _D + r",? *" + _T + r" ?\] ?(.*)"),
    "ios-time-first": re.compile(r"\[ ?" + _T + r",? *" + _D + r" ?\] ?(.*)"),
    "android": re.compile(_D + r",? *" + _T + r" ?[-–] (.*)"),
    "android-time-first": re.compile(_T + r",? *" + _D + r" ?[-–] (.*)"),
}
_TIME_FIRST = {"ios-time-first", "android-time-first"}

_DATE_PARTS = re.compile(r"(\d{1,4})[./-] ?(\d{1,2})[./-] ?(?:([RHSrhs]) ?)?(\d{1,4})( ?BE)?")
_TIME_PARTS = re.compile(r"(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\.? ?(.*)")
_PM = {"م", "午後", "下午", "오후"}
_AM = {"ص", "午前", "上午", "오전"}
_ERAS = {"r": 2018, "h": 1988, "s": 1925}  # Japanese Reiwa, Heisei, Showa: year 1 = base+1

# The end-to-end-encryption notice, which iOS (and old Android) attribute to the chat name.
_E2E = re.compile(
    "end-to-end|ende-zu-ende|ponto a ponto|extremo a extremo|uçtan uca|encrypt|encript|"
    "cifrad|chiffr|crittograf|criptograf|verschl[üu]ssel|versleutel|krypter|salattu|"
    "titkosít|szyfrow|šifrov|шифр|enkrip|mã hóa|एन्क्रिप्ट|مشفر|رمزگذاری|מוצפנ|הצפנ|"
    "κρυπτογραφ|เข้ารหัส|暗号化|加密|암호화",
    re.IGNORECASE,
)
E2E_WINDOW = 3  # the notice is one of the first entries of an export
_CACHE_LIMIT = 100_000  # decoded date and time spellings kept


def _real(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:  # 29 Feb of a common year, month 13, year 0 or above 9999
        return False
    return True


def decode_date(text: str) -> RawDate | None:
    """Decode a header date into (p, q, year, year_first); None if no order reads it as a
    real calendar date."""
    m = _DATE_PARTS.match(text)
    if m is None:
        return None
    a, b, era, c, be = m.groups()
    if len(a) >= 3:  # year first: y-m-d
        if era or be:
            return None
        y, p, q = int(a), int(b), int(c)
        return (p, q, y, True) if _real(y, p, q) else None
    p, q, y = int(a), int(b), int(c)
    if era:
        y += _ERAS[era.lower()]
    elif be or y >= 2400:
        y -= 543  # Buddhist era
    elif len(c) <= 2:
        y += 2000
    if not (_real(y, q, p) or _real(y, p, q)):  # neither day-first nor month-first
        return None
    return (p, q, y, False)


def decode_time(text: str) -> int | None:
    """Decode a header time into seconds of the day; None if impossible.

    12-hour markers shift hours 1-11 (PM) and 12 (AM); an impossible "13:37 p.m." or
    "00:04 AM" is read as the 24-hour time it shows.
    """
    m = _TIME_PARTS.match(text)
    if m is None:
        return None
    h, mi, s, marker = m.groups()
    hour, minute, sec = int(h), int(mi), int(s or 0)
    marker = marker.strip()
    if marker:
        if marker in _PM or marker[0] in "pP":
            if hour < 12:
                hour += 12
        elif (marker in _AM or marker[0] in "aA") and hour == 12:
            hour = 0
    if hour > 23 or minute > 59 or sec > 59:
        return None
    return hour * 3600 + minute * 60 + sec


def split_author(rest: str) -> tuple[str | None, str]:
    """Split "Author: text" into (author, text); (None, rest) for a system line."""
    i = rest.find(": ")
    if i < 0:
        stripped = rest.rstrip()
        if stripped.endswith(":") and ":" not in stripped[:-1]:
            i = len(stripped) - 1  # "Carol:" - an empty (view-once) message
        else:
            return None, rest
    author = rest[:i].strip()
    if not author or len(author) > 80 or '"' in author or "“" in author:
        return None, rest
    return author, rest[i + 2 :]


@dataclass(frozen=True)
class Sniffed:
    """Result of the cheap detection pass over the first lines of a text export."""

    layout: str
    format: str


def sniff(lines: Iterable[str], max_lines: int = 400) -> Sniffed:
    """Pick the header layout from the first lines; raise ChatImportError if none fits."""
    hits = dict.fromkeys(LAYOUTS, 0)
    signal = 0
    nonempty = 0
    for n, raw in enumerate(lines):
        if n >= max_lines:
            break
        line = normalise(raw).strip()
        if not line:
            continue
        nonempty += 1
        for name, rx in LAYOUTS.items():
            m = rx.match(line)
            if m is None:
                continue
            d, t = (m.group(2), m.group(1)) if name in _TIME_FIRST else (m.group(1), m.group(2))
            if decode_date(d) is not None and decode_time(t) is not None:
                hits[name] += 1
                if name == "ios" and looks_like_signal(line):
                    signal += 1
                break
    best = max(hits, key=hits.__getitem__)
    if hits[best] == 0:
        if not nonempty:
            raise ChatImportError(
                translate("ChatExport", "The file is empty: there is nothing to import.")
            )
        # say what was expected, never quote the file: its lines are someone's messages
        raise ChatImportError(
            translate(
                "ChatExport",
                "Not a recognised chat export: none of the first %n line(s) starts with a "
                "real date and time as in a WhatsApp or Signal export (such as "
                '"18/03/2022, 14:56 - Name: text" or "[18/03/2022, 14:56:01] Name: text"). '
                "Export the chat from WhatsApp (chat menu > More > Export chat, without media) "
                "and import that .txt or .zip file, or a Telegram Desktop JSON export.",
                None,
                nonempty,
            )
        )
    if best == "ios" and signal == hits[best]:
        fmt = "signal-txt"
    elif best.startswith("ios"):
        fmt = "whatsapp-ios"
    else:
        fmt = "whatsapp-android"
    return Sniffed(layout=best, format=fmt)


def parse_lines(lines: Iterable[str], layout: str, agg: Aggregator) -> None:
    """Counting pass: feed every header line of the export into the aggregator."""
    match = LAYOUTS[layout].match
    time_first = layout in _TIME_FIRST
    dates: dict[str, RawDate | None] = {}
    times: dict[str, int | None] = {}
    inv_sub = _INVISIBLE.sub
    trans = _TRANS
    add = agg.add
    entries = 0
    for line in lines:
        if not line.isascii():
            line = inv_sub("", line).translate(trans)
        m = match(line)
        if m is None:
            continue  # continuation of a multi-line message, or a blank line
        if time_first:
            t, d, rest = m.groups()
        else:
            d, t, rest = m.groups()
        raw = dates.get(d, 0)
        if raw == 0:
            if len(dates) > _CACHE_LIMIT:  # endless distinct spellings must not fill memory
                dates.clear()
            raw = dates[d] = decode_date(d)
        if raw is None:
            continue
        secs = times.get(t, -1)
        if secs == -1:
            if len(times) > _CACHE_LIMIT:
                times.clear()
            secs = times[t] = decode_time(t)
        if secs is None:
            continue
        author, text = split_author(rest)
        if entries < E2E_WINDOW and author is not None and _E2E.search(text[:300]):
            author = None
        entries += 1
        add(d, secs, author)


def date_decoder(key: object) -> RawDate:
    """Aggregator callback: decode a header date parse_lines has already accepted."""
    raw = decode_date(str(key))
    if raw is None:  # parse_lines only passes dates it could decode
        raise ChatImportError(
            translate("ChatExport", "A date in this export cannot be read: {date}.").format(
                date=repr(str(key)[:20])
            )
        )
    return raw
