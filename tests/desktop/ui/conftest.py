"""Fixtures for the frame's tests: a desk with accounts, and the window over it."""

import pytest

from desktop.services import accounts
from desktop.services.desk import create_desk
from desktop.ui import i18n
from desktop.ui.app import open_main_window, prepare_application

COORDINATOR = ("giulia", "Giulia Bianchi", "24680")
VOLUNTEER = ("marco", "Marco Verdi", "13579")


@pytest.fixture
def desk_dir(data_dir):
    """A Rho desk with a coordinator (Giulia, PIN 24680) and a volunteer (Marco, PIN 13579)."""
    register = create_desk(data_dir, "rho")
    coordinator = accounts.create_account(register, COORDINATOR[0], COORDINATOR[1],
                                          "coordinator", COORDINATOR[2], None)
    accounts.create_account(register, VOLUNTEER[0], VOLUNTEER[1], "volunteer", VOLUNTEER[2],
                            coordinator.id)
    register.close()
    return data_dir


@pytest.fixture
def window(qtbot, desk_dir):
    """The real main window over ``desk_dir``, shown and locked, in Italian."""
    _app, settings = prepare_application(desk_dir)
    opened = open_main_window(desk_dir, settings)
    qtbot.addWidget(opened)
    opened.show()
    yield opened
    opened.context.runner.wait_for_done()
    opened.context.register.close()
    i18n.install_language("it")


def log_in(qtbot, window, username: str, secret: str) -> None:
    screen = window.lock_screen
    for row in range(screen.people.count()):
        if screen.people.item(row).data(256) == username:  # Qt.UserRole
            screen.people.setCurrentRow(row)
    qtbot.keyClicks(screen.secret, secret)
    qtbot.keyClick(screen.secret, "\r")

