"""Coordinators manage the desk's accounts: add someone, reset a forgotten PIN, change a
role, switch an account off and back on.

Every change goes through ``desktop.services.accounts`` (argon2id hashing, role checks) on the
BackgroundRunner; the list reloads when the register says accounts changed.
"""

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services import accounts
from desktop.ui.accounts.listing import desk_accounts
from desktop.ui.context import DeskContext
from desktop.ui.errors import explain
from sync.schema import Account
from sync.vocabulary import ROLES, label


class NewAccountDialog(QDialog):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New account"))
        self.setMinimumWidth(440)
        self.display_name = QLineEdit(self)
        self.username = QLineEdit(self)
        self.role = QComboBox(self)
        for term in ROLES:
            self.role.addItem(term.label(language), term.code)
        self.secret = QLineEdit(self)
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        hint = QLabel(self.tr("A PIN of at least 4 digits, or a password of at least 8 "
                              "characters."), self)
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Full &name"), self.display_name)
        form.addRow(self.tr("&User name"), self.username)
        form.addRow(self.tr("&Role"), self.role)
        form.addRow(self.tr("&Password or PIN"), self.secret)
        form.addRow(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)


class AccountsDialog(QDialog):
    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Accounts of this desk"))
        self.resize(760, 440)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"),
                                              self.tr("Can sign in")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.message = QLabel(self)
        self.message.setObjectName("problem")
        self.message.setWordWrap(True)
        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.reset_button = QPushButton(self.tr("&Reset password or PIN…"), self)
        self.role_button = QPushButton(self.tr("Change r&ole…"), self)
        self.deactivate_button = QPushButton(self.tr("&Switch off"), self)
        self.reactivate_button = QPushButton(self.tr("Switch o&n"), self)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        actions = QHBoxLayout()
        for button in (self.add_button, self.reset_button, self.role_button,
                       self.deactivate_button, self.reactivate_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(actions)
        self.add_button.clicked.connect(self.add_account)
        self.reset_button.clicked.connect(self.reset_secret)
        self.role_button.clicked.connect(self.change_role)
        self.deactivate_button.clicked.connect(self.deactivate)
        self.reactivate_button.clicked.connect(self.reactivate)
        self.table.itemSelectionChanged.connect(self._offer_actions)
        context.register_changed.connect(self._on_register_changed)
        self.rows: list[Account] = []
        self.reload()

    def reload(self) -> None:
        """Read the accounts again, keeping the selected one selected."""
        chosen = self.selected()
        self.rows = desk_accounts(self.context.register, include_inactive=True)
        self.table.setRowCount(len(self.rows))
        for row, account in enumerate(self.rows):
            cells = (account.display_name, label(ROLES, account.role, self.context.language),
                     self.tr("yes") if account.active else self.tr("no"))
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        ids = [account.id for account in self.rows]
        if self.rows:
            self.table.selectRow(ids.index(chosen.id) if chosen and chosen.id in ids else 0)
        self._offer_actions()

    def _on_register_changed(self, tables: frozenset) -> None:
        if "accounts" in tables:
            self.reload()

    def selected(self) -> Account | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def add_account(self) -> None:
        form = NewAccountDialog(self.context.language, self)
        if not form.exec():
            return
        register, acting = self.context.register, self.context.account_id
        values = dict(username=form.username.text(), display_name=form.display_name.text(),
                      role=form.role.currentData(), secret=form.secret.text())
        self._run(lambda: accounts.create_account(register, acting_account_id=acting, **values))

    def reset_secret(self) -> None:
        account = self.selected()
        if account is None:
            return
        secret, accepted = QInputDialog.getText(
            self, self.tr("Reset password or PIN"),
            self.tr("New password or PIN for {name}:").format(name=account.display_name),
            QLineEdit.EchoMode.Password)
        if accepted:
            register, acting = self.context.register, self.context.account_id
            self._run(lambda: accounts.change_secret(register, account.id, secret, acting))

    def _offer_actions(self) -> None:
        """Switch off what can be switched off, switch on what is off."""
        account = self.selected()
        for button in (self.reset_button, self.role_button):
            button.setEnabled(account is not None)
        self.deactivate_button.setEnabled(account is not None and account.active)
        self.reactivate_button.setEnabled(account is not None and not account.active)

    def change_role(self) -> None:
        account = self.selected()
        role = self._ask_role(account) if account is not None else None
        if role is not None and role != account.role:
            register, acting = self.context.register, self.context.account_id
            self._run(lambda: accounts.change_role(register, account.id, role, acting))

    def _ask_role(self, account: Account) -> str | None:
        """The role chosen for ``account``, or None when the coordinator cancels."""
        language = self.context.language
        labels = [term.label(language) for term in ROLES]
        current = next((index for index, term in enumerate(ROLES)
                        if term.code == account.role), 0)
        chosen, accepted = QInputDialog.getItem(
            self, self.tr("Change role"),
            self.tr("Role for {name}:").format(name=account.display_name),
            labels, current, False)
        return ROLES[labels.index(chosen)].code if accepted else None

    def deactivate(self) -> None:
        account = self.selected()
        if account is not None:
            register, acting = self.context.register, self.context.account_id
            self._run(lambda: accounts.deactivate(register, account.id, acting))

    def reactivate(self) -> None:
        account = self.selected()
        if account is not None:
            register, acting = self.context.register, self.context.account_id
            self._run(lambda: accounts.reactivate(register, account.id, acting))

    def _run(self, work) -> None:
        self.message.clear()
        self.context.runner.submit(work, lambda _result: self.message.clear(),
                                   lambda error: self.message.setText(explain(error)))
