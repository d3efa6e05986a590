"""The query plans of the aggregates ``compute()`` runs on the big casework tables."""

import re

from sqlalchemy import Engine, event

from sync.keynumbers import compute

BIG_TABLES = ("accesses", "consultations", "requests")


def aggregate_plans(engine: Engine, start: str, end: str) -> list[tuple[str, str]]:
    """(table, plan) for each statement ``compute()`` sends that reads a big table."""
    statements = []

    def remember(_conn, _cursor, statement, parameters, _context, _many) -> None:
        source = re.search(r"\bFROM\s+(\w+)", statement)
        if source and source.group(1) in BIG_TABLES:
            statements.append((source.group(1), statement, parameters))

    event.listen(engine, "before_cursor_execute", remember)
    try:
        compute(engine, start, end)
    finally:
        event.remove(engine, "before_cursor_execute", remember)
    explain = "EXPLAIN QUERY PLAN " if engine.dialect.name == "sqlite" else "EXPLAIN "
    with engine.connect() as connection:
        return [(table, " | ".join(str(row[-1]) for row in connection.exec_driver_sql(
                    explain + statement, parameters)))
                for table, statement, parameters in statements]
