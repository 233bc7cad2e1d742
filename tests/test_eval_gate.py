"""Quality gate: extraction figures may not fall below the floors in eval_baseline.json.

The project's own gold set (tests/gold, articles written for hoptac) and, when the
shared evaluation folder sits beside the checkout as in CI, the shared dev set are
scored with the independent scorer ``../shared/eval/score.py``. Raise a floor when a
change lifts a figure; never lower one to make a change pass. When harder articles join the
set, the floors may be re-based on the larger set, with the older articles' figures (code
before and after) reported beside it in the change's note.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
BASELINE = json.loads((Path(__file__).parent / "eval_baseline.json").read_text(encoding="utf-8"))
SETS = {"own": ROOT / "tests" / "gold", "dev": ROOT.parent / "shared" / "eval" / "dev"}


def _figures(result: dict) -> dict[str, float]:
    out = {f"{k}_f1": result[k]["f1"] for k in ("people", "events", "participants", "agreements", "resolution")}
    for k in ("event_type_acc", "boilerplate_removed", "content_kept", "published_acc"):
        out[k] = result[k]
    return out


@pytest.fixture(scope="module")
def scores(tmp_path_factory) -> dict[str, dict[str, float]]:
    if not SCORER.exists():
        pytest.skip(f"the shared scorer is not beside the checkout ({SCORER}); CI has it")
    out: dict[str, dict[str, float]] = {}
    for name, folder in SETS.items():
        if not (folder / "docs").is_dir():
            continue
        pred = tmp_path_factory.mktemp(name) / "pred.jsonl"
        with pred.open("w", encoding="utf-8") as fh:
            subprocess.run(
                [sys.executable, "-m", "hoptac.cli", "extract", "--format", "jsonl", str(folder / "docs")],
                stdout=fh, check=True,
            )
        res = subprocess.run(
            [sys.executable, str(SCORER), "--gold", str(folder / "gold"), "--pred", str(pred), "--json"],
            capture_output=True, text=True, check=True,
        )
        out[name] = _figures(json.loads(res.stdout))
    return out


@pytest.mark.parametrize("set_name", ["own", "dev"])
def test_figures_stay_above_their_floors(scores, set_name):
    if set_name not in scores:
        pytest.skip(f"{set_name} set not present")
    got = scores[set_name]
    floors = BASELINE[set_name]
    low = {k: (got[k], floor) for k, floor in floors.items() if got[k] is None or got[k] + 1e-9 < floor}
    assert not low, f"{set_name} set below its floors (got, floor): {low}"


def test_own_gold_set_is_big_enough():
    assert len(list((SETS["own"] / "docs").glob("*.txt"))) >= 20


def test_every_own_article_has_its_answer_and_every_answer_its_article():
    """An article without gold is silently left out of the score; an answer without its article scores zero."""
    gold = SETS["own"]
    docs = {p.stem for p in (gold / "docs").iterdir() if p.suffix in (".txt", ".html")}
    answers = {p.stem for p in (gold / "gold").glob("*.json") if p.name != "people.json"}
    assert docs == answers, (sorted(docs - answers), sorted(answers - docs))
