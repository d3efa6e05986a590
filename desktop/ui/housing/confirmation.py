"""The question asked before a removal: Cancel is the default, so an Enter pressed by
mistake writes nothing."""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def ask_before_removing(parent: QWidget, title: str, question: str, consequence: str,
                        remove_text: str, remove: Callable[[], None]) -> QMessageBox:
    """Open the question (window-modal) and call ``remove`` only if the volunteer confirms."""
    box = QMessageBox(QMessageBox.Icon.Question, title, question,
                      QMessageBox.StandardButton.Cancel, parent)
    box.setInformativeText(consequence)
    confirm = box.addButton(remove_text, QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.finished.connect(lambda _result: box.clickedButton() is confirm and remove())
    box.open()
    return box

