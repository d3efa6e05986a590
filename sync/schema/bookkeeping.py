"""Rows that are not casework: the audit log, the change log, conflicts, desk-local state."""

from datetime import datetime

from sqlalchemy import DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from sync.schema.base import ID, STAMP, Base, Replicated


class AuditEntry(Replicated, Base):
    """Who exported, erased or read what; append-only, travels to the office."""

    __tablename__ = "audit_log"

    at: Mapped[datetime] = mapped_column(DateTime)
    account_id: Mapped[str | None] = mapped_column(ID)
    action: Mapped[str] = mapped_column(String(40))
    subject_table: Mapped[str | None] = mapped_column(String(40))
    subject_id: Mapped[str | None] = mapped_column(ID)
    detail: Mapped[str | None] = mapped_column(Text)


class Conflict(Replicated, Base):
    """The losing side of two concurrent edits, kept so a coordinator can see and restore it.

    Born at the office (site = the site of the losing edit, so it travels back to that desk).
    """

    __tablename__ = "conflicts"

    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(ID, index=True)
    winner_hlc: Mapped[str] = mapped_column(STAMP)
    loser_hlc: Mapped[str] = mapped_column(STAMP)
    loser_row: Mapped[str] = mapped_column(Text)
    detected_at: Mapped[datetime] = mapped_column(DateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime)
    resolution: Mapped[str | None] = mapped_column(String(16))


class ChangeRecord(Base):
    """A local write waiting to be pushed; written in the same transaction as the row."""

    __tablename__ = "change_log"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(ID)


class LocalState(Base):
    """Small desk-local facts: the site, the node name, cursors, the last clock stamp."""

    __tablename__ = "local_state"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
