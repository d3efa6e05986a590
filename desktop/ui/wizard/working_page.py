"""A wizard page whose "Next" does slow work (network, disk) without freezing the wizard.

"Next" starts the work on the BackgroundRunner and stays on the page; when the work succeeds
the page remembers its result and moves the wizard on; when it fails the reason is shown on
the page in one sentence and the person can correct what they typed and try again.
"""

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLabel, QWizardPage

from desktop.ui.background import BackgroundRunner
from desktop.ui.errors import explain
from desktop.ui.frame.style import MUTED, PROBLEM


class WorkingPage(QWizardPage):
    def __init__(self, runner: BackgroundRunner) -> None:
        super().__init__()
        self.runner = runner
        self.result: Any = None
        self._done = False
        self._working = False
        self.message = QLabel(self)
        self.message.setWordWrap(True)

    def work(self) -> Callable[[], Any] | None:
        """The slow step for what is typed now, or None after showing what is missing."""
        raise NotImplementedError

    def validatePage(self) -> bool:
        if self._done:
            return True
        if self._working:
            return False
        job = self.work()
        if job is None:
            return False
        self._working = True
        self.message.setStyleSheet(f"color: {MUTED};")
        self.message.setText(self.tr("Working on it…"))
        self.wizard().button(self.wizard().WizardButton.NextButton).setEnabled(False)
        self.wizard().button(self.wizard().WizardButton.FinishButton).setEnabled(False)
        self.runner.submit(job, self._succeeded, self._failed)
        return False

    def show_problem(self, text: str) -> None:
        self.message.setStyleSheet(f"color: {PROBLEM};")
        self.message.setText(text)

    def _succeeded(self, result: Any) -> None:
        self._working = False
        self._done = True
        self.result = result
        self.message.clear()
        self._restore_buttons()
        if self.isFinalPage():
            self.wizard().accept()
        else:
            self.wizard().next()

    def _failed(self, error: BaseException) -> None:
        self._working = False
        self._restore_buttons()
        self.show_problem(explain(error))

    def _restore_buttons(self) -> None:
        for which in (self.wizard().WizardButton.NextButton,
                      self.wizard().WizardButton.FinishButton):
            self.wizard().button(which).setEnabled(True)
