"""Who is calling: a desk's bearer token, resolved to its site on every request.

The lookup goes to the database each time (one indexed read), so a revoked credential is
refused from the very next request, by every worker.
"""

from typing import Annotated

from fastapi import Depends, Request
from starlette.concurrency import run_in_threadpool

from sync import protocol
from sync.enrolment import digest, site_for_token
from sync.server.errors import ApiError


async def authenticated_site(request: Request) -> str:
    """The caller's site; 401 without a valid credential, 429 when over its rate."""
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise ApiError(401, protocol.UNAUTHORIZED, "This request carries no desk credential: "
                       "enrol the desk with 'op-desk enroll'.")
    state = request.app.state
    site = await run_in_threadpool(site_for_token, state.store.engine, token.strip())
    if site is None:
        raise ApiError(401, protocol.UNAUTHORIZED, "This desk's credential is not valid or was "
                       "revoked: enrol the desk again with a new code.")
    wait = state.desk_rate.acquire(digest(token.strip()))
    if wait:
        raise too_many_requests(wait)
    return site


def too_many_requests(wait: float) -> ApiError:
    seconds = max(1, round(wait + 0.5))
    return ApiError(429, protocol.RATE_LIMITED, f"Too many requests: retry in {seconds} s.",
                    headers={"Retry-After": str(seconds)})


DeskSite = Annotated[str, Depends(authenticated_site)]
