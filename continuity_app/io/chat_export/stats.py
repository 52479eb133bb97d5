"""Streaming aggregation of chat entries into a ChatSummary (no message text is kept)."""

from __future__ import annotations

import hashlib
import hmac
import unicodedata
from array import array
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from continuity_app.core.i18n import translate

from .errors import AmbiguousDateOrder, ChatImportError, TooMany, UnknownAuthor

ORDERS: tuple[str, ...] = ("dmy", "mdy", "ymd")
_DAY = 86400

# A decoded raw date: (p, q, year, year_first). Year-first dates read as year-p-q (p = month);
# otherwise p/q are day/month ("dmy") or month/day ("mdy").
RawDate = tuple[int, int, int, bool]


@dataclass(frozen=True)
class OrderBasis:
    """Why a date order was taken: `kind` is year_first, chosen, day_above_12,
    same_either_way or time_forward (with the backward jumps in the two readings)."""

    kind: str
    fewer: int = 0
    more: int = 0

    def english(self) -> str:
        """The reason in plain English, as the JSON summary records it."""
        return {
            "year_first": "year-first dates",
            "chosen": "chosen by the user",
            "day_above_12": "a day above 12",
            "same_either_way": "day and month equal on every date (either order reads the same)",
            "time_forward": f"time runs forward in that order ({self.fewer} backward jumps "
            f"against {self.more})",
        }[self.kind]


# A real chat has at most a few thousand authors and spans at most decades; a file past
# these counts is not a chat, and its per-author and per-day tables would only cost memory.
MAX_AUTHORS = 100_000
MAX_DAYS = 200_000


def pseudonymise(name: str, key: bytes | str) -> str:
    """Return a stable pseudonym such as "Author-3fa2c1d0" for an author name.

    A keyed hash (HMAC-SHA-256): without the key nobody can recompute the pseudonyms of a
    list of names or phone numbers. ``key`` is the installation's secret
    (secret.installation_key) or an explicit --salt for reproducible output.
    """
    norm = unicodedata.normalize("NFC", name.strip())
    secret = key.encode() if isinstance(key, str) else key
    digest = hmac.new(secret, norm.encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()
    return f"Author-{digest[:8]}"


@dataclass(frozen=True)
class ChatSummary:
    """Aggregates of one chat export: counts, time profile and response times, never text.

    ``first_message``/``last_message``/``active_days`` cover messages (entries with an author,
    minus the end-to-end-encryption notice); ``first_entry``/``last_entry`` and
    ``out_of_order`` cover every timestamped entry, system events included.
    ``customer_messages_per_day`` is customer messages per *active* day (a day with at least
    one message); ``calendar_days`` lets callers use the calendar span instead.
    """

    format: str
    date_order: str
    date_order_basis: OrderBasis
    messages: int
    authors: int
    author_counts: dict[str, int]
    system_events: int
    first_message: datetime | None
    last_message: datetime | None
    first_entry: datetime | None
    last_entry: datetime | None
    active_days: int
    calendar_days: int
    messages_per_active_day: float
    hourly_counts: tuple[int, ...]
    weekday_hour_counts: tuple[tuple[int, ...], ...]
    out_of_order: int
    business: str | None = None
    customer_messages: int | None = None
    customer_messages_per_day: float | None = None
    response_time_median_minutes: float | None = None
    response_time_p90_minutes: float | None = None
    responses: int = 0
    chat_names: tuple[str, ...] = field(default=())

    @property
    def date_order_reason(self) -> str:
        return self.date_order_basis.english()

    def to_json(self, *, keep_names: bool = False, key: bytes | str = b"") -> dict[str, Any]:
        """Return a JSON-ready dict; author names become pseudonyms keyed by ``key`` unless
        ``keep_names``."""

        def name(n: str) -> str:
            return n if keep_names else pseudonymise(n, key)

        def iso(d: datetime | None) -> str | None:
            return d.strftime("%Y-%m-%dT%H:%M") if d is not None else None

        return {
            "format": self.format,
            "date_order": self.date_order,
            "date_order_reason": self.date_order_reason,
            "messages": self.messages,
            "authors": self.authors,
            "author_counts": {name(a): c for a, c in self.author_counts.items()},
            "system_events": self.system_events,
            "first_message": iso(self.first_message),
            "last_message": iso(self.last_message),
            "first_entry": iso(self.first_entry),
            "last_entry": iso(self.last_entry),
            "active_days": self.active_days,
            "calendar_days": self.calendar_days,
            "messages_per_active_day": self.messages_per_active_day,
            "hourly_counts": list(self.hourly_counts),
            "weekday_hour_counts": [list(row) for row in self.weekday_hour_counts],
            "out_of_order": self.out_of_order,
            "business": name(self.business) if self.business is not None else None,
            "customer_messages": self.customer_messages,
            "customer_messages_per_day": self.customer_messages_per_day,
            "response_time_median_minutes": self.response_time_median_minutes,
            "response_time_p90_minutes": self.response_time_p90_minutes,
            "responses": self.responses,
        }


def to_function_inputs(summary: ChatSummary) -> dict[str, Any]:
    """Turn a summary into a function's inputs: daily interactions and hour/weekday profiles.

    ``daily_interactions`` is customer messages per active day when the business is known,
    else messages per active day. ``hourly_profile`` (24 shares summing to 1) and
    ``weekday_profile`` (7 factors averaging 1, Monday first) come from all messages; with
    no messages they are flat.
    """
    if summary.customer_messages_per_day is not None:
        daily = summary.customer_messages_per_day
    else:
        daily = summary.messages_per_active_day
    total = sum(summary.hourly_counts)
    hourly = [c / total for c in summary.hourly_counts] if total else [1 / 24] * 24
    per_weekday = [sum(row) for row in summary.weekday_hour_counts]
    wtotal = sum(per_weekday)
    weekday = [7 * c / wtotal for c in per_weekday] if wtotal else [1.0] * 7
    return {"daily_interactions": daily, "hourly_profile": hourly, "weekday_profile": weekday}


def _quantile(sorted_values: list[float], q: float) -> float:
    """Linear-interpolation quantile (as numpy's default) of an ascending list."""
    pos = (len(sorted_values) - 1) * q
    lo = int(pos)
    hi = min(lo + 1, len(sorted_values) - 1)
    return sorted_values[lo] + (sorted_values[hi] - sorted_values[lo]) * (pos - lo)


_NO_HOURS = array("I", [0]) * 24


class _Day:
    """Per raw-date aggregates: messages per hour and entry/message time bounds."""

    __slots__ = ("emax", "emin", "hours", "mmax", "mmin", "ordinals")

    def __init__(self, ordinals: tuple[int | None, ...]) -> None:
        # 4-byte counts (above any hour's messages in a 250 MB export): 180 bytes a day,
        # where a list took 250, so the WhatsApp import's blocks do not raise the peak memory
        self.hours = _NO_HOURS[:]
        self.emin = _DAY
        self.emax = -1
        self.mmin = _DAY
        self.mmax = -1
        self.ordinals = ordinals


def _ordinals(raw: RawDate) -> tuple[int | None, int | None, int | None]:
    p, q, year, year_first = raw

    def ordinal(y: int, m: int, d: int) -> int | None:
        try:
            return date(y, m, d).toordinal()
        except ValueError:
            return None

    if year_first:
        o = ordinal(year, p, q)
        return (o, o, o)
    return (ordinal(year, q, p), ordinal(year, p, q), None)


class Aggregator:
    """Consumes entries (raw date key, seconds of day, author or None) in file order.

    Keeps per-date aggregates for every candidate date order at once, so the order can be
    decided after one pass. Per-message numbers are kept (compactly) only when a business
    author is given, for response times.
    """

    def __init__(self, decode: Callable[[Hashable], RawDate], business: str | None) -> None:
        self._decode = decode
        self._days: dict[Hashable, _Day] = {}
        self._cur_key: Hashable = object()
        self._cur: _Day | None = None
        self._prev_secs = 0
        self._prev_ords: tuple[int | None, ...] = (None, None, None)
        self._back = [0, 0, 0]
        self._same_day_back = 0
        self._eliminated: dict[str, Hashable] = {}
        self._any_year_last = False
        self._distinct = False
        self.author_counts: dict[str, int] = {}
        self.system_events = 0
        self.entries = 0
        self.business = business
        # Per message, only when a business is named: (day id * 86400 + secs) * 2 + is_business.
        self._seq = array("q")
        self._day_ids: dict[Hashable, int] = {}
        self._day_keys: list[Hashable] = []

    def _new_day(self, key: Hashable) -> _Day:
        raw = self._decode(key)
        ords = _ordinals(raw)
        if not raw[3]:
            self._any_year_last = True
            if raw[0] != raw[1]:
                self._distinct = True
        for order, o in zip(ORDERS, ords, strict=True):
            if o is None and order not in self._eliminated:
                self._eliminated[order] = key
        day = _Day(ords)
        self._days[key] = day
        return day

    def add(self, key: Hashable, secs: int, author: str | None) -> None:
        """Record one entry; ``author`` None means a system event."""
        if not 0 <= secs < _DAY:  # readers pass only real times; never index past 24 hours
            return
        self.entries += 1
        if key == self._cur_key:
            day = self._cur
            if secs < self._prev_secs:
                self._same_day_back += 1
        else:
            day = self._days.get(key)
            if day is None:
                if len(self._days) >= MAX_DAYS:
                    raise TooMany("days", MAX_DAYS)
                day = self._new_day(key)
            prev = self._prev_ords
            ords = day.ordinals
            ps = self._prev_secs
            back = self._back
            for i in range(3):
                o, po = ords[i], prev[i]
                if o is not None and po is not None and (o < po or (o == po and secs < ps)):
                    back[i] += 1
            self._prev_ords = ords
            self._cur_key = key
            self._cur = day
        self._prev_secs = secs
        if day is None:  # cannot happen: the current key always has its day
            return
        if secs < day.emin:
            day.emin = secs
        if secs > day.emax:
            day.emax = secs
        if author is None:
            self.system_events += 1
            return
        counts = self.author_counts
        seen = counts.get(author)
        if seen is None and len(counts) >= MAX_AUTHORS:
            raise TooMany("authors", MAX_AUTHORS)
        counts[author] = (seen or 0) + 1
        day.hours[secs // 3600] += 1
        if secs < day.mmin:
            day.mmin = secs
        if secs > day.mmax:
            day.mmax = secs
        if self.business is not None:
            did = self._day_ids.get(key)
            if did is None:
                did = self._day_ids[key] = len(self._day_keys)
                self._day_keys.append(key)
            self._seq.append((did * _DAY + secs) * 2 + (author == self.business))

    # -- resolution -----------------------------------------------------------------------

    def resolve_order(self, date_order: str | None) -> tuple[str, OrderBasis]:
        """Return (order, why); raise AmbiguousDateOrder when it cannot be decided."""
        if self._days and not self._any_year_last:
            return "ymd", OrderBasis("year_first")
        if date_order is not None:
            if date_order in self._eliminated and self._days:
                bad = self._eliminated[date_order]
                raise ChatImportError(
                    translate(
                        "ChatExport",
                        "The dates cannot be read as {order}: {date} is not a valid date in "
                        "that order. Choose another date order or let it be detected.",
                    ).format(order=date_order, date=repr(bad))
                )
            return date_order, OrderBasis("chosen")
        cands = [o for o in ("dmy", "mdy") if o not in self._eliminated]
        if not cands:
            raise ChatImportError(
                translate(
                    "ChatExport",
                    "The dates in this export are not valid day-month-year or month-day-year "
                    "dates (e.g. {example}). Is this really a chat export?",
                ).format(example=repr(self._eliminated.get("dmy")))
            )
        if len(cands) == 1:
            return cands[0], OrderBasis("day_above_12")
        if not self._distinct:
            return "dmy", OrderBasis("same_either_way")
        b_dmy, b_mdy = self._back[0], self._back[1]
        if b_dmy != b_mdy:
            order = "dmy" if b_dmy < b_mdy else "mdy"
            return order, OrderBasis("time_forward", min(b_dmy, b_mdy), max(b_dmy, b_mdy))
        raise AmbiguousDateOrder(tuple(cands))

    def summary(
        self,
        fmt: str,
        date_order: str | None,
        *,
        chat_names: tuple[str, ...] = (),
    ) -> ChatSummary:
        """Resolve the date order and build the ChatSummary."""
        if self.entries == 0:
            raise ChatImportError(translate("ChatExport", "The export contains no messages."))
        order, reason = self.resolve_order(date_order)
        idx = ORDERS.index(order)
        hourly = [0] * 24
        week = [[0] * 24 for _ in range(7)]
        active: set[int] = set()
        first_m = last_m = first_e = last_e = None
        for day in self._days.values():
            o = day.ordinals[idx]
            if o is None:  # resolve_order only picks orders every date is valid in
                continue
            start = o * _DAY
            if first_e is None or start + day.emin < first_e:
                first_e = start + day.emin
            if last_e is None or start + day.emax > last_e:
                last_e = start + day.emax
            if day.mmax < 0:
                continue
            active.add(o)
            if first_m is None or start + day.mmin < first_m:
                first_m = start + day.mmin
            if last_m is None or start + day.mmax > last_m:
                last_m = start + day.mmax
            row = week[date.fromordinal(o).weekday()]
            for h, c in enumerate(day.hours):
                if c:
                    hourly[h] += c
                    row[h] += c
        messages = sum(self.author_counts.values())
        n_active = len(active)
        calendar_days = (max(active) - min(active) + 1) if active else 0
        business = self.business
        customer = per_day = median = p90 = None
        responses = 0
        if business is not None:
            if business not in self.author_counts:
                raise UnknownAuthor(business, self.author_counts)
            customer = messages - self.author_counts[business]
            per_day = customer / n_active if n_active else 0.0
            waits = self._response_times(idx)
            responses = len(waits)
            if waits:
                waits.sort()
                median = _quantile(waits, 0.5)
                p90 = _quantile(waits, 0.9)
        return ChatSummary(
            format=fmt,
            date_order=order,
            date_order_basis=reason,
            messages=messages,
            authors=len(self.author_counts),
            author_counts=dict(sorted(self.author_counts.items(), key=lambda kv: -kv[1])),
            system_events=self.system_events,
            first_message=_dt(first_m),
            last_message=_dt(last_m),
            first_entry=_dt(first_e),
            last_entry=_dt(last_e),
            active_days=n_active,
            calendar_days=calendar_days,
            messages_per_active_day=messages / n_active if n_active else 0.0,
            hourly_counts=tuple(hourly),
            weekday_hour_counts=tuple(tuple(r) for r in week),
            out_of_order=self._back[idx] + self._same_day_back,
            business=business,
            customer_messages=customer,
            customer_messages_per_day=per_day,
            response_time_median_minutes=median,
            response_time_p90_minutes=p90,
            responses=responses,
            chat_names=chat_names,
        )

    def _response_times(self, idx: int) -> list[float]:
        """Minutes from the first customer message of each waiting run to the business reply.

        Messages are put in time order by a stable sort (ties keep file order) over numpy
        arrays: a few bytes per message, where Python lists would take a hundred.
        """
        import numpy as np

        seq, self._seq = self._seq, array("q")
        if not seq:
            return []
        span = 2 * _DAY
        values = np.frombuffer(seq, dtype=np.int64)
        ords = np.array([self._days[k].ordinals[idx] or 0 for k in self._day_keys], np.int64)
        rest = values % span
        times = ords[values // span] * _DAY + (rest >> 1)
        order = np.argsort(times, kind="stable")
        times = times[order]
        business = (rest & 1).astype(bool)[order]
        del values, rest, order
        # a waiting run starts at a customer message that follows a business one (or none)
        previous = np.concatenate(([True], business[:-1]))
        starts = np.flatnonzero(~business & previous)
        replies = np.flatnonzero(business)
        nxt = np.searchsorted(replies, starts)
        answered = nxt < len(replies)
        waits = (times[replies[nxt[answered]]] - times[starts[answered]]) / 60
        return waits.tolist()


_EPOCH = datetime(1, 1, 1)


def _dt(seconds: int | None) -> datetime | None:
    if seconds is None:
        return None
    # ordinal 1 is 0001-01-01
    return _EPOCH + timedelta(seconds=seconds - _DAY)
