"""What erasing a person (GDPR art. 17) blanks, the same at a desk and at the office.

The person's row stays, with its id, site and dates of records about them, so every count
that refers to it keeps counting ("counts keep, names go"); what identifies them goes: the
personal fields of the row, the free-text notes of their casework, and the copies of old
versions kept as conflicts. ``erased_at`` marks the row for good: the merge never lets a
version without it bring the fields back (``is_erasure_sticky``).
"""

import json
from datetime import datetime
from typing import Any

from sync.schema import Access, Consultation, Person, Request

PERSONAL_FIELDS = ("rif", "given_name", "family_name", "tax_code", "birth_date", "sex",
                   "municipality", "phone", "email", "consent_date", "consent_notice_version")
"""Columns of ``people`` that say who someone is; all nullable, all blanked."""

NOTES_BY_MODEL = {Access: ("notes",), Consultation: ("notes",),
                  Request: ("notes", "close_reason")}
"""Free text about the person in casework rows (rows and their counts stay)."""


def erased_values(when: datetime) -> dict[str, Any]:
    """The column values an erased ``people`` row holds."""
    return {**dict.fromkeys(PERSONAL_FIELDS), "erased_at": when}


def blank_person(person: Person, when: datetime) -> None:
    for name, value in erased_values(when).items():
        if getattr(person, name) != value:
            setattr(person, name, value)


def purged_conflict_row(loser_row: str) -> str:
    """A conflict's stored losing version with the personal fields blanked."""
    try:
        row = json.loads(loser_row)
    except ValueError:
        return "{}"
    for name in (*PERSONAL_FIELDS, "notes", "close_reason"):
        if name in row:
            row[name] = None
    return json.dumps(row, ensure_ascii=False)


def is_erasure_sticky(stored_erased_at: Any, incoming_erased_at: Any) -> bool:
    """True when the incoming version would un-erase a person: it must not be stored."""
    return stored_erased_at is not None and incoming_erased_at is None


def now() -> datetime:
    return datetime.now().replace(microsecond=0)
