"""Query parameters shared by the API and the pages, validated before any query runs.

Bounds and patterns here are what turns hostile input into a clean 422 instead of a
500 from deep inside the database driver (e.g. an id larger than SQLite's 64 bits).
"""
from __future__ import annotations

from typing import Annotated, Any, Callable, Literal, TypeVar

from fastapi import HTTPException, Path, Query

from hoptac.model import AGREEMENT_STATUSES, EVENT_TYPES

MAX_ID = 2**63 - 1
EventType = Literal[EVENT_TYPES]  # type: ignore[valid-type]
AgreementStatus = Literal[AGREEMENT_STATUSES]  # type: ignore[valid-type]

DATE_RE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
PAIR_RE = r"^[A-Za-z]{2}\s*[-,/]\s*[A-Za-z]{2}$"

Q = Annotated[str | None, Query(max_length=500, description="Accent-insensitive words; 'hoi dam vieng chan' finds 'hội đàm … Viêng Chăn'.")]
Person = Annotated[str | None, Query(max_length=300, description="Person id or entity_id.")]
Organisation = Annotated[str | None, Query(max_length=500, description="Organisation id or name (accent-insensitive).")]
Countries = Annotated[str | None, Query(pattern=PAIR_RE, description="Country pair as ISO alpha-2 codes: VN,LA or VN-LA.")]
DateFrom = Annotated[str | None, Query(alias="from", pattern=DATE_RE, description="YYYY[-MM[-DD]], inclusive.")]
DateTo = Annotated[str | None, Query(alias="to", pattern=DATE_RE, description="YYYY[-MM[-DD]], inclusive.")]
Limit = Annotated[int, Query(ge=1, le=500)]
Offset = Annotated[int, Query(ge=0, le=10_000_000)]
IntId = Annotated[int, Path(ge=1, le=MAX_ID)]
Ref = Annotated[str, Path(min_length=1, max_length=500, description="An id or a name/entity_id.")]


def clean_ref(value: str | None) -> str | None:
    """Empty means no filter; a digit string too large for an id means 'nothing matches'."""
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    if "\x00" in value:
        raise HTTPException(422, "NUL characters are not allowed")
    if value.isdigit():
        try:
            n = int(value) if len(value) <= 19 else 0
        except ValueError:  # digits int() does not read, like "²"
            n = 0
        # no row has id 0: an empty result, not an overflow inside the driver
        return str(n) if 0 < n <= MAX_ID else "0"
    return value


def clean_text(value: str | None) -> str | None:
    if value is None:
        return None
    if "\x00" in value:
        raise HTTPException(422, "NUL characters are not allowed")
    return value.strip() or None


T = TypeVar("T")


def call(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Run a store query; a ValueError (a filter the store rejects) becomes a 400."""
    try:
        return fn(*args, **kwargs)
    except ValueError as e:
        raise HTTPException(400, str(e)) from e


def one_or_404(getter: Any, db: Any, raw_ref: str | None, what: str) -> Any:
    """A record by id or name, or the one 404 shape; hostile references never reach the store."""
    ref = clean_ref(raw_ref)
    found = call(getter, db, ref) if ref else None
    if found is None:
        raise HTTPException(404, f"no such {what}")
    return found
