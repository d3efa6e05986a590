"""Fixtures for the sync tests: a live office per test, on SQLite and PostgreSQL."""

import pytest

from tests.sync.office import POSTGRES_URL, LiveOffice, store_at

STORES = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.fixture(params=STORES)
def any_office(request, tmp_path):
    """A live office on each store kind (PostgreSQL only when OP_TEST_POSTGRES_URL is set)."""
    if request.param == "postgres" and not POSTGRES_URL:
        pytest.skip("OP_TEST_POSTGRES_URL is not set")
    with store_at(request.param, tmp_path) as store:
        live = LiveOffice(store)
        yield live
        live.stop()
