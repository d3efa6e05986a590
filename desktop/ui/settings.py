"""The desk window's settings: every option declared once, typed, with its default.

Stored with QSettings in an INI file inside the desk's data folder, so a portable install or
a test keeps its own settings and a restored data folder brings them back. Stored files carry
a version; ``UPGRADE_STEPS`` moves an older file forward one version at a time (the way Picard
upgrades its config), so a desk updated months later keeps its choices.
"""

from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

SETTINGS_FILE = "desk-settings.ini"

LANGUAGES = ("it", "en")
TEXT_SCALES = (100, 115, 130, 150)
"""Text size choices, in percent of the platform's default font."""


@dataclass(frozen=True)
class Option:
    key: str
    kind: type
    default: Any


OPTIONS = {
    option.key: option
    for option in (
        Option("language", str, "it"),
        Option("text_scale", int, 100),
        Option("sync_interval_minutes", int, 15),
        Option("idle_lock_minutes", int, 10),
        Option("printer_name", str, ""),
        Option("receipt_paper", str, "a4"),
        Option("window_geometry", QByteArray, QByteArray()),
        Option("window_state", QByteArray, QByteArray()),
        Option("last_username", str, ""),
    )
}


def _v1_drop_undeclared_keys(store: QSettings) -> None:
    """Version 1: settings written before versioning are kept only where still declared."""
    for key in store.allKeys():
        if key not in OPTIONS:
            store.remove(key)


OLD_RECEIPT_PRINTER_FILE = "receipt-printer.ini"
"""Where the receipt dialog kept its own printer and paper before version 2."""


def _v2_take_in_the_receipt_printer_file(store: QSettings) -> None:
    """Version 2: the printer and paper the receipt dialog remembered in its own file become
    ``printer_name`` and ``receipt_paper`` (the printer the receipts really went to wins over
    the settings dialog's, which receipts never read); the old file goes, so that nothing
    is left to disagree."""
    old_path = Path(store.fileName()).with_name(OLD_RECEIPT_PRINTER_FILE)
    if not old_path.exists():
        return
    old = QSettings(str(old_path), QSettings.Format.IniFormat)
    if str(old.value("printer_name", "")):
        store.setValue("printer_name", str(old.value("printer_name")))
    if str(old.value("paper", "")):
        store.setValue("receipt_paper", str(old.value("paper")))
    with suppress(OSError):  # a file that cannot go is harmless: it is never read again
        old_path.unlink()


UPGRADE_STEPS: dict[int, Callable[[QSettings], None]] = {
    1: _v1_drop_undeclared_keys, 2: _v2_take_in_the_receipt_printer_file}
"""Version N's step turns a version N-1 file into a version N file."""

CURRENT_VERSION = max(UPGRADE_STEPS)


class DeskSettings:
    """Typed access: ``settings.language``, ``settings.text_scale = 130``; writes are immediate."""

    def __init__(self, data_dir: Path,
                 steps: dict[int, Callable[[QSettings], None]] | None = None) -> None:
        data_dir.mkdir(parents=True, exist_ok=True)
        self._folder = data_dir
        self._store = QSettings(str(data_dir / SETTINGS_FILE), QSettings.Format.IniFormat)
        _upgrade(self._store, steps or UPGRADE_STEPS)

    def __getattr__(self, key: str) -> Any:
        option = OPTIONS.get(key)
        if option is None:
            raise AttributeError(key)
        value = self._store.value(key, option.default)
        try:
            return option.kind(value)
        except (TypeError, ValueError):  # a hand-edited file: fall back, never crash
            return option.default

    def __setattr__(self, key: str, value: Any) -> None:
        if key.startswith("_"):
            super().__setattr__(key, value)
            return
        if key not in OPTIONS:
            raise AttributeError(f"unknown setting {key!r}")
        self._store.setValue(key, value)

    def sync(self) -> None:
        """Flush to disk (QSettings also does it by itself, later)."""
        self._store.sync()

    @property
    def folder(self) -> Path:
        """The data folder the settings file lives in."""
        return self._folder

    @property
    def version(self) -> int:
        return int(self._store.value("settings_version", 0))


def _upgrade(store: QSettings, steps: dict[int, Callable[[QSettings], None]]) -> None:
    version = int(store.value("settings_version", 0))
    target = max(steps)
    for step in range(version + 1, target + 1):
        steps[step](store)
        store.setValue("settings_version", step)
    store.sync()
