"""The desk window's settings: every option declared once, typed, with its default.

Stored with QSettings in an INI file inside the desk's data folder, so a portable install or
a test keeps its own settings and a restored data folder brings them back. Stored files carry
a version; ``UPGRADE_STEPS`` moves an older file forward one version at a time (the way Picard
upgrades its config), so a desk updated months later keeps its choices.
"""

from collections.abc import Callable
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


UPGRADE_STEPS: dict[int, Callable[[QSettings], None]] = {1: _v1_drop_undeclared_keys}
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
