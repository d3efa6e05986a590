"""Attendance per session: sessions within the activity's dates, only enrolled people,
idempotent marking, and corrections that tombstone rather than vanish."""

from datetime import date

import pytest
from sqlalchemy import func, select

from desktop.services.activities import create_activity, enrol
from desktop.services.attendance import (
    add_session,
    attendance_sheet,
    remove_session,
    set_attendance,
)
from sync.errors import InvalidInput, NotFound
from sync.schema import Attendance, ChangeRecord

START, END = date(2026, 3, 2), date(2026, 3, 30)


@pytest.fixture
def course(desk):
    return create_activity(desk, "educazione_finanziaria", "Bilancio familiare", START, END)


def test_a_session_day_twice_is_one_session_and_days_outside_the_course_are_refused(
        desk, course):
    first = add_session(desk, course.id, date(2026, 3, 9))
    assert add_session(desk, course.id, date(2026, 3, 9)).id == first.id
    for outside in (date(2026, 3, 1), date(2026, 3, 31)):
        with pytest.raises(InvalidInput, match="within the activity's dates"):
            add_session(desk, course.id, outside)
    with pytest.raises(NotFound):
        add_session(desk, "missing", START)


def test_marking_is_idempotent_and_the_sheet_counts_sessions_attended(desk, course, add_person):
    rossi, verdi = add_person("Rossi", "Marco"), add_person("Verdi", "Anna")
    enrol(desk, course.id, rossi.id)
    enrol(desk, course.id, verdi.id)
    monday, tuesday = (add_session(desk, course.id, date(2026, 3, day)) for day in (9, 16))
    set_attendance(desk, monday.id, rossi.id, True)
    set_attendance(desk, monday.id, rossi.id, True)
    set_attendance(desk, tuesday.id, rossi.id, True)
    set_attendance(desk, tuesday.id, verdi.id, True)

    sheet = attendance_sheet(desk, course.id)
    assert [day for _id, day in sheet.sessions] == [date(2026, 3, 9), date(2026, 3, 16)]
    assert [p.family_name for p in sheet.participants] == ["Rossi", "Verdi"]
    assert (sheet.sessions_attended(rossi.id), sheet.sessions_attended(verdi.id)) == (2, 1)
    with desk.reading() as session:
        assert session.scalar(select(func.count()).select_from(Attendance)) == 3


def test_only_enrolled_people_can_be_marked_present(desk, course, add_person):
    stranger = add_person("Bianchi", "Nicolò")
    meeting = add_session(desk, course.id, date(2026, 3, 9))
    with pytest.raises(InvalidInput, match="not enrolled"):
        set_attendance(desk, meeting.id, stranger.id, True)
    assert attendance_sheet(desk, course.id).present == frozenset()


def test_taking_back_attendance_or_a_session_tombstones_and_records_the_change(
        desk, course, add_person):
    rossi = add_person("Rossi", "Marco")
    enrol(desk, course.id, rossi.id)
    meeting = add_session(desk, course.id, date(2026, 3, 9))
    set_attendance(desk, meeting.id, rossi.id, True)
    set_attendance(desk, meeting.id, rossi.id, False)
    assert attendance_sheet(desk, course.id).present == frozenset()
    set_attendance(desk, meeting.id, rossi.id, True)
    remove_session(desk, meeting.id)

    assert attendance_sheet(desk, course.id).sessions == []
    with desk.reading() as session:
        rows = session.scalars(select(Attendance)).all()
        changed = set(session.scalars(select(ChangeRecord.table_name)))
    assert rows and all(row.deleted for row in rows)  # kept as tombstones, so they sync
    assert {"activity_sessions", "attendances"} <= changed


def test_the_office_accepts_sessions_and_attendances_as_pushed_rows(desk, course, add_person):
    from sync.protocol import push_columns, value_encoders
    from sync.server.batches import parse_batch

    rossi = add_person("Rossi", "Marco")
    enrol(desk, course.id, rossi.id)
    meeting = add_session(desk, course.id, date(2026, 3, 9))
    set_attendance(desk, meeting.id, rossi.id, True)
    with desk.reading() as session:
        rows = {"activity_sessions": meeting, "attendances": session.scalars(
            select(Attendance)).one()}
        for table, row in rows.items():
            columns = push_columns(table)[:-1]
            wire = [encode(getattr(session.merge(row), name))
                    for encode, name in zip(value_encoders(table), columns, strict=True)]
            block = {"table": table, "columns": list(push_columns(table)),
                     "rows": [[*wire, None]]}
            parsed = parse_batch({"batch_id": "b-1", "changes": [block]}, 10)
            assert parsed.rows[table][0][columns.index("id")] == row.id
