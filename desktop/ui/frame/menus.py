"""The menu bar: every command of the frame, with its shortcut shown next to it."""

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

translate = QCoreApplication.translate


@dataclass(frozen=True)
class Command:
    key: str
    label: Callable[[], str]
    shortcut: str | QKeySequence.StandardKey | None = None
    coordinators_only: bool = False


MENUS: tuple[tuple[Callable[[], str], tuple[Command | None, ...]], ...] = (
    (lambda: translate("Menus", "&Desk"), (
        Command("switch", lambda: translate("Menus", "&Switch volunteer…"), "Ctrl+Shift+L"),
        Command("lock", lambda: translate("Menus", "&Lock"), "Ctrl+L"),
        None,
        Command("settings", lambda: translate("Menus", "S&ettings…"), "Ctrl+,"),
        Command("accounts", lambda: translate("Menus", "&Accounts…"), "Ctrl+Shift+A",
                coordinators_only=True),
        None,
        Command("quit", lambda: translate("Menus", "&Quit"), "Ctrl+Q"),
    )),
    (lambda: translate("Menus", "&Go"), ()),  # filled with the screens by the main window
    (lambda: translate("Menus", "S&ync"), (
        Command("sync_now", lambda: translate("Menus", "Sync &now"), "Ctrl+Shift+S"),
        Command("conflicts", lambda: translate("Menus", "&Conflicts…"), "Ctrl+Shift+K",
                coordinators_only=True),
    )),
    (lambda: translate("Menus", "&Help"), (
        Command("shortcuts", lambda: translate("Menus", "&Keyboard shortcuts"), "F1"),
        Command("about", lambda: translate("Menus", "&About OP Desk"), None),
    )),
)


def build_menus(window: QMainWindow, handlers: dict[str, Callable[[], None]]
                ) -> tuple[dict[str, QAction], QMenu]:
    """Fill the window's menu bar; returns the actions by key and the (empty) Go menu."""
    bar = window.menuBar()
    bar.clear()
    actions: dict[str, QAction] = {}
    go_menu = None
    for title, commands in MENUS:
        menu = bar.addMenu(title())
        if not commands:
            go_menu = menu
        for command in commands:
            if command is None:
                menu.addSeparator()
                continue
            action = QAction(command.label(), window)
            if command.shortcut is not None:
                action.setShortcut(QKeySequence(command.shortcut))
            action.setProperty("coordinatorsOnly", command.coordinators_only)
            action.triggered.connect(handlers[command.key])
            menu.addAction(action)
            actions[command.key] = action
    return actions, go_menu


def shortcut_lines() -> list[tuple[str, str]]:
    """(shortcut, what it does) for the help dialog, from the same table as the menus."""
    lines = []
    for _title, commands in MENUS:
        for command in commands:
            if command is not None and command.shortcut is not None:
                text = QKeySequence(command.shortcut).toString(
                    QKeySequence.SequenceFormat.NativeText)
                lines.append((text, command.label().replace("&", "").rstrip("…")))
    return lines
