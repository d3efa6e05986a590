"""The screens the window can show, and the bar of buttons that moves between them.

A screen is mounted when its module can be imported; the casework screens that are not built
yet keep their place in the bar, disabled, so the volunteer's bar never changes shape.
"""

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QWidget

translate = QCoreApplication.translate


@dataclass(frozen=True)
class ScreenEntry:
    key: str
    module: str
    class_name: str
    label: Callable[[], str]
    """Called at display time, so it follows the language in use."""

    @property
    def shortcut(self) -> QKeySequence:
        return QKeySequence(f"Ctrl+{SCREENS.index(self) + 1}")

    def screen_class(self) -> type | None:
        """The screen's class, or None when its package has not been built yet."""
        try:
            module = importlib.import_module(self.module)
        except ModuleNotFoundError as missing:
            if missing.name and self.module.startswith(missing.name):
                return None
            raise  # the screen exists but something it needs is missing: a real bug
        return getattr(module, self.class_name, None)


SCREENS = (
    ScreenEntry("sportello", "desktop.ui.sportello.screen", "SportelloScreen",
                lambda: translate("Navigation", "Desk")),
    ScreenEntry("people", "desktop.ui.people.screen", "PeopleScreen",
                lambda: translate("Navigation", "People")),
    ScreenEntry("consultations", "desktop.ui.consultations.screen", "ConsultationsScreen",
                lambda: translate("Navigation", "Consultations")),
    ScreenEntry("requests", "desktop.ui.requests.screen", "RequestsScreen",
                lambda: translate("Navigation", "Requests")),
    ScreenEntry("housing", "desktop.ui.housing.screen", "HousingScreen",
                lambda: translate("Navigation", "Housing")),
    ScreenEntry("activities", "desktop.ui.activities.screen", "ActivitiesScreen",
                lambda: translate("Navigation", "Activities")),
    ScreenEntry("keynumbers", "desktop.ui.keynumbers.screen", "KeyNumbersScreen",
                lambda: translate("Navigation", "Key numbers")),
)


class NavigationBar(QWidget):
    """One checkable button per screen; ``chosen`` carries the screen's key."""

    chosen = Signal(str)

    def __init__(self, available: set[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(4)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.buttons: dict[str, QPushButton] = {}
        for entry in SCREENS:
            button = QPushButton(self)
            button.setCheckable(True)
            button.setEnabled(entry.key in available)
            button.clicked.connect(lambda _checked=False, key=entry.key: self.chosen.emit(key))
            self._group.addButton(button)
            layout.addWidget(button)
            self.buttons[entry.key] = button
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        for entry in SCREENS:
            button = self.buttons[entry.key]
            button.setText(entry.label())
            shortcut = entry.shortcut.toString(QKeySequence.SequenceFormat.NativeText)
            coming = translate("Navigation", "{screen}: coming soon")
            button.setToolTip(f"{entry.label()} ({shortcut})" if button.isEnabled()
                              else coming.format(screen=entry.label()))

    def mark(self, key: str) -> None:
        self.buttons[key].setChecked(True)
