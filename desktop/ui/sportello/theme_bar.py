"""The themes of an access as a row of toggles, one key each (L R C F D U A).

The keys are fixed per theme code, not per label, so they stay the same in Italian and
English and a volunteer's fingers learn them once.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from sync.vocabulary import THEMES

THEME_KEYS = {"lavoro": "L", "risparmio": "R", "casa": "C", "famiglia": "F", "debito": "D",
              "cura": "U", "altro": "A"}
"""The key that toggles each theme (cUra: C is already casa)."""

_THEME_BY_KEY = {getattr(Qt.Key, f"Key_{key}"): code for code, key in THEME_KEYS.items()}


def theme_for_key(key: int) -> str | None:
    """The theme code a key toggles, or None for any other key."""
    return _THEME_BY_KEY.get(key)


class ThemeBar(QWidget):
    """Checkable theme buttons; ``chosen()`` lists the checked codes in the vocabulary order."""

    changed = Signal()

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        caption = QLabel(self.tr("Themes:"))
        caption.setObjectName("caption")
        layout.addWidget(caption)
        self._buttons: dict[str, QPushButton] = {}
        for term in THEMES:
            button = QPushButton(f"{THEME_KEYS[term.code]} · {term.label(language)}")
            button.setObjectName("theme")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys toggle them, focus stays put
            button.setToolTip(self.tr("Key {key} (Alt+{key} while typing a name)")
                              .format(key=THEME_KEYS[term.code]))
            button.toggled.connect(self.changed)
            layout.addWidget(button)
            self._buttons[term.code] = button
        layout.addStretch(1)

    def toggle(self, code: str) -> None:
        self._buttons[code].toggle()

    def chosen(self) -> list[str]:
        return [code for code, button in self._buttons.items() if button.isChecked()]

    def clear(self) -> None:
        for button in self._buttons.values():
            button.setChecked(False)
