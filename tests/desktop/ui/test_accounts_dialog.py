"""The coordinators' accounts dialog, driven for real: change a role, switch off and on."""

import pytest

from desktop.services import accounts
from desktop.services.desk import create_desk
from desktop.ui import i18n
from desktop.ui.accounts.dialog import AccountsDialog
from desktop.ui.context import DeskContext
from sync.schema import Account


@pytest.fixture
def context(qapp, data_dir):
    """A Rho desk in Italian, Giulia (coordinator) at the desk, Marco a volunteer; the
    window's catalogues are taken out again afterwards, as other tests expect."""
    i18n.install_language("it")
    register = create_desk(data_dir, "rho")
    giulia = accounts.create_account(register, "giulia", "Giulia Bianchi", "coordinator",
                                     "24680", None)
    accounts.create_account(register, "marco", "Marco Verdi", "volunteer", "13579", giulia.id)
    desk = DeskContext(register, "it")
    desk.set_account(giulia)
    yield desk
    desk.runner.wait_for_done()
    register.close()
    i18n.install_language("en")


@pytest.fixture
def dialog(context, qtbot):
    shown = AccountsDialog(context)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def _select(dialog, display_name: str) -> None:
    row = next(row for row, account in enumerate(dialog.rows)
               if account.display_name == display_name)
    dialog.table.selectRow(row)


def _cells(dialog, display_name: str) -> tuple[str, str]:
    """What the list shows for that person: role and whether they can sign in."""
    row = next(row for row in range(dialog.table.rowCount())
               if dialog.table.item(row, 0).text() == display_name)
    return dialog.table.item(row, 1).text(), dialog.table.item(row, 2).text()


def _stored(context, username: str) -> tuple[str, bool]:
    with context.register.reading() as session:
        account = session.query(Account).filter_by(username=username).one()
        return account.role, account.active


def test_the_new_actions_speak_italian(dialog):
    assert dialog.role_button.text() == "Cambia r&uolo…"
    assert dialog.deactivate_button.text() == "&Disattiva"
    assert dialog.reactivate_button.text() == "R&iattiva"


def test_a_coordinator_changes_a_volunteers_role(dialog, context, qtbot, monkeypatch):
    _select(dialog, "Marco Verdi")
    asked = []
    monkeypatch.setattr(dialog, "_ask_role", lambda account: asked.append(account.username)
                        or "operator")
    dialog.role_button.click()
    qtbot.waitUntil(lambda: _cells(dialog, "Marco Verdi")[0] == "Operatore/operatrice",
                    timeout=5_000)
    assert asked == ["marco"]
    assert _stored(context, "marco") == ("operator", True)
    assert dialog.selected().username == "marco", "the selection stays on the changed account"


def test_switching_off_and_back_on_offers_only_the_action_that_applies(dialog, context, qtbot):
    _select(dialog, "Marco Verdi")
    assert dialog.deactivate_button.isEnabled() and not dialog.reactivate_button.isEnabled()
    dialog.deactivate_button.click()
    qtbot.waitUntil(lambda: _cells(dialog, "Marco Verdi")[1] == "no", timeout=5_000)
    assert dialog.reactivate_button.isEnabled() and not dialog.deactivate_button.isEnabled()
    dialog.reactivate_button.click()
    qtbot.waitUntil(lambda: _cells(dialog, "Marco Verdi")[1] == "sì", timeout=5_000)
    assert _stored(context, "marco") == ("volunteer", True)
    assert accounts.authenticate(context.register, "marco", "13579").username == "marco"


def test_the_last_coordinator_stepping_down_is_refused_in_italian(dialog, context, qtbot,
                                                                  monkeypatch):
    _select(dialog, "Giulia Bianchi")
    monkeypatch.setattr(dialog, "_ask_role", lambda account: "volunteer")
    dialog.role_button.click()
    qtbot.waitUntil(lambda: dialog.message.text() != "", timeout=5_000)
    assert dialog.message.text() == ("Controlla quanto scritto: è l'ultimo coordinatore "
                                      "attivo: prima rendi coordinatore un altro account.")
    assert _stored(context, "giulia") == ("coordinator", True)
