"""Functions from a spreadsheet, with a column mapping and preview; results out to CSV/XLSX."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from continuity_app.core.fields import fields
from continuity_app.core.i18n import translate
from continuity_app.core.plan import Function
from continuity_app.core.plan_edits import ImportFunctions
from continuity_app.gui.context import AppContext
from continuity_app.io.spreadsheets import (
    FIELDS,
    REQUIRED,
    ROW_INDEX,
    SpreadsheetError,
    TableProblems,
    export_functions_table,
    functions_from_table,
    read_functions_table,
)

PREVIEW_ROWS = 20


def field_labels() -> dict[str, str]:
    """The plan fields a column can fill, as the user reads them (the field registry's labels)."""
    return {entry.key: entry.title() for entry in fields("function")}


class SpreadsheetImportDialog(QDialog):
    """Pick a CSV/XLSX file, say which column is which, and add or replace the functions."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.path: Path | None = None
        self.frame: Any = None  # pandas DataFrame, all cells as text
        self.functions: list[Function] = []
        self.problems: list[Any] = []

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.file_label = QLabel(self)
        self.file_edit = QLineEdit(self)
        self.file_edit.setReadOnly(True)
        self.browse_button = QPushButton(self)
        self.browse_button.clicked.connect(self.choose_file)
        self.file_label.setBuddy(self.browse_button)
        # the plan's functions as a table to edit in a spreadsheet and import back
        self.template_button = QPushButton(self)
        self.template_button.clicked.connect(self.save_functions)

        self.mapping_box = QGroupBox(self)
        self.mapping_form = QFormLayout(self.mapping_box)
        self.combos: dict[str, QComboBox] = {}
        self.combo_labels: dict[str, QLabel] = {}
        for field in FIELDS:
            combo = QComboBox(self.mapping_box)
            combo.setMinimumContentsLength(12)  # a column's title, not cut to a few letters
            combo.currentIndexChanged.connect(lambda _i: self._validate())
            label = QLabel(self.mapping_box)
            label.setBuddy(combo)
            self.combos[field] = combo
            self.combo_labels[field] = label
            self.mapping_form.addRow(label, combo)

        self.preview_label = QLabel(self)
        self.preview = QTableWidget(self)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setAlternatingRowColors(True)
        self.preview_label.setBuddy(self.preview)
        self.problems_label = QLabel(self)
        self.problems_list = QListWidget(self)
        self.problems_list.setMaximumHeight(110)
        self.problems_label.setBuddy(self.problems_list)

        self.replace_radio = QRadioButton(self)
        self.append_radio = QRadioButton(self)
        self.append_radio.setChecked(True)
        self.replace_radio.toggled.connect(lambda _on: self._validate())
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)

        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label)
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        file_row.addWidget(self.template_button)
        right = QVBoxLayout()
        right.addWidget(self.preview_label)
        right.addWidget(self.preview, 1)
        right.addWidget(self.problems_label)
        right.addWidget(self.problems_list)
        # a column for each field and each channel of the mix: taller than a small screen
        self.mapping_scroll = QScrollArea(self)
        self.mapping_scroll.setWidget(self.mapping_box)
        self.mapping_scroll.setWidgetResizable(True)
        self.mapping_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        middle = QHBoxLayout()
        middle.addWidget(self.mapping_scroll)
        middle.addLayout(right, 1)
        mode_row = QHBoxLayout()
        mode_row.addWidget(self.append_radio)
        mode_row.addWidget(self.replace_radio)
        mode_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(file_row)
        layout.addLayout(middle, 1)
        layout.addLayout(mode_row)
        layout.addWidget(self.buttons)
        self.resize(900, 600)
        self.retranslate()
        self._fill_combos({})

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import functions from a spreadsheet"))
        self.intro.setText(
            self.tr(
                "A CSV or Excel table with one row per function. Say which column holds each "
                "value; the titles are guessed. Shares may be 0.8 or 80 %, uncertain values "
                "low – likely – high."
            )
        )
        self.file_label.setText(self.tr("Table:"))
        self.file_edit.setPlaceholderText(self.tr("No file chosen"))
        self.file_edit.setAccessibleName(self.tr("Chosen table"))
        self.browse_button.setText(self.tr("&Choose file…"))
        self.browse_button.setAccessibleName(self.tr("Choose a CSV or Excel file"))
        self.template_button.setText(self.tr("&Save the plan's functions as a table…"))
        self.template_button.setToolTip(
            self.tr(
                "Write the plan's functions to a CSV or Excel file in the columns this dialog "
                "reads, to edit them in a spreadsheet and import them back."
            )
        )
        self.mapping_box.setTitle(self.tr("Columns"))
        labels = field_labels()
        for field, label in self.combo_labels.items():
            text = labels[field] + (" *" if field in REQUIRED else "")
            label.setText(text + ":")
            self.combos[field].setAccessibleName(
                self.tr("Column for %1").replace("%1", labels[field])
            )
        # the form's width, once its labels are worded: no title cut short, no sideways scroll
        bar = self.mapping_scroll.verticalScrollBar().sizeHint().width()
        self.mapping_scroll.setMinimumWidth(self.mapping_box.sizeHint().width() + bar + 4)
        self.preview_label.setText(self.tr("&First rows:"))
        self.preview.setAccessibleName(self.tr("First rows of the table"))
        self.problems_label.setText(self.tr("&Problems:"))
        self.problems_list.setAccessibleName(self.tr("Problems in the table"))
        self.append_radio.setText(self.tr("&Add to the plan's functions"))
        self.replace_radio.setText(self.tr("&Replace the plan's functions"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._update_button()

    # -- file and mapping -----------------------------------------------------------------

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a functions table"),
            str(self.path.parent if self.path else Path.home()),
            self.tr("Tables (*.csv *.xlsx);;All files (*)"),
        )
        if name:
            self.load(Path(name))

    def save_functions(self) -> bool:
        """Ask where, then write the plan's functions as a table this dialog reads back."""
        open_plan = self.context.open_plan
        stem = open_plan.path.stem if open_plan.path else "plan"
        name, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the plan's functions as a table"),
            str(Path.home() / f"{stem}-functions.xlsx"),
            self.tr("Excel workbook (*.xlsx);;CSV table (*.csv)"),
        )
        if not name:
            return False
        path = Path(name)
        if path.suffix.lower() not in (".csv", ".xlsx"):
            path = path.with_suffix(".csv" if "csv" in chosen.lower() else ".xlsx")
        return self.write_functions(path)

    def write_functions(self, path: Path) -> bool:
        """Write the plan's functions to ``path``; False (and the reason shown) if it fails."""
        try:
            export_functions_table(path, self.context.open_plan.plan.functions)
        except SpreadsheetError as error:
            QMessageBox.critical(self, self.tr("Cannot save the table"), str(error))
            return False
        return True

    def load(self, path: Path) -> bool:
        """Read a table and guess the mapping; False (and the reason shown) if unreadable."""
        self.path = path
        self.file_edit.setText(str(path))
        self.file_edit.setCursorPosition(len(str(path)))
        try:
            frame, guessed = read_functions_table(path)
        except SpreadsheetError as error:  # the refusal says what is wrong and the way out
            self.frame = None
            self.functions = []
            self._fill_combos({})
            self._show_preview()
            self._show_problems([str(error)])
            self._update_button()
            return False
        self.frame = frame
        self._fill_combos(guessed)
        self._show_preview()
        self._validate()
        return True

    def _fill_combos(self, guessed: dict[str, str]) -> None:
        columns = list(self.frame.columns) if self.frame is not None else []
        for field, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(not used)"), None)
            for column in columns:
                combo.addItem(column, column)
            combo.setCurrentIndex(max(combo.findData(guessed.get(field)), 0))
            combo.setEnabled(bool(columns))
            combo.blockSignals(False)

    def mapping(self) -> dict[str, str]:
        return {f: c.currentData() for f, c in self.combos.items() if c.currentData()}

    def set_column(self, field: str, column: str | None) -> None:
        """Map a field to a column by its title (None: not used)."""
        combo = self.combos[field]
        combo.setCurrentIndex(max(combo.findData(column), 0))

    def _show_preview(self) -> None:
        frame = self.frame
        self.preview.clear()
        if frame is None:
            self.preview.setRowCount(0)
            self.preview.setColumnCount(0)
            return
        head = frame.head(PREVIEW_ROWS)
        self.preview.setColumnCount(len(frame.columns))
        self.preview.setRowCount(len(head))
        self.preview.setHorizontalHeaderLabels([str(c) for c in frame.columns])
        # the rows' numbers in the file, so "row 7" in a problem is the row the user sees
        self.preview.setVerticalHeaderLabels([str(n) for n in self._row_numbers()[: len(head)]])
        for r, row in enumerate(head.itertuples(index=False)):
            for c, value in enumerate(row):
                # isolated, so "40 – 60 – 90" keeps its order in right-to-left layouts
                item = QTableWidgetItem(f"\u2068{value}\u2069")
                item.setData(Qt.ItemDataRole.UserRole, str(value))
                self.preview.setItem(r, c, item)
        self.preview.resizeColumnsToContents()

    def _row_numbers(self) -> list[int]:
        """Each table row's number in the file (the title row is 1)."""
        if self.frame is None:
            return []
        if self.frame.index.name == ROW_INDEX:
            return [int(n) for n in self.frame.index]
        return list(range(2, len(self.frame) + 2))

    def _validate(self) -> None:
        self.functions = []
        if self.frame is None:
            self._update_button()
            return
        plan = self.context.open_plan.plan
        existing = () if self.replace_radio.isChecked() else [f.id for f in plan.functions]
        try:
            self.functions = functions_from_table(self.frame, self.mapping(), existing_ids=existing)
        except TableProblems as error:
            self._show_problems([self._problem_text(p) for p in error.problems], error.problems)
        else:
            self._show_problems([])
        self._update_button()

    def _problem_text(self, problem: Any) -> str:
        if problem.column:
            return (
                self.tr("Row %1, column “%2”: %3")
                .replace("%1", str(problem.row))
                .replace("%2", problem.column)
                .replace("%3", problem.message)
            )
        return self.tr("Row %1: %2").replace("%1", str(problem.row)).replace("%2", problem.message)

    def _show_problems(self, texts: list[str], problems: list[Any] | None = None) -> None:
        self.problems = texts
        self.problems_list.clear()
        self.problems_list.addItems(texts)
        self.problems_label.setVisible(bool(texts))
        self.problems_list.setVisible(bool(texts))
        bad = QColor("#f8d7da")
        positions = {number: index for index, number in enumerate(self._row_numbers())}
        for problem in problems or []:
            row = positions.get(problem.row, -1)
            if 0 <= row < self.preview.rowCount():
                for c in range(self.preview.columnCount()):
                    item = self.preview.item(row, c)
                    if item is not None and (
                        problem.column is None or self.frame.columns[c] == problem.column
                    ):
                        item.setBackground(bad)
                        item.setToolTip(problem.message)

    def _update_button(self) -> None:
        count = len(self.functions)
        self.import_button.setEnabled(count > 0 and not self.problems)
        self.import_button.setText(
            translate("SpreadsheetImportDialog", "&Import %n function(s)", None, count)
        )

    # -- applying -------------------------------------------------------------------------

    def apply(self) -> None:
        """Add or replace the functions: one undoable step."""
        self._validate()
        if not self.functions or self.problems:
            return
        name = self.path.name if self.path else ""
        replace = self.replace_radio.isChecked()
        self.context.open_plan.apply(ImportFunctions(self.functions, name, replace=replace))
        self.accept()


def import_functions(context: AppContext, parent: QWidget | None = None) -> bool:
    """File › Import functions from spreadsheet…; True when functions were added or replaced."""
    dialog = SpreadsheetImportDialog(context, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted


def export_results_to(context: AppContext, path: Path) -> None:
    """Write the current results (waiting for the simulation if it is running)."""
    from continuity_app.io.results_export import export_results

    results = context.engine.current_results()
    if results is None:
        raise SpreadsheetError(
            translate(
                "SpreadsheetDialog",
                "The plan has no results to export yet.",
            )
        )
    export_results(
        path,
        results.evaluation,
        results.monte_carlo,
        results.recommendations,
        context.open_plan.plan,
    )


def export_results_dialog(context: AppContext, parent: QWidget | None = None) -> bool:
    """File › Export results…: ask where, then write CSV or XLSX."""
    open_plan = context.open_plan
    stem = open_plan.path.stem if open_plan.path else "results"
    name, chosen = QFileDialog.getSaveFileName(
        parent,
        translate("SpreadsheetDialog", "Export results"),
        str(Path.home() / f"{stem}-results.xlsx"),
        translate(
            "SpreadsheetDialog",
            "Excel workbook (*.xlsx);;CSV table (*.csv)",
        ),
    )
    if not name:
        return False
    path = Path(name)
    if path.suffix.lower() not in (".csv", ".xlsx"):
        path = path.with_suffix(".csv" if "csv" in chosen.lower() else ".xlsx")
    try:
        export_results_to(context, path)
    except SpreadsheetError as error:
        QMessageBox.critical(parent, translate("SpreadsheetDialog", "Cannot export"), str(error))
        return False
    return True
