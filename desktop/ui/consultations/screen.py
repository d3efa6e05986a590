"""Consulenze: this desk's consultations by theme, operator and period; recording new ones;
reading the notes of one (operators and coordinators only, every read audit-logged).

Keys: F2 records a consultation, Enter on a row (or Ctrl+N) shows its notes, Ctrl+E exports
the list as shown.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.consultations import consultation_notes
from desktop.ui.consultations.dialog import ConsultationDialog
from desktop.ui.consultations.listing import NEWEST_FIRST, consultations_source, operators
from desktop.ui.context import DeskContext
from desktop.ui.errors import explain
from desktop.ui.lists import periods
from desktop.ui.lists.filter_bar import ChoiceFilter, PeriodFilter
from desktop.ui.lists.panel import ListPanel
from desktop.ui.lists.source import SortableColumn
from desktop.ui.people.person_text import display_name, short_date
from sync.vocabulary import THEMES, label


class ConsultationsScreen(QWidget):
    notes_shown = Signal(str)
    """The id of the consultation whose notes are now on screen."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        language = context.language
        register = context.register
        self.new_button = QPushButton(self.tr("F2  New consultation"))
        self.new_button.setObjectName("primary")
        self.new_button.clicked.connect(self.open_new_consultation)
        self.list = ListPanel(context, consultations_source(register), (
            SortableColumn(self.tr("When"), lambda row: f"{row.occurred_at:%d/%m/%Y %H:%M}",
                           "when"),
            SortableColumn(self.tr("Person"), self._person_text, "person"),
            SortableColumn(self.tr("Theme"), lambda row: label(THEMES, row.theme, language),
                           "theme"),
            SortableColumn(self.tr("Operator"), lambda row: row.operator_name or "", "operator"),
            SortableColumn(self.tr("Minutes"), lambda row: str(row.duration_minutes or ""),
                           "minutes"),
            SortableColumn(self.tr("Follow up on"), lambda row: short_date(row.follow_up_on),
                           "follow_up"),
            SortableColumn(self.tr("Notes"), lambda row: self.tr("yes") if row.has_notes
                           else ""),
        ), (
            ChoiceFilter("theme", self.tr("&Theme:"), self.tr("all themes"),
                         [(term.code, term.label(language)) for term in THEMES]),
            ChoiceFilter("operator", self.tr("&Operator:"), self.tr("everyone"),
                         operators(register)),
            PeriodFilter("period", self.tr("&Period:"), periods.this_year),
        ), NEWEST_FIRST, "consulenze")
        header = self.list.view.horizontalHeader()
        for column, width in enumerate((150, 230, 110, 170, 80, 130)):
            header.resizeSection(column, width)
        self.list.activated.connect(lambda _id: self.show_notes())
        self.list.current_changed.connect(self._chosen)

        self.chosen_label = QLabel()
        self.notes_button = QPushButton(self.tr("Show notes (Ctrl+N)"))
        self.notes_button.clicked.connect(self.show_notes)
        self.notes = QPlainTextEdit()
        self.notes.setReadOnly(True)
        self.notes.setFixedHeight(80)
        self.notes.hide()
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        for sequence, slot in (("F2", self.open_new_consultation), ("Ctrl+N", self.show_notes)):
            QShortcut(QKeySequence(sequence), self, slot,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        top = QHBoxLayout()
        heading = QLabel(self.tr("Individual consultations at this desk"))
        heading.setObjectName("heading")
        top.addWidget(heading, 1)
        top.addWidget(self.new_button)
        notes_row = QHBoxLayout()
        notes_row.addWidget(self.chosen_label, 1)
        notes_row.addWidget(self.notes_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addLayout(notes_row)
        layout.addWidget(self.notes)
        layout.addWidget(self.feedback)
        self.setFocusProxy(self.list.view)
        context.account_changed.connect(lambda _account: self._chosen(self.list.current_id()))
        self._chosen(None)
        self.list.reload()

    def _person_text(self, row) -> str:
        if row.person_id is None:
            return self.tr("anonymous")
        return display_name(row.family_name, row.given_name)

    def _chosen(self, consultation_id: str | None) -> None:
        self.notes.hide()
        self.notes.clear()
        self.feedback.clear()
        row = self.list.current_row() if consultation_id else None
        allowed = self._context.role_at_least("operator")
        self.notes_button.setEnabled(row is not None and row.has_notes and allowed)
        self.notes_button.setToolTip("" if allowed else self.tr(
            "Notes are for operators and coordinators only"))
        if row is None:
            self.chosen_label.setText(self.tr("Choose a consultation to see its notes."))
            return
        self.chosen_label.setText(self.tr("{when} · {who} · {theme}").format(
            when=f"{row.occurred_at:%d/%m/%Y %H:%M}", who=self._person_text(row),
            theme=label(THEMES, row.theme, self._context.language)) + (
                "" if row.has_notes else " · " + self.tr("no notes")))

    def show_notes(self) -> None:
        """The chosen consultation's notes; the service refuses volunteers (and says so)."""
        consultation_id = self.list.current_id()
        if consultation_id is None:
            return
        register, account = self._context.register, self._context.account
        if account is None:
            return
        self._context.runner.submit(
            lambda: consultation_notes(register, consultation_id, account),
            lambda text: self._notes_read(consultation_id, text), self._refused)

    def _notes_read(self, consultation_id: str, text: str) -> None:
        if consultation_id != self.list.current_id():
            return  # another consultation was chosen meanwhile
        self.feedback.clear()
        self.notes.setPlainText(text or self.tr("(no notes)"))
        self.notes.show()
        self.notes_shown.emit(consultation_id)

    def _refused(self, error: BaseException) -> None:
        self.notes.hide()
        self.notes.clear()
        self.feedback.setStyleSheet("color: #a12c2c;")
        self.feedback.setText(explain(error))

    def open_new_consultation(self) -> ConsultationDialog:
        dialog = ConsultationDialog(self._context, parent=self)
        dialog.open()
        return dialog
