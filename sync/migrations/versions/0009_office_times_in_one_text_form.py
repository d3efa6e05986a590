"""office times in one text form

Until now the office's SQLite store inserted pushed rows with the driver's own datetime
adapter, which writes ``2026-03-02 10:05:00`` where SQLAlchemy (every other write) writes
``2026-03-02 10:05:00.000000``. Compared as text in SQL, a row at exactly a period's start
fell before it. This rewrites the short form; desks never wrote it, and PostgreSQL stores
real timestamps, so both are untouched (the UPDATE matches nothing).

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-25 13:20:00
"""
from alembic import op


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

TIMES = (('accounts', 'created_at'), ('people', 'erased_at'), ('people', 'created_at'),
         ('accesses', 'occurred_at'), ('accesses', 'next_appointment'),
         ('consultations', 'occurred_at'), ('receipts', 'issued_at'), ('audit_log', 'at'),
         ('conflicts', 'detected_at'), ('conflicts', 'resolved_at'))


def upgrade() -> None:
    if op.get_bind().dialect.name != 'sqlite':
        return
    for table, column in TIMES:
        op.execute(f'UPDATE "{table}" SET "{column}" = "{column}" || \'.000000\' '
                   f'WHERE length("{column}") = 19')


def downgrade() -> None:
    pass  # the long form is what the schema's own writes use; nothing to undo
