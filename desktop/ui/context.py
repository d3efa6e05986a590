"""What every screen of the window is given: the register, who is at the desk, the runner.

Screens are built as ``SomeScreen(context)``. They read through the services, write through
``context.runner`` (never on the GUI thread), and refresh when ``register_changed`` fires:
no screen reaches into another.
"""

from PySide6.QtCore import QObject, Signal

from desktop.ui.background import BackgroundRunner
from sync.register import Register
from sync.schema import Account


class DeskContext(QObject):
    register_changed = Signal(frozenset)
    """Tables written by any operation, delivered on the GUI thread."""
    account_changed = Signal(object)
    """The account now at the desk (``None`` while locked)."""

    def __init__(self, register: Register, language: str = "it",
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.language = language
        self.runner = BackgroundRunner(self)
        self.account: Account | None = None
        register.subscribe(self.register_changed.emit)  # queued when emitted from a worker

    @property
    def account_id(self) -> str | None:
        return self.account.id if self.account else None

    def set_account(self, account: Account | None) -> None:
        self.account = account
        self.account_changed.emit(account)

    def role_at_least(self, role: str) -> bool:
        order = ("volunteer", "operator", "coordinator")
        return self.account is not None and order.index(self.account.role) >= order.index(role)
