"""Finding and answering the message boxes a screen opens, as a volunteer would."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def open_box(qtbot, parent: QWidget, icon: QMessageBox.Icon | None = None) -> QMessageBox:
    """The message box ``parent`` has open (with ``icon``, if given), once it shows."""
    def shown():
        return next((box for box in parent.findChildren(QMessageBox)
                     if box.isVisible() and icon in (None, box.icon())), None)
    qtbot.waitUntil(lambda: shown() is not None)
    return shown()


def confirm_destructive(qtbot, box: QMessageBox) -> None:
    """Click the box's destructive button (Remove, Withdraw ...)."""
    button = next(button for button in box.buttons()
                  if box.buttonRole(button) == QMessageBox.ButtonRole.DestructiveRole)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
