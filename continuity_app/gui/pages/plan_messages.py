"""The Plan page's messages: the table of ready-to-send messages and the editor beside it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSignalBlocker,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from continuity_app.core.audiences import Audience
from continuity_app.core.display import channel_name
from continuity_app.core.i18n import number, speaking, translate
from continuity_app.core.message_templates import (
    AUDIENCES,
    message_channels,
    message_languages,
    suggested_message,
)
from continuity_app.core.plan import MessageTemplate, Plan
from continuity_app.core.plan_change import PlanChange
from continuity_app.core.plan_edits import AddMessage, RemoveMessage, SetMessageField
from continuity_app.core.reference import ReferenceData
from continuity_app.core.sms import sms_segments
from continuity_app.gui.formatting import PDI
from continuity_app.gui.models.reference_table import FSI
from continuity_app.gui.open_plan import OpenPlan
from continuity_app.gui.settings import DIGITS
from continuity_app.localization import language_for, language_name, written_in

Index = QModelIndex | QPersistentModelIndex

if TYPE_CHECKING:
    from continuity_app.gui.pages.base import Page as _PageBase
else:
    _PageBase = object


def isolated(text: str) -> str:
    """Text that keeps its own direction whatever the layout direction around it."""
    return f"{FSI}{text}{PDI}" if text else text


def plain_text_edit() -> QTextEdit:
    # A QTextEdit, not a QPlainTextEdit: it aligns each paragraph by its own direction, so an
    # Arabic message reads from the right even in a left-to-right window, and vice versa.
    edit = QTextEdit()
    edit.setAcceptRichText(False)
    edit.setTabChangesFocus(True)
    return edit


class MessagesModel(QAbstractTableModel):
    """The plan's message templates, one row each (read-only; edited beside the table)."""

    def __init__(
        self, open_plan: OpenPlan, reference: ReferenceData, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.open_plan = open_plan
        self.reference = reference
        self._ids = [message.id for message in open_plan.plan.details.messages]
        open_plan.planChanged.connect(self._plan_changed)
        open_plan.displayChanged.connect(self._plan_changed)

    def _plan_changed(self, plan: Plan, change: PlanChange | None = None) -> None:
        if change is not None and not change.touches("details"):
            return
        ids = [message.id for message in plan.details.messages]
        if ids != self._ids:
            self.beginResetModel()
            self._ids = ids
            self.endResetModel()
        elif ids:
            last = self.index(len(ids) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def message_at(self, row: int) -> MessageTemplate:
        return self.open_plan.plan.details.messages[row]

    def row_of(self, message_id: str) -> int:
        return self._ids.index(message_id)

    def audience_name(self, audience: str) -> str:
        names = {
            "customers": self.tr("Customers"),
            "staff": self.tr("Staff"),
            "suppliers": self.tr("Suppliers"),
        }
        return names.get(audience, audience)

    def channel_name(self, channel: str) -> str:
        return channel_name(self.reference, channel)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = [
            self.tr("Audience"),
            self.tr("Channel"),
            self.tr("Language"),
            self.tr("Message"),
            self.tr("SMS segments"),
        ]
        return titles[section] if 0 <= section < len(titles) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        message = self.message_at(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return self.audience_name(message.audience)
            if column == 1:
                return self.channel_name(message.channel)
            if column == 2:
                return language_name(message.language)
            if column == 3:
                return isolated(" ".join(message.text.split()))
            return number(sms_segments(message.text, self.reference).segments)
        if role == Qt.ItemDataRole.ToolTipRole and column == 3:
            return message.text
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 4:
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        return None


class MessagesTab(_PageBase):
    """The Plan page's Messages tab: a part of PlanPage (its texts are PlanPage's, for the
    translations), kept in its own module."""

    # what PlanPage gives the tab
    open_plan: OpenPlan
    reference: ReferenceData
    messages_model: MessagesModel
    _message_id: str | None

    if TYPE_CHECKING:

        def _update_buttons(self) -> None: ...

    def _build_messages_tab(self) -> QWidget:
        self.messages_view = QTableView()
        self.messages_view.setModel(self.messages_model)
        self.messages_view.setTabKeyNavigation(False)
        self.messages_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.messages_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.messages_view.setWordWrap(False)
        self.messages_view.verticalHeader().hide()
        header = self.messages_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.messages_view.selectionModel().currentRowChanged.connect(self._message_selected)

        self.add_message_button = QPushButton()
        self.remove_message_button = QPushButton()
        self.add_message_button.clicked.connect(self._add_message)
        self.remove_message_button.clicked.connect(self._remove_message)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_message_button)
        buttons.addWidget(self.remove_message_button)
        buttons.addStretch()

        self.audience_combo = QComboBox()
        self.channel_combo = QComboBox()
        self.language_combo = QComboBox()
        self.audience_combo.activated.connect(
            lambda: self._set_message("audience", self.audience_combo.currentData())
        )
        self.channel_combo.activated.connect(
            lambda: self._set_message("channel", self.channel_combo.currentData())
        )
        self.language_combo.activated.connect(
            lambda: self._set_message("language", self.language_combo.currentData())
        )
        self.audience_label = QLabel()
        self.channel_label = QLabel()
        self.language_label = QLabel()
        self.audience_label.setBuddy(self.audience_combo)
        self.channel_label.setBuddy(self.channel_combo)
        self.language_label.setBuddy(self.language_combo)
        pickers = QHBoxLayout()
        for label, combo in (
            (self.audience_label, self.audience_combo),
            (self.channel_label, self.channel_combo),
            (self.language_label, self.language_combo),
        ):
            pickers.addWidget(label)
            pickers.addWidget(combo, 1)

        self.text_label = QLabel()
        self.text_edit = plain_text_edit()
        self.text_label.setBuddy(self.text_edit)
        self.text_edit.textChanged.connect(
            lambda: self._set_message("text", self.text_edit.toPlainText())
        )
        self.sms_counter = QLabel()
        self.sms_counter.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.suggest_button = QPushButton()
        self.suggest_button.clicked.connect(self._use_suggestion)
        self.suggest_note = QLabel()
        self.suggest_note.setWordWrap(True)
        below_text = QHBoxLayout()
        below_text.addWidget(self.sms_counter, 1)
        below_text.addWidget(self.suggest_button)

        self.editor_box = QGroupBox()
        editor_layout = QVBoxLayout(self.editor_box)
        editor_layout.addLayout(pickers)
        editor_layout.addWidget(self.text_label)
        editor_layout.addWidget(self.text_edit, 1)
        editor_layout.addLayout(below_text)
        editor_layout.addWidget(self.suggest_note)

        self.messages_box = QGroupBox()
        messages_layout = QVBoxLayout(self.messages_box)
        messages_layout.addWidget(self.messages_view)
        messages_layout.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.messages_box)
        splitter.addWidget(self.editor_box)
        splitter.setChildrenCollapsible(False)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(splitter)
        QWidget.setTabOrder(self.messages_view, self.add_message_button)
        QWidget.setTabOrder(self.add_message_button, self.remove_message_button)
        QWidget.setTabOrder(self.remove_message_button, self.audience_combo)
        QWidget.setTabOrder(self.audience_combo, self.channel_combo)
        QWidget.setTabOrder(self.channel_combo, self.language_combo)
        QWidget.setTabOrder(self.language_combo, self.text_edit)
        QWidget.setTabOrder(self.text_edit, self.suggest_button)
        return tab

    def _fill_message_editor(self) -> None:
        plan = self.open_plan.plan
        message = self._current_message()
        self.editor_box.setEnabled(message is not None)
        audience = message.audience if message else "customers"
        channels = message_channels(plan, self.reference)
        languages = message_languages(plan, self.reference)
        with QSignalBlocker(self.audience_combo):
            self.audience_combo.clear()
            for choice in AUDIENCES:
                self.audience_combo.addItem(self.messages_model.audience_name(choice), choice)
            self.audience_combo.setCurrentIndex(AUDIENCES.index(audience))
        with QSignalBlocker(self.channel_combo):
            self.channel_combo.clear()
            for code in channels:
                self.channel_combo.addItem(self.messages_model.channel_name(code), code)
            self.channel_combo.setCurrentIndex(channels.index(message.channel) if message else -1)
        with QSignalBlocker(self.language_combo):
            self.language_combo.clear()
            for code in languages:
                self.language_combo.addItem(language_name(code), code)
            self.language_combo.setCurrentIndex(
                languages.index(message.language) if message else -1
            )
        self._show_suggestion_note(message)
        text = message.text if message else ""
        if self.text_edit.toPlainText() != text:
            with QSignalBlocker(self.text_edit):
                self.text_edit.setPlainText(text)
        self._update_counter(text)

    def _update_counter(self, text: str) -> None:
        count = sms_segments(text, self.reference)
        parts = [
            translate("PlanPage", "%n character(s)", None, count.characters),
            count.encoding,
            translate("PlanPage", "%n SMS segment(s)", None, count.segments),
            translate("PlanPage", "%n left in this segment", None, count.remaining_in_segment),
        ]
        self.sms_counter.setText(" · ".join(parts))
        self.sms_counter.setToolTip(
            translate(
                "PlanPage",
                "One SMS holds %1 characters in GSM-7 (Latin letters) or %2 in UCS-2 (Arabic, "
                "Hindi, emoji). Longer messages are split into parts of %3 or %4 and each part "
                "is charged.",
            )
            .replace("%1", number(self.reference.default("sms_segment_chars_gsm7")))
            .replace("%2", number(self.reference.default("sms_segment_chars_ucs2")))
            .replace(
                "%3",
                number(self.reference.default("sms_segment_chars_gsm7_multipart")),
            )
            .replace(
                "%4",
                number(self.reference.default("sms_segment_chars_ucs2_multipart")),
            )
        )

    def _current_message(self) -> MessageTemplate | None:
        messages = self.open_plan.plan.details.messages
        return next((m for m in messages if m.id == self._message_id), None)

    def _message_selected(self, current: QModelIndex) -> None:
        if current.isValid():
            self._message_id = self.messages_model.message_at(current.row()).id
            self._fill_message_editor()
            self._update_buttons()

    def _add_message(self) -> None:
        plan = self.open_plan.plan
        messages = list(plan.details.messages)
        covered = {message.audience for message in messages}
        audience: Audience = next((a for a in AUDIENCES if a not in covered), "customers")
        channel = message_channels(plan, self.reference)[0]
        language = message_languages(plan, self.reference)[0]
        edit = AddMessage(
            MessageTemplate(
                id=f"{audience}-{channel}-{language.lower()}",
                audience=audience,
                channel=channel,
                language=language,
                text=self._suggestion(audience, channel, language),
            )
        )
        self._message_id = edit.added(plan).id
        self.open_plan.apply(edit)
        self.text_edit.setFocus()

    def _suggestion(self, audience: str, channel: str, language: str) -> str:
        """The suggested message, written in its own language when the app speaks it."""
        digits = self.context.settings.get(DIGITS)
        with speaking(language_for(language, digits)):
            return suggested_message(audience, channel, self.open_plan.plan, self.reference)

    def _use_suggestion(self) -> None:
        message = self._current_message()
        if message is None:
            return
        text = self._suggestion(message.audience, message.channel, message.language)
        # its own undo step: typing afterwards must not merge into it
        self.open_plan.apply(SetMessageField(message.id, "text", text, suggested=True))
        self._fill_message_editor()

    def _show_suggestion_note(self, message: MessageTemplate | None) -> None:
        missing = message is not None and not written_in(message.language)
        self.suggest_note.setVisible(missing)
        if message is not None and missing:
            self.suggest_note.setText(
                translate(
                    "PlanPage",
                    "There is no suggested text in %1 yet: the suggestion is in English. "
                    "Translate it before you send it.",
                ).replace("%1", language_name(message.language))
            )

    def _remove_message(self) -> None:
        if self._message_id is not None:
            self.open_plan.apply(RemoveMessage(self._message_id))

    def _set_message(self, field: str, value: str) -> None:
        message = self._current_message()
        if message is None or value is None:
            return
        self.open_plan.apply(SetMessageField(message.id, field, value))
