"""Schema-based fuzzing of the JSON API with schemathesis against /openapi.json: no 500s, ever.

Bounded (a few dozen examples per operation, positive and negative generation) so the
whole file runs in well under two minutes. Checks: no server error, and every error
body in the one error shape.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

schemathesis = pytest.importorskip("schemathesis", reason="schemathesis is in the 'test' extra: pip install -e '.[test]'")
from hypothesis import HealthCheck, settings  # noqa: E402

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "serve"))
from serve_corpus import build_db  # noqa: E402

from hoptac.serve import create_app  # noqa: E402

_DB_DIR = Path(__file__).resolve().parent.parent / "test-artifacts" / "fuzz"
_DB_DIR.mkdir(parents=True, exist_ok=True)
_DB = _DB_DIR / "fuzz.db"
for _p in _DB_DIR.glob("fuzz.db*"):
    _p.unlink()
app = create_app(build_db(_DB), write_token="fuzz-token")
schema = schemathesis.openapi.from_asgi("/openapi.json", app)


def error_shape(response) -> None:  # type: ignore[no-untyped-def]
    """Every 4xx/5xx body is {"error": {"status", "message"}} with the response's status."""
    if response.status_code >= 400 and "json" in response.headers.get("content-type", [""])[0]:
        body = response.json()
        assert set(body) == {"error"}, body
        assert body["error"]["status"] == response.status_code and body["error"]["message"], body


@schema.parametrize()
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_api_never_fails(case) -> None:  # type: ignore[no-untyped-def]
    response = case.call()
    assert response.status_code < 500, (case.method, case.formatted_path, case.query, response.status_code, response.text[:500])
    error_shape(response)
