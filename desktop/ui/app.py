"""Starting the desk window: language and look first, the first-run wizard if needed, then
the main window, locked until someone logs in.

The register's full integrity check reads the whole file (seconds on a large register), so it
runs on the runner once the window is up; a damaged register then locks the window and says
how to recover.
"""

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop.backups.health import check_register
from desktop.services import accounts
from desktop.services.desk import open_desk
from desktop.ui import i18n
from desktop.ui.background import BackgroundRunner
from desktop.ui.context import DeskContext
from desktop.ui.errors import show_error
from desktop.ui.frame.style import apply_look
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import DeskSettings
from sync.paths import register_file


def create_application() -> QApplication:
    """The QApplication (reused when one exists, as in tests and the smoke run)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("OP Desk")
    app.setOrganizationName("Oltreiperimetri")
    return app


def prepare_application(data_dir: Path) -> tuple[QApplication, DeskSettings]:
    app = create_application()
    settings = DeskSettings(data_dir)
    i18n.install_language(settings.language)
    apply_look(app, settings.text_scale)
    return app, settings


def open_main_window(data_dir: Path, settings: DeskSettings) -> MainWindow | None:
    """The main window over the register in ``data_dir``; runs the first-run wizard when
    there is no register or no account yet. None when the wizard was cancelled."""
    register = open_desk(data_dir) if register_file(data_dir).exists() else None
    account = None
    if register is None or not accounts.accounts_exist(register):
        from desktop.ui.wizard.first_run import FirstRunWizard

        runner = BackgroundRunner()
        wizard = FirstRunWizard(data_dir, runner, register)
        accepted = wizard.exec()
        runner.wait_for_done()
        register, account = wizard.register, wizard.account
        if not accepted or account is None:
            if register is not None:
                register.close()
            return None
    window = MainWindow(DeskContext(register, settings.language), settings)
    if account is not None:
        window.unlock(account)
    window.context.runner.submit(lambda: check_register(data_dir), window.back_up_if_due,
                                 window.refuse_damaged_register)
    return window


def run_window(data_dir: Path) -> int:
    """``op-desk`` with no subcommand: the window, until it is closed."""
    app, settings = prepare_application(data_dir)
    try:
        window = open_main_window(data_dir, settings)
    except Exception as error:  # shown in words, never as a traceback
        show_error(error)
        return 1
    if window is None:
        return 0
    window.show()
    status = app.exec()
    window.context.register.close()
    return status
