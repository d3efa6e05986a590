"""The HTTP endpoint of the central store, API version 1 (OpenAPI at /docs).

Routes are thin: they read and check the request, hand the work to ``CentralStore`` on a
worker thread, and answer. Push bodies are parsed by hand (``sync.server.batches``) rather
than by pydantic, which would cost more than the whole merge for a 2,000-row batch; the
pydantic models in ``sync.protocol`` document the same shapes.
"""

import json
from typing import Annotated

from fastapi import FastAPI, Query, Request
from fastapi.responses import Response
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from starlette.concurrency import run_in_threadpool

from sync import __version__, protocol
from sync.enrolment import EnrolmentRefused, redeem_code
from sync.server.auth import DeskSite, too_many_requests
from sync.server.batches import BadBatch, TooManyRows, parse_batch
from sync.server.errors import ApiError, install_error_handlers
from sync.server.limits import (
    BodyTooLarge,
    BodyTooSlow,
    RateLimiter,
    ServerLimits,
    read_limited_body,
)
from sync.server.store import CentralStore, WriteForbidden

_ERRORS = {status: {"model": protocol.ErrorBody}
           for status in (401, 403, 408, 413, 422, 429)}


def create_app(store: CentralStore, limits: ServerLimits | None = None) -> FastAPI:
    limits = limits or ServerLimits()
    app = FastAPI(title="OP Desk central store", version=__version__, docs_url="/docs",
                  description="Sync endpoint of the OP Cafè desks (Kinto-style: client ids, "
                              "server sequence cursor, tombstones, one error shape).")
    app.state.store, app.state.limits = store, limits
    app.state.desk_rate = RateLimiter(limits.requests_per_second, limits.burst)
    app.state.enrol_rate = RateLimiter(limits.enrolments_per_minute / 60, 5)
    install_error_handlers(app)

    @app.get(f"{protocol.API_PREFIX}/health", summary="Is the store up (no credential)")
    def health() -> dict[str, str]:
        with store.engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        return {"status": "ok", "version": __version__}

    @app.post(f"{protocol.API_PREFIX}/enrolments", responses=_ERRORS,
              summary="Exchange a one-time enrolment code for a desk credential")
    def enrol(request: protocol.EnrolmentRequest, http: Request) -> protocol.EnrolmentReply:
        wait = app.state.enrol_rate.acquire(http.client.host if http.client else "?")
        if wait:
            raise too_many_requests(wait)
        try:
            site, token = redeem_code(store.engine, request.code, request.site)
        except EnrolmentRefused as refused:
            raise ApiError(403, protocol.ENROLMENT_REFUSED, str(refused)) from None
        return protocol.EnrolmentReply(site=site, token=token)

    @app.post(f"{protocol.API_PREFIX}/batches", responses=_ERRORS,
              response_model=protocol.PushReply,
              summary="Push a batch of changed rows (idempotent)",
              openapi_extra={"requestBody": {"required": True, "content": {
                  "application/json": {"schema": protocol.PushBatch.model_json_schema()}}}})
    async def push(site: DeskSite, request: Request) -> Response:
        try:
            body = await read_limited_body(request, limits.max_body_bytes, limits.body_seconds)
        except BodyTooLarge:
            raise ApiError(413, protocol.TOO_LARGE, f"The request is larger than "
                           f"{limits.max_body_bytes} bytes: send smaller batches.") from None
        except BodyTooSlow:
            raise ApiError(408, protocol.TOO_SLOW, f"The batch did not arrive within "
                           f"{limits.body_seconds:g} s; nothing was stored.") from None
        return await run_in_threadpool(_apply, site, body)

    def _apply(site: str, body: bytes) -> Response:
        try:
            batch = parse_batch(json.loads(body), limits.max_batch_rows)
        except TooManyRows as error:
            raise ApiError(413, protocol.TOO_LARGE, str(error)) from None
        except (BadBatch, ValueError, RecursionError) as error:
            raise ApiError(422, protocol.INVALID_INPUT,
                           f"The batch was refused, nothing was stored: {error}") from None
        try:
            result = store.apply_batch(site, batch)
        except WriteForbidden as error:
            raise ApiError(403, protocol.FORBIDDEN, str(error)) from None
        except IntegrityError:
            raise ApiError(409, protocol.ROW_CONFLICT, "The batch clashes with rows already "
                           "stored (a duplicate unique value); nothing was stored.") from None
        return _json({"batch_id": batch.batch_id, "applied": result.applied,
                      "conflicts": result.conflicts, "held": result.held,
                      "sequenced": result.sequenced})

    @app.get(f"{protocol.API_PREFIX}/changes", responses=_ERRORS,
             response_model=protocol.ChangesPage,
             summary="Rows changed since a cursor that this desk may see")
    def changes(site: DeskSite,
                since: Annotated[int, Query(ge=0, le=2**62)] = 0,
                limit: Annotated[int, Query(ge=1)] = protocol.DEFAULT_PAGE_ROWS) -> Response:
        return Response(store.changes_since(site, since, min(limit, limits.max_page_rows)),
                        media_type="application/json")

    return app


def _json(content: object) -> Response:
    """Serialised directly: large replies skip a second pass through the response model."""
    return Response(json.dumps(content, ensure_ascii=False, separators=(",", ":")),
                    media_type="application/json")
