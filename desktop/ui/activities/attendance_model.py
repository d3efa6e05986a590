"""The enrolled people of one activity as a grid: hired (training only) and one tick per
session, with how many sessions each attended.

A tick changed by the volunteer shows at once and is announced (``hired_changed``,
``attendance_changed``) for the screen to write; the next reload shows what was stored.
"""

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from desktop.services.attendance import AttendanceSheet, Participant
from desktop.ui.people.person_text import display_name

_CHECKED, _UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked


class AttendanceModel(QAbstractTableModel):
    hired_changed = Signal(str, bool)
    """(person id, hired)."""
    attendance_changed = Signal(str, str, bool)
    """(session id, person id, present)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._sheet = AttendanceSheet([], [], frozenset())
        self._present: set[tuple[str, str]] = set()
        self._hired: set[str] = set()
        self._with_outcome = False

    def show_sheet(self, sheet: AttendanceSheet, with_outcome: bool) -> None:
        self.beginResetModel()
        self._sheet = sheet
        self._present = set(sheet.present)
        self._hired = {person.person_id for person in sheet.participants
                       if person.outcome == "assunto"}
        self._with_outcome = with_outcome
        self.endResetModel()

    def clear(self) -> None:
        self.show_sheet(AttendanceSheet([], [], frozenset()), False)

    def participant(self, row: int) -> Participant:
        return self._sheet.participants[row]

    def present_at(self, session_id: str) -> int:
        """How many people are ticked present at the session."""
        return sum(1 for ticked_session, _person in self._present if ticked_session == session_id)

    # -- columns: person, [hired], one per session, [attended] ---------------------------------

    def _first_session(self) -> int:
        return 2 if self._with_outcome else 1

    def session_at(self, column: int) -> tuple[str, Any] | None:
        """(session id, day) of the session shown in ``column``, None for other columns."""
        number = column - self._first_session()
        sessions = self._sheet.sessions
        return sessions[number] if 0 <= number < len(sessions) else None

    def _is_hired_column(self, column: int) -> bool:
        return self._with_outcome and column == 1

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._sheet.participants)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        sessions = len(self._sheet.sessions)
        return self._first_session() + sessions + (1 if sessions else 0)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < self.columnCount():
            return None
        if section == 0:
            return self.tr("Enrolled")
        if self._is_hired_column(section):
            return self.tr("Hired")
        meeting = self.session_at(section)
        return f"{meeting[1]:%d/%m}" if meeting else self.tr("Attended")

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._is_hired_column(index.column()) or self.session_at(index.column()):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        person = self._sheet.participants[index.row()]
        column = index.column()
        meeting = self.session_at(column)
        if role == Qt.ItemDataRole.CheckStateRole:
            if self._is_hired_column(column):
                return _CHECKED if person.person_id in self._hired else _UNCHECKED
            if meeting:
                present = (meeting[0], person.person_id) in self._present
                return _CHECKED if present else _UNCHECKED
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return display_name(person.family_name, person.given_name)
        if self._is_hired_column(column) or meeting:
            return ""
        attended = sum(1 for session_id, _day in self._sheet.sessions
                       if (session_id, person.person_id) in self._present)
        return self.tr("{attended} of {sessions}").format(attended=attended,
                                                          sessions=len(self._sheet.sessions))

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        ticked = Qt.CheckState(value) == _CHECKED
        person_id = self._sheet.participants[index.row()].person_id
        meeting = self.session_at(index.column())
        if self._is_hired_column(index.column()):
            (self._hired.add if ticked else self._hired.discard)(person_id)
            self.hired_changed.emit(person_id, ticked)
        elif meeting:
            pair = (meeting[0], person_id)
            (self._present.add if ticked else self._present.discard)(pair)
            self.attendance_changed.emit(meeting[0], person_id, ticked)
        else:
            return False
        last = self.columnCount() - 1
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), last))
        return True
