"""The audit log: who exported, erased, merged or read what.

Entries are written in the caller's transaction, so an action and its trace commit together
or not at all; they replicate to the office like every other row.
"""

import json
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from sync.schema import AuditEntry


def log_event(session: Session, account_id: str | None, action: str,
              subject_table: str | None, subject_id: str | None,
              detail: str | dict[str, Any] | None = None) -> AuditEntry:
    """Append one audit entry; a dict ``detail`` is stored as JSON (dates as ISO text)."""
    if isinstance(detail, dict):
        detail = json.dumps(detail, default=str, ensure_ascii=False, sort_keys=True)
    entry = AuditEntry(at=datetime.now().replace(microsecond=0), account_id=account_id,
                       action=action, subject_table=subject_table, subject_id=subject_id,
                       detail=detail)
    session.add(entry)
    session.flush()
    return entry
