"""The records behind one key number, from ``records_behind`` (the very filters that count
it), with a CSV export in the ``op-desk report --drill`` format."""

from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.context import DeskContext
from desktop.ui.errors import explain
from desktop.ui.models.lazy_rows import Column, LazyRowModel
from sync.files import write_whole
from sync.keynumbers.definitions import INDICATOR_BY_ID
from sync.keynumbers.drilldown import records_behind, render_records_csv


class DrillDownDialog(QDialog):
    loaded = Signal(int)
    """How many records are listed."""

    def __init__(self, context: DeskContext, indicator_id: str, start: date, end: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._records = []
        self._indicator_id = indicator_id
        indicator = INDICATOR_BY_ID[indicator_id]
        self.setWindowTitle(self.tr("Records behind the number"))
        self.resize(760, 520)
        title = QLabel(self.tr("<b>{label}</b>, {start} – {end}").format(
            label=indicator.label(context.language), start=f"{start:%d/%m/%Y}",
            end=f"{end:%d/%m/%Y}"))
        rule = QLabel(indicator.rule_it if context.language == "it" else indicator.rule_en)
        rule.setWordWrap(True)
        rule.setObjectName("muted")
        self.model = LazyRowModel((
            Column(self.tr("Date"), lambda record: record.date),
            Column(self.tr("Kind of record"), lambda record: record.table),
            Column(self.tr("Detail"), lambda record: record.detail),
            Column(self.tr("Id"), lambda record: record.id),
        ), parent=self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setShowGrid(False)
        self.view.setAlternatingRowColors(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = buttons.addButton(self.tr("Export CSV…"),
                                               QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(self.choose_export_file)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (title, rule, self.view, self.feedback, buttons):
            layout.addWidget(widget)
        layout.setStretchFactor(self.view, 1)
        register = context.register
        context.runner.submit(
            lambda: records_behind(register.engine, indicator_id, start, end, [register.site]),
            self._show, self._failed)

    def _show(self, records) -> None:
        self._records = records
        keys = [f"{number}" for number in range(len(records))]
        self.model.reset(keys, dict(zip(keys, records, strict=True)))
        self.feedback.setText(self.tr("%n record(s)", "", len(records)))
        self.loaded.emit(len(records))

    def choose_export_file(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the records"),
            str(Path.home() / f"{self._indicator_id}.csv"), self.tr("CSV file (*.csv)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        records = self._records
        self._context.runner.submit(
            lambda: write_whole(path, render_records_csv(records).encode("utf-8")),
            lambda _none: self.feedback.setText(self.tr("Written to {path}.").format(path=path)),
            self._failed)

    def _failed(self, error: BaseException) -> None:
        self.feedback.setText(explain(error))
