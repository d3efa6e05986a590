"""The lock screen: pick your name, type your password or PIN, Enter.

It is the same screen for the first login, for a volunteer taking over the PC and after the
idle lock, so there is one thing to learn. The secret is checked off the GUI thread (argon2id
is deliberately slow) and the field is cleared whatever the outcome.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services import accounts
from desktop.ui.accounts.listing import desk_accounts
from desktop.ui.context import DeskContext
from desktop.ui.errors import explain
from desktop.ui.frame.style import heading_font
from sync.schema import Account
from sync.vocabulary import ROLES, label, sites


class LockScreen(QWidget):
    unlocked = Signal(object)
    """The account that just logged in."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("lockScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._reason = ""

        card = QFrame(self)
        card.setObjectName("card")
        card.setFixedWidth(460)
        self.title = QLabel(card)
        self.title.setObjectName("heading")
        self.title.setFont(heading_font())
        self.reason_label = QLabel(card)
        self.reason_label.setObjectName("muted")
        self.reason_label.setWordWrap(True)
        self.people = QListWidget(card)
        self.people.setObjectName("people")
        self.people.setMinimumHeight(160)
        self.secret_label = QLabel(card)
        self.secret = QLineEdit(card)
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_label.setBuddy(self.secret)
        self.problem = QLabel(card)
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.enter_button = QPushButton(card)
        self.enter_button.setObjectName("primary")
        self.enter_button.setDefault(True)

        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.setSpacing(10)
        inner.addWidget(self.title)
        inner.addWidget(self.reason_label)
        inner.addWidget(self.people)
        inner.addWidget(self.secret_label)
        inner.addWidget(self.secret)
        inner.addWidget(self.problem)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.enter_button)
        inner.addLayout(buttons)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

        self.enter_button.clicked.connect(self.try_unlock)
        self.secret.returnPressed.connect(self.try_unlock)
        self.people.itemActivated.connect(lambda _item: self.secret.setFocus())
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Who is at the desk?"))
        site = sites()[self.context.register.site].name
        default_reason = self.tr("{site}: choose your name and type your password or PIN.")
        self.reason_label.setText(self._reason or default_reason.format(site=site))
        self.secret_label.setText(self.tr("&Password or PIN"))
        self.enter_button.setText(self.tr("Enter"))
        self._fill_people(self.selected_username())

    def show_for(self, reason: str, preselect: str | None = None) -> None:
        """Prepare the screen: ``reason`` says why it is shown (locked, switching...)."""
        self._reason = reason
        self.reason_label.setText(reason)
        self.problem.clear()
        self.secret.clear()
        self._fill_people(preselect)
        self.secret.setFocus()

    def _fill_people(self, preselect: str | None) -> None:
        self.people.clear()
        for account in desk_accounts(self.context.register):
            role = label(ROLES, account.role, self.context.language)
            item = QListWidgetItem(f"{account.display_name}  ·  {role}", self.people)
            item.setData(Qt.ItemDataRole.UserRole, account.username)
            if account.username == preselect:
                self.people.setCurrentItem(item)
        if self.people.currentItem() is None and self.people.count():
            self.people.setCurrentRow(0)

    def selected_username(self) -> str | None:
        item = self.people.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def try_unlock(self) -> None:
        username, secret = self.selected_username(), self.secret.text()
        if not username or not self.enter_button.isEnabled():
            return
        self.secret.clear()
        self.enter_button.setEnabled(False)
        self.problem.setText(self.tr("Checking…"))
        register = self.context.register
        self.context.runner.submit(lambda: accounts.authenticate(register, username, secret),
                                   self._on_checked, self._on_failed)

    def _on_checked(self, account: Account) -> None:
        self.enter_button.setEnabled(True)
        self.problem.clear()
        self.unlocked.emit(account)

    def _on_failed(self, error: BaseException) -> None:
        self.enter_button.setEnabled(True)
        self.problem.setText(explain(error))
        self.secret.setFocus()
