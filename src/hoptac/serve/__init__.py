"""Serve the record: FastAPI app (JSON API + server-rendered UI), exports, security headers."""
from __future__ import annotations

from hoptac.serve.app import create_app, run

__all__ = ["create_app", "run"]
