"""Typed user preferences stored in QSettings: each option declares its key, type and default."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")

ORGANISATION = "continuity-app"
APPLICATION = "continuity-app"


@dataclass(frozen=True)
class Option(Generic[T]):
    """One preference: where it lives, what type it has, and its value when never set."""

    key: str
    type: type
    default: T


LANGUAGE = Option("ui/language", str, "")  # "" follows the system
PLAN_LANGUAGE = Option("plan/language", str, "")  # "" uses the interface language
DIGITS = Option("ui/digits", str, "locale")  # locale, western or arabic_indic
DEFAULT_CURRENCY = Option("plan/default_currency", str, "USD")
DURATION_UNIT = Option("ui/duration_unit", str, "auto")  # auto (min, h, days) or hours
RECENT_FILES: Option[list[str]] = Option("files/recent", list, [])
GEOMETRY = Option("window/geometry", QByteArray, QByteArray())
WINDOW_STATE = Option("window/state", QByteArray, QByteArray())
FIRST_START_DONE = Option("ui/first_start_done", bool, False)

MAX_RECENT = 8


class Settings:
    """Reads and writes options with their declared types, whatever QSettings stored."""

    def __init__(self, backend: QSettings | None = None) -> None:
        self._backend = backend or QSettings(ORGANISATION, APPLICATION)

    def get(self, option: Option[T]) -> T:
        value: Any = self._backend.value(option.key, option.default)
        if value is None:
            return option.default
        # QSettings gives back what the platform stored: "true" for a bool, a bare string for a
        # list of one; the option's declared type says what to make of it
        read: Any
        if option.type is bool:
            read = value if isinstance(value, bool) else str(value).lower() == "true"
        elif option.type is list:
            read = [value] if isinstance(value, str) else list(value)
        elif option.type is QByteArray:
            read = value if isinstance(value, QByteArray) else option.default
        else:
            try:
                read = option.type(value)
            except (TypeError, ValueError):
                read = option.default
        return read

    def set(self, option: Option[T], value: T) -> None:
        self._backend.setValue(option.key, value)

    def add_recent(self, path: str) -> list[str]:
        """Put a file at the top of the recent files; returns the new list."""
        recent = [p for p in self.get(RECENT_FILES) if p != path]
        recent.insert(0, path)
        del recent[MAX_RECENT:]
        self.set(RECENT_FILES, recent)
        return recent

    def sync(self) -> None:
        self._backend.sync()
