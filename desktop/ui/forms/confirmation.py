"""The question asked before a change that cannot be taken back (a removal, a consent
withdrawn): Cancel is the default, so an Enter pressed by mistake writes nothing."""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def ask_before(parent: QWidget, title: str, question: str, consequence: str,
               confirm_text: str, confirmed: Callable[[], None]) -> QMessageBox:
    """Open the question (window-modal) and call ``confirmed`` only if the volunteer
    confirms."""
    box = QMessageBox(QMessageBox.Icon.Question, title, question,
                      QMessageBox.StandardButton.Cancel, parent)
    box.setInformativeText(consequence)
    confirm = box.addButton(confirm_text, QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.finished.connect(lambda _result: box.clickedButton() is confirm and confirmed())
    box.open()
    return box

