"""A real desk register behind a real DeskContext, and keyboard helpers, for screen tests."""

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop.services.desk import create_desk
from desktop.services.people import PersonDraft, create_person
from desktop.ui.context import DeskContext
from sync.schema import Account


@pytest.fixture
def desk_context(tmp_path, qtbot):
    register = create_desk(tmp_path / "desk", "rho")
    context = DeskContext(register)
    yield context
    context.runner.wait_for_done()
    register.close()


def sign_in(context: DeskContext, role: str) -> None:
    """Put someone with ``role`` at the desk (the password is not what these tests are about)."""
    with context.register.writing() as session:
        account = Account(username=role, display_name=f"Giulia {role}", role=role,
                          secret_hash="-", active=True, created_at=datetime.now())
        session.add(account)
    context.set_account(account)


def add_person(context: DeskContext, family_name: str, given_name: str, **details) -> str:
    draft = PersonDraft(family_name=family_name, given_name=given_name, **details)
    return create_person(context.register, draft, None).id


def show(qtbot, widget, focus):
    """Show ``widget`` at the desk's usual size and wait until ``focus`` has the focus."""
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    focus.setFocus()
    qtbot.waitUntil(focus.hasFocus)


class Keyboard:
    """Types into whatever has the focus, like a person would, and counts the keystrokes."""

    def __init__(self) -> None:
        self.count = 0

    def type(self, text: str) -> None:
        for char in text:
            QTest.keyClicks(QApplication.focusWidget(), char)
            self.count += 1

    def press(self, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        QTest.keyClick(QApplication.focusWidget(), key, modifier)
        self.count += 1
