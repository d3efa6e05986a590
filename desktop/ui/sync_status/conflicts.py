"""Conflicts for coordinators: what two desks changed at once, and which version to keep.

Each row says in words what the record is, when the clash was found and which fields differ;
"Keep this version" keeps what the desk shows now, "Keep the other version" puts the losing
edit back (it then travels to every desk like any change).
"""

from datetime import datetime

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.wording import moment_in_words
from desktop.ui.context import DeskContext
from desktop.ui.errors import explain
from sync.client import ConflictView, dismiss_conflict, list_conflicts, restore_conflict
from sync.register import Register
from sync.schema import MODEL_BY_TABLE

_SKIPPED = frozenset({"id", "site", "hlc", "deleted", "synced_hlc", "server_seq"})


def differences(register: Register, conflict: ConflictView) -> tuple[str, list[str]]:
    """A short name for the record and the fields where the other version differs."""
    model = MODEL_BY_TABLE.get(conflict.table)
    with register.reading() as session:
        row = session.get(model, conflict.row_id) if model else None
        if row is None:
            return conflict.row_id, []
        name = " ".join(str(getattr(row, field)) for field in
                        ("family_name", "given_name", "title", "description", "display_name")
                        if getattr(row, field, None)) or conflict.row_id[:8]
        changed = []
        for field, other in conflict.loser_values.items():
            if field in _SKIPPED or not hasattr(row, field):
                continue
            current = getattr(row, field)
            shown = current.isoformat() if hasattr(current, "isoformat") else current
            if shown != other:
                changed.append(f"{field}: {_plain(shown)} → {_plain(other)}")
    return name, changed


def _plain(value) -> str:
    return "—" if value in (None, "") else str(value)


class ConflictsDialog(QDialog):
    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Conflicts to review"))
        self.resize(900, 460)
        intro = QLabel(self.tr("Two desks changed the same record before syncing. The version "
                               "shown now won by time; choose which one to keep."), self)
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Record"), self.tr("Found"),
                                              self.tr("What the other version says")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.empty = QLabel(self.tr("No conflicts: every desk agrees."), self)
        self.empty.setObjectName("muted")
        self.message = QLabel(self)
        self.message.setObjectName("problem")
        self.keep_this = QPushButton(self.tr("Keep &this version"), self)
        self.keep_other = QPushButton(self.tr("Keep the &other version"), self)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        actions = QHBoxLayout()
        actions.addWidget(self.keep_this)
        actions.addWidget(self.keep_other)
        actions.addStretch(1)
        actions.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.message)
        layout.addLayout(actions)
        self.keep_this.clicked.connect(lambda: self._resolve(dismiss_conflict))
        self.keep_other.clicked.connect(lambda: self._resolve(restore_conflict))
        context.register_changed.connect(lambda _tables: self.reload())
        self.reload()

    def reload(self) -> None:
        register = self.context.register
        self.conflicts = list_conflicts(register)
        self.table.setRowCount(len(self.conflicts))
        for row, conflict in enumerate(self.conflicts):
            name, changed = differences(register, conflict)
            when = moment_in_words(conflict.detected_at, datetime.now(), self.context.language)
            cells = (f"{self.table_label(conflict.table)}: {name}", when,
                     "\n".join(changed) or self.tr("the same values"))
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeRowsToContents()
        if self.conflicts:
            self.table.selectRow(0)
        self.empty.setVisible(not self.conflicts)
        for button in (self.keep_this, self.keep_other):
            button.setEnabled(bool(self.conflicts))

    def table_label(self, table: str) -> str:
        labels = {"people": self.tr("Person"), "accesses": self.tr("Access"),
                  "consultations": self.tr("Consultation"), "requests": self.tr("Request"),
                  "homes": self.tr("Home"), "stays": self.tr("Stay"),
                  "activities": self.tr("Activity"), "participations": self.tr("Participation")}
        return labels.get(table, table)

    def _resolve(self, resolution) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.conflicts):
            return
        register, conflict_id = self.context.register, self.conflicts[row].id
        account_id = self.context.account_id
        self.message.clear()
        self.context.runner.submit(lambda: resolution(register, conflict_id, account_id),
                                   lambda _result: self.reload(),
                                   lambda error: self.message.setText(explain(error)))
