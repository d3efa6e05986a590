"""Consent to processing, one row per person and purpose, with the notice it was given for.

GDPR art. 7: the register must show what a person agreed to, when, and on which version of
the privacy notice; a withdrawal is a date on the same row, never a deletion, so the history
of what was allowed when stays. Shared with every desk like the people register.
"""

from datetime import date

from sqlalchemy import Date, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from sync.schema.base import ID, Base, Replicated


class Consent(Replicated, Base):
    __tablename__ = "consents"
    __replication_scope__ = "shared"

    person_id: Mapped[str] = mapped_column(ID)
    purpose: Mapped[str] = mapped_column(String(32))
    given_on: Mapped[date] = mapped_column(Date)
    notice_version: Mapped[str] = mapped_column(String(20))
    withdrawn_on: Mapped[date | None] = mapped_column(Date)

    __table_args__ = (Index("ix_consents_person_purpose", "person_id", "purpose"),)
