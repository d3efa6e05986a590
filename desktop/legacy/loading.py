"""From checked staging rows to register rows, and the one transaction that stores them.

Idempotent by rif: a row whose rif (or id, for a folder made by ``op-desk export``) is already
in the register for this site is counted as present and left as it is; a participation is
present when the same person is already enrolled in the same activity. Every new row gets a
fresh UUIDv7, the register's site, its own clock stamp and a change record, all in one
transaction with an audit entry: the register ends with all of it or none of it.
"""

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import insert

from desktop.legacy.checks import REGISTER, register_match
from desktop.legacy.layout import (
    CHOICE,
    COUNT,
    DATE,
    DATETIME,
    FILE_BY_NAME,
    FILES,
    REFERENCE,
    TAX_CODE,
    THEMES,
    LegacyFile,
)
from desktop.legacy.staging import Progress, Staging
from sync.changes import record_changes
from sync.ids import new_id
from sync.register import Register
from sync.schema import MODEL_BY_TABLE, AuditEntry
from sync.tax_code import check_tax_code
from sync.vocabulary import THEMES as THEME_TERMS

CONSENT_NOTICE_VERSION = "legacy"
WRITE_BATCH = 10_000


@dataclass
class FilePlan:
    """What importing one file would do: rows to insert, and how many are present or bad."""

    new_rows: list[dict] = field(default_factory=list)
    present: int = 0
    bad: int = 0


def plan_import(staging: Staging, site: str, bad_lines: dict[str, set[int]]
                ) -> dict[str, FilePlan]:
    """Turn every good staged row into a register row (without id stamps), by file name."""
    ids: dict[str, dict[str, str]] = {}
    plans = {}
    for legacy in FILES:
        plan = FilePlan(bad=len(bad_lines.get(legacy.name, ())))
        ids[legacy.name] = known = {}
        enrolled = _enrolled(staging) if legacy.table == "participations" else set()
        for row in _good_rows(staging, legacy, site, bad_lines.get(legacy.name, set())):
            values = _register_values(legacy, row, ids)
            if legacy.has_rif:
                existing = row["_existing"]
                known[row["rif"]] = existing or new_id()
                if existing:
                    plan.present += 1
                    continue
                values["id"] = known[row["rif"]]
            else:
                pair = (values["activity_id"], values["person_id"])
                if pair in enrolled:
                    plan.present += 1
                    continue
                enrolled.add(pair)
                values["id"] = new_id()
            values["site"] = site
            plan.new_rows.append(values)
        plans[legacy.name] = plan
    return plans


def _enrolled(staging: Staging) -> set[tuple[str, str]]:
    sql = f"SELECT activity_id, person_id FROM {REGISTER}.participations"
    return {(activity, person) for activity, person in staging.db.execute(sql).fetchall()}


def _good_rows(staging: Staging, legacy: LegacyFile, site: str,
               bad: set[int]) -> Iterator[dict]:
    """Staged rows not listed as bad, with the register's id for the row and each reference
    (``_existing``, ``_ref_<column>``) where the register already has it."""
    lookups = [f"(SELECT r.id FROM {REGISTER}.{FILE_BY_NAME[c.refers_to].table} r "
               f"WHERE {register_match('s.[' + c.name + ']')} LIMIT 1) AS [_ref_{c.name}]"
               for c in legacy.references()]
    if legacy.has_rif:
        lookups.append(f"(SELECT r.id FROM {REGISTER}.{legacy.table} r "
                       f"WHERE {register_match('s.rif')} LIMIT 1) AS _existing")
    columns = ", ".join(["s.*", *lookups])
    cursor = staging.db.execute(f"SELECT {columns} FROM [{legacy.stem}] s ORDER BY s._line",
                                {"site": site})
    names = [description[0] for description in cursor.description]
    for values in cursor:
        row = dict(zip(names, values, strict=True))
        if row["_line"] not in bad:
            yield row


def _register_values(legacy: LegacyFile, row: dict, ids: dict[str, dict[str, str]]) -> dict:
    values = {"deleted": False}
    for column in legacy.columns:
        raw = row[column.name]
        if column.kind == REFERENCE:
            values[column.target] = (ids[column.refers_to].get(raw) or row[f"_ref_{column.name}"]
                                     if raw else None)
        else:
            values[column.target] = _converted(column.kind, raw)
    if legacy.table == "people":
        _add_person_details(values)
    return values


def _converted(kind: str, raw: str):
    if kind == THEMES:
        chosen = {code.strip().lower() for code in raw.split(";")}
        return ";".join(term.code for term in THEME_TERMS if term.code in chosen)
    if not raw:
        return None
    if kind == DATE:
        return date.fromisoformat(raw)
    if kind == DATETIME:
        return datetime.strptime(raw, "%Y-%m-%dT%H:%M")
    if kind == COUNT:
        return int(raw)
    if kind == TAX_CODE:
        return check_tax_code(raw).code
    return raw.lower() if kind == CHOICE else raw


def _add_person_details(values: dict) -> None:
    """Sex and (when the file has none) birth date from the tax code; consent provenance."""
    values["sex"] = None
    if values["tax_code"]:
        check = check_tax_code(values["tax_code"])
        values["sex"] = check.sex
        values["birth_date"] = values["birth_date"] or check.birth_date
    values["consent_notice_version"] = (CONSENT_NOTICE_VERSION if values["consent_date"]
                                        else None)
    values["created_at"] = datetime.now().replace(microsecond=0)


def store(register: Register, plans: dict[str, FilePlan], summary: str,
          progress: Progress) -> frozenset[str]:
    """Insert every planned row in one transaction; returns the tables that changed."""
    total = sum(len(plan.new_rows) for plan in plans.values())
    done, changes = 0, []
    with register.raw_writing() as connection:
        for legacy in FILES:
            rows = plans[legacy.name].new_rows
            table = MODEL_BY_TABLE[legacy.table].__table__
            for start in range(0, len(rows), WRITE_BATCH):
                batch = rows[start:start + WRITE_BATCH]
                for row in batch:
                    row["hlc"] = register.clock.now()
                connection.execute(insert(table), batch)
                changes.extend((legacy.table, row["id"]) for row in batch)
                done += len(batch)
                progress("storing", done, total)
        audit = {"id": new_id(), "site": register.site, "hlc": register.clock.now(),
                 "deleted": False, "at": datetime.now().replace(microsecond=0),
                 "action": "legacy_import", "detail": json.dumps({"summary": summary})}
        connection.execute(insert(AuditEntry.__table__), audit)
        changes.append((AuditEntry.__tablename__, audit["id"]))
        record_changes(connection, changes)
    return frozenset(table for table, _ in changes)
