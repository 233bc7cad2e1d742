"""The store: schema and migrations (``schema``), the single writer (``writer``), the read API (``queries``), search (``search``)."""
from __future__ import annotations

from hoptac.store.schema import DEFAULT_DB, db_url, migrate, open_engine

__all__ = ["DEFAULT_DB", "db_url", "migrate", "open_engine"]
