"""Everything the office holds about one person (GDPR art. 15), as one JSON document.

The office holds what every desk synced, so one export covers every desk. Each table that
refers to the person is included with all its columns (server bookkeeping aside), plus the
receipts of their accesses and the audit entries about them. The export is itself audited.
"""

import json
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select

from sync.errors import NotFound
from sync.gdpr.office import log_office_action
from sync.protocol import value_encoders, wire_columns
from sync.schema import MODEL_BY_TABLE, AuditEntry, Person, Receipt


def person_document(engine: Engine, person_id: str) -> dict[str, Any]:
    """The person's row and every row about them, by table, as JSON-ready values."""
    with engine.connect() as connection, connection.begin():
        def rows(table: str, condition) -> list[dict[str, Any]]:
            model = MODEL_BY_TABLE[table].__table__
            names = wire_columns(table)
            found = connection.execute(select(*(model.c[name] for name in names))
                                       .where(condition(model.c)).order_by(model.c.id))
            return [{name: encode(value) for name, encode, value
                     in zip(names, value_encoders(table), row, strict=True)}
                    for row in found]

        person = rows("people", lambda c: c.id == person_id)
        if not person:
            raise NotFound(f"There is no person {person_id} at the office: check the id.")
        document: dict[str, Any] = {"person": person[0], "records": {}}
        for table, model in MODEL_BY_TABLE.items():
            if table != "people" and "person_id" in model.__table__.c:
                found = rows(table, lambda c: c.person_id == person_id)
                if found:
                    document["records"][table] = found
        access_ids = [row["id"] for row in document["records"].get("accesses", [])]
        if access_ids:
            document["records"]["receipts"] = rows(
                Receipt.__tablename__, lambda c: c.access_id.in_(access_ids))
        document["records"]["audit_log"] = rows(
            AuditEntry.__tablename__,
            lambda c: (c.subject_id == person_id) & (c.subject_table == Person.__tablename__))
    return document


def export_person(engine: Engine, person_id: str, out: Path) -> dict[str, Any]:
    """Write the person's document to ``out`` (whole, or not at all) and audit the export."""
    document = person_document(engine, person_id)
    document["exported_at"] = datetime.now().replace(microsecond=0).isoformat()
    partial = out.with_name(out.name + ".partial")
    partial.write_text(json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8")
    partial.replace(out)
    log_office_action(engine, person_id, "export", f"art. 15 export to {out.name}")
    return document
