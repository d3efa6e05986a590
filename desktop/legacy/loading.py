"""From checked staging rows to register rows, and the one transaction that stores them.

Idempotent by rif: a row whose rif (or id, for a folder made by ``op-desk export``) is already
in the register for this site is counted as present and left as it is; a participation is
present when the same person is already enrolled in the same activity. Every new row gets a
fresh UUIDv7, the register's site, its own clock stamp and a change record, all in one
transaction with an audit entry: the register ends with all of it or none of it.
"""

import json
from collections.abc import Iterator
from contextlib import nullcontext
from dataclasses import dataclass, field
from datetime import date, datetime
from operator import itemgetter

from sqlalchemy import bindparam, insert, select

from desktop.legacy.checks import checked_tax_code, register_match
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
from desktop.legacy.staging import REGISTER, Progress, Staging
from desktop.services.search_index import bulk_load
from sync.changes import record_changes
from sync.errors import OpDeskError
from sync.ids import new_id
from sync.register import Register
from sync.schema import MODEL_BY_TABLE, AuditEntry
from sync.vocabulary import THEMES as THEME_TERMS

CONSENT_NOTICE_VERSION = "legacy"
WRITE_BATCH = 10_000
RECHECK_BATCH = 500
BULK_SEARCH_REBUILD = 5_000
"""From this many new people and accesses on, the people search index is rebuilt once after
the load instead of being kept by its per-row triggers (30,000 people and 100,000 accesses:
0.8 s of CPU instead of 5.2 s)."""


class RegisterBusy(OpDeskError):
    code = "register_busy"


@dataclass
class FilePlan:
    """What importing one file would do: rows to insert, and how many are present or bad."""

    new_rows: list[dict] = field(default_factory=list)
    present: int = 0
    bad: int = 0


def plan_import(staging: Staging, site: str, bad_lines: dict[str, set[int]]
                ) -> dict[str, FilePlan]:
    """Turn every good staged row into a register row, by file name (clock stamps are added
    by ``store``, inside the write transaction)."""
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
        if legacy.table == "accesses":
            # Newest first: while the search index's triggers are live (imports below
            # BULK_SEARCH_REBUILD), its "last visit" trigger then re-indexes a person once
            # instead of at each later visit.
            plan.new_rows.sort(key=lambda row: row["occurred_at"], reverse=True)
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
        return datetime.fromisoformat(raw)  # checked to be YYYY-MM-DDTHH:MM
    if kind == COUNT:
        return int(raw)
    if kind == TAX_CODE:
        return checked_tax_code(raw).code
    return raw.lower() if kind == CHOICE else raw


def _add_person_details(values: dict) -> None:
    """Sex and (when the file has none) birth date from the tax code; consent provenance."""
    values["sex"] = None
    if values["tax_code"]:
        check = checked_tax_code(values["tax_code"])
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
    bulk = sum(len(plans[name].new_rows) for name in ("persone.csv", "accessi.csv"))
    with register.raw_writing() as connection:
        _refuse_if_stored_meanwhile(connection, plans, register.site)
        with bulk_load(connection) if bulk >= BULK_SEARCH_REBUILD else nullcontext():
            for legacy in FILES:
                rows = plans[legacy.name].new_rows
                table = MODEL_BY_TABLE[legacy.table].__table__
                for start in range(0, len(rows), WRITE_BATCH):
                    batch = rows[start:start + WRITE_BATCH]
                    for row in batch:
                        row["hlc"] = register.clock.now()
                    _insert_rows(connection, table, batch)
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


def _refuse_if_stored_meanwhile(connection, plans: dict[str, FilePlan], site: str) -> None:
    """Keep idempotence when another import of the same rows committed after this one was
    planned (planning runs outside the write lock, so the desk stays usable meanwhile)."""
    for legacy in (legacy for legacy in FILES if legacy.has_rif):
        rifs = [row["rif"] for row in plans[legacy.name].new_rows]
        table = MODEL_BY_TABLE[legacy.table].__table__
        query = select(table.c.rif).where(table.c.site == site,
                                          table.c.rif.in_(bindparam("rifs", expanding=True)))
        for start in range(0, len(rifs), RECHECK_BATCH):
            stored = connection.execute(query.limit(1),
                                        {"rifs": rifs[start:start + RECHECK_BATCH]}).first()
            if stored:
                raise RegisterBusy(
                    f"The register gained {legacy.name} row {stored.rif} while this import was "
                    "being prepared (another import?); run the import again: rows already "
                    "stored are recognised and skipped.")


def _insert_rows(connection, table, rows: list[dict]) -> None:
    """A Core bulk insert without Core's per-row parameter bookkeeping: values of columns
    whose type converts them (dates, flags) still go through that type's own bind
    processor, so they are stored exactly as an ORM write stores them."""
    names = list(rows[0])
    dialect = connection.dialect
    processors = [(position, process) for position, name in enumerate(names)
                  if (process := table.c[name].type.dialect_impl(dialect)
                      .bind_processor(dialect)) is not None]
    values_of = itemgetter(*names)
    parameters = []
    for row in rows:
        values = list(values_of(row))
        for position, process in processors:
            if values[position] is not None:
                values[position] = process(values[position])
        parameters.append(tuple(values))
    sql = (f'INSERT INTO "{table.name}" ({", ".join(names)}) '
           f'VALUES ({", ".join("?" * len(names))})')
    connection.exec_driver_sql(sql, parameters)

