"""Attendance per session, for courses that meet several times.

A session is one meeting day of an activity, inside its dates; only people enrolled in the
activity can be marked present. Marking is idempotent (present twice is one attendance) and
taking it back tombstones the row, so the correction travels through sync like any change.
"""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.services.guards import live_person, live_row
from sync.errors import InvalidInput
from sync.register import Register
from sync.schema import Activity, ActivitySession, Attendance, Participation, Person


def add_session(register: Register, activity_id: str, held_on: date,
                account_id: str | None = None) -> ActivitySession:
    """A meeting of the activity on ``held_on``; idempotent: the same day twice is one
    session. Refused outside the activity's dates."""
    with register.writing(account_id) as session:
        activity = live_row(session, Activity, activity_id, "activity")
        if held_on < activity.starts_on or (activity.ends_on and held_on > activity.ends_on):
            raise InvalidInput(f"A session must fall within the activity's dates "
                               f"({_dates(activity)}): choose another day.")
        existing = session.scalars(select(ActivitySession).where(
            ActivitySession.activity_id == activity_id, ActivitySession.held_on == held_on,
            ActivitySession.deleted.is_(False))).first()
        if existing:
            return existing
        meeting = ActivitySession(activity_id=activity_id, held_on=held_on)
        session.add(meeting)
    return meeting


def remove_session(register: Register, session_id: str, account_id: str | None = None) -> None:
    """Take back a session recorded by mistake, with its attendances."""
    with register.writing(account_id) as session:
        meeting = live_row(session, ActivitySession, session_id, "session")
        meeting.deleted = True
        for attendance in _attendances(session, session_id):
            attendance.deleted = True


def set_attendance(register: Register, session_id: str, person_id: str, present: bool,
                   account_id: str | None = None) -> None:
    """Mark an enrolled person present at a session, or take it back; idempotent."""
    with register.writing(account_id) as session:
        meeting = live_row(session, ActivitySession, session_id, "session")
        live_person(session, person_id)
        enrolled = session.scalars(select(Participation.id).where(
            Participation.activity_id == meeting.activity_id,
            Participation.person_id == person_id, Participation.deleted.is_(False))).first()
        if enrolled is None:
            raise InvalidInput("This person is not enrolled in the activity: enrol them "
                               "before marking attendance.")
        marked = [row for row in _attendances(session, session_id) if row.person_id == person_id]
        if present and not marked:
            session.add(Attendance(session_id=session_id, person_id=person_id))
        if not present:
            for row in marked:
                row.deleted = True


@dataclass(frozen=True)
class Participant:
    person_id: str
    family_name: str | None
    given_name: str | None
    outcome: str | None


@dataclass(frozen=True)
class AttendanceSheet:
    """An activity's register of presence: sessions by day, enrolled people by name."""

    sessions: list[tuple[str, date]]
    """(session id, day), earliest first."""
    participants: list[Participant]
    present: frozenset[tuple[str, str]]
    """(session id, person id) pairs."""

    def sessions_attended(self, person_id: str) -> int:
        return sum(1 for session_id, _day in self.sessions
                   if (session_id, person_id) in self.present)


def attendance_sheet(register: Register, activity_id: str) -> AttendanceSheet:
    with register.reading() as session:
        sessions = [(row.id, row.held_on) for row in session.execute(
            select(ActivitySession.id, ActivitySession.held_on)
            .where(ActivitySession.activity_id == activity_id,
                   ActivitySession.deleted.is_(False))
            .order_by(ActivitySession.held_on))]
        participants = [Participant(row.person_id, row.family_name, row.given_name, row.outcome)
                        for row in session.execute(
            select(Participation.person_id, Participation.outcome, Person.family_name,
                   Person.given_name)
            .join(Person, Person.id == Participation.person_id)
            .where(Participation.activity_id == activity_id,
                   Participation.deleted.is_(False))
            .order_by(Person.family_name, Person.given_name))]
        present = frozenset((row.session_id, row.person_id) for row in session.execute(
            select(Attendance.session_id, Attendance.person_id)
            .join(ActivitySession, ActivitySession.id == Attendance.session_id)
            .where(ActivitySession.activity_id == activity_id,
                   ActivitySession.deleted.is_(False), Attendance.deleted.is_(False))))
    return AttendanceSheet(sessions, participants, present)


def _attendances(session: Session, session_id: str) -> list[Attendance]:
    return session.scalars(select(Attendance).where(Attendance.session_id == session_id,
                                                    Attendance.deleted.is_(False))).all()


def _dates(activity: Activity) -> str:
    if activity.ends_on:
        return f"{activity.starts_on:%d/%m/%Y}–{activity.ends_on:%d/%m/%Y}"
    return f"from {activity.starts_on:%d/%m/%Y}"
