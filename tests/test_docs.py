"""The docs keep up with the code: every command is documented, the reference is generated.

- docs/cli-reference.md is exactly what scripts/cli_reference.py makes from the commands'
  --help (a cog-style check); regenerate it with `python scripts/cli_reference.py`.
- every `hoptac` command appears in README.md and in docs/cli-reference.md.
- README.md names the one set-up-and-test command that .ci/run runs, and the set-up-and-run
  command.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
REFERENCE = ROOT / "docs" / "cli-reference.md"
GENERATOR = ROOT / "scripts" / "cli_reference.py"
REGENERATE = "python scripts/cli_reference.py"
TEST_COMMAND = "bash scripts/test.sh"
RUN_COMMAND = "bash scripts/run.sh"


def _generator(*args: str) -> subprocess.CompletedProcess[str]:
    # A child process: the generator fixes the help's width before the CLI is imported.
    env = {k: v for k, v in os.environ.items() if not k.startswith("HOPTAC_")}
    return subprocess.run(
        [sys.executable, str(GENERATOR), *args],
        cwd=ROOT, env=env, capture_output=True, text=True, encoding="utf-8", timeout=120,
    )


@pytest.fixture(scope="module")
def commands() -> list[str]:
    """Top-level command names, from the CLI itself."""
    proc = _generator("--list")
    assert proc.returncode == 0, f"scripts/cli_reference.py --list failed:\n{proc.stderr}"
    names = sorted({line.split()[0] for line in proc.stdout.splitlines() if line.strip()})
    assert "extract" in names, f"the CLI lists no 'extract' command: {names}"
    return names


def _mentions(text: str, command: str) -> bool:
    # "hoptac ingest", also inside code blocks and with options between (`hoptac --x ingest` is rare).
    return re.search(rf"\bhoptac\s+{re.escape(command)}\b", text) is not None


def test_cli_reference_is_generated_from_help() -> None:
    proc = _generator("--check")
    if proc.returncode == 2:  # made with another Click release: layouts differ, commands still checked below
        pytest.skip(proc.stderr.strip())
    assert proc.returncode == 0, (
        f"docs/cli-reference.md differs from the commands' --help. Regenerate it with:\n\n"
        f"    {REGENERATE}\n\nand commit the result. Diff:\n{proc.stdout[-6000:]}{proc.stderr[-2000:]}"
    )


def test_every_command_is_in_cli_reference(commands: list[str]) -> None:
    assert REFERENCE.exists(), f"docs/cli-reference.md is missing: run `{REGENERATE}`"
    text = REFERENCE.read_text("utf-8")
    missing = [c for c in commands if not re.search(rf"^## hoptac {re.escape(c)}$", text, re.M)]
    assert not missing, f"docs/cli-reference.md lacks: {', '.join(missing)}. Run `{REGENERATE}`."


def test_every_command_is_in_readme(commands: list[str]) -> None:
    assert README.exists(), (
        "README.md is missing: it must say what hoptac is, show a worked example, give the "
        f"fresh-machine commands (`{RUN_COMMAND}`, `{TEST_COMMAND}`) and show every command: "
        + ", ".join(f"`hoptac {c}`" for c in commands)
    )
    text = README.read_text("utf-8")
    missing = [c for c in commands if not _mentions(text, c)]
    assert not missing, (
        "README.md never shows these commands (write e.g. `hoptac "
        f"{missing[0]} ...`): {', '.join(missing)}"
    )


def test_readme_gives_the_fresh_machine_commands() -> None:
    assert README.exists(), f"README.md is missing (it must give `{RUN_COMMAND}` and `{TEST_COMMAND}`)"
    text = README.read_text("utf-8")
    for command in (RUN_COMMAND, TEST_COMMAND):
        assert command in text, f"README.md must give the fresh-machine command `{command}`"


def test_ci_runs_the_readme_test_command() -> None:
    ci = ROOT / ".ci" / "run"
    assert ci.exists(), ".ci/run is missing"
    body = ci.read_text("utf-8")
    assert "scripts/test.sh" in body, ".ci/run must run the README's test command, scripts/test.sh"
    for script in ("test.sh", "run.sh", "lib.sh", "cli_reference.py", "deps_ok.py"):
        assert (ROOT / "scripts" / script).exists(), f"scripts/{script} is missing"
