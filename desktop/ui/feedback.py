"""The one line of feedback under a screen or dialog: muted, or styled as a problem."""

from PySide6.QtWidgets import QLabel


def show_feedback(label: QLabel, text: str, problem: bool = False) -> None:
    """Put ``text`` in ``label`` and restyle it (the stylesheet keys on the object name)."""
    label.setObjectName("problem" if problem else "muted")
    label.style().unpolish(label)
    label.style().polish(label)
    label.setText(text)
