"""A long working session driven through the real window: a seeded mix of every kind of edit.

The long-session test and `continuity-app --selftest` run it. Every step does what a user
does (keys in spin boxes, text in fields, cells through the views' delegates, buttons, undo,
pages, preferences, print preview, exports); after each step the drill checks that nothing
raised, that refused input left the plan alone and said why, and now and then that the pages
show the plan as it is. It measures memory (resident size) and references to None, which a
broken Qt binding loses one per call (PySide6 6.12.0 aborted the window after 27 edits).
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QLocale,
    QModelIndex,
    Qt,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from continuity_app.core.plan import WEEKDAYS, Plan

# Qt messages that say nothing about the app: the offscreen platform has no window manager,
# and its font engine lacks OpenType shaping for some fonts (Arabic text while switched).
_HARMLESS_QT_MESSAGES = ("propagateSizeHints", "OpenType support missing")

WORDS = ("north", "shop", "Al-Quds", "ساعة", "बेकरी", "café", "night", "order", "desk", "van")


def _keys(widget: QWidget, text: str) -> None:
    """Type `text` into `widget` key by key (QTest.keyClicks aborts on letters beyond ASCII)."""
    for char in text:
        if char.isascii():
            QTest.keyClick(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


class DrillError(AssertionError):
    """What went wrong, at which step of which seed, so that the run can be repeated."""


@dataclass
class DrillReport:
    """What a drill did and what it cost."""

    steps: int
    seed: int
    counts: dict[str, int]
    seconds: float
    rss_start_mb: float | None  # resident memory before the first step
    rss_warm_mb: float | None  # ... after the warm-up steps
    rss_end_mb: float | None  # ... after the last step
    none_refs_warm: int  # sys.getrefcount(None) after the warm-up
    none_refs_end: int
    refused: int  # invalid inputs that were refused with a message
    seconds_by_kind: dict[str, float] = field(default_factory=dict)
    rss_trace_mb: list[tuple[int, float]] = field(default_factory=list)  # (step, MB) by 250
    qt_warnings: list[str] = field(default_factory=list)

    @property
    def binding_loses_none(self) -> bool:
        """True when references to None went missing as a leaking binding loses them.

        Such a binding (PySide6 6.12.0 on Python 3.11) loses one on every void Qt call, tens of
        thousands over a session, until the interpreter aborts. Objects freed during a session
        that held None lower the count too, by a few hundred (measured: -649 over 3,000 steps
        in the full test run), so only a fall beyond that noise counts.
        """
        return self.none_refs_warm - self.none_refs_end > max(5_000, self.none_refs_warm // 50)

    @property
    def growth_mb(self) -> float | None:
        """Resident memory gained from the end of the warm-up to the end."""
        if self.rss_warm_mb is None or self.rss_end_mb is None:
            return None
        return self.rss_end_mb - self.rss_warm_mb

    def summary(self) -> str:
        kinds = ", ".join(f"{kind} {count}" for kind, count in sorted(self.counts.items()))
        memory = (
            f"RSS {self.rss_warm_mb:.0f} -> {self.rss_end_mb:.0f} MB"
            if self.rss_warm_mb is not None and self.rss_end_mb is not None
            else "RSS not measurable here"
        )
        return (
            f"{self.steps} steps (seed {self.seed}) in {self.seconds:.1f} s; {memory}; "
            f"None refs {self.none_refs_warm} -> {self.none_refs_end}; "
            f"{self.refused} invalid inputs refused; {kinds}"
        )


def rss_mb() -> float | None:
    """The process's resident memory in MB (Linux /proc), or None where it cannot be read."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            pages = int(statm.read().split()[1])
    except (OSError, ValueError, IndexError):
        return None
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def run_drill(
    window,
    edits: int,
    seed: int,
    on_step: Callable[[int, str], None] | None = None,
    warmup: int | None = None,
    folder: Path | None = None,
    languages: tuple[str, ...] = ("fr", "ar", "hi"),
    previews: int = 2,
    exports: int = 2,
) -> DrillReport:
    """Drive `window` (a shown MainWindow) through `edits` seeded random steps.

    `on_step(number, kind)` is called after each step. Memory is measured after `warmup`
    steps (a tenth by default) and at the end. Exports go to `folder` (a temporary one by
    default). `languages` are switched to and back now and then (as after a restart in that
    language); `previews` print previews and `exports` PDF and spreadsheet exports are spread
    over the run. Raises DrillError naming the step, its kind and the seed.
    """
    warmup = warmup if warmup is not None else max(edits // 10, 1)
    drill = _Drill(window, seed, folder, languages, previews, exports, edits, warmup)
    return drill.run(edits, warmup, on_step)


class _Refused(Exception):
    """Raised inside a step when an input is expected to be refused (the plan stays)."""


class _Drill:
    def __init__(self, window, seed, folder, languages, previews, exports, edits, warmup) -> None:
        self.window = window
        self.app = QApplication.instance()
        self.open_plan = window.context.open_plan
        self.engine = window.context.engine
        self.rng = random.Random(seed)
        self.seed = seed
        self.folder = Path(folder) if folder else Path(tempfile.mkdtemp(prefix="drill-"))
        self.folder.mkdir(parents=True, exist_ok=True)
        self.languages = languages
        self.counts: Counter[str] = Counter()
        self.timings: Counter[str] = Counter()
        self.rss_trace: list[tuple[int, float]] = []
        self.refused = 0
        self.errors: list[str] = []
        self.qt_warnings: list[str] = []
        pages = {type(p).__name__: p for p in window.pages}
        self.business = pages["BusinessPage"]
        self.functions = pages["FunctionsPage"]
        self.fallbacks = pages["FallbacksPage"]
        self.scenarios = pages["ScenariosPage"]
        self.plan_page = pages["PlanPage"]
        # The slow steps at fixed points: one of each during the warm-up (their first run
        # imports modules, which is not growth), the rest spread over the run.
        self.warmup = warmup
        self.scheduled: dict[int, str] = {}
        slow = [("print preview", previews), ("export", exports)]
        slow += [("language", 2 * len(languages))]
        for offset, (kind, count) in enumerate(slow):
            if not count:
                continue
            self.scheduled[warmup * (offset + 1) // (len(slow) + 2)] = kind
            for i in range(1, count):
                at = warmup + (edits - warmup) * i // count + offset
                self.scheduled.setdefault(min(at, edits - 1), kind)
        self.language_shown: str | None = None
        self.steps: list[tuple[str, Callable[[], None], float]] = [
            ("business field", self.business_field, 14),
            ("opening hours", self.opening_hours, 4),
            ("country mix", self.country_mix, 3),
            ("minimum service", self.minimum_service, 3),
            ("functions cell", self.functions_cell, 12),
            ("functions rows", self.functions_rows, 2),
            ("fallbacks cell", self.fallbacks_cell, 8),
            ("scenarios cell", self.scenarios_cell, 5),
            ("scenario panel", self.scenario_panel, 4),
            ("scenarios rows", self.scenarios_rows, 1.5),
            ("plan details", self.plan_details, 5),
            ("roles", self.roles, 5),
            ("messages", self.messages, 5),
            ("undo/redo", self.undo_redo, 12),
            ("switch page", self.switch_page, 8),
            ("results", self.results, 0.25),
            ("preferences", self.preferences, 0.4),
        ]

    # ------------------------------------------------------------------ running

    def run(self, edits: int, warmup: int, on_step) -> DrillReport:
        previous_hook = sys.excepthook

        def hook(kind, value, tb):  # exceptions raised in slots and Qt virtuals
            self.errors.append("".join(traceback.format_exception(kind, value, tb)))
            previous_hook(kind, value, tb)

        def messages(mode, context, message):
            if mode != QtMsgType.QtDebugMsg and not any(
                h in message for h in _HARMLESS_QT_MESSAGES
            ):
                self.qt_warnings.append(message)
            if previous_handler is not None:
                previous_handler(mode, context, message)

        sys.excepthook = hook
        previous_handler = qInstallMessageHandler(messages)
        # A message box no step expects (an error the window reports) would block exec() for
        # ever: the guard reads it, closes it, and the step fails with its text.
        guard = QTimer()
        guard.setInterval(200)
        guard.timeout.connect(self._close_unexpected_message)
        guard.start()
        original_language = self._current_language()
        start = time.perf_counter()
        rss_start = rss_mb()
        rss_warm = rss_start
        none_warm = sys.getrefcount(None)
        names = [name for name, _, _ in self.steps]
        actions = {name: action for name, action, _ in self.steps}
        weights = [weight for _, _, weight in self.steps]
        try:
            for number in range(edits):
                if number == warmup:
                    self._settle()
                    rss_warm, none_warm = rss_mb(), sys.getrefcount(None)
                kind = self.scheduled.get(number) or self.rng.choices(names, weights)[0]
                action = {
                    "print preview": self.print_preview,
                    "export": self.export,
                    "language": self.language,
                }.get(kind) or actions[kind]
                self._step(number, kind, action)
                if number % 250 == 0 and (rss := rss_mb()) is not None:
                    self.rss_trace.append((number, round(rss, 1)))
                if on_step is not None:
                    on_step(number, kind)
            if self.language_shown is not None:
                self._switch_language(original_language)
            self._settle()
            self._check_views(edits)
        finally:
            guard.stop()
            sys.excepthook = previous_hook
            qInstallMessageHandler(previous_handler)
        return DrillReport(
            steps=edits,
            seed=self.seed,
            counts=dict(self.counts),
            seconds=time.perf_counter() - start,
            rss_start_mb=rss_start,
            rss_warm_mb=rss_warm,
            rss_end_mb=rss_mb(),
            none_refs_warm=none_warm,
            none_refs_end=sys.getrefcount(None),
            refused=self.refused,
            seconds_by_kind={k: round(v, 2) for k, v in self.timings.items()},
            rss_trace_mb=self.rss_trace,
            qt_warnings=self.qt_warnings,
        )

    def _close_unexpected_message(self) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            text = "\n".join(filter(None, (box.text(), box.informativeText())))
            self.errors.append(f"the window showed a message: {text}")
            box.reject()

    def _fail(self, number: int, kind: str, problem: str) -> None:
        raise DrillError(
            f"step {number} ({kind}) of the session drill with seed {self.seed}: {problem}"
        )

    def _step(self, number: int, kind: str, action: Callable[[], None]) -> None:
        started = time.perf_counter()
        before = self.open_plan.plan
        try:
            action()
        except _Refused as refused:
            self.refused += 1
            self.app.processEvents()
            if self.errors:
                self._fail(number, kind, "an exception in the window:\n" + self.errors[0])
            if self.open_plan.plan != before:
                self._fail(number, kind, f"refused input {refused} changed the plan")
            if not str(refused.args[1] if len(refused.args) > 1 else "").strip():
                self._fail(number, kind, f"input {refused.args[0]!r} was refused silently")
        except DrillError:
            raise
        except Exception as error:
            self._fail(number, kind, "".join(traceback.format_exception(error)))
        self.app.processEvents()
        # what returning to the event loop does: widgets closed with deleteLater() (cell
        # editors, replaced cell widgets) are deleted; processEvents() alone keeps them
        self.app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        if self.errors:
            self._fail(number, kind, "an exception in the window:\n" + self.errors[0])
        if not isinstance(self.open_plan.plan, Plan):
            self._fail(number, kind, "the document holds no plan")
        self.counts[kind] += 1
        self.timings[kind] += time.perf_counter() - started
        if number % 97 == 0:
            self._check_views(number)

    def _settle(self) -> None:
        """Let the results engine finish and the window catch up."""
        self.engine.refresh()
        self.engine.wait()
        for _ in range(3):
            self.app.processEvents()

    def _check_views(self, number: int) -> None:
        """The pages show the plan as it is now."""
        plan = self.open_plan.plan
        problems = []
        for name, model, count in (
            ("functions", self.functions.model, len(plan.functions)),
            ("fallbacks", self.fallbacks.model, len(plan.functions)),
            ("scenarios", self.scenarios.model, len(plan.scenarios)),
            ("roles", self.plan_page.roles_model, len(plan.details.roles)),
            ("messages", self.plan_page.messages_model, len(plan.details.messages)),
        ):
            if model.rowCount() != count:
                problems.append(f"the {name} table shows {model.rowCount()} rows for {count}")
        page = self.business
        shown = {
            "name": (page.name.text(), plan.business.name),
            "sector": (page.sector.text(), plan.business.sector),
            "staff": (page.staff.value(), plan.business.staff),
            "seed": (page.seed.value(), plan.settings.seed),
            "currency": (page.currency.currentData(), plan.business.currency),
            "loss_basis": (page.loss_basis.currentData(), plan.settings.loss_basis),
        }
        for key, (widget, value) in shown.items():
            if widget != value and not page._errors[key].text():
                problems.append(f"the Business page shows {key} {widget!r} for {value!r}")
        if page.countries.rowCount() != len(plan.business.country_mix) and not (
            page._errors["country_mix"].text()
        ):
            problems.append("the country mix shows other rows than the plan's")
        if page.mbco.rowCount() != len(plan.functions):
            problems.append("the minimum service table shows other functions than the plan's")
        stack = self.open_plan.undo_stack
        if stack.index() > 0 and stack.command(stack.index() - 1)._after != plan:
            problems.append("the plan is not the one the last undo step made")
        if problems:
            self._fail(number, "check", "; ".join(problems))

    # ------------------------------------------------------------------ helpers

    def _show(self, page: QWidget) -> None:
        row = self.window.pages.index(page)
        if self.window.sidebar.currentRow() != row:
            self.window.sidebar.setCurrentRow(row)

    def _number(self, value: float, decimals: int = 2, locale: QLocale | None = None) -> str:
        """`value` as a user of the current language (or a widget's `locale`) types it."""
        locale = locale or QLocale()
        text = locale.toString(float(value), "f", decimals)
        if locale.decimalPoint() in text:
            text = text.rstrip(locale.zeroDigit()).rstrip(locale.decimalPoint())
        return text.replace(locale.groupSeparator(), "")

    def _type(self, edit: QLineEdit, text: str) -> None:
        """Select everything in a line edit and type `text` over it, key by key."""
        edit.setFocus()
        edit.selectAll()
        if text:
            _keys(edit, text)
        else:
            QTest.keyClick(edit, Qt.Key.Key_Backspace)

    def _refuse_unless_changed(self, before: Plan, text: str, message: Callable[[], str]):
        if self.open_plan.plan == before:
            raise _Refused(text, message())

    def _bad_text(self) -> str:
        return self.rng.choice(("abc", "12abc", "--", "x 5", "1e", "?", "4 – 5"))

    def _combo_key(self, combo: QComboBox) -> None:
        """Choose another entry as the keyboard does (Down/Up on a closed combo box)."""
        if combo.count() < 2:
            return
        if combo.currentIndex() >= combo.count() - 1:
            key = Qt.Key.Key_Up
        elif combo.currentIndex() <= 0:
            key = Qt.Key.Key_Down
        else:
            key = self.rng.choice((Qt.Key.Key_Up, Qt.Key.Key_Down))
        QTest.keyClick(combo, key)

    def _spin(self, spin: QAbstractSpinBox, typed: float | None, maximum: float) -> None:
        """Arrow keys, or a value typed over the text and Enter."""
        if typed is None or self.rng.random() < 0.5:
            up = spin.value() < maximum and self.rng.random() < 0.6
            QTest.keyClick(spin, Qt.Key.Key_Up if up else Qt.Key.Key_Down)
            return
        decimals = getattr(spin, "decimals", lambda: 0)()
        spin.lineEdit().selectAll()
        _keys(spin.lineEdit(), self._number(typed, decimals, spin.locale()))
        QTest.keyClick(spin.lineEdit(), Qt.Key.Key_Return)

    def _editor(self, view: QAbstractItemView) -> QWidget | None:
        viewport = view.viewport()
        editors = [
            w
            for w in viewport.findChildren(
                QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
            )
            if w.isVisible()
        ]
        return editors[-1] if editors else None

    def _edit_cell(self, view: QAbstractItemView, index: QModelIndex, text: str | None) -> bool:
        """Open the cell's editor (its delegate's), type `text` (None: leave it) and press
        Enter; False when the cell cannot be edited."""
        view.setCurrentIndex(index)
        if not view.edit(index, QAbstractItemView.EditTrigger.EditKeyPressed, None):
            return False
        editor = self._editor(view)
        if editor is None:
            return False
        if text is not None:
            if isinstance(editor, QComboBox):
                editor.setCurrentIndex(self.rng.randrange(editor.count()))
            else:
                line = editor if isinstance(editor, QLineEdit) else editor.findChild(QLineEdit)
                line.selectAll()
                _keys(line, text)
        QTest.keyClick(editor, Qt.Key.Key_Return)
        self.app.processEvents()  # the closed editor is deleted later
        return True

    # ------------------------------------------------------------------ business page

    def business_field(self) -> None:
        page = self.business
        self._show(page)
        rng = self.rng
        choice = rng.choice(
            ("spin", "spin", "name", "sector", "rate", "rate", "margin", "clv", "combo")
        )
        before = self.open_plan.plan
        if choice == "spin":
            spin, typed, maximum = rng.choice(
                (
                    (page.staff, rng.randrange(0, 200), 500),
                    (page.staff_hourly_cost, rng.uniform(1, 900), 1e6),
                    (page.max_loss, rng.uniform(100, 900_000), 1e9),
                    (page.trials, rng.choice((500, 1000, 2000, 3000)), 3000),
                    (page.seed, rng.randrange(0, 10_000), 1e9),
                )
            )
            if rng.random() < 0.15:  # letters in a spin box: the validator keeps them out
                spin.lineEdit().selectAll()
                value = spin.value()
                _keys(spin.lineEdit(), "abc")
                QTest.keyClick(spin.lineEdit(), Qt.Key.Key_Return)
                if spin.value() != value:
                    raise AssertionError(f"typing letters changed a spin box to {spin.value()}")
                return
            self._spin(spin, typed, maximum)
            return
        if choice == "combo":
            self._combo_key(rng.choice((page.currency, page.loss_basis, page.reference_scenario)))
            return
        edit, key, good = {
            "name": (page.name, "name", lambda: " ".join(rng.sample(WORDS, 2))),
            "sector": (page.sector, "sector", lambda: rng.choice(WORDS)),
            "rate": (page.usd_rate, "usd_rate", lambda: self._number(rng.uniform(0.5, 4000), 3)),
            "margin": (
                page.gross_margin,
                "gross_margin",
                lambda: self._range(rng.uniform(5, 90), 100),
            ),
            "clv": (page.lifetime_value, "customer_lifetime_value", lambda: self._range(500, 1e5)),
        }[choice]
        if not edit.isEnabled():
            return  # greyed (the margin while losses count lost sales): nobody can type there
        if rng.random() < 0.3 and choice in ("rate", "margin", "clv", "name"):
            text = "" if choice == "name" else self._bad_text()
            if choice == "margin" and rng.random() < 0.5:
                text = self._number(rng.uniform(101, 300))  # out of range
            self._type(edit, text)
            self._refuse_unless_changed(before, text, lambda: page._errors[key].text())
            if rng.random() < 0.5:
                QTest.keyClick(edit, Qt.Key.Key_Return)
            return
        self._type(edit, good())

    def _range(self, likely: float, high: float) -> str:
        if self.rng.random() < 0.6:
            return self._number(likely)
        low = likely * self.rng.uniform(0.5, 1)
        top = min(high, likely * self.rng.uniform(1, 1.5))
        return " – ".join(self._number(x) for x in (low, likely, top))

    def opening_hours(self) -> None:
        page = self.business
        self._show(page)
        day = self.rng.choice(WEEKDAYS)
        edit = page.hours[day]
        before = self.open_plan.plan
        start = self.rng.randrange(5, 12)
        good = [
            f"{start:02d}:00-{start + 4:02d}:30",
            f"{start:02d}:00-13:00, 16:00-{self.rng.randrange(18, 23)}:00",
            "",
        ]
        if self.rng.random() < 0.3:
            text = self.rng.choice(("9-5x", "14:00-13:00", "lunch", "25:00-26:00"))
            self._type(edit, text)
            self._refuse_unless_changed(before, text, lambda: page._errors[f"hours.{day}"].text())
            return
        self._type(edit, self.rng.choice(good))

    def country_mix(self) -> None:
        page = self.business
        self._show(page)
        roll = self.rng.random()
        if roll < 0.2 and page.countries.rowCount() < 6:
            page.add_country.click()
        elif roll < 0.35 and page.remove_country.isEnabled():
            page.countries.setCurrentCell(self.rng.randrange(page.countries.rowCount()), 0)
            page.remove_country.click()
        elif roll < 0.5:
            combo = page.countries.cellWidget(self.rng.randrange(page.countries.rowCount()), 0)
            self._combo_key(combo)
        else:
            rows = page.countries.rowCount()
            # make the shares add up again now and then, like a user fixing the total
            if rows and self.rng.random() < 0.6:
                shares = [100 // rows] * rows
                shares[0] += 100 - sum(shares)
                for row, share in enumerate(shares):
                    spin = page.countries.cellWidget(row, 1)
                    if spin.value() != share:
                        self._spin(spin, share, 100)
                        spin.lineEdit().selectAll()
                        _keys(spin.lineEdit(), self._number(share, 1, spin.locale()))
                        QTest.keyClick(spin.lineEdit(), Qt.Key.Key_Return)
            else:
                spin = page.countries.cellWidget(self.rng.randrange(rows), 1)
                self._spin(spin, self.rng.uniform(1, 99), 100)

    def minimum_service(self) -> None:
        page = self.business
        self._show(page)
        if not page.mbco.rowCount():
            return
        row = self.rng.randrange(page.mbco.rowCount())
        column = self.rng.choice((1, 1, 2))
        spin = page.mbco.cellWidget(row, column)
        if not spin.isEnabled():
            spin = page.mbco.cellWidget(row, 1)
            column = 1
        maximum = 100 if column == 1 else 168
        self._spin(spin, self.rng.uniform(0, maximum), maximum)

    # ------------------------------------------------------------------ tables

    def functions_cell(self) -> None:
        from continuity_app.gui.models.functions_model import COLUMNS

        page = self.functions
        self._show(page)
        model = page.model
        if not model.rowCount():
            page.add_button.click()
            return
        row = self.rng.randrange(model.rowCount())
        column = self.rng.randrange(len(COLUMNS))
        kind = COLUMNS[column].kind
        index = model.index(row, column)
        before = self.open_plan.plan
        rng = self.rng
        if rng.random() < 0.1:  # open the editor and press Enter: nothing may change
            self._edit_cell(page.table, index, None)
            if self.open_plan.plan != before:
                raise AssertionError(
                    f"opening and closing the editor of {COLUMNS[column].field} changed the plan"
                )
            return
        if kind in ("text",):
            text = " ".join(rng.sample(WORDS, 2))
        elif kind == "kind":
            text = ""  # the combo box editor picks a kind
        elif kind == "share":
            text = self._range(rng.uniform(0, 100), 100)
        elif kind == "integer":
            text = str(rng.randrange(0, 50))
        elif kind == "number":
            text = self._number(rng.uniform(1, 6), 1)
        else:
            text = self._range(rng.uniform(0, 300), 500)
        invalid = kind not in ("kind", "text") and rng.random() < 0.25
        if invalid:
            text = self._bad_text() if rng.random() < 0.6 else self._number(rng.uniform(101, 999))
            if kind not in ("share",) and not text[0].isalpha() and text[0] not in "-?":
                text = "-" + text  # a negative count, amount or duration
        page.error.clear()
        self._edit_cell(page.table, index, text)
        if invalid:
            self._refuse_unless_changed(before, text, page.error.text)

    def functions_rows(self) -> None:
        page = self.functions
        self._show(page)
        adding = self.rng.random() < 0.5 or page.model.rowCount() < 2
        if adding and page.model.rowCount() < 8:
            page.add_button.click()
            return
        row = self.rng.randrange(page.model.rowCount())
        page.table.setCurrentIndex(page.model.index(row, 0))
        page.remove_button.click()

    def fallbacks_cell(self) -> None:
        page = self.fallbacks
        self._show(page)
        model = page.model
        if not model.rowCount():
            return
        if self.rng.random() < 0.15:
            button = (
                page.delay_button if page.readiness_button.isChecked() else page.readiness_button
            )
            button.click()
        row, column = self.rng.randrange(model.rowCount()), self.rng.randrange(model.columnCount())
        index = model.index(row, column)
        before = self.open_plan.plan
        rng = self.rng
        readiness = page.readiness_button.isChecked()
        invalid = rng.random() < 0.2
        if invalid:
            text = self._bad_text() if rng.random() < 0.5 else self._number(-rng.uniform(1, 50))
            if readiness and rng.random() < 0.5:
                text = self._number(rng.uniform(101, 500))
        elif readiness:
            text = "" if rng.random() < 0.1 else self._range(rng.uniform(5, 100), 100)
        else:
            text = self._number(rng.uniform(0, 48), 1)
        page.error.clear()
        if not self._edit_cell(page.table, index, text):
            return  # a delay without a fallback: the cell is not editable
        if invalid:
            self._refuse_unless_changed(before, text, page.error.text)

    def scenarios_cell(self) -> None:
        from continuity_app.gui.models.scenarios_model import DURATION, FREQUENCY, NAME

        page = self.scenarios
        self._show(page)
        model = page.model
        row = self.rng.randrange(model.rowCount())
        column = self.rng.choice((NAME, DURATION, DURATION, FREQUENCY, FREQUENCY))
        before = self.open_plan.plan
        if self.rng.random() < 0.1:
            self._edit_cell(page.table, model.index(row, column), None)
            if self.open_plan.plan != before:
                raise AssertionError(
                    "opening and closing a scenario cell's editor changed the plan"
                )
            return
        if column == NAME:
            text = " ".join(self.rng.sample(WORDS, 3))
        elif column == DURATION:
            text = self._number(self.rng.uniform(0.5, 160), 1)
        else:
            text = self._number(self.rng.uniform(0, 4), 2)
        self._edit_cell(page.table, model.index(row, column), text)

    def scenario_panel(self) -> None:
        page = self.scenarios
        self._show(page)
        page.select(self.rng.randrange(page.model.rowCount()))
        roll = self.rng.random()
        if roll < 0.4:
            item = page.layers.item(self.rng.randrange(page.layers.count()))
            checked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
        elif roll < 0.6:
            page.pin.click()
        elif roll < 0.8 and page.weekday.isEnabled():
            self._combo_key(page.weekday)
        elif page.time.isEnabled():
            QTest.keyClick(page.time, self.rng.choice((Qt.Key.Key_Up, Qt.Key.Key_Down)))

    def scenarios_rows(self) -> None:
        page = self.scenarios
        self._show(page)
        roll = self.rng.random()
        if roll < 0.3 and page.model.rowCount() < 8:
            page.add_custom.click()
        elif roll < 0.55 and page.model.rowCount() < 8:
            page._fill_preset_menu()
            actions = [a for a in page.preset_menu.actions() if a.isEnabled()]
            if actions:
                self.rng.choice(actions).trigger()
        elif page.remove.isEnabled():
            page.select(self.rng.randrange(page.model.rowCount()))
            page.remove.click()

    # ------------------------------------------------------------------ plan page

    def plan_details(self) -> None:
        page = self.plan_page
        self._show(page)
        page.tabs.setCurrentIndex(0)
        roll = self.rng.random()
        if roll < 0.45:
            edit = self.rng.choice((page.owner_edit, page.approver_edit, page.version_edit))
            self._type(edit, " ".join(self.rng.sample(WORDS, 2)))
        elif roll < 0.6:
            page.summary_edit.setFocus()
            _keys(page.summary_edit, " " + self.rng.choice(WORDS))
        elif roll < 0.75 and page.criteria_list.count() < 6:
            page.add_criterion_button.click()
            QTest.keyClick(self.app.focusWidget() or page.criteria_list, Qt.Key.Key_Escape)
        elif roll < 0.85 and page.criteria_list.count():
            page.criteria_list.setCurrentRow(self.rng.randrange(page.criteria_list.count()))
            page.remove_criterion_button.click()
        elif page.criteria_list.count():
            item = page.criteria_list.item(self.rng.randrange(page.criteria_list.count()))
            item.setText(" ".join(self.rng.sample(WORDS, 4)))

    def roles(self) -> None:
        page = self.plan_page
        self._show(page)
        page.tabs.setCurrentIndex(1)
        model = page.roles_model
        roll = self.rng.random()
        if (roll < 0.15 and model.rowCount() < 6) or not model.rowCount():
            page.add_role_button.click()
            QTest.keyClick(self.app.focusWidget() or page.roles_view, Qt.Key.Key_Escape)
        elif roll < 0.25 and model.rowCount() > 1:
            page.roles_view.setCurrentIndex(model.index(self.rng.randrange(model.rowCount()), 0))
            page.remove_role_button.click()
        elif roll < 0.45 and page.calls_list.count():
            item = page.calls_list.item(self.rng.randrange(page.calls_list.count()))
            checked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
        elif roll < 0.55 and page.tree.topLevelItemCount():
            page.tree.setCurrentItem(page.tree.topLevelItem(0))
        else:
            row = self.rng.randrange(model.rowCount())
            column = self.rng.randrange(model.columnCount())
            text = self.rng.choice(("+970 59 123 4567", " ".join(self.rng.sample(WORDS, 2))))
            self._edit_cell(page.roles_view, model.index(row, column), text)

    def messages(self) -> None:
        page = self.plan_page
        self._show(page)
        page.tabs.setCurrentIndex(2)
        model = page.messages_model
        roll = self.rng.random()
        if (roll < 0.1 and model.rowCount() < 6) or not model.rowCount():
            page.add_message_button.click()
        elif roll < 0.18 and model.rowCount() > 1:
            page.messages_view.setCurrentIndex(model.index(self.rng.randrange(model.rowCount()), 0))
            page.remove_message_button.click()
        elif roll < 0.3:
            page.messages_view.setCurrentIndex(model.index(self.rng.randrange(model.rowCount()), 0))
        elif roll < 0.55:
            self._combo_key(
                self.rng.choice((page.audience_combo, page.channel_combo, page.language_combo))
            )
        elif roll < 0.62:
            page.suggest_button.click()
        else:
            page.text_edit.setFocus()
            _keys(page.text_edit, " " + " ".join(self.rng.sample(WORDS, 2)))

    # ------------------------------------------------------------------ window

    def undo_redo(self) -> None:
        stack = self.open_plan.undo_stack
        roll = self.rng.random()
        if roll < 0.55 and stack.canUndo():
            for _ in range(self.rng.randrange(1, 4)):
                self.window.undo_action.trigger()
        elif stack.canRedo():
            for _ in range(self.rng.randrange(1, 4)):
                self.window.redo_action.trigger()
        elif stack.canUndo():
            self.window.undo_action.trigger()
            self.window.redo_action.trigger()

    def switch_page(self) -> None:
        """Another page; the Results page (four charts to draw) less often than the rest."""
        pages = self.window.pages
        row = self.rng.randrange(len(pages))
        if type(pages[row]).__name__ == "ResultsPage" and self.rng.random() < 0.8:
            row = pages.index(self.business)
        self.window.sidebar.setCurrentRow(row)

    def results(self) -> None:
        """Let the results engine finish, on the Results or Recommendations page."""
        self.window.sidebar.setCurrentRow(self.rng.choice((5, 6)))
        self._settle()

    def _close_modal(self, kind: type[QDialog], act: Callable[[QDialog], None]) -> None:
        """Call `act` on the modal dialog of class `kind` once it shows (exec() blocks)."""
        deadline = time.monotonic() + 120

        def attempt() -> None:
            dialog = QApplication.activeModalWidget()
            if isinstance(dialog, kind) and dialog.isVisible():
                try:
                    act(dialog)
                except Exception:
                    dialog.reject()
                    raise
            elif time.monotonic() < deadline:
                QTimer.singleShot(20, attempt)

        QTimer.singleShot(0, attempt)

    def preferences(self) -> None:
        from continuity_app.gui.preferences import PreferencesDialog

        def choose(dialog: QDialog) -> None:
            assert isinstance(dialog, PreferencesDialog)
            for combo in (dialog.digits, dialog.duration_unit, dialog.language, dialog.currency):
                combo.setCurrentIndex(self.rng.randrange(combo.count()))
            dialog.accept()

        self._close_modal(PreferencesDialog, choose)
        self.window.preferences_action.trigger()

    def print_preview(self) -> None:
        from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget

        pages: list[int] = []

        def look(dialog: QDialog) -> None:
            preview = dialog.findChild(QPrintPreviewWidget)
            pages.append(preview.pageCount() if preview is not None else 0)
            dialog.reject()

        self._close_modal(QPrintPreviewDialog, look)
        self.window.print_actions.preview_action.trigger()
        if not pages or pages[0] < 2:
            raise AssertionError(f"the print preview showed {pages} pages")

    def export(self) -> None:
        from continuity_app.gui.spreadsheet_dialog import export_results_to

        number = sum(self.counts[k] for k in ("export",))
        pdf = self.window.print_actions.write_pdf(self.folder / f"plan-{number}.pdf")
        if pdf is None or not pdf.read_bytes().startswith(b"%PDF"):
            raise AssertionError("the PDF export wrote no PDF")
        sheet = self.folder / f"results-{number}.{self.rng.choice(('xlsx', 'csv'))}"
        export_results_to(self.window.context, sheet)
        if sheet.stat().st_size < 100:
            raise AssertionError(f"the results export {sheet.name} is empty")

    # ------------------------------------------------------------------ language

    def _current_language(self) -> str:
        return QLocale().name()

    def language(self) -> None:
        """Switch the interface language as a restart in it would, and back later."""
        if self.language_shown is None:
            code = self.languages[self.counts["language"] % len(self.languages)]
            self._switch_language(code)
            self.language_shown = code
        else:
            self._switch_language("en_US")
            self.language_shown = None

    def _switch_language(self, code: str) -> None:
        from continuity_app.gui.settings import DIGITS
        from continuity_app.localization import install_translators

        app = self.app
        for translator in app.property("continuity_translators") or []:
            app.removeTranslator(translator)
            translator.deleteLater()
        locale = install_translators(app, code, self.window.context.settings.get(DIGITS))
        rtl = locale.textDirection() == Qt.LayoutDirection.RightToLeft
        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )
        # a restart would build every widget in the new locale: spin boxes read its digits
        self.window.setLocale(locale)
        self.window.retranslate()
        self.window._apply_number_preferences()
        self.app.processEvents()
