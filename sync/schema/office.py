"""Tables only the central store fills: desk credentials, enrolment codes, counters.

They live in the shared metadata so one Alembic history migrates desk and office alike (on a
desk they simply stay empty). Secrets are never stored, only their SHA-256 hashes.
"""

from datetime import datetime

from sqlalchemy import BigInteger, DateTime, String
from sqlalchemy.orm import Mapped, mapped_column

from sync.schema.base import SITE, Base


class DeskCredential(Base):
    """A desk's bearer token (hashed), bound to one site until revoked."""

    __tablename__ = "desk_credentials"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    site: Mapped[str] = mapped_column(SITE, index=True)
    issued_at: Mapped[datetime] = mapped_column(DateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime)


class EnrolmentCode(Base):
    """A one-time code (hashed) that a desk exchanges for a credential of ``site``."""

    __tablename__ = "enrolment_codes"

    code_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    site: Mapped[str] = mapped_column(SITE)
    issued_at: Mapped[datetime] = mapped_column(DateTime)
    expires_at: Mapped[datetime] = mapped_column(DateTime)
    used_at: Mapped[datetime | None] = mapped_column(DateTime)


class Counter(Base):
    """A named counter; ``server_seq`` hands out the pull cursor, one row locked per push."""

    __tablename__ = "counters"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger)


class AppliedBatch(Base):
    """Batches already merged, by the id their desk gave them: a late duplicate of a batch is
    answered from the current state instead of being merged a second time."""

    __tablename__ = "applied_batches"

    site: Mapped[str] = mapped_column(SITE, primary_key=True)
    batch_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    applied_at: Mapped[datetime] = mapped_column(DateTime)
