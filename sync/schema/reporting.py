"""What the key numbers add to the schema: frozen reports and the indexes their queries use.

The indexes are covering (they carry ``deleted`` and the few columns an aggregate reads), so
a count over a million accesses is an index range scan per site, never a table scan. They
live here, next to the reports that need them, and attach themselves to the casework tables.
"""

from datetime import date, datetime

from sqlalchemy import Date, DateTime, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from sync.ids import new_id
from sync.schema.base import ID, Base
from sync.schema.casework import Access, Consultation, Request


class FrozenReport(Base):
    """Key numbers as reported to a funder, stored so they can be reprinted unchanged.

    ``payload`` is the canonical JSON of the report and ``checksum`` its SHA-256: a reprint
    refuses figures whose checksum no longer matches. Office-local: never replicated.
    """

    __tablename__ = "frozen_reports"

    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    period_from: Mapped[date] = mapped_column(Date)
    period_to: Mapped[date] = mapped_column(Date)
    sites: Mapped[str] = mapped_column(String(200))
    definitions_version: Mapped[str] = mapped_column(String(20))
    generated_at: Mapped[datetime] = mapped_column(DateTime)
    note: Mapped[str | None] = mapped_column(Text)
    payload: Mapped[str] = mapped_column(Text)
    checksum: Mapped[str] = mapped_column(String(64))


REPORT_INDEXES = (
    Index("ix_accesses_report", Access.site, Access.occurred_at, Access.deleted, Access.themes),
    Index("ix_consultations_report", Consultation.site, Consultation.theme,
          Consultation.occurred_at, Consultation.deleted),
    Index("ix_requests_report", Request.site, Request.kind, Request.opened_on, Request.deleted,
          Request.state),
)
