"""WhatsApp (and Signal text) line parsing: header layouts, dates, times, authors, E2E notice."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import TextIO

from continuity_app.core.i18n import translate

from .detect import MAX_LINE_CHARS
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
# An optional part is written "(?:part|)", not "(?:part)?": the same match, tried in the
# same order, but a branch where the regex engine would run a slower repeat.
_SP = "[ \u00a0\u202f\u2007\u2009]"  # a space
_CM = "[,\u060c]"  # a comma
_D = rf"(\d{{1,4}}[./-]{_SP}?\d{{1,2}}[./-]{_SP}?(?:[RHSrhs]{_SP}?|)\d{{1,4}}(?:{_SP}?BE|)\.?)"
_AMPM = rf"(?:{_SP}?(?:[aApP]\.?{_SP}?[mM]\.?|ص|م|午前|午後|上午|下午|오전|오후)|)"
_T = rf"(\d{{1,2}}[:.]\d{{2}}(?:[:.]\d{{2}}|)\.?{_AMPM})"
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
_HEAD = 96  # characters normalised to find a header hidden behind invisible marks
_MISSING = object()
# Times with seconds take many spellings (86,400 a day): they are decoded as their minute
# plus these seconds, where a cache of every spelling held 9 MB for 200,000 messages.
_SECONDS = {f"{s:02d}": s for s in range(60)}
_MINUTE_SECOND = re.compile(r"(\d{1,2}[:.]\d{2})[:.]([0-5][0-9])(.*)", re.DOTALL).match
# Characters read and scanned at once. One regex scan over a block of lines costs less
# than a call per line; below MAX_LINE_CHARS, so the line a block ends in is finished
# within the line limit. Larger blocks are hardly faster (16 KiB: 2%) and raise the peak
# memory (16 KiB: by 0.2 MB).
_BLOCK_CHARS = 2 * 1024


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


def _blocks(stream: TextIO, size: int = _BLOCK_CHARS, limit: int = MAX_LINE_CHARS) -> Iterator[str]:
    """The stream in blocks of whole lines, each block led by a newline (so every line
    follows one) and each line ending in a newline, cut to ``limit`` characters where
    detect.bounded_lines cuts it (a line of a gigabyte costs no more memory than a short one)."""
    size = min(size, limit - 1)  # the line a block ends in is then finished within the limit
    read, readline = stream.read, stream.readline
    while True:
        block = read(size)
        if not block:
            return
        tail = ""
        if not block.endswith("\n"):
            start = block.rfind("\n") + 1  # of the line the block ends in
            tail = readline(limit - (len(block) - start))
            if not tail.endswith("\n"):
                if len(block) - start + len(tail) >= limit:
                    while True:  # skip the rest of the overlong line
                        rest = readline(limit)
                        if not rest or rest.endswith("\n"):
                            break
                tail += "\n"  # the cut line, or the file's last line
        yield "".join(("\n", block, tail))


def _line_blocks(lines: Iterable[str]) -> Iterator[str]:
    """Lines joined into blocks as _blocks gives them; a line without newline gets one."""
    batch: list[str] = ["\n"]
    size = 0
    for line in lines:
        batch.append(line if line.endswith("\n") else line + "\n")
        size += len(line)
        if size >= _BLOCK_CHARS:
            yield "".join(batch)
            batch = ["\n"]
            size = 0
    if size:
        yield "".join(batch)


def parse_text(stream: TextIO, layout: str, agg: Aggregator) -> None:
    """Counting pass: feed every header line of the export into the aggregator."""
    _Pass(layout, agg).run(_blocks(stream))


def parse_lines(lines: Iterable[str], layout: str, agg: Aggregator) -> None:
    """The counting pass over lines as detect.bounded_lines or str.splitlines give them
    (no newline inside a line)."""
    _Pass(layout, agg).run(_line_blocks(lines))


class _Pass:
    """One counting pass. Gives what normalising every line and matching it would give,
    but most lines are never normalised nor even looked at from Python: the layouts match
    raw spaces and commas, one regex scan per block finds the lines that start as a header
    (continuation lines give no match), and dates, times and author names are normalised
    once per spelling."""

    def __init__(self, layout: str, agg: Aggregator) -> None:
        header = LAYOUTS[layout].pattern.removesuffix("(.*)")
        # after a newline, behind any invisible marks (iPhones put U+200E before some
        # brackets): the layout followed by "Author: " up to the line's first colon, which
        # most lines match at once (where it matches, so does the layout, with the same date
        # and time), or (group 4) a line that starts as a header can and needs a closer look.
        # A newline, not "^" in multi-line mode: the engine finds a literal first character
        # fast but tries "^" at every character.
        rx = re.compile(rf"\n[{_INVISIBLE_TEXT}]*(?:{header}([^:\n]*): |(?=[\[\d])([^\n]*))")
        self.scan = rx.findall
        self.head = rx.match
        self.match = LAYOUTS[layout].match
        self.time_first = layout in _TIME_FIRST
        self.add = agg.add
        self.entries = 0
        self.dates: dict[str, str | None] = {}  # date as written -> normalised key, None if unreal
        self.times: dict[str, int | None] = {}  # time as written -> seconds of the day
        self.names: dict[str, str | None] = {}  # author part as written -> author or None

    def run(self, blocks: Iterable[str]) -> None:
        """Count the entries of blocks as _blocks gives them."""
        for block in blocks:
            pos = 0  # the newline before the next line
            last = len(block) - 1  # the block's last newline
            # the first entries go line by line: whether one is the notice depends on its text
            while self.entries < E2E_WINDOW and pos < last:
                end = block.index("\n", pos + 1)
                self.line(block[pos + 1 : end + 1])
                pos = end
            if pos < last:
                self.block(block, pos)

    def block(self, block: str, pos: int) -> None:
        """Count the headers of ``block`` after ``pos`` (a newline), past the notice."""
        dates, times, names, add = self.dates, self.times, self.names, self.add
        time_first = self.time_first
        last_date: str | None = None
        last_key: str | None = None
        n = 0
        for d, t, part, line in self.scan(block, pos):
            if line:  # no "Author: " header at once: as the line-by-line path reads it
                self.line(line + "\n")
                continue
            if time_first:
                d, t = t, d
            if d != last_date:  # most lines share the date of the line before
                key = dates.get(d, _MISSING)
                if key is _MISSING:
                    key = self.date_key(d)
                last_date, last_key = d, key  # type: ignore[assignment]
            else:
                key = last_key
            if key is None:
                continue
            secs = times.get(t, -1)
            if secs == -1:
                secs = self.seconds(t)
            if secs is None:
                continue
            author = names.get(part, _MISSING)
            if author is _MISSING:
                author = self.author(part)
            n += 1
            add(key, secs, author)  # type: ignore[arg-type]
        self.entries += n

    def line(self, line: str) -> None:
        """Count one line (with its newline) if it is a header."""
        found = self.header(line)
        if found is None:
            return
        d, t, part, rest, text_at = found
        key = self.date_key(d)
        if key is None:
            return
        secs = self.seconds(t)
        if secs is None:
            return
        early = self.entries < E2E_WINDOW
        if part is not None:
            author = self.author(part)
            text = rest[text_at:] if early and author is not None else ""
            if text and _E2E.search(normalise(text.partition("\n")[0])[:300]):
                author = None
        else:
            author, text = split_author(normalise(rest))
            if early and author is not None and _E2E.search(text[:300]):
                author = None
        self.entries += 1
        self.add(key, secs, author)

    def header(self, line: str) -> tuple[str, str, str | None, str, int] | None:
        """Date, time, author part (None when only the normalised line tells it), the rest
        of the line and where its text starts; None if the line is no header."""
        m = self.head("\n" + line)  # as the block scan sees the line
        if m is None:
            return None  # a continuation line or a blank one: no header starts like this
        if m[4] is None:  # the header and "Author: " at once
            d, t = (m[2], m[1]) if self.time_first else (m[1], m[2])
            return d, t, m[3], m.string, m.end()
        line = line.lstrip(_INVISIBLE_TEXT)  # normalising drops the marks
        m = self.match(line)
        if m is not None:
            groups: tuple[str, str, str] | None = (m[1], m[2], m[3])
        elif line.isascii() or _INVISIBLE.search(line) is None:
            return None  # without invisible marks the raw match is the normalised one
        else:
            groups = _normalised_groups(line, self.match)
        if groups is None:
            return None
        a, b, rest = groups
        d, t = (b, a) if self.time_first else (a, b)
        colon = rest.find(":")
        if colon >= 0 and rest.startswith(" ", colon + 1):
            # no colon before this ": ": the first once normalised
            return d, t, rest[:colon], rest, colon + 2
        return d, t, None, rest, 0

    def date_key(self, d: str) -> str | None:
        """The normalised date, None if it is no real date; cached by spelling."""
        key = self.dates.get(d, _MISSING)
        if key is _MISSING:
            if len(self.dates) > _CACHE_LIMIT:  # endless distinct spellings must not fill memory
                self.dates.clear()
            nd = normalise(d)
            key = self.dates[d] = nd if decode_date(nd) is not None else None
        return key  # type: ignore[return-value]

    def seconds(self, t: str) -> int | None:
        """Seconds of the day of a time as the layouts capture it, None if impossible.

        A time with seconds is its minute (decoded once per spelling) plus the seconds: as
        the layouts capture times, 8 characters with a separator at 5 are "HH:MM:SS", and
        the seconds change neither the hour nor the AM/PM marker that may follow them.
        """
        if len(t) == 8 and t[5] in ":.":  # "14:56:01"
            second = _SECONDS.get(t[6:])
            if second is not None:
                minute = self.seconds(t[:5])
                return None if minute is None else minute + second
        elif len(t) > 8:  # "9:41:35 PM"
            m = _MINUTE_SECOND(t)
            if m is not None:
                minute = self.seconds(m[1] + m[3])
                return None if minute is None else minute + int(m[2])
        secs = self.times.get(t, -1)
        if secs == -1:
            if len(self.times) > _CACHE_LIMIT:
                self.times.clear()
            secs = self.times[t] = decode_time(normalise(t))
        return secs

    def author(self, part: str) -> str | None:
        """The author a header names before ": ", None if not a name; cached by spelling."""
        author = self.names.get(part, _MISSING)
        if author is _MISSING:
            if len(self.names) > _CACHE_LIMIT:
                self.names.clear()
            author = self.names[part] = _author(normalise(part))
        return author  # type: ignore[return-value]


def date_decoder(key: object) -> RawDate:
    """Aggregator callback: decode a header date the counting pass has already accepted."""
    raw = decode_date(str(key))
    if raw is None:  # the counting pass only passes dates it could decode
        raise ChatImportError(
            translate("ChatExport", "A date in this export cannot be read: {date}.").format(
                date=repr(str(key)[:20])
            )
        )
    return raw
