"""The first-run wizard, driven through its real widgets."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QWizard

from desktop.services import accounts
from desktop.services.desk import create_desk, open_desk
from desktop.ui import i18n
from desktop.ui.app import open_main_window, prepare_application
from desktop.ui.background import BackgroundRunner
from desktop.ui.wizard.first_run import COORDINATOR, OFFLINE, FirstRunWizard
from sync.paths import register_file


def _next(qtbot, wizard):
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def test_offline_first_run_creates_the_register_and_its_coordinator(qtbot, data_dir):
    i18n.install_language("it")
    runner = BackgroundRunner()
    wizard = FirstRunWizard(data_dir, runner)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.button(QWizard.WizardButton.CancelButton).text() == "Annulla"
    wizard.welcome.offline.setChecked(True)
    _next(qtbot, wizard)
    assert wizard.currentId() == OFFLINE
    page = wizard.offline_page
    page.site.setCurrentIndex(page.site.findData("settimo"))
    _next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentId() == COORDINATOR, timeout=10_000)
    assert register_file(data_dir).exists()

    coordinator = wizard.coordinator_page
    qtbot.keyClicks(coordinator.display_name, "Anna Rossi")
    qtbot.keyClicks(coordinator.username, "anna")
    qtbot.keyClicks(coordinator.secret, "una-password")
    qtbot.keyClicks(coordinator.repeat, "un-altra")
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert "diverse" in coordinator.message.text()
    coordinator.repeat.clear()
    qtbot.keyClicks(coordinator.repeat, "una-password")
    with qtbot.waitSignal(wizard.accepted, timeout=10_000):
        qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert wizard.account.username == "anna" and wizard.account.role == "coordinator"
    assert wizard.register.site == "settimo"
    wizard.register.close()
    runner.wait_for_done()
    register = open_desk(data_dir)
    assert accounts.authenticate(register, "anna", "una-password").display_name == "Anna Rossi"
    register.close()


def test_a_register_made_by_init_asks_only_for_the_coordinator(qtbot, data_dir):
    create_desk(data_dir, "rho").close()
    _app, settings = prepare_application(data_dir)
    seen = {}

    def fill_in():
        wizard = next(w for w in _app.topLevelWidgets()
                      if isinstance(w, FirstRunWizard) and w.isVisible())
        seen["first page"] = wizard.currentId()
        page = wizard.coordinator_page
        page.display_name.setText("Giulia Bianchi")
        page.username.setText("giulia")
        page.secret.setText("2468")
        page.repeat.setText("2468")
        wizard.button(QWizard.WizardButton.FinishButton).click()

    QTimer.singleShot(200, fill_in)
    window = open_main_window(data_dir, settings)
    qtbot.addWidget(window)
    assert seen["first page"] == COORDINATOR
    assert not window.is_locked(), "the coordinator who just set up the desk is logged in"
    assert window.context.account.username == "giulia"
    window.context.register.close()


def test_enrolment_with_a_real_office_binds_the_desk_and_pulls_its_site(qtbot, data_dir,
                                                                        office):
    from sync.client import read_sync_status
    from sync.enrolment import issue_code

    i18n.install_language("it")
    runner = BackgroundRunner()
    wizard = FirstRunWizard(data_dir, runner)
    qtbot.addWidget(wizard)
    wizard.show()
    _next(qtbot, wizard)
    page = wizard.enrol_page
    qtbot.keyClicks(page.server, office.url)
    qtbot.keyClicks(page.code, "not-a-code")
    _next(qtbot, wizard)
    qtbot.waitUntil(lambda: "codice di iscrizione" in page.message.text(), timeout=20_000)
    assert wizard.currentId() != COORDINATOR and not register_file(data_dir).exists()

    page.code.setText(issue_code(office.store.engine, "pregnana"))
    _next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentId() == COORDINATOR, timeout=20_000)
    register = wizard.register
    assert register.site == "pregnana"
    status = read_sync_status(register)
    assert status.enrolled and status.server == office.url and status.last_success_at
    register.close()
    runner.wait_for_done()
