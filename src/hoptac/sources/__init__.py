"""Readers, one per input kind; each yields RawDocument (or SourceError for inputs it could not read)."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SourceError:
    """An input that could not be read at all; carried along so nothing is lost silently."""

    source: str
    reason: str
