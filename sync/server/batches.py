"""Reading a pushed batch: shape, columns and every value checked before any write."""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sync.protocol import push_columns
from sync.schema import MODEL_BY_TABLE
from sync.server.validation import ColumnCheck, column_checks


class BadBatch(ValueError):
    """The batch is malformed; ``str`` says where and why, for the desk's log."""


class TooManyRows(ValueError):
    pass


@dataclass(frozen=True)
class ParsedBatch:
    batch_id: str
    rows: dict[str, list[Sequence[Any]]]
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
    rows: dict[str, list[Sequence[Any]]] = {}
    for block in changes:
        table, block_rows = _parse_block(block)
        if table in rows:
            raise BadBatch(f"Table '{table}' appears twice in the batch.")
        rows[table] = block_rows
    return ParsedBatch(batch_id, rows)


def _parse_block(block: Any) -> tuple[str, list[Sequence[Any]]]:
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
    return table, _parse_rows(table, raw_rows, [columns.index(name) for name in expected])


def _parse_rows(table: str, raw_rows: list[Any], order: list[int]) -> list[Sequence[Any]]:
    """Converted rows, checked column by column; a refusal names the fault a row-by-row
    reading would meet first, so the desk's log reads the same whichever way it is found."""
    width = len(order)
    misshapen = _first_misshapen(raw_rows, width)
    if misshapen is not None:
        _parse_rows(table, raw_rows[:misshapen], order)
        raise BadBatch(f"Row {misshapen + 1} of '{table}' must be a list of {width} values.")
    if not raw_rows:
        return []
    wire = list(zip(*raw_rows, strict=True))
    try:
        columns = [check(wire[index]) for check, index in zip(column_checks(table), order,
                                                              strict=True)]
    except (ValueError, TypeError, OverflowError):
        raise BadBatch(_explain(table, wire, order)) from None
    _refuse_repeated_id(table, columns[0])
    return list(zip(*columns, strict=True))


def _first_misshapen(raw_rows: list[Any], width: int) -> int | None:
    """Index of the first row that is not a list of ``width`` values."""
    if set(map(type, raw_rows)) <= {list} and set(map(len, raw_rows)) <= {width}:
        return None
    return next(number for number, raw in enumerate(raw_rows)
                if type(raw) is not list or len(raw) != width)


def _refuse_repeated_id(table: str, ids: Sequence[Any]) -> None:
    if len(set(ids)) == len(ids):
        return
    seen = set()
    for number, row_id in enumerate(ids, start=1):
        if row_id in seen:
            raise BadBatch(f"Row {number} of '{table}' repeats id {row_id}.")
        seen.add(row_id)


def _explain(table: str, wire: list[tuple[Any, ...]], order: list[int]) -> str:
    """The first fault in row order, and in its row the first bad column (the slow path,
    only for refused blocks): each later column is only searched above the fault so far."""
    end, explanation = len(wire[0]), ""
    for name, check, index in zip(push_columns(table), column_checks(table), order,
                                  strict=True):
        fault = _first_fault(check, wire[index][:end])
        if fault is not None:
            end, reason = fault
            explanation = f"Row {end + 1} of '{table}', column '{name}': {reason}."
    _refuse_repeated_id(table, wire[order[0]][:end])
    return explanation


def _first_fault(check: ColumnCheck, values: Sequence[Any]) -> tuple[int, str] | None:
    """Index and reason of the first value ``check`` refuses, found by asking it value by
    value once it has refused the whole column."""
    if _refusal(check, values) is None:
        return None
    return next((index, reason) for index, value in enumerate(values)
                if (reason := _refusal(check, (value,))) is not None)


def _refusal(check: ColumnCheck, values: Sequence[Any]) -> str | None:
    try:
        check(values)
    except (ValueError, TypeError, OverflowError) as error:
        return str(error)
    return None
