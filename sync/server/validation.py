"""Checking every pushed value against the table it claims to belong to.

Each column gets one check, built once from the schema: a whole column of JSON values in, the
column of Python values out, ``ValueError`` with a short reason otherwise. Types, lengths,
not-null, the contract's vocabularies, clock stamps and UUIDs are all checked here, before
anything touches the database, so malformed input can only ever produce a 4xx and never a
partial write.

A check looks at a column at once with C-speed builtins (type sets, set inclusion, one regular
expression over the joined column), because a 5,000-row batch carries ~100,000 values. It
refuses a column as soon as one value is bad; given a single value it is that value's rule,
which is how the office names the first bad value of a refused column. Values come from
``json.loads``, so types are compared exactly.
"""

import re
from collections.abc import Callable, Sequence
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

Column = Sequence[Any]
ColumnCheck = Callable[[Column], Column]
"""Returns the converted column, or the column itself when its values need no conversion."""

MAX_TEXT = 100_000
MAX_STAMP = 48
_INT_RANGE = range(-(2**31), 2**31)
_DATETIME_LENGTHS = frozenset(range(16, 27))

VOCABULARIES: dict[tuple[str, str], frozenset[str]] = {
    ("activities", "kind"): ACTIVITY_KIND_CODES,
    ("requests", "kind"): REQUEST_KIND_CODES,
    ("requests", "state"): REQUEST_STATE_CODES,
    ("consultations", "theme"): THEME_CODES,
    ("participations", "outcome"): OUTCOME_CODES,
    ("accounts", "role"): ROLE_CODES,
}


def _all_of_type(values: Column, kind: type) -> bool:
    return set(map(type, values)) <= {kind}


def _column_pattern(value: str) -> Callable[[str], Any]:
    """Matches a column of ``value`` texts joined by newlines; ``value`` must not match one."""
    return re.compile(f"(?:{value})(?:\n(?:{value}))*").fullmatch


def _all_match(matches_joined: Callable[[str], Any], texts: Column) -> bool:
    """One regular expression run for the whole column: 5,000 texts in ~0.2-0.5 ms."""
    if not texts:
        return True
    joined = "\n".join(texts)
    return joined.count("\n") == len(texts) - 1 and matches_joined(joined) is not None


def _text(limit: int) -> ColumnCheck:
    def check(values: Column) -> Column:
        if not _all_of_type(values, str):
            raise ValueError("expected text")
        if max(map(len, values), default=0) > limit:
            raise ValueError(f"longer than {limit} characters")
        if "\x00" in "".join(values):
            raise ValueError("contains a NUL character")
        return values
    return check


_UUIDS = _column_pattern("[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}")
"""The canonical 8-4-4-4-12 form only: a regular expression checks it several times faster
than building a uuid.UUID, which mattered for 5,000-row batches (two ids per row)."""


def _uuid(values: Column) -> Column:
    if not (_all_of_type(values, str) and _all_match(_UUIDS, values)):
        raise ValueError("expected a UUID")
    return values


_PLAIN_STAMPS = _column_pattern("[0-9]{15}-[0-9]{6}-[^\n]+")
"""Stamps as the clock formats them; other spellings ``is_stamp`` accepts are asked one by one."""


def _stamp(values: Column) -> Column:
    if not (_all_of_type(values, str) and max(map(len, values), default=0) <= MAX_STAMP
            and (_all_match(_PLAIN_STAMPS, values) or all(map(is_stamp, values)))):
        raise ValueError("expected a clock stamp")
    return values


def _site(values: Column) -> Column:
    if not sites().keys() >= set(values):
        raise ValueError("unknown site")
    return values


def _integer(values: Column) -> Column:
    if not (_all_of_type(values, int) and min(values, default=0) in _INT_RANGE
            and max(values, default=0) in _INT_RANGE):
        raise ValueError("expected a whole number")
    return values


def _boolean(values: Column) -> Column:
    if not _all_of_type(values, bool):
        raise ValueError("expected true or false")
    return values


def _date(values: Column) -> Column:
    if not (_all_of_type(values, str) and set(map(len, values)) <= {10}):
        raise ValueError("expected a date YYYY-MM-DD")
    return list(map(date.fromisoformat, values))


def _datetime(values: Column) -> Column:
    if not (_all_of_type(values, str) and set(map(len, values)) <= _DATETIME_LENGTHS):
        raise ValueError("expected a local time YYYY-MM-DDTHH:MM[:SS]")
    moments = list(map(datetime.fromisoformat, values))
    if any(moment.tzinfo is not None for moment in moments):
        raise ValueError("expected a local time, without a UTC offset")
    return moments


def _one_of(codes: frozenset[str]) -> ColumnCheck:
    def check(values: Column) -> Column:
        if not codes >= set(values):
            raise ValueError(f"not one of {', '.join(sorted(codes))}")
        return values
    return check


def _themes(values: Column) -> Column:
    if not _all_of_type(values, str):
        raise ValueError("expected theme codes joined by ';'")
    listed = ";".join(filter(None, set(values)))  # an empty text lists no theme
    if listed and not set(listed.split(";")) <= THEME_CODES:
        raise ValueError(f"themes must be among {', '.join(sorted(THEME_CODES))}")
    return values


def _optional(check: ColumnCheck) -> ColumnCheck:
    def optional(values: Column) -> Column:
        if None not in values:
            return check(values)
        present = [value for value in values if value is not None]
        converted = check(present)
        if converted is present or not present:
            return values
        filled = iter(converted)
        return [None if value is None else next(filled) for value in values]
    return optional


def _required(check: ColumnCheck) -> ColumnCheck:
    def required(values: Column) -> Column:
        if None in values:
            raise ValueError("may not be empty")
        return check(values)
    return required


def _column_check(table: str, name: str) -> ColumnCheck:
    if name == BASE_HLC:
        return _optional(_stamp)
    column = MODEL_BY_TABLE[table].__table__.columns[name]
    kind = column.type
    if (table, name) in VOCABULARIES:
        check = _one_of(VOCABULARIES[(table, name)])
    elif (table, name) == ("accesses", "themes"):
        check = _themes
    elif name == "site":
        check = _site
    elif isinstance(kind, Boolean):
        check = _boolean
    elif isinstance(kind, Integer):
        check = _integer
    elif isinstance(kind, DateTime):
        check = _datetime
    elif isinstance(kind, Date):
        check = _date
    elif isinstance(kind, String) and kind.length == MAX_STAMP:
        check = _stamp
    elif isinstance(kind, String) and kind.length == 36:
        check = _uuid
    elif isinstance(kind, Text | String):
        check = _text(kind.length or MAX_TEXT)
    else:  # a column type added to the schema without a rule here
        raise TypeError(f"no wire rule for {table}.{name} ({kind})")
    return _optional(check) if column.nullable else _required(check)


@cache
def column_checks(table: str) -> tuple[ColumnCheck, ...]:
    """Checks for the columns of a pushed block of ``table``, in ``push_columns(table)`` order."""
    return tuple(_column_check(table, name) for name in push_columns(table))
