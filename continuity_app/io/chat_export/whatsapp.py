"""WhatsApp (and Signal text) line parsing: header layouts, dates, times, authors, E2E notice."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
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


# Layouts are written against raw lines: a space may be any space normalise() turns into
# " " and a comma may be the Arabic comma, so a header free of invisible marks matches
# exactly where its normalised form would, without normalising the line first.
_SP = "[ \u00a0\u202f\u2007\u2009]"  # a space
_CM = "[,\u060c]"  # a comma
_D = rf"(\d{{1,4}}[./-]{_SP}?\d{{1,2}}[./-]{_SP}?(?:[RHSrhs]{_SP}?)?\d{{1,4}}(?:{_SP}?BE)?\.?)"
_AMPM = rf"(?:{_SP}?(?:[aApP]\.?{_SP}?[mM]\.?|ص|م|午前|午後|上午|下午|오전|오후))?"
_T = rf"(\d{{1,2}}[:.]\d{{2}}(?:[:.]\d{{2}})?\.?{_AMPM})"
# Words some locales put between the date and the time, each seen in a real export:
# French "26/09/2019 à 22:39 - " (JBGruber/rwhatsapp#8), Finnish "13.6.2018 klo 21.25.15 - "
# (Pustur/whatsapp-chat-parser tests) and "[12.3.2022 klo 14.08.18]" (iPhone, Finnish).
DATE_TIME_WORDS = ("à", "klo")
_DATE_TIME = rf"(?:{_CM}?{_SP}*|{_SP}(?:{'|'.join(DATE_TIME_WORDS)}){_SP})"
_TIME_DATE = rf"{_CM}?{_SP}*"

# Each layout: (name, regex with groups date, time, rest). Time-first layouts swap groups.
LAYOUTS: dict[str, re.Pattern[str]] = {
    "ios": re.compile(rf"\[{_SP}?{_D}{_DATE_TIME}{_T}{_SP}?\]{_SP}?(.*)"),
    "ios-time-first": re.compile(rf"\[{_SP}?{_T}{_TIME_DATE}{_D}{_SP}?\]{_SP}?(.*)"),
    "android": re.compile(rf"{_D}{_DATE_TIME}{_T}{_SP}?[-–]{_SP}(.*)"),
    "android-time-first": re.compile(rf"{_T}{_TIME_DATE}{_D}{_SP}?[-–]{_SP}(.*)"),
}
_Match = Callable[[str], "re.Match[str] | None"]
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
    author = _author(rest[:i])
    if author is None:
        return None, rest
    return author, rest[i + 2 :]


def _author(part: str) -> str | None:
    """The author named before ": ", or None when that part cannot be a name."""
    author = part.strip()
    if not author or len(author) > 80 or '"' in author or "“" in author:
        return None
    return author


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


_INVISIBLE_TEXT = (
    "\u200b\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\u061c"
)
_INVISIBLE_CHARS = frozenset(_INVISIBLE_TEXT)
_HEAD = 96  # characters normalised to find a header hidden behind invisible marks
_MISSING = object()


def _normalised_groups(line: str, match: _Match) -> tuple[str, str, str] | None:
    """Date, time and rest of a header that carries invisible marks: only its first
    characters are normalised (the rest of the line is normalised later where it matters)."""
    head = normalise(line[:_HEAD])
    m = match(head)
    # a match well inside the normalised head is the match the whole line would give: no
    # header runs on for more than a character past its end
    if m is not None and (len(line) <= _HEAD or m.start(3) + 16 <= len(head)):
        rest = head[m.start(3) :] + line[_HEAD:]
        return m.group(1), m.group(2), rest.partition("\n")[0]
    if len(line) <= _HEAD:
        return None
    m = match(normalise(line))
    return None if m is None else (m.group(1), m.group(2), m.group(3))


def parse_lines(lines: Iterable[str], layout: str, agg: Aggregator) -> None:
    """Counting pass: feed every header line of the export into the aggregator.

    Gives what normalising every line and matching it would give, but most lines are
    never normalised: the layouts match raw spaces and commas, a line that starts with no
    bracket, digit or invisible mark cannot be a header (continuation lines end there),
    and dates, times and author names are normalised once per spelling.
    """
    # the layout followed by "Author: " up to the line's first colon: most lines match this
    # at once, and where it matches, so does the layout, with the same date and time
    quick = re.compile(LAYOUTS[layout].pattern.removesuffix("(.*)") + r"([^:\n]*): ").match
    match = LAYOUTS[layout].match
    time_first = layout in _TIME_FIRST
    date_at, time_at = (2, 1) if time_first else (1, 2)
    dates: dict[str, str | None] = {}  # date as written -> normalised key, None if unreal
    times: dict[str, int | None] = {}  # time as written -> seconds of the day
    names: dict[str, str | None] = {}  # author part as written -> author, None if not one
    invisible = _INVISIBLE_CHARS
    add = agg.add
    entries = 0
    last_date: str | None = None
    last_key: object = None
    for line in lines:
        m = quick(line)
        if m is None and line[:1] in invisible:
            # iPhones mark some lines with U+200E before the bracket; normalising drops it
            line = line.lstrip(_INVISIBLE_TEXT)
            m = quick(line)
        if m is not None:
            d, t, part = m.group(date_at, time_at, 3)
            rest, text_at = line, m.end()
        else:
            first = line[:1]
            if first != "[" and not first.isdecimal() and first not in invisible:
                continue  # a continuation line or a blank one: no header starts like this
            m = match(line)
            if m is not None:
                found: tuple[str, str, str] | None = (m[1], m[2], m[3])
            elif line.isascii() or _INVISIBLE.search(line) is None:
                continue  # without invisible marks the raw match is the normalised one
            else:
                found = _normalised_groups(line, match)
            if found is None:
                continue
            groups = found
            if time_first:
                t, d, rest = groups
            else:
                d, t, rest = groups
            colon = rest.find(":")
            if colon >= 0 and rest.startswith(" ", colon + 1):
                part = rest[:colon]  # no colon before this ": ": the first once normalised
                text_at = colon + 2
            else:
                part = None
        if d != last_date:  # most lines share the date of the line before
            key = dates.get(d, _MISSING)
            if key is _MISSING:
                if len(dates) > _CACHE_LIMIT:  # endless distinct spellings must not fill memory
                    dates.clear()
                nd = normalise(d)
                key = dates[d] = nd if decode_date(nd) is not None else None
            last_date, last_key = d, key
        else:
            key = last_key
        if key is None:
            continue
        secs = times.get(t, -1)
        if secs == -1:
            if len(times) > _CACHE_LIMIT:
                times.clear()
            secs = times[t] = decode_time(normalise(t))
        if secs is None:
            continue
        if part is not None:
            author = names.get(part, _MISSING)
            if author is _MISSING:
                if len(names) > _CACHE_LIMIT:
                    names.clear()
                author = names[part] = _author(normalise(part))
            text = rest[text_at:] if entries < E2E_WINDOW and author is not None else ""
            if text and _E2E.search(normalise(text.partition("\n")[0])[:300]):
                author = None
        else:
            author, text = split_author(normalise(rest))
            if entries < E2E_WINDOW and author is not None and _E2E.search(text[:300]):
                author = None
        entries += 1
        add(key, secs, author)  # type: ignore[arg-type]


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
