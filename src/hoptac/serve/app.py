"""The FastAPI application: JSON API, server-rendered pages, downloads, static files.

Routes stay thin (parse, call one ``hoptac.store.queries`` function, render); the
store is opened read-only in spirit: nothing here writes article data. The one
guarded route, ``POST /api/admin/reload``, only re-opens the database and exists
only when a write token was given.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from sqlalchemy.engine import Engine

from hoptac.serve import errors
from hoptac.serve.security import SecurityHeaders

HERE = Path(__file__).parent


def create_app(db: str | os.PathLike[str] | Engine | None = None, *, write_token: str | None = None) -> FastAPI:
    """An app serving the store at ``db`` (path, URL or Engine).

    ``write_token`` enables the token-guarded admin routes; without it the server is
    strictly read-only.
    """
    from hoptac.store import open_engine

    app = FastAPI(
        title="hoptac",
        summary="Vietnamese news about bilateral cooperation as a structured, cited record.",
        version="1",
        docs_url=None,  # Swagger UI needs a CDN and inline scripts: both blocked here
        redoc_url=None,
        responses=errors.ERROR_RESPONSES,
    )
    app.state.db_arg = db
    app.state.engine = open_engine(db)
    app.state.write_token = write_token or None

    errors.install(app)
    app.add_middleware(SecurityHeaders)

    from hoptac.serve import api, downloads, web

    app.include_router(api.router)
    app.include_router(downloads.router)
    app.include_router(web.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    web.install_error_pages(app)
    return app


def run(db: str | None, host: str = "127.0.0.1", port: int = 8000, write_token: str | None = None,
        workers: int = 1, log_level: str = "info") -> None:
    """Serve with uvicorn (blocking). Localhost by default: exposing it is the user's choice."""
    import uvicorn

    if workers > 1:
        # uvicorn starts each worker process from an import string; the store to open travels
        # in the environment (an Engine cannot cross processes)
        if not isinstance(db, (str, os.PathLike)):
            raise ValueError("several workers need the database as a path or URL, not an Engine")
        os.environ["HOPTAC_SERVE_DB"] = str(db)
        if write_token:
            os.environ["HOPTAC_WRITE_TOKEN"] = write_token
        uvicorn.run("hoptac.serve.app:app_from_env", factory=True, workers=workers, host=host, port=port,
                    log_level=log_level, proxy_headers=False, server_header=False)
        return
    app = create_app(db, write_token=write_token)
    uvicorn.run(app, host=host, port=port, log_level=log_level, proxy_headers=False, server_header=False)


def app_from_env() -> FastAPI:
    """The app of one worker process of ``hoptac serve --workers N``."""
    return create_app(os.environ["HOPTAC_SERVE_DB"], write_token=os.environ.get("HOPTAC_WRITE_TOKEN"))


def engine_of(app: Any) -> Engine:
    return app.state.engine
