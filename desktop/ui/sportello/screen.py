"""The Sportello: find a returning visitor and register their access with the keyboard alone.

The keyboard flow (also written on screen): focus starts in the search field and typing
filters at once. Enter or ↓ moves into the results with the first person selected; there the
single keys L R C F D U A toggle themes (Alt+key does the same while still typing) and Enter
registers the access. Any other letter, Backspace or Esc goes back to the search field, so
theme keys never fight with typing a name. F2 opens the new-person form with the typed text
as surname and name, F3 registers an anonymous access, Ctrl+P prints the last receipt, Ctrl+K
records an individual consultation from the access chosen in Oggi (else the newest).
"""

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.accesses import register_access
from desktop.services.search import search_people
from desktop.ui.consultations.dialog import ConsultationDialog
from desktop.ui.consultations.follow_ups import FollowUpsPanel
from desktop.ui.context import DeskContext
from desktop.ui.errors import explain
from desktop.ui.models.lazy_rows import Column, LazyRowModel
from desktop.ui.people.person_form import PersonFormDialog
from desktop.ui.people.person_text import display_name, split_search_text
from desktop.ui.sportello.live_search import LiveSearch
from desktop.ui.sportello.theme_bar import THEME_KEYS, ThemeBar, theme_for_key
from desktop.ui.sportello.today_list import TodayList
from sync.vocabulary import THEMES, label

RESULT_LIMIT = 30
_FIRST_ROW = ""
"""Select the first result once the pending query answers (else: the id to select)."""
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class SportelloScreen(QWidget):
    results_shown = Signal(str)
    """The search text whose results are now in the list (for tests and the benchmark)."""
    access_registered = Signal(str)
    """The id of an access registered from this screen."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._last_access_id: str | None = None
        self._select_when_ready: str | None = None
        self._search = LiveSearch(context.runner, self._find, self)
        self._search.results_ready.connect(self._show_results)
        self._search.failed.connect(self._show_error)
        self._build()
        self._add_shortcuts()
        self.setFocusProxy(self.search_field)

    # -- layout --------------------------------------------------------------------------------

    def _build(self) -> None:
        self.search_field = QLineEdit()
        self.search_field.setObjectName("search")
        self.search_field.setPlaceholderText(
            self.tr("Surname and name, codice fiscale or phone"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.textChanged.connect(self._on_text_changed)
        self.search_field.installEventFilter(self)
        find_label = QLabel(self.tr("Find &person:"))
        find_label.setBuddy(self.search_field)
        self.new_person_button = QPushButton(self.tr("F2  New person"))
        self.new_person_button.clicked.connect(self.open_new_person)
        self.anonymous_button = QPushButton(self.tr("F3  Anonymous access"))
        self.anonymous_button.clicked.connect(self.register_anonymous)
        for button in (self.new_person_button, self.anonymous_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        search_row = QHBoxLayout()
        search_row.addWidget(find_label)
        search_row.addWidget(self.search_field, 1)
        search_row.addWidget(self.new_person_button)
        search_row.addWidget(self.anonymous_button)

        self._results = LazyRowModel((
            Column(self.tr("Person"), lambda row: display_name(row.family_name, row.given_name)),
            Column(self.tr("Codice fiscale"), lambda row: row.tax_code or "—"),
            Column(self.tr("Municipality"), lambda row: row.municipality or ""),
            Column(self.tr("Last access"), self._last_access_text),
        ), parent=self)
        self.results_view = QTableView()
        self.results_view.setModel(self._results)
        self.results_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results_view.setTabKeyNavigation(False)
        self.results_view.verticalHeader().hide()
        self.results_view.setShowGrid(False)
        header = self.results_view.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setMinimumSectionSize(160)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.results_view.verticalHeader().setDefaultSectionSize(30)
        self.results_view.installEventFilter(self)
        self.results_view.doubleClicked.connect(self.register_selected)

        self.theme_bar = ThemeBar(self._context.language)
        keys = " ".join(THEME_KEYS.values())
        hint = QLabel(self.tr(
            "Enter or ↓: choose the person · then {keys}: themes (Alt+key while typing) · "
            "Enter: register the access · Ctrl+P: print the receipt").format(keys=keys))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.feedback = QLabel()
        self.feedback.setObjectName("feedback")
        self.feedback.setWordWrap(True)

        self.today = TodayList(self._context)
        self.today.print_requested.connect(self.print_receipt)
        self.today.consultation_requested.connect(self.open_consultation)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(search_row)
        layout.addWidget(self.results_view, 2)
        layout.addWidget(self.theme_bar)
        layout.addWidget(hint)
        layout.addWidget(self.feedback)
        below = QHBoxLayout()
        below.addWidget(self.today, 3)
        below.addWidget(FollowUpsPanel(self._context), 1)
        layout.addLayout(below, 3)
        self.setStyleSheet(
            "QPushButton#theme:checked { background: palette(highlight);"
            " color: palette(highlighted-text); }"
            " QLabel#hint { color: #5f6368; }"
            " QLineEdit#search { font-size: 12pt; padding: 4px; }"
            " QLabel#sectionTitle { font-weight: bold; }"
            " QLabel#feedback[error=\"true\"] { color: #b3261e; }")

    def _add_shortcuts(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for sequence, slot in (("F2", self.open_new_person), ("F3", self.register_anonymous),
                               (QKeySequence.StandardKey.Print, self.print_last_receipt),
                               ("Ctrl+K", self.today.request_consultation)):
            QShortcut(QKeySequence(sequence), self, slot, context=context)
        for code, key in THEME_KEYS.items():
            QShortcut(QKeySequence(f"Alt+{key}"), self,
                      lambda code=code: self.theme_bar.toggle(code), context=context)

    # -- searching -----------------------------------------------------------------------------

    def _find(self, text: str):
        """Runs on the runner: the light rows of people matching ``text``."""
        if not text.strip():
            return []
        return search_people(self._context.register, text, limit=RESULT_LIMIT)

    def _on_text_changed(self, text: str) -> None:
        self._select_when_ready = None
        self._search.request(text)

    def _show_results(self, text: str, rows) -> None:
        self._results.reset([row.id for row in rows], {row.id: row for row in rows})
        if self._select_when_ready is not None and rows:
            self._choose_row(max(0, self._results.row_of(self._select_when_ready)))
        self._select_when_ready = None
        self.results_shown.emit(text)

    def _last_access_text(self, row) -> str:
        if row.last_access is None:
            return self.tr("never")
        return f"{row.last_access:%d/%m/%Y}"

    def _choose_row(self, row: int) -> None:
        self.results_view.setFocus()
        self.results_view.selectRow(row)

    def _go_to_results(self) -> None:
        """Enter / ↓ in the search field: into the list, first person selected (now or as
        soon as the query for what was typed answers)."""
        if self._search.is_pending():
            self._select_when_ready = _FIRST_ROW
            self.results_view.setFocus()
        elif self._results.rowCount():
            current = self.results_view.currentIndex()
            self._choose_row(current.row() if current.isValid() else 0)

    def selected_person_id(self) -> str | None:
        current = self.results_view.currentIndex()
        return self._results.row_id(current.row()) if current.isValid() else None

    # -- keys ----------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        if watched is self.search_field:
            return self._search_field_key(event)
        if watched is self.results_view:
            return self._results_key(event)
        return super().eventFilter(watched, event)

    def _search_field_key(self, event: QKeyEvent) -> bool:
        if event.key() in (*_ENTER, Qt.Key.Key_Down):
            self._go_to_results()
            return True
        return False

    def _results_key(self, event: QKeyEvent) -> bool:
        key, modifiers = event.key(), event.modifiers()
        plain = modifiers in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier,
                              Qt.KeyboardModifier.ShiftModifier)
        if key in _ENTER:
            self.register_selected()
            return True
        theme = theme_for_key(key)
        if theme and plain:
            self.theme_bar.toggle(theme)
            return True
        if key == Qt.Key.Key_Up and self.results_view.currentIndex().row() <= 0:
            self.search_field.setFocus()
            return True
        if key in (Qt.Key.Key_Escape, Qt.Key.Key_Backspace) or (plain and event.text().isprintable()
                                                                and event.text()):
            self.search_field.setFocus()
            if key == Qt.Key.Key_Backspace:
                self.search_field.backspace()
            elif key != Qt.Key.Key_Escape:
                self.search_field.insert(event.text())
            return True
        return False

    # -- registering ---------------------------------------------------------------------------

    def register_selected(self) -> None:
        person_id = self.selected_person_id()
        if person_id is not None:
            row = self._results.row_data(self.results_view.currentIndex().row())
            self._register(person_id, display_name(row.family_name, row.given_name))

    def register_anonymous(self) -> None:
        self._register(None, self.tr("anonymous access"))

    def _register(self, person_id: str | None, who: str) -> None:
        register, themes = self._context.register, self.theme_bar.chosen()
        account_id = self._context.account_id
        self._context.runner.submit(
            lambda: register_access(register, person_id, themes, account_id),
            lambda access: self._registered(access, who, themes),
            self._show_error)

    def _registered(self, access, who: str, themes: list[str]) -> None:
        self._last_access_id = getattr(access, "id", access)
        language = self._context.language
        named = ", ".join(label(THEMES, code, language).lower() for code in themes)
        self._say(self.tr("Access registered: {who}{themes}. Ctrl+P prints the receipt.")
                  .format(who=who, themes=f" ({named})" if named else ""))
        self.theme_bar.clear()
        self.search_field.clear()
        self.search_field.setFocus()
        self.access_registered.emit(self._last_access_id)

    # -- new person, receipts, feedback --------------------------------------------------------

    def open_new_person(self) -> None:
        surname, name = split_search_text(self.search_field.text())
        dialog = PersonFormDialog(self._context, family_name=surname, given_name=name,
                                  parent=self)
        dialog.saved.connect(self._person_created)
        dialog.open()

    def _person_created(self, person_id: str, who: str) -> None:
        """The new person is ready to be registered: themes, then Enter."""
        self.search_field.blockSignals(True)
        self.search_field.setText(who)
        self.search_field.blockSignals(False)
        self._search.request(who)
        self._select_when_ready = person_id
        self.results_view.setFocus()
        self._say(self.tr("{who} saved: choose the themes and press Enter to register the "
                          "access.").format(who=who))

    def open_consultation(self, access) -> ConsultationDialog:
        """The consultation dialog tied to ``access`` and, unless it was anonymous, to its
        person."""
        name = "" if access.person_id is None else display_name(access.family_name,
                                                                 access.given_name)
        dialog = ConsultationDialog(self._context, person_id=access.person_id,
                                    access_id=access.id, parent=self, person_name=name)
        dialog.open()
        return dialog

    def print_last_receipt(self) -> None:
        access_id = self._last_access_id or self.today.selected_access_id()
        if access_id is not None:
            self.print_receipt(access_id)

    def print_receipt(self, access_id: str) -> None:
        from desktop.ui.receipts import ReceiptDialog

        ReceiptDialog(self._context, access_id, self).open()

    def _say(self, text: str, error: bool = False) -> None:
        self.feedback.setProperty("error", error)
        self.feedback.style().unpolish(self.feedback)
        self.feedback.style().polish(self.feedback)
        self.feedback.setText(text)

    def _show_error(self, error: BaseException) -> None:
        self._say(explain(error), error=True)
