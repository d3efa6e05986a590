"""Reading a pushed batch: shape, columns and every value checked before any write."""

from dataclasses import dataclass
from typing import Any

from sync.protocol import push_columns
from sync.schema import MODEL_BY_TABLE
from sync.server.validation import row_converters


class BadBatch(ValueError):
    """The batch is malformed; ``str`` says where and why, for the desk's log."""


class TooManyRows(ValueError):
    pass


@dataclass(frozen=True)
class ParsedBatch:
    batch_id: str
    rows: dict[str, list[list[Any]]]
    """Per table, rows of Python values in ``push_columns(table)`` order."""


def parse_batch(message: Any, max_rows: int) -> ParsedBatch:
    """Check a decoded JSON push message and convert its values; raises BadBatch."""
    if not isinstance(message, dict) or set(message) != {"batch_id", "changes"}:
        raise BadBatch("A batch is an object with exactly 'batch_id' and 'changes'.")
    batch_id, changes = message["batch_id"], message["changes"]
    if not isinstance(batch_id, str) or not 0 < len(batch_id) <= 64:
        raise BadBatch("'batch_id' must be text of 1 to 64 characters.")
    if not isinstance(changes, list):
        raise BadBatch("'changes' must be a list of table blocks.")
    total = sum(len(block.get("rows", ())) for block in changes
                if isinstance(block, dict) and isinstance(block.get("rows"), list))
    if total > max_rows:
        raise TooManyRows(f"A batch may carry at most {max_rows} rows, this one has {total}.")
    rows: dict[str, list[list[Any]]] = {}
    for block in changes:
        table, block_rows = _parse_block(block)
        if table in rows:
            raise BadBatch(f"Table '{table}' appears twice in the batch.")
        rows[table] = block_rows
    return ParsedBatch(batch_id, rows)


def _parse_block(block: Any) -> tuple[str, list[list[Any]]]:
    if not isinstance(block, dict) or set(block) != {"table", "columns", "rows"}:
        raise BadBatch("Each change block is an object with 'table', 'columns' and 'rows'.")
    table, columns, raw_rows = block["table"], block["columns"], block["rows"]
    if not isinstance(table, str) or table not in MODEL_BY_TABLE:
        raise BadBatch(f"Unknown table {table!r}.")
    expected = push_columns(table)
    if not isinstance(columns, list) or sorted(map(str, columns)) != sorted(expected) \
            or len(columns) != len(expected):
        raise BadBatch(f"Table '{table}' must list exactly the columns "
                       f"{', '.join(expected)}.")
    if not isinstance(raw_rows, list):
        raise BadBatch(f"'rows' of table '{table}' must be a list.")
    order = [columns.index(name) for name in expected]
    converters = row_converters(table)
    width = len(expected)
    parsed, seen = [], set()
    for number, raw in enumerate(raw_rows, start=1):
        if not isinstance(raw, list) or len(raw) != width:
            raise BadBatch(f"Row {number} of '{table}' must be a list of {width} values.")
        try:
            values = [convert(raw[index]) for convert, index in zip(converters, order,
                                                                    strict=True)]
        except (ValueError, TypeError, OverflowError):
            raise BadBatch(_explain(table, number, raw, order)) from None
        if values[0] in seen:
            raise BadBatch(f"Row {number} of '{table}' repeats id {values[0]}.")
        seen.add(values[0])
        parsed.append(values)
    return table, parsed


def _explain(table: str, number: int, raw: list[Any], order: list[int]) -> str:
    """The first bad value of a row, named (the slow path, only for rejected rows)."""
    for name, convert, index in zip(push_columns(table), row_converters(table), order,
                                    strict=True):
        try:
            convert(raw[index])
        except (ValueError, TypeError, OverflowError) as error:
            return f"Row {number} of '{table}', column '{name}': {error}."
    return f"Row {number} of '{table}' is not valid."
