"""Who is at the desk: login, wrong PIN, volunteer switch, idle lock, roles."""

from PySide6.QtCore import Qt

from tests.desktop.ui.conftest import COORDINATOR, VOLUNTEER, log_in


def test_window_starts_locked_with_nothing_reachable(window):
    assert window.is_locked()
    assert not window.menuBar().isEnabled()
    assert window.context.account is None
    assert window.account_badge.text() == "Bloccato"


def test_right_pin_unlocks_and_the_badge_names_who_is_at_the_desk(qtbot, window):
    log_in(qtbot, window, VOLUNTEER[0], VOLUNTEER[2])
    qtbot.waitUntil(lambda: not window.is_locked(), timeout=5000)
    assert window.context.account.username == "marco"
    assert window.account_badge.text() == "Marco Verdi (volontario/a)"
    assert window.settings.last_username == "marco"


def test_wrong_pin_says_so_and_stays_locked(qtbot, window):
    log_in(qtbot, window, VOLUNTEER[0], "00000")
    qtbot.waitUntil(lambda: window.lock_screen.enter_button.isEnabled(), timeout=5000)
    qtbot.waitUntil(lambda: "riconosciuti" in window.lock_screen.problem.text(), timeout=5000)
    assert window.is_locked()
    assert window.lock_screen.secret.text() == ""


def test_volunteers_switch_without_closing_anything(qtbot, window):
    log_in(qtbot, window, COORDINATOR[0], COORDINATOR[2])
    qtbot.waitUntil(lambda: not window.is_locked(), timeout=5000)
    screen_before = window.screens.currentWidget()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert window.is_locked() and window.context.account is None
    log_in(qtbot, window, VOLUNTEER[0], VOLUNTEER[2])
    qtbot.waitUntil(lambda: not window.is_locked(), timeout=5000)
    assert window.context.account.username == "marco"
    assert window.screens.currentWidget() is screen_before


def test_idle_desk_locks_itself_and_input_postpones_it(qtbot, window):
    log_in(qtbot, window, VOLUNTEER[0], VOLUNTEER[2])
    qtbot.waitUntil(lambda: not window.is_locked(), timeout=5000)
    window.idle.set_minutes(0.4 / 60)  # 400 ms
    window.idle.start()
    qtbot.wait(250)
    qtbot.keyClick(window.screens.currentWidget() or window, Qt.Key.Key_Shift)
    qtbot.wait(250)
    assert not window.is_locked(), "a key press must restart the idle count"
    qtbot.waitUntil(window.is_locked, timeout=3000)
    assert "inattività" in window.lock_screen.reason_label.text()
    assert window.lock_screen.selected_username() == "marco"


def test_coordinator_commands_are_for_coordinators_only(qtbot, window):
    log_in(qtbot, window, VOLUNTEER[0], VOLUNTEER[2])
    qtbot.waitUntil(lambda: not window.is_locked(), timeout=5000)
    assert not window.actions["accounts"].isVisible()
    assert not window.actions["conflicts"].isVisible()
    window.switch_volunteer()
    log_in(qtbot, window, COORDINATOR[0], COORDINATOR[2])
    qtbot.waitUntil(lambda: not window.is_locked(), timeout=5000)
    assert window.actions["accounts"].isVisible()
