"""What happens at a desk: accesses, consultations, requests, receipts.

These rows stay with their site and the office; no other desk receives them.
"""

from datetime import date, datetime

from sqlalchemy import Date, DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from sync.schema.base import ID, Base, Replicated


class Access(Replicated, Base):
    """One welcome at a desk; ``person_id`` is empty for an anonymous access.

    ``themes`` holds theme codes joined by ``;`` in a fixed order, so a count per theme is a
    single SQL aggregate.
    """

    __tablename__ = "accesses"
    __site_index__ = False  # ix_accesses_report starts with site

    rif: Mapped[str | None] = mapped_column(String(64), index=True)
    person_id: Mapped[str | None] = mapped_column(ID, index=True)
    occurred_at: Mapped[datetime] = mapped_column(DateTime)
    themes: Mapped[str] = mapped_column(String(120), default="")
    notes: Mapped[str | None] = mapped_column(Text)
    next_appointment: Mapped[datetime | None] = mapped_column(DateTime)
    created_by: Mapped[str | None] = mapped_column(ID)


class Consultation(Replicated, Base):
    """An individual consultation on one theme; its notes are for operators and coordinators."""

    __tablename__ = "consultations"
    __site_index__ = False  # ix_consultations_report and _list start with site

    rif: Mapped[str | None] = mapped_column(String(64), index=True)
    person_id: Mapped[str | None] = mapped_column(ID, index=True)
    access_id: Mapped[str | None] = mapped_column(ID)
    occurred_at: Mapped[datetime] = mapped_column(DateTime)
    theme: Mapped[str] = mapped_column(String(16))
    operator_id: Mapped[str | None] = mapped_column(ID)
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str | None] = mapped_column(Text)
    follow_up_on: Mapped[date | None] = mapped_column(Date)
    created_by: Mapped[str | None] = mapped_column(ID)


class Request(Replicated, Base):
    """A family or housing request and where it stands (aperta → closed with a date)."""

    __tablename__ = "requests"
    __site_index__ = False  # ix_requests_report and _list start with site

    rif: Mapped[str | None] = mapped_column(String(64), index=True)
    person_id: Mapped[str | None] = mapped_column(ID, index=True)
    kind: Mapped[str] = mapped_column(String(16))
    opened_on: Mapped[date] = mapped_column(Date)
    state: Mapped[str] = mapped_column(String(20), default="aperta")
    closed_on: Mapped[date | None] = mapped_column(Date)
    close_reason: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[str | None] = mapped_column(ID)


class Receipt(Replicated, Base):
    """An intake receipt number, issued once and never reused (``RHO-2026-000123``)."""

    __tablename__ = "receipts"

    number: Mapped[str] = mapped_column(String(32), unique=True)
    year: Mapped[int] = mapped_column(Integer)
    sequence: Mapped[int] = mapped_column(Integer)
    access_id: Mapped[str] = mapped_column(ID, index=True)
    issued_at: Mapped[datetime] = mapped_column(DateTime)
    issued_by: Mapped[str | None] = mapped_column(ID)
    copies: Mapped[int] = mapped_column(Integer, default=0)
