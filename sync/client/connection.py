"""HTTP to the central store, with retries that are safe because every call is idempotent.

Transport failures (refused, reset, cut off mid-body, timeouts) and 408/429/503 are retried with
exponential backoff and jitter, honouring Retry-After; after the last attempt the caller gets
``ServerUnreachable``. Error bodies become typed exceptions (``sync.client.errors``). The
token is sent only in the Authorization header and never logged.
"""

import random
import time
from typing import Any

import httpx

from sync import __version__, protocol
from sync.client.errors import RateLimited, ServerUnreachable, SyncError, error_for
from sync.client.trust import trust_for

TIMEOUT = httpx.Timeout(connect=5.0, read=120.0, write=120.0, pool=10.0)
MAX_WAIT_SECONDS = 30.0


class OfficeConnection:
    def __init__(self, server: str, token: str | None = None, *, attempts: int = 4,
                 backoff: float = 0.5, transport: httpx.BaseTransport | None = None) -> None:
        headers = {"User-Agent": f"op-desk/{__version__}"}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        self.attempts, self.backoff = attempts, backoff
        self._http = httpx.Client(base_url=server.rstrip("/") + protocol.API_PREFIX,
                                  headers=headers, timeout=TIMEOUT, transport=transport,
                                  verify=trust_for(server))

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> "OfficeConnection":
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    # -- the API -----------------------------------------------------------------------------

    def enrol(self, code: str, site: str | None) -> tuple[str, str]:
        reply = self._call("POST", "/enrolments", json={"code": code, "site": site})
        return reply["site"], reply["token"]

    def push(self, body: bytes) -> dict[str, Any]:
        """Send one batch, already JSON (``sync.client.push`` has SQLite write it)."""
        return self._call("POST", "/batches", content=body,
                          headers={"Content-Type": "application/json"})

    def changes(self, since: int, limit: int) -> dict[str, Any]:
        return self._call("GET", "/changes", params={"since": since, "limit": limit})

    # -- retries and errors ------------------------------------------------------------------

    def _call(self, method: str, path: str, **request: Any) -> Any:
        last_problem = ""
        for attempt in range(self.attempts):
            if attempt:
                time.sleep(self._delay(attempt, last_problem))
            try:
                response = self._http.request(method, path, **request)
            except httpx.TransportError as error:
                last_problem = f"{type(error).__name__}: {error}"
                continue
            if response.status_code in (408, 429, 503):
                last_problem = f"retry-after:{response.headers.get('Retry-After', '')}"
                continue
            return self._decoded(response)
        if last_problem.startswith("retry-after"):
            raise RateLimited("The central store is busy: try again in a few minutes; "
                              "records are safe on this desk.")
        raise ServerUnreachable(details=last_problem)

    def _delay(self, attempt: int, last_problem: str) -> float:
        hint = last_problem.removeprefix("retry-after:")
        if last_problem.startswith("retry-after") and hint.isdigit():
            return min(float(hint), MAX_WAIT_SECONDS) + random.uniform(0, 0.25)
        return min(self.backoff * 2 ** (attempt - 1), MAX_WAIT_SECONDS) * random.uniform(0.5, 1)

    @staticmethod
    def _decoded(response: httpx.Response) -> Any:
        try:
            content = response.json()
        except ValueError:
            content = None
        if response.is_success and content is not None:
            return content
        error = content.get("error") if isinstance(content, dict) else None
        if isinstance(error, dict) and isinstance(error.get("code"), str):
            raise error_for(error["code"], str(error.get("message", "")))
        raise SyncError(f"The central store answered {response.status_code} without an "
                        "explanation: check the server address, or call the district office.")
