"""The frame around the screens: language switch, navigation, remembered layout."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from desktop.ui.frame.settings_dialog import SettingsDialog
from desktop.ui.settings import DeskSettings
from tests.desktop.ui.conftest import COORDINATOR, log_in


def _unlocked(qtbot, window):
    log_in(qtbot, window, COORDINATOR[0], COORDINATOR[2])
    qtbot.waitUntil(lambda: not window.is_locked(), timeout=5000)
    return window


def _in_settings_dialog(change):
    """Run ``change(dialog)`` on the settings dialog once it is open, then press OK."""
    def act():
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, SettingsDialog) and w.isVisible())
        change(dialog)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    QTimer.singleShot(100, act)


def test_language_switch_speaks_english_at_once_and_is_remembered(qtbot, window):
    _unlocked(qtbot, window)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[0] == "&Sportello"
    assert window.navigation.buttons["sportello"].text() == "Sportello"
    _in_settings_dialog(lambda dialog: dialog.language.setCurrentIndex(
        dialog.language.findData("en")))
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert window.menuBar().actions()[0].text() == "&Desk"
    assert window.navigation.buttons["people"].text() == "People"
    assert window.sync_line.button.text() == "Sync now"
    assert window.context.language == "en"
    assert not window.is_locked(), "changing language keeps the volunteer at work"
    assert DeskSettings(window.settings.folder).language == "en"


def test_larger_text_grows_every_label(qtbot, window):
    _unlocked(qtbot, window)
    before = QApplication.font().pointSizeF()
    _in_settings_dialog(lambda dialog: dialog.text_scale.setCurrentIndex(
        dialog.text_scale.findData(130)))
    window.open_settings()
    assert abs(QApplication.font().pointSizeF() - before * 1.3) < 0.01
    window.settings.text_scale = 100
    window.apply_settings()


def test_every_available_screen_has_its_shortcut_and_the_rest_wait_their_turn(qtbot, window):
    _unlocked(qtbot, window)
    assert window.navigation.buttons["sportello"].isEnabled()
    for key, screen_class in window.screen_classes.items():
        button = window.navigation.buttons[key]
        assert button.isEnabled() == (screen_class is not None)
        if screen_class is None:
            assert "in arrivo" in button.toolTip(), "a screen still to come keeps its place"
    go_menu = window.menuBar().actions()[1].menu()
    shortcuts = [action.shortcut().toString() for action in go_menu.actions()]
    assert shortcuts[:2] == ["Ctrl+1", "Ctrl+2"]
    if "people" in window.available_screens():
        qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
        assert window.current_screen_key() == "people"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_screen_key() == "sportello"


def test_window_size_and_place_are_remembered(qtbot, window):
    window.resize(1100, 700)
    window.close()
    settings = DeskSettings(window.settings.folder)
    assert not settings.window_geometry.isEmpty()
