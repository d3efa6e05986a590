"""The sessions of a course and who attended each, shared with every desk like activities.

A course that meets several times (training, financial education, an orientation group) has
one ``ActivitySession`` per meeting; ``Attendance`` says a named person was there. Both are
plain rows with indexed ids, so they travel in any order like every other replicated row.
"""

from datetime import date

from sqlalchemy import Date, Index
from sqlalchemy.orm import Mapped, mapped_column

from sync.schema.base import ID, Base, Replicated


class ActivitySession(Replicated, Base):
    """One meeting of an activity, on ``held_on``."""

    __tablename__ = "activity_sessions"
    __replication_scope__ = "shared"

    activity_id: Mapped[str] = mapped_column(ID)
    held_on: Mapped[date] = mapped_column(Date)

    __table_args__ = (Index("ix_activity_sessions_activity_held", "activity_id", "held_on"),)


class Attendance(Replicated, Base):
    """A named person present at one session."""

    __tablename__ = "attendances"
    __replication_scope__ = "shared"

    session_id: Mapped[str] = mapped_column(ID, index=True)
    person_id: Mapped[str] = mapped_column(ID, index=True)
