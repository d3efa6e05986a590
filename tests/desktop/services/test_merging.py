"""Merging duplicates moves every reference; undo puts back exactly what moved."""

import json
from datetime import date, datetime

import pytest
from sqlalchemy import select

from desktop.services.accesses import register_access
from desktop.services.activities import create_activity, enrol, set_outcome
from desktop.services.attendance import add_session, attendance_sheet, set_attendance
from desktop.services.consultations import record_consultation
from desktop.services.housing import add_home, start_stay
from desktop.services.merging import MOVED_MODELS, merge_people, undo_merge
from desktop.services.requests import open_request
from sync.errors import InvalidInput, NotAllowed, NotFound
from sync.schema import Access, Attendance, AuditEntry, Participation, Person
from tests.desktop.services.conftest import tax_code


def _snapshot(desk) -> dict:
    """Every casework row's person and tombstone, and both people, as stored."""
    with desk.reading() as session:
        rows = {table: sorted((row.id, row.person_id, row.deleted, getattr(row, "outcome", None))
                              for row in session.scalars(select(model)))
                for table, model in MOVED_MODELS.items()}
        rows["people"] = sorted(
            (p.id, p.tax_code, p.phone, p.birth_date, p.merged_into, p.deleted)
            for p in session.scalars(select(Person)))
    return rows


@pytest.fixture
def duplicates(desk, add_person, volunteer):
    keep = add_person("Rossi", "Marco", phone="333 1234567")
    drop = add_person("Rossi", "Marco", tax_code=tax_code("RSSMRC80A01H264"))
    other = add_person("Verdi", "Anna")
    training = create_activity(desk, "formazione_borsa_lavoro", "Corso", date(2026, 2, 1))
    group = create_activity(desk, "gruppo_orientamento", "Gruppo", date(2026, 2, 1))
    home = add_home(desk, "Bilocale via Roma", 4)
    for person in (keep, drop):
        register_access(desk, person.id, ["lavoro"], volunteer.id,
                        occurred_at=datetime(2026, 3, 2, 10, 0))
        enrol(desk, training.id, person.id)
    set_outcome(desk, training.id, drop.id, "assunto")
    enrol(desk, group.id, drop.id)
    record_consultation(desk, drop.id, "debito", volunteer.id, notes="private")
    open_request(desk, drop.id, "casa", date(2026, 3, 1), None, volunteer.id)
    start_stay(desk, home.id, drop.id, 2, date(2026, 3, 5), date(2026, 4, 5))
    register_access(desk, other.id, ["casa"], volunteer.id)
    return keep, drop, other


def test_merge_moves_every_reference_and_marks_the_dropped_record(desk, duplicates, volunteer):
    keep, drop, other = duplicates
    merge_people(desk, keep.id, drop.id, volunteer.id)
    snapshot = _snapshot(desk)
    for table in ("accesses", "consultations", "requests", "stays"):
        assert {person for _, person, _, _ in snapshot[table]} <= {keep.id, other.id}, table
    live = [(person, outcome) for _, person, deleted, outcome in snapshot["participations"]
            if not deleted]
    assert sorted(live, key=str) == sorted([(keep.id, "assunto"), (keep.id, None)], key=str)
    with desk.reading() as session:
        kept, dropped = session.get(Person, keep.id), session.get(Person, drop.id)
    assert dropped.merged_into == keep.id
    assert (kept.tax_code, kept.birth_date, kept.phone) == (
        drop.tax_code, date(1980, 1, 1), "333 1234567")


def test_undo_restores_exactly_what_the_merge_moved(desk, duplicates, volunteer):
    keep, drop, _ = duplicates
    before = _snapshot(desk)
    merge_id = merge_people(desk, keep.id, drop.id, volunteer.id)
    assert _snapshot(desk) != before
    undo_merge(desk, merge_id, volunteer.id)
    assert _snapshot(desk) == before
    with pytest.raises(InvalidInput, match="already undone"):
        undo_merge(desk, merge_id, volunteer.id)


def _attendance(desk, activity_id) -> dict[str, list]:
    """Who the activity's grid shows, and the days each was present."""
    sheet = attendance_sheet(desk, activity_id)
    return {person.person_id: [day for session_id, day in sheet.sessions
                               if (session_id, person.person_id) in sheet.present]
            for person in sheet.participants}


def test_attendances_follow_the_merge_and_come_back_with_its_undo(desk, duplicates,
                                                                   volunteer):
    keep, drop, _ = duplicates
    (training_id,) = _enrolled(desk, keep.id)
    (group_id,) = set(_enrolled(desk, drop.id)) - {training_id}
    first, second = (add_session(desk, training_id, date(2026, 3, day)) for day in (9, 16))
    set_attendance(desk, first.id, keep.id, True)
    for meeting in (first, second):
        set_attendance(desk, meeting.id, drop.id, True)
    group_meeting = add_session(desk, group_id, date(2026, 3, 10))
    set_attendance(desk, group_meeting.id, drop.id, True)
    before = _snapshot(desk)

    merge_id = merge_people(desk, keep.id, drop.id, volunteer.id)
    assert _attendance(desk, training_id) == {keep.id: [date(2026, 3, 9), date(2026, 3, 16)]}
    assert _attendance(desk, group_id) == {keep.id: [date(2026, 3, 10)]}
    with desk.reading() as session:
        assert session.scalars(select(Attendance).where(
            Attendance.person_id == drop.id, Attendance.deleted.is_(False))).all() == []

    undo_merge(desk, merge_id, volunteer.id)
    assert _snapshot(desk) == before
    assert _attendance(desk, training_id) == {
        keep.id: [date(2026, 3, 9)], drop.id: [date(2026, 3, 9), date(2026, 3, 16)]}
    assert _attendance(desk, group_id) == {drop.id: [date(2026, 3, 10)]}


def _enrolled(desk, person_id: str) -> list[str]:
    with desk.reading() as session:
        return session.scalars(select(Participation.activity_id).where(
            Participation.person_id == person_id)).all()


def test_a_merge_recorded_before_attendances_moved_is_still_undone(desk, duplicates,
                                                                   volunteer):
    keep, drop, _ = duplicates
    before = _snapshot(desk)
    merge_id = merge_people(desk, keep.id, drop.id, volunteer.id)
    with desk.writing() as session:
        entry = session.get(AuditEntry, merge_id)
        record = json.loads(entry.detail)
        del record["moved"]["attendances"]
        record["tombstoned"] = record["tombstoned"]["participations"]
        entry.detail = json.dumps(record)
    undo_merge(desk, merge_id, volunteer.id)
    assert _snapshot(desk) == before


def test_undo_leaves_rows_that_moved_on_since_the_merge(desk, duplicates, volunteer):
    keep, drop, other = duplicates
    merge_id = merge_people(desk, keep.id, drop.id, volunteer.id)
    with desk.writing() as session:
        access = session.scalars(select(Access).where(Access.person_id == keep.id)).first()
        access.person_id = other.id
    undo_merge(desk, merge_id, volunteer.id)
    with desk.reading() as session:
        assert session.get(Access, access.id).person_id == other.id


def test_the_merge_and_its_undo_are_in_the_audit_log(desk, duplicates, volunteer):
    keep, drop, _ = duplicates
    merge_id = merge_people(desk, keep.id, drop.id, volunteer.id)
    undo_merge(desk, merge_id, volunteer.id)
    with desk.reading() as session:
        entries = session.scalars(select(AuditEntry).order_by(AuditEntry.hlc)).all()
    assert [(e.action, e.account_id) for e in entries] == [
        ("merge_people", volunteer.id), ("undo_merge", volunteer.id)]
    assert len(json.loads(entries[0].detail)["moved"]["accesses"]) == 1


def test_merge_refusals_leave_everything_as_it_was(desk, duplicates, volunteer):
    keep, drop, _ = duplicates
    before = _snapshot(desk)
    with pytest.raises(InvalidInput):
        merge_people(desk, keep.id, keep.id, volunteer.id)
    with pytest.raises(NotFound):
        merge_people(desk, keep.id, "missing", volunteer.id)
    with pytest.raises(NotAllowed):
        merge_people(desk, keep.id, drop.id, None)
    with pytest.raises(NotFound):
        undo_merge(desk, "missing", volunteer.id)
    merge_people(desk, keep.id, drop.id, volunteer.id)
    with pytest.raises(NotFound, match="merged"):
        merge_people(desk, keep.id, drop.id, volunteer.id)
    assert _snapshot(desk) != before


def test_a_merge_never_moves_another_sites_casework(desk, duplicates, volunteer):
    keep, drop, _ = duplicates
    with desk.writing() as session:
        session.add(Access(person_id=drop.id, site="pero", occurred_at=datetime(2026, 1, 1)))
    merge_people(desk, keep.id, drop.id, volunteer.id)
    with desk.reading() as session:
        elsewhere = session.scalars(select(Access).where(Access.site == "pero")).one()
        assert elsewhere.person_id == drop.id
        assert session.scalars(select(Participation).where(
            Participation.person_id == drop.id, Participation.deleted.is_(False))).all() == []
