"""Checking every pushed value against the table it claims to belong to.

Each column gets one converter, built once from the schema: JSON value in, Python value out,
``ValueError`` with a short reason otherwise. Types, lengths, not-null, the contract's
vocabularies, clock stamps and UUIDs are all checked here, before anything touches the
database, so malformed input can only ever produce a 4xx and never a partial write.
"""

import re
from collections.abc import Callable
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Integer, String, Text

from sync.clock import is_stamp
from sync.protocol import BASE_HLC, push_columns
from sync.schema import MODEL_BY_TABLE
from sync.vocabulary import (
    ACTIVITY_KIND_CODES,
    OUTCOME_CODES,
    REQUEST_KIND_CODES,
    REQUEST_STATE_CODES,
    ROLE_CODES,
    THEME_CODES,
    sites,
)

Converter = Callable[[Any], Any]

MAX_TEXT = 100_000
_INT_RANGE = range(-(2**31), 2**31)

VOCABULARIES: dict[tuple[str, str], frozenset[str]] = {
    ("activities", "kind"): ACTIVITY_KIND_CODES,
    ("requests", "kind"): REQUEST_KIND_CODES,
    ("requests", "state"): REQUEST_STATE_CODES,
    ("consultations", "theme"): THEME_CODES,
    ("participations", "outcome"): OUTCOME_CODES,
    ("accounts", "role"): ROLE_CODES,
}


def _text(limit: int) -> Converter:
    def convert(value: Any) -> str:
        if not isinstance(value, str):
            raise ValueError("expected text")
        if len(value) > limit:
            raise ValueError(f"longer than {limit} characters")
        if "\x00" in value:
            raise ValueError("contains a NUL character")
        return value
    return convert


_UUID_TEXT = re.compile(r"[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}").fullmatch
"""The canonical 8-4-4-4-12 form only: a regular expression checks it several times faster
than building a uuid.UUID, which mattered for 5,000-row batches (two ids per row)."""


def _uuid(value: Any) -> str:
    if not isinstance(value, str) or not _UUID_TEXT(value):
        raise ValueError("expected a UUID")
    return value


def _stamp(value: Any) -> str:
    if not (isinstance(value, str) and len(value) <= 48 and is_stamp(value)):
        raise ValueError("expected a clock stamp")
    return value


def _site(value: Any) -> str:
    if value not in sites():
        raise ValueError("unknown site")
    return value


def _integer(value: Any) -> int:
    if type(value) is not int or value not in _INT_RANGE:
        raise ValueError("expected a whole number")
    return value


def _boolean(value: Any) -> bool:
    if type(value) is not bool:
        raise ValueError("expected true or false")
    return value


def _date(value: Any) -> date:
    if not isinstance(value, str) or len(value) != 10:
        raise ValueError("expected a date YYYY-MM-DD")
    return date.fromisoformat(value)


def _datetime(value: Any) -> datetime:
    if not isinstance(value, str) or not 16 <= len(value) <= 26:
        raise ValueError("expected a local time YYYY-MM-DDTHH:MM[:SS]")
    return datetime.fromisoformat(value)


def _one_of(codes: frozenset[str]) -> Converter:
    def convert(value: Any) -> str:
        if value not in codes:
            raise ValueError(f"not one of {', '.join(sorted(codes))}")
        return value
    return convert


def _themes(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError("expected theme codes joined by ';'")
    if value and not set(value.split(";")) <= THEME_CODES:
        raise ValueError(f"themes must be among {', '.join(sorted(THEME_CODES))}")
    return value


def _optional(convert: Converter) -> Converter:
    def optional(value: Any) -> Any:
        return None if value is None else convert(value)
    return optional


def _required(convert: Converter) -> Converter:
    def required(value: Any) -> Any:
        if value is None:
            raise ValueError("may not be empty")
        return convert(value)
    return required


def _column_converter(table: str, name: str) -> Converter:
    if name == BASE_HLC:
        return _optional(_stamp)
    column = MODEL_BY_TABLE[table].__table__.columns[name]
    kind = column.type
    if (table, name) in VOCABULARIES:
        convert = _one_of(VOCABULARIES[(table, name)])
    elif (table, name) == ("accesses", "themes"):
        convert = _themes
    elif name == "site":
        convert = _site
    elif isinstance(kind, Boolean):
        convert = _boolean
    elif isinstance(kind, Integer):
        convert = _integer
    elif isinstance(kind, DateTime):
        convert = _datetime
    elif isinstance(kind, Date):
        convert = _date
    elif isinstance(kind, String) and kind.length == 48:
        convert = _stamp
    elif isinstance(kind, String) and kind.length == 36:
        convert = _uuid
    elif isinstance(kind, Text | String):
        convert = _text(kind.length or MAX_TEXT)
    else:  # a column type added to the schema without a rule here
        raise TypeError(f"no wire rule for {table}.{name} ({kind})")
    return _optional(convert) if column.nullable else _required(convert)


@cache
def row_converters(table: str) -> tuple[Converter, ...]:
    """Converters for a pushed row of ``table``, in ``push_columns(table)`` order."""
    return tuple(_column_converter(table, name) for name in push_columns(table))
