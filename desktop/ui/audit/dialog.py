"""The audit log dialog: coordinators read who exported, erased, merged or read what.

Read-only and newest first. Typing in the filter box keeps only the rows whose texts contain
what was typed (any column, any case); "Export CSV" writes exactly the rows shown, with the
lists' CSV writer, and logs that export in the trail (the file names people). The trail is
read on the runner through ``privacy.audit_trail``, which refuses anyone but a coordinator,
and read again whenever an entry is written.

Keys: the filter has the focus; Enter or Tab moves into the table, Ctrl+E exports, Esc closes.
"""

from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.privacy import record_audit_export
from desktop.ui.audit.entries import AuditRow, read_audit_rows
from desktop.ui.audit.wording import audit_columns
from desktop.ui.context import DeskContext
from desktop.ui.errors import explain
from desktop.ui.feedback import show_feedback
from desktop.ui.lists.csv_export import write_list_csv
from desktop.ui.models.lazy_rows import LazyRowModel
from sync.schema import AuditEntry

COLUMN_GAP = 24


class AuditLogDialog(QDialog):
    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Audit log"))
        self.resize(1100, 560)
        intro = QLabel(self.tr("Exports, erasures, merges and reads of confidential notes, "
                               "newest first."), self)
        intro.setObjectName("muted")
        intro.setWordWrap(True)
        self.filter_field = QLineEdit(self)
        self.filter_field.setPlaceholderText(self.tr("A name, an action, a day (dd/mm/yyyy)…"))
        self.filter_field.setClearButtonEnabled(True)
        filter_label = QLabel(self.tr("&Filter:"), self)
        filter_label.setBuddy(self.filter_field)
        self.columns = audit_columns()
        self.model = LazyRowModel(self.columns, parent=self)
        self.shown = QSortFilterProxyModel(self)
        self.shown.setSourceModel(self.model)
        self.shown.setFilterKeyColumn(-1)
        self.shown.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.view = self._table()
        self.count_label = QLabel(self)
        self.count_label.setObjectName("muted")
        self.feedback = QLabel(self)
        self.feedback.setWordWrap(True)
        self.export_button = QPushButton(self.tr("&Export CSV… (Ctrl+E)"), self)
        self.export_button.setAutoDefault(False)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        close.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        search = QHBoxLayout()
        search.addWidget(filter_label)
        search.addWidget(self.filter_field, 1)
        footer = QHBoxLayout()
        footer.addWidget(self.count_label)
        footer.addWidget(self.feedback, 1)
        footer.addWidget(self.export_button)
        footer.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(search)
        layout.addWidget(self.view, 1)
        layout.addLayout(footer)
        self.filter_field.textChanged.connect(self._narrow)
        self.filter_field.returnPressed.connect(self.view.setFocus)
        self.export_button.clicked.connect(self.choose_export_file)
        QShortcut(QKeySequence("Ctrl+E"), self, self.choose_export_file)
        context.register_changed.connect(self._on_register_changed)
        self.filter_field.setFocus()
        self.reload()

    def _table(self) -> QTableView:
        view = QTableView(self)
        view.setModel(self.shown)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setTabKeyNavigation(False)
        view.setAlternatingRowColors(True)
        view.setShowGrid(False)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        return view

    # -- reading -------------------------------------------------------------------------------

    def reload(self) -> None:
        register, account_id = self.context.register, self.context.account_id
        self.context.runner.submit(lambda: read_audit_rows(register, account_id),
                                   self._show, self._failed)

    def _show(self, rows: list[AuditRow]) -> None:
        self.model.reset([row.id for row in rows], {row.id: row for row in rows})
        self._fit_columns()
        self._count()

    def _fit_columns(self) -> None:
        """Each column as wide as its longest text, plus room to tell one from the next."""
        self.view.resizeColumnsToContents()
        for column in range(len(self.columns) - 1):
            self.view.setColumnWidth(column, self.view.columnWidth(column) + COLUMN_GAP)

    def _on_register_changed(self, tables: frozenset) -> None:
        if AuditEntry.__tablename__ in tables:
            self.reload()

    def _narrow(self, text: str) -> None:
        self.shown.setFilterFixedString(text.strip())
        self._count()

    def _count(self) -> None:
        shown, total = self.shown.rowCount(), self.model.rowCount()
        self.count_label.setText(
            self.tr("%n row(s)", "", total) if shown == total
            else self.tr("%n of {total} row(s)", "", shown).format(total=total))

    def shown_rows(self) -> list[AuditRow]:
        """The rows the table shows now, in its order."""
        return [self.model.row_data(self.shown.mapToSource(self.shown.index(row, 0)).row())
                for row in range(self.shown.rowCount())]

    # -- export --------------------------------------------------------------------------------

    def choose_export_file(self) -> None:
        file_name = self.tr("audit-log")
        suggested = Path.home() / f"{file_name}.csv"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the audit log"), str(suggested), self.tr("CSV file (*.csv)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """Write the rows shown (filtered, in order) to ``path``, whole or not at all, then
        log the export."""
        columns, rows = self.columns, self.shown_rows()
        register, account_id = self.context.register, self.context.account_id

        def export() -> int:
            count = write_list_csv(path, columns, rows)
            record_audit_export(register, account_id, path, count)
            return count

        self.context.runner.submit(export, lambda count: self._exported(path, count),
                                   self._failed)

    def _exported(self, path: Path, count: int) -> None:
        self._say(self.tr("%n row(s) written to {path}.", "", count).format(path=path))

    def _say(self, text: str, problem: bool = False) -> None:
        show_feedback(self.feedback, text, problem)

    def _failed(self, error: BaseException) -> None:
        self._say(explain(error), problem=True)
