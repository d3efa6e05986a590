"""Receipt numbers: ``RHO-2026-000123``, gap-free per site and year, made offline.

The guarantee rests on the register's writer: ``issue_receipt`` must run inside
``Register.writing()``, whose ``BEGIN IMMEDIATE`` lets one writer at a time (threads and
processes alike) read ``max(sequence)`` and insert the next one. A crash before commit
consumes no number; a committed number is never reused, since tombstoned receipts still count
in the maximum. A desk only numbers its own site, so desks never compete for a number.
"""

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sync.schema import Access, Receipt
from sync.vocabulary import sites

SEQUENCE_DIGITS = 6


def format_number(site: str, year: int, sequence: int) -> str:
    return f"{sites()[site].prefix}-{year}-{sequence:0{SEQUENCE_DIGITS}d}"


def receipt_of(session: Session, access_id: str) -> Receipt | None:
    return session.scalars(
        select(Receipt).where(Receipt.access_id == access_id, Receipt.deleted.is_(False))
        .order_by(Receipt.sequence)
    ).first()


def issue_receipt(session: Session, access: Access, issued_by: str | None,
                  now: datetime | None = None) -> Receipt:
    """The receipt of ``access``, numbering it on first call; idempotent per access.

    Call it inside ``Register.writing()`` (a write transaction taken up front)."""
    existing = receipt_of(session, access.id)
    if existing is not None:
        return existing
    issued_at = (now or datetime.now()).replace(microsecond=0)
    last = session.scalar(select(func.max(Receipt.sequence)).where(
        Receipt.site == access.site, Receipt.year == issued_at.year))
    sequence = (last or 0) + 1
    receipt = Receipt(
        site=access.site, number=format_number(access.site, issued_at.year, sequence),
        year=issued_at.year, sequence=sequence, access_id=access.id, issued_at=issued_at,
        issued_by=issued_by, copies=0,
    )
    session.add(receipt)
    session.flush()
    return receipt
