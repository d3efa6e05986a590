"""The person card: everything about one person, with edit, merge (undoable), export and
consent per purpose.

The card reads through ``person_file`` on the runner and reloads itself when the register
changes; writes (merge, undo, export, consents) run on the runner too and report in one
line.
"""

from pathlib import Path
from types import SimpleNamespace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services.merging import merge_people, undo_merge
from desktop.services.person_file import export_person_data, person_file
from desktop.ui.consultations.dialog import ConsultationDialog
from desktop.ui.context import DeskContext
from desktop.ui.errors import explain
from desktop.ui.models.lazy_rows import LazyRowModel
from desktop.ui.people.card_sections import card_sections
from desktop.ui.people.consents import ConsentsSection
from desktop.ui.people.merge_dialog import MergeDialog
from desktop.ui.people.person_form import PersonFormDialog
from desktop.ui.people.person_text import display_name, short_date
from desktop.ui.requests.dialogs import OpenRequestDialog

_RELOADED_BY = frozenset({"people", "accesses", "consultations", "requests", "stays",
                          "participations"})


class PersonCard(QWidget):
    loaded = Signal(str)
    """The id of the person now shown, once their file is on screen."""
    merged = Signal(str)
    """The merge id, once a duplicate was merged into this person."""
    merge_undone = Signal()
    exported = Signal(str)

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._person_id: str | None = None
        self._file = None
        self._last_merge: str | None = None
        self._build()
        self._show_nobody()
        context.register_changed.connect(self._on_register_changed)

    # -- layout --------------------------------------------------------------------------------

    def _build(self) -> None:
        self.name = QLabel()
        self.name.setObjectName("personName")
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit_button = QPushButton(self.tr("Edit (Ctrl+E)"))
        self.edit_button.clicked.connect(self.edit)
        self.merge_button = QPushButton(self.tr("Merge a duplicate… (Ctrl+M)"))
        self.merge_button.clicked.connect(self.choose_duplicate)
        self.export_button = QPushButton(self.tr("Export their data… (Ctrl+S)"))
        self.export_button.setToolTip(self.tr(
            "Everything about this person in one file (art. 15 GDPR); operators and "
            "coordinators only"))
        self.export_button.clicked.connect(self.choose_export_file)
        self.consultation_button = QPushButton(self.tr("New consultation (Ctrl+K)"))
        self.consultation_button.clicked.connect(lambda: self._open_casework(ConsultationDialog))
        self.request_button = QPushButton(self.tr("Open a request (Ctrl+R)"))
        self.request_button.clicked.connect(lambda: self._open_casework(OpenRequestDialog))
        actions = QHBoxLayout()
        for button in (self.edit_button, self.merge_button, self.export_button,
                       self.consultation_button, self.request_button):
            actions.addWidget(button)
        actions.addStretch(1)
        for sequence, slot in (("Ctrl+E", self.edit), ("Ctrl+M", self.choose_duplicate),
                               ("Ctrl+S", self.choose_export_file),
                               ("Ctrl+K", lambda: self._open_casework(ConsultationDialog)),
                               ("Ctrl+R", lambda: self._open_casework(OpenRequestDialog))):
            QShortcut(QKeySequence(sequence), self, slot,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        self.undo_banner = QWidget()
        self.undo_banner.setObjectName("undoBanner")
        self.undo_text = QLabel()
        self.undo_button = QPushButton(self.tr("Undo the merge"))
        self.undo_button.clicked.connect(self.undo_last_merge)
        banner = QHBoxLayout(self.undo_banner)
        banner.setContentsMargins(8, 4, 8, 4)
        banner.addWidget(self.undo_text, 1)
        banner.addWidget(self.undo_button)
        self.undo_banner.hide()
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)

        self.tabs = QTabWidget()
        self._sections: dict[str, LazyRowModel] = {}
        self._titles: dict[str, str] = {}
        for key, title, columns in card_sections(self._context.language):
            model = LazyRowModel(columns, parent=self)
            view = QTableView()
            view.setModel(model)
            view.verticalHeader().hide()
            view.setShowGrid(False)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            view.horizontalHeader().setDefaultAlignment(
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            self.tabs.addTab(view, title)
            self._sections[key] = model
            self._titles[key] = title
        self.consents = ConsentsSection(self._context)
        self.consents.said.connect(self._say)
        self.consents.failed.connect(self._failed)
        self.tabs.addTab(self.consents, self.tr("Consents"))

        header = QGridLayout()
        header.addWidget(self.name, 0, 0)
        header.addWidget(self.details, 1, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addLayout(actions)
        layout.addWidget(self.undo_banner)
        layout.addWidget(self.feedback)
        layout.addWidget(self.tabs, 1)
        self.setStyleSheet(
            "QLabel#personName { font-size: 16pt; font-weight: bold; }"
            " QWidget#undoBanner { background: palette(alternate-base);"
            " border: 1px solid palette(highlight); border-radius: 4px; }")

    # -- showing -------------------------------------------------------------------------------

    def person_id(self) -> str | None:
        return self._person_id

    def show_person(self, person_id: str | None) -> None:
        if person_id != self._person_id:
            self.undo_banner.hide()
            self.feedback.clear()
        self._person_id = person_id
        if person_id is None:
            self._show_nobody()
            self.consents.show_person(None)
            return
        register = self._context.register
        self._context.runner.submit(lambda: person_file(register, person_id),
                                    lambda file: self._fill(person_id, file), self._failed)

    def section(self, key: str) -> LazyRowModel:
        return self._sections[key]

    def _on_register_changed(self, tables: frozenset) -> None:
        if self._person_id and tables & _RELOADED_BY:
            self.show_person(self._person_id)

    def _show_nobody(self) -> None:
        self._file = None
        self.name.setText(self.tr("Choose a person from the list"))
        self.details.clear()
        for button in (self.edit_button, self.merge_button, self.export_button,
                       self.consultation_button, self.request_button):
            button.setEnabled(False)
        for model in self._sections.values():
            model.reset([])

    def _fill(self, person_id: str, file) -> None:
        if person_id != self._person_id:
            return  # another person was chosen meanwhile
        self._file = file
        person = file.person
        self.name.setText(display_name(person["family_name"], person["given_name"]))
        self.details.setText(self._details_text(person))
        for button in (self.edit_button, self.consultation_button, self.request_button):
            button.setEnabled(True)
        self.merge_button.setEnabled(self._context.account is not None)
        self.consents.show_person(person_id, display_name(person["family_name"],
                                                          person["given_name"]))
        self.export_button.setEnabled(self._context.role_at_least("operator"))
        for index, (key, model) in enumerate(self._sections.items()):
            rows = getattr(file, key)
            model.reset([row["id"] for row in rows], {row["id"]: row for row in rows})
            self.tabs.setTabText(index, f"{self._titles[key]} ({len(rows)})")
        self.loaded.emit(person_id)

    def _details_text(self, person: dict) -> str:
        sex = {"F": self.tr("female"), "M": self.tr("male")}.get(person["sex"] or "", "")
        born = (self.tr("born {date}").format(date=short_date(person["birth_date"]))
                if person["birth_date"] else "")
        lines = [
            " · ".join(part for part in (person["tax_code"], born, sex, person["municipality"])
                       if part),
            " · ".join(part for part in (person["phone"], person["email"]) if part),
            (self.tr("Consent given on {date} (privacy notice {version})").format(
                date=short_date(person["consent_date"]),
                version=person["consent_notice_version"] or "—")
             if person["consent_date"] else self.tr("Consent not recorded")),
        ]
        return "\n".join(line for line in lines if line)

    # -- actions -------------------------------------------------------------------------------

    def edit(self) -> None:
        if self._file is None:
            return
        dialog = PersonFormDialog(self._context, person=SimpleNamespace(**self._file.person),
                                  parent=self)
        dialog.saved.connect(lambda _id, who: self._say(
            self.tr("{who} saved.").format(who=who)))
        dialog.open()

    def _open_casework(self, dialog_class) -> None:
        """A consultation or a request for the person on the card (the person is fixed)."""
        if self._file is None:
            return
        person = self._file.person
        dialog_class(self._context, person_id=self._person_id, parent=self,
                     person_name=display_name(person["family_name"], person["given_name"])).open()

    def choose_duplicate(self) -> None:
        if self._file is None or self._context.account is None:
            return
        person = self._file.person
        dialog = MergeDialog(self._context, self._person_id,
                             display_name(person["family_name"], person["given_name"]), self)
        dialog.chosen.connect(self.merge_duplicate)
        dialog.open()

    def merge_duplicate(self, drop_id: str, drop_name: str) -> None:
        register, keep_id = self._context.register, self._person_id
        account_id = self._context.account_id
        self._context.runner.submit(
            lambda: merge_people(register, keep_id, drop_id, account_id),
            lambda merge_id: self._merged(merge_id, drop_name), self._failed)

    def _merged(self, merge_id: str, drop_name: str) -> None:
        self._last_merge = merge_id
        self.undo_text.setText(self.tr("{name} was merged into this record.").format(
            name=drop_name))
        self.undo_banner.show()
        self.feedback.clear()
        self.merged.emit(merge_id)

    def undo_last_merge(self) -> None:
        if self._last_merge is None:
            return
        register, merge_id = self._context.register, self._last_merge
        account_id = self._context.account_id
        self._context.runner.submit(lambda: undo_merge(register, merge_id, account_id),
                                    lambda _none: self._merge_undone(), self._failed)

    def _merge_undone(self) -> None:
        self._last_merge = None
        self.undo_banner.hide()
        self._say(self.tr("The merge was undone: the two records are separate again."))
        self.merge_undone.emit()

    def choose_export_file(self) -> None:
        if self._file is None or not self._context.role_at_least("operator"):
            return
        person = self._file.person
        suggested = "_".join(part for part in ("dati", person["family_name"],
                                               person["given_name"]) if part) + ".json"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the person's data"), str(Path.home() / suggested),
            self.tr("JSON file (*.json)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        register, person_id = self._context.register, self._person_id
        account_id = self._context.account_id
        self._context.runner.submit(
            lambda: export_person_data(register, person_id, path, account_id),
            lambda written: self._exported(str(written)), self._failed)

    def _exported(self, path: str) -> None:
        self._say(self.tr("All the data of this person is in {path}.").format(path=path))
        self.exported.emit(path)

    def _say(self, text: str) -> None:
        self.feedback.setStyleSheet("")
        self.feedback.setText(text)

    def _failed(self, error: BaseException) -> None:
        self.feedback.setStyleSheet("color: #b3261e;")
        self.feedback.setText(explain(error))
