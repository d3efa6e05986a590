"""The endpoint's guard rails: credentials, site rules, malformed input, limits, one error
shape — and nothing written whenever a request is refused."""

import http.client
import json
import socket
import time
from datetime import datetime

import httpx
import pytest
from sqlalchemy import select

from sync.client import sync_once
from sync.enrolment import issue_code, revoke_site
from sync.protocol import push_columns
from sync.schema import Access, Person, Receipt
from sync.server.limits import ServerLimits
from tests.sync.office import LiveOffice, add_casework, pending_message, store_at


def _token(office, site):
    reply = httpx.post(f"{office.url}/v1/enrolments",
                       json={"code": issue_code(office.store.engine, site)})
    return reply.json()["token"]


def _post_batch(office, token, body):
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    return httpx.post(f"{office.url}/v1/batches", content=content,
                      headers={"Authorization": f"Bearer {token}",
                               "Content-Type": "application/json"})


def _assert_error(response, status, code):
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and body["error"]["code"] == code
    assert body["error"]["message"]


def _person_batch(rows):
    return {"batch_id": "b1", "changes": [
        {"table": "people", "columns": list(push_columns("people")), "rows": rows}]}


def _rho_person_row(register):
    add_casework(register, people=1)
    return pending_message(register, "people")["changes"][0]["rows"][0]


def test_health_and_docs_need_no_credential_but_everything_else_does(office):
    assert httpx.get(f"{office.url}/v1/health").json()["status"] == "ok"
    assert httpx.get(f"{office.url}/docs").status_code == 200
    assert "/v1/batches" in httpx.get(f"{office.url}/openapi.json").json()["paths"]
    _assert_error(httpx.get(f"{office.url}/v1/changes"), 401, "unauthorized")
    _assert_error(httpx.get(f"{office.url}/v1/changes",
                            headers={"Authorization": "Bearer nope"}), 401, "unauthorized")
    _assert_error(httpx.get(f"{office.url}/v1/nowhere"), 404, "not_found")


def test_a_revoked_desk_is_refused_from_the_next_request_with_nothing_written(office,
                                                                             tmp_path):
    desk = office.enrol(tmp_path / "rho", "rho")
    add_casework(desk)
    sync_once(desk)
    add_casework(desk, tag="later")
    assert revoke_site(office.store.engine, "rho") == 1
    with pytest.raises(Exception, match="not valid or was revoked") as refused:
        sync_once(desk)
    assert refused.value.code == "unauthorized"
    assert office.store.row_count("people") == 5


def test_rows_of_another_site_are_refused_whole_batch(office, tmp_path):
    desk = office.enrol(tmp_path / "rho", "rho")
    row = _rho_person_row(desk)
    lainate_token = _token(office, "lainate")
    other = list(row)
    other[0] = "0190f0e0-0000-7000-8000-000000000001"
    lainate_own = list(other)
    lainate_own[push_columns("people").index("site")] = "lainate"
    _assert_error(_post_batch(office, lainate_token, _person_batch([lainate_own, row])),
                  403, "forbidden")
    assert office.store.row_count("people") == 0


def test_a_desk_may_update_a_person_born_at_another_site_but_not_their_accesses(office,
                                                                                tmp_path):
    rho = office.enrol(tmp_path / "rho", "rho")
    lainate = office.enrol(tmp_path / "lainate", "lainate")
    [person_id] = add_casework(rho, people=1)
    sync_once(rho)
    sync_once(lainate)
    with lainate.writing() as session:
        session.get(Person, person_id).phone = "333"
    assert sync_once(lainate).conflicts == 0
    sync_once(rho)
    with rho.reading() as session:
        assert session.get(Person, person_id).phone == "333"


@pytest.mark.parametrize("mutate, status", [
    (lambda b: b"{not json", 422),
    (lambda b: [], 422),
    (lambda b: {**b, "extra": 1}, 422),
    (lambda b: {**b, "changes": [{"table": "secrets", "columns": [], "rows": []}]}, 422),
    (lambda b: _with_value(b, "birth_date", "31/12/1980"), 422),
    (lambda b: _with_value(b, "given_name", "x" * 101), 422),
    (lambda b: _with_value(b, "given_name", "nul\x00byte"), 422),
    (lambda b: _with_value(b, "hlc", "yesterday"), 422),
    (lambda b: _with_value(b, "id", "not-a-uuid"), 422),
    (lambda b: _with_value(b, "deleted", "no"), 422),
    (lambda b: _with_value(b, "site", "mars"), 422),
    (lambda b: {**b, "changes": [{**b["changes"][0],
                                  "columns": [*b["changes"][0]["columns"], "server_seq"],
                                  "rows": [[*b["changes"][0]["rows"][0], 1]]}]}, 422),
    (lambda b: {**b, "changes": [{**b["changes"][0],
                                  "rows": b["changes"][0]["rows"] * 2}]}, 422),
    (lambda b: {**b, "changes": [{**b["changes"][0], "rows": [[1, 2]]}]}, 422),
])
def test_malformed_batches_get_one_error_shape_and_write_nothing(office, tmp_path, mutate,
                                                                 status):
    desk = office.enrol(tmp_path / "rho", "rho")
    good = _person_batch([_rho_person_row(desk)])
    response = _post_batch(office, desk.local_value("sync.token"), mutate(good))
    _assert_error(response, status, "invalid_input")
    assert office.store.row_count("people") == 0


def _with_value(batch, column, value):
    row = list(batch["changes"][0]["rows"][0])
    row[push_columns("people").index(column)] = value
    return _person_batch([row])


def test_vocabulary_values_are_checked(office, tmp_path):
    desk = office.enrol(tmp_path / "rho", "rho")
    add_casework(desk, people=1)
    batch = pending_message(desk)
    accesses = next(b for b in batch["changes"] if b["table"] == "accesses")
    accesses["rows"][0][accesses["columns"].index("themes")] = "lavoro;magia"
    response = _post_batch(office, desk.local_value("sync.token"), batch)
    _assert_error(response, 422, "invalid_input")
    assert "themes" in response.json()["error"]["message"]


def test_limits_answer_413_and_429_with_retry_after(tmp_path):
    limits = ServerLimits(max_body_bytes=2_000, max_batch_rows=3, requests_per_second=0.5,
                          burst=3)
    with store_at("sqlite", tmp_path) as store:
        office = LiveOffice(store, limits)
        try:
            desk = office.enrol(tmp_path / "rho", "rho")
            token = desk.local_value("sync.token")
            _assert_error(_post_batch(office, token, b"[" + b" " * 3_000 + b"]"), 413,
                          "too_large")
            row = _rho_person_row(desk)
            _assert_error(_post_batch(office, token, _person_batch([row] * 4)), 413,
                          "too_large")
            assert _post_batch(office, token, _person_batch([row])).status_code == 200
            refused = _post_batch(office, token, _person_batch([row]))  # burst used up
            _assert_error(refused, 429, "rate_limited")
            assert int(refused.headers["Retry-After"]) >= 1
        finally:
            office.stop()


def test_a_stalled_upload_is_answered_408_and_stores_nothing(tmp_path):
    with store_at("sqlite", tmp_path) as store:
        office = LiveOffice(store, ServerLimits(body_seconds=0.5))
        try:
            desk = office.enrol(tmp_path / "rho", "rho")
            head = (f"POST /v1/batches HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    f"Authorization: Bearer {desk.local_value('sync.token')}\r\n"
                    f"Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n")
            with socket.create_connection(("127.0.0.1", office.port), timeout=10) as client:
                client.sendall(head.encode() + b'{"batch_id": "slow", "chan')  # then nothing
                started = time.monotonic()
                answer = http.client.HTTPResponse(client)
                answer.begin()
                body = answer.read()
            assert time.monotonic() - started < 5
            assert answer.status == 408
            assert json.loads(body)["error"]["code"] == "too_slow"
            assert store.row_count("people") == 0
        finally:
            office.stop()


def test_a_duplicate_unique_value_is_a_409_and_nothing_is_stored(any_office, tmp_path):
    desk = any_office.enrol(tmp_path / "rho", "rho")
    add_casework(desk, people=2)
    with desk.writing() as session:
        for sequence, access_id in enumerate(session.scalars(select(Access.id)), start=1):
            session.add(Receipt(number=f"RHO-2026-{sequence:06d}", year=2026,
                                sequence=sequence, access_id=access_id,
                                issued_at=datetime(2026, 3, 2, 10, sequence)))
    message = pending_message(desk)
    receipts = next(b for b in message["changes"] if b["table"] == "receipts")
    number = receipts["columns"].index("number")
    receipts["rows"][1][number] = receipts["rows"][0][number]  # two receipts, one number
    response = _post_batch(any_office, desk.local_value("sync.token"), message)
    _assert_error(response, 409, "row_conflict")
    assert any_office.store.row_count("receipts") == 0
    assert any_office.store.row_count("people") == 0
