"""The settings a desk may change: language, text size, sync interval, idle lock, printer."""

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.settings import LANGUAGES, TEXT_SCALES, DeskSettings

_LANGUAGE_NAMES = {"it": "Italiano", "en": "English"}


def _printer_names() -> list[str]:
    from PySide6.QtPrintSupport import QPrinterInfo

    return QPrinterInfo.availablePrinterNames()


class SettingsDialog(QDialog):
    """Edits a copy; nothing changes until OK (Esc or Cancel leaves everything as it was)."""

    def __init__(self, settings: DeskSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(480)

        self.language = QComboBox(self)
        for code in LANGUAGES:
            self.language.addItem(_LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(LANGUAGES.index(settings.language)
                                      if settings.language in LANGUAGES else 0)
        self.text_scale = QComboBox(self)
        for percent in TEXT_SCALES:
            self.text_scale.addItem(f"{percent} %", percent)
        self.text_scale.setCurrentIndex(max(self.text_scale.findData(settings.text_scale), 0))
        self.sync_interval = QSpinBox(self)
        self.sync_interval.setRange(0, 240)
        self.sync_interval.setSuffix(self.tr(" min"))
        self.sync_interval.setSpecialValueText(self.tr("only by hand and at closing"))
        self.sync_interval.setValue(settings.sync_interval_minutes)
        self.idle_lock = QSpinBox(self)
        self.idle_lock.setRange(0, 120)
        self.idle_lock.setSuffix(self.tr(" min"))
        self.idle_lock.setSpecialValueText(self.tr("never"))
        self.idle_lock.setValue(settings.idle_lock_minutes)
        self.printer = QComboBox(self)
        self.printer.addItem(self.tr("The system's default printer"), "")
        for name in _printer_names():
            self.printer.addItem(name, name)
        self.printer.setCurrentIndex(max(self.printer.findData(settings.printer_name), 0))

        form = QFormLayout()
        form.setSpacing(12)
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self.tr("&Text size"), self.text_scale)
        form.addRow(self.tr("&Sync every"), self.sync_interval)
        form.addRow(self.tr("Lock &after"), self.idle_lock)
        form.addRow(self.tr("&Printer"), self.printer)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.buttons = buttons

    def accept(self) -> None:
        settings = self.settings
        settings.language = self.language.currentData()
        settings.text_scale = self.text_scale.currentData()
        settings.sync_interval_minutes = self.sync_interval.value()
        settings.idle_lock_minutes = self.idle_lock.value()
        settings.printer_name = self.printer.currentData()
        settings.sync()
        super().accept()
