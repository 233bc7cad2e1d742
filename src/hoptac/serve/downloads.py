"""The exports as downloads: /export/{kind}.{csv|jsonl|parquet} and /export/events.cameo.csv.

The file is written to a temporary spool (memory, then disk past 16 MiB) and streamed,
so a big export neither holds the whole file in memory nor blocks other requests.
"""
from __future__ import annotations

import tempfile
from collections.abc import Iterator
from typing import Literal

from fastapi import APIRouter, Request
from fastapi.responses import StreamingResponse

from hoptac import export as X

router = APIRouter(tags=["export"])

Kind = Literal["events", "people", "agreements", "documents"]
Fmt = Literal["csv", "jsonl", "parquet"]


@router.get("/export/events.cameo.csv", summary="Download events as CAMEO/PLOVER rows (GDELT-style columns)",
            response_class=StreamingResponse, responses={200: {"content": {"text/csv": {}}}})
def download_cameo(request: Request) -> StreamingResponse:
    return _stream(request, "events", "cameo", "hoptac-events.cameo.csv")


@router.get("/export/{kind}.{fmt}", summary="Download an export (same files as `hoptac export`)",
            response_class=StreamingResponse,
            responses={200: {"content": {"text/csv": {}, "application/x-ndjson": {}, "application/vnd.apache.parquet": {}}}})
def download(request: Request, kind: Kind, fmt: Fmt) -> StreamingResponse:
    return _stream(request, kind, fmt, f"hoptac-{kind}.{fmt}")


def _stream(request: Request, kind: str, fmt_name: str, filename: str) -> StreamingResponse:
    spool = tempfile.SpooledTemporaryFile(max_size=16 * 2**20)
    X.write_export(request.app.state.engine, kind, fmt_name, spool)
    spool.seek(0)

    def chunks() -> Iterator[bytes]:
        try:
            while block := spool.read(64 * 1024):
                yield block
        finally:
            spool.close()

    return StreamingResponse(chunks(), media_type=X.MEDIA_TYPES[fmt_name],
                             headers={"Content-Disposition": f'attachment; filename="{filename}"'})
