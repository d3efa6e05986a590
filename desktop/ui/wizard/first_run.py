"""The first-run wizard: two questions, then the desk is ready.

1. Enrol with the office (server address + one-time code), or start offline for a site.
2. Create the first coordinator account.
Nothing else to configure: the rest has sensible defaults in the settings.
"""

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from desktop.services import accounts
from desktop.services.desk import create_desk
from desktop.ui.background import BackgroundRunner
from desktop.ui.wizard.enrolment import enrol_desk
from desktop.ui.wizard.working_page import WorkingPage
from sync.register import Register
from sync.vocabulary import sites

WELCOME, ENROL, OFFLINE, COORDINATOR = range(4)


class WelcomePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Welcome to OP Desk"))
        self.setSubTitle(self.tr("This PC becomes the register of an OP Cafè desk. How should "
                                 "it start?"))
        self.enrol = QRadioButton(self.tr("&Connect to the district office (recommended): you "
                                          "need the office's address and an enrolment code"))
        self.offline = QRadioButton(self.tr("Start &offline for one desk: records stay here "
                                            "until the desk is enrolled"))
        self.enrol.setChecked(True)
        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        for button in (self.enrol, self.offline):
            layout.addWidget(button)
        layout.addStretch(1)

    def nextId(self) -> int:
        return ENROL if self.enrol.isChecked() else OFFLINE


class EnrolPage(WorkingPage):
    def __init__(self, runner: BackgroundRunner, data_dir: Path) -> None:
        super().__init__(runner)
        self.data_dir = data_dir
        self.setTitle(self.tr("Connect to the district office"))
        self.setSubTitle(self.tr("Type the address and the one-time code the district office "
                                 "gave you. The desk then receives its records."))
        self.server = QLineEdit(self)
        self.server.setPlaceholderText("https://opdesk.example.it")
        self.code = QLineEdit(self)
        form = QFormLayout(self)
        form.addRow(self.tr("Office &address"), self.server)
        form.addRow(self.tr("Enrolment &code"), self.code)
        form.addRow(self.message)

    def work(self):
        server, code = self.server.text().strip(), self.code.text().strip()
        if not server or not code:
            self.show_problem(self.tr("Type both the office address and the enrolment code."))
            return None
        data_dir = self.data_dir
        return lambda: enrol_desk(data_dir, server, code)

    def nextId(self) -> int:
        return COORDINATOR


class OfflinePage(WorkingPage):
    def __init__(self, runner: BackgroundRunner, data_dir: Path) -> None:
        super().__init__(runner)
        self.data_dir = data_dir
        self.setTitle(self.tr("Start offline"))
        self.setSubTitle(self.tr("Which OP Cafè is this desk? It can be enrolled with the "
                                 "office later without losing anything."))
        self.site = QComboBox(self)
        for site in sorted(sites().values(), key=lambda site: site.name):
            self.site.addItem(site.name, site.code)
        form = QFormLayout(self)
        form.addRow(self.tr("&Desk"), self.site)
        form.addRow(self.message)

    def work(self):
        data_dir, site = self.data_dir, self.site.currentData()
        return lambda: create_desk(data_dir, site)

    def nextId(self) -> int:
        return COORDINATOR


class CoordinatorPage(WorkingPage):
    def __init__(self, runner: BackgroundRunner, wizard: "FirstRunWizard") -> None:
        super().__init__(runner)
        self._wizard = wizard
        self.setTitle(self.tr("The first coordinator"))
        self.setSubTitle(self.tr("The coordinator manages the accounts of this desk's "
                                 "volunteers. Choose a password of at least 8 characters."))
        self.display_name = QLineEdit(self)
        self.username = QLineEdit(self)
        self.secret = QLineEdit(self)
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(self)
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout(self)
        form.addRow(self.tr("Full &name"), self.display_name)
        form.addRow(self.tr("&User name"), self.username)
        form.addRow(self.tr("&Password"), self.secret)
        form.addRow(self.tr("&Repeat password"), self.repeat)
        hint = QLabel(self.tr("Passwords are stored only as an argon2id hash: nobody can read "
                              "them back, so keep them somewhere safe."), self)
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        form.addRow(hint)
        form.addRow(self.message)

    def work(self):
        if self.secret.text() != self.repeat.text():
            self.show_problem(self.tr("The two passwords differ: type them again."))
            return None
        register = self._wizard.register
        name, username, secret = (self.display_name.text().strip(),
                                  self.username.text().strip(), self.secret.text())
        return lambda: accounts.create_account(register, username=username, display_name=name,
                                               role="coordinator", secret=secret,
                                               acting_account_id=None)

    def nextId(self) -> int:
        return -1


class FirstRunWizard(QWizard):
    """Run with ``exec()``; afterwards ``register`` is open and ``account`` is logged in."""

    def __init__(self, data_dir: Path, runner: BackgroundRunner,
                 register: Register | None = None) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("OP Desk: first start"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setMinimumSize(720, 460)
        self.existing_register = register
        self.welcome = WelcomePage()
        self.enrol_page = EnrolPage(runner, data_dir)
        self.offline_page = OfflinePage(runner, data_dir)
        self.coordinator_page = CoordinatorPage(runner, self)
        for page_id, page in ((WELCOME, self.welcome), (ENROL, self.enrol_page),
                              (OFFLINE, self.offline_page),
                              (COORDINATOR, self.coordinator_page)):
            self.setPage(page_id, page)
        self.setStartId(COORDINATOR if register is not None else WELCOME)

    @property
    def register(self) -> Register | None:
        """The register made or bound by the wizard (or the one it was given)."""
        if self.existing_register is not None:
            return self.existing_register
        return self.enrol_page.result or self.offline_page.result

    @property
    def account(self):
        return self.coordinator_page.result
