"""One error shape for every failure: ``{"error": {"status": N, "message": "...", "details": [...]}}``.

API clients and the fuzzer see the same JSON whether a route raised, the input failed
validation, or the route does not exist; a browser asking for a page gets the same
facts rendered as HTML. Unexpected exceptions are logged and reported as a plain 500
without internals (like datasette's ``handle_exception``).
"""
from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

log = logging.getLogger("hoptac.serve")

MESSAGES = {
    400: "Bad request",
    401: "Authentication required",
    403: "Forbidden",
    404: "Not found",
    405: "Method not allowed",
    422: "Invalid parameters",
    500: "Internal server error",
}


class ErrorBody(BaseModel):
    status: int
    message: str
    details: list[dict[str, Any]] | None = None


class ErrorResponse(BaseModel):
    """The body of every error response."""

    error: ErrorBody


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorResponse, "description": "Not found"},
    422: {"model": ErrorResponse, "description": "Invalid parameters"},
}


def wants_html(request: Request) -> bool:
    """A page request from a browser (not /api, Accept prefers text/html)."""
    if request.url.path.startswith(("/api/", "/openapi", "/export/")):
        return False
    return "text/html" in request.headers.get("accept", "")


def error_response(request: Request, status: int, message: str | None = None,
                   details: list[dict[str, Any]] | None = None,
                   headers: dict[str, str] | None = None) -> Response:
    message = message or MESSAGES.get(status, "Error")
    body: dict[str, Any] = {"status": status, "message": message}
    if details:
        body["details"] = details
    if wants_html(request):
        render = getattr(request.app.state, "render_error", None)
        if render is not None:
            return render(request, status, message, headers)
    return JSONResponse({"error": body}, status_code=status, headers=headers)


def _clean_validation(errors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Location and message only: echoing the input back is not needed and can be huge."""
    return [{"loc": [str(x) for x in e.get("loc", ())], "msg": str(e.get("msg", ""))} for e in errors]


def install(app: FastAPI) -> None:
    """Register the handlers that turn every failure into the one shape."""

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        detail = exc.detail if isinstance(exc.detail, str) else None
        if detail in (None, "", "Not Found", "Method Not Allowed"):
            detail = None
        return error_response(request, exc.status_code, detail, headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> Response:
        return error_response(request, 422, MESSAGES[422], _clean_validation(list(exc.errors())))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error on %s", request.url.path)
        return error_response(request, 500)
