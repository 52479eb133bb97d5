"""Import chat: a chat export's aggregates previewed, then applied to one function (undoable)."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QSignalBlocker, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from continuity_app.core.display import channel_name
from continuity_app.core.i18n import date as written_date
from continuity_app.core.i18n import translate
from continuity_app.core.plan import Function
from continuity_app.core.plan_edits import ApplyChatMeasurement
from continuity_app.gui.context import AppContext
from continuity_app.gui.labels import ERROR_STYLE
from continuity_app.gui.threads import wait_for_pool
from continuity_app.io.chat_export.wording import order_name, order_reason


class _Signals(QObject):
    finished = Signal(int, object)  # request number, ChatSummary
    failed = Signal(int, str, object)  # request number, message, date-order candidates or None


class _Analysis(QRunnable):
    """Reads the chat export in a worker thread; only aggregates come back."""

    def __init__(
        self, number: int, path: Path, date_order: str | None, business: str | None
    ) -> None:
        super().__init__()
        self.number = number
        self.path = path
        self.date_order = date_order
        self.business = business
        self.signals = _Signals()

    def run(self) -> None:
        from continuity_app.io.chat_export import AmbiguousDateOrder, ChatImportError, analyse_chat

        try:
            summary = analyse_chat(self.path, date_order=self.date_order, business=self.business)
        except AmbiguousDateOrder as error:
            self.signals.failed.emit(self.number, str(error), tuple(error.candidates))
        except ChatImportError as error:
            self.signals.failed.emit(self.number, str(error), None)
        except OSError as error:
            self.signals.failed.emit(self.number, error.strerror or str(error), None)
        except MemoryError:
            message = translate("ChatImportDialog", "there is not enough memory to read it.")
            self.signals.failed.emit(self.number, message, None)
        except Exception:  # a bug must not take the window down, nor show a traceback
            message = translate(
                "ChatImportDialog",
                "reading it failed unexpectedly. Please report this, with the kind of "
                "export (WhatsApp, Telegram, Signal, Instagram or Messenger) but not the file "
                "itself.",
            )
            self.signals.failed.emit(self.number, message, None)
        else:
            self.signals.finished.emit(self.number, summary)


class ChatImportDialog(QDialog):
    """Choose a chat export, see what it says, and set one function's volume and rhythm."""

    def __init__(
        self, context: AppContext, function: Function, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.function_id = function.id
        self.path: Path | None = None
        self.summary: Any = None  # ChatSummary of the last finished analysis
        self.candidates: tuple[str, ...] = ()
        self._authors: list[str] = []  # real names, in memory only while the dialog is open
        self._requests = 0
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._running: set[_Analysis] = set()

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.file_edit = QLineEdit(self)
        self.file_edit.setReadOnly(True)
        self.browse_button = QPushButton(self)
        self.browse_button.clicked.connect(self.choose_file)
        self.file_label = QLabel(self)
        self.file_label.setBuddy(self.browse_button)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()

        self.order_box = QGroupBox(self)
        self.order_group = QButtonGroup(self)
        self.order_buttons: dict[str, QRadioButton] = {}
        order_layout = QHBoxLayout(self.order_box)
        for order in ("dmy", "mdy", "ymd"):
            button = QRadioButton(self.order_box)
            self.order_buttons[order] = button
            self.order_group.addButton(button)
            order_layout.addWidget(button)
            button.toggled.connect(partial(self._order_toggled, order))
        order_layout.addStretch(1)
        self.order_box.hide()

        self.business_combo = QComboBox(self)
        self.business_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.business_combo.currentIndexChanged.connect(lambda _i: self._business_chosen())
        self.business_label = QLabel(self)
        self.business_label.setBuddy(self.business_combo)
        self.keep_names = QCheckBox(self)
        self.keep_names.toggled.connect(lambda _on: self._fill_authors())

        self.figures = QFormLayout()
        self.figures.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.values: dict[str, tuple[QLabel, QLabel]] = {}
        for key in ("format", "order", "messages", "authors", "period", "per_day", "responses"):
            label, value = QLabel(self), QLabel(self)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            # a bare number has no direction of its own and would go to the far left of a
            # right-to-left form: keep every value next to its label
            side = (
                Qt.AlignmentFlag.AlignRight if self.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
            )
            value.setAlignment(
                Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter | side
            )
            self.values[key] = (label, value)
            self.figures.addRow(label, value)
        self.chart_title = QLabel(self)
        self.chart: QWidget | None = None
        self.chart_box = QVBoxLayout()
        self.outcome = QLabel(self)
        self.outcome.setWordWrap(True)
        self.privacy = QLabel(self)
        self.privacy.setWordWrap(True)
        self.privacy.setStyleSheet("color: palette(placeholder-text);")

        self.buttons = QDialogButtonBox(self)
        self.apply_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button.setEnabled(False)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)

        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label)
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        business_row = QHBoxLayout()
        business_row.addWidget(self.business_label)
        business_row.addWidget(self.business_combo, 1)
        business_row.addWidget(self.keep_names)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(file_row)
        layout.addWidget(self.status)
        layout.addWidget(self.order_box)
        layout.addLayout(business_row)
        layout.addLayout(self.figures)
        layout.addWidget(self.chart_title)
        layout.addLayout(self.chart_box)
        layout.addWidget(self.outcome)
        layout.addStretch(1)
        layout.addWidget(self.privacy)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.browse_button, self.order_buttons["dmy"])
        self.setTabOrder(self.order_buttons["ymd"], self.business_combo)
        self.setTabOrder(self.business_combo, self.keep_names)
        self.setTabOrder(self.keep_names, self.apply_button)
        self.resize(620, 680)
        self.retranslate()
        self._show_summary()

    # -- texts ----------------------------------------------------------------------------

    def function(self) -> Function | None:
        plan = self.context.open_plan.plan
        return next((f for f in plan.functions if f.id == self.function_id), None)

    def retranslate(self) -> None:
        function = self.function()
        name = function.name if function else ""
        self.setWindowTitle(self.tr("Import chat into %1").replace("%1", name))
        self.intro.setText(
            self.tr(
                "Measure how many messages %1 really gets, and when, from a chat exported in "
                "WhatsApp (Chat › More › Export chat, without media), Telegram Desktop (JSON), "
                "Signal, or Instagram and Messenger (Download your information, JSON: a "
                "message_1.json file or the export's zip)."
            ).replace("%1", name)
        )
        self.file_label.setText(self.tr("Chat export:"))
        self.file_edit.setPlaceholderText(self.tr("No file chosen"))
        self.file_edit.setAccessibleName(self.tr("Chosen chat export"))
        self.browse_button.setText(self.tr("&Choose file…"))
        self.browse_button.setAccessibleName(self.tr("Choose a chat export file"))
        self.order_box.setTitle(self.tr("The dates could be read two ways: which is right?"))
        self.order_buttons["dmy"].setText(self.tr("&Day first (31/12/2024)"))
        self.order_buttons["mdy"].setText(self.tr("&Month first (12/31/2024)"))
        self.order_buttons["ymd"].setText(self.tr("&Year first (2024/12/31)"))
        self.business_label.setText(self.tr("&Business is:"))
        self.business_combo.setAccessibleName(self.tr("Which author is the business"))
        self.keep_names.setText(self.tr("Show &names"))
        self.keep_names.setToolTip(
            self.tr(
                "Show the authors' names instead of pseudonyms; names are never saved. "
                "Pseudonyms are keyed by a secret of this installation, so nobody can "
                "recompute them from a list of names or phone numbers."
            )
        )
        self.business_combo.setToolTip(
            self.tr(
                "Authors are shown as pseudonyms keyed by a secret of this installation "
                "(the same as on the command line), unless Show names is ticked."
            )
        )
        self.keep_names.setAccessibleName(self.tr("Show author names instead of pseudonyms"))
        labels = {
            "format": self.tr("Format:"),
            "order": self.tr("Date order:"),
            "messages": self.tr("Messages:"),
            "authors": self.tr("Authors:"),
            "period": self.tr("Period:"),
            "per_day": self.tr("Messages per active day:"),
            "responses": self.tr("Business replies:"),
        }
        for key, text in labels.items():
            self.values[key][0].setText(text)
            self.values[key][1].setAccessibleName(text.rstrip(":"))
        self.privacy.setText(
            self.tr(
                "Only counts and the hour-of-day profile enter the plan. Message text and "
                "author names are never stored."
            )
        )
        self.apply_button.setText(self.tr("&Apply to %1").replace("%1", _short(name)))
        self.apply_button.setAccessibleName(self.tr("Apply to %1").replace("%1", name))
        self.cancel_button.setText(self.tr("Cancel"))
        self._fill_authors()
        self._show_summary()

    # -- analysis -------------------------------------------------------------------------

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a chat export"),
            str(self.path.parent if self.path else Path.home()),
            self.tr("Chat exports (*.txt *.zip *.json);;All files (*)"),
        )
        if name:
            self.load(Path(name))

    def load(self, path: Path) -> None:
        """Analyse a new file: date order detected, no business chosen yet."""
        self.path = path
        self.file_edit.setText(str(path))
        self.file_edit.setCursorPosition(len(str(path)))  # the file name, not the folders
        self.file_edit.setToolTip(str(path))
        self.summary = None
        self.candidates = ()
        self._authors = []
        self.order_box.hide()
        self._fill_authors()
        self._start(None, None)

    def _start(self, date_order: str | None, business: str | None) -> None:
        if self.path is None:
            return
        self._requests += 1
        job = _Analysis(self._requests, self.path, date_order, business)
        job.signals.finished.connect(self._finished)
        job.signals.failed.connect(self._failed)
        self._running.add(job)
        self.apply_button.setEnabled(False)
        self._set_status(self.tr("Reading %1…").replace("%1", self.path.name))
        self._pool.start(job)

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Block until the analysis is done (tests, screenshots)."""
        return wait_for_pool(self._pool, timeout_ms)

    def _set_status(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet(ERROR_STYLE if error else "")
        self.status.setText(_wrappable(text))
        self.status.setToolTip(text if text != _wrappable(text) else "")
        self.status.setVisible(bool(text))

    def _forget(self, number: int) -> bool:
        self._running = {j for j in self._running if j.number != number}
        return number == self._requests

    def _finished(self, number: int, summary: Any) -> None:
        if not self._forget(number):
            return
        self.summary = summary
        self._set_status("")
        if not self._authors:
            self._authors = list(summary.author_counts)
            self._fill_authors()
        self._show_summary()

    def _failed(self, number: int, message: str, candidates: tuple[str, ...] | None) -> None:
        if not self._forget(number):
            return
        self.summary = None
        if candidates:
            self.candidates = candidates
            for order, button in self.order_buttons.items():
                button.setVisible(order in candidates)
                with QSignalBlocker(self.order_group):
                    button.setAutoExclusive(False)
                    button.setChecked(False)
                    button.setAutoExclusive(True)
            self.order_box.show()
            self._set_status(
                self.tr(
                    "No day in this chat is above 12, so the dates could be day first or month "
                    "first. Choose the order your phone shows dates in."
                )
            )
        else:
            self._set_status(
                self.tr("This file cannot be imported: %1").replace("%1", message), error=True
            )
        self._show_summary()

    def _chosen_order(self) -> str | None:
        if not self.candidates:
            return None
        return next((o for o, b in self.order_buttons.items() if b.isChecked()), None)

    def _chosen_business(self) -> str | None:
        index = self.business_combo.currentIndex()
        return self._authors[index - 1] if 0 < index <= len(self._authors) else None

    def _order_toggled(self, order: str, on: bool) -> None:
        if on:  # the button of the order chosen, not the one unchecked by it
            self._start(order, self._chosen_business())

    def choose_date_order(self, order: str) -> None:
        """Pick one of the candidate date orders (as the radio button does)."""
        self.order_buttons[order].setChecked(True)

    def _business_chosen(self) -> None:
        if self.summary is None and not self._authors:
            return
        if self.candidates and self._chosen_order() is None:
            return
        self._start(self._chosen_order(), self._chosen_business())

    def choose_business(self, index: int) -> None:
        """Pick the n-th author (by messages, from 0) as the business; -1 for nobody."""
        self.business_combo.setCurrentIndex(index + 1)

    def _fill_authors(self) -> None:
        from continuity_app.io.chat_export import pseudonymise
        from continuity_app.io.chat_export.secret import installation_key

        # the installation's secret, as the command line uses: the business name, once the
        # salt, is no secret
        key = installation_key() if self._authors and not self.keep_names.isChecked() else b""
        current = self.business_combo.currentIndex()
        with QSignalBlocker(self.business_combo):
            self.business_combo.clear()
            self.business_combo.addItem(self.tr("Nobody: count every message"))
            for author in self._authors:
                shown = author if self.keep_names.isChecked() else pseudonymise(author, key)
                count = self.summary.author_counts.get(author, 0) if self.summary else 0
                text = translate("ChatImportDialog", "%1 (%n message(s))", None, count)
                self.business_combo.addItem(text.replace("%1", shown))
            self.business_combo.setCurrentIndex(max(0, min(current, len(self._authors))))
        self.business_combo.setEnabled(bool(self._authors))

    # -- preview --------------------------------------------------------------------------

    def _show_summary(self) -> None:
        summary = self.summary
        for key, (_label, value) in self.values.items():
            value.setText("–")
            self.figures.setRowVisible(_label, summary is not None and key != "responses")
        if summary is None:
            self.outcome.setText("")
            self.chart_title.setText("")
            if self.chart is not None:
                self.chart.hide()
            self.apply_button.setEnabled(False)
            return
        from continuity_app.io.chat_export import to_function_inputs

        number = self.context.formatter().number
        formats = {
            "whatsapp-android": self.tr("WhatsApp (Android)"),
            "whatsapp-ios": self.tr("WhatsApp (iPhone)"),
            "telegram-json": self.tr("Telegram Desktop"),
            "signal-txt": self.tr("Signal"),
            "instagram-json": self.tr("Instagram Direct"),
            "messenger-json": self.tr("Messenger"),
            "messenger-e2ee-json": self.tr("Messenger (end-to-end encrypted chats)"),
            "instagram-or-messenger-json": self.tr(
                "Instagram or Messenger (the export does not say which)"
            ),
        }
        self.values["format"][1].setText(formats.get(summary.format, summary.format))
        self.values["order"][1].setText(
            self.tr("%1 (%2)")
            .replace("%1", order_name(summary.date_order))
            .replace("%2", order_reason(summary.date_order_basis))
        )
        self.values["messages"][1].setText(number(summary.messages))
        self.values["authors"][1].setText(number(summary.authors))
        if summary.first_message is not None and summary.last_message is not None:
            days = summary.active_days
            self.values["period"][1].setText(
                self.tr("%1 to %2 (%3)")
                .replace("%1", written_date(summary.first_message))
                .replace("%2", written_date(summary.last_message))
                .replace("%3", translate("ChatImportDialog", "%n day(s) with messages", None, days))
            )
        # a mean (14.8), not a count: the row label names the unit, so no plural is needed
        self.values["per_day"][1].setText(number(summary.messages_per_active_day, 1))
        inputs = to_function_inputs(summary)
        if summary.business is not None:
            self.figures.setRowVisible(self.values["responses"][0], True)
            if summary.response_time_median_minutes is not None:
                replies = summary.responses
                text = translate(
                    "ChatImportDialog",
                    "median %1, slowest tenth over %2 (%n response(s))",
                    None,
                    replies,
                )
                fmt = self.context.formatter()
                self.values["responses"][1].setText(
                    text.replace(
                        "%1", fmt.hours(summary.response_time_median_minutes / 60)
                    ).replace("%2", fmt.hours((summary.response_time_p90_minutes or 0) / 60))
                )
            else:
                self.values["responses"][1].setText(self.tr("none in this chat"))
            basis = self.tr("customer messages per day with messages")
        else:
            basis = self.tr(
                "all messages per day with messages; choose the business to count only customers"
            )
        daily = number(inputs["daily_interactions"], 1)
        self.outcome.setText(
            self.tr(
                "%1 will get <b>%2 daily interactions on %4</b> (%3), its other channels "
                "keeping theirs, and this hour-of-day profile."
            )
            .replace("%1", self._function_name())
            .replace("%2", daily)
            .replace("%3", basis)
            .replace("%4", channel_name(self.context.reference, self._channel()))
        )
        self._show_chart(inputs["hourly_profile"])
        self.apply_button.setEnabled(summary.messages > 0 and self.function() is not None)

    def _channel(self) -> str:
        """The channel the export measures: its app; when the export cannot tell Instagram
        from Messenger, the one the function already has (both run on Meta's infrastructure
        and fail alike)."""
        from continuity_app.io.chat_export.meta import channel_of

        function = self.function()
        known = channel_of(self.summary.format) if self.summary else None
        mix = function.channel_mix if function else {}
        return known or next((c for c in ("instagram", "messenger") if c in mix), "instagram")

    def _function_name(self) -> str:
        function = self.function()
        return function.name if function else ""

    def _show_chart(self, hourly: list[float]) -> None:
        from continuity_app.gui.chart_view import ChartView, chart_fonts
        from continuity_app.report.chart_style import chart_labels
        from continuity_app.report.charts import hourly_profile

        self.chart_title.setText(self.tr("Messages by hour of day"))
        figure = hourly_profile(
            hourly,
            chart_labels(),
            rtl=self.layoutDirection() == Qt.LayoutDirection.RightToLeft,
            size=(5.6, 1.8),
            font_family=chart_fonts(),
        )
        if self.chart is None:
            self.chart = ChartView(self, export_name="chat-hourly-profile")
            self.chart.setAccessibleName(self.tr("Messages by hour of day in the chat"))
            self.chart.setMinimumHeight(150)
            self.chart.setMaximumHeight(230)
            self.chart_box.addWidget(self.chart)
        self.chart.show()
        self.chart.show_figure(figure)  # type: ignore[attr-defined]

    # -- applying -------------------------------------------------------------------------

    def apply(self) -> None:
        """Set the function's daily interactions and profiles from the chat: one undo step."""
        from continuity_app.io.chat_export import to_function_inputs

        function = self.function()
        if self.summary is None or function is None:
            return
        inputs = to_function_inputs(self.summary)
        channel = self._channel()
        self.context.open_plan.apply(
            ApplyChatMeasurement(
                function.id,
                inputs["daily_interactions"],
                inputs["hourly_profile"],
                inputs["weekday_profile"],
                channel,
            )
        )
        self.accept()

    def done(self, result: int) -> None:
        self.wait(5_000)  # let a running analysis end before the dialog goes
        super().done(result)


def _wrappable(text: str, limit: int = 48) -> str:
    """Shorten words too long to wrap (byte dumps, long paths) so the dialog keeps its width."""
    return " ".join(w if len(w) <= limit else w[: limit - 1] + "…" for w in text.split(" "))


def _short(name: str, limit: int = 32) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"


def import_chat(context: AppContext, function: Function, parent: QWidget | None = None) -> bool:
    """Show the dialog for one function; True when the import was applied."""
    dialog = ChatImportDialog(context, function, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted
