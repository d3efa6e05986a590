"""Frozen reports: the figures sent to a funder, stored so they reprint identically.

A frozen report keeps the canonical JSON of the numbers (with their chart data, period,
sites, definitions version and production time) and its SHA-256. Reprinting reads only that
JSON, never the live tables, so rows synced later change nothing; a payload whose checksum
no longer matches is refused rather than reprinted.
"""

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Engine, select

from sync.errors import NotFound, OpDeskError
from sync.ids import new_id
from sync.keynumbers.figures import KeyNumbers
from sync.keynumbers.queries import compute
from sync.keynumbers.render_json import canonical_json, checksum
from sync.schema import FrozenReport

TABLE = FrozenReport.__table__


class FrozenReportAltered(OpDeskError):
    code = "frozen_report_altered"


@dataclass(frozen=True)
class FrozenSummary:
    id: str
    period_from: date
    period_to: date
    sites: tuple[str, ...]
    definitions_version: str
    generated_at: datetime
    note: str | None


def freeze(engine: Engine, start: date | str, end: date | str,
           sites: Iterable[str] | None = None, note: str | None = None) -> tuple[str, KeyNumbers]:
    """Compute and store the key numbers of a scope; returns the new report's id and figures."""
    numbers = compute(engine, start, end, sites, with_charts=True)
    payload = canonical_json(numbers.as_dict())
    report_id = new_id()
    with engine.begin() as connection:
        connection.execute(TABLE.insert(), {
            "id": report_id, "period_from": numbers.start, "period_to": numbers.end,
            "sites": ";".join(numbers.sites), "definitions_version": numbers.definitions_version,
            "generated_at": numbers.generated_at, "note": note, "payload": payload,
            "checksum": checksum(payload)})
    return report_id, numbers


def list_frozen(engine: Engine) -> list[FrozenSummary]:
    query = select(TABLE.c.id, TABLE.c.period_from, TABLE.c.period_to, TABLE.c.sites,
                   TABLE.c.definitions_version, TABLE.c.generated_at, TABLE.c.note) \
        .order_by(TABLE.c.generated_at, TABLE.c.id)
    with engine.connect() as connection:
        return [FrozenSummary(row.id, row.period_from, row.period_to,
                              tuple(row.sites.split(";")), row.definitions_version,
                              row.generated_at, row.note)
                for row in connection.execute(query)]


def load_frozen(engine: Engine, report_id: str) -> KeyNumbers:
    """The stored figures of ``report_id``, after checking they are the ones frozen."""
    with engine.connect() as connection:
        row = connection.execute(select(TABLE.c.payload, TABLE.c.checksum)
                                 .where(TABLE.c.id == report_id.strip())).one_or_none()
    if row is None:
        raise NotFound(f"There is no frozen report '{report_id}': run 'op-sync report "
                       "--list-frozen' to see their ids.")
    if checksum(row.payload) != row.checksum:
        raise FrozenReportAltered(f"The frozen report '{report_id}' was altered after it was "
                                  "frozen (its checksum does not match): do not use it; "
                                  "restore the office database from a backup.")
    return KeyNumbers.from_dict(json.loads(row.payload))
