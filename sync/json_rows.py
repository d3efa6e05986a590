"""Rows as wire JSON, written by the database itself.

A desk reading a push batch and the office serving a pull page both turn thousands of rows
into the wire's JSON (``sync.protocol``: one array per row, in ``wire_columns`` order). Done
in Python that cost more than the queries; an aggregate written here lets SQLite (or
PostgreSQL) produce the whole array of rows as one text, with no Python per value. Dates and
times come out as the database keeps them, which are valid wire values: ISO text on SQLite
(a space before the time), ISO from PostgreSQL. Booleans, 0/1 on SQLite, become true/false.
"""

from sqlalchemy import Boolean

from sync.protocol import wire_columns
from sync.schema import MODEL_BY_TABLE


def json_rows_sql(table: str, dialect: str, extra: tuple[str, ...] = ()) -> str:
    """An aggregate over the selected rows of ``table`` giving one JSON array text (``[]``
    for none), each row an array of its wire columns followed by ``extra`` columns."""
    columns = MODEL_BY_TABLE[table].__table__.c
    names = (*wire_columns(table), *extra)
    if dialect == "sqlite":
        values = [f"""json(CASE WHEN "{name}" IS NULL THEN 'null' WHEN "{name}" THEN 'true' """
                  f"ELSE 'false' END)" if isinstance(columns[name].type, Boolean)
                  else f'"{name}"' for name in names]
        return f"json_group_array(json_array({', '.join(values)}))"
    values = ", ".join(f'"{name}"' for name in names)
    return f"coalesce(json_agg(json_build_array({values}))::text, '[]')"
