"""The office remembers batch ids for a week: long enough for every retry, never forever."""

from datetime import datetime, timedelta

from sqlalchemy import insert, select

from sync.protocol import MAX_BATCH_ROWS
from sync.schema import AppliedBatch
from sync.server.batches import parse_batch
from tests.sync.office import add_casework, pending_message

ledger = AppliedBatch.__table__


def _remember(store, site: str, batch_id: str, age: timedelta) -> None:
    with store.engine.begin() as connection:
        connection.execute(insert(ledger), {"site": site, "batch_id": batch_id,
                                            "applied_at": datetime.now() - age})


def _remembered(store) -> set[tuple[str, str]]:
    with store.engine.connect() as connection:
        return set(connection.execute(select(ledger.c.site, ledger.c.batch_id)).all())


def test_a_batch_forgets_its_sites_ids_older_than_a_week_and_keeps_the_rest(any_office,
                                                                             tmp_path):
    store = any_office.store
    _remember(store, "rho", "old", timedelta(days=8))
    _remember(store, "rho", "recent", timedelta(days=6))
    _remember(store, "lainate", "old", timedelta(days=30))
    desk = any_office.enrol(tmp_path / "rho", "rho")
    add_casework(desk, people=2)
    batch = parse_batch(pending_message(desk), MAX_BATCH_ROWS)
    assert store.apply_batch("rho", batch).applied == 6
    assert _remembered(store) == {("rho", "recent"), ("rho", batch.batch_id),
                                  ("lainate", "old")}
    again = store.apply_batch("rho", batch)  # a retry is still recognised
    assert again.applied == 0 and again.sequenced is None
