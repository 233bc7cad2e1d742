"""Figures the reliability tests leave in test-artifacts/reliability.json for docs/reliability.md.

Each test writes its own entry (keyed by name), so a rerun replaces its figures instead of
adding to them; ``report.py`` sums the entries.
"""
from __future__ import annotations

import fcntl
import json
import os
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
ARTIFACT = Path(os.environ.get("HOPTAC_TEST_ARTIFACTS", REPO / "test-artifacts")) / "reliability.json"
KEYS = ("inputs", "faults", "documents_expected", "documents_lost", "http_requests", "http_5xx")


def record(name: str, **figures: int | float | str) -> None:
    """Store this test's figures (inputs tried, faults injected, documents lost, 5xx answers...)."""
    ARTIFACT.parent.mkdir(parents=True, exist_ok=True)
    with open(ARTIFACT.with_suffix(".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            data = json.loads(ARTIFACT.read_text()) if ARTIFACT.exists() else {}
        except json.JSONDecodeError:
            data = {}
        data.setdefault("tests", {})[name] = {**figures, "at": time.strftime("%Y-%m-%dT%H:%M:%S")}
        tmp = ARTIFACT.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False))
        os.replace(tmp, ARTIFACT)
