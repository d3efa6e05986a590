"""What the office stores from a push reads back exactly as the desk meant it."""

from datetime import date, datetime

import pytest
from sqlalchemy import select

from sync.protocol import MAX_BATCH_ROWS
from sync.schema import Access, Person
from sync.server.batches import BadBatch, parse_batch
from tests.sync.office import add_casework, pending_message


def _with_times(message: dict, *times: str) -> dict:
    block = next(b for b in message["changes"] if b["table"] == "accesses")
    at = block["columns"].index("occurred_at")
    for row, moment in zip(block["rows"], times, strict=False):
        row[at] = moment
    return message


def test_pushed_times_and_dates_are_stored_as_the_schema_stores_them(any_office, tmp_path):
    desk = any_office.enrol(tmp_path / "rho", "rho")
    add_casework(desk, people=3)
    message = _with_times(pending_message(desk), "2026-03-02T10:05", "2026-03-02 11:00:00.25",
                          "2026-03-02T12:00:00")
    any_office.store.apply_batch("rho", parse_batch(message, MAX_BATCH_ROWS))
    with any_office.store.engine.connect() as connection:
        times = sorted(connection.scalars(select(Access.occurred_at)))
        births = set(connection.scalars(select(Person.birth_date)))
        # ordering and comparing in SQL sees the same moments (the key numbers rely on it)
        late = connection.scalars(select(Access.occurred_at).where(
            Access.occurred_at > datetime(2026, 3, 2, 11, 0))).all()
    assert times == [datetime(2026, 3, 2, 10, 5), datetime(2026, 3, 2, 11, 0, 0, 250000),
                     datetime(2026, 3, 2, 12, 0)]
    assert births == {date(1980, 1, 1), date(1980, 1, 2), date(1980, 1, 3)}
    assert sorted(late) == times[1:]
    if any_office.store.engine.dialect.name == "sqlite":
        with any_office.store.engine.connect() as connection:
            raw = sorted(connection.exec_driver_sql("SELECT occurred_at FROM accesses").scalars())
        assert raw == ["2026-03-02 10:05:00.000000", "2026-03-02 11:00:00.250000",
                       "2026-03-02 12:00:00.000000"]


def test_a_time_with_a_utc_offset_is_refused_as_not_local(register):
    add_casework(register, people=1)
    message = _with_times(pending_message(register), "2026-03-02T12:00:00+01:00")
    with pytest.raises(BadBatch, match="column 'occurred_at': expected a local time, without"):
        parse_batch(message, MAX_BATCH_ROWS)
