"""Attività: the calendar marks busy days and lists a day's activities, new activities and
enrolments through the dialogs, "hired" and attendance ticks stored, head-count refusals,
sessions removed after a question."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from desktop.services.activities import create_activity, enrol
from desktop.services.attendance import (
    AttendanceSheet,
    Participant,
    add_session,
    attendance_sheet,
    remove_session,
    set_attendance,
)
from desktop.ui import i18n
from desktop.ui.activities.attendance_model import AttendanceModel
from desktop.ui.activities.dialogs import ActivityDialog, EnrolDialog
from desktop.ui.activities.screen import ActivitiesScreen
from sync.schema import Activity, ActivitySession, Participation
from tests.desktop.ui.message_boxes import confirm_destructive, open_box
from tests.desktop.ui.sportello.desk_fixtures import Keyboard, add_person, show, sign_in

TODAY = date.today()
FIRST = TODAY.replace(day=1)


@pytest.fixture
def planned(desk_context):
    """A training course this month with two people enrolled and one session, and an event."""
    register = desk_context.register
    sign_in(desk_context, "operator")
    course = create_activity(register, "formazione_borsa_lavoro", "Corso magazziniere", FIRST,
                             FIRST + timedelta(days=27))
    event = create_activity(register, "evento", "Festa di quartiere", FIRST + timedelta(days=3),
                            head_count=80)
    people = [add_person(desk_context, "Rossi", "Marco"), add_person(desk_context, "Verdi",
                                                                     "Anna")]
    for person in people:
        enrol(register, course.id, person)
    meeting = add_session(register, course.id, FIRST + timedelta(days=7))
    return course.id, event.id, people, meeting.id


def _screen(qtbot, context):
    screen = ActivitiesScreen(context)
    with qtbot.waitSignals([screen.activities.shown, screen.calendar.marked], timeout=5000):
        show(qtbot, screen, screen.activities.view)
    return screen


def _choose(qtbot, screen, title: str):
    row = next(row for row in range(screen.activities.model.rowCount())
               if screen.activities.cell_text(row, 1) == title)
    screen.activities.view.selectRow(row)
    qtbot.waitUntil(lambda: getattr(screen.detail.activity(), "title", None) == title)
    return row


def _outcomes(context) -> dict:
    with context.register.reading() as session:
        return dict(session.execute(
            select(Participation.person_id, Participation.outcome)).all())


def test_the_attendance_model_passes_the_qt_model_checks(qtmodeltester):
    model = AttendanceModel()
    model.show_sheet(AttendanceSheet(
        [("s1", date(2026, 3, 9)), ("s2", date(2026, 3, 16))],
        [Participant("p1", "Rossi", "Marco", "assunto"), Participant("p2", "Verdi", "Anna", None)],
        frozenset({("s1", "p1")})), with_outcome=True)
    qtmodeltester.check(model)
    assert model.index(0, 4).data() == "1 of 2"


def test_the_calendar_marks_busy_days_and_choosing_a_day_lists_what_is_on(qtbot, desk_context,
                                                                         planned):
    screen = _screen(qtbot, desk_context)
    marked = {FIRST, FIRST + timedelta(days=3), FIRST + timedelta(days=7)}
    qtbot.waitUntil(lambda: all(
        screen.calendar.dateTextFormat(QDate(day.year, day.month, day.day)).fontWeight() > 500
        for day in marked))
    assert screen.activities.model.rowCount() == 2
    with qtbot.waitSignal(screen.activities.shown, timeout=5000) as shown:
        screen.calendar.setSelectedDate(QDate(FIRST.year, FIRST.month, FIRST.day + 3))
    assert shown.args == [2]  # the course runs that day too
    with qtbot.waitSignal(screen.activities.shown, timeout=5000) as shown:
        screen.calendar.setSelectedDate(QDate(FIRST.year, FIRST.month, 1).addDays(28))
    assert shown.args == [0]
    with qtbot.waitSignal(screen.activities.shown, timeout=5000) as shown:
        screen.activities.filter_bar.set_choice("kind", "evento")


def test_a_new_activity_is_created_from_the_dialog_with_a_head_count(qtbot, desk_context):
    sign_in(desk_context, "volunteer")
    dialog = ActivityDialog(desk_context, TODAY)
    show(qtbot, dialog, dialog.kind)
    dialog.kind.setCurrentIndex(dialog.kind.findData("scuola"))
    keyboard = Keyboard()
    keyboard.press(Qt.Key.Key_Return)  # Enter moves on, it does not save half a form
    keyboard.type("Liceo Rebora")
    dialog.head_count.setText(" 120 ")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        keyboard.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    with desk_context.register.reading() as session:
        stored = session.scalars(select(Activity)).one()
    assert (stored.kind, stored.title, stored.starts_on, stored.head_count) == (
        "scuola", "Liceo Rebora", TODAY, 120)


def test_a_head_count_that_is_not_a_number_is_refused_in_italian_and_kept(qtbot, desk_context,
                                                                         planned):
    _course, _event, _people, _meeting = planned
    i18n.install_language("it")
    screen = _screen(qtbot, desk_context)
    _choose(qtbot, screen, "Festa di quartiere")
    screen.detail.head_count.setFocus()
    screen.detail.head_count.selectAll()
    qtbot.keyClicks(screen.detail.head_count, "tanti")
    qtbot.keyClick(screen.detail.head_count, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.detail.feedback.text() != "")
    assert screen.detail.feedback.text() == (
        "Il numero dei partecipanti deve essere un numero intero, non «tanti».")
    assert screen.detail.head_count.text() == "tanti"
    with desk_context.register.reading() as session:
        assert session.scalars(select(Activity.head_count).where(
            Activity.title == "Festa di quartiere")).one() == 80
    with qtbot.waitSignal(screen.detail.head_count_saved, timeout=5000) as saved:
        screen.detail.head_count.setText("95")
        screen.detail.save_head_count()
    assert saved.args == [95]


def test_hired_and_attendance_ticks_are_stored_and_counted(qtbot, desk_context, planned):
    course, _event, (rossi, verdi), meeting = planned
    screen = _screen(qtbot, desk_context)
    _choose(qtbot, screen, "Corso magazziniere")
    model = screen.detail.model
    assert [model.headerData(column, Qt.Orientation.Horizontal) for column in range(4)] == [
        "Enrolled", "Hired", f"{FIRST + timedelta(days=7):%d/%m}", "Attended"]
    screen.detail.grid.setFocus()
    screen.detail.grid.setCurrentIndex(model.index(0, 1))
    qtbot.keyClick(screen.detail.grid, Qt.Key.Key_Space)  # Rossi hired
    qtbot.waitUntil(lambda: _outcomes(desk_context) == {rossi: "assunto", verdi: None})
    screen.detail.grid.setCurrentIndex(model.index(1, 2))
    qtbot.keyClick(screen.detail.grid, Qt.Key.Key_Space)  # Verdi present
    qtbot.waitUntil(lambda: attendance_sheet(desk_context.register, course).present
                    == frozenset({(meeting, verdi)}))
    qtbot.waitUntil(lambda: model.index(1, 3).data() == "1 of 1")
    row = _choose(qtbot, screen, "Corso magazziniere")
    qtbot.waitUntil(lambda: screen.activities.cell_text(row, 5) == "1")


def test_enrolling_finds_the_person_as_on_the_front_desk(qtbot, desk_context, planned):
    _course, event, _people, _meeting = planned
    bianchi = add_person(desk_context, "Bianchi", "Nicolò")
    dialog = EnrolDialog(desk_context, event, "Festa di quartiere")
    show(qtbot, dialog, dialog.person.search_field)
    with qtbot.waitSignal(dialog.person.matches_shown, timeout=5000):
        qtbot.keyClicks(dialog.person.search_field, "bianc")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        qtbot.keyClick(dialog.person.search_field, Qt.Key.Key_Return,
                       Qt.KeyboardModifier.ControlModifier)
    assert [p.person_id for p in attendance_sheet(desk_context.register, event).participants] \
        == [bianchi]


def test_delete_in_the_grid_removes_the_chosen_session_with_its_attendances(
        qtbot, desk_context, planned):
    course, _event, (_rossi, verdi), meeting = planned
    set_attendance(desk_context.register, meeting, verdi, True)
    screen = _screen(qtbot, desk_context)
    _choose(qtbot, screen, "Corso magazziniere")
    grid, model = screen.detail.grid, screen.detail.model
    qtbot.waitUntil(lambda: model.columnCount() == 4)
    grid.setFocus()
    grid.setCurrentIndex(model.index(0, 2))  # the session's column
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    box = open_box(qtbot, screen.detail)
    assert box.text() == f"Remove the session of {FIRST + timedelta(days=7):%d/%m/%Y}?"
    assert box.informativeText().startswith("Attendances marked: 1, removed with it.")
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    confirm_destructive(qtbot, box)
    qtbot.waitUntil(lambda: model.columnCount() == 2)  # Enrolled, Hired
    sheet = attendance_sheet(desk_context.register, course)
    assert (sheet.sessions, sheet.present) == ([], frozenset())
    with desk_context.register.reading() as session:
        assert session.get(ActivitySession, meeting).deleted  # a tombstone, so it syncs


def test_removing_a_session_already_removed_elsewhere_says_so(qtbot, desk_context, planned):
    _course, _event, _people, meeting = planned
    screen = _screen(qtbot, desk_context)
    _choose(qtbot, screen, "Corso magazziniere")
    grid, model = screen.detail.grid, screen.detail.model
    qtbot.waitUntil(lambda: model.columnCount() == 4)
    grid.setCurrentIndex(model.index(0, 2))
    screen.detail.remove_session_button.click()
    box = open_box(qtbot, screen.detail)
    remove_session(desk_context.register, meeting)  # meanwhile, as another desk's pull would
    confirm_destructive(qtbot, box)
    qtbot.waitUntil(lambda: screen.detail.feedback.text() != "")
    assert screen.detail.feedback.text().startswith("That record no longer exists")


def test_remove_session_outside_a_session_column_says_how_to_choose_one(
        qtbot, desk_context, planned):
    screen = _screen(qtbot, desk_context)
    _choose(qtbot, screen, "Corso magazziniere")
    screen.detail.grid.setCurrentIndex(screen.detail.model.index(0, 0))
    screen.detail.remove_session_button.click()
    assert screen.detail.feedback.text().startswith("Choose a session's column")
    assert not [box for box in screen.detail.findChildren(QMessageBox) if box.isVisible()]
