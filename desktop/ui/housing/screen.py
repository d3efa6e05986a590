"""Casa: the homes with today's occupancy at a glance, and the stays in them.

Top: one line that says how many homes have a free place today and when the next place
frees up. Then the homes (places, guests today, free places, next day a place frees up) and,
below, the stays (who, how many guests, from, to, linked request). Choosing a home narrows
the stays to that home. Keys: F2 new stay, F3 new home, Enter on a home corrects it, Delete
on a home removes it (after a question; refused once it has stays), Enter on a stay sets the
day the guests leave, Ctrl+E exports the list that has the focus.
"""

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.services.housing import HomeHasStays, occupancy, remove_home
from desktop.ui.context import DeskContext
from desktop.ui.errors import explain
from desktop.ui.forms.confirmation import ask_before
from desktop.ui.forms.refusals import say_refusal
from desktop.ui.frame.style import heading_font
from desktop.ui.housing.home_dialog import HomeDialog
from desktop.ui.housing.listing import (
    BY_DESCRIPTION,
    NEWEST_STAY_FIRST,
    home_choices,
    homes_source,
    stays_source,
)
from desktop.ui.housing.stay_dialogs import EndStayDialog, StayDialog
from desktop.ui.lists import periods
from desktop.ui.lists.filter_bar import ChoiceFilter, PeriodFilter
from desktop.ui.lists.panel import ListPanel
from desktop.ui.lists.source import SortableColumn
from desktop.ui.people.person_text import display_name, short_date
from sync.vocabulary import REQUEST_STATES, label, municipalities


class HousingScreen(QWidget):
    summary_shown = Signal(str)
    """The occupancy sentence now on screen."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.summary = QLabel()
        self.summary.setFont(heading_font(1.0))
        self.summary.setWordWrap(True)
        self.new_stay_button = QPushButton(self.tr("F2  New stay"))
        self.new_stay_button.setObjectName("primary")
        self.new_stay_button.clicked.connect(self.open_new_stay)
        self.new_home_button = QPushButton(self.tr("F3  New home"))
        self.new_home_button.clicked.connect(self.open_new_home)
        self.remove_home_button = QPushButton(self.tr("Del  Remove home"))
        self.remove_home_button.clicked.connect(self.ask_to_remove_home)
        buttons = (self.new_stay_button, self.new_home_button, self.remove_home_button)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        for button in buttons:
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            top.addWidget(button)

        self.homes = ListPanel(context, homes_source(context.register), self._home_columns(),
                               self._home_filters(), BY_DESCRIPTION, self.tr("homes"))
        self.stays = ListPanel(context, stays_source(context.register), self._stay_columns(),
                               self._stay_filters(), NEWEST_STAY_FIRST, self.tr("stays"))
        for panel, widths in ((self.homes, (330, 150, 70, 110, 110, 190)),
                              (self.stays, (240, 330, 80, 110, 130))):
            for column, width in enumerate(widths):
                panel.view.setColumnWidth(column, width)
        self.homes.activated.connect(self.open_home)
        self.homes.current_changed.connect(self._home_chosen)
        self.stays.activated.connect(self.open_end_stay)
        homes_box, stays_box = (self._titled(self.tr("Homes"), self.homes),
                                self._titled(self.tr("Stays"), self.stays))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(homes_box)
        splitter.addWidget(stays_box)
        splitter.setSizes([300, 360])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.setFocusProxy(self.homes.view)
        shortcut_scope = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence("F2"), self, self.open_new_stay, context=shortcut_scope)
        QShortcut(QKeySequence("F3"), self, self.open_new_home, context=shortcut_scope)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.homes.view,
                  self.ask_to_remove_home, context=Qt.ShortcutContext.WidgetShortcut)
        context.register_changed.connect(self._on_register_changed)
        self.refresh()

    # -- layout --------------------------------------------------------------------------------

    @staticmethod
    def _titled(title: str, panel: ListPanel) -> QWidget:
        box = QWidget()
        heading = QLabel(title)
        heading.setObjectName("heading")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(panel, 1)
        return box

    def _home_columns(self) -> tuple[SortableColumn, ...]:
        return (
            SortableColumn(self.tr("Home"), lambda row: row.description, "description"),
            SortableColumn(self.tr("Municipality"), lambda row: row.municipality or "",
                           "municipality"),
            SortableColumn(self.tr("Places"), lambda row: str(row.places), "places"),
            SortableColumn(self.tr("Guests today"), lambda row: str(row.guests), "guests"),
            SortableColumn(self.tr("Free today"), self._free_text, "free"),
            SortableColumn(self.tr("A place frees up"), lambda row: short_date(row.next_free),
                           "next_free"),
            SortableColumn(self.tr("Available"), self._availability_text, "available"),
        )

    def _home_filters(self):
        return (
            ChoiceFilter("municipality", self.tr("Mu&nicipality:"), self.tr("all"),
                         [(town, town) for town in municipalities()]),
            ChoiceFilter("state", self.tr("&Today:"), self.tr("every home"), (
                ("free", self.tr("with a free place")), ("full", self.tr("full")),
                ("unavailable", self.tr("not available")))),
        )

    def _stay_columns(self) -> tuple[SortableColumn, ...]:
        return (
            SortableColumn(self.tr("Person"),
                           lambda row: display_name(row.family_name, row.given_name) or "—",
                           "person"),
            SortableColumn(self.tr("Home"), lambda row: row.home or "", "home"),
            SortableColumn(self.tr("Guests"), lambda row: str(row.guests), "guests"),
            SortableColumn(self.tr("From"), lambda row: short_date(row.start_on), "start"),
            SortableColumn(self.tr("Until"),
                           lambda row: short_date(row.end_on) or self.tr("open-ended"), "end"),
            SortableColumn(self.tr("Request"), self._request_text),
        )

    def _stay_filters(self):
        return (
            ChoiceFilter("home", self.tr("&Home:"), self.tr("all homes"), ()),
            ChoiceFilter("state", self.tr("&Stays:"), self.tr("all"), (
                ("current", self.tr("under way")), ("upcoming", self.tr("to come")),
                ("ended", self.tr("ended")))),
            PeriodFilter("period", self.tr("&Period:"), periods.this_year),
        )

    # -- how rows read -------------------------------------------------------------------------

    def _free_text(self, row) -> str:
        if not row.available:
            return self.tr("not available")
        free = max(row.places - row.guests, 0)
        return self.tr("full") if free == 0 else str(free)

    def _availability_text(self, row) -> str:
        start, end = short_date(row.available_from), short_date(row.available_to)
        if start and end:
            return self.tr("{start} – {end}").format(start=start, end=end)
        if end:
            return self.tr("until {end}").format(end=end)
        if start:
            return self.tr("from {start}").format(start=start)
        return self.tr("always")

    def _request_text(self, row) -> str:
        if row.request_id is None:
            return "—"
        if row.request_opened_on is None:
            return self.tr("at another desk")
        return self.tr("of {day} ({state})").format(
            day=short_date(row.request_opened_on),
            state=label(REQUEST_STATES, row.request_state, self._context.language))

    # -- reading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the summary, the home choices and both lists again (on the runner)."""
        self._read_summary()
        self._read_home_choices()
        self.homes.reload()
        self.stays.reload()

    def _on_register_changed(self, tables: frozenset) -> None:
        if tables & {"homes", "stays"}:  # the lists reload themselves
            self._read_summary()
        if "homes" in tables:
            self._read_home_choices()

    def _read_summary(self) -> None:
        register = self._context.register
        self._context.runner.submit(lambda: occupancy(register, date.today()),
                                    self._show_summary, self._failed)

    def _read_home_choices(self) -> None:
        register = self._context.register
        self._context.runner.submit(lambda: home_choices(register), self._show_home_choices,
                                    self._failed)

    def _failed(self, error: BaseException) -> None:
        self.summary.setText(explain(error))

    def _show_summary(self, homes) -> None:
        available = [home for home in homes if home.available]
        with_room = [home for home in available if home.free_places > 0]
        frees_up = [(home.next_free_on, home.description) for home in available
                    if home.free_places == 0 and home.next_free_on]
        if not homes:
            text = self.tr("No homes yet: add the first with F3.")
        else:
            text = self.tr("Homes with a free place today: {free} of {available} "
                           "available").format(free=len(with_room), available=len(available))
            if frees_up:
                day, where = min(frees_up)
                text += self.tr(" · the next place frees up on {day} ({home})").format(
                    day=short_date(day), home=where)
            text += "."
        self.summary.setText(text)
        self.summary_shown.emit(text)

    def _show_home_choices(self, choices) -> None:
        combo = self.stays.filter_bar.choice("home")
        chosen = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for home_id, text in choices:
            combo.addItem(text, home_id)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)

    def _home_chosen(self, home_id: str | None) -> None:
        if home_id is not None:
            self.stays.filter_bar.set_choice("home", home_id)

    # -- actions -------------------------------------------------------------------------------

    def open_new_stay(self) -> None:
        dialog = StayDialog(self._context, self.homes.current_id(), self)
        dialog.open()

    def open_new_home(self) -> None:
        HomeDialog(self._context, parent=self).open()

    def open_home(self, home_id: str) -> None:
        home = self.homes.current_row()
        if home is not None and home.id == home_id:
            HomeDialog(self._context, home, self).open()

    def open_end_stay(self, stay_id: str) -> None:
        stay = self.stays.current_row()
        if stay is not None and stay.id == stay_id:
            EndStayDialog(self._context, stay, self).open()

    def ask_to_remove_home(self) -> None:
        home = self.homes.current_row()
        if home is None:
            return
        ask_before(
            self, self.tr("Remove home"),
            self.tr("Remove the home “{home}”?").format(home=home.description),
            self.tr("Only for a home added by mistake. A home no longer offered keeps its "
                    "history: correct it (Enter) and set the last day it is available."),
            self.tr("&Remove home"), lambda: self._remove_home(home.id))

    def _remove_home(self, home_id: str) -> None:
        """The lists reload themselves when the register announces the tombstone."""
        register, account_id = self._context.register, self._context.account_id
        self._context.runner.submit(lambda: remove_home(register, home_id, account_id), None,
                                    self._removal_refused)

    def _removal_refused(self, error: BaseException) -> None:
        if isinstance(error, HomeHasStays):
            sentence = self.tr("This home has stays on record (ended ones too), so it cannot "
                               "be removed: to stop offering it, correct it (Enter) and set "
                               "the last day it is available.")
        else:
            sentence = say_refusal(error)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Remove home"), sentence,
                          QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
