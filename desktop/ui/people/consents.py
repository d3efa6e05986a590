"""The card's consents: one line per purpose of the privacy notice, with its state in words
and a button to record the consent or to withdraw it.

Withdrawing asks first and is recorded, not erased: the row keeps what the person agreed to
and when, with the day they took it back. Writes go through the privacy services on the
runner; the section reloads itself when the register announces new consents.
"""



from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.receipts.notice import current_notice
from desktop.services.privacy import (
    ConsentState,
    consent_states,
    record_consent,
    withdraw_consent,
)
from desktop.ui.context import DeskContext
from desktop.ui.forms.confirmation import ask_before
from desktop.ui.people.person_text import short_date
from sync.errors import InvalidInput
from sync.gdpr import consents


def purpose_title(purpose: str) -> str:
    """The purpose as volunteers say it, with the mnemonic of its row."""
    translate = QCoreApplication.translate  # lupdate reads translate("ConsentsSection", "...")
    titles = {
        "registro": translate("ConsentsSection", "&Visits to the desk"),
        "ricontatto": translate("ConsentsSection", "&Being contacted again"),
        "attivita": translate("ConsentsSection", "&Group activities"),
        "statistiche": translate("ConsentsSection", "&Statistics"),
    }
    return titles.get(purpose, purpose)


class ConsentsSection(QWidget):
    shown = Signal(str)
    """The id of the person whose consents are now on screen."""
    said = Signal(str)
    failed = Signal(object)

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._person_id: str | None = None
        self._person_name = ""
        self._states: dict[str, ConsentState] = {}
        self._notice_version = current_notice(context.language).version
        self.states: dict[str, QLabel] = {}
        self.buttons: dict[str, QPushButton] = {}
        self._build()
        self.show_person(None)
        context.register_changed.connect(self._on_register_changed)

    def _build(self) -> None:
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        self._date_today()
        self.day.setToolTip(self.tr("The day the person signed or took their consent back; "
                                    "change it when copying paper forms."))
        day_label = QLabel(self.tr("&Date:"))
        day_label.setBuddy(self.day)
        notice = QLabel(self.tr("Privacy notice in force: {version}").format(
            version=self._notice_version))
        top = QHBoxLayout()
        top.addWidget(day_label)
        top.addWidget(self.day)
        top.addSpacing(24)
        top.addWidget(notice)
        top.addStretch(1)

        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(14)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        for row, purpose in enumerate(consents.PURPOSES):
            button = QPushButton()
            button.clicked.connect(lambda _checked=False, purpose=purpose: self._act_on(purpose))
            self.buttons[purpose] = button
            self.states[purpose] = QLabel()
            self.states[purpose].setWordWrap(True)
            grid.addLayout(self._purpose_text(purpose, button), row, 0)
            grid.addWidget(self.states[purpose], row, 1)
            grid.addWidget(button, row, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addLayout(grid)
        layout.addStretch(1)

    def _purpose_text(self, purpose: str, button: QPushButton) -> QVBoxLayout:
        """The purpose's name (its mnemonic jumps to the row's button) over the notice's
        own wording of it."""
        title = QLabel(purpose_title(purpose))
        title.setStyleSheet("font-weight: bold;")
        wording = QLabel(consents.PURPOSES[purpose])
        wording.setWordWrap(True)
        title.setBuddy(button)
        text = QVBoxLayout()
        text.setSpacing(0)
        text.addWidget(title)
        text.addWidget(wording)
        return text

    def _date_today(self) -> None:
        """Today, and no later: the date is set again for each person, so a desk left open
        overnight does not record yesterday."""
        self.day.setMaximumDate(QDate.currentDate())
        self.day.setDate(QDate.currentDate())

    # -- showing -------------------------------------------------------------------------------

    def show_person(self, person_id: str | None, person_name: str = "") -> None:
        if person_id != self._person_id:
            self._date_today()
        self._person_id, self._person_name = person_id, person_name
        if person_id is None:
            self._fill(None, {})
            return
        register = self._context.register
        self._context.runner.submit(lambda: consent_states(register, person_id),
                                    lambda states: self._fill(person_id, states),
                                    self.failed.emit)

    def _on_register_changed(self, tables: frozenset) -> None:
        if self._person_id and "consents" in tables:
            self.show_person(self._person_id, self._person_name)

    def _fill(self, person_id: str | None, states: dict[str, ConsentState]) -> None:
        if person_id != self._person_id:
            return  # another person was chosen meanwhile
        self._states = states
        for purpose, label in self.states.items():
            state = states.get(purpose)
            label.setText(self._state_text(state))
            given = state is not None and state.withdrawn_on is None
            self.buttons[purpose].setText(self.tr("Withdraw…") if given
                                          else self.tr("Record consent"))
            self.buttons[purpose].setEnabled(person_id is not None)
        if person_id is not None:
            self.shown.emit(person_id)

    def _state_text(self, state: ConsentState | None) -> str:
        if state is None:
            return self.tr("Not collected")
        if state.withdrawn_on is None:
            return self.tr("Given on {date}, privacy notice {version}").format(
                date=short_date(state.given_on), version=state.notice_version)
        return self.tr("Withdrawn on {date} (given on {given_on}, privacy notice {version})"
                       ).format(date=short_date(state.withdrawn_on),
                                given_on=short_date(state.given_on),
                                version=state.notice_version)

    # -- writing -------------------------------------------------------------------------------

    def _act_on(self, purpose: str) -> None:
        state = self._states.get(purpose)
        if state is None or state.withdrawn_on is not None:
            self._record(purpose)
        elif self.day.date().toPython() < state.given_on:
            problem = self.tr("the withdrawal date comes before the consent was given ({date})"
                              ).format(date=short_date(state.given_on))
            self.failed.emit(InvalidInput(problem, [problem]))
        else:
            self._confirm_withdrawal(purpose)

    def _record(self, purpose: str) -> None:
        register, person_id, account_id = (self._context.register, self._person_id,
                                           self._context.account_id)
        day, version = self.day.date().toPython(), self._notice_version
        self._write(lambda: record_consent(register, person_id, purpose, day, version,
                                                    account_id),
                    self.tr("Consent recorded: {purpose}.").format(
                        purpose=self._plain_title(purpose)))

    def _confirm_withdrawal(self, purpose: str) -> None:
        ask_before(
            self, self.tr("Withdraw consent"), self.tr(
                "Record that {name} withdrew their consent to “{purpose}” on {date}?").format(
                    name=self._person_name or self.tr("The person"),
                    purpose=self._plain_title(purpose),
                    date=short_date(self.day.date().toPython())),
            self.tr("The withdrawal is recorded with its date: what the person agreed to "
                    "before stays in their history, nothing is erased."),
            self.tr("&Withdraw consent"), lambda: self._withdraw(purpose))

    def _withdraw(self, purpose: str) -> None:
        register, person_id, account_id = (self._context.register, self._person_id,
                                           self._context.account_id)
        day = self.day.date().toPython()
        self._write(lambda: withdraw_consent(register, person_id, purpose, day,
                                                      account_id),
                    self.tr("Consent withdrawn: {purpose}.").format(
                        purpose=self._plain_title(purpose)))

    def _write(self, work, done_text: str) -> None:
        """The section reloads when the register announces the new consent row."""
        self._context.runner.submit(work, lambda _consent: self.said.emit(done_text),
                                    self.failed.emit)

    @staticmethod
    def _plain_title(purpose: str) -> str:
        return purpose_title(purpose).replace("&", "")
