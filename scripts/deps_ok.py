"""Exit 0 when this checkout is installed (editable) with everything pyproject.toml asks for.

Usage: python scripts/deps_ok.py [EXTRA...]

Used by scripts/lib.sh to skip `pip install -e .[EXTRA]` when nothing is missing, so the
setup scripts stay quick on a machine that is already set up. It reads pyproject.toml
itself (not the metadata of an older install), so a dependency added since the last
install is noticed. Prints what is missing, one line each, on stderr.
"""
from __future__ import annotations

import importlib.metadata as md
import shutil
import sys
import tomllib
from pathlib import Path

try:
    from packaging.requirements import Requirement
except ImportError:  # pip vendors packaging; setuptools may not be there yet
    from pip._vendor.packaging.requirements import Requirement  # type: ignore[no-redef]

ROOT = Path(__file__).resolve().parent.parent


def missing(req: Requirement, seen: set[str]) -> list[str]:
    key = f"{req.name.lower()}[{','.join(sorted(req.extras))}]"
    if key in seen:
        return []
    seen.add(key)
    try:
        dist = md.distribution(req.name)
    except md.PackageNotFoundError:
        return [f"{req} (not installed)"]
    if req.specifier and not req.specifier.contains(dist.version, prereleases=True):
        return [f"{req} (found {dist.version})"]
    out: list[str] = []
    for extra in req.extras:
        for sub in dist.requires or []:
            r = Requirement(sub)
            if r.marker is not None and r.marker.evaluate({"extra": extra}):
                out += missing(r, seen)
    return out


def main(extras: list[str]) -> int:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    reqs = list(project.get("dependencies", []))
    for extra in extras:
        reqs += project.get("optional-dependencies", {}).get(extra, [])
    problems: list[str] = []
    seen: set[str] = set()
    for r in reqs:
        req = Requirement(r)
        if req.marker is None or req.marker.evaluate():
            problems += missing(req, seen)
    try:
        import hoptac

        where = Path(hoptac.__file__).resolve()
        if ROOT / "src" not in where.parents:
            problems.append(f"hoptac is imported from {where}, not from this checkout")
    except ImportError:
        problems.append("hoptac (not installed)")
    scripts = project.get("scripts", {})
    bindir = Path(sys.executable).parent
    for name in scripts:
        if not (bindir / name).exists() and not shutil.which(name):
            problems.append(f"console script {name!r} (not installed)")
    for p in problems:
        print(f"missing: {p}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
