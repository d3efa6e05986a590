"""The row of filters above a list: choices (theme, kind, state, operator) and a period.

Each filter is a labelled control reachable with Tab and its Alt+letter mnemonic; any change
emits ``changed`` with every value at once, so the list reads its ids once per change.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from desktop.ui.lists import periods
from desktop.ui.lists.periods import Period
from desktop.ui.lists.source import FilterValues

DATE_FORMAT = "dd/MM/yyyy"


@dataclass(frozen=True)
class ChoiceFilter:
    """A drop-down: the first entry ("any") means no filter."""

    key: str
    label: str
    any_label: str
    choices: Sequence[tuple[str, str]]
    """(code, label) pairs."""
    initial: str | None = None


@dataclass(frozen=True)
class PeriodFilter:
    key: str
    label: str
    initial: Callable[[date], Period] = periods.this_year


def _to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _to_date(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class PeriodPicker(QWidget):
    """A preset ("This year", "Everything"…) plus the two days it stands for, editable."""

    changed = Signal()

    def __init__(self, initial: Callable[[date], Period], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        today = date.today()
        self._presets: list[tuple[str, Callable[[date], Period] | None]] = [
            (self.tr("This week"), periods.this_week),
            (self.tr("This month"), periods.this_month),
            (self.tr("This year"), periods.this_year),
            (self.tr("Last year"), periods.last_year),
            (self.tr("Last 12 months"), periods.last_twelve_months),
            (self.tr("Everything"), lambda _today: periods.EVERYTHING),
            (self.tr("Chosen days"), None),
        ]
        self.preset = QComboBox()
        for text, _make in self._presets:
            self.preset.addItem(text)
        self.start_edit, self.end_edit = QDateEdit(), QDateEdit()
        for edit in (self.start_edit, self.end_edit):
            edit.setDisplayFormat(DATE_FORMAT)
            edit.setCalendarPopup(True)
            edit.setDate(_to_qdate(today))
            edit.dateChanged.connect(self._dates_edited)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preset)
        layout.addWidget(self.start_edit)
        layout.addWidget(QLabel("–"))
        layout.addWidget(self.end_edit)
        self._quiet = False
        self.preset.setCurrentIndex(next(
            (number for number, (_text, make) in enumerate(self._presets) if make is initial),
            len(self._presets) - 1))
        self._preset_chosen(self.preset.currentIndex(), initial)
        self.preset.currentIndexChanged.connect(self._preset_picked)

    def value(self) -> Period:
        if not self.start_edit.isEnabled():
            return periods.EVERYTHING
        return Period(_to_date(self.start_edit.date()), _to_date(self.end_edit.date()))

    def set_period(self, period: Period) -> None:
        """Show exactly ``period`` (as "Chosen days" unless it is everything)."""
        self._quiet = True
        everything = period == periods.EVERYTHING
        self.preset.setCurrentIndex(len(self._presets) - (2 if everything else 1))
        self._show(period)
        self._quiet = False
        self.changed.emit()

    def _preset_picked(self, index: int) -> None:
        if not self._quiet:  # set_period shows its own days and says so once
            self._preset_chosen(index)

    def _preset_chosen(self, index: int, make=None) -> None:
        make = make or self._presets[index][1]
        if make is None:  # "Chosen days": keep the days shown, let them be edited
            self.start_edit.setEnabled(True)
            self.end_edit.setEnabled(True)
            return
        self._quiet = True
        self._show(make(date.today()))
        self._quiet = False
        self.changed.emit()

    def _show(self, period: Period) -> None:
        bounded = period != periods.EVERYTHING
        for edit, day in ((self.start_edit, period.start), (self.end_edit, period.end)):
            edit.setEnabled(bounded)
            if day is not None:
                edit.setDate(_to_qdate(day))

    def _dates_edited(self) -> None:
        if self._quiet:
            return
        self._quiet = True
        self.preset.setCurrentIndex(len(self._presets) - 1)
        self._quiet = False
        self.changed.emit()


class FilterBar(QWidget):
    changed = Signal(object)
    """Every filter's value (``FilterValues``) after any of them changed."""

    def __init__(self, filters: Sequence[ChoiceFilter | PeriodFilter],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices: dict[str, QComboBox] = {}
        self._periods: dict[str, PeriodPicker] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        for spec in filters:
            label = QLabel(spec.label)
            if isinstance(spec, ChoiceFilter):
                control = QComboBox()
                control.addItem(spec.any_label, None)
                for code, text in spec.choices:
                    control.addItem(text, code)
                if spec.initial is not None:
                    control.setCurrentIndex(max(0, control.findData(spec.initial)))
                control.currentIndexChanged.connect(self._emit)
                self._choices[spec.key] = control
                label.setBuddy(control)
            else:
                control = PeriodPicker(spec.initial)
                control.changed.connect(self._emit)
                self._periods[spec.key] = control
                label.setBuddy(control.preset)
            layout.addWidget(label)
            layout.addWidget(control)
            layout.addSpacing(8)
        layout.addStretch(1)

    def values(self) -> FilterValues:
        values: dict = {key: combo.currentData() for key, combo in self._choices.items()}
        values.update({key: picker.value() for key, picker in self._periods.items()})
        return values

    def choice(self, key: str) -> QComboBox:
        return self._choices[key]

    def period(self, key: str) -> PeriodPicker:
        return self._periods[key]

    def set_choice(self, key: str, code: str | None) -> None:
        combo = self._choices[key]
        combo.setCurrentIndex(max(0, combo.findData(code)))

    def _emit(self, *_args) -> None:
        self.changed.emit(self.values())
