"""The new / edit person form.

The codice fiscale is checked as it is typed (a tick, or the reason in words) and fills birth
date and sex. Before a new person is saved, likely duplicates are looked up and shown with
"Is this the person?": choosing one uses that record instead of making a second. Saving runs
on the runner; a refusal keeps the dialog open with everything typed.
"""

from datetime import date, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.receipts.notice import current_notice
from desktop.services.people import (
    PersonDraft,
    create_person,
    find_likely_duplicates,
    update_person,
)
from desktop.ui.context import DeskContext
from desktop.ui.errors import explain
from desktop.ui.people.person_text import display_name, short_date
from sync.tax_code import check_tax_code
from sync.vocabulary import municipalities

_DATE_FORMATS = ("%d/%m/%Y", "%d/%m/%y", "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y")


def parse_day(text: str) -> date | None:
    """A date as people type it here (12/11/1980, 12/11/80, 1980-11-12); None if not one."""
    for pattern in _DATE_FORMATS:
        try:
            return datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    return None


class PersonFormDialog(QDialog):
    saved = Signal(str, str)
    """(person id, display name) of the person saved, or of the existing one chosen."""

    def __init__(self, context: DeskContext, person=None, family_name: str = "",
                 given_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._person_id = person.id if person is not None else None
        self._derived_from_code: tuple[str, str] = ("", "")
        self.setWindowTitle(self.tr("Edit person") if person else self.tr("New person"))
        self.setMinimumWidth(560)
        self._build()
        if person is not None:
            self._fill(person)
        else:
            self.family_name.setText(family_name)
            self.given_name.setText(given_name)
        self.family_name.setFocus()

    # -- layout --------------------------------------------------------------------------------

    def _build(self) -> None:
        self.family_name = QLineEdit()
        self.given_name = QLineEdit()
        self.tax_code = QLineEdit()
        self.tax_code.setMaxLength(20)
        self.tax_code.setPlaceholderText(self.tr("optional"))
        self.tax_code.textChanged.connect(self._check_tax_code)
        self.tax_code_status = QLabel()
        self.tax_code_status.setObjectName("taxCodeStatus")
        self.tax_code_status.setWordWrap(True)
        self.birth_date = QLineEdit()
        self.birth_date.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.sex = QComboBox()
        for text, code in (("—", ""), (self.tr("female"), "F"), (self.tr("male"), "M")):
            self.sex.addItem(text, code)
        self.municipality = QComboBox()
        self.municipality.setEditable(True)
        self.municipality.addItems(["", *municipalities()])
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.consent = QCheckBox(self.tr(
            "Has read the privacy notice (version {version}) and agrees to the processing of "
            "their data").format(version=current_notice(self._context.language).version))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for caption, field in ((self.tr("&Surname"), self.family_name),
                               (self.tr("&Name"), self.given_name),
                               (self.tr("&Codice fiscale"), self.tax_code),
                               ("", self.tax_code_status),
                               (self.tr("&Birth date"), self.birth_date),
                               (self.tr("Se&x"), self.sex),
                               (self.tr("&Municipality"), self.municipality),
                               (self.tr("&Phone"), self.phone),
                               (self.tr("&E-mail"), self.email)):
            form.addRow(caption, field)
        form.addRow("", self.consent)

        self.duplicates_box = QWidget()
        self.duplicates_box.setObjectName("duplicates")
        self.duplicates_list = QListWidget()
        self.duplicates_list.setMaximumHeight(96)
        self.use_existing_button = QPushButton(self.tr("Yes, it is this person"))
        self.use_existing_button.clicked.connect(self._use_existing)
        self.save_anyway_button = QPushButton(self.tr("No, save a new person"))
        self.save_anyway_button.clicked.connect(lambda: self._save(check_duplicates=False))
        duplicates_layout = QVBoxLayout(self.duplicates_box)
        duplicates_layout.setContentsMargins(0, 0, 0, 0)
        duplicates_layout.addWidget(QLabel(self.tr(
            "<b>Is this the person?</b> Someone very similar is already in the register:")))
        duplicates_layout.addWidget(self.duplicates_list)
        duplicates_layout.addWidget(self.use_existing_button)
        duplicates_layout.addWidget(self.save_anyway_button)
        self.duplicates_box.hide()

        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b3261e;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.duplicates_box)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def _fill(self, person) -> None:
        self.family_name.setText(person.family_name or "")
        self.given_name.setText(person.given_name or "")
        self.tax_code.setText(person.tax_code or "")
        self.birth_date.setText(short_date(person.birth_date))
        self.sex.setCurrentIndex(max(0, self.sex.findData(person.sex or "")))
        self.municipality.setCurrentText(person.municipality or "")
        self.phone.setText(person.phone or "")
        self.email.setText(person.email or "")
        self.consent.setChecked(person.consent_date is not None)

    # -- the codice fiscale as it is typed -----------------------------------------------------

    def _check_tax_code(self, raw: str) -> None:
        ok = raw.strip() == ""
        if ok:
            self.tax_code_status.clear()
        else:
            check = check_tax_code(raw)
            ok = check.valid
            if check.valid:
                self._fill_from_code(check.birth_date, check.sex)
                self.tax_code_status.setText("✓ " + self.tr("valid codice fiscale"))
            else:
                self.tax_code_status.setText("✗ " + check.reason(self._context.language))
        self.tax_code_status.setStyleSheet("" if ok else "color: #b3261e;")

    def _fill_from_code(self, birth: date | None, sex: str | None) -> None:
        """Fill birth date and sex from the code, unless the volunteer typed something else."""
        birth_text, sex_code = short_date(birth), sex or ""
        previous_birth, previous_sex = self._derived_from_code
        if self.birth_date.text() in ("", previous_birth):
            self.birth_date.setText(birth_text)
        if self.sex.currentData() in ("", previous_sex):
            self.sex.setCurrentIndex(max(0, self.sex.findData(sex_code)))
        self._derived_from_code = (birth_text, sex_code)

    # -- saving --------------------------------------------------------------------------------

    def draft(self) -> PersonDraft:
        """What is typed, as a draft; a date that cannot be read is refused here."""
        birth_text = self.birth_date.text().strip()
        birth = parse_day(birth_text) if birth_text else None
        if birth_text and birth is None:
            raise ValueError(self.tr("The birth date is not a date: write it as 12/11/1980."))
        consent = self.consent.isChecked()
        return PersonDraft(
            given_name=self.given_name.text().strip() or None,
            family_name=self.family_name.text().strip() or None,
            tax_code=self.tax_code.text().strip() or None,
            birth_date=birth,
            sex=self.sex.currentData() or None,
            municipality=self.municipality.currentText().strip() or None,
            phone=self.phone.text().strip() or None,
            email=self.email.text().strip() or None,
            consent_date=date.today() if consent else None,
            consent_notice_version=(current_notice(self._context.language).version
                                    if consent else None),
        )

    def _save(self, check_duplicates: bool = True) -> None:
        try:
            draft = self.draft()
        except ValueError as error:
            self._show_problem(str(error))
            return
        register, account_id = self._context.register, self._context.account_id
        person_id = self._person_id
        self._set_busy(True)
        if check_duplicates and person_id is None:
            self._context.runner.submit(lambda: find_likely_duplicates(register, draft),
                                        lambda found: self._duplicates_checked(draft, found),
                                        self._failed)
        elif person_id is None:
            self._context.runner.submit(lambda: create_person(register, draft, account_id),
                                        lambda person: self._done(person, draft), self._failed)
        else:
            self._context.runner.submit(
                lambda: update_person(register, person_id, draft, account_id),
                lambda _person: self._done(person_id, draft), self._failed)

    def _duplicates_checked(self, draft: PersonDraft, found) -> None:
        if not found:
            self._save(check_duplicates=False)
            return
        self._set_busy(False)
        self.duplicates_list.clear()
        for person in found:
            text = "  ·  ".join(part for part in (
                display_name(person.family_name, person.given_name), person.tax_code or "",
                short_date(person.birth_date), person.municipality or "") if part)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, (person.id, display_name(
                person.family_name, person.given_name)))
            self.duplicates_list.addItem(item)
        self.duplicates_list.setCurrentRow(0)
        self.duplicates_box.show()
        self.use_existing_button.setFocus()

    def _use_existing(self) -> None:
        item = self.duplicates_list.currentItem()
        if item is not None:
            self.saved.emit(*item.data(Qt.ItemDataRole.UserRole))
            self.accept()

    def _done(self, person, draft: PersonDraft) -> None:
        self._set_busy(False)
        person_id = getattr(person, "id", person)
        self.saved.emit(person_id, display_name(draft.family_name, draft.given_name))
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self._show_problem(explain(error))

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)

    def _set_busy(self, busy: bool) -> None:
        self.buttons.setEnabled(not busy)
        if busy:
            self.problem.clear()
