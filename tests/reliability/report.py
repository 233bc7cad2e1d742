"""Sum the figures the reliability tests left in test-artifacts/reliability.json.

    python tests/reliability/report.py            # a Markdown table for docs/reliability.md
    python tests/reliability/report.py --json     # the totals as JSON

Run the suite first (``pytest tests/test_bad_input.py tests/test_properties.py
tests/test_decode.py tests/reliability``); each test rewrites its own entry.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reliability.figures import ARTIFACT  # noqa: E402


def totals(data: dict) -> dict[str, int]:
    tests = data.get("tests", {})

    def total(key: str) -> int:
        return sum(int(v.get(key, 0)) for v in tests.values() if isinstance(v.get(key, 0), (int, float)))

    return {
        "inputs_tried": total("inputs"),
        "faults_injected": total("faults"),
        "documents_expected": total("documents_expected"),
        "documents_lost": total("documents_lost"),
        "http_requests": total("http_requests"),
        "http_5xx": total("http_5xx"),
    }


def main(argv: list[str]) -> int:
    if not ARTIFACT.exists():
        print(f"no figures yet: run the reliability tests first ({ARTIFACT} is missing)", file=sys.stderr)
        return 1
    data = json.loads(ARTIFACT.read_text())
    t = totals(data)
    if "--json" in argv:
        print(json.dumps(t, indent=2))
        return 0
    print("| figure | value |\n|---|---|")
    for k, v in t.items():
        print(f"| {k.replace('_', ' ')} | {v} |")
    print("\n| test | figures |\n|---|---|")
    for name, figs in sorted(data.get("tests", {}).items()):
        shown = ", ".join(f"{k}={v}" for k, v in figs.items() if k not in ("at", "log"))
        print(f"| {name} | {shown} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
