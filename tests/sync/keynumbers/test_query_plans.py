"""The counts over the big tables read only their covering indexes, never the rows."""

from sync.database import create_store_engine, sqlite_url
from tests.sync.keynumbers.plans import aggregate_plans


def test_sqlite_counts_read_the_covering_indexes(sqlite_template):
    engine = create_store_engine(sqlite_url(sqlite_template), durable=False)
    plans = dict(aggregate_plans(engine, "2026-01-01", "2026-12-31"))
    engine.dispose()
    assert set(plans) == {"accesses", "consultations", "requests"}
    for table, plan in plans.items():
        assert f"USING COVERING INDEX ix_{table}_report" in plan, plan
