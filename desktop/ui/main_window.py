"""The desk window: lock screen or the screens, the navigation bar, menus and status line.

The window starts locked; the screens are reachable only with someone logged in, and the
idle watcher brings the lock screen back on a PC left alone. Everything slow (login checks,
sync rounds) runs on the context's BackgroundRunner, so the window never freezes.
"""

from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import i18n
from desktop.ui.context import DeskContext
from desktop.ui.errors import explain, show_error
from desktop.ui.frame.idle import IdleWatcher
from desktop.ui.frame.menus import build_menus, shortcut_lines
from desktop.ui.frame.navigation import SCREENS, NavigationBar
from desktop.ui.frame.style import apply_look
from desktop.ui.login.lock_screen import LockScreen
from desktop.ui.settings import DeskSettings
from desktop.ui.sync_status.controller import SyncController
from desktop.ui.sync_status.status_line import SyncStatusLine
from sync import __version__
from sync.schema import Account
from sync.vocabulary import ROLES, label, sites

MINIMUM_SIZE = (1024, 640)


class MainWindow(QMainWindow):
    def __init__(self, context: DeskContext, settings: DeskSettings) -> None:
        super().__init__()
        self.context = context
        context.setParent(self)  # its runner's late deliveries die with the window
        self.settings = settings
        self.setMinimumSize(*MINIMUM_SIZE)
        self._closing = False

        self.pages = QStackedWidget(self)
        self.lock_screen = LockScreen(context, self.pages)
        self.desk_page = QWidget(self.pages)
        self.pages.addWidget(self.lock_screen)
        self.pages.addWidget(self.desk_page)
        self.setCentralWidget(self.pages)

        self.screen_classes = {entry.key: entry.screen_class() for entry in SCREENS}
        self.navigation = NavigationBar(
            {key for key, cls in self.screen_classes.items() if cls is not None}, self.desk_page)
        self.screens = QStackedWidget(self.desk_page)
        self.screen_widgets: dict[str, QWidget] = {}
        desk_layout = QVBoxLayout(self.desk_page)
        desk_layout.setContentsMargins(0, 0, 0, 0)
        desk_layout.setSpacing(0)
        desk_layout.addWidget(self.navigation)
        desk_layout.addWidget(self.screens, 1)
        self.navigation.chosen.connect(self.show_screen)

        self.account_badge = QLabel(self)
        self.account_badge.setObjectName("accountBadge")
        self.sync_line = SyncStatusLine(context.language, self)
        self.statusBar().addWidget(self.sync_line, 1)
        self.statusBar().addPermanentWidget(self.account_badge)
        self.statusBar().setSizeGripEnabled(False)

        self.sync = SyncController(context, self)
        self.sync.snapshot_changed.connect(self.sync_line.show_snapshot)
        self.sync.busy_changed.connect(self.sync_line.set_busy)
        self.sync_line.sync_requested.connect(self.sync.sync_now)
        self.sync.set_interval(settings.sync_interval_minutes)

        self.idle = IdleWatcher(settings.idle_lock_minutes, self)
        QApplication.instance().installEventFilter(self.idle)
        self.idle.idle.connect(self.lock_for_idle)
        self.lock_screen.unlocked.connect(self.unlock)
        context.runner.failed.connect(lambda error: show_error(error, self))

        self._build_screens()
        self.retranslate()
        self.restore_layout()
        self.sync.refresh()
        self.lock(self.tr("Choose your name and type your password or PIN."),
                  settings.last_username or None)

    # -- building ----------------------------------------------------------------------------

    def _build_screens(self) -> None:
        """Drop every built screen (e.g. after the language changed) and show the first one.

        Screens are built the first time they are shown, so a start builds only the home
        screen and the window is ready sooner.
        """
        current = self.current_screen_key()
        for widget in self.screen_widgets.values():
            self.screens.removeWidget(widget)
            widget.deleteLater()
        self.screen_widgets = {}
        available = self.available_screens()
        if available:
            self.show_screen(current if current in available else available[0])

    def available_screens(self) -> list[str]:
        return [entry.key for entry in SCREENS if self.screen_classes[entry.key] is not None]

    def retranslate(self) -> None:
        site = sites()[self.context.register.site].name
        self.setWindowTitle(self.tr("OP Desk — {site}").format(site=site))
        handlers = {
            "switch": self.switch_volunteer, "lock": self.lock_by_hand,
            "settings": self.open_settings, "accounts": self.open_accounts,
            "quit": self.close, "sync_now": self.sync.sync_now,
            "conflicts": self.open_conflicts, "shortcuts": self.show_shortcuts,
            "about": self.show_about,
        }
        self.actions, go_menu = build_menus(self, handlers)
        self._add_audit_log_action()
        for entry in SCREENS:
            action = QAction(entry.label(), self)
            action.setShortcut(entry.shortcut)
            action.setEnabled(self.screen_classes[entry.key] is not None)
            action.triggered.connect(lambda _checked=False, key=entry.key: self.show_screen(key))
            go_menu.addAction(action)
        self.navigation.retranslate()
        self.lock_screen.retranslate()
        self.sync_line.language = self.context.language
        self.sync_line.retranslate()
        self._show_account()

    def _add_audit_log_action(self) -> None:
        """The audit log, under the accounts in the Desk menu; coordinators only."""
        from desktop.ui.audit.wording import menu_label

        desk_menu = self.menuBar().actions()[0].menu()
        items = desk_menu.actions()
        action = QAction(menu_label(), self)
        action.setProperty("coordinatorsOnly", True)
        action.triggered.connect(self.open_audit_log)
        desk_menu.insertAction(items[items.index(self.actions["accounts"]) + 1], action)
        self.actions["audit_log"] = action

    # -- screens -----------------------------------------------------------------------------

    def show_screen(self, key: str) -> None:
        screen_class = self.screen_classes.get(key)
        if screen_class is None:
            return
        widget = self.screen_widgets.get(key)
        if widget is None:
            widget = self.screen_widgets[key] = screen_class(self.context)
            self.screens.addWidget(widget)
        self.screens.setCurrentWidget(widget)
        self.navigation.mark(key)

    def current_screen_key(self) -> str | None:
        current = self.screens.currentWidget()
        return next((key for key, widget in self.screen_widgets.items() if widget is current),
                    None)

    # -- who is at the desk ------------------------------------------------------------------

    def is_locked(self) -> bool:
        return self.pages.currentWidget() is self.lock_screen

    def lock(self, reason: str, preselect: str | None = None) -> None:
        self.idle.stop()
        self.context.set_account(None)
        self.menuBar().setEnabled(False)
        self.pages.setCurrentWidget(self.lock_screen)
        self.lock_screen.show_for(reason, preselect)
        self._show_account()

    def back_up_if_due(self, _checked=None) -> None:
        """Today's automatic backup, if not taken yet; a missing USB stick is said, not fatal."""
        from datetime import datetime

        from desktop.backups.making import backup_if_due

        register = self.context.register
        self.context.runner.submit(
            lambda: backup_if_due(register, datetime.now()), None,
            lambda error: self.statusBar().showMessage(explain(error), 15_000))

    def refuse_damaged_register(self, error: BaseException) -> None:
        """The start-up check found the register damaged: nobody works on it until fixed."""
        self.lock(self.tr("This register cannot be used until it is repaired."))
        self.lock_screen.setEnabled(False)
        show_error(error, self)

    def lock_by_hand(self) -> None:
        account = self.context.account
        self.lock(self.tr("The desk is locked."), account.username if account else None)

    def lock_for_idle(self) -> None:
        account = self.context.account
        minutes = self.settings.idle_lock_minutes
        self.lock(self.tr("Locked after {minutes} minutes without activity.").format(
            minutes=minutes), account.username if account else None)

    def switch_volunteer(self) -> None:
        self.lock(self.tr("Who is taking over the desk? Choose your name."))
        self.lock_screen.people.setFocus()

    def unlock(self, account: Account) -> None:
        self.context.set_account(account)
        self.settings.last_username = account.username
        self.menuBar().setEnabled(True)
        self._apply_role()
        self.pages.setCurrentWidget(self.desk_page)
        self._show_account()
        current = self.screens.currentWidget()
        if current is not None:
            current.setFocus()
        self.idle.start()

    def _apply_role(self) -> None:
        """Coordinators' commands are shown to coordinators only."""
        coordinator = self.context.role_at_least("coordinator")
        for action in self.actions.values():
            if action.property("coordinatorsOnly"):
                action.setVisible(coordinator)

    def _show_account(self) -> None:
        account = self.context.account
        if account is None:
            self.account_badge.setText(self.tr("Locked"))
            return
        role = label(ROLES, account.role, self.context.language)
        self.account_badge.setText(f"{account.display_name} ({role.lower()})")
        self.account_badge.adjustSize()

    # -- dialogs -----------------------------------------------------------------------------

    def open_settings(self) -> None:
        from desktop.ui.frame.settings_dialog import SettingsDialog

        if SettingsDialog(self.settings, self).exec():
            self.apply_settings()

    def apply_settings(self) -> None:
        """Take the saved settings into use at once: language, text size, timers."""
        settings = self.settings
        if settings.language != self.context.language:
            self.context.language = settings.language
            i18n.install_language(settings.language)
            self._build_screens()
            self.retranslate()
            self._apply_role()
        apply_look(QApplication.instance(), settings.text_scale)
        self.sync.set_interval(settings.sync_interval_minutes)
        self.idle.set_minutes(settings.idle_lock_minutes)
        if not self.is_locked():
            self.idle.start()

    def open_accounts(self) -> None:
        from desktop.ui.accounts.dialog import AccountsDialog

        if self.context.role_at_least("coordinator"):
            AccountsDialog(self.context, self).exec()

    def open_audit_log(self) -> None:
        from desktop.ui.audit.dialog import AuditLogDialog

        if self.context.role_at_least("coordinator"):
            AuditLogDialog(self.context, self).exec()

    def open_conflicts(self) -> None:
        from desktop.ui.sync_status.conflicts import ConflictsDialog

        if self.context.role_at_least("coordinator"):
            ConflictsDialog(self.context, self).exec()

    def show_shortcuts(self) -> None:
        lines = shortcut_lines() + [
            (entry.shortcut.toString(), entry.label()) for entry in SCREENS
            if entry.key in self.available_screens()]
        rows = "".join(f"<tr><td><b>{keys}</b>&nbsp;&nbsp;</td><td>{what}</td></tr>"
                       for keys, what in lines)
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), f"<table>{rows}</table>")

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About OP Desk"), self.tr(
            "OP Desk {version}: the register of the OP Cafè desks of the #Oltreiperimetri "
            "project.").format(version=__version__))

    # -- window state and closing ------------------------------------------------------------

    def restore_layout(self) -> None:
        geometry = self.settings.window_geometry
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(1366, 768)
        self.restoreState(self.settings.window_state)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save the layout, run one last sync round (if enrolled), then really close."""
        self.settings.window_geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.sync()
        if self._closing or not self.sync.snapshot.enrolled:
            self.back_up_if_due()
            self.idle.stop()
            QApplication.instance().removeEventFilter(self.idle)
            self.context.runner.wait_for_done(10_000)
            event.accept()
            return
        event.ignore()
        self._closing = True
        self.setEnabled(False)
        self.statusBar().showMessage(self.tr("Sending the last records before closing…"))
        self.sync.sync_now(then=self.close)

