"""The wire between a desk and the central store (API version 1).

Changes travel column-wise, one block per table: ``{"table", "columns", "rows"}`` where each
row is a list in ``columns`` order. Naming the columns once per block keeps a 2,000-row batch
small and quick to parse, and lets the office refuse a block whose columns it does not know.
Values are JSON scalars: dates ``YYYY-MM-DD``, times ISO 8601 ``YYYY-MM-DD[T ]HH:MM[:SS[.ffffff]]``
(local, naive), booleans, integers, strings, null. Server-owned columns never travel from a desk.

Errors have one shape, ``{"error": {"code": "...", "message": "..."}}``, with the stable codes
below; the desk maps each code to a typed exception (``sync.client.errors``).
"""

from collections.abc import Callable
from datetime import date, datetime
from functools import cache
from typing import Any

from pydantic import BaseModel, Field
from sqlalchemy import Date, DateTime

from sync.schema import MODEL_BY_TABLE, SERVER_OWNED

API_PREFIX = "/v1"
BASE_HLC = "base_hlc"
"""Push-only column: the version the desk last exchanged with the office (its synced_hlc)."""

DEFAULT_BATCH_ROWS = 5_000
MAX_BATCH_ROWS = 10_000
DEFAULT_PAGE_ROWS = MAX_PAGE_ROWS = 10_000
"""A page as large as the office allows: half the round trips of a catch-up, and a
busy afternoon of the whole district (200 desks x 50 rows) fits in one page."""

# Stable error codes.
INVALID_INPUT = "invalid_input"
UNAUTHORIZED = "unauthorized"
FORBIDDEN = "forbidden"
TOO_LARGE = "too_large"
TOO_SLOW = "too_slow"
RATE_LIMITED = "rate_limited"
ROW_CONFLICT = "row_conflict"
ENROLMENT_REFUSED = "enrolment_refused"
NOT_FOUND = "not_found"
SERVER_ERROR = "server_error"


@cache
def wire_columns(table: str) -> tuple[str, ...]:
    """The columns of ``table`` that travel, in a fixed order (id first)."""
    names = [column.name for column in MODEL_BY_TABLE[table].__table__.columns
             if column.name not in SERVER_OWNED]
    names.remove("id")
    return ("id", *names)


@cache
def push_columns(table: str) -> tuple[str, ...]:
    return (*wire_columns(table), BASE_HLC)


def _identity(value: Any) -> Any:
    return value


def _iso(value: Any) -> Any:
    return None if value is None else value.isoformat()


@cache
def value_encoders(table: str) -> tuple[Callable[[Any], Any], ...]:
    """Per wire column, a function turning a stored Python value into its JSON form."""
    columns = MODEL_BY_TABLE[table].__table__.columns
    return tuple(_iso if isinstance(columns[name].type, Date | DateTime) else _identity
                 for name in wire_columns(table))


def _parse_date(value: Any) -> date | None:
    return None if value is None else date.fromisoformat(value)


def _parse_datetime(value: Any) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)


@cache
def value_decoders(table: str) -> tuple[Callable[[Any], Any], ...]:
    """Per wire column, a function turning a JSON value from the office into a Python value
    (trusting the office, which validated it on the way in)."""
    columns = MODEL_BY_TABLE[table].__table__.columns
    decoders = []
    for name in wire_columns(table):
        kind = columns[name].type
        decoders.append(_parse_datetime if isinstance(kind, DateTime)
                        else _parse_date if isinstance(kind, Date) else _identity)
    return tuple(decoders)


# -- documented message shapes (OpenAPI at /docs) -------------------------------------------

class TableChanges(BaseModel):
    table: str = Field(description="a replicated table, e.g. 'people'")
    columns: list[str] = Field(description="every wire column of the table, in any order; "
                                           "pushes add 'base_hlc'")
    rows: list[list[Any]]


class PushBatch(BaseModel):
    batch_id: str = Field(max_length=64, description="chosen by the desk, echoed back")
    changes: list[TableChanges]


class PushReply(BaseModel):
    batch_id: str
    applied: int = Field(description="rows written (new or newer versions)")
    conflicts: int = Field(description="concurrent edits kept as conflict rows")
    held: dict[str, list[tuple[str, str]]] = Field(
        description="per table, [row id, the clock stamp the office now holds]")
    sequenced: tuple[int, int] | None = Field(
        default=None, description="[first, last] sequence numbers the batch took, when all "
                                  "went to rows stored exactly as sent; a desk whose cursor "
                                  "is first - 1 may move it to last")


class ChangesPage(BaseModel):
    changes: list[TableChanges]
    next: int = Field(description="the cursor to pass as 'since' next time")
    more: bool = Field(description="true when another page is waiting")


class EnrolmentRequest(BaseModel):
    code: str = Field(max_length=64)
    site: str | None = Field(default=None, max_length=16,
                             description="the site of an existing register: a code for "
                                         "another site is refused without being used up")


class EnrolmentReply(BaseModel):
    site: str
    token: str


class ErrorDetail(BaseModel):
    code: str
    message: str


class ErrorBody(BaseModel):
    error: ErrorDetail
