"""Conflicts at the desk: the losing side of concurrent edits, to review and restore.

The office records each loser as a conflict row for the site whose edit lost; it reaches that
desk with the next pull. Restoring writes the losing values back as a NEW edit (a fresh clock
stamp, based on the version the desk now holds), so it travels like any change and wins over
the version it replaces. Who may do this (coordinators) is the window's check.
"""

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from sync.errors import InvalidInput, NotFound
from sync.protocol import value_decoders, wire_columns
from sync.register import Register
from sync.schema import MODEL_BY_TABLE, Conflict

RESTORED = "restored"
KEPT_WINNER = "kept_winner"
_NOT_RESTORED = frozenset({"id", "site", "hlc"})


@dataclass(frozen=True)
class ConflictView:
    id: str
    table: str
    row_id: str
    winner_hlc: str
    loser_hlc: str
    loser_values: dict[str, Any]
    """The losing version's columns, as they travelled (dates as ISO text)."""
    detected_at: datetime
    resolution: str | None


def list_conflicts(register: Register, include_resolved: bool = False) -> list[ConflictView]:
    """This site's conflicts, newest first."""
    query = select(Conflict).where(Conflict.deleted.is_(False))
    if not include_resolved:
        query = query.where(Conflict.resolved_at.is_(None))
    with register.reading() as session:
        found = session.scalars(query.order_by(Conflict.detected_at.desc())).all()
        return [ConflictView(c.id, c.table_name, c.row_id, c.winner_hlc, c.loser_hlc,
                             json.loads(c.loser_row), c.detected_at, c.resolution)
                for c in found]


def restore_conflict(register: Register, conflict_id: str,
                     account_id: str | None = None) -> None:
    """Put the losing values back on the row and mark the conflict resolved, in one write."""
    with register.writing(account_id) as session:
        conflict = _open_conflict(session, conflict_id)
        model = MODEL_BY_TABLE.get(conflict.table_name)
        row = session.get(model, conflict.row_id) if model else None
        if row is None:
            raise NotFound("The record of this conflict is not on this desk yet: sync and "
                           "try again.")
        loser = json.loads(conflict.loser_row)
        for name, decode in zip(wire_columns(conflict.table_name),
                                value_decoders(conflict.table_name), strict=True):
            if name not in _NOT_RESTORED and name in loser:
                setattr(row, name, decode(loser[name]))
        _resolve(conflict, RESTORED)


def dismiss_conflict(register: Register, conflict_id: str,
                     account_id: str | None = None) -> None:
    """Keep the winning version; the conflict is marked resolved everywhere."""
    with register.writing(account_id) as session:
        _resolve(_open_conflict(session, conflict_id), KEPT_WINNER)


def _open_conflict(session, conflict_id: str) -> Conflict:
    conflict = session.get(Conflict, conflict_id)
    if conflict is None:
        raise NotFound("This conflict is not on this desk: refresh the list.")
    if conflict.resolved_at is not None:
        raise InvalidInput("This conflict was already resolved.")
    return conflict


def _resolve(conflict: Conflict, resolution: str) -> None:
    conflict.resolved_at = datetime.now().replace(microsecond=0)
    conflict.resolution = resolution
