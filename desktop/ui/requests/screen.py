"""Richieste: family and housing requests by kind, state and opening period, with their age
("aperta da 23 giorni"), the share satisfied in the period on top (the key number's own),
opening and closing.

Keys: F2 opens a request, Enter on a row (or Ctrl+K) closes it, Ctrl+E exports the list.
"""

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.ui.context import DeskContext
from desktop.ui.errors import explain
from desktop.ui.lists import periods
from desktop.ui.lists.filter_bar import ChoiceFilter, PeriodFilter
from desktop.ui.lists.latest import LatestOnly
from desktop.ui.lists.panel import ListPanel
from desktop.ui.lists.periods import Period
from desktop.ui.lists.source import SortableColumn
from desktop.ui.people.person_text import display_name, short_date
from desktop.ui.requests.dialogs import CloseRequestDialog, OpenRequestDialog
from desktop.ui.requests.listing import OLDEST_FIRST, requests_source, satisfied_shares
from sync.vocabulary import OPEN_STATE, REQUEST_KINDS, REQUEST_STATES, label


class RequestsScreen(QWidget):
    shares_shown = Signal()
    """The satisfied shares on top now match the chosen period."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._shares = LatestOnly(context.runner)
        language = context.language
        self.shares = QLabel()
        self.shares.setObjectName("heading")
        self.shares.setWordWrap(True)
        self.open_button = QPushButton(self.tr("F2  Open a request"))
        self.open_button.setObjectName("primary")
        self.open_button.clicked.connect(self.open_new_request)
        self.close_button = QPushButton(self.tr("Close the request (Ctrl+K)"))
        self.close_button.clicked.connect(self.close_selected)
        self.list = ListPanel(context, requests_source(context.register), (
            SortableColumn(self.tr("Opened on"), lambda row: short_date(row.opened_on),
                           "opened"),
            SortableColumn(self.tr("Person"), lambda row: display_name(row.family_name,
                                                                       row.given_name),
                           "person"),
            SortableColumn(self.tr("Kind"), lambda row: label(REQUEST_KINDS, row.kind, language),
                           "kind"),
            SortableColumn(self.tr("State"), lambda row: label(REQUEST_STATES, row.state,
                                                               language), "state"),
            SortableColumn(self.tr("Age"), self.age_text, "age"),
            SortableColumn(self.tr("Closed on"), lambda row: short_date(row.closed_on),
                           "closed"),
            SortableColumn(self.tr("Reason"), lambda row: row.close_reason or ""),
        ), (
            ChoiceFilter("kind", self.tr("&Kind:"), self.tr("all kinds"),
                         [(term.code, term.label(language)) for term in REQUEST_KINDS]),
            ChoiceFilter("state", self.tr("&State:"), self.tr("all states"),
                         [(term.code, term.label(language)) for term in REQUEST_STATES]),
            PeriodFilter("period", self.tr("Opened in the &period:"), periods.this_year),
        ), OLDEST_FIRST, "richieste")
        header = self.list.view.horizontalHeader()
        for column, width in enumerate((100, 210, 250, 130, 170, 100)):
            header.resizeSection(column, width)
        self.list.activated.connect(lambda _id: self.close_selected())
        self.list.current_changed.connect(lambda _id: self._update_buttons())
        # The shares are read whenever the list is (filters, period, register changes).
        self.list.reading.connect(lambda values: self.refresh_shares(values.get("period")))
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        for sequence, slot in (("F2", self.open_new_request), ("Ctrl+K", self.close_selected)):
            QShortcut(QKeySequence(sequence), self, slot,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        top = QHBoxLayout()
        top.addWidget(self.shares, 1)
        top.addWidget(self.open_button)
        top.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.feedback)
        self.setFocusProxy(self.list.view)
        self._update_buttons()
        self.list.reload()

    # -- what is shown -------------------------------------------------------------------------

    def age_text(self, row, today: date | None = None) -> str:
        """ "aperta da 23 giorni" while open, "chiusa dopo 5 giorni" once closed."""
        if row.state == OPEN_STATE:
            days = ((today or date.today()) - row.opened_on).days
            return self.tr("opened today") if days <= 0 else self.tr(
                "open for %n day(s)", "", days)
        days = (row.closed_on - row.opened_on).days if row.closed_on else 0
        return self.tr("closed the same day") if days <= 0 else self.tr(
            "closed after %n day(s)", "", days)

    def refresh_shares(self, period: Period | None) -> None:
        register = self._context.register
        self._shares.submit(lambda: satisfied_shares(register, period), self._show_shares,
                            self._failed)

    def _show_shares(self, shares) -> None:
        family, housing = shares["famiglia"], shares["casa"]
        self.shares.setText(self.tr(
            "In the period: {family_pct}% of the {family} family requests satisfied · "
            "{housing_pct}% of the {housing} housing requests satisfied").format(
                family_pct=family.percent, family=family.opened,
                housing_pct=housing.percent, housing=housing.opened))
        self.shares_shown.emit()

    def _update_buttons(self) -> None:
        row = self.list.current_row()
        self.close_button.setEnabled(row is not None and row.state == OPEN_STATE)

    # -- actions -------------------------------------------------------------------------------

    def open_new_request(self) -> OpenRequestDialog:
        dialog = OpenRequestDialog(self._context, parent=self)
        dialog.open()
        return dialog

    def close_selected(self) -> CloseRequestDialog | None:
        """The closing dialog for the chosen request; an already closed one is refused here
        (and by the service, should it be closed elsewhere meanwhile)."""
        row = self.list.current_row()
        if row is None:
            return None
        if row.state != OPEN_STATE:
            self._say(self.tr("This request is already closed ({state}, on {day}): it cannot "
                              "be closed again.").format(
                state=label(REQUEST_STATES, row.state, self._context.language).lower(),
                day=short_date(row.closed_on)), problem=True)
            return None
        self._say("")
        summary = " · ".join((display_name(row.family_name, row.given_name),
                              label(REQUEST_KINDS, row.kind, self._context.language),
                              self.age_text(row)))
        dialog = CloseRequestDialog(self._context, row.id, summary, self)
        dialog.open()
        return dialog

    def _say(self, text: str, problem: bool = False) -> None:
        self.feedback.setStyleSheet("color: #a12c2c;" if problem else "")
        self.feedback.setText(text)

    def _failed(self, error: BaseException) -> None:
        self._say(explain(error), problem=True)
