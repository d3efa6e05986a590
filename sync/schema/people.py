"""The shared people register."""

from datetime import date, datetime

from sqlalchemy import Date, DateTime, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from sync.schema.base import ID, Base, Replicated


class Person(Replicated, Base):
    """Someone welcomed at a desk; shared with every desk.

    Personal fields are nullable so that erasure (GDPR art. 17) can blank them while the row,
    and so every count that refers to it, stays. ``merged_into`` points at the surviving
    record when two duplicates were merged.
    """

    __tablename__ = "people"
    __replication_scope__ = "shared"

    rif: Mapped[str | None] = mapped_column(String(64), index=True)
    given_name: Mapped[str | None] = mapped_column(String(100))
    family_name: Mapped[str | None] = mapped_column(String(100))
    tax_code: Mapped[str | None] = mapped_column(String(16), index=True)
    birth_date: Mapped[date | None] = mapped_column(Date)
    sex: Mapped[str | None] = mapped_column(String(1))
    municipality: Mapped[str | None] = mapped_column(String(100))
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))
    consent_date: Mapped[date | None] = mapped_column(Date)
    consent_notice_version: Mapped[str | None] = mapped_column(String(20))
    merged_into: Mapped[str | None] = mapped_column(ID)
    erased_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_by: Mapped[str | None] = mapped_column(ID)
    created_at: Mapped[datetime | None] = mapped_column(DateTime)

    __table_args__ = (Index("ix_people_family_given", "family_name", "given_name"),)
