"""Messages cut off halfway or delivered twice end exactly like one clean delivery."""

import httpx
import pytest

from sync.client import ServerUnreachable, read_sync_status, sync_once
from sync.client.connection import OfficeConnection
from sync.client.push import _pending_rows, push_pending
from tests.sync.office import add_casework, pending_message
from tests.sync.proxy import CuttingProxy


def _counter(office):
    with office.store.engine.connect() as connection:
        return connection.exec_driver_sql("SELECT value FROM counters").scalar_one()


@pytest.mark.parametrize("request_bytes", [10_000, None], ids=["request-cut", "reply-lost"])
def test_a_push_cut_off_ends_correct_after_the_retry(office, tmp_path, request_bytes):
    desk = office.enrol(tmp_path / "rho", "rho")
    add_casework(desk, people=150)  # ~60 kB push body
    proxy = CuttingProxy(office.port, request_bytes=request_bytes)
    try:
        with OfficeConnection(proxy.url, desk.local_value("sync.token"),
                              backoff=0.01) as through_proxy:
            outcome = sync_once(desk, office=through_proxy)
    finally:
        proxy.close()
    assert proxy.cut_done == 1
    assert office.store.row_count("people") == 150
    assert office.store.row_count("accesses") == 150
    assert _counter(office) == 302  # every row took one seq: nothing applied twice
    assert outcome.conflicts == 0 and office.store.row_count("conflicts") == 0
    assert sync_once(desk).sent == 0


def test_a_sync_failing_on_every_attempt_leaves_everything_pending_then_succeeds(
        office, tmp_path):
    desk = office.enrol(tmp_path / "rho", "rho")
    add_casework(desk, people=150)
    proxy = CuttingProxy(office.port, cuts=10, request_bytes=5_000)
    try:
        with OfficeConnection(proxy.url, desk.local_value("sync.token"), attempts=2,
                              backoff=0.01) as through_proxy, pytest.raises(ServerUnreachable):
            sync_once(desk, office=through_proxy)
    finally:
        proxy.close()
    assert office.store.row_count("people") == 0
    outcome = sync_once(desk)
    assert outcome.sent == 302 and office.store.row_count("people") == 150


def test_the_same_batch_delivered_twice_changes_nothing_the_second_time(any_office,
                                                                        tmp_path):
    office = any_office
    desk = office.enrol(tmp_path / "rho", "rho")
    add_casework(desk, people=20)
    batch = pending_message(desk)
    headers = {"Authorization": f"Bearer {desk.local_value('sync.token')}"}
    first = httpx.post(f"{office.url}/v1/batches", json=batch, headers=headers).json()
    seq_after_first = _counter(office)
    second = httpx.post(f"{office.url}/v1/batches", json=batch, headers=headers).json()
    assert first["applied"] == 42 and second["applied"] == 0
    assert ({table: dict(pairs) for table, pairs in first["held"].items()}
            == {table: dict(pairs) for table, pairs in second["held"].items()})
    assert _counter(office) == seq_after_first


def test_many_small_batches_are_all_acknowledged_and_a_failure_midway_resumes(office,
                                                                             tmp_path):
    desk = office.enrol(tmp_path / "rho", "rho")
    add_casework(desk, people=100)
    token = desk.local_value("sync.token")
    proxy = CuttingProxy(office.port, cuts=10, request_bytes=0)
    with OfficeConnection(office.url, token) as direct:
        assert push_pending(desk, direct, batch_rows=30)[0] == 202
    add_casework(desk, people=100, tag="second")
    try:
        with OfficeConnection(proxy.url, token, attempts=1) as broken, \
                pytest.raises(ServerUnreachable):
            push_pending(desk, broken, batch_rows=30)
    finally:
        proxy.close()
    assert sync_once(desk).sent == 202
    assert office.store.row_count("people") == 200
    assert read_sync_status(desk).changes_waiting == 0


class _PullFails(OfficeConnection):
    """Pushes go through; every pull request fails as if the network went down."""

    def changes(self, since: int, limit: int):
        raise ServerUnreachable(details="pull cut off in the test")


def test_a_round_whose_pull_fails_still_saves_what_the_office_acknowledged(office, tmp_path):
    desk = office.enrol(tmp_path / "rho", "rho")
    add_casework(desk, people=10)
    with _PullFails(office.url, desk.local_value("sync.token")) as failing, \
            pytest.raises(ServerUnreachable):
        sync_once(desk, office=failing)
    assert office.store.row_count("people") == 10
    assert _pending_rows(desk) == {}  # the push reply was saved though the pull failed
    with desk.engine.connect() as connection:
        assert connection.exec_driver_sql(
            "SELECT count(*) FROM people WHERE synced_hlc = hlc").scalar_one() == 10
    assert read_sync_status(desk).last_error
    assert sync_once(desk).sent == 0
