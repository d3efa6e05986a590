"""The endpoint's one error shape: ``{"error": {"code": ..., "message": ...}}``.

Every failure, including FastAPI's own validation and routing errors and anything unforeseen,
leaves through these handlers, so a desk never has to parse a second format.
"""

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from sync import protocol

log = logging.getLogger("op_sync")


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.headers = status, code, message, headers


def error_response(status: int, code: str, message: str,
                   headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status,
                        headers=headers)


_HTTP_CODES = {401: protocol.UNAUTHORIZED, 403: protocol.FORBIDDEN, 404: protocol.NOT_FOUND,
               413: protocol.TOO_LARGE, 429: protocol.RATE_LIMITED}


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, error: ApiError) -> JSONResponse:
        return error_response(error.status, error.code, error.message, error.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, error: RequestValidationError) -> JSONResponse:
        first = error.errors()[0] if error.errors() else {}
        where = ".".join(str(part) for part in first.get("loc", ()))
        return error_response(422, protocol.INVALID_INPUT,
                              f"Invalid request ({where}: {first.get('msg', 'invalid')}).")

    @app.exception_handler(HTTPException)
    async def _http(_request: Request, error: HTTPException) -> JSONResponse:
        code = _HTTP_CODES.get(error.status_code, protocol.INVALID_INPUT
                               if error.status_code < 500 else protocol.SERVER_ERROR)
        return error_response(error.status_code, code, str(error.detail))

    @app.exception_handler(Exception)
    async def _unexpected(_request: Request, error: Exception) -> JSONResponse:
        log.exception("unexpected error")
        return error_response(500, protocol.SERVER_ERROR,
                              "The central store failed unexpectedly; nothing was stored from "
                              "this request. Try again later.")
