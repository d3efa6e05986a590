"""The frame of every small form dialog: Casa, Attività, Richieste, Consulenze.

A form of labelled fields, a line for the refusal, Cancel and Save (Ctrl+Enter). Enter moves
to the next field rather than saving half a form; Esc closes. Saving runs on the runner; a
refusal is said in the dialog in one sentence and nothing typed is lost.
"""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.context import DeskContext
from desktop.ui.forms.refusals import say_refusal


class FormDialog(QDialog):
    saved = Signal(str)
    """The id of the record just saved."""

    def __init__(self, context: DeskContext, title: str, parent: QWidget | None = None,
                 minimum_width: int = 520) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(title)
        self.setMinimumWidth(minimum_width)
        self.form = QFormLayout()  # each label's &mnemonic focuses its field
        self.feedback = QLabel()
        self.feedback.setObjectName("problem")
        self.feedback.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(self.tr("Save (Ctrl+Enter)"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("primary")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.feedback)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        """Check the form and ``submit`` its write (each form says how)."""
        raise NotImplementedError

    def submit(self, work: Callable[[], Any]) -> None:
        """Run ``work`` on the runner; its result's ``id`` is announced as ``saved``."""
        self.save_button.setEnabled(False)
        self.context.runner.submit(work, self._saved, self.refuse)

    def refuse(self, error: BaseException | str) -> None:
        self.save_button.setEnabled(True)
        self.feedback.setText(error if isinstance(error, str) else say_refusal(error))

    def _saved(self, record) -> None:
        self.saved.emit(record.id)
        self.accept()

    def keyPressEvent(self, event) -> None:  # Enter in a field must not save half a form
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
                event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.focusNextChild()
            return
        super().keyPressEvent(event)
