"""Hostile requests against the real endpoint on 127.0.0.1: generated from its OpenAPI
(schemathesis), every route under every kind of bad credential, oversize and too-frequent
requests, and server-owned fields. Never a 5xx, and a refused request writes nothing."""

from collections import Counter

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from sqlalchemy import func, select

from sync.enrolment import issue_code, revoke_site
from sync.protocol import push_columns
from sync.schema import REPLICATED_MODELS
from sync.server.limits import ServerLimits
from tests.sync.office import LiveOffice, store_at

OUTCOMES: Counter[str] = Counter()
"""Generated cases by outcome, printed at the end of the module (run with -s to see it)."""
GENERATED_EXAMPLES = 40


def _rows(office: LiveOffice) -> int:
    with office.store.engine.connect() as connection:
        return sum(connection.execute(select(func.count()).select_from(model)).scalar_one()
                   for model in REPLICATED_MODELS)


def _token(office: LiveOffice, site: str) -> str:
    return httpx.post(f"{office.url}/v1/enrolments",
                      json={"code": issue_code(office.store.engine, site)}).json()["token"]


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    limits = ServerLimits(max_body_bytes=200_000, requests_per_second=10_000, burst=10_000,
                          enrolments_per_minute=100_000)
    with store_at("sqlite", tmp_path_factory.mktemp("hostile")) as store:
        office = LiveOffice(store, limits)
        office.token = _token(office, "rho")
        yield office
        office.stop()
    print(f"\nschemathesis cases: {sum(OUTCOMES.values())} "
          + " ".join(f"{key}={value}" for key, value in sorted(OUTCOMES.items())))


def _operations(live):
    schema = schemathesis.openapi.from_url(f"{live.url}/openapi.json")
    return [result.ok() for result in schema.get_all_operations()]


def _fuzz(live, headers: dict[str, str], examples: int) -> None:
    """Every operation of the OpenAPI, ``examples`` generated cases each (schemathesis's
    pytest plugin does not load under pytest 9, so the strategies are driven directly)."""
    for operation in _operations(live):
        @given(case=operation.as_strategy())
        @settings(max_examples=examples, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        def check(case):
            _call_and_check(case, live, headers)
        check()


def _call_and_check(case, live, headers):
    before = _rows(live)
    response = case.call(headers=headers, timeout=30)
    status = response.status_code
    OUTCOMES["5xx" if status >= 500 else "4xx" if status >= 400 else "2xx"] += 1
    assert status < 500, response.text
    if status >= 400:
        assert set(response.json()) == {"error"}
        assert _rows(live) == before  # a refused request wrote nothing


def test_generated_requests_with_a_valid_credential_never_fail_the_office(live):
    _fuzz(live, {"Authorization": f"Bearer {live.token}"}, GENERATED_EXAMPLES)


def test_generated_requests_without_a_credential_never_fail_the_office(live):
    _fuzz(live, {}, GENERATED_EXAMPLES // 2)


# -- the auth matrix ---------------------------------------------------------------------------

def _rho_batch(live) -> dict:
    columns = push_columns("people")
    row = {name: None for name in columns}
    row.update(id="0190f0e0-0000-7000-8000-0000000000aa", site="rho", deleted=False,
               hlc="000001700000000-000000-rho.aaaaaa", given_name="Anna")
    return {"batch_id": "matrix", "changes": [
        {"table": "people", "columns": list(columns), "rows": [[row[n] for n in columns]]}]}


CREDENTIALS = ["missing", "malformed", "wrong", "revoked", "other site"]


def _headers(live, kind: str) -> dict[str, str]:
    if kind == "missing":
        return {}
    if kind == "malformed":
        return {"Authorization": "Basic cmhvOnJobw=="}
    if kind == "wrong":
        return {"Authorization": "Bearer " + "x" * 43}
    if kind == "revoked":
        token = _token(live, "settimo")
        revoke_site(live.store.engine, "settimo")
        return {"Authorization": f"Bearer {token}"}
    return {"Authorization": f"Bearer {_token(live, 'lainate')}"}


@pytest.mark.parametrize("kind", CREDENTIALS)
@pytest.mark.parametrize("route", ["push", "pull"])
def test_every_route_refuses_every_bad_credential_and_writes_nothing(live, kind, route):
    headers = _headers(live, kind)
    before = _rows(live)
    if route == "push":
        response = httpx.post(f"{live.url}/v1/batches", json=_rho_batch(live), headers=headers)
        expected = 403 if kind == "other site" else 401
    else:
        response = httpx.get(f"{live.url}/v1/changes", headers=headers)
        expected = 200 if kind == "other site" else 401
    assert response.status_code == expected, response.text
    if expected == 200:  # another site's credential sees no rho casework
        assert all(block["table"] in ("people", "homes", "activities", "participations",
                                      "activity_sessions", "attendances")
                   for block in response.json()["changes"])
    assert _rows(live) == before


def test_a_client_cannot_set_server_owned_fields(live):
    batch, before = _rho_batch(live), _rows(live)
    for owned in ("server_seq", "synced_hlc"):
        block = batch["changes"][0]
        sneaky = {**batch, "changes": [{**block, "columns": [*block["columns"], owned],
                                        "rows": [[*block["rows"][0], 1]]}]}
        response = httpx.post(f"{live.url}/v1/batches", json=sneaky,
                              headers={"Authorization": f"Bearer {live.token}"})
        assert response.status_code == 422, response.text
        assert owned in response.json()["error"]["message"] or "columns" in \
            response.json()["error"]["message"]
    assert _rows(live) == before


def test_an_oversize_body_is_refused_with_413_even_without_a_declared_length(live):
    before = _rows(live)
    chunks = (b" " * 50_000 for _ in range(10))  # streamed: no Content-Length header
    response = httpx.post(f"{live.url}/v1/batches", content=chunks,
                          headers={"Authorization": f"Bearer {live.token}",
                                   "Content-Type": "application/json"})
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "too_large"
    assert _rows(live) == before


def test_too_many_requests_get_429_with_retry_after_and_write_nothing(tmp_path):
    with store_at("sqlite", tmp_path) as store:
        office = LiveOffice(store, ServerLimits(requests_per_second=0.2, burst=5))
        try:
            token = _token(office, "rho")
            headers = {"Authorization": f"Bearer {token}"}
            statuses = [httpx.post(f"{office.url}/v1/batches", json=_rho_batch(office),
                                   headers=headers).status_code for _ in range(8)]
            assert statuses[0] == 200 and statuses[-1] == 429
            refused = httpx.get(f"{office.url}/v1/changes", headers=headers)
            assert refused.status_code == 429 and int(refused.headers["Retry-After"]) >= 1
            assert _rows(office) == 1
        finally:
            office.stop()
