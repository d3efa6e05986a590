"""Fixtures shared by every test: real registers in temporary folders."""

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sync.register import Register


@pytest.fixture
def data_dir(tmp_path):
    return tmp_path / "desk"


@pytest.fixture
def office(tmp_path):
    """The real central store's endpoint (what ``op-sync serve`` runs) on 127.0.0.1, on an
    SQLite store."""
    from tests.sync.office import LiveOffice, store_at

    with store_at("sqlite", tmp_path) as store:
        live = LiveOffice(store)
        yield live
        live.stop()


@pytest.fixture
def register(data_dir):
    """An empty register for the Rho desk."""
    opened = Register.create(data_dir, "rho")
    yield opened
    opened.close()
