"""Run the ``hoptac`` command line in a subprocess, the way users meet it."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from functools import cache


def hoptac_argv() -> list[str]:
    """The installed console script, or ``python -m hoptac.cli`` when it is not on PATH."""
    exe = shutil.which("hoptac")
    return [exe] if exe else [sys.executable, "-m", "hoptac.cli"]


def env() -> dict[str, str]:
    """A wide terminal so that a long path stays on one line in our parsing; no colour codes."""
    e = dict(os.environ)
    e.update({"NO_COLOR": "1", "TERM": "dumb", "PYTHONIOENCODING": "utf-8"})
    e.pop("FORCE_COLOR", None)
    return e


def run(*args: str, timeout: float = 300, columns: int | None = 100000, **kw) -> subprocess.CompletedProcess[str]:
    e = env()
    if columns:
        e["COLUMNS"] = str(columns)
    return subprocess.run([*hoptac_argv(), *args], capture_output=True, text=True, timeout=timeout, env=e, **kw)


@cache
def commands() -> frozenset[str]:
    """Commands this build of hoptac has, read from the "Commands:" part of its --help
    (Click's layout; a boxed Rich layout is read too)."""
    out = run("--help").stdout
    listed = out.split("Commands:", 1)[1] if "Commands:" in out else out
    return frozenset(re.findall(r"^(?:[│|] |  )([a-z][\w-]*)(?:\s{2,}|\s*[│|]?$)", listed, re.MULTILINE))


def has(*names: str) -> bool:
    return all(n in commands() for n in names)
