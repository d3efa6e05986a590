"""The window's look in one place: one accent colour, roomy controls, the chosen text size.

Sizes in the style sheet are in ``em``-free pixels only where they are borders and radii;
text follows the application font, so the larger-text setting scales every label at once.
"""

from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication

from sync.paths import resources_dir

ACCENT = "#1f6f8b"
ACCENT_DARK = "#17566c"
SURFACE = "#f4f6f7"
LINE = "#d5dce1"
TEXT = "#1f2a30"
MUTED = "#5d6b73"
PROBLEM = "#a12c2c"

STYLE_SHEET = f"""
QMainWindow, QDialog, QWizard {{ background: white; }}
QWidget#navBar {{ background: {SURFACE}; border-bottom: 1px solid {LINE}; }}
QWidget#navBar QPushButton {{
    border: none; border-radius: 6px; padding: 7px 14px; color: {TEXT}; background: transparent;
}}
QWidget#navBar QPushButton:hover {{ background: #e3eaee; }}
QWidget#navBar QPushButton:checked {{ background: {ACCENT}; color: white; }}
QWidget#navBar QPushButton:disabled {{ color: #9aa6ad; }}
QWidget#navBar QPushButton:focus {{ outline: none; border: 2px solid {ACCENT_DARK}; }}
QLabel#accountBadge {{ color: {TEXT}; padding: 0 8px; }}
QLabel#heading {{ font-weight: 600; color: {TEXT}; }}
QLabel#hint, QLabel#muted {{ color: {MUTED}; }}
QLabel#problem {{ color: {PROBLEM}; }}
QPushButton#primary {{
    background: {ACCENT}; color: white; border: 1px solid {ACCENT_DARK}; border-radius: 6px;
    padding: 7px 18px; font-weight: 600;
}}
QPushButton#primary:hover {{ background: {ACCENT_DARK}; }}
QPushButton#primary:disabled {{ background: #9fb9c3; border-color: #9fb9c3; }}
QFrame#card {{ background: white; border: 1px solid {LINE}; border-radius: 10px; }}
QWidget#lockScreen {{ background: {SURFACE}; }}
QListWidget#people::item {{ padding: 7px 6px; }}
QStatusBar {{ background: {SURFACE}; border-top: 1px solid {LINE}; }}
QStatusBar QLabel {{ color: {TEXT}; }}
QLabel#syncDot[state="online"] {{ color: #2e7d32; }}
QLabel#syncDot[state="offline"] {{ color: #b26a00; }}
QLabel#syncDot[state="never"] {{ color: {MUTED}; }}
QLabel#syncDot[state="busy"] {{ color: {ACCENT}; }}
"""


def heading_font(scale: float = 1.35) -> QFont:
    font = QFont(QApplication.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setWeight(QFont.Weight.DemiBold)
    return font


def app_icon() -> QIcon:
    return QIcon(str(resources_dir() / "icons" / "op-desk.svg"))


def apply_look(app: QApplication, text_scale: int) -> None:
    """Style sheet, icon and text size (percent of the platform's own default size)."""
    platform_size = app.property("platformPointSize")
    if platform_size is None:  # first call: the look is set once, the size remembered
        platform_size = max(app.font().pointSizeF(), 10.0)
        app.setProperty("platformPointSize", platform_size)
        app.setStyle("Fusion")
        app.setStyleSheet(STYLE_SHEET)
        app.setWindowIcon(app_icon())
    font = QFont(app.font())
    font.setPointSizeF(platform_size * text_scale / 100)
    if font != app.font():
        app.setFont(font)
