"""``export_folder``: the register in the legacy format, so another register can import it.

What is written: every live (not tombstoned) record of the register's own site, plus the shared
rows those records refer to (a person, home or activity born at another desk), so the folder is
complete on its own. ``rif`` is the row's legacy rif when it was imported at this site, its
``id`` otherwise (desk-made rows, rows from other desks), which keeps rifs unique per file and
lets the same register import its own export as a no-op. A reference to a person merged into
another points at the surviving person; stays and participations whose home or activity is
tombstoned are left out with it. Importing the folder into a new register of the same site
gives the same key numbers.
"""

import csv
import os
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select

from desktop.legacy.layout import FILES, REFERENCE, LegacyFile, counted
from desktop.legacy.staging import Progress, no_progress
from desktop.services.audit import log_event
from sync.errors import InvalidInput
from sync.register import Register
from sync.schema import MODEL_BY_TABLE

MERGE_HOPS = 10
PARENT_TABLES = {"persone.csv": "people", "alloggi.csv": "homes", "attivita.csv": "activities",
                 "richieste.csv": "requests"}


@dataclass
class ExportResult:
    folder: Path
    counts: dict[str, int]

    def sentence(self) -> str:
        listed = [counted(name, count) for name, count in self.counts.items() if count]
        if not listed:
            return f"Exported nothing to {self.folder}: the register is empty."
        joined = listed[0] if len(listed) == 1 else f"{', '.join(listed[:-1])} and {listed[-1]}"
        return f"Exported {joined} to {self.folder}."


def export_folder(register: Register, folder: Path, *, account_id: str | None = None,
                  progress: Progress = no_progress) -> ExportResult:
    """Write the eight legacy files into ``folder`` (refusing to overwrite any) and log the
    export in the audit log."""
    existing = [legacy.name for legacy in FILES if (folder / legacy.name).exists()]
    if existing:
        raise InvalidInput(f"The folder {folder} already holds {', '.join(existing)}: choose an "
                           "empty folder, so no earlier export is overwritten.")
    progress("reading the register", 0, 1)
    with register.engine.connect() as connection, connection.begin():
        rows = {legacy.table: _live_rows(connection, legacy.table) for legacy in FILES}
    progress("reading the register", 1, 1)
    chosen = _choose_rows(rows, register.site)
    folder.mkdir(parents=True, exist_ok=True)
    keys = {table: {row["id"]: _key(row, register.site) for row in table_rows}
            for table, table_rows in chosen.items()}
    for index, legacy in enumerate(FILES):
        _write_file(folder / legacy.name, legacy, chosen[legacy.table], keys)
        progress("writing", index + 1, len(FILES))
    result = ExportResult(folder, {legacy.name: len(chosen[legacy.table]) for legacy in FILES})
    with register.writing(account_id) as session:
        log_event(session, account_id, "export", None, None,
                  {"folder": str(folder), "rows": result.counts})
    return result


def _live_rows(connection, table_name: str) -> list[dict]:
    table = MODEL_BY_TABLE[table_name].__table__
    statement = select(table)
    if table_name != "people":  # merged people stay visible, to follow merged_into
        statement = statement.where(table.c.deleted.is_(False))
    return [dict(row) for row in connection.execute(statement).mappings()]


def _choose_rows(rows: dict[str, list[dict]], site: str) -> dict[str, list[dict]]:
    """The site's own records and the shared rows they refer to, references rewritten to
    live rows (merged people to their survivor)."""
    people = {row["id"]: row for row in rows["people"]}

    def survivor(person_id: str | None) -> str | None:
        for _ in range(MERGE_HOPS):
            person = people.get(person_id)
            if person is None:
                return None
            if not person["deleted"]:
                return person_id
            person_id = person["merged_into"]
        return None

    alive = {table: {row["id"] for row in rows[table]} for table in ("homes", "activities")}
    own = {table: [row for row in table_rows if row["site"] == site and not row["deleted"]]
           for table, table_rows in rows.items()}
    requests = {row["id"] for row in own["requests"]}
    own["stays"] = [row for row in own["stays"] if row["home_id"] in alive["homes"]]
    for row in own["stays"]:
        row["request_id"] = row["request_id"] if row["request_id"] in requests else None
    for table in ("accesses", "consultations", "requests", "stays"):
        for row in own[table]:
            row["person_id"] = survivor(row["person_id"])
    own["participations"] = _unique_enrolments(own["participations"], alive["activities"],
                                               survivor)
    referenced = {
        "people": {row["person_id"] for table in ("accesses", "consultations", "requests",
                                                  "stays", "participations")
                   for row in own[table]},
        "homes": {row["home_id"] for row in own["stays"]},
        "activities": {row["activity_id"] for row in own["participations"]},
    }
    for table, wanted in referenced.items():
        live = [row for row in rows[table] if not row["deleted"]]
        own[table] = [row for row in live if row["site"] == site or row["id"] in wanted]
    return own


def _unique_enrolments(participations: list[dict], live_activities: set[str],
                       survivor) -> list[dict]:
    kept, seen = [], set()
    for row in participations:
        row["person_id"] = survivor(row["person_id"])
        pair = (row["activity_id"], row["person_id"])
        if row["activity_id"] in live_activities and row["person_id"] and pair not in seen:
            seen.add(pair)
            kept.append(row)
    return kept


def _key(row: dict, site: str) -> str:
    """The exported rif: the legacy rif of this site's imported rows, else the id."""
    return row["rif"] if row.get("rif") and row["site"] == site else row["id"]


def _write_file(path: Path, legacy: LegacyFile, rows: list[dict],
                keys: dict[str, dict[str, str]]) -> None:
    partial = path.with_name(path.name + ".partial")
    with partial.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(["id", *legacy.column_names()])
        for row in rows:
            writer.writerow([row["id"], *(_cell(legacy, column, row, keys)
                                          for column in legacy.columns)])
    os.replace(partial, path)


def _cell(legacy: LegacyFile, column, row: dict, keys: dict[str, dict[str, str]]) -> str:
    if column.name == "rif":
        return keys[legacy.table][row["id"]]
    value = row[column.target]
    if column.kind == REFERENCE:
        target = PARENT_TABLES[column.refers_to]
        return keys[target].get(value, "") if value else ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%dT%H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return "" if value is None else str(value)
